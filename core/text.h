// Small text helpers shared by rules: width folding, code points, trimming.
#ifndef BEIAN_CORE_TEXT_H_
#define BEIAN_CORE_TEXT_H_

#include <string>
#include <vector>

namespace beian {

// Full-width ASCII (U+FF01…U+FF5E) to ASCII, U+3000 to a space.
std::string FoldWidth(const std::string& s);
// FoldWidth, then remove all whitespace (ASCII and U+3000).
std::string Compact(const std::string& s);
// Trims ASCII and ideographic whitespace at both ends.
std::string Trim(const std::string& s);
std::string Lower(const std::string& s);
// UTF-8 code points (invalid bytes count as one each).
std::vector<std::string> CodePoints(const std::string& s);
size_t CountCodePoints(std::string_view s);
bool IsAsciiDigits(const std::string& s);
// True if the code point (UTF-8) is a CJK unified ideograph (U+4E00…U+9FFF).
bool IsCjk(const std::string& cp);

}  // namespace beian

#endif  // BEIAN_CORE_TEXT_H_
