// What the form says about a personal (个人) filing's site that sells, takes payments, lets
// users register or post: shared by CNT-004 and the brief's SEED-009.
#ifndef BEIAN_CORE_FACTS_PERSONAL_SITE_H_
#define BEIAN_CORE_FACTS_PERSONAL_SITE_H_

#include <string>
#include <vector>

#include "core/engine/context.h"

namespace beian::facts {

struct PersonalSiteSignal {
  std::string path;
  std::string what;  // evidence
  // What states it: the feature name ("payment", "user_registration", "user_generated_content"),
  // "service_type", or "column" (a shop word in free text, a question rather than a statement).
  std::string kind;
  std::string context;  // for "column": the clause around the word
};

// Form-level signals that a personal site is a shop or an interactive service: the features
// payment, user_registration (and user_generated_content), service types listed in the current
// rule's params.banned_service_types, and (with `include_ugc`) shop words (WL-ECOM) in columns
// outside negated clauses.
std::vector<PersonalSiteSignal> PersonalSiteSignals(Ctx& c, bool include_ugc);

}  // namespace beian::facts

#endif  // BEIAN_CORE_FACTS_PERSONAL_SITE_H_
