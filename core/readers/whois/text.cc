// The reader's text helpers: white space (ASCII, NBSP, U+3000), clean UTF-8 copies, domain names
// and WHOIS dates (the date grammar itself is core/date_lenient.h).
#include <algorithm>

#include "core/date_lenient.h"
#include "core/readers/whois.h"
#include "core/readers/whois/internal.h"
#include "core/utf8.h"

namespace beian {
namespace whois {

void Trim(std::string_view s, size_t* b, size_t* e) {
  size_t w;
  while (*b < *e && IsSpaceAt(s, *b, &w)) *b += w;
  while (*e > *b) {
    unsigned char c = static_cast<unsigned char>(s[*e - 1]);
    if (c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r' || c == 0) {
      --*e;
    } else if (*e - *b >= 2 && c == 0xA0 && static_cast<unsigned char>(s[*e - 2]) == 0xC2) {
      *e -= 2;
    } else if (*e - *b >= 3 && c == 0x80 && static_cast<unsigned char>(s[*e - 2]) == 0x80 &&
               static_cast<unsigned char>(s[*e - 3]) == 0xE3) {
      *e -= 3;
    } else {
      break;
    }
  }
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

std::string CleanUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t n = Utf8SequenceLength(s, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else if (n == 1) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      out.push_back(c < 0x20 || c == 0x7F ? ' ' : static_cast<char>(c));
      ++i;
    } else {
      out.append(s.data() + i, n);
      i += n;
    }
  }
  return out;
}

size_t DomainTokenLength(std::string_view s) {
  // A name that starts in ASCII takes other characters only in a label of their own
  // ("qinghe.中国"), so "qinghe.cn已注册" ends before 已.
  bool wide_ok = !s.empty() && static_cast<unsigned char>(s[0]) >= 0x80;
  size_t i = 0;
  while (i < s.size()) {
    size_t next = i;
    char32_t cp = NextCodePoint(s, &next);
    bool dot = cp == '.' || cp == 0x3002 || cp == 0xFF0E;  // 。 ． typed as dots
    bool ok = dot;
    if (cp < 0x80 && !dot) {
      ok = (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           cp == '-' || cp == '_';
    } else if (!dot) {
      ok = wide_ok && !(cp >= 0x2000 && cp <= 0x206F) && !(cp >= 0x3000 && cp <= 0x303F) &&
           !(cp >= 0xFE30 && cp <= 0xFE6F) && !(cp >= 0xFF00 && cp <= 0xFF65) && cp != 0xFFFD &&
           cp != 0xA0;
    }
    if (!ok) break;
    if (dot)
      wide_ok = true;
    else if (cp < 0x80)
      wide_ok = wide_ok && i > 0 && static_cast<unsigned char>(s[i - 1]) >= 0x80;
    i = next;
  }
  return i;
}

}  // namespace whois

using whois::Lower;
using whois::Trim;

// The first 80 bytes, trimmed, then the date grammar of core/date_lenient.h.
std::optional<std::string> NormaliseWhoisDate(std::string_view text, size_t* used) {
  size_t b = 0, e = std::min(text.size(), static_cast<size_t>(80));
  Trim(text, &b, &e);
  size_t n = 0;
  std::optional<Date> d = ParseLenientDate(text.substr(b, e - b), &n);
  if (!d) return std::nullopt;
  if (used) *used = b + n;
  return d->ToString();
}

std::string NormaliseDomainName(std::string_view text) {
  size_t b = 0, e = text.size();
  Trim(text, &b, &e);
  std::string_view s = text.substr(b, e - b);
  size_t scheme = s.find("://");
  if (scheme != std::string_view::npos && scheme < 10) s = s.substr(scheme + 3);
  size_t cut = s.find_first_of("/ \t?#");
  if (cut != std::string_view::npos) s = s.substr(0, cut);
  // Full-width dot (。 ．) used by some Chinese users.
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 3, "\xE3\x80\x82") == 0 || s.compare(i, 3, "\xEF\xBC\x8E") == 0) {
      out.push_back('.');
      i += 2;
      continue;
    }
    out.push_back(Lower(s[i]));
  }
  while (!out.empty() && out.back() == '.') out.pop_back();
  if (out.size() > 253 * 4) return "";
  return out;
}

}  // namespace beian
