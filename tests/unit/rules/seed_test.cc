// The SEED-xxx rules (core/rules/seed/): rule ids, severities, paths and arguments of
// their findings on small applications; never rendered text.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "core/check.h"
#include "core/json.h"
#include "tests/unit/rules/catalog_a_apps.h"
#include "tests/unit/rules/geo_apps.h"
#include "tests/unit/rules/names_apps.h"
#include "tests/unit/rules/pages_apps.h"

namespace beian {
namespace {

namespace catalog_a_cases {
using namespace testing::catalog_a;  // NOLINT

// Issue: SEED-018 never reported a missing ID scan and dropped what DOC-008 covers. The catalog:
// one finding per missing item of the brief's list, ID scan and domain certificate included.
TEST(CatalogADocuments, SeedChecklistOneFindingPerMissingItem) {
  json r = RunCheck({{"subject", Enterprise("云南")}, {"documents", json::object()}});
  for (const char* item : {"/documents/business_license_scan", "/documents/id_card_front_back",
                           "/documents/liveness_verified", "/documents/domain_certificate",
                           "/documents/server_access_proof", "/documents/content_self_check_form"})
    EXPECT_TRUE(HasPath(r, "SEED-018", item)) << item;
  EXPECT_EQ(FindingsOf(r, "SEED-018").size(), 6u);
  for (const auto& f : FindingsOf(r, "SEED-018")) {
    EXPECT_EQ(f.value("severity", ""), "warn");  // confidence 1
    if (f.value("path", "") == "/documents/id_card_front_back")
      EXPECT_EQ(f.value("message_id", ""), "id_card");
    if (f.value("path", "") == "/documents/business_license_scan")
      EXPECT_EQ(f.value("message_id", ""), "license_scan");
  }
  EXPECT_TRUE(Fires(r, "DOC-008"));  // the official rule for 云南, reported as well

  // A scanned but unsealed licence: the seal item instead of the scan.
  json docs = {{"business_license_scan", true}, {"id_card_front_back", true}};
  json r2 = RunCheck({{"subject", Enterprise("浙江")}, {"documents", docs}});
  EXPECT_TRUE(HasPath(r2, "SEED-018", "/documents/business_license_sealed"));
  EXPECT_FALSE(HasPath(r2, "SEED-018", "/documents/business_license_scan"));
  EXPECT_FALSE(HasPath(r2, "SEED-018", "/documents/id_card_front_back"));

  json person = {{"type", "individual"}, {"province", "浙江"}, {"name", "李晓梅"}};
  json r3 = RunCheck({{"subject", person}, {"documents", json::object()}});
  ASSERT_TRUE(HasPath(r3, "SEED-018", "/documents/id_card_front_back"));
  for (const auto& f : FindingsOf(r3, "SEED-018")) {
    EXPECT_NE(f.value("path", ""), "/documents/business_license_scan");
    EXPECT_NE(f.value("path", ""), "/documents/business_license_sealed");
    EXPECT_NE(f.value("path", ""), "/documents/self_check_form_signed_by_legal_rep");
    if (f.value("path", "") == "/documents/id_card_front_back")
      EXPECT_EQ(f.value("message_id", ""), "id_card_personal");
  }
}

TEST(CatalogAApplicability, IndicatorsWithoutHostingAreUnknown) {
  json r = RunCheck(
      {{"market", {{"mainland_payment_methods", {"wechat_pay"}}}}, {"websites", {Site("")}}});
  EXPECT_EQ(MustFile(r), "unknown");
  EXPECT_TRUE(Fires(r, "SEED-001"));
  EXPECT_FALSE(Fires(r, "APP-001"));
}

TEST(CatalogAApplicability, PlatformSubdomainOnlyIsNoUnlessMainlandHosting) {
  json r = RunCheck({{"market", {{"platform", "shopify"}, {"platform_subdomain_only", true}}}});
  EXPECT_EQ(MustFile(r), "no");
  EXPECT_TRUE(Fires(r, "SEED-003"));
  EXPECT_TRUE(Fires(r, "SEED-025"));

  json r2 =
      RunCheck({{"market", {{"platform_subdomain_only", true}, {"server_in_mainland", true}}}});
  EXPECT_EQ(MustFile(r2), "yes");
}

TEST(CatalogAApplicability, IsolationExceptionNeedsNoMainlandHosting) {
  json market = {{"fully_isolated_from_mainland", true},
                 {"no_mainland_service_audit", true},
                 {"site_languages", {"en"}}};
  json r = RunCheck({{"market", market}, {"websites", {Site("overseas")}}});
  EXPECT_EQ(MustFile(r), "no");
  EXPECT_TRUE(Fires(r, "SEED-002"));

  json r2 = RunCheck({{"market", market}, {"websites", {Site("mainland")}}});
  EXPECT_EQ(MustFile(r2), "yes");
  EXPECT_TRUE(Fires(r2, "SEED-002"));
}

TEST(CatalogAApplicability, NoInputNoSection) {
  json r = RunCheck({{"subject", {{"type", "enterprise"}}}});
  EXPECT_EQ(At(r, "/applicability"), nullptr);
  EXPECT_FALSE(Fires(r, "SEED-001"));
  json r2 = RunCheck({{"websites", {Site("")}}});
  EXPECT_EQ(MustFile(r2), "unknown");
  EXPECT_TRUE(Fires(r2, "SEED-001"));
}

TEST(CatalogAApplicability, SoleProprietorPaidServiceIsSeed008AndApp006) {
  json s = Site("mainland");
  s["features"] = {{"paid_information_service", true}};
  json r = RunCheck({{"subject", {{"type", "sole_proprietor"}}}, {"websites", {s}}});
  EXPECT_TRUE(Fires(r, "SEED-008"));
  // APP-006's catalog row covers every subject type (the engine merges the duplicate).
  EXPECT_TRUE(HasPath(r, "APP-006", "/websites/0/features/paid_information_service"));
  ASSERT_EQ(FindingsOf(r, "APP-006").size(), 1u);
  EXPECT_EQ(FindingsOf(r, "APP-006")[0].value("message_id", ""), "sole_proprietor");
}

}  // namespace catalog_a_cases

namespace names_cases {
using namespace testing::names;  // NOLINT

TEST(CatalogCSeed, FiveDomainCapNamesOfficialLimits) {
  json app = App(Subject("enterprise", "浙江", "杭州青禾茶叶有限公司"),
                 {Site("青禾茶叶官网", "qinghe-tea.com"), Site("青禾茶叶商城", "qinghe-shop.com")});
  app["subject"]["existing_filed_domains"] = 4;
  json r = RunCheck(app);
  ASSERT_TRUE(Fires(r, "SEED-014"));
  std::string msg = FindingsOf(r, "SEED-014").front().value("message", "");
  EXPECT_EQ(SeverityOf(r, "SEED-014"), "warn");
  EXPECT_NE(msg.find("四川"), std::string::npos);
  EXPECT_NE(msg.find("行业文章"), std::string::npos);
  app["subject"]["existing_filed_domains"] = 3;
  EXPECT_FALSE(Fires(RunCheck(app), "SEED-014"));
}

TEST(BlockAuditSeed009, PaymentBlocksRegistrationWarns) {
  json blog = Personal("张三的读书笔记");
  blog["websites"][0]["features"] = {{"user_registration", true}};
  auto f = FindingsOf(RunCheck(blog), "SEED-009");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value("path", ""), "/websites/0/features/user_registration");
  EXPECT_EQ(f[0].value("severity", ""), "warn");
  EXPECT_EQ(f[0].value("message_id", ""), "registration");
  json shop = Personal("张三的手作小店");
  shop["websites"][0]["features"] = {{"payment", true}};
  shop["websites"][0]["service_types"] = {"网上支付"};
  f = FindingsOf(RunCheck(shop), "SEED-009");
  ASSERT_EQ(f.size(), 2u);
  for (const auto& g : f) {
    EXPECT_EQ(g.value("severity", ""), "block") << Dump(g);
    EXPECT_EQ(g.value("message_id", ""), "default");
  }
  EXPECT_EQ(f[0].value("path", ""), "/websites/0/features/payment");
  EXPECT_EQ(f[1].value("path", ""), "/websites/0/service_types/0");
}

TEST(BlockAuditSeed004, TradeInANameIsNoShop) {
  json app = Company("青禾茶叶贸易官网", "浙江", "杭州青禾茶叶贸易有限公司");
  app["subject"]["business_scope"] = "茶叶批发；货物进出口";
  app["websites"][0]["service_types"] = {"单位门户网站"};
  EXPECT_FALSE(Fires(RunCheck(app), "SEED-004"));
  app["websites"][0]["service_content"] = "茶叶网上销售";
  auto f = FindingsOf(RunCheck(app), "SEED-004");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value("path", ""), "/subject/business_scope");
  EXPECT_EQ(f[0]["args"].value("signal", ""), "网上销售");
}

}  // namespace names_cases

