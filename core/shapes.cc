#include "core/shapes.h"

#include <re2/re2.h>

#include "core/utf8.h"

namespace beian::shapes {
namespace {

bool Digit(char c) { return c >= '0' && c <= '9'; }
bool Letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool Alnum(char c) { return Digit(c) || Letter(c); }

// s[from, from + n) are n digits
bool DigitsAt(std::string_view s, size_t from, size_t n) {
  if (from > s.size() || s.size() - from < n) return false;
  for (size_t i = from; i < from + n; ++i)
    if (!Digit(s[i])) return false;
  return true;
}

bool StartsWith(std::string_view s, size_t at, std::string_view w) {
  return at <= s.size() && s.size() - at >= w.size() && s.compare(at, w.size(), w) == 0;
}

bool EndsWith(std::string_view s, std::string_view w) {
  return s.size() >= w.size() && s.compare(s.size() - w.size(), w.size(), w) == 0;
}

// A label of a domain: [A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?
bool Label(std::string_view l) {
  if (l.empty() || !Alnum(l.front()) || !Alnum(l.back())) return false;
  for (char c : l)
    if (!Alnum(c) && c != '-') return false;
  return true;
}

bool Utf8Ok(std::string_view s) { return ScanUtf8(s).invalid_count == 0; }

}  // namespace

bool MobileShape(std::string_view s) {
  return s.size() == 11 && s[0] == '1' && s[1] >= '3' && s[1] <= '9' && DigitsAt(s, 2, 9);
}

bool MobileStrict(std::string_view s) {
  if (s.size() != 11 || s[0] != '1' || !DigitsAt(s, 1, 10)) return false;
  char b = s[2];
  switch (s[1]) {
    case '3':
    case '8':
      return true;
    case '4':
      return b >= '5';
    case '5':
    case '9':
      return b != '4';
    case '6':
      return b == '2' || b == '5' || b == '6' || b == '7';
    case '7':
      return b <= '8';
    default:
      return false;
  }
}

bool Landline(std::string_view s) {
  static constexpr std::string_view kSeparators[] = {"-", "转", "ext.", "ext", "EXT.", "EXT", "#"};
  if (s.empty() || s[0] != '0') return false;
  for (size_t area = 2; area <= 3; ++area) {
    if (!DigitsAt(s, 1, area)) continue;
    size_t p = 1 + area;
    while (p < s.size() && s[p] == '-') ++p;  // -* (a digit follows: every dash is taken)
    for (size_t main = 7; main <= 8; ++main) {
      if (!DigitsAt(s, p, main)) continue;
      size_t q = p + main;
      if (q == s.size()) return true;
      for (std::string_view sep : kSeparators) {
        if (!StartsWith(s, q, sep)) continue;
        size_t ext = s.size() - q - sep.size();
        if (ext >= 1 && ext <= 6 && DigitsAt(s, q + sep.size(), ext)) return true;
      }
    }
  }
  return false;
}

bool ServiceNumber(std::string_view s) {
  if (s.size() < 10 || (s[0] != '4' && s[0] != '8') || s[1] != '0' || s[2] != '0') return false;
  size_t p = 3;
  if (s[p] == '-') ++p;
  if (!DigitsAt(s, p, 3)) return false;
  p += 3;
  if (p < s.size() && s[p] == '-') ++p;
  return DigitsAt(s, p, 4) && p + 4 == s.size();
}

bool EmailShape(std::string_view s) {
  size_t at = s.find('@');
  if (at == 0 || at == std::string_view::npos) return false;
  for (size_t i = 0; i < at; ++i) {
    char c = s[i];
    if (!Alnum(c) && c != '.' && c != '_' && c != '%' && c != '+' && c != '-') return false;
  }
  // The domain: labels joined by dots (no label holds a dot, so the split is the only one), at
  // least two, the last two or more letters.
  std::string_view domain = s.substr(at + 1);
  size_t last_dot = domain.rfind('.');
  if (last_dot == std::string_view::npos) return false;
  std::string_view top = domain.substr(last_dot + 1);
  if (top.size() < 2) return false;
  for (char c : top)
    if (!Letter(c)) return false;
  for (size_t b = 0;;) {
    size_t e = domain.find('.', b);
    if (!Label(domain.substr(b, e - b))) return false;
    if (e == last_dot) return true;
    b = e + 1;
  }
}

bool AsciiAlnum(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!Alnum(c)) return false;
  return true;
}

