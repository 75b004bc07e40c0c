// The PPL-xxx rules (core/rules/ppl/): rule ids, severities, paths and arguments of
// their findings on small applications; never rendered text.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "core/check.h"
#include "core/json.h"
#include "tests/unit/rules/geo_apps.h"
#include "tests/unit/rules/people_apps.h"

namespace beian {
namespace {

using testing::FindingsOf;
using testing::Fires;
using testing::RunCheck;

namespace people_cases {
using namespace testing::people;  // NOLINT

TEST(CatalogB, HebeiPersonalUnder18BlockedOnTheDayBefore18thBirthday) {
  // Born 2008-11-29: turns 18 tomorrow.
  json app = Individual("河北", Person("张子轩", Id("130102", "20081129", "002")));
  json report = RunCheck(app);
  ASSERT_TRUE(Fires(report, "PPL-007"));
  auto f = FindingsOf(report, "PPL-007")[0];
  EXPECT_EQ(f.value("severity", ""), "block");
  EXPECT_EQ(f.value("path", ""), "/subject/principal/id_number");
  // Evidence carries the masked number: first 6 and last 2 kept.
  std::string ev = f.value("evidence", "");
  EXPECT_EQ(ev.substr(0, 6), "130102");
  EXPECT_EQ(ev.find("20081129"), std::string::npos);
}

TEST(CatalogB, AgeFromTheFilersCertificateWhenNoPrincipalGiven) {
  json app = Individual("河北", Person("张子轩", Id("130102", "20100512", "002")));
  app["subject"].erase("principal");
  auto f = FindingsOf(RunCheck(app), "PPL-007");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value("path", ""), "/subject/certificate_number");
}

TEST(CatalogB, HebeiPersonalTurning18TodayPasses) {
  json app = Individual("河北", Person("张子轩", Id("130102", "20081128", "002")));
  EXPECT_FALSE(Fires(RunCheck(app), "PPL-007"));
}

TEST(CatalogB, JiangsuUnder16BlocksAnd16To17NeedsProof) {
  json r15 = RunCheck(Individual("江苏", Person("周雨桐", Id("320106", "20110601", "002"))));
  EXPECT_EQ(SeverityOf(r15, "PPL-007"), "block");
  json r16 = RunCheck(Individual("江苏", Person("周雨桐", Id("320106", "20100601", "002"))));
  EXPECT_EQ(SeverityOf(r16, "PPL-007"), "warn");
  json r17 = RunCheck(Individual("江苏", Person("周雨桐", Id("320106", "20090601", "002"))));
  EXPECT_EQ(SeverityOf(r17, "PPL-007"), "warn");
  json r18 = RunCheck(Individual("江苏", Person("周雨桐", Id("320106", "20080601", "002"))));
  EXPECT_FALSE(Fires(r18, "PPL-007"));
}

TEST(CatalogB, ShandongSeventeenIsSourcesDifferNotBlock) {
  json r16 = RunCheck(Individual("山东", Person("刘一鸣", Id("370202", "20100601", "001"))));
  EXPECT_EQ(SeverityOf(r16, "PPL-007"), "block");
  json r17 = RunCheck(Individual("山东", Person("刘一鸣", Id("370202", "20090601", "001"))));
  EXPECT_EQ(SeverityOf(r17, "PPL-007"), "warn");
}

TEST(CatalogB, FujianFourteenIsTheLimitForEnterpriseRoles) {
  json adult = Person("林志强", Id("350102", "19800101", "001"));
  json r13 =
      RunCheck(Company("福建", "林志强", adult, Person("林小溪", Id("350102", "20130601", "002"))));
  auto f = FindingsOf(r13, "PPL-007");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value("path", ""), "/websites/0/responsible_person/id_number");
  EXPECT_EQ(f[0].value("severity", ""), "block");
  json r14 =
      RunCheck(Company("福建", "林志强", adult, Person("林小溪", Id("350102", "20120601", "002"))));
  EXPECT_FALSE(Fires(r14, "PPL-007"));
}

TEST(CatalogB, TianjinEnterpriseLegalRep17NeedsProofWebsiteOwner17Blocked) {
  json rep17 = Person("孙小强", Id("120101", "20090601", "003"));
  json site17 = Person("刘小兰", Id("120101", "20090701", "004"));
  json report = RunCheck(Company("天津", "孙小强", rep17, site17));
  auto f = FindingsOf(report, "PPL-007");
  ASSERT_EQ(f.size(), 2u);
  for (const auto& x : f) {
    if (x.value("path", "") == "/subject/principal/id_number")
      EXPECT_EQ(x.value("severity", ""), "warn");
    if (x.value("path", "") == "/websites/0/responsible_person/id_number")
      EXPECT_EQ(x.value("severity", ""), "block");
  }
}

TEST(CatalogB, YunnanMinorNeedsProofUnlessLegalRep) {
  json minor = Person("段小云", Id("530102", "20090601", "002"));
  json adult = Person("段建国", Id("530102", "19750601", "001"));
  EXPECT_EQ(SeverityOf(RunCheck(Company("云南", "段建国", adult, minor)), "PPL-007"), "warn");
  EXPECT_FALSE(Fires(RunCheck(Company("云南", "段小云", minor)), "PPL-007"));
}

TEST(CatalogB, AgeRuleIsGatedByProvince) {
  json app = Individual("浙江", Person("张子轩", Id("330106", "20100512", "002")));
  EXPECT_FALSE(Fires(RunCheck(app), "PPL-007"));
  app["subject"].erase("province");
  EXPECT_FALSE(Fires(RunCheck(app), "PPL-007"));
}

TEST(CatalogB, TianjinRetirementAgeBySex) {
  json rep = Person("孙国强", Id("120101", "19800301", "003"));
  // Woman (odd/even of the 17th digit: 4 = female) turning 55 today.
  json woman55 = Person("刘秀兰", Id("120101", "19711128", "004"));
  json woman54 = Person("刘秀兰", Id("120101", "19711129", "004"));
  json man59 = Person("赵卫东", Id("120101", "19670301", "003"));
  EXPECT_TRUE(Fires(RunCheck(Company("天津", "孙国强", rep, woman55)), "PPL-008"));
  EXPECT_FALSE(Fires(RunCheck(Company("天津", "孙国强", rep, woman54)), "PPL-008"));
  EXPECT_FALSE(Fires(RunCheck(Company("天津", "孙国强", rep, man59)), "PPL-008"));
  // Confidence 1: never block.
  EXPECT_EQ(SeverityOf(RunCheck(Company("天津", "孙国强", rep, woman55)), "PPL-008"), "warn");
  EXPECT_FALSE(Fires(RunCheck(Company("北京", "孙国强", rep, woman55)), "PPL-008"));
}

TEST(CatalogB, IdExpiryExactlyNinetyDaysBlocks) {
  // 2026-11-28 + 90 days = 2027-02-26.
  json report = RunCheck(WithExpiry("2027-02-26"));
  ASSERT_TRUE(Fires(report, "PPL-013"));
  auto f = FindingsOf(report, "PPL-013")[0];
  EXPECT_EQ(f.value("severity", ""), "block");
  EXPECT_EQ(f.value("path", ""), "/subject/principal/id_valid_until");
  EXPECT_EQ(f.value("evidence", ""), "2027-02-26");
}

TEST(CatalogB, SamePersonInTwoRolesIsReportedOnce) {
  json p = Person("李晓梅", "330102199008223029");
  p["id_valid_until"] = "2027-01-15";
  json report = RunCheck(Company("浙江", "王立新", p, p));
  auto f = FindingsOf(report, "PPL-013");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value("path", ""), "/subject/principal/id_valid_until");
  json minor = Person("林小溪", Id("350102", "20130601", "002"));
  EXPECT_EQ(FindingsOf(RunCheck(Company("福建", "林小溪", minor, minor)), "PPL-007").size(), 1u);
}

