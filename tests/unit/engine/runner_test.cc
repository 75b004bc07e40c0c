// One broken rule never sinks a report: a rule that throws yields one ENGINE-001 finding naming
// it, and every other rule still runs (core/engine/runner.cc).
#include "core/engine/runner.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/check.h"
#include "core/engine/check_with.h"
#include "core/json.h"
#include "core/rules/index.h"

namespace beian {
namespace {

void Throws(Ctx&) { throw std::runtime_error("boom"); }

json Report(const std::vector<rules::RuleEntry>& index, const std::string& file) {
  std::string path = std::string(BEIAN_SOURCE_DIR) + "/examples/" + file;
  FILE* f = std::fopen(path.c_str(), "rb");
  EXPECT_NE(f, nullptr) << path;
  std::string text;
  char buf[4096];
  for (size_t n; f && (n = std::fread(buf, 1, sizeof buf, f)) > 0;) text.append(buf, n);
  if (f) std::fclose(f);
  CheckOptions o;
  o.today = "2026-03-02";
  CheckResult r = CheckWith(text, o, index);
  EXPECT_TRUE(r.ok) << r.error;
  return json::parse(r.report);
}

std::vector<std::string> RulesOf(const json& report) {
  std::vector<std::string> out;
  for (const auto& f : report["findings"]) out.push_back(f["rule"].get<std::string>());
  return out;
}

TEST(Runner, AThrowingRuleYieldsOneEngineFindingAndACompleteReport) {
  // zhejiang-mismatch fires DOC-003 among others: replace DOC-003 by a rule that throws.
  const auto& real = rules::Index();
  std::vector<rules::RuleEntry> broken = real;
  bool replaced = false;
  for (auto& e : broken) {
    if (e.id == "DOC-003") {
      e.fn = Throws;
      replaced = true;
    }
  }
  ASSERT_TRUE(replaced);
  json good = Report(real, "zhejiang-mismatch.json");
  json bad = Report(broken, "zhejiang-mismatch.json");

  std::vector<std::string> expected;
  for (const auto& id : RulesOf(good))
    if (id != "DOC-003") expected.push_back(id);
  std::vector<std::string> got;
  int engine = 0;
  for (const auto& f : bad["findings"]) {
    if (f["rule"] == "ENGINE-001") {
      ++engine;
      EXPECT_EQ(f["args"]["rule"], "DOC-003");
      EXPECT_EQ(f["args"]["error"], "boom");
      EXPECT_EQ(f["severity"], "warn");
      continue;
    }
    got.push_back(f["rule"].get<std::string>());
  }
  EXPECT_EQ(engine, 1);
  std::sort(expected.begin(), expected.end());
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, expected);  // every other rule still ran
  std::vector<std::string> good_rules = RulesOf(good);
  EXPECT_GT(std::count(good_rules.begin(), good_rules.end(), "DOC-003"), 0);
  EXPECT_EQ(
      bad["summary"]["rules_evaluated"].get<int>() + bad["summary"]["rules_skipped"].get<int>(),
      good["summary"]["rules_evaluated"].get<int>() + good["summary"]["rules_skipped"].get<int>());
  EXPECT_TRUE(good.contains("plan"));
  EXPECT_EQ(bad.value("plan", json()), good.value("plan", json()));
  EXPECT_EQ(bad.value("facts", json()), good.value("facts", json()));
  EXPECT_EQ(bad.value("applicability", json()), good.value("applicability", json()));
}

TEST(Runner, ARuleThatThrowsAfterEmittingLeavesNoHalfFindings) {
  // A rule that emits and then throws: its findings are dropped, only ENGINE-001 remains.
  std::vector<rules::RuleEntry> broken = rules::Index();
  for (auto& e : broken) {
    if (e.id == "NAME-002") {
      e.fn = [](Ctx& c) {
        c.Emit("/websites/0/name", {{"value", "x"}});
        throw std::runtime_error("late");
      };
    }
  }
  json r = Report(broken, "clean-enterprise.json");
  int engine = 0;
  for (const auto& f : r["findings"]) {
    EXPECT_NE(f["rule"], "NAME-002");
    if (f["rule"] == "ENGINE-001") ++engine;
  }
  EXPECT_EQ(engine, 1);
  EXPECT_EQ(r["verdict"], "at_risk");  // the failed check is not silently "ready"
}

}  // namespace
}  // namespace beian
