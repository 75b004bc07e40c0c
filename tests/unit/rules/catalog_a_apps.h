// Test helpers: applications for the applicability, materials, instance and 公安 rules.
#ifndef BEIAN_TESTS_UNIT_RULES_CATALOG_A_APPS_H_
#define BEIAN_TESTS_UNIT_RULES_CATALOG_A_APPS_H_

#include <set>
#include <string>
#include <vector>

#include "core/ids.h"
#include "core/json.h"
#include "tests/unit/test_util.h"

namespace beian::testing::catalog_a {

using testing::FindingAt;
using testing::FindingsOf;
using testing::Fires;
using testing::RunCheck;

inline json Site(const std::string& location) {
  json s = {{"name", "青禾茶叶商城"}, {"domains", {"qinghe-tea.cn"}}};
  if (!location.empty()) s["hosting"] = {{"access_provider", "阿里云"}, {"location", location}};
  return s;
}

inline std::string MustFile(const json& report) {
  const json* m = At(report, "/applicability/must_file");
  return m && m->is_string() ? m->get<std::string>() : "";
}

inline std::vector<std::string> Paths(const json& report, const std::string& rule) {
  std::vector<std::string> out;
  for (const auto& f : FindingsOf(report, rule)) out.push_back(f.value("path", ""));
  return out;
}

inline bool HasPath(const json& report, const std::string& rule, const std::string& path) {
  for (const auto& p : Paths(report, rule))
    if (p == path) return true;
  return false;
}

// ---- applicability -----------------------------------------------------------------------------
// ---- materials checklist
// -------------------------------------------------------------------------

inline json Enterprise(const std::string& province) {
  return {{"type", "enterprise"},
          {"province", province},
          {"name", "青禾茶业有限公司"},
          {"legal_representative_name", "王立新"},
          {"principal", {{"name", "王立新"}, {"mobile", "13905711234"}}}};
}
// ---- hosting ----------------------------------------------------------------------------------
// ---- public security -------------------------------------------------------------------------
// ---- the worked example ---------------------------------------------------------------------

}  // namespace beian::testing::catalog_a

#endif  // BEIAN_TESTS_UNIT_RULES_CATALOG_A_APPS_H_
