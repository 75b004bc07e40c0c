// ParseJsonQuick must give nlohmann's document wherever it reads a text, and give up where it
// cannot: compared on every example and corpus application, on hand-made cases, and on texts
// mutated at random (a JSON byte put in place of an ASCII byte, so the text stays UTF-8).
#include "core/engine/parse.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "tests/unit/test_util.h"

namespace beian {
namespace {

using testing::FixtureNames;
using testing::ReadFile;

// Equal values of equal types: nlohmann's operator== takes 1u and 1 as equal, a report does not.
::testing::AssertionResult SameDocument(const json& a, const json& b, const std::string& at = "") {
  if (a.type() != b.type())
    return ::testing::AssertionFailure()
           << "type differs at '" << at << "': " << a.type_name() << " vs " << b.type_name();
  if (a.is_object()) {
    if (a.size() != b.size()) return ::testing::AssertionFailure() << "size differs at " << at;
    for (auto it = a.begin(); it != a.end(); ++it) {
      auto other = b.find(it.key());
      if (other == b.end()) return ::testing::AssertionFailure() << "no " << at << "/" << it.key();
      auto r = SameDocument(it.value(), *other, at + "/" + it.key());
      if (!r) return r;
    }
    return ::testing::AssertionSuccess();
  }
  if (a.is_array()) {
    if (a.size() != b.size()) return ::testing::AssertionFailure() << "size differs at " << at;
    for (size_t i = 0; i < a.size(); ++i) {
      auto r = SameDocument(a[i], b[i], at + "/" + std::to_string(i));
      if (!r) return r;
    }
    return ::testing::AssertionSuccess();
  }
  if (a != b) return ::testing::AssertionFailure() << "value differs at '" << at << "'";
  return ::testing::AssertionSuccess();
}

// What ParseJsonQuick says of `text`: "quick" when it read it (then nlohmann must read the same
// document), "gave up" otherwise.
std::string Outcome(const std::string& text) {
  json quick;
  const bool read = ParseJsonQuick(text, &quick);
  if (!read) return "gave up";
  json ref = json::parse(text, nullptr, false);
  EXPECT_FALSE(ref.is_discarded()) << "read a text nlohmann rejects: " << text.substr(0, 120);
  EXPECT_TRUE(SameDocument(quick, ref)) << text.substr(0, 120);
  return "quick";
}

std::vector<std::string> Applications() {
  std::vector<std::string> out;
  const std::string src = BEIAN_SOURCE_DIR;
  for (const auto& n : FixtureNames(src + "/examples", ".json"))
    out.push_back(ReadFile(src + "/examples/" + n + ".json"));
  for (const auto& n : FixtureNames(src + "/tests/corpus/ready", ".json"))
    out.push_back(ReadFile(src + "/tests/corpus/ready/" + n + ".json"));
  return out;
}

TEST(ParseJsonQuick, ReadsEveryExampleAndCorpusApplicationAsNlohmannDoes) {
  const auto apps = Applications();
  ASSERT_GE(apps.size(), 60u);
  for (const auto& text : apps) EXPECT_EQ(Outcome(text), "quick") << text.substr(0, 80);
}

TEST(ParseJsonQuick, HandMadeCases) {
  struct Case {
    std::string text, outcome;
  };
  const std::vector<Case> cases = {
      {R"({})", "quick"},
      {R"( { "a" : [ 1 , -2 , 0 , -0 , true , false , null , "x" , { } , [ ] ] } )", "quick"},
      {R"({"a":1,"a":"second"})", "quick"},  // a repeated key keeps its last value
      {R"({"a":{"b":1},"a":[2]})", "quick"},
      {R"({"s":"\"\\\/\b\f\n\r\t"})", "quick"},
      {R"({"s":"\u4e2d\u6587 \u00e9 \u0041 \ud83d\ude00"})", "quick"},
      {R"({"s":"\u0000a"})", "quick"},
      {R"({"\u0000k":"v"})", "quick"},
      {"{\"s\":\"中文 text 混排 " + std::string(300, 'x') + "\"}", "quick"},
      {R"({"n":123456789012345678,"m":-123456789012345678})", "quick"},
      {"[1]", "quick"},
      {"\"top\"", "quick"},
      {"\n\t\r 7 \n", "quick"},
      // left to nlohmann: its own conversions and errors
      {R"({"n":1234567890123456789})", "gave up"},
      {R"({"n":1.5})", "gave up"},
      {R"({"n":1e5})", "gave up"},
      {R"({"n":-1E5})", "gave up"},
      {R"({"n":01})", "gave up"},
      {R"({"n":-})", "gave up"},
      {R"({"n":+1})", "gave up"},
      {R"({"s":"\ud83d"})", "gave up"},
      {R"({"s":"\ude00x"})", "gave up"},
      {R"({"s":"\ud83d\u0041"})", "gave up"},
      {R"({"s":"\u12"})", "gave up"},
      {R"({"s":"\x"})", "gave up"},
      {"{\"s\":\"a\tb\"}", "gave up"},  // a raw control character
      {"\xEF\xBB\xBF{}", "gave up"},    // a byte-order mark (nlohmann skips it)
      {R"({"a":1,})", "gave up"},
      {R"({"a":1 "b":2})", "gave up"},
      {R"({"a" 1})", "gave up"},
      {R"([1,])", "gave up"},
      {R"({"a":tru})", "gave up"},
      {R"({"a":truex})", "gave up"},
      {R"({"a":nul)", "gave up"},
      {R"({"a":"unclosed)", "gave up"},
      {R"({} {})", "gave up"},
      {"", "gave up"},
      {"   ", "gave up"},
      {R"({'a':1})", "gave up"},
  };
  for (const auto& c : cases) EXPECT_EQ(Outcome(c.text), c.outcome) << c.text;
  // what was read is exactly nlohmann's (types included)
  json quick;
  ASSERT_TRUE(ParseJsonQuick(R"({"a":1,"a":"second","n":-0,"u":7,"s":"\u0000a"})", &quick));
  EXPECT_EQ(quick["a"], "second");
  EXPECT_TRUE(quick["n"].is_number_integer() && !quick["n"].is_number_unsigned());
  EXPECT_TRUE(quick["u"].is_number_unsigned());
  EXPECT_EQ(quick["s"].get<std::string>(), std::string("\0a", 2));
}

// The limits DecodeApplication reads with: UTF-8 checked in strings (keys too), a string of
// max_string bytes or more and nesting deeper than max_depth left to the steps after it.
TEST(ParseJsonQuick, LimitsGiveUpExactlyAtTheirBounds) {
  QuickLimits limits;
  limits.check_utf8 = true;
  limits.max_string = 40;
  limits.max_depth = 3;
  json out;
  auto reads = [&](const std::string& text) { return ParseJsonQuick(text, &out, limits); };
  EXPECT_TRUE(reads(R"({"a":"中文 text，全角！ 😀 é"})"));
  EXPECT_TRUE(reads("{\"中\":\"" + std::string(39, 'x') + "\"}"));     // 39 bytes
  EXPECT_FALSE(reads("{\"a\":\"" + std::string(40, 'x') + "\"}"));     // 40 bytes
  EXPECT_FALSE(reads("{\"a\":\"" + std::string(39, 'x') + "\\n\"}"));  // 41 bytes, escaped
  EXPECT_FALSE(reads("{\"a\":\"" + std::string(13, 'x') + "中文中文中文中文中文\"}"));  // 43
  EXPECT_TRUE(reads(R"({"a":[{"b":1}]})"));                                             // depth 3
  EXPECT_FALSE(reads(R"({"a":[{"b":[]}]})"));                                           // depth 4
  for (const std::string bad : {"\xff", "\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xe4\xb8",
                                "\xe4\xb8\x41", "\x80"}) {
    EXPECT_FALSE(reads("{\"a\":\"ok " + bad + " ok\"}")) << "value";
    EXPECT_FALSE(reads("{\"k" + bad + "\":1}")) << "key";
    EXPECT_FALSE(reads("{\"a\":\"中文中文" + bad + "中文中文中文\"}")) << "among Chinese";
  }
  // without check_utf8 the same text is read (the caller vouches for it)
  EXPECT_TRUE(ParseJsonQuick("{\"a\":\"\xe4\xb8\xad\"}", &out));
}

TEST(ParseJsonQuick, DeepNestingGivesUpInsteadOfRecursingForever) {
  std::string deep(100000, '[');
  json out;
  EXPECT_FALSE(ParseJsonQuick(deep + std::string(100000, ']'), &out));
  std::string ok(200, '[');
  EXPECT_TRUE(ParseJsonQuick(ok + std::string(200, ']'), &out));
}

TEST(ParseJsonQuick, MutatedTextsAreReadAsNlohmannReadsThemOrLeftToIt) {
  const auto apps = Applications();
  const std::string bytes = "{}[]\":,\\ \n0123456789-+.eEtfnulrsaxu/b";
  std::mt19937 rng(20261206);
  size_t read = 0, left = 0;
  for (int round = 0; round < 4000; ++round) {
    std::string text = apps[rng() % apps.size()];
    const int edits = 1 + static_cast<int>(rng() % 3);
    for (int e = 0; e < edits; ++e) {
      // an ASCII byte replaced by an ASCII byte: the text stays UTF-8, as the caller guarantees
      for (int tries = 0; tries < 50; ++tries) {
        size_t at = rng() % text.size();
        if (static_cast<unsigned char>(text[at]) < 0x80) {
          text[at] = bytes[rng() % bytes.size()];
          break;
        }
      }
    }
    (Outcome(text) == "quick" ? read : left)++;
  }
  // both paths were taken many times (a mutation inside a string value is read quickly)
  EXPECT_GT(read, 400u);
  EXPECT_GT(left, 400u);
}

}  // namespace
}  // namespace beian
