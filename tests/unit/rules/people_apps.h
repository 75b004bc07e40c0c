// Test helpers: people, companies and resident-ID numbers for the PPL/ENT rules.
#ifndef BEIAN_TESTS_UNIT_RULES_PEOPLE_APPS_H_
#define BEIAN_TESTS_UNIT_RULES_PEOPLE_APPS_H_

#include <set>
#include <string>
#include <vector>

#include "core/ids.h"
#include "core/json.h"
#include "tests/unit/test_util.h"

namespace beian::testing::people {

using testing::FindingAt;
using testing::FindingsOf;
using testing::Fires;
using testing::RunCheck;

// A resident-ID number with a correct GB 11643 check digit.
inline std::string Id(const std::string& region6, const std::string& birth8,
                      const std::string& seq3) {
  std::string first17 = region6 + birth8 + seq3;
  return first17 + ResidentIdCheckChar(first17);
}

inline json Person(const std::string& name, const std::string& id) {
  return {{"name", name}, {"id_type", "resident_id"}, {"id_number", id}};
}

inline json Individual(const std::string& province, const json& person) {
  json app;
  app["subject"] = {{"province", province},
                    {"type", "individual"},
                    {"certificate_type", "resident_id"},
                    {"name", person["name"]},
                    {"certificate_number", person["id_number"]},
                    {"principal", person}};
  return app;
}

inline json Company(const std::string& province, const std::string& rep, const json& principal,
                    const json& site = nullptr) {
  json app;
  app["subject"] = {{"province", province},
                    {"type", "enterprise"},
                    {"name", "杭州青禾茶业有限公司"},
                    {"legal_representative_name", rep},
                    {"principal", principal}};
  if (!site.is_null())
    app["websites"] = json::array({{{"name", "青禾茶叶"}, {"responsible_person", site}}});
  return app;
}

using beian::testing::SeverityOf;  // one definition (test_util.h)

// --- PPL-007: ages (today = 2026-11-28) -------------------------------------------------------
// --- PPL-013: ID expiry ------------------------------------------------------------------------

inline json WithExpiry(const std::string& until) {
  json p = Person("王立新", "330106198503172012");
  p["id_valid_until"] = until;
  return Company("浙江", "王立新", p);
}
// --- Province gating and deferral --------------------------------------------------------------
// --- Subject consistency ------------------------------------------------------------------------

}  // namespace beian::testing::people

#endif  // BEIAN_TESTS_UNIT_RULES_PEOPLE_APPS_H_