TEST(CatalogB, IdExpiryNinetyOneDaysPasses) {
  EXPECT_FALSE(Fires(RunCheck(WithExpiry("2027-02-27")), "PPL-013"));
  EXPECT_FALSE(Fires(RunCheck(WithExpiry("2027.02.27")), "PPL-013"));
  EXPECT_FALSE(Fires(RunCheck(WithExpiry("2027年2月27日")), "PPL-013"));
}

TEST(CatalogB, IdExpiredYesterdayBlocks) {
  json report = RunCheck(WithExpiry("2026-11-27"));
  EXPECT_EQ(SeverityOf(report, "PPL-013"), "block");
}

TEST(CatalogB, IdExpiryUnreadableOrImplausibleLongTermWarns) {
  EXPECT_EQ(SeverityOf(RunCheck(WithExpiry("明年三月")), "PPL-013"), "warn");
  // 长期 for someone aged 41 (born 1985): long-term cards start at 46.
  EXPECT_EQ(SeverityOf(RunCheck(WithExpiry("长期")), "PPL-013"), "warn");
  json p = Person("孙国强", Id("120101", "19650301", "003"));
  p["id_valid_until"] = "长期";
  EXPECT_FALSE(Fires(RunCheck(Company("浙江", "孙国强", p)), "PPL-013"));
}

