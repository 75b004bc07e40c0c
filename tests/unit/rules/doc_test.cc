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
  // Unanswered items: a reminder (warn) per item, not a block.
  json r = RunCheck({{"subject", Enterprise("浙江")}, {"documents", json::object()}});
  EXPECT_TRUE(HasPath(r, "DOC-004", "/documents/business_license_scan"));
  EXPECT_TRUE(HasPath(r, "DOC-004", "/documents/id_card_front_back"));
  ASSERT_EQ(FindingsOf(r, "DOC-004").size(), 2u);
  for (const auto& f : FindingsOf(r, "DOC-004")) EXPECT_EQ(f.value("severity", ""), "warn");
  EXPECT_EQ(FindingsOf(r, "DOC-004")[0].value("message_id", ""), "license_unanswered");
  EXPECT_EQ(FindingsOf(r, "DOC-004")[0]["args"].value("document", ""), "营业执照");
  EXPECT_EQ(FindingsOf(r, "DOC-004")[1].value("message_id", ""), "ids_unanswered");
  // Stated missing: block.
  json docs = {{"business_license_scan", false}, {"id_card_front_back", false}};
  json r2 = RunCheck({{"subject", Enterprise("浙江")}, {"documents", docs}});
  ASSERT_EQ(FindingsOf(r2, "DOC-004").size(), 2u);
  for (const auto& f : FindingsOf(r2, "DOC-004")) EXPECT_EQ(f.value("severity", ""), "block");
  EXPECT_EQ(FindingsOf(r2, "DOC-004")[0].value("message_id", ""), "license");
  EXPECT_EQ(FindingsOf(r2, "DOC-004")[1].value("message_id", ""), "ids");
}

TEST(CatalogADocuments, PersonalChecklist) {
  json subject = {{"type", "individual"}, {"province", "浙江"}, {"name", "李晓梅"}};
  json r = RunCheck({{"subject", subject}, {"documents", json::object()}});
  ASSERT_EQ(FindingsOf(r, "DOC-004").size(), 1u);
  EXPECT_EQ(Paths(r, "DOC-004")[0], "/documents/id_card_front_back");
  EXPECT_EQ(FindingsOf(r, "DOC-004")[0].value("message_id", ""), "personal_id_unanswered");
  EXPECT_EQ(FindingsOf(r, "DOC-004")[0].value("severity", ""), "warn");
  json r2 = RunCheck({{"subject", subject}, {"documents", {{"id_card_front_back", false}}}});
  ASSERT_EQ(FindingsOf(r2, "DOC-004").size(), 1u);
  EXPECT_EQ(FindingsOf(r2, "DOC-004")[0].value("message_id", ""), "personal_id");
  EXPECT_EQ(FindingsOf(r2, "DOC-004")[0].value("severity", ""), "block");
}

TEST(CatalogADocuments, AuthorisationLetters) {
  json subject = Enterprise("江苏");
  subject["principal"]["name"] = "陈静";
  json site = Site("mainland");
  site["responsible_person"] = {{"name", "赵磊"}, {"mobile", "13857104321"}};
  json docs = {{"business_license_scan", true}, {"id_card_front_back", true}};
  json r = RunCheck({{"subject", subject}, {"websites", {site}}, {"documents", docs}});
  EXPECT_TRUE(HasPath(r, "DOC-004", "/documents/principal_authorization_letter"));
  for (const auto& f : FindingsOf(r, "DOC-004")) EXPECT_EQ(f.value("severity", ""), "warn");
  // The website owner's 法人授权书 is PPL-004's finding alone (one problem, one finding): DOC-004
  // never reports it, answered or not.
  EXPECT_FALSE(HasPath(r, "DOC-004", "/documents/site_authorization_letter"));
  EXPECT_EQ(FindingAt(r, "PPL-004", "/websites/0/responsible_person/name").value("severity", ""),
            "warn");
  docs["site_authorization_letter"] = false;
  json stated = RunCheck({{"subject", subject}, {"websites", {site}}, {"documents", docs}});
  EXPECT_FALSE(HasPath(stated, "DOC-004", "/documents/site_authorization_letter"));
  json f = FindingAt(stated, "PPL-004", "/websites/0/responsible_person/name");
  EXPECT_EQ(f.value("severity", ""), "block");
  EXPECT_EQ(f["args"].value("name", ""), "赵磊");
  EXPECT_EQ(f["args"].value("rep", ""), "王立新");
  // 浙江 is not in PPL-004's province list: neither letter is asked for (the principal letter is
  // not the answer there either: PPL-001 applies instead).
  subject["province"] = "浙江";
  json r2 = RunCheck({{"subject", subject}, {"websites", {site}}, {"documents", docs}});
  EXPECT_FALSE(HasPath(r2, "DOC-004", "/documents/principal_authorization_letter"));
  EXPECT_FALSE(Fires(r2, "PPL-004"));
  // …unless the access provider asks for it everywhere (PPL-004's provider list).
  site["hosting"]["access_provider"] = "腾讯云";
  json r3 = RunCheck({{"subject", subject}, {"websites", {site}}, {"documents", docs}});
  EXPECT_TRUE(HasPath(r3, "PPL-004", "/websites/0/responsible_person/name"));
  EXPECT_FALSE(Fires(r3, "DOC-004"));
}

