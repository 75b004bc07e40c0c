// The date grammar of core/date_lenient.h: numbers, month names and CJK date words, read byte by
// byte from the start of the text.
#include "core/date_lenient.h"

#include <cstring>
#include <string>

#include "core/text.h"

namespace beian {
namespace {

int MonthFromName(std::string_view w) {
  static const char* kNames[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                 "jul", "aug", "sep", "oct", "nov", "dec"};
  if (w.size() < 3) return 0;
  std::string l = Lower(std::string(w));
  for (int i = 0; i < 12; ++i) {
    if (l.compare(0, 3, kNames[i]) == 0) {
      static const char* kFull[] = {"january",   "february", "march",    "april",
                                    "may",       "june",     "july",     "august",
                                    "september", "october",  "november", "december"};
      if (l.size() == 3 || l == kFull[i] || (i == 8 && l == "sept")) return i + 1;
      return 0;
    }
  }
  return 0;
}

std::optional<Date> MakeDate(long y, long m, long d) {
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  Date dt{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
  if (d > DaysInMonth(dt.year, dt.month)) return std::nullopt;
  return dt;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Reads up to `max` digits at *i; returns count read.
size_t ReadNum(std::string_view s, size_t* i, size_t max, long* out) {
  size_t n = 0;
  long v = 0;
  while (*i < s.size() && n < max && IsDigit(s[*i])) {
    v = v * 10 + (s[*i] - '0');
    ++*i;
    ++n;
  }
  *out = v;
  return n;
}

bool ReadWord(std::string_view s, size_t* i, std::string_view* w) {
  size_t b = *i;
  while (*i < s.size() && ((s[*i] >= 'a' && s[*i] <= 'z') || (s[*i] >= 'A' && s[*i] <= 'Z'))) ++*i;
  *w = s.substr(b, *i - b);
  return *i > b;
}

bool Lit(std::string_view s, size_t* i, const char* lit) {
  size_t n = std::strlen(lit);
  if (s.substr(*i, n) == lit) {
    *i += n;
    return true;
  }
  return false;
}

void SkipBlanks(std::string_view s, size_t* i) {
  while (*i < s.size() && (s[*i] == ' ' || s[*i] == '\t')) ++*i;
}

}  // namespace

std::optional<Date> ParseLenientDate(std::string_view text, size_t* used) {
  std::string_view s = text;
  size_t b = 0;  // bytes of a leading weekday
  size_t i = 0;
  long y = 0, m = 0, d = 0;
  std::optional<Date> out;
  auto done = [&](std::optional<Date> r) {
    if (r && used) *used = b + i;
    return r;
  };
  if (s.empty()) return std::nullopt;
  // Optional weekday prefix ("Tue, ").
  if (!IsDigit(s[0])) {
    size_t j = 0;
    std::string_view w;
    if (ReadWord(s, &j, &w) && w.size() == 3 && MonthFromName(w) == 0) {
      while (j < s.size() && (s[j] == ',' || s[j] == ' ')) ++j;
      s = s.substr(j);
      b += j;
    }
  }
  if (s.empty()) return std::nullopt;
  if (IsDigit(s[0])) {
    size_t n1 = ReadNum(s, &i, 8, &y);
    if (n1 == 8) {  // YYYYMMDD
      if (i < s.size() && IsDigit(s[i])) return std::nullopt;
      return done(MakeDate(y / 10000, (y / 100) % 100, y % 100));
    }
    if (n1 == 4) {  // YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD, YYYY年MM月DD日
      bool cjk = false;
      SkipBlanks(s, &i);
      if (Lit(s, &i, "年")) {
        cjk = true;
      } else if (i < s.size() && (s[i] == '-' || s[i] == '/' || s[i] == '.')) {
        ++i;
      } else {
        return std::nullopt;
      }
      SkipBlanks(s, &i);
      if (ReadNum(s, &i, 2, &m) == 0) return std::nullopt;
      SkipBlanks(s, &i);
      if (cjk) {
        if (!Lit(s, &i, "月")) return std::nullopt;
      } else if (i < s.size() && (s[i] == '-' || s[i] == '/' || s[i] == '.')) {
        ++i;
      } else {
        return std::nullopt;
      }
      SkipBlanks(s, &i);
      if (ReadNum(s, &i, 2, &d) == 0) return std::nullopt;
      if (i < s.size() && IsDigit(s[i])) return std::nullopt;
      if (cjk) {
        SkipBlanks(s, &i);
        Lit(s, &i, "日");
      }
      return done(MakeDate(y, m, d));
    }
    if (n1 == 1 || n1 == 2) {  // DD-Mon-YYYY, DD Mon YYYY, DD.MM.YYYY, DD/MM/YYYY
      d = y;
      if (i >= s.size()) return std::nullopt;
      char sep = s[i];
      if (sep != '-' && sep != '/' && sep != '.' && sep != ' ') return std::nullopt;
      ++i;
      SkipBlanks(s, &i);
      std::string_view w;
      if (ReadWord(s, &i, &w)) {
        m = MonthFromName(w);
        if (m == 0) return std::nullopt;
        if (i < s.size() &&
            (s[i] == '-' || s[i] == '/' || s[i] == '.' || s[i] == ' ' || s[i] == ','))
          ++i;
        SkipBlanks(s, &i);
        if (ReadNum(s, &i, 4, &y) != 4) return std::nullopt;
        return done(MakeDate(y, m, d));
      }
      long a = d, bnum = 0;
      if (ReadNum(s, &i, 2, &bnum) == 0) return std::nullopt;
      if (i >= s.size() || s[i] != sep) return std::nullopt;
      ++i;
      if (ReadNum(s, &i, 4, &y) != 4) return std::nullopt;
      if (i < s.size() && IsDigit(s[i])) return std::nullopt;
      if (sep == '/') {
        // Ambiguous unless one part is > 12.
        if (a > 12 && bnum <= 12) return done(MakeDate(y, bnum, a));
        if (bnum > 12 && a <= 12) return done(MakeDate(y, a, bnum));
        return std::nullopt;
      }
      return done(MakeDate(y, bnum, a));  // DD.MM.YYYY, DD-MM-YYYY
    }
    return std::nullopt;
  }
  // Mon DD, YYYY
  std::string_view w;
  if (ReadWord(s, &i, &w)) {
    m = MonthFromName(w);
    if (m == 0) return std::nullopt;
    if (i < s.size() && (s[i] == '-' || s[i] == '.')) ++i;
    SkipBlanks(s, &i);
    if (ReadNum(s, &i, 2, &d) == 0) return std::nullopt;
    if (i < s.size() && (s[i] == ',' || s[i] == '-')) ++i;
    SkipBlanks(s, &i);
    if (ReadNum(s, &i, 4, &y) != 4) return std::nullopt;
    return done(MakeDate(y, m, d));
  }
  return out;
}

}  // namespace beian
