// The NAME-xxx rules (core/rules/name/): rule ids, severities, paths and arguments of
// their findings on small applications; never rendered text.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "core/check.h"
#include "core/json.h"
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

TEST(CatalogCNames, OrgWordsBlockPersonalFilings) {
  json r = RunCheck(Personal("小山茶叶店"));
  ASSERT_TRUE(Fires(r, "NAME-021"));
  EXPECT_EQ(FindingsOf(r, "NAME-021").front().value("path", ""), "/websites/0/name");
  EXPECT_EQ(Evidence(r, "NAME-021"), "店");
  EXPECT_FALSE(Fires(RunCheck(Personal("山间茶事笔记")), "NAME-021"));
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
  json own = RunCheck(Personal("张三的摄影日记"));
  EXPECT_EQ(SeverityOf(own, "NAME-016"), "block");
  EXPECT_EQ(Evidence(own, "NAME-016"), "张三");

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
  json fin = RunCheck(Company("青禾理财商城"));
  EXPECT_EQ(SeverityOf(fin, "NAME-009"), "block");
  EXPECT_EQ(Evidence(fin, "NAME-009"), "理财");

  // Education approval survives only in 浙江, 青海, 西藏 (2017 table).
  EXPECT_EQ(SeverityOf(RunCheck(Company("青禾教育", "浙江")), "NAME-009"), "block");
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
  json r = RunCheck(Personal("张三的摄影日记"), nullptr, "en");
  auto f = FindingsOf(r, "NAME-016");
  ASSERT_FALSE(f.empty());
  EXPECT_NE(f.front().value("message", "").find("contains the person's name"), std::string::npos);
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
