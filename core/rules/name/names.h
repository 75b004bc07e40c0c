// The website names as the NAME rules of words.cc and subject.cc read them: each `norm` cut to
// kNameBytes at a character boundary. Names are short; the cut bounds the per-character work
// (substring probes, bigrams) on absurd inputs.
#ifndef BEIAN_CORE_RULES_NAME_NAMES_H_
#define BEIAN_CORE_RULES_NAME_NAMES_H_

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "core/model.h"
#include "core/rules/rule.h"

namespace beian::rules {

constexpr size_t kNameBytes = 1024;

// The non-blank website names, each `norm` cut to kNameBytes.
std::vector<NameRef> BoundedWebsiteNames(const json& app);

// Runs `check` on every website name (see BoundedWebsiteNames); Skip() when there is none.
template <typename F>
void EachBoundedName(Ctx& c, F check) {
  auto names = BoundedWebsiteNames(c.app());
  if (names.empty()) return c.Skip();
  for (const auto& n : names) check(n);
}

// Every occurrence of a word of pack list `list` in `text`, by position (longest first at one
// position).
std::vector<WordMatcher::Hit> HitsInOrder(const Ctx& c, const char* list, const std::string& text);

// The word of a hit ("re:" entries: the matched text).
std::string HitWord(const Ctx& c, const char* list, const std::string& text,
                    const WordMatcher::Hit& h);

// `text` with every occurrence of the strings of params array `phrases` replaced by "|" (so
// that no word of a list matches inside them or across their borders).
std::string WithoutPhrases(const std::string& text, const json& phrases);

// Whether a name has a form the province of the application expects (params
// "province_patterns": [{"provinces": [...], "pattern": RE2}], e.g. 江苏's "某某的个人博客";
// NAME-010, NAME-016, NAME-017 carry the same list). Such names are not reported.
bool ProvinceAcceptsName(const Ctx& c, const std::string& norm);

}  // namespace beian::rules

#endif  // BEIAN_CORE_RULES_NAME_NAMES_H_
