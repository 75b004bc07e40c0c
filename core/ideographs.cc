#include "core/ideographs.h"

#include <algorithm>
#include <iterator>

namespace beian {
namespace {

struct Fold {
  char32_t from;
  char32_t to;
};

constexpr Fold kFolds[] = {
#include "ideographs.inc"
};

size_t Utf8Length(char32_t c) { return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4; }

void AppendUtf8(char32_t c, std::string* out) {
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

std::string Normalize(std::string_view text, bool same_length) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    size_t len = 1;
    char32_t c = static_cast<unsigned char>(text[i]) >= 0xE0 ? Decode(text, i, &len) : 0;
    char32_t to = c ? FoldIdeograph(c) : c;
    if (c && to != c && (!same_length || Utf8Length(to) == len)) {
      AppendUtf8(to, &out);
    } else {
      out.append(text.substr(i, len));
    }
    i += len;
  }
  return out;
}

}  // namespace

char32_t FoldIdeograph(char32_t c) {
  if (c < 0x2E80) return c;
  auto it = std::lower_bound(std::begin(kFolds), std::end(kFolds), c,
                             [](const Fold& f, char32_t v) { return f.from < v; });
  return it != std::end(kFolds) && it->from == c ? it->to : c;
}

std::string NormalizeIdeographs(std::string_view text) { return Normalize(text, false); }

std::string NormalizeIdeographsInPlace(std::string_view text) { return Normalize(text, true); }

}  // namespace beian
