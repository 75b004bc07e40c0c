// core/shapes.h against the RE2 patterns each function replaces, on generated strings: pieces of
// the shapes (digits, separators, labels, brackets, place suffixes, legal forms, status words),
// bytes that are not UTF-8, line feeds, and well-formed values with one piece changed.
#include "core/shapes.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <random>
#include <string>
#include <vector>

namespace beian::shapes {
namespace {

constexpr int kRounds = 20000;

class Gen {
 public:
  explicit Gen(uint32_t seed) : rng_(seed) {}
  size_t Below(size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng_); }
  std::string Pieces(const std::vector<std::string>& pieces, size_t max_count) {
    std::string s;
    for (size_t n = Below(max_count + 1); n > 0; --n) s += pieces[Below(pieces.size())];
    return s;
  }
  std::string Digits(size_t lo, size_t hi) {
    std::string s;
    for (size_t n = lo + Below(hi - lo + 1); n > 0; --n) s += char('0' + Below(10));
    return s;
  }
  // one byte replaced, removed or doubled (or none)
  std::string Mutate(std::string s) {
    if (s.empty() || Below(3) == 0) return s;
    size_t at = Below(s.size());
    static const char kBytes[] = "0189-.#@aZ\n\xe8";
    switch (Below(3)) {
      case 0:
        s[at] = kBytes[Below(sizeof(kBytes) - 1)];
        break;
      case 1:
        s.erase(at, 1);
        break;
      default:
        s.insert(at, 1, s[at]);
    }
    return s;
  }

