// The website names as the NAME rules of words.cc and subject.cc read them: each `norm` cut to
// kNameBytes at a character boundary. Names are short; the cut bounds the per-character work
// (substring probes, bigrams) on absurd inputs.
#ifndef BEIAN_CORE_RULES_NAME_NAMES_H_
#define BEIAN_CORE_RULES_NAME_NAMES_H_

#include <cstddef>
#include <vector>

#include "core/model.h"
#include "core/rules/rule.h"

namespace beian::rules {

constexpr size_t kNameBytes = 1024;

// The non-blank website names, each `norm` cut to kNameBytes.
std::vector<NameRef> BoundedWebsiteNames(const json& app);

// Runs `check` on every website name (see BoundedWebsiteNames); Skip() when there is none.
template <typename F>
void EachBoundedName(Ctx& c, F check) {
  auto names = BoundedWebsiteNames(c.app());
  if (names.empty()) return c.Skip();
  for (const auto& n : names) check(n);
}

}  // namespace beian::rules

#endif  // BEIAN_CORE_RULES_NAME_NAMES_H_
