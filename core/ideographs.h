// The one text normalisation for read documents (PDF text layers, OCR words, typed licence text):
// Kangxi radicals (U+2F00…), CJK radicals supplement (U+2E80…) and CJK compatibility ideographs
// (U+F900…, U+2F800…) to the unified ideograph they stand for — NFKC plus Unicode's
// EquivalentUnifiedIdeograph.txt (a table generated at build time from Debian's unicode-data by
// scripts/gen_ideographs.py). PDF text layers often carry them (⽲⽊⻓⻔ for 科木长门). Full-width
// ASCII and U+3000 are left alone: the readers handle both, and names keep their brackets.
#ifndef BEIAN_CORE_IDEOGRAPHS_H_
#define BEIAN_CORE_IDEOGRAPHS_H_

#include <string>
#include <string_view>

namespace beian {

// The unified ideograph `c` stands for, or `c` itself.
char32_t FoldIdeograph(char32_t c);
// Every code point of `text` folded. Invalid bytes are kept as they are.
std::string NormalizeIdeographs(std::string_view text);
// The same for the Basic Multilingual Plane only (radicals, U+F900… compatibility ideographs):
// every replacement keeps its UTF-8 length, so byte offsets into the result are offsets into
// `text` (the licence reader's spans).
std::string NormalizeIdeographsInPlace(std::string_view text);

}  // namespace beian

#endif  // BEIAN_CORE_IDEOGRAPHS_H_
