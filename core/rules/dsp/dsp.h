// The DSP-xxx rules (docs/rules-catalog.md). Each is defined in one file of this folder;
// core/rules/index.cc lists them.
#ifndef BEIAN_CORE_RULES_DSP_DSP_H_
#define BEIAN_CORE_RULES_DSP_DSP_H_

#include "core/rules/rule.h"

namespace beian::rules {

void Dsp001(Ctx& c);  // DSP-001 The homepage shows the ICP number
void Dsp002(Ctx& c);  // DSP-002 Format of the displayed ICP number
void Dsp003(Ctx& c);  // DSP-003 Number prefix matches the filing province
void Dsp004(Ctx& c);  // DSP-004 The number links to the MIIT filing system
void Dsp005(Ctx& c);  // DSP-005 Number at the bottom of the page
void Dsp006(Ctx& c);  // DSP-006 Entity number vs site number (Guangdong differs)
void Dsp007(Ctx& c);  // DSP-007 The displayed number is this site's own
void Dsp008(Ctx& c);  // DSP-008 Company name or 版权所有 next to the number
void Dsp009(Ctx& c);  // DSP-009 Penalty for not showing the filing number
void Dsp010(Ctx& c);  // DSP-010 Show and link the public-security number
void Dsp011(Ctx& c);  // DSP-011 Displayed public-security number equals the issued one
void Dsp012(Ctx& c);  // DSP-012 APPs show the number in settings/about
void Dsp013(Ctx& c);  // DSP-013 Filed sites must be reachable and show their numbers
void Dsp014(Ctx& c);  // DSP-014 Electronic verification mark (legacy)
void Dsp015(Ctx& c);  // DSP-015 ICP licence number display and format
void Dsp016(Ctx& c);  // DSP-016 Changes must be filed 30 days ahead
void Dsp017(Ctx& c);  // DSP-017 MIIT accuracy spot checks

}  // namespace beian::rules

#endif  // BEIAN_CORE_RULES_DSP_DSP_H_
