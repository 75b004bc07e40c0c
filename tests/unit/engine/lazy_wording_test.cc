// The pack compiled into the binary keeps its rules' wording apart (one JSON line per rule, parsed
// when first read: core/rulepack.cc LazyWording). Every text of every rule and variant must read
// the same as in the full pack (build/gen/rulepack.json) parsed the ordinary way.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "core/rulepack.h"
#include "tests/unit/test_util.h"

namespace beian {
namespace {

using testing::FullPack;

void ExpectSame(const Text& lazy, const Text& full, const std::string& where) {
  for (const char* locale : {"zh-CN", "en"})
    EXPECT_EQ(lazy.In(locale), full.In(locale)) << where << " " << locale;
  EXPECT_EQ(lazy.empty(), full.empty()) << where;
}

TEST(LazyWording, BuiltinReadsLikeTheFullPack) {
  const RulePack& builtin = RulePack::Builtin();
  const RulePack& full = FullPack();
  ASSERT_EQ(builtin.rules().size(), full.rules().size());
  ASSERT_EQ(builtin.version(), full.version());
  size_t texts = 0;
  for (size_t i = 0; i < full.rules().size(); ++i) {
    const RuleDef& a = builtin.rules()[i];
    const RuleDef& b = full.rules()[i];
    ASSERT_EQ(a.id, b.id);
    ExpectSame(a.title, b.title, a.id + " title");
    ExpectSame(a.source, b.source, a.id + " source");
    ExpectSame(a.message, b.message, a.id + " message");
    ExpectSame(a.fix, b.fix, a.id + " fix");
    ExpectSame(a.reason, b.reason, a.id + " reason");
    texts += 5;
    ASSERT_EQ(a.variants.size(), b.variants.size()) << a.id;
    for (const auto& [name, v] : b.variants) {
      auto it = a.variants.find(name);
      ASSERT_NE(it, a.variants.end()) << a.id << " " << name;
      ExpectSame(it->second.message, v.message, a.id + " " + name + " message");
      ExpectSame(it->second.fix, v.fix, a.id + " " + name + " fix");
      EXPECT_EQ(it->second.severity, v.severity);
      EXPECT_EQ(it->second.confidence, v.confidence);
      texts += 2;
    }
    EXPECT_EQ(a.severity, b.severity);
    EXPECT_EQ(a.paths, b.paths);
    EXPECT_EQ(a.params, b.params);
  }
  EXPECT_GT(texts, 1000u);
}

// A full pack loaded at run time has its texts directly; a lazily read text is read once even
// when several threads ask at the same time (the --jobs CLI shares the built-in pack).
TEST(LazyWording, ThreadsReadTheSameText) {
  // the wording lines must outlive the pack (the built-in one points into the binary)
  static const std::string wording =
      testing::ReadFile(std::string(BEIAN_GEN_DIR) + "/rulepack.wording.ndjson");
  std::string error;
  std::unique_ptr<RulePack> pack = RulePack::Parse(
      testing::ReadFile(std::string(BEIAN_GEN_DIR) + "/rulepack.min.json"), &error, wording);
  ASSERT_NE(pack, nullptr) << error;
  const RuleDef* rule = pack->Find("ENT-025");
  ASSERT_NE(rule, nullptr);
  EXPECT_TRUE(rule->message.lazy);
  std::vector<std::string> seen(4);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < seen.size(); ++t)
    threads.emplace_back([&, t] { seen[t] = rule->message.In("zh-CN"); });
  for (auto& th : threads) th.join();
  for (const auto& s : seen) EXPECT_EQ(s, FullPack().Find("ENT-025")->message.In("zh-CN"));
  EXPECT_FALSE(FullPack().Find("ENT-025")->message.lazy);
}

}  // namespace
}  // namespace beian
