// The ENT-xxx rules (core/rules/ent/): rule ids, severities, paths and arguments of
// their findings on small applications; never rendered text.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "core/check.h"
#include "core/json.h"
#include "tests/unit/rules/geo_apps.h"
#include "tests/unit/rules/pages_apps.h"
#include "tests/unit/rules/people_apps.h"

namespace beian {
namespace {

namespace people_cases {
using namespace testing::people;  // NOLINT

TEST(CatalogB, SubjectTypeCertificateAndName) {
  json app;
  app["subject"] = {{"type", "individual"},
                    {"certificate_type", "resident_id"},
                    {"name", "杭州青禾茶业有限公司"}};
  auto f = FindingsOf(RunCheck(app), "ENT-001");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value("path", ""), "/subject/type");
  app["subject"]["certificate_type"] = "business_license";
  f = FindingsOf(RunCheck(app), "ENT-001");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value("path", ""), "/subject/certificate_type");
  app["subject"]["type"] = "enterprise";
  EXPECT_FALSE(Fires(RunCheck(app), "ENT-001"));
  // An enterprise that enters a resident-ID number as certificate number.
  app["subject"]["certificate_number"] = "330106198503172012";
  f = FindingsOf(RunCheck(app), "ENT-001");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value("path", ""), "/subject/certificate_number");
  EXPECT_EQ(f[0].value("evidence", ""), "330106**********12");
}

TEST(CatalogB, OldStyleGivenNamesAreNotOrganisationNames) {
  // 建社 (1950s given name) must not read as …社 (an organisation).
  json app = Individual("河南", Person("李建社", Id("410102", "19580301", "003")));
  EXPECT_FALSE(Fires(RunCheck(app), "ENT-001"));
}

TEST(CatalogB, SoleProprietorHandlingPerProvince) {
  json app;
  app["subject"] = {
      {"type", "sole_proprietor"}, {"name", "张建国"}, {"legal_representative_name", "张建国"}};
  for (const char* p : {"湖北", "安徽", "浙江", "河北", "海南", "广东", "山东"}) {
    app["subject"]["province"] = p;
    EXPECT_TRUE(Fires(RunCheck(app), "ENT-012")) << p;
  }
  app["subject"]["province"] = "北京";
  EXPECT_FALSE(Fires(RunCheck(app), "ENT-012"));
  app["subject"]["province"] = "湖北";
  app["subject"]["remarks"] = "个体工商户，营业执照无字号";
  EXPECT_FALSE(Fires(RunCheck(app), "ENT-012"));
  // With a trade name Zhejiang only reminds about the seal (info).
  app["subject"]["province"] = "浙江";
  app["subject"]["name"] = "杭州西湖区建国茶叶店";
  EXPECT_EQ(SeverityOf(RunCheck(app), "ENT-012"), "info");
}

TEST(CatalogB, GovernmentDomainSuffixes) {
  json app;
  app["subject"] = {{"type", "government"}, {"name", "杭州市西湖区人民政府"}};
  app["websites"] =
      json::array({{{"name", "西湖区人民政府"}, {"domains", {"www.hzxh.gov.cn", "xihu.cn"}}}});
  auto f = FindingsOf(RunCheck(app), "ENT-024");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value("path", ""), "/websites/0/domains/1");
  app["subject"]["province"] = "江西";
  f = FindingsOf(RunCheck(app), "ENT-024");
  EXPECT_EQ(f.size(), 2u);  // plus the 编办 approval note
}

TEST(CatalogB, SchemaExtensionsAreAcceptedNotReportedAsUnknown) {
  json app = Company("浙江", "王立新", Person("王立新", "330106198503172012"));
  app["subject"]["provider_account_other_subject"] = true;
  app["subject"]["other_orders_in_progress"] = 2;
  app["subject"]["previous_type"] = "individual";
  app["subject"]["principal"]["serves_other_subjects"] = false;
  app["subject"]["principal"]["mobile_used_by_other_subjects"] = false;
  json report = RunCheck(app);
  EXPECT_FALSE(Fires(report, "INPUT-001")) << report["findings"].dump(1);
  EXPECT_EQ(SeverityOf(report, "ENT-014"), "block");
  EXPECT_EQ(SeverityOf(report, "ENT-015"), "block");
  EXPECT_EQ(SeverityOf(report, "ENT-023"), "info");
}

TEST(CatalogB, GuidanceRulesAreListedButNotRun) {
  for (const char* id : {"ENT-016", "CON-008"}) {
    const RuleDef* def = RulePack::Builtin().Find(id);
    ASSERT_NE(def, nullptr) << id;
    EXPECT_FALSE(def->evaluated) << id;
    EXPECT_FALSE(def->reason.zh.empty() || def->reason.en.empty()) << id;
  }
}

}  // namespace people_cases

