// The engine's handling of a rule's pack entry when it reports (core/engine.cc, Ctx::Emit):
// confidence "1" (a single or unofficial source) caps the severity at warn and appends the pack's
// unofficial_note.
#include <gtest/gtest.h>

#include <string>

#include "core/rulepack.h"
#include "tests/unit/test_util.h"

namespace beian {
namespace {

using testing::FindingsOf;
using testing::RunCheck;

bool EndsWith(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// NAME-022 (Beijing: extra restricted words in personal site names) is a block rule with
// confidence "1".
TEST(Engine, ConfidenceOneIsCappedAtWarnAndSaysSo) {
  const RulePack& pack = RulePack::Builtin();
  const RuleDef* rule = pack.Find("NAME-022");
  ASSERT_NE(rule, nullptr);
  // The premise of this test: if the pack entry changes, pick another block + "1" rule.
  ASSERT_EQ(rule->severity, Severity::kBlock);
  ASSERT_EQ(rule->confidence, "1");
  // The first example of core/pack/rules/NAME-022.json (the built-in pack drops examples).
  const json app = {{"subject", {{"type", "individual"}, {"province", "北京"}, {"name", "张三"}}},
                    {"websites", {{{"name", "小山影评中心"}, {"domains", {"zhangsan-notes.cn"}}}}}};

  for (const std::string locale : {"zh-CN", "en"}) {
    SCOPED_TRACE(locale);
    const std::string note = pack.Message("unofficial_note").In(locale);
    ASSERT_FALSE(note.empty());
    json report = RunCheck(app, nullptr, locale);
    auto f = FindingsOf(report, "NAME-022");
    ASSERT_EQ(f.size(), 1u) << report.dump(1);
    EXPECT_EQ(f[0]["severity"], "warn");
    const std::string message = f[0]["message"];
    EXPECT_TRUE(EndsWith(message, note)) << message;
    EXPECT_GT(message.size(), note.size());  // the rule's own message comes first
  }
}

// The same through a custom pack, independent of the built-in pack's entries: a block rule with
// confidence "1" is capped and noted, the same rule with confidence "V" is not.
TEST(Engine, ConfidenceOneInACustomPack) {
  auto make = [](const std::string& confidence) {
    std::string error;
    auto pack = RulePack::Parse(
        R"({"version":"custom-1","messages":{"unofficial_note":{"zh-CN":"【非官方】","en":" [unofficial]"}},
        "rules":[{"id":"NAME-002","severity":"block","confidence":")" +
            confidence + R"(","message":"digits","fix":"x","source":"s","title":"t"}]})",
        &error);
    EXPECT_NE(pack, nullptr) << error;
    return pack;
  };
  const json app = {{"websites", {{{"name", "2046"}}}}};

  auto single = make("1");
  ASSERT_NE(single, nullptr);
  for (const std::string locale : {"zh-CN", "en"}) {
    SCOPED_TRACE(locale);
    const std::string note = single->Message("unofficial_note").In(locale);
    ASSERT_FALSE(note.empty());
    json report = RunCheck(app, single.get(), locale);
    auto f = FindingsOf(report, "NAME-002");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0]["severity"], "warn");
    EXPECT_EQ(f[0]["message"], "digits" + note);
    EXPECT_EQ(report["summary"]["block"], 0);
  }

  auto verified = make("V");
  ASSERT_NE(verified, nullptr);
  json report = RunCheck(app, verified.get(), "en");
  auto f = FindingsOf(report, "NAME-002");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["severity"], "block");
  EXPECT_EQ(f[0]["message"], "digits");
  EXPECT_EQ(report["verdict"], "blocked");
}

}  // namespace
}  // namespace beian