TEST(CatalogB, IdExpiryHonoursContextToday) {
  json app = WithExpiry("2027-02-27");
  app["context"] = {{"today", "2026-11-29"}};
  EXPECT_TRUE(Fires(RunCheck(app), "PPL-013"));
}

TEST(CatalogB, TemporaryIdOnlyInInnerMongoliaAndHainan) {
  json p = Person("吴海峰", Id("460106", "19920815", "003"));
  p["id_type"] = "temporary_resident_id";
  EXPECT_TRUE(Fires(RunCheck(Company("海南", "吴海峰", p)), "PPL-012"));
  EXPECT_TRUE(Fires(RunCheck(Company("内蒙古", "吴海峰", p)), "PPL-012"));
  EXPECT_TRUE(Fires(RunCheck(Company("15", "吴海峰", p)), "PPL-012"));
  EXPECT_FALSE(Fires(RunCheck(Company("浙江", "吴海峰", p)), "PPL-012"));
}

TEST(CatalogB, WebsiteOwnerInOtherFilingsShandongVsTianjin) {
  json rep = Person("于海波", Id("370202", "19880415", "301"));
  json site = Person("刘洋", Id("370202", "19910203", "301"));
  site["serves_other_subjects"] = true;
  EXPECT_TRUE(Fires(RunCheck(Company("山东", "于海波", rep, site)), "PPL-018"));
  json tj = RunCheck(Company("天津", "于海波", rep, site));
  EXPECT_FALSE(Fires(tj, "PPL-018"));
  EXPECT_TRUE(Fires(tj, "PPL-019"));
}

TEST(CatalogB, PrincipalLetterByProvince) {
  json rep = Person("王立新", "330106198503172012");
  json other = Person("李晓梅", Id("330102", "19900822", "302"));
  json js = Company("江苏", "王立新", other);
  EXPECT_TRUE(Fires(RunCheck(js), "PPL-002"));
  js["documents"] = {{"principal_authorization_letter", true}};
  EXPECT_FALSE(Fires(RunCheck(js), "PPL-002"));
  // Not gated in for Zhejiang (PPL-001 territory), and silent when the principal is the rep.
  EXPECT_FALSE(Fires(RunCheck(Company("浙江", "王立新", other)), "PPL-002"));
  EXPECT_FALSE(Fires(RunCheck(Company("江苏", "王立新", rep)), "PPL-002"));
}

