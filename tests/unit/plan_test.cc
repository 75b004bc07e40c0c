#include "core/time/plan.h"

#include <gtest/gtest.h>

#include <map>

#include "core/rulepack.h"
#include "test_util.h"

namespace beian {
namespace {

Date D(const char* s) { return *Date::Parse(s); }

const json* DeadlineOf(const json& plan, const std::string& rule) {
  for (const auto& d : plan["deadlines"])
    if (d.value("rule", "") == rule) return &d;
  return nullptr;
}

TEST(Plan, EmptyApplicationHasNoPlan) {
  EXPECT_TRUE(BuildPlan(json::object(), D("2025-09-22"), "zh-CN", RulePack::Builtin()).empty());
  EXPECT_TRUE(BuildPlan(json::array(), D("2025-09-22"), "zh-CN", RulePack::Builtin()).empty());
}

TEST(Plan, EstimateAcrossNationalDay) {
  // Mon 2025-09-22; domain verified Fri 09-19 (1 working day ago).
  json app = json::parse(R"({"subject": {"province": "浙江"}, "websites": [{"domains": [
      {"name": "qinghe-tea.cn", "real_name_verified_on": "2025-09-19"}]}]})");
  json plan = BuildPlan(app, D("2025-09-22"), "zh-CN", RulePack::Builtin());
  const json& e = plan["estimate"];
  EXPECT_EQ(e["earliest_submission"], "2025-09-24");  // 3 working days after 09-19
  EXPECT_EQ(e["working_days_min"], 4);                // 2 + 1 + 0 + 1
  EXPECT_EQ(e["working_days_max"], 27);               // 4 + 2 + 1 + 20
  // 27 working days from 09-22, counting 09-28 and 10-11 (makeup days), skipping 10-01…08.
  EXPECT_EQ(e["latest_decision"], "2025-11-04");
  EXPECT_EQ(plan["estimated_days"], 43);
  EXPECT_EQ(plan["calendar_published"], true);
  ASSERT_EQ(e["steps"].size(), 4u);
  for (const auto& s : e["steps"]) EXPECT_FALSE(s.value("basis", "").empty());
}

TEST(Plan, CalendarNotPublished) {
  json app = json::parse(R"({"subject": {"province": "浙江"}, "websites": [{}]})");
  json plan = BuildPlan(app, D("2026-12-20"), "en", RulePack::Builtin());
  EXPECT_EQ(plan["calendar_published"], false);
  EXPECT_FALSE(plan["estimate"].contains("latest_decision"));
  EXPECT_EQ(plan["estimated_days"], 40);  // ceil(28 * 7 / 5), no holidays guessed
  EXPECT_NE(plan["estimate"].value("note", "").find("not published"), std::string::npos);
}

TEST(Plan, Deadlines) {
  json app = json::parse(R"({"websites": [{"name": "青禾茶叶商城", "launched_on": "2025-09-20"}],
      "public_security": {"icp_approved_on": "2025-09-15", "psb_approved_on": "2025-10-10"}})");
  json plan = BuildPlan(app, D("2025-09-26"), "zh-CN", RulePack::Builtin());
  const json* law = DeadlineOf(plan, "PSB-001");
  const json* brief = DeadlineOf(plan, "SEED-017");
  const json* display = DeadlineOf(plan, "DSP-010");
  const json* fix = DeadlineOf(plan, "SEED-023");
  ASSERT_TRUE(law && brief && display && fix);
  EXPECT_EQ((*law)["due"], "2025-10-20");
  EXPECT_EQ((*brief)["due"], "2025-10-15");
  EXPECT_EQ((*display)["due"], "2025-11-09");
  EXPECT_EQ((*law)["status"], "done");  // psb approved
  EXPECT_EQ((*display)["status"], "open");
  EXPECT_EQ((*fix)["within_working_days"], 5);
  EXPECT_FALSE(fix->contains("due"));
  for (const auto& d : plan["deadlines"]) EXPECT_FALSE(d.value("basis", "").empty());
  EXPECT_EQ(plan["estimated_days"], 0);
  // Sorted by due date (relative deadlines last).
  EXPECT_EQ(plan["deadlines"][0]["rule"], "SEED-017");
}

