// The APP-xxx rules (core/rules/app/): rule ids, severities, paths and arguments of
// their findings on small applications; never rendered text.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "core/check.h"
#include "core/json.h"
#include "tests/unit/rules/catalog_a_apps.h"

namespace beian {
namespace {

namespace catalog_a_cases {
using namespace testing::catalog_a;  // NOLINT

TEST(CatalogAApplicability, MainlandServerMeansYes) {
  json r = RunCheck({{"websites", {Site("mainland")}}});
  EXPECT_EQ(MustFile(r), "yes");
  EXPECT_TRUE(Fires(r, "APP-001"));
  EXPECT_FALSE(Fires(r, "APP-002"));
  ASSERT_TRUE(At(r, "/applicability/reasons"));
  EXPECT_GE(At(r, "/applicability/reasons")->size(), 1u);
  for (const auto& f : FindingsOf(r, "SEED-001")) EXPECT_EQ(f.value("severity", ""), "info");
}

TEST(CatalogAApplicability, OverseasOnlyMeansNoEvenWithMarketIndicators) {
  json app = {{"market",
               {{"mainland_payment_methods", {"wechat_pay", "alipay"}},
                {"chinese_customer_service", true}}},
              {"websites", {Site("hong_kong")}}};
  json r = RunCheck(app);
  EXPECT_EQ(MustFile(r), "no");
  EXPECT_TRUE(Fires(r, "APP-002"));
  EXPECT_FALSE(Fires(r, "APP-001"));
  // The market indicators are reported as a second reason (brief vs legal trigger).
  EXPECT_GE(At(r, "/applicability/reasons")->size(), 2u);
}

TEST(CatalogAApplicability, MainlandCdnMeansYes) {
  json s = Site("overseas");
  s["hosting"]["cdn_provider"] = "阿里云CDN";
  s["hosting"]["cdn_domestic_ips"] = {"47.98.10.21"};
  json r = RunCheck({{"websites", {s}}});
  EXPECT_EQ(MustFile(r), "yes");
  EXPECT_TRUE(Fires(r, "APP-004"));
  EXPECT_FALSE(Fires(r, "APP-002"));
}

TEST(CatalogAApplicability, ApplicabilityRulesNeverBlock) {
  json s = Site("overseas");
  s["filed_via"] = "阿里云";
  s["features"] = {{"paid_information_service", true}, {"third_party_merchants", true}};
  json app = {{"subject", {{"type", "enterprise"}, {"country", "US"}}},
              {"market", {{"wechat_mini_program", true}, {"mobile_app", true}}},
              {"websites", {s, Site("mainland")}},
              {"public_security", {{"icp_number", "浙ICP备2024012345号-1"}}}};
  json r = RunCheck(app);
  for (const auto& f : r["findings"]) {
    std::string rule = f.value("rule", "");
    if (rule.rfind("APP-", 0) == 0 || rule == "SEED-001" || rule == "SEED-002" ||
        rule == "SEED-003" || rule == "SEED-025")
      EXPECT_NE(f.value("severity", ""), "block") << rule;
  }
  EXPECT_TRUE(Fires(r, "APP-003"));
  EXPECT_TRUE(Fires(r, "APP-006"));
  EXPECT_TRUE(Fires(r, "APP-007"));
  EXPECT_TRUE(Fires(r, "APP-012"));
  EXPECT_EQ(FindingsOf(r, "APP-013").size(), 2u);
}

TEST(CatalogAApplicability, NewProviderNeedsAccessFiling) {
  json s = Site("mainland");
  s["filed_via"] = "阿里云";
  s["hosting"]["access_provider"] = "腾讯云";
  json r = RunCheck({{"websites", {s}}});
  ASSERT_TRUE(Fires(r, "APP-010"));
  EXPECT_EQ(FindingsOf(r, "APP-010")[0].value("severity", ""), "warn");
  s["hosting"]["access_provider"] = " 阿里云 ";
  EXPECT_FALSE(Fires(RunCheck({{"websites", {s}}}), "APP-010"));
}

TEST(CatalogAApplicability, EnglishLocaleReasons) {
  json app = {{"context", {{"locale", "en"}}}, {"websites", {Site("mainland")}}};
  json r = RunCheck(app);
  ASSERT_TRUE(At(r, "/applicability/reasons/0"));
  std::string reason = At(r, "/applicability/reasons/0")->get<std::string>();
  EXPECT_NE(reason.find("mainland"), std::string::npos);
}

TEST(CatalogAApplicability, DomesticCountrySpellings) {
  for (const char* c : {"CN", "cn", "China", "中国"}) {
    json r = RunCheck({{"subject", {{"type", "enterprise"}, {"country", c}}}});
    EXPECT_FALSE(Fires(r, "APP-012")) << c;
  }
  EXPECT_TRUE(
      Fires(RunCheck({{"subject", {{"type", "enterprise"}, {"country", "香港"}}}}), "APP-012"));
  EXPECT_FALSE(
      Fires(RunCheck({{"subject", {{"type", "individual"}, {"country", "US"}}}}), "APP-012"));
}

TEST(CatalogAExample, IndividualShop) {
  json app = json::parse(
      testing::ReadFile(std::string(BEIAN_SOURCE_DIR) + "/examples/individual-shop.json"), nullptr,
      false);
  ASSERT_TRUE(app.is_object());
  json r = RunCheck(app);
  ASSERT_FALSE(r.contains("error")) << r.dump();
  EXPECT_EQ(MustFile(r), "yes");
  EXPECT_TRUE(Fires(r, "SEED-001"));
  EXPECT_TRUE(Fires(r, "APP-001"));
  EXPECT_TRUE(Fires(r, "APP-009"));
  EXPECT_FALSE(Fires(r, "APP-002"));
  EXPECT_FALSE(Fires(r, "APP-008"));  // personal shops are CNT-004's finding
  EXPECT_FALSE(Fires(r, "DOC-004"));  // the ID card is ready
  EXPECT_TRUE(HasPath(r, "SEED-018", "/documents/liveness_verified"));
  EXPECT_TRUE(Fires(r, "DOC-013"));
  EXPECT_EQ(FindingsOf(r, "DOC-013")[0].value("severity", ""), "info");
  EXPECT_EQ(r.value("verdict", ""), "blocked");  // a personal filing cannot run a shop
}

TEST(BlockAuditApp008, OwnGoodsShopIsNoPlatform) {
  json s = Site("mainland");
  s["service_types"] = {"网络购物"};
  s["features"] = {{"payment", true}, {"third_party_merchants", false}};
  json app = {{"subject", {{"type", "enterprise"}, {"province", "浙江"}}}, {"websites", {s}}};
  EXPECT_FALSE(Fires(RunCheck(app), "APP-008"));
  // Unanswered: a reminder to answer.
  app["websites"][0]["features"].erase("third_party_merchants");
  json r = RunCheck(app);
  auto f = FindingsOf(r, "APP-008");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value("severity", ""), "warn");
  EXPECT_EQ(f[0].value("path", ""), "/websites/0/features/payment");
  EXPECT_EQ(f[0].value("message_id", ""), "default");
  // 贸易 in a portal's name is a trade, not a web shop.
  json t = {{"name", "青禾茶叶贸易官网"},
            {"domains", {"qinghe-tea.cn"}},
            {"service_types", {"单位门户网站"}}};
  json trade = {{"subject", {{"type", "enterprise"}, {"province", "浙江"}}}, {"websites", {t}}};
  EXPECT_FALSE(Fires(RunCheck(trade), "APP-008"));
}

}  // namespace catalog_a_cases

}  // namespace
}  // namespace beian