bool EndsWithPlaceSuffix(std::string_view s) {
  static constexpr std::string_view kSuffixes[] = {"省", "市", "区", "县", "自治州", "盟", "旗"};
  for (std::string_view suffix : kSuffixes) {
    if (!EndsWith(s, suffix)) continue;
    std::string_view head = s.substr(0, s.size() - suffix.size());  // ".*": no line feed
    if (head.find('\n') != std::string_view::npos) return false;
    if (Utf8Ok(head)) return true;
    static const RE2 re("^(?:.*(?:省|市|区|县|自治州|盟|旗))$");  // what "." takes of bad bytes
    return RE2::FullMatch(re2::StringPiece(s.data(), s.size()), re);
  }
  return false;
}

std::string WithoutBrackets(std::string_view s) {
  if (!Utf8Ok(s)) {  // what "[^)）]" takes of bad bytes is RE2's
    static const RE2 re("[(（][^)）]*[)）]");
    std::string out(s);
    RE2::GlobalReplace(&out, re, "");
    return out;
  }
  // The leftmost opening bracket to the first closing one after it; with no closing bracket
  // after the first opening one, none after a later one either.
  auto open_at = [&](size_t from, size_t* len) {
    for (size_t i = from; i < s.size(); ++i) {
      if (s[i] == '(') return *len = 1, i;
      if (StartsWith(s, i, "（")) return *len = 3, i;
    }
    return std::string_view::npos;
  };
  auto close_at = [&](size_t from, size_t* len) {
    for (size_t i = from; i < s.size(); ++i) {
      if (s[i] == ')') return *len = 1, i;
      if (StartsWith(s, i, "）")) return *len = 3, i;
    }
    return std::string_view::npos;
  };
  std::string out;
  size_t pos = 0;
  for (;;) {
    size_t open_len = 0, close_len = 0;
    size_t open = open_at(pos, &open_len);
    if (open == std::string_view::npos) break;
    size_t close = close_at(open + open_len, &close_len);
    if (close == std::string_view::npos) break;
    out.append(s.substr(pos, open - pos));
    pos = close + close_len;
  }
  out.append(s.substr(pos));
  return out;
}

bool StripLegalForm(std::string* s) {
  // The leftmost match of an alternation anchored at the end is the longest alternative that
  // ends the text.
  static constexpr std::string_view kForms[] = {
      "股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "分公司", "集团", "公司",
      "合伙企业",     "个人独资企业", "经营部",       "商行",     "工作室", "厂",   "店"};
  size_t best = 0;
  for (std::string_view form : kForms)
    if (form.size() > best && EndsWith(*s, form)) best = form.size();
  if (!best) return false;
  s->resize(s->size() - best);
  return true;
}

WordAlternation::Scan::Scan(const WordAlternation& alt, std::string_view text)
    : alt_(alt), text_(text), next_(alt.words_.size()) {
  for (size_t i = 0; i < next_.size(); ++i) next_[i] = text_.find(alt_.words_[i]);
}

bool WordAlternation::Scan::Next(size_t* pos, size_t* begin, size_t* end) {
  size_t best = std::string_view::npos, word = 0;
  for (size_t i = 0; i < next_.size(); ++i) {
    if (next_[i] != std::string_view::npos && next_[i] < *pos)
      next_[i] = text_.find(alt_.words_[i], *pos);
    if (next_[i] < best) best = next_[i], word = i;  // ties: the first word in list order
  }
  if (best == std::string_view::npos) return false;
  *begin = best;
  *end = best + alt_.words_[word].size();
  *pos = *end;
  return true;
}

}  // namespace beian::shapes
