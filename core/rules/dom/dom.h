// The DOM-xxx rules (docs/rules-catalog.md). Each is defined in one file of this folder;
// core/rules/index.cc lists them.
#ifndef BEIAN_CORE_RULES_DOM_DOM_H_
#define BEIAN_CORE_RULES_DOM_DOM_H_

#include "core/rules/rule.h"

namespace beian::rules {

void Dom001(Ctx& c);  // DOM-001 Domain syntax
void Dom002(Ctx& c);  // DOM-002 Registrable domain only
void Dom003(Ctx& c);  // DOM-003 TLD must be MIIT-approved
void Dom004(Ctx& c);  // DOM-004 Registrar must be an MIIT-approved domestic registrar
void Dom005(Ctx& c);  // DOM-005 Domain must be within its registration period
void Dom006(Ctx& c);  // DOM-006 Domain validity left must exceed 3 months (Shandong: 45 days)
void Dom007(Ctx& c);  // DOM-007 Domain must be real-name verified and not on hold
void Dom008(Ctx& c);  // DOM-008 Wait 3 working days after real-name verification
void Dom009(Ctx& c);  // DOM-009 Domain registrant must equal the filing entity
void Dom010(Ctx& c);  // DOM-010 Personal filing: the registrant must be the person
void Dom011(Ctx& c);  // DOM-011 Organisation filing: registrant is the legal representative
void Dom012(Ctx& c);  // DOM-012 Tianjin: WHOIS privacy protection must be off
void Dom013(Ctx& c);  // DOM-013 Some provinces refuse country-code TLDs
void Dom014(Ctx& c);  // DOM-014 One domain per website entry
void Dom015(Ctx& c);  // DOM-015 Domains per order or per subject
void Dom016(Ctx& c);  // DOM-016 Domain containing bbs (old rule)
void Dom017(Ctx& c);  // DOM-017 Domain with reserved words
void Dom018(Ctx& c);  // DOM-018 No live site during filing
void Dom019(Ctx& c);  // DOM-019 Registrant change after filing needs a change filing
void Dom020(Ctx& c);  // DOM-020 The WHOIS reply is for the typed domain
void Dom021(Ctx& c);  // DOM-021 The uploaded domain certificate matches the domain and subject

}  // namespace beian::rules

#endif  // BEIAN_CORE_RULES_DOM_DOM_H_
