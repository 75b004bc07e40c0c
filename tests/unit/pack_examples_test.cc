// Walks the production rule pack and runs every rule's examples (the libphonenumber
// ExampleNumbersTest idea): each "fires": true example must give a finding of that rule, each
// "fires": false example must not. Every evaluated rule needs at least one of each.
#include <gtest/gtest.h>

#include <memory>

#include "core/engine/context.h"
#include "core/ids.h"
#include "core/province.h"
#include "test_util.h"

namespace beian {
namespace {

using testing::FullPack;

json RawRules() {
  json doc =
      json::parse(testing::ReadFile(std::string(BEIAN_GEN_DIR) + "/rulepack.json"), nullptr, false);
  return doc.is_object() && doc.contains("rules") ? doc["rules"] : json::array();
}

TEST(PackExamples, EveryExampleBehaves) {
  int checked = 0;
  for (const auto& rule : RawRules()) {
    std::string id = rule.value("id", "");
    if (!rule.value("evaluated", true)) continue;
    for (const auto& ex : rule.value("examples", json::array())) {
      bool fires = ex.value("fires", false);
      json report = testing::RunCheck(ex.value("app", json::object()), &FullPack());
      ASSERT_FALSE(report.contains("error")) << id << ": " << report.dump();
      EXPECT_EQ(testing::Fires(report, id), fires)
          << id << " example " << ex.dump() << "\nreport: " << report["findings"].dump(1);
      ++checked;
    }
  }
  EXPECT_GT(checked, 0);
}

// A variant that names its provinces (docs/rules.md shows them as "In 广东: block …") is only
// ever chosen for an application of one of those provinces: the data the reference shows agrees
// with what the code does, on every example.
TEST(PackExamples, ProvinceVariantsOnlyInTheirProvinces) {
  int seen = 0;
  for (const auto& rule : RawRules()) {
    std::string id = rule.value("id", "");
    const json variants = rule.value("variants", json::object());
    for (const auto& ex : rule.value("examples", json::array())) {
      const json app = ex.value("app", json::object());
      json report = testing::RunCheck(app, &FullPack());
      const std::string* p = Str(app, "/subject/province");
      int province = p ? ProvinceCode(*p) : 0;
      for (const auto& f : testing::FindingsOf(report, id)) {
        std::string variant = f.value("message_id", "");
        const json* v = At(variants, "/" + variant);
        if (!v || !v->contains("provinces")) continue;
        ++seen;
        bool listed = false;
        for (const auto& name : (*v)["provinces"])
          if (name.is_string() && ProvinceCode(name.get<std::string>()) == province) listed = true;
        EXPECT_TRUE(listed) << id << " variant " << variant << " chosen for province "
                            << (p ? *p : "(none)");
      }
    }
  }
  EXPECT_GT(seen, 10);
}

TEST(PackExamples, EveryEvaluatedRuleHasBothKinds) {
  for (const auto& rule : RawRules()) {
    std::string id = rule.value("id", "");
    if (!rule.value("evaluated", true) || rule.contains("example_exempt")) continue;
    int yes = 0, no = 0;
    for (const auto& ex : rule.value("examples", json::array()))
      (ex.value("fires", false) ? yes : no)++;
    EXPECT_GE(yes, 1) << id << " has no firing example";
    EXPECT_GE(no, 1) << id << " has no non-firing example";
  }
}

TEST(PackExamples, ConfidenceOneNeverBlocks) {
  for (const auto& rule : RawRules()) {
    if (rule.value("confidence", "") != "1") continue;
    for (const auto& ex : rule.value("examples", json::array())) {
      json report = testing::RunCheck(ex.value("app", json::object()), &FullPack());
      for (const auto& f : testing::FindingsOf(report, rule.value("id", "")))
        EXPECT_NE(f.value("severity", ""), "block") << rule.value("id", "");
    }
  }
}

TEST(PackExamples, BuiltinPackMatchesGenerated) {
  EXPECT_EQ(RulePack::Builtin().version(), FullPack().version());
  EXPECT_EQ(RulePack::Builtin().rules().size(), FullPack().rules().size());
}

}  // namespace
}  // namespace beian
