// The check's plan (core/time/plan.h BuildPlan), built once per check and shared by the rules
// that quote it (TIM, SEED-022) and the "plan" preparation step (report.plan).
#ifndef BEIAN_CORE_FACTS_PLAN_H_
#define BEIAN_CORE_FACTS_PLAN_H_

#include <string>

#include "core/engine/context.h"

namespace beian::facts {

// The plan of this check (memoised).
const json& PlanOf(Ctx& c);

// The string at `pointer` of the plan, "" when absent.
std::string PlanStr(Ctx& c, const std::string& pointer);

// The number at `pointer` of the plan, rounded to a whole number ("%.0f"); "" when absent.
std::string PlanNum(Ctx& c, const std::string& pointer);

}  // namespace beian::facts

#endif  // BEIAN_CORE_FACTS_PLAN_H_
