// Helpers shared by the GoogleTest files.
#ifndef BEIAN_TESTS_UNIT_TEST_UTIL_H_
#define BEIAN_TESTS_UNIT_TEST_UTIL_H_

#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/check.h"
#include "core/json.h"

namespace beian::testing {

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs a check of `app` (with context.today = 2026-11-28 unless given) and returns the report.
inline json RunCheck(json app, const RulePack* pack = nullptr, const std::string& locale = "") {
  if (!app.is_object()) return json();
  if (!app.contains("context") || !app["context"].is_object()) app["context"] = json::object();
  if (!app["context"].contains("today")) app["context"]["today"] = "2026-11-28";
  CheckOptions o;
  o.pack = pack;
  o.locale = locale;
  CheckResult r = Check(Dump(app), o);
  if (!r.ok) return json{{"error", r.error}};
  return json::parse(r.report, nullptr, false);
}

// Findings of `rule` in a report.
inline std::vector<json> FindingsOf(const json& report, const std::string& rule) {
  std::vector<json> out;
  if (!report.contains("findings")) return out;
  for (const auto& f : report["findings"])
    if (f.value("rule", "") == rule) out.push_back(f);
  return out;
}

inline bool Fires(const json& report, const std::string& rule) {
  return !FindingsOf(report, rule).empty();
}

inline std::set<std::string> RuleIds(const json& report) {
  std::set<std::string> out;
  if (report.contains("findings"))
    for (const auto& f : report["findings"]) out.insert(f.value("rule", ""));
  return out;
}

}  // namespace beian::testing

#endif  // BEIAN_TESTS_UNIT_TEST_UTIL_H_
