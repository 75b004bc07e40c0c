// The report's `plan` section (report.schema.json): estimated duration of the filing, deadlines
// with due dates, costs and the cost of delay. Every figure carries its basis (law, provider
// document or industry report), worded by the rule pack (meta.json "plan"). Filled by the "plan"
// preparation step (core/facts/plan.cc).
#ifndef BEIAN_CORE_TIME_PLAN_H_
#define BEIAN_CORE_TIME_PLAN_H_

#include <string>

#include "core/date.h"
#include "core/json.h"

namespace beian {

class RulePack;

// Share of daily GMV lost per day of delay, as the product brief (an industry article) says.
constexpr double kDelayCostShareOfGmv = 0.007;

// Builds the plan for `app` as of `today`, texts from `pack` in `locale` ("zh-CN" or "en").
// Returns an empty object when the application holds nothing to plan for. With
// `leave_out_shared_costs`, a plan leaves out its "costs" when SharedPlanCosts has them (the
// report writes them from there).
json BuildPlan(const json& app, const Date& today, const std::string& locale, const RulePack& pack,
               bool leave_out_shared_costs = false);

// The plan's costs: the same for every application, built once per pack and language, with the
// JSON they are written as in a report; null while the language's wording is missing (a plan then
// holds costs in the wording it has).
struct PlanCosts {
  json value;
  std::string written;
};
const PlanCosts* SharedPlanCosts(const std::string& locale, const RulePack& pack);

}  // namespace beian

#endif  // BEIAN_CORE_TIME_PLAN_H_
