// The layout steps every words reader (licence, domain certificate) shares: OCR words or PDF text
// runs with their boxes → cleaned words → lines → "label: value" pieces.
//
// Words are folded (core/ideographs.h; 〈《 → （), cut at the quote marks tesseract glues between
// two columns, and grouped into lines left to right by their vertical centre (so lines that slope
// in a photo stay whole). Labels are found in a line's text with the spaces removed (名　　称 is
// three words), each at the start of a word. A value runs from its label to the next label on the
// line (two columns); a line without a label in that column continues the value above it (wrapped
// names, addresses), up to a number of lines the reader chooses per field.
#ifndef BEIAN_CORE_READERS_WORD_LINES_H_
#define BEIAN_CORE_READERS_WORD_LINES_H_

#include <cstddef>
#include <string>
#include <vector>

namespace beian {

struct OcrWord {
  std::string text;
  int conf = 0;  // 0…100
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

namespace words {

// A label as the reader looks for it: folded text without spaces (ASCII letters compare without
// case, so "DomainName" finds "Domain Name" and "DOMAIN NAME").
struct Label {
  const char* text;
  const char* field;
};

// A cleaned word (folded, no blanks) with its confidence and box.
struct Placed {
  std::string text;
  int conf;
  int x0, y0, x1, y1;
};

struct Line {
  std::vector<Placed> words;
  double yc = 0;  // mean vertical centre
  double h = 0;   // mean word height
  std::string Text() const;
};

// Folded ideographs, the bracket misreads 〈《》〉, and no blanks.
std::string CleanWord(const std::string& text);

// The words as lines, top to bottom (at most 4000 words are read: a page has far fewer).
std::vector<Line> GroupLines(const std::vector<OcrWord>& words);

// Where a label sits in a line.
struct Hit {
  size_t word;      // index of the word the label starts in
  size_t end_word;  // the word it ends in
  size_t end_byte;  // byte in words[end_word].text just past the label
  const Label* label;
};

// The labels of a table (longest first where one is the start of another). `spaced_tails`: the
// second characters of spaced two-character labels ("称" for 名称), found after any single
// character, since OCR often misreads the first one of a widely spaced label (到　　称).
struct LabelTable {
  const Label* labels;
  size_t count;
  const Label* spaced_tails = nullptr;
  size_t tail_count = 0;
};
std::vector<Hit> FindLabels(const Line& line, const LabelTable& table);

// Colons and the stray marks OCR puts between a label and its value (” 。 ，).
std::string StripColon(std::string s);

// Text of several words with the lowest confidence and the box around them.
struct Piece {
  std::string text;
  int conf = 100;
  int box[4];
  Piece();
  void Add(const Placed& w, const std::string& part);
  bool empty() const { return text.empty(); }
};

// One label with its value.
struct Labeled {
  const Label* label;
  size_t line;  // index into the lines
  Hit hit;      // where the label is in that line
  Piece value;
};

// Every label of the lines with its value: to the next label on the line, plus the following
// lines (at most max_wrap(field)) whose words start in the value's column while no label of theirs
// takes that column.
std::vector<Labeled> LabeledValues(const std::vector<Line>& lines,
                                   const std::vector<std::vector<Hit>>& hits,
                                   int (*max_wrap)(const std::string& field));

}  // namespace words
}  // namespace beian

#endif  // BEIAN_CORE_READERS_WORD_LINES_H_
