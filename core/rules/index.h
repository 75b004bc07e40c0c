// The rule index: every evaluated rule ID of the catalog with its function, sorted by ID
// (core/rules/index.cc).
#ifndef BEIAN_CORE_RULES_INDEX_H_
#define BEIAN_CORE_RULES_INDEX_H_

#include <string_view>
#include <vector>

#include "core/rules/rule.h"

namespace beian::rules {

struct RuleEntry {
  std::string_view id;
  RuleFn fn;
};

// Sorted by id, no duplicates (tests/unit/rules/index_test.cc).
const std::vector<RuleEntry>& Index();

}  // namespace beian::rules

#endif  // BEIAN_CORE_RULES_INDEX_H_
