// The CNT-xxx rules (docs/rules-catalog.md). Each is defined in one file of this folder;
// core/rules/index.cc lists them.
#ifndef BEIAN_CORE_RULES_CNT_CNT_H_
#define BEIAN_CORE_RULES_CNT_CNT_H_

#include "core/rules/rule.h"

namespace beian::rules {

void Cnt001(Ctx& c);  // CNT-001 Pre-approval fields need the approval
void Cnt002(Ctx& c);  // CNT-002 Education / health approvals survive in a few provinces only
void Cnt003(Ctx& c);  // CNT-003 Commitment when no approval is needed
void Cnt004(Ctx& c);  // CNT-004 Personal filings may not sell or host interaction
void Cnt005(Ctx& c);  // CNT-005 Personal sites: blog/personal space or other only
void Cnt006(Ctx& c);  // CNT-006 Organisations: choose 单位门户网站
void Cnt007(Ctx& c);  // CNT-007 E-commerce wording (Hubei statement)
void Cnt008(Ctx& c);  // CNT-008 Site content belongs to the filing subject
void Cnt009(Ctx& c);  // CNT-009 Prohibited content (九不准)
void Cnt010(Ctx& c);  // CNT-010 Interactive page features are an interactive service
void Cnt011(Ctx& c);  // CNT-011 Show the approval number

}  // namespace beian::rules

#endif  // BEIAN_CORE_RULES_CNT_CNT_H_
