// INPUT-xxx: findings the engine itself raises while reading the application (unknown fields,
// wrong types, values outside the allowed set, bad dates, oversize texts and arrays, invalid
// UTF-8). Their checks live in core/check.cc; registering them here lets the catalogue list them
// as evaluated and counts them in summary.rules_evaluated.
#include "core/engine.h"

namespace {
void Noop(beian::Ctx&) {}
}  // namespace

BEIAN_RULE("INPUT-001", Noop);
BEIAN_RULE("INPUT-002", Noop);
BEIAN_RULE("INPUT-003", Noop);
BEIAN_RULE("INPUT-004", Noop);
BEIAN_RULE("INPUT-005", Noop);
BEIAN_RULE("INPUT-006", Noop);
BEIAN_RULE("INPUT-007", Noop);
BEIAN_RULE("INPUT-008", Noop);
