// The application's JSON text to a document, without nlohmann's parser for what every application
// is made of (objects, arrays, strings, short integers, true, false, null). nlohmann's lexer
// appends a string's bytes to a buffer one at a time and copies it into the document after, ~80
// instructions a byte of input, 14 % of a batch. This reader copies a string's runs between
// escapes at once and gives up (returns false) at anything it does not read exactly as nlohmann
// does: a syntax error, a number with a fraction, an exponent or more than 18 digits, a byte-order
// mark. The caller then parses the text with nlohmann, which gives the same document or names
// the error. tests/unit/engine/parse_test.cc compares both on every example and corpus file and
// on mutated texts.
#ifndef BEIAN_CORE_ENGINE_PARSE_H_
#define BEIAN_CORE_ENGINE_PARSE_H_

#include <string_view>

#include "core/json.h"

namespace beian {

// What the reader checks besides the syntax; it gives up at the first that does not hold.
struct QuickLimits {
  bool check_utf8 = false;                      // strings must be valid UTF-8
  size_t max_string = static_cast<size_t>(-1);  // a string literal of this many bytes or more
  int max_depth = 256;                          // nesting deeper than this
};

// Reads `text` into *out as nlohmann's json::parse would: duplicate keys keep their last value,
// "\u0000" decodes to a NUL byte, surrogate pairs to one character, integers without a sign to
// unsigned numbers and with a minus sign to signed ones. The text must be valid UTF-8 unless
// `limits.check_utf8`. Returns false (and leaves *out in an unspecified state) where the caller
// must use nlohmann's parser, or where a limit is reached.
bool ParseJsonQuick(std::string_view text, json* out, const QuickLimits& limits = {});

}  // namespace beian

#endif  // BEIAN_CORE_ENGINE_PARSE_H_
