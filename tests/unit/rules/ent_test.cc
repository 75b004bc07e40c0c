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
    EXPECT_FALSE(def->reason.In("zh-CN").empty() || def->reason.In("en").empty()) << id;
  }
}

TEST(CatalogB, ShortNamesOfSchoolsAndPublicBodiesAreNotPersonNames) {
  for (const char* name : {"育才中学", "浙江大学", "外交部"}) {
    json app;
    app["subject"] = {{"type", "public_institution"},
                      {"certificate_type", "public_institution_certificate"},
                      {"name", name}};
    EXPECT_FALSE(Fires(RunCheck(app), "ENT-001")) << name;
  }
  // A person's name filed as a company: a question, not a rejection.
  json app;
  app["subject"] = {
      {"type", "enterprise"}, {"certificate_type", "business_license"}, {"name", "王立新"}};
  auto f = FindingsOf(RunCheck(app), "ENT-001");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value("severity", ""), "warn");
  EXPECT_EQ(f[0].value("message_id", ""), "person_name");
  EXPECT_EQ(f[0].value("path", ""), "/subject/name");
  EXPECT_EQ(f[0]["args"].value("name", ""), "王立新");
}

}  // namespace people_cases

namespace geo_cases {
using namespace testing::geo;  // NOLINT

TEST(GeoRules, CrossProvinceEnterprise) {
  json r = RunCheck(App(R"({"subject": {"type": "enterprise", "province": "广东",
      "certificate_number": "91330106673959654P"}})"));
  // The code alone (it never changes when a company moves): a question.
  ASSERT_TRUE(Fires(r, "ENT-006"));
  EXPECT_EQ(SeverityOf(r, "ENT-006"), "warn");
  EXPECT_EQ(FindingsOf(r, "ENT-006")[0].value("message_id", ""), "code_only");
  // Region code never listed: 91339999... (format ok, check char computed by ENT-003's rules is
  // not needed here).
  json unknown = RunCheck(App(R"({"subject": {"type": "enterprise", "province": "浙江",
      "certificate_number": "91339999673959654P"}})"));
  ASSERT_TRUE(Fires(unknown, "ENT-006"));
  EXPECT_EQ(SeverityOf(unknown, "ENT-006"), "warn");
}

TEST(GeoRules, CompanyMovedProvinceKeepsItsCreditCode) {
  // Moved from 浙江 to 上海: the code still starts 9133, the licence address is in 上海.
  json moved = RunCheck(App(R"({"subject": {"type": "enterprise", "province": "上海",
      "name": "上海青禾茶业有限公司", "certificate_type": "business_license",
      "certificate_number": "91330106673959654P",
      "certificate_address": "上海市徐汇区漕溪北路88号1201室"}})"));
  auto f = FindingsOf(moved, "ENT-006");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value("severity", ""), "info");
  EXPECT_EQ(f[0].value("message_id", ""), "moved");
  EXPECT_EQ(f[0].value("path", ""), "/subject/certificate_number");
  EXPECT_EQ(f[0]["args"].value("uscc_province", ""), "浙江省");
  // The registered address in another province still blocks, whatever the code says.
  json elsewhere = RunCheck(App(R"({"subject": {"type": "enterprise", "province": "上海",
      "name": "上海青禾茶业有限公司", "certificate_number": "91310104MA1FR0XXXX",
      "certificate_address": "浙江省杭州市西湖区文三路478号"}})"));
  f = FindingsOf(elsewhere, "ENT-006");
  ASSERT_FALSE(f.empty());
  EXPECT_EQ(f[0].value("severity", ""), "block");
  EXPECT_EQ(f[0].value("message_id", ""), "default");
  EXPECT_EQ(f[0].value("path", ""), "/subject/certificate_address");
  EXPECT_EQ(f[0]["args"].value("found", ""), "浙江省");
  // Code and address both in another province: one block (the address), no code finding.
  json both = RunCheck(App(R"({"subject": {"type": "enterprise", "province": "上海",
      "certificate_number": "91330106673959654P",
      "certificate_address": "浙江省杭州市西湖区文三路478号"}})"));
  f = FindingsOf(both, "ENT-006");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value("path", ""), "/subject/certificate_address");
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

json RegistryApp(const std::string& province, const std::string& registry) {
  json app;
  app["subject"] = {{"province", province},
                    {"type", "enterprise"},
                    {"name", "杭州青禾数码科技有限公司"},
                    {"certificate_type", "business_license"}};
  app["attachments"]["registry_text"] = registry;
  return app;
}

TEST(LicenseRules, ActiveCompanyRegistryPageIsNotBlocked) {
  // 国家企业信用信息公示系统: active, an empty abnormal-list section and a cancelled branch.
  json r = RunCheck(RegistryApp("浙江",
                                "杭州青禾数码科技有限公司\n登记状态：存续（在营、开业、在册）\n"
                                "列入经营异常名录信息 暂无数据\n分支机构信息\n"
                                "杭州青禾数码科技有限公司上城分公司 已注销\n"));
  auto f = FindingsOf(r, "ENT-009");
  ASSERT_EQ(f.size(), 1u) << f.size();
  EXPECT_EQ(f[0].value("severity", ""), "info");
  EXPECT_EQ(f[0].value("message_id", ""), "word_active");
  EXPECT_EQ(f[0].value("path", ""), "/attachments/registry_text");
  EXPECT_EQ(f[0]["args"].value("word", ""), "注销");
  EXPECT_EQ(f[0]["args"].value("status", ""), "存续（在营、开业、在册）");
  EXPECT_NE(f[0]["args"].value("context", "").find("上城分公司"), std::string::npos);
  // 企查查 summary: 经营异常 0 is a count, not a status.
  CheckRules(
      RunCheck(RegistryApp("浙江", "登记状态 存续 成立日期 2019-08-12 经营异常 0 行政处罚 0\n")),
      {{"ENT-009", ""}}, "qichacha");
  // A bare word and no 登记状态: a question.
  f = FindingsOf(RunCheck(RegistryApp("浙江", "杭州青禾数码科技有限公司 已注销\n")), "ENT-009");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value("severity", ""), "warn");
  EXPECT_EQ(f[0].value("message_id", ""), "word");
}

