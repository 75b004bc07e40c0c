// The ADR-xxx rules (docs/rules-catalog.md). Each is defined in one file of this folder;
// core/rules/index.cc lists them.
#ifndef BEIAN_CORE_RULES_ADR_ADR_H_
#define BEIAN_CORE_RULES_ADR_ADR_H_

#include "core/rules/rule.h"

namespace beian::rules {

void Adr001(Ctx& c);  // ADR-001 Mailing address detailed to the door number
void Adr002(Ctx& c);  // ADR-002 No shorthand or PO box in the mailing address
void Adr003(Ctx& c);  // ADR-003 How to write Tianjin addresses
void Adr004(Ctx& c);  // ADR-004 Selected province/city/district match the mailing address
void Adr005(Ctx& c);  // ADR-005 Mailing and licence address in the same city (Hebei, Henan,
                      // Guizhou) / district (Jiangsu)
void Adr006(Ctx& c);  // ADR-006 Personal filings use the home address

}  // namespace beian::rules

#endif  // BEIAN_CORE_RULES_ADR_ADR_H_
