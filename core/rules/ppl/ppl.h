// The PPL-xxx rules (docs/rules-catalog.md). Each is defined in one file of this folder;
// core/rules/index.cc lists them.
#ifndef BEIAN_CORE_RULES_PPL_PPL_H_
#define BEIAN_CORE_RULES_PPL_PPL_H_

#include "core/rules/rule.h"

namespace beian::rules {

void Ppl001(Ctx& c);  // PPL-001 Subject principal must be the legal representative
void Ppl002(
    Ctx& c);  // PPL-002 Principal other than the legal representative needs an authorization letter
void Ppl003(
    Ctx& c);  // PPL-003 Anhui, Jiangsu: a non-legal-rep principal must also be the website owner
void Ppl004(Ctx& c);  // PPL-004 Website owner other than the legal representative needs an
                      // authorization letter
void Ppl005(Ctx& c);  // PPL-005 Who may be the website owner
void Ppl006(Ctx& c);  // PPL-006 Personal filing: filer and principal are the same person
void Ppl007(Ctx& c);  // PPL-007 Minimum age of responsible persons (by province)
void Ppl008(Ctx& c);  // PPL-008 Tianjin: website owner past retirement age
void Ppl009(Ctx& c);  // PPL-009 Foreign or HK/Macao/Taiwan legal representative
void Ppl010(Ctx& c);  // PPL-010 Jiangxi: the website owner must be a PRC citizen
void Ppl011(Ctx& c);  // PPL-011 Personal filings: HK/Macao/Taiwan documents and foreigners
void Ppl012(Ctx& c);  // PPL-012 Inner Mongolia, Hainan: temporary ID cards not accepted
void Ppl013(Ctx& c);  // PPL-013 ID card must be valid for more than 3 months
void Ppl014(Ctx& c);  // PPL-014 ID number format and check digit
void Ppl015(Ctx& c);  // PPL-015 Birth date and region code in the ID number
void Ppl016(Ctx& c);  // PPL-016 Name and ID number must match the ID card
void Ppl017(Ctx& c);  // PPL-017 Personal filing outside the ID's province
void Ppl018(Ctx& c);  // PPL-018 A website owner should serve one subject only
void Ppl019(Ctx& c);  // PPL-019 Jiangxi, Tianjin: a responsible person's ID and phone must not be
                      // in another subject's filing
void Ppl020(Ctx& c);  // PPL-020 The website owner does the face verification

}  // namespace beian::rules

#endif  // BEIAN_CORE_RULES_PPL_PPL_H_
