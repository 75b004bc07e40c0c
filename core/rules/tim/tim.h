// The TIM-xxx rules (docs/rules-catalog.md). Each is defined in one file of this folder;
// core/rules/index.cc lists them.
#ifndef BEIAN_CORE_RULES_TIM_TIM_H_
#define BEIAN_CORE_RULES_TIM_TIM_H_

#include "core/rules/rule.h"

namespace beian::rules {

void Tim001(Ctx& c);  // TIM-001 Filing is free
void Tim002(Ctx& c);  // TIM-002 Real cost: a qualifying mainland server
void Tim003(Ctx& c);  // TIM-003 Provider initial review: 1–2 working days
void Tim004(Ctx& c);  // TIM-004 MIIT SMS verification
void Tim005(Ctx& c);  // TIM-005 Administration decides within 20 working days
void Tim006(Ctx& c);  // TIM-006 Domain real-name sync: 3–5 working days
void Tim007(Ctx& c);  // TIM-007 Overall time estimate
void Tim008(Ctx& c);  // TIM-008 Huawei Cloud compensates filing time
void Tim009(Ctx& c);  // TIM-009 Penalty for operating without a filing

}  // namespace beian::rules

#endif  // BEIAN_CORE_RULES_TIM_TIM_H_
