#include "core/facts/free_text.h"

#include <re2/re2.h>

#include <algorithm>
#include <string_view>

#include "core/utf8.h"

namespace beian::facts {
namespace {

// The start of the code point at or after byte `from` (never past `limit`).
size_t CharStart(const std::string& text, size_t from, size_t limit) {
  if (size_t b = Utf8Boundary(text, from); b < from) {
    NextCodePoint(text, &b);
    return std::min(b, limit);
  }
  return from;
}

bool ClauseMark(const std::string& cp) {
  static const char* const kMarks[] = {"。", "；", ";", "，", ",", "！",
                                       "？", "!",  "?", "\n", "\r"};
  for (const char* m : kMarks)
    if (cp == m) return true;
  return false;
}

}  // namespace

bool Negated(const std::string& text, size_t offset) {
  // A negation word, then at most 30 characters up to the hit, none of them a clause or bracket
  // mark: read backwards from the hit (what the regex
  // "(不得|…|除)[^；;。，,（）()]{0,30}$" says, without compiling its 30 repeated classes).
  static const std::string_view kWords[] = {"不得",   "不含",   "不涉及", "不从事",
                                            "不开展", "不提供", "不做",   "不进行",
                                            "没有",   "并无",   "禁止",   "除"};
  static const char32_t kStops[] = {U'；', U';', U'。', U'，', U',', U'（', U'）', U'(', U')'};
  offset = std::min(offset, text.size());
  size_t from = CharStart(text, offset > 60 ? offset - 60 : 0, offset);
  std::string_view before(text.data() + from, offset - from);
  size_t pos = before.size();
  for (int chars = 0;; ++chars) {
    std::string_view head = before.substr(0, pos);
    for (std::string_view w : kWords)
      if (head.size() >= w.size() && head.compare(head.size() - w.size(), w.size(), w) == 0)
        return true;
    if (chars == 30 || pos == 0) return false;
    size_t prev = Utf8Boundary(before, pos - 1), next = prev;
    char32_t cp = NextCodePoint(before, &next);
    if (next != pos || Utf8SequenceLength(before, prev) != pos - prev)
      return false;  // a cut or invalid character: the class matches whole characters only
    for (char32_t stop : kStops)
      if (cp == stop) return false;
    pos = prev;
  }
}

bool InsidePhrase(const std::string& text, size_t offset, size_t length,
                  const std::vector<std::string>& phrases) {
  // An occurrence of a phrase that covers the hit starts in [offset + length - size, offset]:
  // only that window is searched (not the rest of a long page, once per hit and phrase).
  for (const std::string& p : phrases) {
    if (p.size() < length || p.empty() || offset > text.size()) continue;
    size_t from = offset + length > p.size() ? offset + length - p.size() : 0;
    if (std::string_view(text).substr(from, offset - from + p.size()).find(p) !=
        std::string_view::npos)
      return true;
  }
  return false;
}

std::string ClauseAround(const std::string& text, size_t offset, size_t length, size_t chars) {
  offset = std::min(offset, text.size());
  size_t end = std::min(offset + length, text.size());
  // Left: walk back code point by code point.
  size_t begin = offset;
  for (size_t n = 0; n < chars && begin > 0; ++n) {
    size_t prev = Utf8Boundary(text, begin - 1);
    if (ClauseMark(text.substr(prev, begin - prev))) break;
    begin = prev;
  }
  size_t stop = end;
  for (size_t n = 0; n < chars && stop < text.size(); ++n) {
    size_t next = stop;
    NextCodePoint(text, &next);
    if (ClauseMark(text.substr(stop, next - stop))) break;
    stop = next;
  }
  return text.substr(begin, stop - begin);
}

namespace {

// The first hit of `hits` (in their order) that is neither negated nor harmless.
TextHit FirstPositive(const WordMatcher& m, const std::string& text,
                      const std::vector<WordMatcher::Hit>& hits,
                      const std::vector<std::string>& harmless) {
  for (const auto& h : hits) {
    if (Negated(text, h.offset)) continue;
    if (InsidePhrase(text, h.offset, h.length, harmless)) continue;
    const std::string& w = m.words()[h.word];
    TextHit out;
    out.word = w.rfind("re:", 0) == 0 ? text.substr(h.offset, h.length) : w;
    out.offset = h.offset;
    out.length = h.length;
    out.context = ClauseAround(text, h.offset, h.length);
    return out;
  }
  return {};
}

}  // namespace

TextHit PositiveHit(const WordMatcher& m, const std::string& text,
                    const std::vector<std::string>& harmless) {
  return PositiveHitOf(m, text, m.Which(text), harmless);
}

TextHit PositiveHitOf(const WordMatcher& m, const std::string& text,
                      const std::vector<size_t>& words, const std::vector<std::string>& harmless) {
  auto hits = m.FindAllOf(text, words, 64);
  std::stable_sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) {
    return a.offset != b.offset ? a.offset < b.offset : a.length > b.length;
  });
  return FirstPositive(m, text, hits, harmless);
}

std::string PositiveWord(const WordMatcher& m, const std::string& text) {
  return FirstPositive(m, text, m.FindAll(text, 64), {}).word;
}

std::vector<std::string> StringList(const json& list) {
  std::vector<std::string> out;
  if (!list.is_array()) return out;
  for (const auto& v : list)
    if (v.is_string() && !v.get<std::string>().empty()) out.push_back(v.get<std::string>());
  return out;
}

}  // namespace beian::facts
