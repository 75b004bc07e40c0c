// The INPUT-xxx rules (docs/rules-catalog.md). Each is defined in one file of this folder;
// core/rules/index.cc lists them.
#ifndef BEIAN_CORE_RULES_INPUT_INPUT_H_
#define BEIAN_CORE_RULES_INPUT_INPUT_H_

#include "core/rules/rule.h"

namespace beian::rules {

void Input009(Ctx& c);  // INPUT-009 Application incomplete
void Input011(Ctx& c);  // INPUT-011 Uploaded WHOIS text holds no domain record

}  // namespace beian::rules

#endif  // BEIAN_CORE_RULES_INPUT_INPUT_H_
