// RulePack::Derived: data the engine derives from a pack (validation's INPUT-010 ranges and
// INPUT-012 signatures) is built once per pack, shared by threads, and never crosses packs.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "core/rulepack.h"
#include "tests/unit/test_util.h"

namespace beian {
namespace {

TEST(RulePackDerived, BuiltOncePerPackAndKey) {
  const RulePack& builtin = RulePack::Builtin();
  std::atomic<int> builds{0};
  auto build = [&] {
    ++builds;
    return std::vector<int>{1, 2, 3};
  };
  std::vector<const std::vector<int>*> seen(8);
  std::vector<std::thread> threads;
  for (size_t t = 0; t < seen.size(); ++t)
    threads.emplace_back(
        [&, t] { seen[t] = &builtin.Derived<std::vector<int>>("test.derived", build); });
  for (auto& th : threads) th.join();
  EXPECT_EQ(builds.load(), 1);
  for (const auto* p : seen) EXPECT_EQ(p, seen[0]);
  EXPECT_EQ(*seen[0], (std::vector<int>{1, 2, 3}));
  // another key, another value
  EXPECT_EQ(builtin.Derived<int>("test.derived.other", [] { return 7; }), 7);
  // another pack builds its own
  const RulePack& full = testing::FullPack();
  const auto& own = full.Derived<std::vector<int>>("test.derived", [&] {
    ++builds;
    return std::vector<int>{4};
  });
  EXPECT_EQ(builds.load(), 2);
  EXPECT_EQ(own, std::vector<int>{4});
  EXPECT_NE(&own, seen[0]);
}

}  // namespace
}  // namespace beian