namespace geo_cases {
using namespace testing::geo;  // NOLINT

TEST(GeoRules, OverseasHosting) {
  json r = RunCheck(App(R"({"websites": [{"hosting": {"location": "hong_kong"}}]})"));
  EXPECT_TRUE(Fires(r, "SEED-010"));
  EXPECT_EQ(SeverityOf(r, "SEED-010"), "warn");
  json with_statement = RunCheck(App(R"({"websites": [{"hosting": {"location": "hong_kong"}}],
      "documents": {"cross_border_compliance_statement": true}})"));
  EXPECT_FALSE(Fires(with_statement, "SEED-010"));
}

TEST(GeoRules, DelayCost) {
  json r = RunCheck(App(R"({"subject": {"type": "enterprise", "province": "浙江"},
      "context": {"daily_gmv_cny": 12345.6}})"));
  ASSERT_TRUE(Fires(r, "SEED-022"));
  std::string msg = FindingsOf(r, "SEED-022")[0]["message"];
  EXPECT_NE(msg.find("86.42"), std::string::npos) << msg;
  EXPECT_DOUBLE_EQ(r["plan"]["delay_cost_cny_per_day"].get<double>(), 86.42);
}

}  // namespace geo_cases

namespace pages_cases {
using namespace testing::pages;  // NOLINT

TEST(LicenseRules, OnlineScopeForShops) {
  json app = LicenseApp("old_15_digit", {{"province", "浙江"}, {"type", "enterprise"}});
  app["websites"] = {{{"name", "云帆商城"}, {"service_types", {"网络购物"}}}};
  CheckRules(RunCheck(app), {{"SEED-004", "warn"}}, "no online scope");
  app = LicenseApp("clean_company", {{"province", "浙江"}, {"type", "enterprise"}});
  app["websites"] = {{{"name", "青禾商城"}, {"service_types", {"网络购物"}}}};
  CheckRules(RunCheck(app), {{"SEED-004", ""}}, "online scope");
}

}  // namespace pages_cases

