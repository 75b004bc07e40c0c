// core/scan.h: WordMatcher — literal and "re:" words, and "except" phrases (a word inside one of
// them is no hit: 基金 in 基金会).
#include "core/scan.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace beian {
namespace {

TEST(WordMatcher, ExceptPhrasesHideTheWordInsideThem) {
  WordMatcher m({"基金", "支付"}, {"基金会"});
  EXPECT_TRUE(m.Which("湖南省青禾助学基金会").empty());
  EXPECT_TRUE(m.Find("湖南省青禾助学基金会").empty());
  EXPECT_TRUE(m.FindAll("基金会基金会").empty());
  // The same word outside the phrase is found, at its own offset.
  std::string text = "青禾基金会发起的基金";
  auto hits = m.Find(text);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(text.substr(hits[0].offset, hits[0].length), "基金");
  EXPECT_EQ(hits[0].offset, text.rfind("基金"));
  EXPECT_EQ(m.FindAll(text).size(), 1u);
  // Other words are untouched.
  EXPECT_EQ(m.Which("基金会支付方式"), std::vector<size_t>({1}));
}

TEST(WordMatcher, WithoutExceptEveryOccurrenceCounts) {
  WordMatcher m({"基金"});
  EXPECT_EQ(m.FindAll("基金会基金").size(), 2u);
  WordMatcher empty_except({"基金"}, {""});  // an empty phrase excepts nothing
  EXPECT_EQ(empty_except.FindAll("基金会基金").size(), 2u);
}

}  // namespace
}  // namespace beian