TEST(CatalogB, SiteLetterProvinceOrTencent) {
  json rep = Person("王立新", "330106198503172012");
  json other = Person("李晓梅", Id("330102", "19900822", "302"));
  json sh = Company("上海", "王立新", rep, other);
  EXPECT_EQ(SeverityOf(RunCheck(sh), "PPL-004"), "warn");  // documents unknown
  sh["documents"] = {{"site_authorization_letter", false}};
  EXPECT_EQ(SeverityOf(RunCheck(sh), "PPL-004"), "block");
  json zj = Company("浙江", "王立新", rep, other);
  EXPECT_FALSE(Fires(RunCheck(zj), "PPL-004"));
  zj["websites"][0]["hosting"] = {{"access_provider", "腾讯云"}};
  EXPECT_TRUE(Fires(RunCheck(zj), "PPL-004"));
}

TEST(CatalogB, IdCardTextComparedWithTheRightPerson) {
  json rep = Person("王立新", "330106198503172012");
  json site = Person("李晓梅", "330102199008223029");
  json app = Company("浙江", "王立新", rep, site);
  // OCR noise: full-width colon, spaces inside the number; the card is the website owner's.
  std::string card =
      "姓名：李晓梅 性别 女 民族 汉\n出生 1990年8月22日\n公民身份号码 3301 0219 9008 2230 29";
  app["attachments"] = {
      {"id_card_texts", {{{"person", "/websites/0/responsible_person"}, {"text", card}}}}};
  EXPECT_FALSE(Fires(RunCheck(app), "PPL-016"));
  app["websites"][0]["responsible_person"]["id_number"] = Id("330102", "19900822", "312");
  auto f = FindingsOf(RunCheck(app), "PPL-016");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value("path", ""), "/websites/0/responsible_person/id_number");
  EXPECT_EQ(f[0].value("evidence", ""), "330102**********29");
  // Without a person pointer the card is the principal's: another person's card, one finding.
  app["attachments"]["id_card_texts"][0].erase("person");
  f = FindingsOf(RunCheck(app), "PPL-016");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value("path", ""), "/subject/principal");
}

}  // namespace people_cases

namespace geo_cases {
using namespace testing::geo;  // NOLINT

TEST(GeoRules, CrossProvincePersonalFiling) {
  const char* id = "110105198506150014";  // Beijing
  auto run = [&](const std::string& province, const std::string& permit) {
    json app = {
        {"subject",
         {{"type", "individual"},
          {"province", province},
          {"name", "林晓"},
          {"principal", {{"name", "林晓"}, {"id_type", "resident_id"}, {"id_number", id}}}}}};
    if (!permit.empty()) app["subject"]["principal"]["residence_permit_province"] = permit;
    return RunCheck(app);
  };
  // The number alone (it never changes after a move): a question even where not allowed.
  EXPECT_EQ(SeverityOf(run("甘肃", ""), "PPL-017"), "warn");
  EXPECT_EQ(FindingsOf(run("甘肃", ""), "PPL-017")[0].value("message_id", ""),
            "not_allowed_number");
  EXPECT_EQ(SeverityOf(run("浙江", ""), "PPL-017"), "warn");
  EXPECT_FALSE(Fires(run("浙江", "浙江"), "PPL-017"));
  EXPECT_FALSE(Fires(run("天津", ""), "PPL-017"));
  EXPECT_FALSE(Fires(run("北京", ""), "PPL-017"));
  EXPECT_EQ(SeverityOf(run("河北", ""), "PPL-017"), "warn");  // not listed: ask the provider
  json r = run("上海", "");
  ASSERT_TRUE(Fires(r, "PPL-017"));
  EXPECT_NE(FindingsOf(r, "PPL-017")[0]["message"].get<std::string>().find("学生证"),
            std::string::npos);
  // The ID number is masked in the message.
  EXPECT_EQ(FindingsOf(r, "PPL-017")[0]["message"].get<std::string>().find(id), std::string::npos);
}

TEST(GeoRules, CrossProvincePersonalFilingDecidedByTheIdAddress) {
  // Hukou moved to 广西: the number starts 43 (湖南), the ID card's address is in 南宁.
  std::string id = testing::people::Id("430102", "19850615", "001");
  json app = {{"subject",
               {{"type", "individual"},
                {"province", "广西"},
                {"name", "林晓"},
                {"certificate_type", "resident_id"},
                {"certificate_number", id},
                {"certificate_address", "广西壮族自治区南宁市青秀区民族大道100号"}}}};
  EXPECT_FALSE(Fires(RunCheck(app), "PPL-017"));
  // The ID address in another province: not allowed in 广西 → block, at the address.
  app["subject"]["certificate_address"] = "湖南省长沙市芙蓉区五一大道1号";
  auto f = FindingsOf(RunCheck(app), "PPL-017");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value("severity", ""), "block");
  EXPECT_EQ(f[0].value("message_id", ""), "not_allowed");
  EXPECT_EQ(f[0].value("path", ""), "/subject/certificate_address");
  EXPECT_EQ(f[0]["args"].value("id_province", ""), "湖南省");
  EXPECT_EQ(f[0]["args"].value("province", ""), "广西壮族自治区");
}

}  // namespace geo_cases

