// The CON-xxx rules (docs/rules-catalog.md). Each is defined in one file of this folder;
// core/rules/index.cc lists them.
#ifndef BEIAN_CORE_RULES_CON_CON_H_
#define BEIAN_CORE_RULES_CON_CON_H_

#include "core/rules/rule.h"

namespace beian::rules {

void Con001(Ctx& c);  // CON-001 Mobile number format
void Con002(Ctx& c);  // CON-002 Dummy-looking mobile number
void Con003(Ctx& c);  // CON-003 Different people need different mobiles and e-mails
void Con004(Ctx& c);  // CON-004 Emergency phone must not repeat a mobile
void Con005(Ctx& c);  // CON-005 Hubei: mobile and emergency phone must differ
void Con006(Ctx& c);  // CON-006 Guangdong: at least 3 distinct mobile numbers for two people
void Con007(Ctx& c);  // CON-007 Gansu: emergency contact is a third employee, named in the remarks
void Con009(Ctx& c);  // CON-009 Mobile already used by another subject's filing
void Con010(Ctx& c);  // CON-010 Reviewers call: numbers must be real and reachable
void Con011(Ctx& c);  // CON-011 Office phone format
void Con012(Ctx& c);  // CON-012 E-mail format

}  // namespace beian::rules

#endif  // BEIAN_CORE_RULES_CON_CON_H_
