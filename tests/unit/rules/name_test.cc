// The NAME-xxx rules (core/rules/name/): rule ids, severities, paths and arguments of
// their findings on small applications; never rendered text.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/check.h"
#include "core/json.h"
#include "core/rulepack.h"
#include "tests/unit/rules/names_apps.h"
#include "tests/unit/rules/pages_apps.h"

namespace beian {
namespace {

using testing::FindingsOf;
using testing::Fires;
using testing::RunCheck;

namespace names_cases {
using namespace testing::names;  // NOLINT

TEST(CatalogCNames, PersonalListsOnlyForIndividuals) {
  json personal = RunCheck(Personal("张小山的摄影工作室"));
  EXPECT_EQ(SeverityOf(personal, "NAME-017"), "block");
  EXPECT_EQ(Evidence(personal, "NAME-017"), "工作室");
  EXPECT_EQ(SeverityOf(personal, "NAME-021"), "block");  // 工作室 is also a company-type word
  EXPECT_EQ(SeverityOf(personal, "NAME-018"), "warn");   // confidence 1: never block
  EXPECT_EQ(SeverityOf(personal, "NAME-020"), "warn");

  json company = RunCheck(Company("青禾茶叶工作室"));
  for (const char* id :
       {"NAME-016", "NAME-017", "NAME-018", "NAME-020", "NAME-021", "NAME-024", "NAME-030"})
    EXPECT_FALSE(Fires(company, id)) << id;
}

TEST(CatalogCNames, OrgWordsInPersonalFilings) {
  // 店 as the last character: a word only industry articles list → warn.
  json r = RunCheck(Personal("小山茶叶店"));
  ASSERT_TRUE(Fires(r, "NAME-021"));
  auto f = FindingsOf(r, "NAME-021").front();
  EXPECT_EQ(f.value("path", ""), "/websites/0/name");
  EXPECT_EQ(f.value("severity", ""), "warn");
  EXPECT_EQ(f.value("message_id", ""), "unsure");
  EXPECT_EQ(f["args"].value("word", ""), "店");
  EXPECT_FALSE(Fires(RunCheck(Personal("山间茶事笔记")), "NAME-021"));
  // Audit: 店 inside 酒店 is no company word.
  EXPECT_FALSE(Fires(RunCheck(Personal("小林的酒店测评日记")), "NAME-021"));
  EXPECT_FALSE(Fires(RunCheck(Personal("小山的厂房改造笔记")), "NAME-021"));
  // Blog-only words warn; the words a provider or the filing standard names block.
  EXPECT_EQ(SeverityOf(RunCheck(Personal("小山科技")), "NAME-021"), "warn");
  json company = RunCheck(Personal("小山茶叶有限公司"));
  EXPECT_EQ(SeverityOf(company, "NAME-021"), "block");
  EXPECT_EQ(FindingsOf(company, "NAME-021").front()["args"].value("word", ""), "有限公司");
  // A block word wins over an earlier warn word.
  json both = RunCheck(Personal("小山科技企业展示"));
  EXPECT_EQ(SeverityOf(both, "NAME-021"), "block");
  EXPECT_EQ(Evidence(both, "NAME-021"), "企业");
}

TEST(CatalogCNames, ConfidenceOneRulesSaySo) {
  json r = RunCheck(Personal("上善若水"));
  ASSERT_TRUE(Fires(r, "NAME-024"));
  auto f = FindingsOf(r, "NAME-024").front();
  EXPECT_EQ(f.value("severity", ""), "warn");
  EXPECT_NE(f.value("message", "").find("非官方"), std::string::npos) << f.dump();
}

TEST(CatalogCNames, UnknownSubjectTypeIsSkipped) {
  json app = {{"websites", json::array({Site("张三的摄影工作室")})}};
  json r = RunCheck(app);
  EXPECT_FALSE(Fires(r, "NAME-017"));
  EXPECT_FALSE(Fires(r, "NAME-016"));
}

TEST(CatalogCNames, OwnNameBlocksPlaceNameWarns) {
  json own = RunCheck(
      App(Subject("individual", "浙江", "李晓梅"), {Site("李晓梅的摄影日记", "xiaomei.cn")}));
  EXPECT_EQ(SeverityOf(own, "NAME-016"), "block");
  EXPECT_EQ(Evidence(own, "NAME-016"), "李晓梅");
  EXPECT_EQ(FindingsOf(own, "NAME-016").front().value("message_id", ""), "default");

  // A two-character name may be an ordinary word (高山): a warning.
  json two = RunCheck(Personal("张三的摄影日记"));
  EXPECT_EQ(SeverityOf(two, "NAME-016"), "warn");
  EXPECT_EQ(FindingsOf(two, "NAME-016").front().value("message_id", ""), "short_name");
  EXPECT_EQ(FindingsOf(two, "NAME-016").front()["args"].value("word", ""), "张三");
  json gao = RunCheck(
      App(Subject("individual", "浙江", "高山"), {Site("高山草甸徒步笔记", "gaoshan.cn")}));
  EXPECT_EQ(SeverityOf(gao, "NAME-016"), "warn");

  // The given name alone is a warning (it may be an ordinary word).
  json given = RunCheck(
      App(Subject("individual", "浙江", "李晓梅"), {Site("晓梅手作茶坊", "xiaomeitea.cn")}));
  EXPECT_EQ(SeverityOf(given, "NAME-016"), "warn");
  EXPECT_EQ(Evidence(given, "NAME-016"), "晓梅");

  json place = RunCheck(Personal("杭州美食日记"));
  EXPECT_EQ(SeverityOf(place, "NAME-016"), "warn");
  EXPECT_EQ(Evidence(place, "NAME-016"), "杭州");
}

TEST(CatalogCNames, PlaceNamesWithAndWithoutSuffix) {
  EXPECT_EQ(Evidence(RunCheck(Personal("西湖区美食日记")), "NAME-016"), "西湖区");
  EXPECT_EQ(Evidence(RunCheck(Personal("西湖边的摄影日记")), "NAME-016"), "西湖");
  EXPECT_EQ(Evidence(RunCheck(Personal("青海湖骑行日记")), "NAME-016"), "青海");
  EXPECT_EQ(Evidence(RunCheck(Personal("内蒙古自治区草原游记")), "NAME-016"), "内蒙古自治区");
  EXPECT_EQ(Evidence(RunCheck(Personal("义乌小商品笔记")), "NAME-016"), "义乌");
}

TEST(CatalogCNames, NoOneCharacterAbbreviations) {
  // 青, 云, 浙, 沪 … are province abbreviations but never match on their own.
  for (const char* name :
       {"青禾摄影日记", "云上小屋", "浙里读书笔记", "沪上咖啡笔记", "川味家常菜谱"}) {
    json r = RunCheck(Personal(name));
    EXPECT_FALSE(Fires(r, "NAME-016")) << name << " " << r["findings"].dump();
  }
}

TEST(CatalogCNames, EverydayWordsThatAreCountyNamesAreIgnored) {
  for (const char* name : {"光明的摄影日记", "平安喜乐小记", "东方美学笔记"}) {
    json r = RunCheck(Personal(name));
    EXPECT_FALSE(Fires(r, "NAME-016")) << name << " " << r["findings"].dump();
  }
}

TEST(CatalogCNames, PreApprovalWordsAndProvinceRelaxation) {
  // A word in the name alone is a question for the seller.
  json fin = RunCheck(Company("青禾理财商城"));
  EXPECT_EQ(SeverityOf(fin, "NAME-009"), "warn");
  EXPECT_EQ(Evidence(fin, "NAME-009"), "理财");

  // Education approval survives only in 浙江, 青海, 西藏 (2017 table); it blocks there only
  // when the service type states online education.
  EXPECT_EQ(SeverityOf(RunCheck(Company("青禾教育", "浙江")), "NAME-009"), "warn");
  json edu = Company("青禾教育", "浙江");
  edu["websites"][0]["service_types"] = json::array({"在线教育"});
  EXPECT_EQ(SeverityOf(RunCheck(edu), "NAME-009"), "block");
  EXPECT_EQ(SeverityOf(RunCheck(Company("青禾教育", "广东", "广州青禾教育有限公司")), "NAME-009"),
            "warn");

  // A held approval of the field (or of a field covering it) silences the rule.
  json held = Company("青禾贷款服务");
  held["websites"][0]["pre_approvals"] =
      json::array({{{"field", "finance"}, {"approval_number", "X-1"}}});
  EXPECT_FALSE(Fires(RunCheck(held), "NAME-009"));
  json other = Company("青禾新闻网");
  other["websites"][0]["pre_approvals"] =
      json::array({{{"field", "culture"}, {"approval_number", "X-1"}}});
  EXPECT_TRUE(Fires(RunCheck(other), "NAME-009"));
}

TEST(CatalogCNames, TradeNameComparison) {
  // 字号 青禾茶叶 after removing 杭州 and 西湖区 and 有限公司.
  json company = Company("悦享生活馆", "浙江", "杭州西湖区青禾茶叶有限公司");
  json r = RunCheck(company);
  ASSERT_TRUE(Fires(r, "NAME-013"));
  EXPECT_NE(FindingsOf(r, "NAME-013").front().value("message", "").find("青禾茶叶"),
            std::string::npos);
  EXPECT_FALSE(
      Fires(RunCheck(Company("青禾官网", "浙江", "杭州西湖区青禾茶叶有限公司")), "NAME-013"));
  // A county name without its suffix is kept as part of the trade name (重庆 is stripped).
  EXPECT_FALSE(
      Fires(RunCheck(Company("长安官网", "重庆", "重庆长安汽车股份有限公司")), "NAME-013"));
  // 四川 uses the stricter wording but stays a warning.
  json sc = RunCheck(Company("悦享生活馆", "四川", "成都青禾茶叶有限公司"));
  EXPECT_EQ(SeverityOf(sc, "NAME-013"), "warn");
  EXPECT_NE(FindingsOf(sc, "NAME-013").front().value("message", "").find("四川"),
            std::string::npos);
}

TEST(CatalogCNames, ScopeAndPlacePrefix) {
  json app = Company("青禾理财");
  app["subject"]["business_scope"] = "茶叶批发与零售";
  EXPECT_TRUE(Fires(RunCheck(app), "NAME-014"));
  app["subject"]["business_scope"] = "投资咨询；茶叶批发与零售";
  EXPECT_FALSE(Fires(RunCheck(app), "NAME-014"));

  EXPECT_TRUE(Fires(RunCheck(Company("杭州市茶叶信息港")), "NAME-025"));
  EXPECT_FALSE(Fires(RunCheck(Company("杭州青禾茶叶")), "NAME-025"));  // no suffix
  EXPECT_FALSE(
      Fires(RunCheck(Company("杭州市青禾茶叶官网", "浙江", "杭州市青禾茶叶有限公司")), "NAME-025"));
}

TEST(CatalogCProvinces, ProvincialRulesOnlyInTheirProvince) {
  EXPECT_TRUE(Fires(RunCheck(Personal("小山的读书分享", "天津")), "NAME-019"));
  EXPECT_TRUE(Fires(RunCheck(Personal("小山的读书分享", "12")), "NAME-019"));  // code works too
  EXPECT_FALSE(Fires(RunCheck(Personal("小山的读书分享", "浙江")), "NAME-019"));
  EXPECT_TRUE(Fires(RunCheck(Personal("小山影评中心", "北京市")), "NAME-022"));
  EXPECT_FALSE(Fires(RunCheck(Personal("小山影评中心", "上海")), "NAME-022"));
  EXPECT_TRUE(Fires(RunCheck(Personal("山间摄影日记", "江苏")), "NAME-023"));
  EXPECT_FALSE(Fires(RunCheck(Personal("小山的个人博客", "江苏")), "NAME-023"));
  EXPECT_TRUE(Fires(RunCheck(Company("青禾茶叶商城", "广东", "广州青禾茶叶有限公司")), "NAME-015"));
  EXPECT_FALSE(Fires(RunCheck(Company("青禾茶叶商城", "浙江")), "NAME-015"));

  json cc = Company("青禾茶叶官网", "北京", "北京青禾茶叶有限公司");
  cc["websites"][0]["domains"] = json::array({"qinghe-tea.cc"});
  EXPECT_EQ(SeverityOf(RunCheck(cc), "DOM-013"), "warn");  // contested source: a question
  cc["subject"]["province"] = "浙江";
  EXPECT_FALSE(Fires(RunCheck(cc), "DOM-013"));
}

TEST(CatalogCSeed, EnglishMessages) {
  json r = RunCheck(
      App(Subject("individual", "浙江", "李晓梅"), {Site("李晓梅的摄影日记", "xiaomei.cn")}),
      nullptr, "en");
  auto f = FindingsOf(r, "NAME-016");
  ASSERT_FALSE(f.empty());
  EXPECT_NE(f.front().value("message", "").find("contains the person's name"), std::string::npos);
}

// ---- Block audit (issue "Verdicts a seller can trust"): the ordinary applications the audit
// found blocked, and the genuinely bad ones that still block. ----------------------------------

json OnlyFinding(const json& report, const std::string& rule) {
  auto f = FindingsOf(report, rule);
  EXPECT_EQ(f.size(), 1u) << rule << " " << report["findings"].dump();
  return f.empty() ? json::object() : f.front();
}

TEST(NameBlockAudit, Name006OwnRegisteredNameWarns) {
  json own = RunCheck(Company("华夏茶业官网", "浙江", "杭州华夏茶业有限公司"));
  json f = OnlyFinding(own, "NAME-006");
  EXPECT_EQ(f.value("severity", ""), "warn");
  EXPECT_EQ(f.value("message_id", ""), "own_name");
  EXPECT_EQ(f.value("path", ""), "/websites/0/name");
  EXPECT_EQ(f["args"].value("word", ""), "华夏");
  EXPECT_EQ(f["args"].value("subject", ""), "杭州华夏茶业有限公司");
  EXPECT_EQ(
      SeverityOf(RunCheck(Company("中华茶业官网", "浙江", "杭州中华茶业有限公司")), "NAME-006"),
      "warn");
  // Not in the subject's name: still a block; a second, foreign word blocks too.
  json other = RunCheck(Company("华夏茶业官网"));
  EXPECT_EQ(SeverityOf(other, "NAME-006"), "block");
  json mixed = RunCheck(Company("中国华夏茶业官网", "浙江", "杭州华夏茶业有限公司"));
  EXPECT_EQ(SeverityOf(mixed, "NAME-006"), "block");
  EXPECT_EQ(Evidence(mixed, "NAME-006"), "中国");
}

TEST(NameBlockAudit, Name007OnlyAsFirstWordBlocks) {
  for (const char* name : {"华盾公安警用装备", "青禾政府采购代理", "青禾维权法律咨询"}) {
    json f = OnlyFinding(RunCheck(Company(name)), "NAME-007");
    EXPECT_EQ(f.value("severity", ""), "warn") << name;
    EXPECT_EQ(f.value("message_id", ""), "contains") << name;
  }
  json r = RunCheck(Company("维权投诉服务网"));
  json f = OnlyFinding(r, "NAME-007");
  EXPECT_EQ(f.value("severity", ""), "block");
  EXPECT_EQ(f["args"].value("word", ""), "维权");
  EXPECT_EQ(SeverityOf(RunCheck(Company("人民政府服务指南")), "NAME-007"), "block");
  // A word the catalog added (公安) at the start is still only a warning.
  EXPECT_EQ(SeverityOf(RunCheck(Company("公安装备商城")), "NAME-007"), "warn");
}

TEST(NameBlockAudit, Name008DualUseWordsWarn) {
  EXPECT_FALSE(Fires(RunCheck(Company("青禾成人学历咨询")), "NAME-008"));
  EXPECT_FALSE(
      Fires(RunCheck(Company("青禾工业大麻官网", "云南", "云南青禾生物科技有限公司")), "NAME-008"));
  EXPECT_FALSE(Fires(RunCheck(Company("青禾黑客马拉松")), "NAME-008"));
  EXPECT_FALSE(Fires(RunCheck(Company("青禾外挂式空调")), "NAME-008"));
  for (const char* name : {"青禾黑客技术", "青禾游戏私服", "拒绝赌博宣传", "反邪教知识"}) {
    json f = OnlyFinding(RunCheck(Company(name)), "NAME-008");
    EXPECT_EQ(f.value("severity", ""), "warn") << name;
    EXPECT_EQ(f.value("message_id", ""), "unsure") << name;
  }
  json bad = RunCheck(Company("青禾六合彩"));
  EXPECT_EQ(SeverityOf(bad, "NAME-008"), "block");
  EXPECT_EQ(Evidence(bad, "NAME-008"), "六合彩");
  // An exception or a dual-use word does not hide a prohibited word next to it.
  json mixed = RunCheck(Company("成人教育裸聊"));
  EXPECT_EQ(SeverityOf(mixed, "NAME-008"), "block");
  EXPECT_EQ(Evidence(mixed, "NAME-008"), "裸聊");
}

TEST(NameBlockAudit, Name009BlocksOnlyAStatedService) {
  for (const auto& [company, name] : std::vector<std::pair<std::string, std::string>>{
           {"杭州青禾影视文化传媒有限公司", "青禾影视官网"},
           {"杭州青禾乐器有限公司", "青禾乐器音乐馆"},
           {"杭州青禾中药饮片有限公司", "青禾中药饮片官网"}}) {
    json app = Company(name, "浙江", company);
    app["websites"][0]["service_types"] = json::array({"单位门户网站"});
    json f = OnlyFinding(RunCheck(app), "NAME-009");
    EXPECT_EQ(f.value("severity", ""), "warn") << name;
    EXPECT_EQ(f.value("message_id", ""), "default") << name;
    EXPECT_EQ(f.value("path", ""), "/websites/0/name");
  }
  json av = Company("青禾影视官网", "浙江", "杭州青禾影视文化传媒有限公司");
  av["websites"][0]["service_types"] = json::array({"单位门户网站", "网络视听"});
  json f = OnlyFinding(RunCheck(av), "NAME-009");
  EXPECT_EQ(f.value("severity", ""), "block");
  EXPECT_EQ(f.value("message_id", ""), "stated");
  EXPECT_EQ(f["args"].value("word", ""), "影视");
  EXPECT_EQ(f["args"].value("service", ""), "网络视听");
  // The held approval still silences it.
  av["websites"][0]["pre_approvals"] =
      json::array({{{"field", "radio_film_tv"}, {"approval_number", "1109364"}}});
  EXPECT_FALSE(Fires(RunCheck(av), "NAME-009"));
}

TEST(NameBlockAudit, Name010NeedsNoAbolishedApproval) {
  json r = RunCheck(Company("星帆在线", "北京", "北京星帆科技有限公司"));
  json f = OnlyFinding(r, "NAME-010");
  EXPECT_EQ(f.value("severity", ""), "warn");
  EXPECT_EQ(f["args"].value("word", ""), "在线");
  const RuleDef* def = RulePack::Builtin().Find("NAME-010");
  ASSERT_NE(def, nullptr);
  EXPECT_EQ(def->severity, Severity::kWarn);
  for (const auto& [name, v] : def->variants)
    EXPECT_FALSE(v.severity && *v.severity == Severity::kBlock) << name;
}

TEST(NameBlockAudit, JiangsuPersonalPatternIsOneList) {
  // NAME-016 and NAME-017 accept what NAME-010 accepts and NAME-023 asks for.
  json js = App(Subject("individual", "江苏", "李晓梅"), {Site("李晓梅的个人主页", "lxm.cn")});
  json r = RunCheck(js);
  for (const char* id : {"NAME-010", "NAME-016", "NAME-017", "NAME-023"})
    EXPECT_FALSE(Fires(r, id)) << id << " " << r["findings"].dump();
  js["websites"][0]["name"] = "李晓梅的个人博客";
  r = RunCheck(js);
  for (const char* id : {"NAME-010", "NAME-016", "NAME-017", "NAME-023"})
    EXPECT_FALSE(Fires(r, id)) << id << " " << r["findings"].dump();
  // Elsewhere the same name is reported as before.
  js["subject"]["province"] = "浙江";
  js["websites"][0]["name"] = "李晓梅的个人主页";
  r = RunCheck(js);
  EXPECT_EQ(SeverityOf(r, "NAME-016"), "block");
  EXPECT_EQ(SeverityOf(r, "NAME-017"), "block");

  const RulePack& pack = RulePack::Builtin();
  const json& ref = pack.Find("NAME-010")->params()["province_patterns"];
  ASSERT_TRUE(ref.is_array());
  EXPECT_EQ(pack.Find("NAME-016")->params()["province_patterns"], ref);
  EXPECT_EQ(pack.Find("NAME-017")->params()["province_patterns"], ref);
  for (const auto& p : ref) {
    if (p["provinces"] == json::array({"江苏"}))
      EXPECT_EQ(p["pattern"], pack.Find("NAME-023")->params()["pattern"]);
  }
}

// ---- Calibration corpus (a): rules that contradicted each other or the subject's own name ------

// 江苏 asks personal names in the form "某某的个人博客/主页" (NAME-023); the national personal-name
// lists (NAME-018/020/030, all containing 博客 or 主页) do not fault the words that form demands.
TEST(CorpusCalibration, JiangsuPersonalPatternWinsOverTheWordLists) {
  json js = RunCheck(Personal("拾光的个人博客", "江苏"));
  for (const char* rule : {"NAME-018", "NAME-020", "NAME-023", "NAME-030"})
    EXPECT_FALSE(Fires(js, rule)) << rule;
  // A listed word outside the demanded phrase still counts in 江苏 …
  EXPECT_EQ(Evidence(RunCheck(Personal("拾光的论坛个人博客", "江苏")), "NAME-020"), "论坛");
  // … and elsewhere, where no pattern is demanded, 博客 is still one provider's listed word.
  EXPECT_EQ(Evidence(RunCheck(Personal("拾光的个人博客", "浙江")), "NAME-020"), "博客");
  // A 江苏 name not in the demanded form: NAME-023 warns and the lists apply to it.
  json other = RunCheck(Personal("拾光博客", "江苏"));
  EXPECT_TRUE(Fires(other, "NAME-023"));
  EXPECT_TRUE(Fires(other, "NAME-020"));
}

// NAME-025: the place is part of the organisation's own registered name.
TEST(CorpusCalibration, PlaceInTheOwnRegisteredName) {
  json lib =
      App(Subject("public_institution", "河南", "洛阳市洛龙区图书馆"), {Site("洛龙区图书馆")});
  EXPECT_FALSE(Fires(RunCheck(lib), "NAME-025"));
  json other = App(Subject("public_institution", "河南", "洛阳市图书馆"), {Site("洛龙区图书馆")});
  EXPECT_EQ(Evidence(RunCheck(other), "NAME-025"), "洛龙区");
}

// 基金会 is a foundation's legal form, not a fund business (WL-FIN "except").
TEST(CorpusCalibration, FoundationIsNoFundWord) {
  json found = App(Subject("foundation", "湖南", "湖南省青禾助学基金会"), {Site("青禾助学基金会")});
  json r = RunCheck(found);
  EXPECT_FALSE(Fires(r, "CNT-001"));
  EXPECT_FALSE(Fires(r, "NAME-009"));
  json fund = App(Subject("enterprise", "湖南", "湖南青禾科技有限公司"), {Site("青禾基金超市")});
  EXPECT_EQ(FindingsOf(RunCheck(fund), "NAME-009").at(0)["args"]["word"], "基金");
  // A fund word next to a foundation in one name is still found.
  json both =
      App(Subject("foundation", "湖南", "湖南省青禾助学基金会"), {Site("青禾基金会基金理财")});
  EXPECT_TRUE(Fires(RunCheck(both), "NAME-009"));
}

// A domain written as the name is NAME-004's finding; NAME-005 does not count its dots again,
// but still finds other symbols.
TEST(CorpusCalibration, DomainDotsAreNotSymbols) {
  json r = RunCheck(Company("www.qinghe-tea.com"));
  EXPECT_EQ(FindingsOf(r, "NAME-004").at(0)["args"]["token"], "www.qinghe-tea.com");
  EXPECT_FALSE(Fires(r, "NAME-005"));
  EXPECT_EQ(FindingsOf(RunCheck(Company("青禾qinghe.com★")), "NAME-005").at(0)["args"]["chars"],
            "★");
}

}  // namespace names_cases

namespace pages_cases {
using namespace testing::pages;  // NOLINT

TEST(HtmlRules, TitleVersusSiteName) {
  json app = WithPage({{"subject", Subject("海南")}, {"websites", {{{"name", "椰风小站"}}}}},
                      "footer_correct.html");
  CheckRules(RunCheck(app), {{"NAME-026", "block"}}, "hainan");
  app["subject"]["province"] = "浙江";
  app["websites"][0]["name"] = "青禾 数码";
  CheckRules(RunCheck(app), {{"NAME-026", ""}}, "spaces ignored");
}

// Audit: 海南 compares the title, the visible text and image alt texts, 官网/网站 ignored.
TEST(HtmlRules, HainanNameShownOutsideTheTitle) {
  auto page = [](const std::string& title, const std::string& body) {
    return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body>" + body +
           "<footer>琼ICP备2024012345号-1</footer></body></html>";
  };
  json app = {
      {"subject", {{"province", "海南"}, {"type", "enterprise"}, {"name", "海口青禾茶业有限公司"}}},
      {"websites",
       {{{"name", "青禾茶业官网"},
         {"domains", {"qinghe-tea.com"}},
         {"home_url", "https://www.qinghe-tea.com/"}}}}};
  auto with = [&](const std::string& html) {
    json a = app;
    a["attachments"]["site_pages"] =
        json::array({{{"url", "https://www.qinghe-tea.com/"}, {"html", html}}});
    return RunCheck(a);
  };
  // The audit's page: the title holds the name without 官网, the logo alt the full name.
  EXPECT_FALSE(Fires(with(page("青禾茶业 - 海南白沙绿茶", "<img src=l.png alt=\"青禾茶业官网\">")),
                     "NAME-026"));
  // Title elsewhere, but the logo alt text or an h1 shows it: a warning.
  for (const std::string& body : {std::string("<img src=\"l.png\" alt=\"青禾茶业官网\">"),
                                  std::string("<h1>青禾茶业</h1>")}) {
    json r = with(page("海南白沙绿茶", body));
    auto f = FindingsOf(r, "NAME-026");
    ASSERT_EQ(f.size(), 1u) << body;
    EXPECT_EQ(f[0].value("severity", ""), "warn") << body;
    EXPECT_EQ(f[0].value("message_id", ""), "hainan_shown") << body;
    EXPECT_EQ(f[0]["args"].value("core", ""), "青禾茶业");
  }
  // Nowhere on the page: block.
  json r = with(page("海南白沙绿茶", "<p>产地直供</p>"));
  auto f = FindingsOf(r, "NAME-026");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value("severity", ""), "block");
  EXPECT_EQ(f[0].value("message_id", ""), "hainan");
  EXPECT_EQ(f[0].value("path", ""), "/websites/0/name");
}

}  // namespace pages_cases

TEST(Rules, Name002And003AreExclusive) {
  json digits = RunCheck(json{{"websites", {{{"name", "2046"}}}}});
  EXPECT_TRUE(Fires(digits, "NAME-002"));
  EXPECT_FALSE(Fires(digits, "NAME-003"));
  json latin = RunCheck(json{{"websites", {{{"name", "Qinghe 2046"}}}}});
  EXPECT_FALSE(Fires(latin, "NAME-002"));
  EXPECT_TRUE(Fires(latin, "NAME-003"));
}

}  // namespace
}  // namespace beian
