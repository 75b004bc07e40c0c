// report.plan (core/time/plan.h): built once per check (PlanOf) for the TIM/SEED/PSB rules that
// quote it, and copied into the report by a preparation step (not in field checks).
#include "core/facts/plan.h"

#include <cmath>
#include <cstdio>

#include "core/facts/prepare.h"
#include "core/time/plan.h"

namespace beian::facts {

// (the costs, the same for every application, are left to the report: SharedPlanCosts)
const json& PlanOf(Ctx& c) {
  return c.Memo<json>("plan",
                      [&] { return BuildPlan(c.app(), c.today(), c.locale(), c.pack(), true); });
}

void PreparePlan(Ctx& c) {
  const json& plan = PlanOf(c);
  if (plan.empty()) return;
  const PlanCosts* costs = plan.contains("costs") ? nullptr : SharedPlanCosts(c.locale(), c.pack());
  c.set_plan(&plan, costs ? ReportMember{"costs", &costs->value, &costs->written} : ReportMember{});
}

std::string PlanStr(Ctx& c, const std::string& pointer) {
  const std::string* s = Str(PlanOf(c), pointer);
  return s ? *s : "";
}

std::string PlanNum(Ctx& c, const std::string& pointer) {
  auto n = Num(PlanOf(c), pointer);
  if (!n) return "";
  // whole numbers (the plan's day counts) as their digits, as "%.0f" writes them, without printf
  const double d = *n;
  if (d > -1e15 && d < 1e15 && d == static_cast<double>(static_cast<long long>(d)) &&
      !(d == 0 && std::signbit(d)))
    return std::to_string(static_cast<long long>(d));
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.0f", *n);
  return buf;
}

}  // namespace beian::facts
