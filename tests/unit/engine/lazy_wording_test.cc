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

// Equal values of equal types all the way down (json's == takes 5u for 5 and 5.0).
bool SameJson(const json& a, const json& b) {
  if (a.type() != b.type()) return false;
  if (a.is_object()) {
    if (a.size() != b.size()) return false;
    for (auto it = a.begin(); it != a.end(); ++it)
      if (!b.contains(it.key()) || !SameJson(it.value(), b.at(it.key()))) return false;
    return true;
  }
  if (a.is_array()) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
      if (!SameJson(a[i], b[i])) return false;
    return true;
  }
  return a == b;
}

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
    EXPECT_TRUE(SameJson(a.params(), b.params())) << a.id << ": " << a.params().dump();
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

// Rules' parameters in the compiled pack's form (scripts/gen_pack.py compact_value): every kind
// of value with the type a JSON parse gives it, and damaged forms refused without a crash.
TEST(CompactParams, ReadsEveryKindOfValue) {
  const std::string text =
      "o9:1:as2:hi1:bu5;1:ci-5;1:dd3fb999999999999a;1:ea4:tfnu0;1:fo0:1:ga0:"
      "1:hj9:\"a\\tb\\nc\"5:nameso2:2:zhs6:\xE6\x9D\xAD\xE5\xB7\x9E"
      "2:ens0:";
  json v;
  ASSERT_TRUE(DecodeCompactParams(text, &v));
  const json want = json::parse(
      R"({"a":"hi","b":5,"c":-5,"d":0.1,"e":[true,false,null,0],"f":{},"g":[],"h":"a\tb\nc",)"
      R"("names":{"zh":"杭州","en":""}})");
  EXPECT_TRUE(SameJson(v, want)) << v.dump();
  EXPECT_TRUE(v["b"].is_number_unsigned());
  EXPECT_TRUE(v["c"].is_number_integer() && !v["c"].is_number_unsigned());
  ASSERT_TRUE(DecodeCompactParams("o2:3:mini-9223372036854775808;3:maxu18446744073709551615;", &v));
  EXPECT_EQ(v["min"].get<int64_t>(), INT64_MIN);
  EXPECT_EQ(v["max"].get<uint64_t>(), UINT64_MAX);
}

TEST(CompactParams, DamagedFormsAreRefused) {
  const std::string good = "o3:1:as2:hi1:ba2:u1;d3ff0000000000000;1:co1:1:dn";
  json v;
  ASSERT_TRUE(DecodeCompactParams(good, &v));
  for (size_t cut = 0; cut < good.size(); ++cut) {  // every shorter prefix
    json out = "untouched";
    EXPECT_FALSE(DecodeCompactParams(good.substr(0, cut), &out)) << cut;
    EXPECT_EQ(out, "untouched");
  }
  std::string deep;  // 70 levels of arrays
  for (int i = 0; i < 70; ++i) deep += "a1:";
  deep += "n";
  for (const std::string& bad :
       std::vector<std::string>{good + "n",                      // more after the value
                                "a1:n",                          // not an object
                                "o1:1:as99:hi",                  // a string past the end
                                "o99999999999999999999:",        // a count past 64 bits
                                "o5:1:an",                       // more members than there are
                                "o1:1:au18446744073709551616;",  // past 64 bits
                                "o1:1:ai-0;",                    // a negative zero
                                "o1:1:ai-9223372036854775809;",  // below INT64_MIN
                                "o1:1:ai5;",                     // no sign
                                "o1:1:ad3ff00000000000g0;",      // not hex
                                "o1:1:ad7ff8000000000000;",      // NaN
                                "o1:1:ad3ff0000000000000",       // no ';'
                                "o1:1:aj5:12345",                // JSON, but not a string
                                "o1:1:aj3:\"ab",                 // not JSON
                                "o1:1:ax",                       // no such kind
                                "o1:1:a" + deep}) {              // too deep
    json out = "untouched";
    EXPECT_FALSE(DecodeCompactParams(bad, &out)) << bad;
    EXPECT_EQ(out, "untouched") << bad;
  }
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
           "V\t1\nR\tX-001\tcat\twarn\tS\t\t\t\t\ta1:u1;\t\n",        // params not an object
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
