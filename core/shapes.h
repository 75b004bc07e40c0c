// Fixed shapes the rules test on every check (telephone and e-mail shapes, legal forms, place
// suffixes, the status words of a licence), written out instead of compiled regular expressions.
// A cold first check compiled 13 RE2 patterns for them: 1.55 M of its 20.1 M instructions
// natively, and in WebAssembly RE2's parser and compiler were among the functions V8 recompiles
// with TurboFan while the first check runs (docs/performance-log.md, sixth session). Each
// function gives the same answer as the pattern in its comment (tests/unit/shapes_test.cc
// compares them with RE2 on generated strings); patterns read from the rule pack stay RE2.
#ifndef BEIAN_CORE_SHAPES_H_
#define BEIAN_CORE_SHAPES_H_

#include <string>
#include <string_view>
#include <vector>

namespace beian::shapes {

// ^1[3-9]\d{9}$
bool MobileShape(std::string_view s);
// ^1(?:3\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\d|9[0-35-9])\d{8}$
bool MobileStrict(std::string_view s);
// ^0\d{2,3}-*\d{7,8}(?:(?:-|转|ext\.?|EXT\.?|#)\d{1,6})?$
bool Landline(std::string_view s);
// ^[48]00-?\d{3}-?\d{4}$
bool ServiceNumber(std::string_view s);
// ^[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*
// [A-Za-z0-9])?)*\.[A-Za-z]{2,}$
bool EmailShape(std::string_view s);
// ^[A-Za-z0-9]+$
bool AsciiAlnum(std::string_view s);
// ^(?:.*(?:省|市|区|县|自治州|盟|旗))$
bool EndsWithPlaceSuffix(std::string_view s);
// RE2::GlobalReplace(s, "[(（][^)）]*[)）]", ""): every bracketed part removed.
std::string WithoutBrackets(std::string_view s);
// RE2::Replace(s, "(?:股份有限公司|有限责任公司|集团有限公司|有限公司|分公司|集团|公司|合伙企业|
// 个人独资企业|经营部|商行|工作室|厂|店)$", ""): the legal form at the end removed (the longest
// that ends `s`); false when `s` ends with none.
bool StripLegalForm(std::string* s);

// What FindAndConsume with an RE2 alternation of literal words, "(w1|w2|…)", finds: from `from`
// on, the leftmost occurrence of any word, and at one position the first word in list order.
// Each word's next occurrence is kept, so a scan over a text searches it once per word.
class WordAlternation {
 public:
  explicit WordAlternation(std::vector<std::string_view> words) : words_(std::move(words)) {}
  // Over `text`: the next match at or after `*pos`; sets *begin, *end and moves *pos to *end.
  class Scan {
   public:
    Scan(const WordAlternation& alt, std::string_view text);
    bool Next(size_t* pos, size_t* begin, size_t* end);

   private:
    const WordAlternation& alt_;
    std::string_view text_;
    std::vector<size_t> next_;  // each word's next occurrence (npos: none left)
  };
  const std::vector<std::string_view>& words() const { return words_; }

 private:
  std::vector<std::string_view> words_;
};

}  // namespace beian::shapes

#endif  // BEIAN_CORE_SHAPES_H_
