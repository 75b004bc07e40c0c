// SEED-009 (brief): a personal (个人) filing whose form says the site sells, takes payments or
// lets users register (core/facts/personal_site.h; CNT-004 adds user content and the pages).
#include "core/facts/personal_site.h"
#include "core/model.h"
#include "core/rules/seed/seed.h"

namespace beian::rules {

// SEED-009: Personal filings only for non-interactive sites. Payment and a shop or payment
// service type block; user registration alone warns (variant "registration": the sources reject
// shops and payments, not sign-up). Same finding as CNT-004's on the same paths.
void Seed009(Ctx& c) {
  if (SubjectType(c.app()).empty()) return c.Skip();
  if (!IsIndividual(c.app())) return;
  for (const auto& s : facts::PersonalSiteSignals(c, false))
    c.Emit(s.path, {{"value", s.what}},
           Evidence(s.what, s.kind == "user_registration" ? "registration" : ""));
}

}  // namespace beian::rules
