// Negated() reads backwards by hand; the regex it replaced is the oracle here.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <random>
#include <string>
#include <vector>

#include "core/facts/free_text.h"
#include "core/utf8.h"

namespace beian::facts {
namespace {

bool NegatedByRegex(const std::string& text, size_t offset) {
  static const RE2 negation(
      "(不得|不含|不涉及|不从事|不开展|不提供|不做|不进行|没有|并无|禁止|除)[^；;。，,（）()]{0,30}"
      "$");
  offset = std::min(offset, text.size());
  size_t from = offset > 60 ? offset - 60 : 0;
  if (size_t b = Utf8Boundary(text, from); b < from) {
    NextCodePoint(text, &b);
    from = std::min(b, offset);
  }
  re2::StringPiece before(text.data() + from, offset - from);
  return RE2::PartialMatch(before, negation);
}

TEST(Negated, SameAsTheRegexOnRandomClauses) {
  const std::vector<std::string> pieces = {"不得", "不", "得", "除", "没有", "禁止", "提供",
                                           "直播", "，", ",",  "(",  "）",   "。",   "\n",
                                           " ",    "a",  "中", "；", "并无", "新闻", "x"};
  std::mt19937 rng(20261202);
  size_t negated = 0;
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    size_t len = rng() % 45;
    for (size_t i = 0; i < len; ++i) text += pieces[rng() % pieces.size()];
    for (size_t offset : {text.size(), text.size() / 2, size_t{0}, text.size() + 5}) {
      bool want = NegatedByRegex(text, offset);
      ASSERT_EQ(Negated(text, offset), want) << text << " @" << offset;
      negated += want;
    }
  }
  EXPECT_GT(negated, 1000u);  // both outcomes are exercised
}

TEST(Negated, Examples) {
  EXPECT_TRUE(Negated("本站不提供在线直播", std::string("本站不提供在线").size()));
  EXPECT_FALSE(Negated("本站不提供下载，提供直播", std::string("本站不提供下载，提供").size()));
  EXPECT_FALSE(Negated("直播", 0));
}

}  // namespace
}  // namespace beian::facts
