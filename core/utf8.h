// UTF-8 validation and repair for uploaded and typed text; byte sets for fast paths over it.
#ifndef BEIAN_CORE_UTF8_H_
#define BEIAN_CORE_UTF8_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace beian {

struct Utf8Report {
  size_t invalid_count = 0;  // number of invalid byte sequences
  size_t first_invalid = 0;  // byte offset of the first one (meaningful when invalid_count > 0)
};

Utf8Report ScanUtf8(std::string_view text);

// A set of byte values as a 256-entry table, built at compile time: `bytes`, and every byte
// below `below` (e.g. the control characters). For loops that look for a few byte values.
struct ByteSet {
  bool on[256] = {};
  constexpr ByteSet(std::initializer_list<unsigned char> bytes, unsigned below = 0) {
    for (unsigned b = 0; b < below && b < 256; ++b) on[b] = true;
    for (unsigned char b : bytes) on[b] = true;
  }
  bool AnyIn(std::string_view s) const {
    for (unsigned char c : s)
      if (on[c]) return true;
    return false;
  }
};
// Replaces every invalid sequence by U+FFFD.
std::string RepairUtf8(std::string_view text);
// For scans 8 bytes at a time: the index (0..7) of the first of the 8 bytes whose high bit is
// set in `mask` (computed on a little-endian load; mask != 0). 0 where bytes are stored the other
// way round (the caller then steps from the block's first byte).
inline size_t FirstFlaggedByte(uint64_t mask) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  return static_cast<size_t>(__builtin_ctzll(mask)) >> 3;
#else
  (void)mask;
  return 0;
#endif
}

// Length in bytes of the valid sequence starting at text[i], or 0 if invalid there.
size_t Utf8SequenceLength(std::string_view text, size_t i);

// Characters of text known to be valid UTF-8 (the embedded tables): its bytes that do not
// continue a sequence. For text from a seller, CountCodePoints (core/text.h).
inline size_t CountValidUtf8Chars(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Bytes a JSON string cannot hold as they are: '"', '\\' and control characters (< 0x20). Among
// the 8 bytes in `x` (loaded little-endian), the high bit of each such byte, by the classic "has
// a byte less than n" and "has a zero byte" bit tricks: zero exactly when the 8 bytes hold none;
// otherwise only the lowest flagged byte is certain (a borrow may flag bytes above it), which is
// all a scan needs to jump to the first of them.
inline uint64_t JsonStops8(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
  uint64_t control = (x - kOnes * 0x20) & ~x & kHighs;
  uint64_t q = x ^ (kOnes * '"'), b = x ^ (kOnes * '\\');
  uint64_t quote = (q - kOnes) & ~q & kHighs, backslash = (b - kOnes) & ~b & kHighs;
  return control | quote | backslash;
}

// The byte a JSON escape's letter stands for when the escape is a simple one (\" \\ \/ \b \f \n
// \r \t), else 0 (\u and anything else).
inline char JsonSimpleEscape(char e) {
  switch (e) {
    case '"':
    case '\\':
    case '/':
      return e;
    case 'b':
      return '\b';
    case 'f':
      return '\f';
    case 'n':
      return '\n';
    case 'r':
      return '\r';
    case 't':
      return '\t';
    default:
      return 0;
  }
}

// Whether the 8 bytes in `x` (loaded little-endian, as on x86-64 and in wasm) begin with two
// three-byte characters whose lead bytes need no check of their second byte (E1..EC, EE..EF:
// Chinese text), i.e. the first 6 bytes are valid UTF-8 and hold no ASCII.
inline bool TwoCjk(uint64_t x) {
  const unsigned l0 = static_cast<unsigned>(x & 0xFF), l1 = static_cast<unsigned>(x >> 24 & 0xFF);
  return (x & 0x0000C0C000C0C000ULL) == 0x0000808000808000ULL && l0 - 0xE1 <= 0xE && l0 != 0xED &&
         l1 - 0xE1 <= 0xE && l1 != 0xED;
}

// Utf8SequenceLength, with the three-byte sequences of CJK text (E1..EC, EE..EF + two
// continuation bytes) checked inline; for loops over long texts.
inline size_t Utf8SequenceLengthFast(std::string_view text, size_t i) {
  const unsigned char* b = reinterpret_cast<const unsigned char*>(text.data());
  unsigned char c = b[i];
  if (c >= 0xE1 && c <= 0xEF && c != 0xED && i + 2 < text.size() && (b[i + 1] & 0xC0) == 0x80 &&
      (b[i + 2] & 0xC0) == 0x80)
    return 3;
  return Utf8SequenceLength(text, i);
}

// The one decoder for text that is already valid (the engine repairs every input first): the
// code point at text[*i], advancing *i past it. Lenient: a stray byte decodes as itself and a
// sequence cut by the end of the text stops there, so a loop over any bytes always ends.
char32_t NextCodePoint(std::string_view text, size_t* i);
// The bytes of code point `c` (up to 0x10FFFF) appended to `out`, in the UTF-8 pattern of its
// length: a surrogate (U+D800-DFFF) gets its three bytes too, which are not UTF-8; callers that
// must write valid UTF-8 replace those first.
inline void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}
// The UTF-16 code units of UTF-8 text (a JavaScript string's), written to out[0..], which must
// have room for text.size() units (never more are needed); returns how many were written. ASCII 8
// bytes a step; other characters as NextCodePoint decodes them (leniently), those above U+10FFFF
// as U+FFFD.
size_t Utf8ToUtf16(std::string_view text, char16_t* out);
// The largest character boundary at or before `pos` (pos past the end: the size).
size_t Utf8Boundary(std::string_view text, size_t pos);
// At most `max_bytes` of `text`, cut at a character boundary.
std::string_view Utf8Prefix(std::string_view text, size_t max_bytes);

}  // namespace beian

#endif  // BEIAN_CORE_UTF8_H_
