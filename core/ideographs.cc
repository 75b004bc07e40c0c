#include "core/ideographs.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

#include "core/utf8.h"

namespace beian {
namespace {

#include "ideographs.inc"

template <typename T, size_t N>
char32_t Lookup(const T (&from)[N], const T (&to)[N], char32_t c) {
  auto it = std::lower_bound(std::begin(from), std::end(from), c);
  return it != std::end(from) && *it == c ? to[it - std::begin(from)] : c;
}

size_t Utf8Length(char32_t c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }

// The code point of a well-formed 3- or 4-byte sequence at text[i] (the only lengths a folded
// character has), or 0.
char32_t Decode(std::string_view s, size_t i, size_t* len) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  auto cont = [&](size_t k) { return i + k < s.size() && (b(k) & 0xC0) == 0x80; };
  if (b(0) >= 0xE0 && b(0) < 0xF0 && cont(1) && cont(2)) {
    *len = 3;
    return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
  }
  if (b(0) >= 0xF0 && b(0) < 0xF5 && cont(1) && cont(2) && cont(3)) {
    *len = 4;
    return ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
  }
  *len = 1;
  return 0;
}

// `fold` maps a code point; only replacements of the same UTF-8 length when `same_length`.
template <typename Fold>
std::string Normalize(std::string_view text, bool same_length, Fold fold) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    size_t len = 1;
    char32_t c = static_cast<unsigned char>(text[i]) >= 0xE0 ? Decode(text, i, &len) : 0;
    char32_t to = c ? fold(c) : c;
    if (c && to != c && (!same_length || Utf8Length(to) == len)) {
      AppendUtf8(to, &out);
    } else {
      out.append(text.substr(i, len));
    }
    i += len;
  }
  return out;
}

// BMP to BMP only: the in-place folding of the licence reader (radicals, U+F900… compatibility
// ideographs). The 105 supplementary compatibility ideographs that fold to supplementary ones
// are left to NormalizeIdeographs (the page folds a PDF's text before it becomes an attachment),
// so the main module does not link the wide table.
char32_t FoldBmp(char32_t c) { return c < 0x2E80 || c > 0xFFFF ? c : Lookup(kBmpFrom, kBmpTo, c); }

}  // namespace

char32_t FoldIdeograph(char32_t c) {
  char32_t to = FoldBmp(c);
  return to != c || c <= 0xFFFF ? to : Lookup(kWideFrom, kWideTo, c);
}

std::string NormalizeIdeographs(std::string_view text) {
  return Normalize(text, false, FoldIdeograph);
}

std::string NormalizeIdeographsInPlace(std::string_view text) {
  return Normalize(text, true, FoldBmp);
}

}  // namespace beian
