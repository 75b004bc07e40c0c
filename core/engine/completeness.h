// Completeness: the items the filing systems require for this subject (INPUT-013's params in the
// pack: subject items, and items every website needs), which of them the application provides,
// and what is missing, with the seller's label of each. A report whose application misses a
// required item is never "ready": the engine adds one INPUT-013 finding naming the count.
#ifndef BEIAN_CORE_ENGINE_COMPLETENESS_H_
#define BEIAN_CORE_ENGINE_COMPLETENESS_H_

#include <optional>
#include <string>
#include <vector>

#include "core/json.h"
#include "core/rulepack.h"

namespace beian {

struct Completeness {
  int required = 0;
  int provided = 0;
  json missing = json::array();    // [{"path", "label"}] in the order of the pack's list
  std::vector<std::string> paths;  // every required path, provided or not, in that order
  json ToJson() const;
};

// Null when the pack has no INPUT-013 entry. The website items are asked of every website, and
// of at least `min_websites` (the form plan asks them of website 0 before there is one).
std::optional<Completeness> CompletenessOf(const json& app, const RulePack& pack,
                                           const std::string& locale, size_t min_websites = 0);

}  // namespace beian

#endif  // BEIAN_CORE_ENGINE_COMPLETENESS_H_
