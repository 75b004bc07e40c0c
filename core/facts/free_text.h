// Word-list hits in free text (scope, names, 服务内容, 栏目, remarks, page text) read the way a
// reviewer reads them: a word in a negated clause ("不含赌博、色情等违法内容", "不涉及电子商务",
// "除依法须经批准的项目外") or inside a known harmless phrase (公司新闻, 支付方式) is no hit; a
// hit comes with the clause around it, to quote to the seller. Shared by the ENT, CNT, APP and
// SEED rules.
#ifndef BEIAN_CORE_FACTS_FREE_TEXT_H_
#define BEIAN_CORE_FACTS_FREE_TEXT_H_

#include <string>
#include <vector>

#include "core/json.h"
#include "core/scan.h"

namespace beian::facts {

// Whether the clause before byte `offset` of `text` negates what follows: 不得, 不含, 不涉及,
// 不从事, 不开展, 不提供, 不做, 不进行, 没有, 并无, 禁止 or 除 earlier in the same clause (at
// most 30 bytes back, no clause mark between; the phrasings DOC-012 found sellers use too).
bool Negated(const std::string& text, size_t offset);

// Whether bytes [offset, offset + length) of `text` lie inside an occurrence of one of `phrases`.
bool InsidePhrase(const std::string& text, size_t offset, size_t length,
                  const std::vector<std::string>& phrases);

// The clause of `text` around bytes [offset, offset + length): up to the nearest clause mark
// (。；;，,！？!? and line breaks) on each side, at most `chars` code points each side.
std::string ClauseAround(const std::string& text, size_t offset, size_t length, size_t chars = 15);

struct TextHit {
  std::string word;  // the list entry (or the matched text for a "re:" entry); "" when none
  size_t offset = 0, length = 0;
  std::string context;  // ClauseAround the hit
  bool found() const { return !word.empty(); }
};

// The first hit (by position) of `m` in `text` that is neither negated nor inside one of
// `harmless` phrases.
TextHit PositiveHit(const WordMatcher& m, const std::string& text,
                    const std::vector<std::string>& harmless = {});
// The same for a text whose occurring words are already known (`words`: what m.Which(text)
// returns, e.g. HtmlPage::topic_words).
TextHit PositiveHitOf(const WordMatcher& m, const std::string& text,
                      const std::vector<size_t>& words, const std::vector<std::string>& harmless);

// The first word of `m` (in WordMatcher::FindAll order) that is not negated in its clause, or "".
std::string PositiveWord(const WordMatcher& m, const std::string& text);

// The strings of a JSON array (a rule's params list of phrases); empty for anything else.
std::vector<std::string> StringList(const json& list);

}  // namespace beian::facts

#endif  // BEIAN_CORE_FACTS_FREE_TEXT_H_