TEST(LicenseRules, AbnormalListEntriesBlockOnlyWhenNotRemoved) {
  const std::string header =
      "登记状态：存续（在营、开业、在册）\n列入经营异常名录信息\n"
      "序号\t列入经营异常名录原因\t列入日期\t作出决定机关（列入）\t移出经营异常名录原因\t"
      "移出日期\t作出决定机关（移出）\n";
  json listed = RunCheck(RegistryApp(
      "广东", header + "1\t未依照规定报送年度报告\t2025年07月01日\t西湖区市场监督管理局\t\t\t\n"));
  auto f = FindingsOf(listed, "ENT-009");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value("severity", ""), "block");
  EXPECT_EQ(f[0].value("message_id", ""), "abnormal_dated");
  EXPECT_EQ(f[0]["args"].value("date", ""), "2025-07-01");
  json removed = RunCheck(RegistryApp(
      "广东", header + "1\t未依照规定报送年度报告\t2024年07月01日\t西湖区市场监督管理局\t"
                       "补报未报年份的年度报告并公示\t2024年09月12日\t西湖区市场监督管理局\n"));
  CheckRules(removed, {{"ENT-009", ""}}, "removed");
  // Key–value layout with a removal date.
  json kv =
      RunCheck(RegistryApp("广东",
                           "登记状态：存续\n列入经营异常名录原因：通过登记的住所无法联系\n"
                           "列入日期：2024-03-01\n移出经营异常名录原因：依法办理住所变更登记\n"
                           "移出日期：2024-06-01\n"));
  CheckRules(kv, {{"ENT-009", ""}}, "kv removed");
  // A bad 登记状态 value blocks.
  f = FindingsOf(RunCheck(RegistryApp("浙江", "登记状态：注销\n")), "ENT-009");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value("severity", ""), "block");
  EXPECT_EQ(f[0].value("message_id", ""), "default");
  EXPECT_EQ(f[0]["args"].value("status", ""), "注销");
}

json ScopeApp(const std::string& province, const std::string& scope) {
  json app;
  app["subject"] = {{"province", province},
                    {"type", "enterprise"},
                    {"name", "深圳青禾科技有限公司"},
                    {"certificate_type", "business_license"},
                    {"business_scope", scope}};
  app["websites"] = json::array({{{"name", "青禾科技官网"}, {"service_types", {"单位门户网站"}}}});
  return app;
}

TEST(LicenseRules, GuangdongFinanceIsAQuestionEvenWhenStated) {
  // The standard general item 以自有资金从事投资活动 is not financial business.
  CheckRules(RunCheck(ScopeApp("广东", "软件开发；信息技术咨询服务；以自有资金从事投资活动")),
             {{"ENT-018", ""}}, "own funds");
  // A financial word in the scope: a question.
  auto f = FindingsOf(RunCheck(ScopeApp("广东", "软件开发；投资管理")), "ENT-018");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value("severity", ""), "warn");
  EXPECT_EQ(f[0].value("message_id", ""), "guangdong");
  EXPECT_EQ(f[0].value("path", ""), "/subject/business_scope");
  EXPECT_EQ(f[0]["args"].value("word", ""), "投资");
  // The form states a payment service: a warning here (the Guangdong text could not be verified);
  // the block for a stated payment service without approval is CNT-001's.
  json app = ScopeApp("广东", "软件开发");
  app["websites"][0]["service_types"] = {"网上支付"};
  json stated = RunCheck(app);
  f = FindingsOf(stated, "ENT-018");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value("severity", ""), "warn");
  EXPECT_EQ(FindingAt(stated, "CNT-001", "/websites/0/service_types/0").value("severity", ""),
            "block");
  EXPECT_EQ(f[0].value("message_id", ""), "guangdong_stated");
  EXPECT_EQ(f[0].value("path", ""), "/websites/0/service_types");
  // A finance 前置审批 stated.
  app = ScopeApp("广东", "软件开发");
  app["websites"][0]["pre_approvals"] = {{{"field", "finance"}}};
  f = FindingsOf(RunCheck(app), "ENT-018");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value("severity", ""), "warn");
  EXPECT_EQ(f[0].value("path", ""), "/websites/0/pre_approvals");
}

TEST(LicenseRules, LicenceAddressRulesAgree) {
  // ENT-010 and SEED-006 share one comparison: same condition, path and arguments.
  json subject = {{"province", "广东"},
                  {"type", "enterprise"},
                  {"name", "深圳蓝鲸跨境电子商务有限公司"},
                  {"certificate_address", "深圳市南山区科苑路15号科兴科学园B栋3单元1808"}};
  json r = RunCheck(LicenseApp("ocr_noisy", subject));
  auto a = FindingsOf(r, "ENT-010"), b = FindingsOf(r, "SEED-006");
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(a[0]["path"], b[0]["path"]);
  EXPECT_EQ(a[0]["args"], b[0]["args"]);
  EXPECT_EQ(a[0]["severity"], b[0]["severity"]);
}

}  // namespace pages_cases

}  // namespace
}  // namespace beian
