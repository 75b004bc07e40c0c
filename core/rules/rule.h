// What a rule sees: the check context (the cleaned application, the pack entry of the rule, the
// per-check facts) and Emit. A rule is a plain function `void Xyz123(Ctx& c)` in namespace
// beian::rules, declared in core/rules/<prefix>/<prefix>.h and listed in core/rules/index.cc.
//
//   void Ent002(Ctx& c) {
//     const std::string* code = Str(c.app(), "/subject/certificate_number");
//     if (!code) return c.Skip();             // lacked input: counted as skipped
//     if (!Valid(*code)) c.Emit("/subject/certificate_number", {{"value", *code}});
//   }
//
// The engine runs a rule only when the pack has an entry for its ID, and only when the
// application's province is one of the entry's `provinces` (empty = nationwide). A rule that
// throws is reported as an engine finding (ENGINE-001) naming it; the other rules still run.
#ifndef BEIAN_CORE_RULES_RULE_H_
#define BEIAN_CORE_RULES_RULE_H_

#include "core/engine/context.h"

namespace beian::rules {

using RuleFn = void (*)(Ctx&);

}  // namespace beian::rules

#endif  // BEIAN_CORE_RULES_RULE_H_
