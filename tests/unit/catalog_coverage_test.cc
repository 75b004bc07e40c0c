// Every rule ID named in the rule catalog (docs/rules-catalog.md) is in the production pack,
// either evaluated (with code) or as guidance with a reason — never silently missing.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <set>

#include "core/engine/context.h"
#include "core/ids.h"
#include "core/rules/index.h"
#include "test_util.h"

namespace beian {
namespace {

std::set<std::string> CatalogIds() {
  std::string text = testing::ReadFile(std::string(BEIAN_SOURCE_DIR) + "/docs/rules-catalog.md");
  std::set<std::string> ids;
  re2::StringPiece input(text);
  std::string id;
  static const RE2 re(
      "\\| ((?:APP|ENT|PPL|CON|ADR|DOC|DOM|NAME|CNT|HST|PSB|DSP|TIM|SEED)-\\d{3}) \\|");
  while (RE2::FindAndConsume(&input, re, &id)) ids.insert(id);
  return ids;
}

TEST(CatalogCoverage, EveryCatalogIdIsInThePack) {
  auto ids = CatalogIds();
  ASSERT_GT(ids.size(), 200u);
  std::set<std::string> implemented;
  for (const auto& e : rules::Index()) implemented.insert(std::string(e.id));
  int evaluated = 0;
  for (const auto& id : ids) {
    const RuleDef* d = RulePack::Builtin().Find(id);
    EXPECT_NE(d, nullptr) << id << " from the catalog is missing in the rule pack";
    if (!d) continue;
    if (d->evaluated) {
      EXPECT_TRUE(implemented.count(id)) << id;
      ++evaluated;
    } else {
      EXPECT_FALSE(d->reason.empty()) << id;
    }
  }
  EXPECT_GE(evaluated, 180);
}

TEST(CatalogCoverage, RulesJsonListsEveryRuleWithSourceAndConfidence) {
  json rules = json::parse(RulesJson(RulePack::Builtin()), nullptr, false);
  ASSERT_TRUE(rules.is_array());
  EXPECT_GE(rules.size(), 200u);
  for (const auto& r : rules) {
    EXPECT_FALSE(r.value("source", "").empty()) << r.dump();
    EXPECT_FALSE(r.value("confidence", "").empty()) << r.dump();
    if (!r.value("evaluated", true)) EXPECT_FALSE(r.value("reason", "").empty()) << r.dump();
  }
}

TEST(CatalogCoverage, ProvinceFilterNarrowsTheList) {
  json all = json::parse(RulesJson(RulePack::Builtin()), nullptr, false);
  json zj = json::parse(RulesJson(RulePack::Builtin(), "浙江"), nullptr, false);
  json zj_abbr = json::parse(RulesJson(RulePack::Builtin(), "浙"), nullptr, false);
  EXPECT_LT(zj.size(), all.size());
  EXPECT_EQ(zj, zj_abbr);
  for (const auto& r : zj) {
    auto provs = r.value("provinces", json::array());
    if (!provs.empty())
      EXPECT_NE(std::find(provs.begin(), provs.end(), "浙江"), provs.end()) << r.dump();
  }
}

}  // namespace
}  // namespace beian
