// The AI-xxx rules (docs/rules-catalog.md, section 15): what a site with a generative-AI feature
// must do besides the ICP filing (provincial cyberspace administration, not the 管局). Each is
// defined in one file of this folder; core/rules/index.cc lists them.
#ifndef BEIAN_CORE_RULES_AI_AI_H_
#define BEIAN_CORE_RULES_AI_AI_H_

#include "core/rules/rule.h"

namespace beian::rules {

void Ai001(Ctx& c);  // AI-001 Generative AI feature: obligations besides the ICP filing
void Ai002(Ctx& c);  // AI-002 Own model: model filing before launch
void Ai003(Ctx& c);  // AI-003 Third-party model: use a registered model and show its number
void Ai004(Ctx& c);  // AI-004 AI-generated content must be labelled
void Ai005(Ctx& c);  // AI-005 Visitor-facing AI: agreement, complaint channel, security assessment

}  // namespace beian::rules

#endif  // BEIAN_CORE_RULES_AI_AI_H_
