// Catalog part A: applicability (APP-*, SEED-001/002/003/025), materials (DOC-*, SEED-018),
// instance rules (HST-002…010) and the 公安 filing (PSB-*, SEED-016). Asserts on rule ids,
// severities, paths and report fields, not on rendered text.
#include <gtest/gtest.h>

#include <set>
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

json Site(const std::string& location) {
  json s = {{"name", "青禾茶叶商城"}, {"domains", {"qinghe-tea.cn"}}};
  if (!location.empty()) s["hosting"] = {{"access_provider", "阿里云"}, {"location", location}};
  return s;
}

std::string MustFile(const json& report) {
  const json* m = At(report, "/applicability/must_file");
  return m && m->is_string() ? m->get<std::string>() : "";
}

std::vector<std::string> Paths(const json& report, const std::string& rule) {
  std::vector<std::string> out;
  for (const auto& f : FindingsOf(report, rule)) out.push_back(f.value("path", ""));
  return out;
}

bool HasPath(const json& report, const std::string& rule, const std::string& path) {
  for (const auto& p : Paths(report, rule))
    if (p == path) return true;
  return false;
}

// ---- applicability -----------------------------------------------------------------------------

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

TEST(CatalogAApplicability, SoleProprietorPaidServiceIsSeed008NotApp006) {
  json s = Site("mainland");
  s["features"] = {{"paid_information_service", true}};
  json r = RunCheck({{"subject", {{"type", "sole_proprietor"}}}, {"websites", {s}}});
  EXPECT_TRUE(Fires(r, "SEED-008"));
  EXPECT_FALSE(Fires(r, "APP-006"));
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

// ---- materials checklist
// -------------------------------------------------------------------------

json Enterprise(const std::string& province) {
  return {{"type", "enterprise"},
          {"province", province},
          {"name", "青禾茶业有限公司"},
          {"legal_representative_name", "王立新"},
          {"principal", {{"name", "王立新"}, {"mobile", "13905711234"}}}};
}

TEST(CatalogADocuments, EnterpriseChecklistOneFindingPerItem) {
  json r = RunCheck({{"subject", Enterprise("浙江")}, {"documents", json::object()}});
  EXPECT_TRUE(HasPath(r, "DOC-004", "/documents/business_license_scan"));
  EXPECT_TRUE(HasPath(r, "DOC-004", "/documents/id_card_front_back"));
  EXPECT_EQ(FindingsOf(r, "DOC-004").size(), 2u);
  for (const auto& f : FindingsOf(r, "DOC-004")) EXPECT_EQ(f.value("severity", ""), "block");
  // SEED-018 never repeats DOC-004's items and is capped at warn (confidence 1).
  for (const auto& f : FindingsOf(r, "SEED-018")) {
    EXPECT_NE(f.value("path", ""), "/documents/business_license_scan");
    EXPECT_NE(f.value("path", ""), "/documents/id_card_front_back");
    EXPECT_EQ(f.value("severity", ""), "warn");
  }
  EXPECT_TRUE(HasPath(r, "SEED-018", "/documents/server_access_proof"));
  EXPECT_TRUE(HasPath(r, "SEED-018", "/documents/content_self_check_form"));
}

TEST(CatalogADocuments, PersonalChecklist) {
  json subject = {{"type", "individual"}, {"province", "浙江"}, {"name", "李晓梅"}};
  json r = RunCheck({{"subject", subject}, {"documents", json::object()}});
  ASSERT_EQ(FindingsOf(r, "DOC-004").size(), 1u);
  EXPECT_EQ(Paths(r, "DOC-004")[0], "/documents/id_card_front_back");
  EXPECT_FALSE(HasPath(r, "SEED-018", "/documents/business_license_sealed"));
  EXPECT_FALSE(HasPath(r, "SEED-018", "/documents/self_check_form_signed_by_legal_rep"));
}

TEST(CatalogADocuments, AuthorisationLetters) {
  json subject = Enterprise("江苏");
  subject["principal"]["name"] = "陈静";
  json site = Site("mainland");
  site["responsible_person"] = {{"name", "赵磊"}, {"mobile", "13857104321"}};
  json docs = {{"business_license_scan", true}, {"id_card_front_back", true}};
  json r = RunCheck({{"subject", subject}, {"websites", {site}}, {"documents", docs}});
  EXPECT_TRUE(HasPath(r, "DOC-004", "/documents/principal_authorization_letter"));
  EXPECT_TRUE(HasPath(r, "DOC-004", "/documents/site_authorization_letter"));
  // Outside 安徽/江苏/甘肃 the principal letter is not the answer (PPL-001 applies instead).
  subject["province"] = "浙江";
  json r2 = RunCheck({{"subject", subject}, {"websites", {site}}, {"documents", docs}});
  EXPECT_FALSE(HasPath(r2, "DOC-004", "/documents/principal_authorization_letter"));
  EXPECT_TRUE(HasPath(r2, "DOC-004", "/documents/site_authorization_letter"));
}

TEST(CatalogADocuments, ProvinceGating) {
  json docs = {{"business_license_scan", true}, {"id_card_front_back", true}};
  json gd = RunCheck({{"subject", Enterprise("广东")}, {"documents", docs}});
  EXPECT_TRUE(Fires(gd, "DOC-005"));
  EXPECT_FALSE(Fires(gd, "DOC-006"));
  json js = RunCheck({{"subject", Enterprise("江苏")}, {"documents", docs}});
  EXPECT_TRUE(Fires(js, "DOC-006"));
  EXPECT_FALSE(Fires(js, "DOC-005"));
  json zj = RunCheck({{"subject", Enterprise("浙江")}, {"documents", docs}});
  EXPECT_FALSE(Fires(zj, "DOC-005"));
  EXPECT_FALSE(Fires(zj, "DOC-006"));
  EXPECT_FALSE(Fires(zj, "DOC-008"));
  json yn = RunCheck({{"subject", Enterprise("云南")}, {"documents", docs}});
  EXPECT_TRUE(Fires(yn, "DOC-008"));
  // DOC-008 reports the domain certificate in 云南, so SEED-018 does not repeat it.
  EXPECT_FALSE(HasPath(yn, "SEED-018", "/documents/domain_certificate"));
  EXPECT_TRUE(HasPath(zj, "SEED-018", "/documents/domain_certificate"));
}

TEST(CatalogADocuments, HubeiEcommerceStatement) {
  json subject = Enterprise("湖北");
  subject["business_scope"] = "茶叶销售；电子商务";
  json r = RunCheck({{"subject", subject}});
  ASSERT_TRUE(Fires(r, "DOC-012"));
  EXPECT_EQ(Paths(r, "DOC-012")[0], "/subject/business_scope");
  subject["province"] = "浙江";
  EXPECT_FALSE(Fires(RunCheck({{"subject", subject}}), "DOC-012"));
}

TEST(CatalogADocuments, NoDocumentsSectionSkipsChecklist) {
  json r = RunCheck({{"subject", Enterprise("广东")}});
  for (const char* id : {"DOC-004", "DOC-005", "DOC-008", "SEED-018"})
    EXPECT_FALSE(Fires(r, id)) << id;
}

TEST(CatalogADocuments, RemarksHubeiVariantAndLength) {
  json site = Site("mainland");
  site["service_types"] = {"网络购物"};
  json r = RunCheck({{"subject", Enterprise("湖北")}, {"websites", {site}}});
  ASSERT_EQ(FindingsOf(r, "DOC-014").size(), 1u);
  site["remarks"] = "卖茶叶";
  json r2 = RunCheck({{"subject", Enterprise("浙江")}, {"websites", {site}}});
  ASSERT_EQ(FindingsOf(r2, "DOC-014").size(), 1u);
  EXPECT_EQ(FindingsOf(r2, "DOC-014")[0].value("evidence", ""), "卖茶叶");
}

// ---- hosting ----------------------------------------------------------------------------------

TEST(CatalogAHosting, InstanceRules) {
  json s = Site("mainland");
  s["hosting"]["instance_billing"] = "pay_as_you_go";
  s["hosting"]["instance_months"] = 1;
  s["hosting"]["public_ip"] = false;
  s["hosting"]["instance_expires_on"] = "2026-11-01";
  json r = RunCheck({{"websites", {s}}});
  EXPECT_TRUE(Fires(r, "HST-002"));
  EXPECT_FALSE(Fires(r, "HST-003"));  // pay-as-you-go is reported once, under HST-002
  EXPECT_TRUE(Fires(r, "HST-004"));
  EXPECT_TRUE(Fires(r, "HST-009"));
  s["hosting"]["instance_billing"] = "subscription";
  EXPECT_TRUE(Fires(RunCheck({{"websites", {s}}}), "HST-003"));
}

TEST(CatalogAHosting, ServiceCodesCountSitesOnTheSameInstance) {
  json a = Site("mainland");
  a["hosting"]["server_ips"] = {"47.98.10.21"};
  a["hosting"]["instance_codes_used"] = 3;
  json b = a;
  b["name"] = "青禾茶业官网";
  b["domains"] = {"qinghe-tea.com"};
  json c = b;
  c["name"] = "青禾茶文化";
  c["domains"] = {"qinghe-tea.net"};
  EXPECT_FALSE(Fires(RunCheck({{"websites", {a, b}}}), "HST-006"));
  EXPECT_TRUE(Fires(RunCheck({{"websites", {a, b, c}}}), "HST-006"));
}

// ---- public security -------------------------------------------------------------------------

TEST(CatalogAPublicSecurity, StepGatingAndNoDoubleReport) {
  json r = RunCheck({{"subject", Enterprise("浙江")}, {"websites", {Site("mainland")}}});
  for (const char* id : {"PSB-002", "PSB-004", "PSB-008", "SEED-016"})
    EXPECT_FALSE(Fires(r, id)) << id;

  json ps = {{"security_officer", {{"name", "王立新"}}}};
  json r2 = RunCheck(
      {{"subject", Enterprise("浙江")}, {"websites", {Site("mainland")}}, {"public_security", ps}});
  EXPECT_TRUE(Fires(r2, "PSB-002"));
  EXPECT_TRUE(HasPath(r2, "SEED-016", "/public_security/icp_number"));
  EXPECT_FALSE(HasPath(r2, "PSB-004", "/public_security/icp_number"));
  EXPECT_TRUE(HasPath(r2, "PSB-004", "/public_security/security_officer/id_number"));
  EXPECT_TRUE(HasPath(r2, "SEED-016", "/websites/0/hosting/server_ips"));

  ps["psb_number"] = "浙公网安备33010602011771号";
  json r3 = RunCheck({{"subject", Enterprise("浙江")}, {"public_security", ps}});
  for (const char* id : {"PSB-002", "PSB-003", "PSB-004", "PSB-008", "SEED-016"})
    EXPECT_FALSE(Fires(r3, id)) << id;
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

TEST(CatalogADocuments, GansuDeclarationAndAdviceElsewhere) {
  json subject = {{"type", "individual"}, {"province", "甘肃"}, {"name", "李晓梅"}};
  json site = {{"name", "晓梅的读书笔记"}, {"remarks", "记录读书笔记"}};
  json r = RunCheck({{"subject", subject}, {"websites", {site}}});
  ASSERT_TRUE(Fires(r, "DOC-013"));
  EXPECT_EQ(FindingsOf(r, "DOC-013")[0].value("severity", ""), "warn");
  subject["province"] = "浙江";
  EXPECT_FALSE(Fires(RunCheck({{"subject", subject}, {"websites", {site}}}), "DOC-013"));
  site["features"] = {{"user_registration", true}};
  json r2 = RunCheck({{"subject", subject}, {"websites", {site}}});
  ASSERT_TRUE(Fires(r2, "DOC-013"));
  EXPECT_EQ(FindingsOf(r2, "DOC-013")[0].value("severity", ""), "info");
  subject["type"] = "enterprise";
  EXPECT_FALSE(Fires(RunCheck({{"subject", subject}, {"websites", {site}}}), "DOC-013"));
}

TEST(CatalogADocuments, DomainCertificateThresholds) {
  json subject = {{"type", "enterprise"}, {"province", "山西"}, {"existing_filed_domains", 3}};
  json site = {{"name", "青禾茶叶商城"}, {"domains", {"qinghe-tea.cn"}}};
  json docs = {{"business_license_scan", true}};
  EXPECT_FALSE(Fires(RunCheck({{"subject", subject}, {"websites", {site}}, {"documents", docs}}),
                     "DOC-008"));
  subject["existing_filed_domains"] = 4;
  json r = RunCheck({{"subject", subject}, {"websites", {site}}, {"documents", docs}});
  ASSERT_TRUE(Fires(r, "DOC-008"));
  EXPECT_EQ(FindingsOf(r, "DOC-008")[0].value("path", ""), "/documents/domain_certificate");
  docs["domain_certificate"] = true;
  EXPECT_FALSE(Fires(RunCheck({{"subject", subject}, {"websites", {site}}, {"documents", docs}}),
                     "DOC-008"));
}

TEST(CatalogAHosting, DnsCheckOnlyAfterApproval) {
  json site = {
      {"name", "青禾茶叶商城"}, {"domains", {"qinghe-tea.cn"}}, {"resolved_ips", {"104.21.32.1"}}};
  EXPECT_FALSE(Fires(RunCheck({{"websites", {site}}}), "HST-007"));
  json ps = {{"icp_number", "浙ICP备2024012345号-1"}};
  EXPECT_TRUE(Fires(RunCheck({{"websites", {site}}, {"public_security", ps}}), "HST-007"));
  site["resolved_ips"] = {"104.21.32.1", "47.98.10.21"};
  EXPECT_FALSE(Fires(RunCheck({{"websites", {site}}, {"public_security", ps}}), "HST-007"));
}

TEST(CatalogAPublicSecurity, EnglishFieldLabels) {
  json app = {{"context", {{"locale", "en"}}},
              {"subject", {{"type", "individual"}, {"name", "李晓梅"}}},
              {"public_security", {{"icp_number", "浙ICP备2024012345号-1"}}}};
  json r = RunCheck(app);
  bool found = false;
  for (const auto& f : FindingsOf(r, "PSB-004"))
    if (f.value("path", "") == "/subject/mailing_address") {
      found = true;
      EXPECT_NE(f.value("message", "").find("office address"), std::string::npos);
    }
  EXPECT_TRUE(found);
}

// ---- the worked example ---------------------------------------------------------------------

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

}  // namespace
}  // namespace beian
