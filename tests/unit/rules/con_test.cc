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