TEST(CatalogADocuments, ProvinceGating) {
  json docs = {{"business_license_scan", true}, {"id_card_front_back", true}};
  json gd = RunCheck({{"subject", Enterprise("广东")}, {"documents", docs}});
  EXPECT_TRUE(Fires(gd, "DOC-005"));
  // The letter is in the checklist but unanswered: a reminder, not a block.
  EXPECT_EQ(FindingsOf(gd, "DOC-005")[0].value("severity", ""), "warn");
  EXPECT_EQ(FindingsOf(gd, "DOC-005")[0].value("message_id", ""), "unanswered");
  EXPECT_FALSE(Fires(gd, "DOC-006"));
  json js = RunCheck({{"subject", Enterprise("江苏")}, {"documents", docs}});
  EXPECT_TRUE(Fires(js, "DOC-006"));
  EXPECT_EQ(FindingsOf(js, "DOC-006")[0].value("severity", ""), "warn");
  EXPECT_EQ(FindingsOf(js, "DOC-006")[0].value("message_id", ""), "unanswered");
  EXPECT_FALSE(Fires(js, "DOC-005"));
  json zj = RunCheck({{"subject", Enterprise("浙江")}, {"documents", docs}});
  EXPECT_FALSE(Fires(zj, "DOC-005"));
  EXPECT_FALSE(Fires(zj, "DOC-006"));
  EXPECT_FALSE(Fires(zj, "DOC-008"));
  json yn = RunCheck({{"subject", Enterprise("云南")}, {"documents", docs}});
  EXPECT_TRUE(Fires(yn, "DOC-008"));
  // SEED-018 lists the domain certificate too: one finding per missing item of its own list.
  EXPECT_TRUE(HasPath(yn, "SEED-018", "/documents/domain_certificate"));
  EXPECT_TRUE(HasPath(zj, "SEED-018", "/documents/domain_certificate"));
}

// Audit rows DOC-005/DOC-006: a 广东 or 江苏 company whose checklist leaves the letter unanswered
// is reminded (warn); a checklist that says the letter is missing still blocks.
TEST(CatalogADocuments, ProvincialLettersBlockOnlyWhenStatedMissing) {
  json docs = {{"business_license_scan", true}, {"id_card_front_back", true}};
  docs["filing_commitment_letter"] = false;
  docs["authenticity_notice"] = false;
  json gd = RunCheck({{"subject", Enterprise("广东")}, {"documents", docs}});
  ASSERT_EQ(FindingsOf(gd, "DOC-005").size(), 1u);
  EXPECT_EQ(FindingsOf(gd, "DOC-005")[0].value("severity", ""), "block");
  EXPECT_EQ(FindingsOf(gd, "DOC-005")[0].value("message_id", ""), "default");
  EXPECT_EQ(FindingsOf(gd, "DOC-005")[0].value("path", ""), "/documents/filing_commitment_letter");
  json js = RunCheck({{"subject", Enterprise("江苏")}, {"documents", docs}});
  ASSERT_EQ(FindingsOf(js, "DOC-006").size(), 1u);
  EXPECT_EQ(FindingsOf(js, "DOC-006")[0].value("severity", ""), "block");
  EXPECT_EQ(FindingsOf(js, "DOC-006")[0].value("path", ""), "/documents/authenticity_notice");
  json person = {{"type", "individual"}, {"province", "广东"}, {"name", "李晓梅"}};
  json p = RunCheck({{"subject", person}, {"documents", {{"id_card_front_back", true}}}});
  ASSERT_EQ(FindingsOf(p, "DOC-005").size(), 1u);
  EXPECT_EQ(FindingsOf(p, "DOC-005")[0].value("message_id", ""), "personal_unanswered");
  EXPECT_EQ(FindingsOf(p, "DOC-005")[0].value("severity", ""), "warn");
  docs["filing_commitment_letter"] = true;
  docs["authenticity_notice"] = true;
  EXPECT_FALSE(Fires(RunCheck({{"subject", Enterprise("广东")}, {"documents", docs}}), "DOC-005"));
  EXPECT_FALSE(Fires(RunCheck({{"subject", Enterprise("江苏")}, {"documents", docs}}), "DOC-006"));
}

