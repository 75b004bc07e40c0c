#include "core/text.h"

#include "core/utf8.h"

namespace beian {

namespace {
unsigned DecodeCp(const std::string& s, size_t i, size_t len) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  if (len == 1) return b(0);
  if (len == 2) return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
  if (len == 3) return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
  return ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
}
bool IsSpaceCp(unsigned cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x3000 || cp == 0xA0 ||
         cp == 0x200B || cp == 0xFEFF;
}
// The fast paths below copy a string that cannot change.
// FoldWidth changes only U+FF01..FF5E (lead byte EF) and U+3000 (E3 80 80).
constexpr ByteSet kFoldLeads({0xE3, 0xEF});
// Compact also drops the spaces of IsSpaceCp: ASCII ones, U+00A0 (C2), U+200B (E2), U+3000
// (E3), U+FEFF (EF).
constexpr ByteSet kCompactBytes({' ', '\t', '\n', '\r', 0xC2, 0xE2, 0xE3, 0xEF});
}  // namespace

std::string FoldWidth(const std::string& s) {
  if (!kFoldLeads.AnyIn(s)) return s;
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t len = Utf8SequenceLength(s, i);
    if (len == 0) {
      out += s[i++];
      continue;
    }
    unsigned cp = DecodeCp(s, i, len);
    if (cp >= 0xFF01 && cp <= 0xFF5E) {
      out += static_cast<char>(cp - 0xFEE0);
    } else if (cp == 0x3000) {
      out += ' ';
    } else {
      out.append(s, i, len);
    }
    i += len;
  }
  return out;
}

std::string Compact(const std::string& s) {
  if (!kCompactBytes.AnyIn(s)) return s;
  // One pass: FoldWidth (fullwidth ASCII forms → ASCII, U+3000 → space), then every IsSpaceCp
  // character dropped; bytes that are not valid UTF-8 are kept as they are.
  std::string out;
  out.reserve(s.size());
  size_t run = 0;  // start of the bytes not yet copied
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (!kCompactBytes.on[c]) {  // kept as is (ASCII or a lead byte that folds nothing)
      ++i;
      continue;
    }
    size_t len = Utf8SequenceLength(s, i);
    if (len == 0) {  // not valid here: kept
      ++i;
      continue;
    }
    unsigned cp = DecodeCp(s, i, len);
    bool fold = cp >= 0xFF01 && cp <= 0xFF5E;
    if (!fold && !IsSpaceCp(cp)) {
      i += len;
      continue;
    }
    out.append(s, run, i - run);
    if (fold) out += static_cast<char>(cp - 0xFEE0);
    i += len;
    run = i;
  }
  out.append(s, run, std::string::npos);
  return out;
}

std::string Trim(const std::string& s) {
  size_t b = 0, e = s.size();
  while (b < e) {
    size_t len = Utf8SequenceLength(s, b);
    if (len == 0 || !IsSpaceCp(DecodeCp(s, b, len))) break;
    b += len;
  }
  while (e > b) {
    size_t start = e - 1;
    while (start > b && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    size_t len = Utf8SequenceLength(s, start);
    if (len == 0 || start + len != e || !IsSpaceCp(DecodeCp(s, start, len))) break;
    e = start;
  }
  return s.substr(b, e - b);
}

std::string Lower(const std::string& s) {
  std::string out = s;
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::vector<std::string> CodePoints(const std::string& s) {
  std::vector<std::string> out;
  for (size_t i = 0; i < s.size();) {
    size_t len = Utf8SequenceLength(s, i);
    if (len == 0) len = 1;
    out.push_back(s.substr(i, len));
    i += len;
  }
  return out;
}

// As CodePoints(s).size(), without building the pieces (called for every name and place).
size_t CountCodePoints(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++n) {
    size_t len = Utf8SequenceLength(s, i);
    i += len == 0 ? 1 : len;
  }
  return n;
}

bool IsAsciiDigits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

bool IsCjk(const std::string& cp) {
  if (cp.size() != 3) return false;
  unsigned v = DecodeCp(cp, 0, 3);
  return v >= 0x4E00 && v <= 0x9FFF;
}

}  // namespace beian
