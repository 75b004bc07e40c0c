// core/text.h: width folding, whitespace removal and trimming, ASCII lower-casing, code points.
#include "core/text.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "tests/unit/test_util.h"

namespace beian {
namespace {

const std::string kIdeoSpace = "\xE3\x80\x80";  // U+3000
const std::string kNbsp = "\xC2\xA0";           // U+00A0
const std::string kZwsp = "\xE2\x80\x8B";       // U+200B
const std::string kBom = "\xEF\xBB\xBF";        // U+FEFF

TEST(Text, FoldWidthAsciiRange) {
  EXPECT_EQ(FoldWidth("ＡＢＣｘｙｚ０１２９"), "ABCxyz0129");
  EXPECT_EQ(FoldWidth("\xEF\xBC\x81"), "!");  // U+FF01, the first of the range
  EXPECT_EQ(FoldWidth("\xEF\xBD\x9E"), "~");  // U+FF5E, the last
  EXPECT_EQ(FoldWidth("（１）：＠．／"), "(1):@./");
  EXPECT_EQ(FoldWidth(kIdeoSpace), " ");
}

TEST(Text, FoldWidthLeavesEverythingElse) {
  // Just outside the range: U+FF00 and U+FF5F, U+FF61 (half-width full stop), U+FFE5 (yen).
  for (const char* s : {"\xEF\xBC\x80", "\xEF\xBD\x9F", "\xEF\xBD\xA1", "\xEF\xBF\xA5"}) {
    EXPECT_EQ(FoldWidth(s), s);
  }
  EXPECT_EQ(FoldWidth("杭州青禾。、"), "杭州青禾。、");
  EXPECT_EQ(FoldWidth(kNbsp), kNbsp);  // only U+3000 becomes a space
  EXPECT_EQ(FoldWidth("😀"), "😀");
  EXPECT_EQ(FoldWidth(""), "");
  EXPECT_EQ(FoldWidth("plain ascii 123"), "plain ascii 123");
}

TEST(Text, FoldWidthKeepsInvalidBytes) {
  // Invalid UTF-8 passes through byte for byte, and does not swallow what follows.
  EXPECT_EQ(FoldWidth("\xFF"
                      "Ａ"),
            "\xFF"
            "A");
  EXPECT_EQ(FoldWidth("Ａ\xEF\xBC"), "A\xEF\xBC");  // a full-width character cut short
  EXPECT_EQ(FoldWidth("\xEF\xBC"
                      "Ａ"),
            "\xEF\xBC"
            "A");
  EXPECT_EQ(FoldWidth("\xC0\xA1"), "\xC0\xA1");                           // overlong '!'
  EXPECT_EQ(FoldWidth("\xED\xA0\x80"), "\xED\xA0\x80");                   // a surrogate
  EXPECT_EQ(FoldWidth(std::string("a\0Ａ", 5)), std::string("a\0A", 3));  // NUL is a character
}

TEST(Text, CompactRemovesAllWhitespace) {
  EXPECT_EQ(Compact(" Ａ Ｂ" + kIdeoSpace + "C\tD\r\nE "), "ABCDE");
  EXPECT_EQ(Compact(kBom + "91" + kNbsp + "44" + kZwsp + "03"), "914403");
  EXPECT_EQ(Compact(kIdeoSpace + kIdeoSpace), "");
  EXPECT_EQ(Compact(""), "");
  EXPECT_EQ(Compact("杭州 青禾"), "杭州青禾");
  // Other spaces (U+2002 en space, U+00AD soft hyphen) are kept.
  EXPECT_EQ(Compact("a\xE2\x80\x82"
                    "b"),
            "a\xE2\x80\x82"
            "b");
  EXPECT_EQ(Compact("a\xC2\xAD"
                    "b"),
            "a\xC2\xAD"
            "b");
  EXPECT_EQ(Compact("a \xFF b"),
            "a\xFF"
            "b");
}

TEST(Text, TrimBothEnds) {
  EXPECT_EQ(Trim("  杭州青禾  "), "杭州青禾");
  EXPECT_EQ(Trim(kIdeoSpace + "杭州 青禾" + kIdeoSpace), "杭州 青禾");  // inner space kept
  EXPECT_EQ(Trim("\t\r\n" + kNbsp + "x" + kZwsp + kBom), "x");
  EXPECT_EQ(Trim(kIdeoSpace + " \t"), "");
  EXPECT_EQ(Trim(""), "");
  EXPECT_EQ(Trim("x"), "x");
  EXPECT_EQ(Trim(" 中 "), "中");
  // Full-width characters are not folded by Trim.
  EXPECT_EQ(Trim(" Ａ "), "Ａ");
}

TEST(Text, TrimStopsAtInvalidUtf8) {
  EXPECT_EQ(Trim(" \xFF "), "\xFF");
  EXPECT_EQ(Trim("abc \x80"), "abc \x80");  // a stray continuation byte at the end
  EXPECT_EQ(Trim("\x80 abc"), "\x80 abc");
  // A U+3000 cut short at either end is not whitespace.
  EXPECT_EQ(Trim("abc\xE3\x80"), "abc\xE3\x80");
  EXPECT_EQ(Trim("\x80\x80 abc"), "\x80\x80 abc");
  // Continuation bytes before a trailing space do not hide it.
  EXPECT_EQ(Trim("\xE4\xB8\xAD" + kIdeoSpace), "\xE4\xB8\xAD");
}

TEST(Text, LowerIsAsciiOnly) {
  EXPECT_EQ(Lower("QingHe-TEA.COM"), "qinghe-tea.com");
  EXPECT_EQ(Lower("ＡＢＣ"), "ＡＢＣ");  // full-width letters are not lowered
  EXPECT_EQ(Lower("ÄÖ"), "ÄÖ");
  EXPECT_EQ(Lower("青禾AB"), "青禾ab");
  EXPECT_EQ(Lower("@[`{"), "@[`{");  // the neighbours of A-Z
  EXPECT_EQ(Lower(""), "");
}

TEST(Text, CodePoints) {
  std::vector<std::string> cps = CodePoints("a中é😀");
  ASSERT_EQ(cps.size(), 4u);
  EXPECT_EQ(cps[0], "a");
  EXPECT_EQ(cps[1], "中");
  EXPECT_EQ(cps[2], "é");
  EXPECT_EQ(cps[3], "😀");
  EXPECT_TRUE(CodePoints("").empty());
  EXPECT_EQ(CountCodePoints(""), 0u);
  EXPECT_EQ(CountCodePoints("杭州青禾贸易有限公司"), 10u);
  EXPECT_EQ(CountCodePoints("ＡＢＣ"), 3u);
}

TEST(Text, CodePointsCountInvalidBytesOneEach) {
  EXPECT_EQ(CountCodePoints("\xFF\xFE"), 2u);
  EXPECT_EQ(CountCodePoints("\xE4\xB8"), 2u);  // a truncated ideograph
  EXPECT_EQ(CountCodePoints("\xE4\xB8"
                            "a"),
            3u);                                       // the cut does not swallow the 'a'
  EXPECT_EQ(CountCodePoints("\xC0\xAF"), 2u);          // overlong '/'
  EXPECT_EQ(CountCodePoints("\xED\xA0\x80"), 3u);      // a UTF-16 surrogate
  EXPECT_EQ(CountCodePoints("\xF4\x90\x80\x80"), 4u);  // above U+10FFFF
  EXPECT_EQ(CountCodePoints("\xF0\x9F\x98"), 3u);      // an emoji cut short
  std::vector<std::string> cps = CodePoints("\x80中\xFF");
  ASSERT_EQ(cps.size(), 3u);
  EXPECT_EQ(cps[0], "\x80");
  EXPECT_EQ(cps[1], "中");
  EXPECT_EQ(cps[2], "\xFF");
  // The pieces always add up to the input.
  std::string joined;
  for (const auto& cp : CodePoints("x\xE4\xB8\xE4\xB8\xAD\xF0\x9F\x98\x80\xC3")) joined += cp;
  EXPECT_EQ(joined, "x\xE4\xB8\xE4\xB8\xAD\xF0\x9F\x98\x80\xC3");
}

TEST(Text, IsAsciiDigits) {
  EXPECT_TRUE(IsAsciiDigits("0"));
  EXPECT_TRUE(IsAsciiDigits("0123456789"));
  EXPECT_FALSE(IsAsciiDigits(""));
  EXPECT_FALSE(IsAsciiDigits("１２３"));  // full-width digits
  EXPECT_FALSE(IsAsciiDigits("12a"));
  EXPECT_FALSE(IsAsciiDigits(" 12"));
  EXPECT_FALSE(IsAsciiDigits("-1"));
  EXPECT_FALSE(IsAsciiDigits("1.5"));
  EXPECT_FALSE(IsAsciiDigits("一二三"));
}

TEST(Text, IsCjk) {
  EXPECT_TRUE(IsCjk("中"));
  EXPECT_TRUE(IsCjk("一"));             // U+4E00, the first
  EXPECT_TRUE(IsCjk("\xE9\xBF\xBF"));   // U+9FFF, the last
  EXPECT_FALSE(IsCjk("\xE4\xB7\xBF"));  // U+4DFF, just before
  EXPECT_FALSE(IsCjk("\xEA\x80\x80"));  // U+A000, just after
  EXPECT_FALSE(IsCjk("𠀀"));            // U+20000 (extension B) is outside the basic block
  EXPECT_FALSE(IsCjk("、"));
  EXPECT_FALSE(IsCjk("Ａ"));
  EXPECT_FALSE(IsCjk("a"));
  EXPECT_FALSE(IsCjk(""));
  EXPECT_FALSE(IsCjk("中中"));  // one code point only
}

using testing::RandomMix;

// ScanUtf8 skips ASCII 8 bytes and Chinese text two characters at a time; the oracle steps one
// sequence at a time with Utf8SequenceLength. Random mixes of valid, cut and invalid sequences,
// at every alignment.
TEST(Utf8, ScanEqualsSequenceBySequence) {
  const std::vector<std::string> pieces = {"a",
                                           "<p class=\"x\">",
                                           "中",
                                           "文",
                                           "\xE4\xB8",
                                           "\xE1\x80\x80",
                                           "\xEC\xBF\xBF",
                                           "\xEE\x80\x80",
                                           "\xEF\xBF\xBD",
                                           "\xE0\xA0\x80",
                                           "\xE0\x80\x80",
                                           "\xED\x9F\xBF",
                                           "\xED\xA0\x80",
                                           "\xF0\x9F\x98\x80",
                                           "\xF4\x90\x80\x80",
                                           "\xC3\xA9",
                                           "\xC0\xAF",
                                           "\x80",
                                           "\xBF",
                                           "\xFF",
                                           "\xE4\xB8\xAD\xE6\x96\x87\xE5\xAD\x97",
                                           "\xE4\x41\xAD",
                                           "\xE4\xB8\x41"};
  std::mt19937 rng(20261203);
  for (int round = 0; round < 20000; ++round) {
    const std::string s = RandomMix(pieces, rng, 24);
    Utf8Report want;
    for (size_t i = 0; i < s.size();) {
      size_t len = Utf8SequenceLength(s, i);
      if (len == 0 && want.invalid_count++ == 0) want.first_invalid = i;
      i += len ? len : 1;
    }
    Utf8Report got = ScanUtf8(s);
    ASSERT_EQ(got.invalid_count, want.invalid_count) << round;
    if (want.invalid_count) ASSERT_EQ(got.first_invalid, want.first_invalid) << round;
  }
}

// Compact() is one pass; the two-step definition (FoldWidth, then drop every space character,
// invalid bytes kept) is the oracle, on random mixes of the characters it treats specially.
std::string CompactReference(const std::string& s) {
  std::string f = FoldWidth(s), out;
  for (size_t i = 0; i < f.size();) {
    size_t len = Utf8SequenceLength(f, i);
    if (len == 0) {
      out += f[i++];
      continue;
    }
    size_t k = i;
    char32_t cp = NextCodePoint(f, &k);
    bool space = cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x3000 ||
                 cp == 0xA0 || cp == 0x200B || cp == 0xFEFF;
    if (!space) out.append(f, i, len);
    i += len;
  }
  return out;
}

TEST(Text, CompactEqualsFoldThenDropSpaces) {
  const std::vector<std::string> pieces = {" ",
                                           "\t",
                                           "\n",
                                           "\r",
                                           "\xc2\xa0",
                                           "\xe2\x80\x8b",
                                           "\xe3\x80\x80",
                                           "\xef\xbb\xbf",
                                           "Ａ",
                                           "ｚ",
                                           "！",
                                           "～",
                                           "\xef\xbd\x9f",
                                           "中",
                                           "a",
                                           "\xc2",
                                           "\xe3\x80",
                                           "\xef",
                                           "\xff",
                                           "\xe2\x80\x94",
                                           "é",
                                           "😀"};
  std::mt19937 rng(7);
  for (int n = 0; n < 20000; ++n) {
    const std::string s = RandomMix(pieces, rng, 12);
    ASSERT_EQ(Compact(s), CompactReference(s)) << s;
  }
}

// Utf8ToUtf16 (the wasm module's answers to JavaScript): random text of every UTF-8 length, the
// ASCII runs the fast step takes at every offset, equals the UTF-16 of its code points.
TEST(Text, Utf8ToUtf16MatchesTheCodePoints) {
  std::mt19937 rng(1616);
  const std::vector<char32_t> cps = {'a',    '"',    '\\',   0x7F,   0xE9,    0x7FF,   0x800,
                                     0x4E2D, 0x3000, 0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF};
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    std::u16string want;
    for (size_t k = rng() % 40; k > 0; --k) {
      char32_t cp = rng() % 3 == 0 ? 'x' : cps[rng() % cps.size()];
      if (rng() % 4 == 0) {  // an ASCII run of any length
        std::string run(rng() % 20, 'r');
        text += run;
        want += std::u16string(run.begin(), run.end());
      }
      if (cp < 0x80) {
        text += static_cast<char>(cp);
      } else if (cp < 0x800) {
        text += static_cast<char>(0xC0 | cp >> 6);
        text += static_cast<char>(0x80 | (cp & 0x3F));
      } else if (cp < 0x10000) {
        text += static_cast<char>(0xE0 | cp >> 12);
        text += static_cast<char>(0x80 | (cp >> 6 & 0x3F));
        text += static_cast<char>(0x80 | (cp & 0x3F));
      } else {
        text += static_cast<char>(0xF0 | cp >> 18);
        text += static_cast<char>(0x80 | (cp >> 12 & 0x3F));
        text += static_cast<char>(0x80 | (cp >> 6 & 0x3F));
        text += static_cast<char>(0x80 | (cp & 0x3F));
      }
      if (cp < 0x10000) {
        want += static_cast<char16_t>(cp);
      } else {
        want += static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10));
        want += static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF));
      }
    }
    std::u16string got(text.size(), u'\0');
    got.resize(Utf8ToUtf16(text, got.data()));
    ASSERT_EQ(got, want) << round;
  }
  // Not UTF-8 (never in an answer): no more units than bytes, and nothing read past the end.
  for (std::string bad : {"\xE4\xB8", "a\xF0\x9F", "\x80\x80", "\xF7\xBF\xBF\xBF", "\xC3"}) {
    std::u16string got(bad.size(), u'\0');
    size_t n = Utf8ToUtf16(bad, got.data());
    EXPECT_LE(n, bad.size());
    EXPECT_GE(n, 1u);
  }
  char16_t one[1];
  EXPECT_EQ(Utf8ToUtf16("\xF7\xBF\xBF\xBF", one), 1u);
  EXPECT_EQ(one[0], 0xFFFD);  // above U+10FFFF
}

}  // namespace
}  // namespace beian
