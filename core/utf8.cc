#include "core/utf8.h"

#include <cstdint>
#include <cstring>

namespace beian {

size_t Utf8SequenceLength(std::string_view s, size_t i) {
  auto at = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = at(i);
  if (c < 0x80) return 1;
  size_t n = s.size();
  auto cont = [&](size_t k) { return k < n && (at(k) & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(i + 1) || !cont(i + 2)) return 0;
    unsigned char c1 = at(i + 1);
    if (c == 0xE0 && c1 < 0xA0) return 0;  // overlong
    if (c == 0xED && c1 > 0x9F) return 0;  // surrogates
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(i + 1) || !cont(i + 2) || !cont(i + 3)) return 0;
    unsigned char c1 = at(i + 1);
    if (c == 0xF0 && c1 < 0x90) return 0;
    if (c == 0xF4 && c1 > 0x8F) return 0;
    return 4;
  }
  return 0;
}

Utf8Report ScanUtf8(std::string_view s) {
  Utf8Report r;
  const unsigned char* b = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  for (size_t i = 0; i < n;) {
    unsigned char c = b[i];
    if (c < 0x80) {
      // ASCII runs (markup) 8 bytes at a time, then straight to the first byte that is not
      // ASCII (the lowest high bit; little-endian loads)
      uint64_t x;
      for (; i + 8 <= n; i += 8) {
        std::memcpy(&x, b + i, 8);
        if (uint64_t m = x & 0x8080808080808080ULL) {
          i += FirstFlaggedByte(m);
          break;
        }
      }
      if (i < n && b[i] < 0x80) ++i;
      continue;
    }
    // Chinese text: two three-byte characters per step while both lead bytes need no check of
    // their second byte (E1..EC, EE..EF) and the four other bytes are continuation bytes
    for (uint64_t x; i + 8 <= n; i += 6) {
      std::memcpy(&x, b + i, 8);
      if (!TwoCjk(x)) break;
    }
    if (i >= n) break;
    if (b[i] < 0x80) continue;
    size_t len = Utf8SequenceLengthFast(s, i);
    if (len == 0) {
      if (r.invalid_count++ == 0) r.first_invalid = i;
      ++i;
    } else {
      i += len;
    }
  }
  return r;
}

std::string RepairUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  for (size_t i = 0; i < s.size();) {
    size_t len = Utf8SequenceLength(s, i);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(s.data() + i, len);
      i += len;
    }
  }
  return out;
}

char32_t NextCodePoint(std::string_view s, size_t* i) {
  unsigned char c = static_cast<unsigned char>(s[*i]);
  size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
  if (*i + len > s.size()) len = s.size() - *i;
  char32_t cp = len == 1 ? c : c & (0xFF >> (len + 1));
  for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[*i + k]) & 0x3F);
  *i += len;
  return cp;
}

size_t Utf8ToUtf16(std::string_view s, char16_t* out) {
  const unsigned char* b = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t o = 0;
  for (size_t i = 0; i < n;) {
    uint64_t x;
    if (i + 8 <= n && (std::memcpy(&x, b + i, 8), (x & 0x8080808080808080ULL) == 0)) {
      for (int k = 0; k < 8; ++k) out[o + k] = b[i + k];
      i += 8;
      o += 8;
      continue;
    }
    const unsigned c = b[i];
    if (c < 0x80) {
      out[o++] = static_cast<char16_t>(c);
      ++i;
      continue;
    }
    if (c >= 0xE0 && c < 0xF0 && i + 2 < n) {  // three bytes (Chinese text) decoded here
      out[o++] =
          static_cast<char16_t>((c & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | (b[i + 2] & 0x3F));
      i += 3;
      continue;
    }
    char32_t cp = NextCodePoint(s, &i);
    if (cp < 0x10000) {
      out[o++] = static_cast<char16_t>(cp);
    } else if (cp <= 0x10FFFF) {
      cp -= 0x10000;
      out[o++] = static_cast<char16_t>(0xD800 + (cp >> 10));
      out[o++] = static_cast<char16_t>(0xDC00 + (cp & 0x3FF));
    } else {
      out[o++] = 0xFFFD;
    }
  }
  return o;
}

size_t Utf8Boundary(std::string_view s, size_t pos) {
  if (pos >= s.size()) return s.size();
  while (pos > 0 && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) --pos;
  return pos;
}

std::string_view Utf8Prefix(std::string_view s, size_t max_bytes) {
  return s.substr(0, Utf8Boundary(s, max_bytes));
}

}  // namespace beian
