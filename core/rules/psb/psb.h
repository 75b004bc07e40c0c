// The PSB-xxx rules (docs/rules-catalog.md). Each is defined in one file of this folder;
// core/rules/index.cc lists them.
#ifndef BEIAN_CORE_RULES_PSB_PSB_H_
#define BEIAN_CORE_RULES_PSB_PSB_H_

#include "core/rules/rule.h"

namespace beian::rules {

void Psb001(Ctx& c);  // PSB-001 Public-security filing within 30 days of launch
void Psb002(Ctx& c);  // PSB-002 The 公安 filing needs the ICP number first
void Psb003(Ctx& c);  // PSB-003 Account type for the 公安 filing
void Psb004(Ctx& c);  // PSB-004 Is the 公安 filing form complete?
void Psb005(Ctx& c);  // PSB-005 Interactive services face an on-site check
void Psb006(Ctx& c);  // PSB-006 Several domains of one site in the 公安 filing
void Psb007(Ctx& c);  // PSB-007 Format of the public-security number
void Psb008(Ctx& c);  // PSB-008 Penalty for not filing with public security

}  // namespace beian::rules

#endif  // BEIAN_CORE_RULES_PSB_PSB_H_
