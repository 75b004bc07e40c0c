// Word-list checks on the website names (网站名称) shared by the NAME rules and the brief's
// SEED-011/013.
#ifndef BEIAN_CORE_FACTS_WEBSITE_NAMES_H_
#define BEIAN_CORE_FACTS_WEBSITE_NAMES_H_

#include "core/engine/context.h"

namespace beian::facts {

// Emits the current rule for every website name holding a word of pack list `list` (the first
// hit, as listed); Skip() when there is no website name.
void EmitNameWords(Ctx& c, const char* list);

}  // namespace beian::facts

#endif  // BEIAN_CORE_FACTS_WEBSITE_NAMES_H_
