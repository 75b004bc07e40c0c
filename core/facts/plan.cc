// report.plan (core/time/plan.h): built once per check (PlanOf) for the TIM/SEED/PSB rules that
// quote it, and copied into the report by a preparation step (not in field checks).
#include "core/time/plan.h"

#include "core/rules/rule.h"
#include "core/rules/plan.h"

namespace beian {
namespace {

}  // namespace
namespace facts {

void PreparePlan(Ctx& c) {
  const json& plan = PlanOf(c);
  if (!plan.empty()) c.plan() = plan;
}

}  // namespace facts
namespace {

}  // namespace

const json& PlanOf(Ctx& c) {
  return c.Memo<json>("plan", [&] { return BuildPlan(c.app(), c.today(), c.locale()); });
}

}  // namespace beian