// Calibration (issue "Verdicts a seller can trust"): SEED-019 compares with the licence's name.
namespace calibration_cases {
using testing::FindingsOf;
using testing::Fires;
using testing::RunCheck;

json LicensedApp(const std::string& typed, const std::string& registrant) {
  return {{"subject",
           {{"type", "enterprise"},
            {"province", "浙江"},
            {"name", typed},
            {"certificate_type", "business_license"},
            {"certificate_number", "91330106MA2H3K7Q4Q"}}},
          {"websites",
           {{{"name", "青禾数码官网"},
             {"domains", {{{"name", "qinghe-tech.com"}, {"registrant", registrant}}}}}}},
          {"attachments",
           {{"business_license_text",
             "营业执照\n统一社会信用代码：91330106MA2H3K7Q4Q\n名称：杭州青禾数码科技有限公司\n"
             "类型：有限责任公司（自然人投资或控股）\n法定代表人：陈青禾\n"}}}};
}

TEST(Calibration, Seed019UsesTheLicenceName) {
  // Typed with a stray blank; the holder is exactly the licence's name: no SEED-019.
  json r = RunCheck(LicensedApp("杭州青禾数码 科技有限公司", "杭州青禾数码科技有限公司"));
  EXPECT_FALSE(Fires(r, "SEED-019"));
  // The holder equals the typed name, which is not the licence's.
  r = RunCheck(LicensedApp("杭州青禾数码有限公司", "杭州青禾数码有限公司"));
  auto f = FindingsOf(r, "SEED-019");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["severity"], "block");
  EXPECT_EQ(f[0]["path"], "/websites/0/domains/0/registrant");
  EXPECT_EQ(f[0]["args"]["subject"], "杭州青禾数码科技有限公司");
  EXPECT_EQ(f[0]["args"]["registrant"], "杭州青禾数码有限公司");
  // No licence uploaded: the typed name.
  json app = LicensedApp("杭州青禾数码科技有限公司", "杭州青禾数码 科技有限公司");
  app.erase("attachments");
  f = FindingsOf(RunCheck(app), "SEED-019");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["message_id"], "format");
  EXPECT_EQ(f[0]["severity"], "warn");
}

}  // namespace calibration_cases

}  // namespace
}  // namespace beian
