// Test helpers: WHOIS replies (tests/fixtures/whois) attached to an application.
#ifndef BEIAN_TESTS_UNIT_RULES_WHOIS_APPS_H_
#define BEIAN_TESTS_UNIT_RULES_WHOIS_APPS_H_

#include <set>
#include <string>
#include <vector>

#include "core/ids.h"
#include "core/json.h"
#include "tests/unit/test_util.h"

namespace beian::testing::whois {

using testing::FindingAt;
using testing::FindingsOf;
using testing::Fires;
using testing::ReadFile;
using testing::RunCheck;

inline std::string Fixture(const std::string& name) {
  return ReadFile(std::string(BEIAN_SOURCE_DIR) + "/tests/fixtures/whois/" + name + ".txt");
}

inline json Company(const std::string& province = "浙江") {
  return json{{"type", "enterprise"},
              {"province", province},
              {"name", "杭州青禾茶业有限公司"},
              {"certificate_type", "business_license"},
              {"certificate_number", "91330106MA2H3K7Q4Q"},
              {"legal_representative_name", "沈青禾"}};
}

inline json App(json subject, json domain, json whois = json()) {
  json app = {
      {"subject", subject},
      {"websites", json::array({json{{"name", "青禾茶叶"}, {"domains", json::array({domain})}}})}};
  if (!whois.is_null()) app["attachments"] = {{"whois", whois}};
  return app;
}

using beian::testing::SeverityOf;  // one definition (test_util.h)

}  // namespace beian::testing::whois

#endif  // BEIAN_TESTS_UNIT_RULES_WHOIS_APPS_H_
