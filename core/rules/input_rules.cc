// INPUT-xxx: findings the engine itself raises while reading the application (unknown fields,
// wrong types, values outside the allowed set, bad dates, oversize texts and arrays, invalid
// UTF-8, emoji and invisible characters in form entries). Their checks live in core/check.cc;
// registering them here lets the catalogue list them as evaluated and counts them in
// summary.rules_evaluated.
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
BEIAN_RULE("INPUT-010", Noop);

// INPUT-009: the application lacks the sections most rules need (subject, websites), so a
// "ready" verdict would mean nothing: say what is missing.
BEIAN_RULE("INPUT-009", [](beian::Ctx& c) {
  const beian::json* subject = beian::At(c.app(), "/subject");
  bool has_subject = subject && subject->is_object() && !subject->empty();
  bool has_site = beian::Count(c.app(), "/websites") > 0;
  if (!has_subject) c.Emit("/subject", {{"section", "主体信息 / subject"}});
  if (!has_site) c.Emit("/websites", {{"section", "网站信息 / websites"}});
});
