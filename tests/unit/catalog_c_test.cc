// Catalog C rules (NAME-009…030, CNT-002/003/005/006/007/009, DOM-003/013…019, DSP-009/012…017,
// SEED-014): the trickier logic — personal vs organisation word lists, place names vs
// abbreviations, TLD classes, province gating and provincial variants.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/engine/context.h"
#include "core/ids.h"
#include "test_util.h"

namespace beian {
namespace {

using testing::FindingsOf;
using testing::Fires;
using testing::RunCheck;

json Subject(const std::string& type, const std::string& province, const std::string& name) {
  return {{"type", type}, {"province", province}, {"name", name}};
}

json Site(const std::string& name, const std::string& domain = "qinghe-tea.com") {
  return {{"name", name}, {"domains", json::array({domain})}};
}

json App(const json& subject, const std::vector<json>& sites) {
  json out = json::object();
  out["subject"] = subject;
  out["websites"] = json::array();
  for (const auto& s : sites) out["websites"].push_back(s);
  return out;
}

json Personal(const std::string& site_name, const std::string& province = "浙江") {
  return App(Subject("individual", province, "张三"), {Site(site_name, "zhangsan-notes.cn")});
}

json Company(const std::string& site_name, const std::string& province = "浙江",
             const std::string& company = "杭州青禾茶叶有限公司") {
  return App(Subject("enterprise", province, company), {Site(site_name)});
}

std::string Severity(const json& report, const std::string& rule) {
  auto f = FindingsOf(report, rule);
  return f.empty() ? "" : f.front().value("severity", "");
}

std::string Evidence(const json& report, const std::string& rule) {
  auto f = FindingsOf(report, rule);
  return f.empty() ? "" : f.front().value("evidence", "");
}

// ---- Personal vs organisation name lists ----------------------------------------------------

TEST(CatalogCNames, PersonalListsOnlyForIndividuals) {
  json personal = RunCheck(Personal("张小山的摄影工作室"));
  EXPECT_EQ(Severity(personal, "NAME-017"), "block");
  EXPECT_EQ(Evidence(personal, "NAME-017"), "工作室");
  EXPECT_EQ(Severity(personal, "NAME-021"), "block");  // 工作室 is also a company-type word
  EXPECT_EQ(Severity(personal, "NAME-018"), "warn");   // confidence 1: never block
  EXPECT_EQ(Severity(personal, "NAME-020"), "warn");

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

// ---- NAME-016: own name and place names -------------------------------------------------------

TEST(CatalogCNames, OwnNameBlocksPlaceNameWarns) {
  json own = RunCheck(Personal("张三的摄影日记"));
  EXPECT_EQ(Severity(own, "NAME-016"), "block");
  EXPECT_EQ(Evidence(own, "NAME-016"), "张三");

  // The given name alone is a warning (it may be an ordinary word).
  json given = RunCheck(
      App(Subject("individual", "浙江", "李晓梅"), {Site("晓梅手作茶坊", "xiaomeitea.cn")}));
  EXPECT_EQ(Severity(given, "NAME-016"), "warn");
  EXPECT_EQ(Evidence(given, "NAME-016"), "晓梅");

  json place = RunCheck(Personal("杭州美食日记"));
  EXPECT_EQ(Severity(place, "NAME-016"), "warn");
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

// ---- NAME-009 / NAME-013 / NAME-014 / NAME-025 -------------------------------------------------

TEST(CatalogCNames, PreApprovalWordsAndProvinceRelaxation) {
  json fin = RunCheck(Company("青禾理财商城"));
  EXPECT_EQ(Severity(fin, "NAME-009"), "block");
  EXPECT_EQ(Evidence(fin, "NAME-009"), "理财");

  // Education approval survives only in 浙江, 青海, 西藏 (2017 table).
  EXPECT_EQ(Severity(RunCheck(Company("青禾教育", "浙江")), "NAME-009"), "block");
  EXPECT_EQ(Severity(RunCheck(Company("青禾教育", "广东", "广州青禾教育有限公司")), "NAME-009"),
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
  EXPECT_EQ(Severity(sc, "NAME-013"), "warn");
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

// ---- Province gating ---------------------------------------------------------------------------

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
  EXPECT_EQ(Severity(RunCheck(cc), "DOM-013"), "block");
  cc["subject"]["province"] = "浙江";
  EXPECT_FALSE(Fires(RunCheck(cc), "DOM-013"));
}

TEST(CatalogCProvinces, HubeiEcommerceStatementElsewherePointer) {
  json hb = Company("青禾茶叶商城", "湖北", "武汉青禾茶叶有限公司");
  EXPECT_EQ(Severity(RunCheck(hb), "CNT-007"), "warn");
  hb["documents"] = {{"ecommerce_statement", true}};
  EXPECT_FALSE(Fires(RunCheck(hb), "CNT-007"));
  json zj = Company("青禾茶叶商城", "浙江");
  json r = RunCheck(zj);
  ASSERT_EQ(FindingsOf(r, "CNT-007").size(), 1u);
  EXPECT_EQ(Severity(r, "CNT-007"), "info");
  EXPECT_NE(FindingsOf(r, "CNT-007").front().value("message", "").find("APP-006"),
            std::string::npos);
}

TEST(CatalogCProvinces, DomainLimitsPerProvince) {
  auto two = [](const std::string& province, const std::string& type) {
    json app =
        App(Subject(type, province, type == "individual" ? "张三" : "青禾茶叶有限公司"),
            {Site("青禾茶叶官网", "qinghe-tea.com"), Site("青禾茶叶商城", "qinghe-shop.com")});
    return RunCheck(app);
  };
  EXPECT_TRUE(Fires(two("湖北", "enterprise"), "DOM-015"));   // 1 per filing
  EXPECT_FALSE(Fires(two("浙江", "enterprise"), "DOM-015"));  // provider advice: ≤5
  EXPECT_TRUE(Fires(two("浙江", "individual"), "DOM-015"));   // provider advice: 1
  EXPECT_FALSE(Fires(two("河南", "enterprise"), "DOM-015"));  // 河南: ≤5 per order
  // 河南's limit is for companies; an individual there gets the providers' advice (1).
  EXPECT_EQ(Evidence(two("河南", "individual"), "DOM-015"), "2");
  // The same domain typed twice (or with www.) counts once.
  json same =
      App(Subject("enterprise", "湖北", "武汉青禾茶叶有限公司"),
          {Site("青禾茶叶官网", "qinghe-tea.com"), Site("青禾茶叶官网", "www.qinghe-tea.com")});
  EXPECT_FALSE(Fires(RunCheck(same), "DOM-015"));
}

// ---- TLD classes -------------------------------------------------------------------------------

TEST(CatalogCDomains, TldClasses) {
  auto tld = [](const std::string& domain) {
    json app = Company("青禾茶叶商城");
    app["websites"][0]["domains"] = json::array({domain});
    return RunCheck(app);
  };
  for (const char* ok : {"qinghe-tea.com", "qinghe-tea.cn", "qinghe-tea.com.cn", "青禾.中国",
                         "qinghe.xn--fiqs8s", "qinghe-tea.net", "qinghe.top"})
    EXPECT_FALSE(Fires(tld(ok), "DOM-003")) << ok;
  json verify = tld("qinghe-tea.shop");
  EXPECT_EQ(Severity(verify, "DOM-003"), "warn");
  EXPECT_NE(FindingsOf(verify, "DOM-003").front().value("message", "").find("未经核实"),
            std::string::npos);
  json no = tld("qinghe-tea.io");
  EXPECT_EQ(Severity(no, "DOM-003"), "warn");  // seed list not authoritative: never block
  EXPECT_NE(FindingsOf(no, "DOM-003").front().value("message", "").find(".io"), std::string::npos);
  EXPECT_EQ(Severity(tld("qinghe-tea.example"), "DOM-003"), "warn");
  // Syntax errors are DOM-001's, not DOM-003's.
  EXPECT_FALSE(Fires(tld("qinghe_tea..io"), "DOM-003"));
}

TEST(CatalogCDomains, ReservedWordsInTheSecondLevelLabel) {
  auto dom = [](const std::string& domain) {
    json app = Company("青禾茶叶商城");
    app["websites"][0]["domains"] = json::array({domain});
    return RunCheck(app);
  };
  EXPECT_EQ(Evidence(dom("chinatea-qinghe.com"), "DOM-017"), "china");
  EXPECT_EQ(Evidence(dom("chn-tea.cn"), "DOM-017"), "chn");
  EXPECT_EQ(Evidence(dom("qinghe-sino.com"), "DOM-017"), "sino");
  EXPECT_FALSE(Fires(dom("qinghe-technology.com"), "DOM-017"));  // "chn" inside a word
  EXPECT_FALSE(Fires(dom("casinotea.com"), "DOM-017"));          // "sino" inside a word
  EXPECT_FALSE(Fires(dom("china.qinghe-tea.com"), "DOM-017"));   // subdomain, not the SLD
}

TEST(CatalogCDomains, ServingBeforeApproval) {
  json app = Company("青禾茶叶商城");
  app["websites"][0]["resolved_ips"] = json::array({"47.96.10.20"});
  EXPECT_EQ(Severity(RunCheck(app), "DOM-018"), "block");
  app["websites"][0]["filed_via"] = "阿里云";  // already filed elsewhere: new access
  EXPECT_FALSE(Fires(RunCheck(app), "DOM-018"));
}

// ---- Content and display ------------------------------------------------------------------------

TEST(CatalogCContent, PersonalServiceTypes) {
  json app = Personal("山间摄影日记");
  app["websites"][0]["service_types"] = json::array({"网络购物", "博客/个人空间"});
  json r = RunCheck(app);
  auto f = FindingsOf(r, "CNT-005");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f.front().value("path", ""), "/websites/0/service_types/0");
  EXPECT_EQ(f.front().value("severity", ""), "block");
  app["websites"][0]["service_types"] = json::array({"其他"});
  EXPECT_EQ(Severity(RunCheck(app), "CNT-005"), "warn");
  app["websites"][0]["remarks"] = "个人摄影作品展示";
  EXPECT_FALSE(Fires(RunCheck(app), "CNT-005"));
}

TEST(CatalogCContent, ProhibitedWordsFormAndPage) {
  json app = Company("青禾茶叶商城");
  app["websites"][0]["service_content"] = "茶叶销售";
  EXPECT_FALSE(Fires(RunCheck(app), "CNT-009"));
  app["websites"][0]["columns"] = json::array({"首页", "博彩资讯"});
  json r = RunCheck(app);
  ASSERT_TRUE(Fires(r, "CNT-009"));
  EXPECT_EQ(FindingsOf(r, "CNT-009").front().value("path", ""), "/websites/0/columns/1");
  EXPECT_EQ(Severity(r, "CNT-009"), "block");

  json page = Company("青禾茶叶商城");
  std::string html = "<html><body><h1>新品</h1><p>代办假证</p></body></html>";
  json pg = {{"url", "https://qinghe-tea.com/"}, {"html", html}};
  page["attachments"] = {{"site_pages", json::array({pg})}};
  json pr = RunCheck(page);
  auto pf = FindingsOf(pr, "CNT-009");
  ASSERT_EQ(pf.size(), 1u);
  EXPECT_EQ(pf.front().value("severity", ""), "warn");
  ASSERT_TRUE(pf.front().contains("span")) << pf.front().dump();
  size_t off = pf.front()["span"].value("offset", 0);
  size_t len = pf.front()["span"].value("length", 0);
  EXPECT_EQ(html.substr(off, len), "假证");
}

TEST(CatalogCDisplay, FiledSitesAndLicence) {
  json app = Company("青禾茶叶商城");
  json filed = {{"domain", "qinghe-old.com"},
                {"icp_number", "浙ICP备2024012345号-1"},
                {"reachable", true},
                {"shows_icp_number", false}};
  app["subject"]["filed_sites"] = json::array({filed});
  json r = RunCheck(app);
  EXPECT_EQ(Severity(r, "DSP-013"), "block");
  EXPECT_EQ(FindingsOf(r, "DSP-013").front().value("path", ""),
            "/subject/filed_sites/0/shows_icp_number");
  EXPECT_EQ(Severity(r, "DSP-016"), "info");  // reminder, never a warning on its own

  app["subject"]["value_added_telecom_license"] = "浙B2-20240101";
  EXPECT_EQ(Severity(RunCheck(app), "DSP-015"), "info");
}

TEST(CatalogCSeed, FiveDomainCapNamesOfficialLimits) {
  json app = App(Subject("enterprise", "浙江", "杭州青禾茶叶有限公司"),
                 {Site("青禾茶叶官网", "qinghe-tea.com"), Site("青禾茶叶商城", "qinghe-shop.com")});
  app["subject"]["existing_filed_domains"] = 4;
  json r = RunCheck(app);
  ASSERT_TRUE(Fires(r, "SEED-014"));
  std::string msg = FindingsOf(r, "SEED-014").front().value("message", "");
  EXPECT_EQ(Severity(r, "SEED-014"), "warn");
  EXPECT_NE(msg.find("四川"), std::string::npos);
  EXPECT_NE(msg.find("行业文章"), std::string::npos);
  app["subject"]["existing_filed_domains"] = 3;
  EXPECT_FALSE(Fires(RunCheck(app), "SEED-014"));
}

TEST(CatalogCSeed, EnglishMessages) {
  json r = RunCheck(Personal("张三的摄影日记"), nullptr, "en");
  auto f = FindingsOf(r, "NAME-016");
  ASSERT_FALSE(f.empty());
  EXPECT_NE(f.front().value("message", "").find("contains the person's name"), std::string::npos);
}

}  // namespace
}  // namespace beian
