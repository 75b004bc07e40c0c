// The CON-xxx rules (core/rules/con/): rule ids, severities, paths and arguments of
// their findings on small applications; never rendered text.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "core/check.h"
#include "core/json.h"
#include "tests/unit/rules/people_apps.h"

namespace beian {
namespace {

using testing::FindingsOf;
using testing::Fires;
using testing::RunCheck;

namespace people_cases {
using namespace testing::people;  // NOLINT

TEST(CatalogB, OtherFilingsPplNineteenInJiangxiElseConNine) {
  json p = Person("黄志明", Id("360102", "19840909", "301"));
  p["mobile"] = "13907911234";
  p["mobile_used_by_other_subjects"] = true;
  json jx = RunCheck(Company("江西", "黄志明", p));
  EXPECT_TRUE(Fires(jx, "PPL-019"));
  EXPECT_FALSE(Fires(jx, "CON-009"));
  json zj = RunCheck(Company("浙江", "黄志明", p));
  EXPECT_FALSE(Fires(zj, "PPL-019"));
  ASSERT_TRUE(Fires(zj, "CON-009"));
  EXPECT_EQ(FindingsOf(zj, "CON-009")[0].value("path", ""), "/subject/principal/mobile");
}

TEST(CatalogB, GuangdongThreeDistinctNumbersIsWarnOnly) {
  json a = Person("梁志伟", Id("440106", "19800512", "301"));
  a["mobile"] = "13902201234";
  a["emergency_phone"] = "13802205678";
  json b = Person("何晓琳", Id("440106", "19930715", "302"));
  b["mobile"] = "13802205678";
  b["emergency_phone"] = "13902201234";
  json gd = RunCheck(Company("广东", "梁志伟", a, b));
  EXPECT_EQ(SeverityOf(gd, "CON-006"), "warn");
  EXPECT_FALSE(Fires(RunCheck(Company("浙江", "梁志伟", a, b)), "CON-006"));
}

// Audit rows CON-003/CON-004: one person as principal and website owner, the ID number typed only
// once, is one person: no shared-contact finding. Two people sharing a mobile: CON-004 (its
// catalog row), once; a shared e-mail: CON-003.
TEST(CatalogB, OnePersonTypedTwiceIsNotTwoPeople) {
  json principal = Person("王立新", "330106198503172012");
  principal["mobile"] = "13905711234";
  principal["emergency_phone"] = "13605719876";
  principal["email"] = "wanglx@qinghe-tea.com";
  json owner = principal;
  owner.erase("id_number");
  owner.erase("id_type");
  json r = RunCheck(Company("浙江", "王立新", principal, owner));
  EXPECT_FALSE(Fires(r, "CON-003"));
  EXPECT_FALSE(Fires(r, "CON-004"));
  json personal = Individual("浙江", principal);
  personal["websites"] = json::array({{{"name", "晓梅读书"}, {"responsible_person", owner}}});
  json rp = RunCheck(personal);
  EXPECT_FALSE(Fires(rp, "CON-003"));
  EXPECT_FALSE(Fires(rp, "CON-004"));

  json other = Person("李晓梅", "330102199008223029");
  other["mobile"] = "13905711234";  // 王立新's mobile
  other["emergency_phone"] = "15968112233";
  other["email"] = "wanglx@qinghe-tea.com";
  json two = RunCheck(Company("浙江", "王立新", principal, other));
  auto con4 = FindingsOf(two, "CON-004");
  ASSERT_EQ(con4.size(), 1u);
  EXPECT_EQ(con4[0].value("path", ""), "/websites/0/responsible_person/mobile");
  EXPECT_EQ(con4[0].value("severity", ""), "block");
  EXPECT_EQ(con4[0].value("message_id", ""), "shared_mobile");
  EXPECT_EQ(con4[0]["args"].value("value", ""), "13905711234");
  EXPECT_EQ(con4[0]["args"].value("other", ""), "主体负责人“王立新”的手机号");
  auto con3 = FindingsOf(two, "CON-003");
  ASSERT_EQ(con3.size(), 1u);  // the e-mail; the mobile is CON-004's
  EXPECT_EQ(con3[0].value("path", ""), "/websites/0/responsible_person/email");
  EXPECT_EQ(con3[0].value("severity", ""), "block");
  EXPECT_EQ(con3[0]["args"].value("other", ""), "主体负责人“王立新”的邮箱");

  // Same name, two different ID numbers: two people.
  json namesake = Person("王立新", Id("330106", "19900101", "123"));
  namesake["mobile"] = "13905711234";
  EXPECT_TRUE(Fires(RunCheck(Company("浙江", "王立新", principal, namesake)), "CON-004"));
}

// Audit row CON-001: an office landline as emergency phone is accepted; a malformed emergency
// phone warns; a mobile that is no mobile still blocks.
TEST(CatalogB, EmergencyPhoneMayBeALandline) {
  json principal = Person("王立新", "330106198503172012");
  principal["mobile"] = "13905711234";
  principal["emergency_phone"] = "0571-88861234";
  json owner = Person("李晓梅", "330102199008223029");
  owner["mobile"] = "13857104321";
  owner["emergency_phone"] = "(0571)88861234";
  json r = RunCheck(Company("浙江", "王立新", principal, owner));
  EXPECT_FALSE(Fires(r, "CON-001"));
  principal["emergency_phone"] = "88861234";
  principal["mobile"] = "1390571123";
  json bad = RunCheck(Company("浙江", "王立新", principal, owner));
  auto f = FindingsOf(bad, "CON-001");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].value("path", ""), "/subject/principal/mobile");
  EXPECT_EQ(f[0].value("severity", ""), "block");
  EXPECT_EQ(f[0].value("message_id", ""), "default");
  EXPECT_EQ(f[1].value("path", ""), "/subject/principal/emergency_phone");
  EXPECT_EQ(f[1].value("severity", ""), "warn");
  EXPECT_EQ(f[1].value("message_id", ""), "emergency");
  EXPECT_EQ(f[1]["args"].value("value", ""), "88861234");
}

// Audit row CON-012: a malformed e-mail is a warning (no source says reviewers reject for it).
TEST(CatalogB, EmailFormatWarns) {
  json principal = Person("王立新", "330106198503172012");
  principal["email"] = "wanglx@qinghe-tea";
  auto f = FindingsOf(RunCheck(Company("浙江", "王立新", principal)), "CON-012");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value("path", ""), "/subject/principal/email");
  EXPECT_EQ(f[0].value("severity", ""), "warn");
  EXPECT_EQ(f[0]["args"].value("value", ""), "wanglx@qinghe-tea");
}

}  // namespace people_cases

TEST(Rules, ProvinceRuleOnlyInItsProvince) {
  json person = {{"name", "陈静"}, {"mobile", "13907151234"}, {"emergency_phone", "13907151234"}};
  json hubei = RunCheck(json{{"subject", {{"province", "湖北省"}, {"principal", person}}}});
  json zj = RunCheck(json{{"subject", {{"province", "浙江"}, {"principal", person}}}});
  EXPECT_TRUE(Fires(hubei, "CON-005"));
  EXPECT_FALSE(Fires(hubei, "CON-004"));  // reported once, under the more specific rule
  EXPECT_FALSE(Fires(zj, "CON-005"));
  EXPECT_TRUE(Fires(zj, "CON-004"));
}

}  // namespace
}  // namespace beian