namespace people_cases {
using namespace testing::people;  // NOLINT

TEST(CatalogB, ForeignLegalRepWithAuthorisedMainlandPrincipal) {
  // 山东: legal representative JOHN SMITH, principal 李娜 with a mainland ID (PPL-009's case).
  json app = Company("山东", "JOHN SMITH", Person("李娜", Id("370202", "19900101", "002")));
  app["documents"]["principal_authorization_letter"] = true;
  EXPECT_FALSE(Fires(RunCheck(app), "PPL-001"));
  // The letter not stated: a question, not a rejection.
  app["documents"].erase("principal_authorization_letter");
  auto f = FindingsOf(RunCheck(app), "PPL-001");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value("severity", ""), "warn");
  EXPECT_EQ(f[0].value("message_id", ""), "non_mainland_rep");
  EXPECT_EQ(f[0]["args"].value("legal", ""), "JOHN SMITH");
  // A mainland legal representative who is not the principal still blocks.
  json plain = Company("山东", "王立新", Person("李娜", Id("370202", "19900101", "002")));
  plain["documents"]["principal_authorization_letter"] = true;
  EXPECT_EQ(SeverityOf(RunCheck(plain), "PPL-001"), "block");
}

TEST(CatalogB, WebsiteOwnerStatedAsEmployee) {
  json site = Person("李晓梅", Id("330102", "19900822", "302"));
  json app = Company("浙江", "王立新", Person("王立新", "330106198503172012"), site);
  auto f = FindingsOf(RunCheck(app), "PPL-005");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value("severity", ""), "warn");
  EXPECT_EQ(f[0].value("message_id", ""), "employee");
  EXPECT_EQ(f[0].value("path", ""), "/websites/0/responsible_person/name");
  app["websites"][0]["responsible_person"]["employee_of_subject"] = true;
  json r = RunCheck(app);
  EXPECT_FALSE(Fires(r, "INPUT-001")) << r["findings"].dump(1);
  f = FindingsOf(r, "PPL-005");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value("severity", ""), "info");
  EXPECT_EQ(f[0].value("message_id", ""), "employee_stated");
  EXPECT_EQ(f[0].value("path", ""), "/websites/0/responsible_person/employee_of_subject");
  app["websites"][0]["responsible_person"]["employee_of_subject"] = false;
  f = FindingsOf(RunCheck(app), "PPL-005");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value("severity", ""), "warn");
  EXPECT_EQ(f[0].value("message_id", ""), "not_employee");
  // Employment not stated, but the 法人授权书 is on file: a reminder only (info).
  app["websites"][0]["responsible_person"].erase("employee_of_subject");
  app["documents"] = {{"site_authorization_letter", true}};
  f = FindingsOf(RunCheck(app), "PPL-005");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value("severity", ""), "info");
  EXPECT_EQ(f[0].value("message_id", ""), "letter_on_file");
  app["documents"]["site_authorization_letter"] = false;
  EXPECT_EQ(FindingsOf(RunCheck(app), "PPL-005").at(0).value("message_id", ""), "employee");
}

