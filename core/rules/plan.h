// The check's plan (core/time/plan.h BuildPlan), built once per check and shared by the rules.
#ifndef BEIAN_CORE_RULES_PLAN_H_
#define BEIAN_CORE_RULES_PLAN_H_

#include "core/rules/rule.h"

namespace beian {

const json& PlanOf(Ctx& c);

}  // namespace beian

#endif  // BEIAN_CORE_RULES_PLAN_H_
