// The pack compiled into the binary keeps its rules' wording apart (one JSON line per rule, parsed
// when first read: core/rulepack.cc LazyWording). Every text of every rule and variant must read
// the same as in the full pack (build/gen/rulepack.json) parsed the ordinary way.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "core/resources.h"
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
    EXPECT_EQ(a.params(), b.params());
    EXPECT_EQ(a.category, b.category) << a.id;
    EXPECT_EQ(a.confidence, b.confidence) << a.id;
    EXPECT_EQ(a.provinces, b.provinces) << a.id;
    EXPECT_EQ(a.evaluated, b.evaluated) << a.id;
    EXPECT_EQ(a.engine, b.engine) << a.id;
    EXPECT_EQ(a.restates, b.restates) << a.id;
    EXPECT_EQ(builtin.Find(a.id), &a);
  }
  EXPECT_GT(texts, 1000u);
  // the pack-level data: word lists, messages, plan texts, sources
  json doc = json::parse(testing::ReadFile(std::string(BEIAN_GEN_DIR) + "/rulepack.json"));
  size_t words = 0;
  for (const auto& [name, list] : doc["lists"].items()) {
    EXPECT_EQ(builtin.List(name), full.List(name)) << name;
    words += full.List(name).size();
  }
  EXPECT_GT(words, 500u);
  for (const auto& [key, v] : doc["messages"].items())
    ExpectSame(builtin.Message(key), full.Message(key), "message " + key);
  for (const auto& [key, v] : doc["plan"].items())
    ExpectSame(builtin.PlanText(key), full.PlanText(key), "plan " + key);
  EXPECT_GT(doc["plan"].size(), 10u);
  EXPECT_EQ(builtin.sources(), full.sources());
}

// The compact form is checked as it is read: a damaged one is refused with a reason.
TEST(LazyWording, DamagedCompactPackIsRefused) {
  const std::string rule = "R\tX-001\tcat\twarn\tS\t\t\x1f/a\t\t\t\t";
  std::string error;
  auto ok = RulePack::ParseCompact("V\t1\n" + rule + "\n", &error, "{}\n");
  ASSERT_NE(ok, nullptr) << error;
  EXPECT_EQ(ok->rules().size(), 1u);
  EXPECT_EQ(ok->rules()[0].paths, std::vector<std::string>{"/a"});
  for (const std::string& bad : std::vector<std::string>{
           "V\t1\n",                                                  // no rules
           "V\t1\nX\tsomething\n" + rule + "\n",                      // unknown line
           "V\t1\nR\tX-001\tcat\twarn\n",                             // fields missing
           "V\t1\nR\tX-001\tcat\tsevere\tS\t\t\t\t\t\t\n",            // bad severity
           "V\t1\nR\tX-001\tcat\twarn\tS\t\t\t\t\t[1]\t\n",           // params not an object
           "V\t1\nR\tX-001\tcat\twarn\tS\t\t\t\t\t\tv\x1fwarn\n"}) {  // variant fields
    error.clear();
    EXPECT_EQ(RulePack::ParseCompact(bad, &error, ""), nullptr) << bad;
    EXPECT_NE(error, "") << bad;
  }
}

// A full pack loaded at run time has its texts directly; a lazily read text is read once even
// when several threads ask at the same time (the --jobs CLI shares the built-in pack).
TEST(LazyWording, ThreadsReadTheSameText) {
  // the texts must outlive the pack (the built-in one points into the binary)
  static const std::string compact =
      testing::ReadFile(std::string(BEIAN_GEN_DIR) + "/rulepack.wording.compact.tsv");
  static const std::string wording =
      testing::ReadFile(std::string(BEIAN_GEN_DIR) + "/rulepack.wording.zh-CN.txt");
  std::string error;
  std::unique_ptr<RulePack> pack = RulePack::ParseCompact(compact, &error, wording);
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

// The page's module embeds the Chinese wording only: English is read as Chinese until the English
// file is provided, and the file's name is reported (once) so that the page can fetch it.
TEST(LazyWording, EnglishReadsAsChineseUntilItsFileIsProvided) {
  static const std::string zh = "message\x1f中文\x1evariants/v/fix\x1f改";
  auto en = std::make_shared<WordingLines>(std::string_view(), "test_wording_en_late",
                                           "wording.en.test.txt");
  LazyWording words(zh, en, 1);
  TakeMissingWording();
  EXPECT_EQ(words.Get("message", "zh-CN"), "中文");
  EXPECT_EQ(TakeMissingWording(), "");
  EXPECT_EQ(words.Get("message", "en"), "中文");
  EXPECT_EQ(words.Get("variants/v/fix", "en"), "改");
  EXPECT_EQ(TakeMissingWording(), "wording.en.test.txt");
  EXPECT_EQ(TakeMissingWording(), "");  // taken

  EXPECT_TRUE(ProvideResource("test_wording_en_late",
                              "message\x1f"
                              "first\nmessage\x1f"
                              "English\n"));
  EXPECT_FALSE(ProvideResource("test_wording_en_late", "other"));  // the first text stays
  EXPECT_EQ(words.Get("message", "en"), "English");
  EXPECT_EQ(words.Get("variants/v/fix", "en"), "");
  EXPECT_EQ(words.Get("message", "zh-CN"), "中文");
  EXPECT_EQ(TakeMissingWording(), "");
}

// The built-in pack names its English file; natively it is embedded, so nothing is missing, and a
// file of another name is refused.
TEST(LazyWording, BuiltinWordingFiles) {
  const RulePack& pack = RulePack::Builtin();
  EXPECT_EQ(pack.MissingWordingFile("en"), "");
  EXPECT_EQ(pack.MissingWordingFile("zh-CN"), "");
  EXPECT_NE(ProvideBuiltinWording("wording.en.other.txt", "title\x1fx\n"), "");
  EXPECT_NE(ProvideBuiltinWording("", ""), "");
  // every rule has its English line, read without a missing file
  TakeMissingWording();
  for (const RuleDef& r : pack.rules()) EXPECT_FALSE(r.title.In("en").empty()) << r.id;
  EXPECT_EQ(TakeMissingWording(), "");
}

}  // namespace
}  // namespace beian