TEST(Plan, OverdueDeadline) {
  json app = json::parse(R"({"websites": [{"launched_on": "2025-08-01"}]})");
  json plan = BuildPlan(app, D("2025-09-26"), "en", RulePack::Builtin());
  const json* law = DeadlineOf(plan, "PSB-001");
  ASSERT_TRUE(law);
  EXPECT_EQ((*law)["due"], "2025-08-31");
  EXPECT_EQ((*law)["status"], "overdue");
}

TEST(Plan, CostsAndDelay) {
  json app =
      json::parse(R"({"subject": {"province": "浙江"}, "context": {"daily_gmv_cny": 20000}})");
  json plan = BuildPlan(app, D("2025-09-22"), "zh-CN", RulePack::Builtin());
  EXPECT_DOUBLE_EQ(plan["delay_cost_cny_per_day"].get<double>(), 140.0);
  EXPECT_FALSE(plan.value("delay_cost_basis", "").empty());
  bool free_filing = false, mlps = false, assist = false;
  for (const auto& c : plan["costs"]) {
    EXPECT_FALSE(c.value("basis", "").empty());
    if (c.value("mandatory", false) && c.contains("max_cny") && c["max_cny"] == 0)
      free_filing = true;
    if (c.value("min_cny", 0.0) == 2000 && c.value("max_cny", 0.0) == 8000) mlps = true;
    if (c.value("min_cny", 0.0) == 100 && c.value("max_cny", 0.0) == 300) assist = true;
  }
  EXPECT_TRUE(free_filing && mlps && assist);
  // The cycle in the seller's words next to its code.
  std::map<std::string, std::string> labels;
  for (const auto& c : plan["costs"]) labels[c["recurring"]] = c.value("recurring_label", "");
  EXPECT_EQ(labels["yearly"], "每年");
  EXPECT_EQ(labels["monthly"], "按月");
  EXPECT_EQ(labels["once"], "一次性");
  EXPECT_EQ(labels["none"], "不收费");
  json en = BuildPlan(app, D("2025-09-22"), "en", RulePack::Builtin());
  for (const auto& c : en["costs"]) {
    EXPECT_FALSE(c.value("recurring_label", "").empty());
    EXPECT_NE(c["recurring_label"], c["recurring"]);
  }
  json no_gmv = BuildPlan(json::parse(R"({"subject": {"province": "浙江"}})"), D("2025-09-22"),
                          "zh-CN", RulePack::Builtin());
  EXPECT_FALSE(no_gmv.contains("delay_cost_cny_per_day"));
}

TEST(Plan, ExampleApplication) {
  json app =
      json::parse(testing::ReadFile(std::string(BEIAN_SOURCE_DIR) + "/examples/plan-zhejiang.json"),
                  nullptr, false);
  ASSERT_TRUE(app.is_object());
  json report = testing::RunCheck(app);
  ASSERT_TRUE(report.contains("plan")) << report.dump();
  const json& plan = report["plan"];
  EXPECT_EQ((*DeadlineOf(plan, "PSB-001"))["due"], "2025-10-20");   // launched 2025-09-20
  EXPECT_EQ((*DeadlineOf(plan, "SEED-017"))["due"], "2025-10-15");  // approved 2025-09-15
  EXPECT_DOUBLE_EQ(plan["delay_cost_cny_per_day"].get<double>(), 140.0);
  EXPECT_TRUE(testing::Fires(report, "PSB-001"));
  EXPECT_TRUE(testing::Fires(report, "SEED-017"));
  for (const auto& f : testing::FindingsOf(report, "PSB-001")) EXPECT_EQ(f["severity"], "info");
  EXPECT_NE(report["verdict"], "blocked") << report["findings"].dump(1);
}

TEST(Plan, ExampleBeforeFiling) {
  json app = json::parse(
      testing::ReadFile(std::string(BEIAN_SOURCE_DIR) + "/examples/plan-before-filing.json"),
      nullptr, false);
  ASSERT_TRUE(app.is_object());
  json report = testing::RunCheck(app);
  ASSERT_TRUE(report.contains("plan")) << report.dump();
  const json& e = report["plan"]["estimate"];
  EXPECT_EQ(e["earliest_submission"], "2025-09-24");
  EXPECT_EQ(e["latest_decision"], "2025-11-04");
  EXPECT_EQ(report["plan"]["estimated_days"], 43);
  EXPECT_DOUBLE_EQ(report["plan"]["delay_cost_cny_per_day"].get<double>(), 56.0);
  EXPECT_TRUE(testing::Fires(report, "TIM-007"));
}

}  // namespace
}  // namespace beian
