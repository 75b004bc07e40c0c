// Check() with a rule table of the caller's (tests: a table with a rule that throws).
#ifndef BEIAN_CORE_ENGINE_CHECK_WITH_H_
#define BEIAN_CORE_ENGINE_CHECK_WITH_H_

#include <string_view>
#include <vector>

#include "core/check.h"
#include "core/rules/index.h"

namespace beian {

CheckResult CheckWith(std::string_view input, const CheckOptions& options,
                      const std::vector<rules::RuleEntry>& index);

}  // namespace beian

#endif  // BEIAN_CORE_ENGINE_CHECK_WITH_H_