TEST(CatalogB, PersonalFilingComparesTheWebsiteOwner) {
  json me = Person("陈思远", Id("330106", "19920611", "301"));
  json app = Individual("浙江", me);
  app["websites"] = json::array({{{"name", "陈思远的摄影作品集"}, {"responsible_person", me}}});
  EXPECT_FALSE(Fires(RunCheck(app), "PPL-006"));
  app["websites"][0]["responsible_person"] = Person("陈思雨", Id("330106", "19950304", "302"));
  auto f = FindingsOf(RunCheck(app), "PPL-006");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value("severity", ""), "block");
  EXPECT_EQ(f[0].value("message_id", ""), "website");
  EXPECT_EQ(f[0].value("path", ""), "/websites/0/responsible_person/name");
  EXPECT_EQ(f[0]["args"].value("filer", ""), "陈思远");
  // Same name, another number.
  app["websites"][0]["responsible_person"] = Person("陈思远", Id("330106", "19950304", "302"));
  f = FindingsOf(RunCheck(app), "PPL-006");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value("message_id", ""), "website_id");
  EXPECT_EQ(f[0].value("path", ""), "/websites/0/responsible_person/id_number");
  // PPL-005 leaves personal filings to PPL-006.
  EXPECT_FALSE(Fires(RunCheck(app), "PPL-005"));
}

TEST(CatalogB, BirthYearBefore1900IsImplausibleNotInvalid) {
  json app = Individual("浙江", Person("王立新", Id("330106", "18800101", "001")));
  auto f = FindingsOf(RunCheck(app), "PPL-015");
  ASSERT_FALSE(f.empty());
  EXPECT_EQ(f[0].value("message_id", ""), "birth_implausible");
  EXPECT_EQ(f[0].value("severity", ""), "warn");
  EXPECT_EQ(f[0]["args"].value("year", ""), "1880");
  EXPECT_EQ(f[0]["args"].value("birth", ""), "18800101");
  // Not a real date: still blocks.
  app = Individual("浙江", Person("王立新", Id("330106", "19850230", "001")));
  f = FindingsOf(RunCheck(app), "PPL-015");
  ASSERT_FALSE(f.empty());
  EXPECT_EQ(f[0].value("message_id", ""), "birth_invalid");
  EXPECT_EQ(f[0].value("severity", ""), "block");
}

}  // namespace people_cases

TEST(Rules, IdNumbersAreMaskedInEvidence) {
  json app = {
      {"subject",
       {{"type", "enterprise"},
        {"principal",
         {{"name", "王立新"}, {"id_type", "resident_id"}, {"id_number", "330106198503172016"}}}}}};
  json report = RunCheck(app);
  auto f = FindingsOf(report, "PPL-014");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["evidence"], "330106**********16");
  EXPECT_EQ(report.dump().find("330106198503172016"), std::string::npos);
}

TEST(Rules, FullWidthIdIsReadButFlagged) {
  json app = {{"subject",
               {{"type", "individual"},
                {"certificate_type", "resident_id"},
                {"certificate_number", "３３０１０６１９８５０３１７２０１２"}}}};
  json report = RunCheck(app);
  auto f = FindingsOf(report, "PPL-014");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["severity"], "warn");
}

}  // namespace
}  // namespace beian