namespace geo_cases {
using namespace testing::geo;  // NOLINT

TEST(GeoRules, CrossProvinceEnterprise) {
  json r = RunCheck(App(R"({"subject": {"type": "enterprise", "province": "广东",
      "certificate_number": "91330106673959654P"}})"));
  ASSERT_TRUE(Fires(r, "ENT-006"));
  EXPECT_EQ(SeverityOf(r, "ENT-006"), "block");
  // Region code never listed: 91339999... (format ok, check char computed by ENT-003's rules is
  // not needed here).
  json unknown = RunCheck(App(R"({"subject": {"type": "enterprise", "province": "浙江",
      "certificate_number": "91339999673959654P"}})"));
  ASSERT_TRUE(Fires(unknown, "ENT-006"));
  EXPECT_EQ(SeverityOf(unknown, "ENT-006"), "warn");
}

}  // namespace geo_cases

namespace pages_cases {
using namespace testing::pages;  // NOLINT

TEST(LicenseRules, CleanLicenceMatchesForm) {
  json subject = {{"province", "浙江"},
                  {"type", "enterprise"},
                  {"name", "杭州青禾数码科技有限公司"},
                  {"certificate_address", "浙江省杭州市西湖区文三路478号华星时代广场A座1203室"},
                  {"principal", {{"name", "陈青禾"}}}};
  json app = LicenseApp("clean_company", subject);
  json r = RunCheck(app);
  CheckRules(r,
             {{"ENT-007", ""},
              {"ENT-009", ""},
              {"ENT-010", ""},
              {"ENT-011", ""},
              {"PPL-001", ""},
              {"SEED-005", ""},
              {"SEED-006", ""}},
             "clean");
  const json* lic = At(r, "/facts/license");
  ASSERT_NE(lic, nullptr);
  EXPECT_EQ(lic->value("credit_code", ""), "91330106MA2H3K7Q4Q");
  EXPECT_EQ(lic->value("valid_until", ""), "长期");
}

TEST(LicenseRules, MismatchesPointIntoTheLicence) {
  json subject = {{"province", "广东"},
                  {"type", "enterprise"},
                  {"name", "深圳蓝鲸跨境电子商务有限公司"},
                  {"certificate_address", "深圳市南山区科苑路15号科兴科学园B栋3单元1808"},
                  {"principal", {{"name", "林海"}}}};
  json app = LicenseApp("ocr_noisy", subject);
  json r = RunCheck(app);
  CheckRules(r,
             {{"ENT-007", "block"},
              {"ENT-010", "block"},
              {"SEED-006", "block"},
              {"PPL-001", "block"},
              {"ENT-018", ""}},
             "ocr_noisy");
  auto fs = FindingsOf(r, "ENT-007");
  ASSERT_FALSE(fs.empty());
  EXPECT_EQ(SpanText(app, fs[0]), "深圳市蓝鲸跨境电子商务有限公司");
  fs = FindingsOf(r, "PPL-001");
  ASSERT_FALSE(fs.empty());
  EXPECT_EQ(SpanText(app, fs[0]), "林海生");
}

TEST(LicenseRules, StatusOldLicenceValidity) {
  json r = RunCheck(LicenseApp("revoked", {{"province", "江苏"}, {"type", "enterprise"}}));
  CheckRules(r, {{"ENT-009", "block"}}, "revoked");
  auto fs = FindingsOf(r, "ENT-009");
  ASSERT_FALSE(fs.empty());
  EXPECT_EQ(fs[0].value("path", ""), "/attachments/registry_text");
  CheckRules(RunCheck(LicenseApp("abnormal_list", {{"province", "湖北"}, {"type", "enterprise"}})),
             {{"ENT-009", "block"}}, "abnormal");
  CheckRules(RunCheck(LicenseApp("old_15_digit", {{"province", "湖北"}, {"type", "enterprise"}})),
             {{"ENT-011", "warn"}}, "old");
  CheckRules(
      RunCheck(LicenseApp("expiring_branch", {{"province", "山东"}, {"type", "enterprise"}})),
      {{"SEED-005", "warn"}, {"ENT-019", "warn"}}, "expiring");
  json late = LicenseApp("expiring_branch", {{"province", "山东"}, {"type", "enterprise"}});
  late["context"] = {{"today", "2027-04-01"}};
  CheckRules(RunCheck(late), {{"SEED-005", "block"}}, "expired");
}

TEST(LicenseRules, NegatedFinanceWordsDoNotCount) {
  // 经营范围 says "不得从事…金融业务": not a financial business.
  json r = RunCheck(LicenseApp("ocr_noisy", {{"province", "广东"}, {"type", "enterprise"}}));
  CheckRules(r, {{"ENT-018", ""}}, "negated");
}

}  // namespace pages_cases

}  // namespace
}  // namespace beian
