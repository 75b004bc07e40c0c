// Test helpers: applications given as JSON text, for the address, hosting and time rules.
#ifndef BEIAN_TESTS_UNIT_RULES_GEO_APPS_H_
#define BEIAN_TESTS_UNIT_RULES_GEO_APPS_H_

#include <set>
#include <string>
#include <vector>

#include "core/ids.h"
#include "core/json.h"
#include "tests/unit/test_util.h"

namespace beian::testing::geo {

using testing::FindingAt;
using testing::FindingsOf;
using testing::Fires;
using testing::RunCheck;

inline json App(const char* text) { return json::parse(text); }

using beian::testing::SeverityOf;  // one definition (test_util.h)

}  // namespace beian::testing::geo

#endif  // BEIAN_TESTS_UNIT_RULES_GEO_APPS_H_
