// The CNT-xxx rules (core/rules/cnt/): rule ids, severities, paths and arguments of
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

namespace names_cases {
using namespace testing::names;  // NOLINT

TEST(CatalogCProvinces, HubeiEcommerceStatementElsewherePointer) {
  json hb = Company("青禾茶叶商城", "湖北", "武汉青禾茶叶有限公司");
  EXPECT_EQ(SeverityOf(RunCheck(hb), "CNT-007"), "warn");
  hb["documents"] = {{"ecommerce_statement", true}};
  EXPECT_FALSE(Fires(RunCheck(hb), "CNT-007"));
  json zj = Company("青禾茶叶商城", "浙江");
  json r = RunCheck(zj);
  ASSERT_EQ(FindingsOf(r, "CNT-007").size(), 1u);
  EXPECT_EQ(SeverityOf(r, "CNT-007"), "info");
  EXPECT_NE(FindingsOf(r, "CNT-007").front().value("message", "").find("APP-006"),
            std::string::npos);
}

TEST(CatalogCContent, PersonalServiceTypes) {
  json app = Personal("山间摄影日记");
  app["websites"][0]["service_types"] = json::array({"网络购物", "博客/个人空间"});
  json r = RunCheck(app);
  auto f = FindingsOf(r, "CNT-005");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f.front().value("path", ""), "/websites/0/service_types/0");
  EXPECT_EQ(f.front().value("severity", ""), "block");
  app["websites"][0]["service_types"] = json::array({"其他"});
  EXPECT_EQ(SeverityOf(RunCheck(app), "CNT-005"), "warn");
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
  EXPECT_EQ(SeverityOf(r, "CNT-009"), "block");

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

}  // namespace names_cases

namespace pages_cases {
using namespace testing::pages;  // NOLINT

TEST(HtmlRules, ShopAndInteractiveFeatures) {
  json app =
      WithPage({{"subject", Subject()}, {"public_security", {{"interactive_service", false}}}},
               "shop_cart.html");
  json r = RunCheck(app);
  CheckRules(r, {{"CNT-010", "warn"}, {"PSB-005", "warn"}}, "shop_cart");
  auto fs = FindingsOf(r, "CNT-010");
  ASSERT_FALSE(fs.empty());
  EXPECT_NE(fs[0].value("message", "").find("非交互式"), std::string::npos);
  const json* features = At(r, "/facts/site_pages/0/features");
  ASSERT_NE(features, nullptr);
  EXPECT_GE(features->size(), 5u);
}

TEST(HtmlRules, PersonalFilingWithShopSignals) {
  json app = WithPage({{"subject", Subject("浙江", "individual")}}, "shop_cart.html");
  CheckRules(RunCheck(app), {{"CNT-004", "block"}}, "personal shop");
  app = WithPage({{"subject", Subject("四川", "individual")}}, "personal_blog.html");
  json r = RunCheck(app);
  CheckRules(r, {{"CNT-004", "block"}, {"CNT-008", ""}, {"DSP-008", ""}, {"DSP-002", ""}},
             "personal blog with comments");
}

TEST(HtmlRules, TopicsWithoutApproval) {
  json app = WithPage({{"subject", Subject("江苏")}, {"websites", {{{"name", "康宁健康"}}}}},
                      "news_medical.html");
  json r = RunCheck(app);
  CheckRules(r, {{"CNT-001", "warn"}, {"CNT-011", "info"}}, "news_medical");
  bool drugs_flagged = false;
  for (const auto& f : FindingsOf(r, "CNT-011"))
    if (f.value("message", "").find("药品") != std::string::npos) drugs_flagged = true;
  EXPECT_FALSE(drugs_flagged) << "the page shows its drug-information certificate";
  // With the news approval declared, the news hit goes away.
  app["websites"][0]["pre_approvals"] = {{{"field", "news"}, {"approval_number", "32120220001"}}};
  for (const auto& f : FindingsOf(RunCheck(app), "CNT-001"))
    EXPECT_EQ(f.value("message", "").find("新闻信息服务"), std::string::npos) << Dump(f);
}

}  // namespace pages_cases

}  // namespace
}  // namespace beian
