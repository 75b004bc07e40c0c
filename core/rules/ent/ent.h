// The ENT-xxx rules (docs/rules-catalog.md). Each is defined in one file of this folder;
// core/rules/index.cc lists them.
#ifndef BEIAN_CORE_RULES_ENT_ENT_H_
#define BEIAN_CORE_RULES_ENT_ENT_H_

#include "core/rules/rule.h"

namespace beian::rules {

void Ent001(Ctx& c);  // ENT-001 Subject type, certificate type and name must agree
void Ent002(Ctx& c);  // ENT-002 Format of the unified social credit code
void Ent003(Ctx& c);  // ENT-003 Check character of the credit code
void Ent004(Ctx& c);  // ENT-004 Organisation code inside the credit code
void Ent005(Ctx& c);  // ENT-005 Code prefix vs subject type
void Ent006(Ctx& c);  // ENT-006 No cross-province filing for organisations
void Ent007(Ctx& c);  // ENT-007 Subject name equals the name on the licence
void Ent008(Ctx& c);  // ENT-008 Subject name contains Latin letters or digits
void Ent009(Ctx& c);  // ENT-009 Registration status must be active
void Ent010(Ctx& c);  // ENT-010 Certificate address equals the licence address
void Ent011(Ctx& c);  // ENT-011 Old licence with a 15-digit registration number
void Ent012(Ctx& c);  // ENT-012 Sole proprietors: provincial handling
void Ent013(Ctx& c);  // ENT-013 Investor or superior body
void Ent014(Ctx& c);  // ENT-014 One provider account, one filing subject
void Ent015(Ctx& c);  // ENT-015 Only one filing order in progress per subject
void Ent017(Ctx& c);  // ENT-017 Branches file under their own licence
void Ent018(Ctx& c);  // ENT-018 Financial wording (Guangdong, Sichuan, Shandong)
void Ent019(Ctx& c);  // ENT-019 Scope with drugs, medical devices or hazardous chemicals
void Ent020(Ctx& c);  // ENT-020 Names or scope with pre-approval wording (Hubei)
void Ent021(Ctx& c);  // ENT-021 Hainan: licence must carry the commercial-registration seal
void Ent022(Ctx& c);  // ENT-022 Shanghai: electronic business licence not accepted
void Ent023(Ctx& c);  // ENT-023 A personal filing cannot simply become an enterprise filing
void Ent024(Ctx& c);  // ENT-024 Domain suffixes of public institutions and government bodies
void Ent025(Ctx& c);  // ENT-025 Certificate number vs the credit code on the licence

}  // namespace beian::rules

#endif  // BEIAN_CORE_RULES_ENT_ENT_H_