 private:
  std::mt19937 rng_;
};

bool Full(const RE2& re, const std::string& s) { return RE2::FullMatch(s, re); }

TEST(Shapes, MobileShapesAsTheirPatterns) {
  RE2 shape("^1[3-9]\\d{9}$");
  RE2 strict("^1(?:3\\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\\d|9[0-35-9])\\d{8}$");
  Gen g(1);
  int shaped = 0, strict_ok = 0;
  for (int i = 0; i < kRounds; ++i) {
    std::string s = i % 4 == 0 ? g.Pieces({"1", "3", "4", "9", "0", "-", "a", "\xe8"}, 13)
                               : g.Mutate("1" + g.Digits(10, 10));
    ASSERT_EQ(MobileShape(s), Full(shape, s)) << s;
    ASSERT_EQ(MobileStrict(s), Full(strict, s)) << s;
    shaped += MobileShape(s);
    strict_ok += MobileStrict(s);
  }
  // both answers occur often enough to compare
  EXPECT_GT(shaped, kRounds / 10);
  EXPECT_GT(strict_ok, kRounds / 10);
  EXPECT_LT(strict_ok, shaped);
}

TEST(Shapes, LandlineAndServiceNumbersAsTheirPatterns) {
  RE2 land("^0\\d{2,3}-*\\d{7,8}(?:(?:-|转|ext\\.?|EXT\\.?|#)\\d{1,6})?$");
  RE2 service("^[48]00-?\\d{3}-?\\d{4}$");
  const std::vector<std::string> seps = {"",     "-",   "转", "ext", "ext.",
                                         "EXT.", "Ext", "#",  "x",   ".."};
  Gen g(2);
  int lands = 0, services = 0;
  for (int i = 0; i < kRounds; ++i) {
    std::string l = "0" + g.Digits(1, 4) + std::string(g.Below(3), '-') + g.Digits(6, 9);
    if (g.Below(2)) l += seps[g.Below(seps.size())] + g.Digits(0, 7);
    l = g.Mutate(l);
    std::string s = std::string(1, "4809"[g.Below(4)]) + (g.Below(5) ? "00" : "01") +
                    (g.Below(2) ? "-" : "") + g.Digits(2, 4) + (g.Below(2) ? "-" : "") +
                    g.Digits(3, 5);
    s = g.Mutate(s);
    for (const std::string& t :
         {l, s, g.Pieces({"0", "4", "8", "00", "-", "转", "ext.", "#"}, 12)}) {
      ASSERT_EQ(Landline(t), Full(land, t)) << t;
      ASSERT_EQ(ServiceNumber(t), Full(service, t)) << t;
      lands += Landline(t);
      services += ServiceNumber(t);
    }
  }
  EXPECT_GT(lands, kRounds / 10);
  EXPECT_GT(services, kRounds / 50);
}

TEST(Shapes, EmailShapeAsItsPattern) {
  RE2 email(
      "^[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*"
      "[A-Za-z0-9])?)*\\.[A-Za-z]{2,}$");
  const std::vector<std::string> local = {"a", "Z", "0",    ".",    "_", "%",
                                          "+", "-", "qing", "\xe8", " "};
  const std::vector<std::string> label = {"a", "b9", "-", "x-y", "0", "mail", "_", "\xe9\x9d\x92"};
  const std::vector<std::string> top = {"cn", "com", "c", "c0", "COM", "", "中国"};
  Gen g(3);
  int ok = 0;
  for (int i = 0; i < kRounds; ++i) {
    std::string s;
    if (g.Below(2)) {  // well-formed, then perhaps one byte changed
      s = "q" + g.Pieces({"a", "0", ".", "_", "-"}, 3) + "@" + g.Pieces({"b", "9"}, 2) + "x" +
          (g.Below(2) ? ".mail-1" : "") + ".cn";
    } else {
      s = g.Pieces(local, 4) + (g.Below(8) ? "@" : "@@");
      for (size_t n = g.Below(4); n > 0; --n) s += g.Pieces(label, 3) + ".";
      s += top[g.Below(top.size())];
    }
    s = g.Mutate(s);
    ASSERT_EQ(EmailShape(s), Full(email, s)) << s;
    ok += EmailShape(s);
  }
  EXPECT_GT(ok, kRounds / 10);
}

TEST(Shapes, AsciiAlnumAndPlaceSuffixAsTheirPatterns) {
  RE2 alnum("^[A-Za-z0-9]+$");
  RE2 suffixed("^(?:.*(?:省|市|区|县|自治州|盟|旗))$");
  const std::vector<std::string> pieces = {"a",  "Z",  "7",      "浙江", "省",  "市",
                                           "区", "县", "自治州", "盟",   "旗",  "州",
                                           "\n", "\r", " ",      "\xe5", "\xff"};
  Gen g(4);
  int alnums = 0, suffixes = 0;
  for (int i = 0; i < kRounds; ++i) {
    std::string s = g.Pieces(pieces, 6);
    ASSERT_EQ(AsciiAlnum(s), Full(alnum, s)) << s;
    ASSERT_EQ(EndsWithPlaceSuffix(s), Full(suffixed, s)) << s;
    alnums += AsciiAlnum(s);
    suffixes += EndsWithPlaceSuffix(s);
  }
  EXPECT_GT(alnums, kRounds / 100);
  EXPECT_GT(suffixes, kRounds / 10);
}

TEST(Shapes, BracketsAndLegalFormsAsTheirReplacements) {
  RE2 brackets("[(（][^)）]*[)）]");
  RE2 form(
      "(?:股份有限公司|有限责任公司|集团有限公司|有限公司|分公司|集团|公司|合伙企业|个人独资企业|"
      "经营部|商行|工作室|厂|店)$");
  const std::vector<std::string> pieces = {
      "(",        "（",   ")",    "）",   "青禾", "a",  "\n",       "\xe4",
      "有限公司", "股份", "有限", "公司", "集团", "分", "合伙企业", "个人独资企业",
      "经营部",   "商行", "工作", "室",   "厂",   "店", "责任"};
  Gen g(5);
  int cut = 0, stripped = 0;
  for (int i = 0; i < kRounds; ++i) {
    std::string s = g.Pieces(pieces, 8);
    std::string want = s;
    RE2::GlobalReplace(&want, brackets, "");
    std::string got = WithoutBrackets(s);
    ASSERT_EQ(got, want) << s;
    cut += got != s;
    std::string a = s, b = s;
    bool replaced = RE2::Replace(&a, form, "");
    ASSERT_EQ(StripLegalForm(&b), replaced) << s;
    ASSERT_EQ(b, a) << s;
    stripped += replaced;
  }
  EXPECT_GT(cut, kRounds / 50);
  EXPECT_GT(stripped, kRounds / 10);
}

TEST(Shapes, WordAlternationFindsWhatFindAndConsumeFinds) {
  const std::vector<std::string_view> words = {
      "列入原因", "列入日期", "列入经营异常名录原因", "列入", "移出日期", "注销", "吊销"};
  RE2 re("(列入原因|列入日期|列入经营异常名录原因|列入|移出日期|注销|吊销)");
  WordAlternation alt(words);
  const std::vector<std::string> pieces = {"列入", "原因", "日期", "经营异常名录", "移出", "注销",
                                           "吊销", "未",   "：",   "\n",           "a",    "\xe5"};
  Gen g(6);
  size_t matches = 0;
  for (int i = 0; i < kRounds; ++i) {
    std::string s = g.Pieces(pieces, 12);
    std::vector<std::pair<size_t, size_t>> want, got;
    re2::StringPiece input(s), m;
    while (RE2::FindAndConsume(&input, re, &m))
      want.emplace_back(m.data() - s.data(), m.data() - s.data() + m.size());
    WordAlternation::Scan scan(alt, s);
    for (size_t pos = 0, b, e; scan.Next(&pos, &b, &e);) got.emplace_back(b, e);
    ASSERT_EQ(got, want) << s;
    matches += got.size();
  }
  EXPECT_GT(matches, size_t(kRounds));
}

}  // namespace
}  // namespace beian::shapes