TEST(CatalogADocuments, HubeiEcommerceStatement) {
  json subject = Enterprise("湖北");
  subject["business_scope"] = "茶叶销售；电子商务";
  json r = RunCheck({{"subject", subject}});
  ASSERT_EQ(FindingsOf(r, "DOC-012").size(), 1u);
  EXPECT_EQ(Paths(r, "DOC-012")[0], "/subject/business_scope");
  EXPECT_EQ(FindingsOf(r, "DOC-012")[0].value("severity", ""), "warn");
  EXPECT_EQ(FindingsOf(r, "DOC-012")[0].value("message_id", ""), "wording");
  EXPECT_EQ(FindingsOf(r, "DOC-012")[0]["args"].value("word", ""), "电子商务");
  EXPECT_EQ(FindingsOf(r, "DOC-012")[0]["args"].value("context", ""), "茶叶销售；电子商务");
  subject["province"] = "浙江";
  EXPECT_FALSE(Fires(RunCheck({{"subject", subject}}), "DOC-012"));
}

// Audit row DOC-012: a 湖北 "…贸易有限公司" with a plain portal is asked about the statement
// (warn), a remark saying the site does not sell online is no finding, and only a form that
// states selling with the statement stated missing blocks.
TEST(CatalogADocuments, HubeiEcommerceBlocksOnlyStatedSelling) {
  json subject = Enterprise("湖北");
  subject["name"] = "武汉青禾茶叶贸易有限公司";
  subject["business_scope"] = "茶叶批发";
  json site = Site("mainland");
  site["name"] = "青禾茶叶官网";
  site["service_types"] = {"单位门户网站"};
  json trade = RunCheck({{"subject", subject}, {"websites", {site}}});
  ASSERT_EQ(FindingsOf(trade, "DOC-012").size(), 1u);
  EXPECT_EQ(FindingsOf(trade, "DOC-012")[0].value("path", ""), "/subject/name");
  EXPECT_EQ(FindingsOf(trade, "DOC-012")[0].value("severity", ""), "warn");
  EXPECT_EQ(FindingsOf(trade, "DOC-012")[0].value("message_id", ""), "wording");
  EXPECT_EQ(FindingsOf(trade, "DOC-012")[0]["args"].value("word", ""), "贸易");

  subject["name"] = "武汉青禾茶业有限公司";
  site["remarks"] = "青禾茶叶公司官网，介绍公司和产品，不涉及网上销售和电子商务。";
  EXPECT_FALSE(Fires(RunCheck({{"subject", subject}, {"websites", {site}}}), "DOC-012"));

  // Stated selling, statement unanswered → warn; stated missing → block; ready → nothing.
  site["service_types"] = {"单位门户网站", "网络购物"};
  json docs = {{"business_license_scan", true}};
  json unanswered = RunCheck({{"subject", subject}, {"websites", {site}}, {"documents", docs}});
  ASSERT_EQ(FindingsOf(unanswered, "DOC-012").size(), 1u);
  EXPECT_EQ(FindingsOf(unanswered, "DOC-012")[0].value("path", ""), "/websites/0/service_types/1");
  EXPECT_EQ(FindingsOf(unanswered, "DOC-012")[0].value("severity", ""), "warn");
  EXPECT_EQ(FindingsOf(unanswered, "DOC-012")[0].value("message_id", ""), "unanswered");
  EXPECT_EQ(FindingsOf(unanswered, "DOC-012")[0]["args"].value("site", ""), "青禾茶叶官网");
  docs["ecommerce_statement"] = false;
  json missing = RunCheck({{"subject", subject}, {"websites", {site}}, {"documents", docs}});
  ASSERT_EQ(FindingsOf(missing, "DOC-012").size(), 1u);
  EXPECT_EQ(FindingsOf(missing, "DOC-012")[0].value("severity", ""), "block");
  EXPECT_EQ(FindingsOf(missing, "DOC-012")[0].value("message_id", ""), "default");
  site["service_types"] = {"单位门户网站"};
  site["features"] = {{"third_party_merchants", true}};
  json merchants = RunCheck({{"subject", subject}, {"websites", {site}}, {"documents", docs}});
  ASSERT_EQ(FindingsOf(merchants, "DOC-012").size(), 1u);
  EXPECT_EQ(FindingsOf(merchants, "DOC-012")[0].value("path", ""),
            "/websites/0/features/third_party_merchants");
  EXPECT_EQ(FindingsOf(merchants, "DOC-012")[0].value("severity", ""), "block");
  docs["ecommerce_statement"] = true;
  EXPECT_FALSE(Fires(RunCheck({{"subject", subject}, {"websites", {site}}, {"documents", docs}}),
                     "DOC-012"));
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
  EXPECT_EQ(FindingsOf(r, "DOC-014")[0].value("message_id", ""), "hubei");
  EXPECT_EQ(FindingsOf(r, "DOC-014")[0].value("severity", ""), "warn");
  // The confidence follows the variant's source: the 湖北 rule is official (V), the general
  // advice rests on one blog (1).
  EXPECT_EQ(FindingsOf(r, "DOC-014")[0].value("confidence", ""), "V");
  site["remarks"] = "卖茶叶";
  json r2 = RunCheck({{"subject", Enterprise("浙江")}, {"websites", {site}}});
  ASSERT_EQ(FindingsOf(r2, "DOC-014").size(), 1u);
  EXPECT_EQ(FindingsOf(r2, "DOC-014")[0].value("evidence", ""), "卖茶叶");
  EXPECT_EQ(FindingsOf(r2, "DOC-014")[0].value("severity", ""), "info");
  EXPECT_EQ(FindingsOf(r2, "DOC-014")[0].value("confidence", ""), "1");
}

