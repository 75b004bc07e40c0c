// The DOC-xxx rules (core/rules/doc/): rule ids, severities, paths and arguments of
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

}  // namespace catalog_a_cases

}  // namespace
}  // namespace beian
