// Internal to the HTML reader (core/readers/html_tokenizer.cc and html.cc); callers use
// core/readers/html.h.
#ifndef BEIAN_CORE_READERS_HTML_TOKENIZER_H_
#define BEIAN_CORE_READERS_HTML_TOKENIZER_H_

#include <string_view>

#include "core/readers/html.h"

namespace beian::html_internal {

// HTML whitespace (space, tab, LF, CR, FF).
inline bool IsHtmlSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Fills page->text, segments, title, links and the links_to_* flags from `html` (the caller sets
// page->size first).
void Tokenize(std::string_view html, HtmlPage* page);

// The first "ICP" (any case) at or after byte `pos` of `text`, npos when none.
size_t FindIcpLetters(std::string_view text, size_t pos);

// The segment of page.segments holding text byte `text_offset`, nullptr before the first.
const HtmlPage::Segment* SegmentAt(const HtmlPage& page, size_t text_offset);

}  // namespace beian::html_internal

#endif  // BEIAN_CORE_READERS_HTML_TOKENIZER_H_