// The suggested remarks are made of the seller's own site and subject, never another company's.
TEST(CatalogADocuments, SuggestedRemarksUseTheSellersOwnData) {
  json site = Site("mainland");
  site["name"] = "松风书画";
  site["service_types"] = {"单位门户网站"};
  site["service_content"] = "展示书画作品和培训课程。";
  json subject = Enterprise("浙江");
  subject["name"] = "杭州松风文化有限公司";
  json r = RunCheck({{"subject", subject}, {"websites", {site}}});
  ASSERT_EQ(FindingsOf(r, "DOC-014").size(), 1u);
  std::string fix = FindingsOf(r, "DOC-014")[0].value("fix", "");
  EXPECT_EQ(fix, "例如：“松风书画是杭州松风文化有限公司的单位门户网站，展示书画作品和培训课程。”");
  EXPECT_EQ(fix.find("青禾"), std::string::npos);
  // Nothing typed yet: the pack's neutral words.
  json bare = RunCheck({{"subject", {{"type", "individual"}}}, {"websites", {json::object()}}});
  ASSERT_EQ(FindingsOf(bare, "DOC-014").size(), 1u);
  fix = FindingsOf(bare, "DOC-014")[0].value("fix", "");
  EXPECT_NE(fix.find("本网站是本人的网站"), std::string::npos) << fix;
  json en = RunCheck({{"subject", subject}, {"websites", {site}}}, nullptr, "en");
  EXPECT_EQ(FindingsOf(en, "DOC-014")[0].value("fix", ""),
            "For example: \"松风书画 is the 单位门户网站 of 杭州松风文化有限公司: "
            "展示书画作品和培训课程.\"");
}

// Issue: empty remarks warned everywhere; only 湖北's rule is official, elsewhere one blog → info.
TEST(CatalogADocuments, EmptyRemarksOutsideHubeiAreInfo) {
  json site = Site("mainland");
  json zj = RunCheck({{"subject", Enterprise("浙江")}, {"websites", {site}}});
  ASSERT_EQ(FindingsOf(zj, "DOC-014").size(), 1u);
  EXPECT_EQ(FindingsOf(zj, "DOC-014")[0].value("path", ""), "/websites/0/remarks");
  EXPECT_EQ(FindingsOf(zj, "DOC-014")[0].value("severity", ""), "info");
  EXPECT_EQ(FindingsOf(zj, "DOC-014")[0].value("message_id", ""), "default");
  // 湖北 with a plain portal: the official rule does not apply, also info.
  site["service_types"] = {"单位门户网站"};
  json hb = RunCheck({{"subject", Enterprise("湖北")}, {"websites", {site}}});
  ASSERT_EQ(FindingsOf(hb, "DOC-014").size(), 1u);
  EXPECT_EQ(FindingsOf(hb, "DOC-014")[0].value("severity", ""), "info");
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
  // an uploaded certificate is one the seller has, ticked or not (SEED-018 likewise); an empty
  // upload is not
  docs.erase("domain_certificate");
  json certs = {{"domain_certificates", {{{"text", "域名：qinghe-tea.cn\n域名持有者：青禾\n"}}}}};
  json with = RunCheck(
      {{"subject", subject}, {"websites", {site}}, {"documents", docs}, {"attachments", certs}});
  EXPECT_FALSE(Fires(with, "DOC-008"));
  EXPECT_FALSE(HasPath(with, "SEED-018", "/documents/domain_certificate"));
  certs["domain_certificates"][0]["text"] = "  ";
  EXPECT_TRUE(Fires(RunCheck({{"subject", subject},
                              {"websites", {site}},
                              {"documents", docs},
                              {"attachments", certs}}),
                    "DOC-008"));
}

}  // namespace catalog_a_cases

}  // namespace
}  // namespace beian
