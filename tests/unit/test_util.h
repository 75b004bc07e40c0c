// Helpers shared by the GoogleTest files.
#ifndef BEIAN_TESTS_UNIT_TEST_UTIL_H_
#define BEIAN_TESTS_UNIT_TEST_UTIL_H_

#include <dirent.h>
#include <gtest/gtest.h>
#include <time.h>

#include <algorithm>
#include <fstream>
#include <memory>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/check.h"
#include "core/json.h"

namespace beian::testing {

// CPU seconds this thread has used: the bounds on how long a reader or check may take (a hang or
// a quadratic loop) are on CPU time, which the load of other processes (scripts/test runs the
// sanitized tests beside the browser suite) does not move as it moves wall time.
inline double ThreadCpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

// A random concatenation of fewer than `max_pieces` of `pieces` (tests that compare a fast path
// with an oracle on random mixes of text, escapes and bytes that are not UTF-8).
inline std::string RandomMix(const std::vector<std::string>& pieces, std::mt19937& rng,
                             unsigned max_pieces) {
  std::string s;
  for (size_t i = rng() % max_pieces; i > 0; --i) s += pieces[rng() % pieces.size()];
  return s;
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The names of the files in `dir` that end in `ext`, without it, sorted; with `skip`, a file whose
// name contains it is left out.
inline std::vector<std::string> FixtureNames(const std::string& dir, const std::string& ext,
                                             const std::string& skip = "") {
  std::vector<std::string> out;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      std::string n = e->d_name;
      if (n.size() > ext.size() && n.compare(n.size() - ext.size(), ext.size(), ext) == 0 &&
          (skip.empty() || n.find(skip) == std::string::npos))
        out.push_back(n.substr(0, n.size() - ext.size()));
    }
    closedir(d);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Compares a reader's facts `got` with the expected JSON of fixture `name`: a key must equal the
// reader's value; null means the key must be absent. An object under "spans" goes to
// `check_spans(spans)`. A fatal failure (a missing key, or one in `check_spans`) ends the
// comparison.
template <typename CheckSpans>
void ExpectFacts(const json& got, const json& expected, const std::string& name,
                 CheckSpans check_spans) {
  for (auto it = expected.begin(); it != expected.end(); ++it) {
    if (it.key() == "spans" && it.value().is_object()) {
      check_spans(it.value());
      if (::testing::Test::HasFatalFailure()) return;
      continue;
    }
    if (it.value().is_null()) {
      EXPECT_FALSE(got.contains(it.key()))
          << name << " has " << it.key() << " = " << Dump(got[it.key()]);
      continue;
    }
    ASSERT_TRUE(got.contains(it.key())) << name << " lacks " << it.key() << "\n" << Dump(got, 1);
    EXPECT_EQ(got[it.key()], it.value()) << name << " field " << it.key();
  }
}

// Runs a check of `app` (with context.today = 2026-11-28 unless given) and returns the report.
// The full pack as published (build/gen/rulepack.json, every text and example), parsed once.
inline const RulePack& FullPack() {
  static std::unique_ptr<RulePack> pack = [] {
    std::string error;
    auto p = RulePack::Parse(ReadFile(std::string(BEIAN_GEN_DIR) + "/rulepack.json"), &error);
    EXPECT_NE(p, nullptr) << error;
    return p;
  }();
  return *pack;
}

inline json RunCheck(json app, const RulePack* pack = nullptr, const std::string& locale = "") {
  if (!app.is_object()) return json();
  if (!app.contains("context") || !app["context"].is_object()) app["context"] = json::object();
  if (!app["context"].contains("today")) app["context"]["today"] = "2026-11-28";
  CheckOptions o;
  o.pack = pack;
  o.locale = locale;
  CheckResult r = Check(Dump(app), o);
  if (!r.ok) return json{{"error", r.error}};
  return ParseJson(r.report);
}

// Whether finding `f` reports `rule`: as its rule, or in "also" (a restating rule folded into the
// official finding at the same path).
inline bool Reports(const json& f, const std::string& rule) {
  if (f.value("rule", "") == rule) return true;
  for (const auto& a : f.value("also", json::array()))
    if (a == rule) return true;
  return false;
}

// Findings of `rule` in a report (also where it is folded into another rule's finding).
inline std::vector<json> FindingsOf(const json& report, const std::string& rule) {
  std::vector<json> out;
  if (!report.contains("findings")) return out;
  for (const auto& f : report["findings"])
    if (Reports(f, rule)) out.push_back(f);
  return out;
}

// The one finding of `rule` (as `rule` or in `also`) at `path`, or null.
inline json FindingAt(const json& report, const std::string& rule, const std::string& path) {
  for (const auto& f : FindingsOf(report, rule))
    if (f.value("path", "") == path) return f;
  return json();
}

// Severity of the i-th finding of `rule` ("" when there is none). One definition for every test
// file: the rule-test headers (whois_apps.h, geo_apps.h …) name it with a using-declaration, so
// files of one unity batch that bring in several of them see one function, not overloads.
inline std::string SeverityOf(const json& report, const std::string& rule, size_t i = 0) {
  auto f = FindingsOf(report, rule);
  return i < f.size() ? f[i].value("severity", "") : "";
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
