// The TIM-xxx rules (core/rules/tim/): rule ids, severities, paths and arguments of
// their findings on small applications; never rendered text.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "core/check.h"
#include "core/json.h"
#include "tests/unit/rules/geo_apps.h"

namespace beian {
namespace {

namespace geo_cases {
using namespace testing::geo;  // NOLINT

TEST(GeoRules, TimeGuidanceQuotesThePlan) {
  json r = RunCheck(App(R"({"context": {"today": "2025-09-22", "locale": "en"},
      "subject": {"type": "enterprise", "province": "浙江"},
      "websites": [{"domains": ["qinghe-tea.cn"]}]})"));
  ASSERT_TRUE(Fires(r, "TIM-007"));
  std::string msg = FindingsOf(r, "TIM-007")[0]["message"];
  EXPECT_NE(msg.find("2025-11-05"), std::string::npos) << msg;  // 28 working days
  ASSERT_TRUE(Fires(r, "TIM-005"));
  EXPECT_EQ(SeverityOf(r, "TIM-005"), "info");
  // Past the published calendar: no date, the no_calendar wording.
  json late = RunCheck(App(R"({"context": {"today": "2026-12-20"},
      "subject": {"type": "enterprise", "province": "浙江"}, "websites": [{}]})"));
  std::string m = FindingsOf(late, "TIM-005")[0]["message"];
  EXPECT_NE(m.find("尚未公布"), std::string::npos) << m;
  EXPECT_EQ(late["plan"]["calendar_published"], false);
}

}  // namespace geo_cases

}  // namespace
}  // namespace beian
