// Multi-pattern scanning: a word list compiled once into an RE2::Set, so a text is scanned in
// one pass (linear time) to learn which words occur; only the words that hit are then located.
#ifndef BEIAN_CORE_SCAN_H_
#define BEIAN_CORE_SCAN_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/mem.h"

namespace beian {

// The first occurrence of `word` in `text` at or after `from` (npos when none), as
// std::string_view::find, for long texts: eight windows compared at a time by their first and last
// bytes (see scan.cc) instead of memchr on the first byte (the lead bytes of CJK characters recur
// every few bytes).
size_t FindLong(std::string_view text, std::string_view word, size_t from);

// The first occurrence of `word` in `text` at or after `from`, ignoring the case of ASCII letters
// only (what RE2's case-insensitive match does for a word without k or s: only U+212A and U+017F
// fold into ASCII letters there).
size_t FindIgnoringAsciiCase(std::string_view text, std::string_view word, size_t from);

// A run of ASCII letters and digits that every match of the RE2 `pattern` contains ("" when
// none is known): its trailing literal run, when the pattern is a plain concatenation (no
// top-level "|", no character class) and the run is not part of an escape. "(?:^|-)chn" → "chn".
// A regex word of a list is compiled only for a short text that holds its tail (ignoring ASCII
// case, as the lists match).
std::string RequiredTail(std::string_view pattern);

class WordMatcher {
 public:
  // Words are literal substrings, matched case-insensitively; an entry starting with "re:" is
  // an RE2 pattern instead.
  explicit WordMatcher(std::vector<std::string> words);
  // `except`: literal phrases that contain a word without meaning it (基金 in 基金会); an
  // occurrence inside one of them is no hit.
  WordMatcher(std::vector<std::string> words, std::vector<std::string> except);
  ~WordMatcher();
  WordMatcher(const WordMatcher&) = delete;
  WordMatcher& operator=(const WordMatcher&) = delete;

  struct Hit {
    size_t word;    // index into words()
    size_t offset;  // byte offset of the first occurrence
    size_t length;  // byte length of that occurrence
  };
  // Indices of the words that occur in `text`, ascending.
  std::vector<size_t> Which(std::string_view text) const;
  // First occurrence of every word that occurs, ordered by word index.
  std::vector<Hit> Find(std::string_view text) const;
  // Every occurrence (non-overlapping per word) of every word that occurs, up to `limit` hits.
  std::vector<Hit> FindAll(std::string_view text, size_t limit = 1000) const;
  // FindAll for the given `words` (ascending) instead of Which(text): the same hits when `words`
  // are what Which(text) returns, e.g. the hit words of a group scan of the same text (ReadHtml's
  // HtmlPage::topic_words), without reading the text with the set again.
  std::vector<Hit> FindAllOf(std::string_view text, const std::vector<size_t>& words,
                             size_t limit = 1000) const;

  const std::vector<std::string>& words() const { return words_; }
  bool ok() const;  // every word compiled (builds the set)
  // Whether the list's RE2 set is compiled yet (core/scan.cc kByteSearchCalls; for the tests).
  bool SetBuilt() const;
  // This matcher among all of the process (for caches of answers derived from its words).
  uint64_t uid() const { return uid_; }

 private:
  friend class WordMatcherGroup;
  const uint64_t uid_ = mem::NewUid();
  // Find, for the words `candidates` (ascending) that a set already saw in `text`.
  std::vector<Hit> FindAmong(std::string_view text, const std::vector<size_t>& candidates) const;
  // Whether the occurrence [offset, offset + length) lies inside an `except_` phrase of `text`.
  bool Excepted(std::string_view text, size_t offset, size_t length) const;
  // The first occurrence of word `i` at or after `from` that is not excepted.
  bool FirstFrom(size_t i, std::string_view text, size_t from, Hit* hit) const;
  // The next occurrence of word `i` at or after `from` (exceptions not applied).
  bool Locate(size_t i, std::string_view text, size_t from, Hit* hit) const;

  std::vector<std::string> words_;
  std::vector<std::string> except_;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Several word lists scanned in one pass: one RE2::Set over the words of all the lists tells
// which words occur, then each list locates its own words (with its own exception phrases). Per
// list the hits are exactly what that list's WordMatcher::Find returns. A text the combined set
// cannot scan (its DFA out of memory) is scanned list by list instead.
class WordMatcherGroup {
 public:
  // The matchers must outlive the group.
  explicit WordMatcherGroup(std::vector<const WordMatcher*> lists);
  ~WordMatcherGroup();
  WordMatcherGroup(const WordMatcherGroup&) = delete;
  WordMatcherGroup& operator=(const WordMatcherGroup&) = delete;

  // lists()[i]->Find(text) for every list i.
  std::vector<std::vector<WordMatcher::Hit>> Find(std::string_view text) const;
  const std::vector<const WordMatcher*>& lists() const { return lists_; }

 private:
  // Compiles the combined set when first needed; false when it cannot be compiled.
  bool BuildSet() const;

  std::vector<const WordMatcher*> lists_;
  std::vector<size_t> first_;  // index in the combined set of each list's first word
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace beian

#endif  // BEIAN_CORE_SCAN_H_
