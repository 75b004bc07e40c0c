#include "core/readers/word_lines.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstring>

#include "core/ideographs.h"

namespace beian::words {
namespace {

constexpr int kMaxCoordinate = 1000000;

size_t CodePointCount(const std::string& s) {
  size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

bool IsSpaceWord(const std::string& s) {
  for (char c : s)
    if (c != ' ' && c != '\t') return false;
  return true;
}

bool IsMark(const std::string& cp) {
  static const char* const kMarks[] = {"“",  "”", "‘",  "’", "\"", "'", "，", ",",
                                       "。", ".", "、", ":", "：", ";", "；", "|",
                                       "`",  "~", "_",  "·", "「", "」"};
  for (const char* m : kMarks)
    if (cp == m) return true;
  return false;
}

// A word cut at the quote marks tesseract glues between two columns (技“住所…), each piece with
// its share of the box; pieces of marks only (” ，，) are dropped.
std::vector<Placed> SplitWord(const std::string& text, const OcrWord& w) {
  std::vector<std::string> cps;
  for (size_t i = 0; i < text.size();) {
    size_t n = 1;
    while (i + n < text.size() && (static_cast<unsigned char>(text[i + n]) & 0xC0) == 0x80) ++n;
    cps.push_back(text.substr(i, n));
    i += n;
  }
  std::vector<Placed> out;
  const double step = cps.empty() ? 0 : static_cast<double>(w.x1 - w.x0) / cps.size();
  size_t begin = 0;
  for (size_t i = 0; i <= cps.size(); ++i) {
    bool quote = i < cps.size() && (cps[i] == "“" || cps[i] == "”" || cps[i] == "\"" ||
                                    cps[i] == "「" || cps[i] == "」");
    if (i < cps.size() && !quote) continue;
    std::string piece;
    bool marks_only = true;
    for (size_t k = begin; k < i; ++k) {
      piece += cps[k];
      if (!IsMark(cps[k])) marks_only = false;
    }
    // the first piece keeps the word's left edge: a mark glued in front (”杭州) takes no width,
    // while tesseract's box of such a word often spans the words after it as well
    if (!piece.empty() && !marks_only)
      out.push_back({piece, w.conf, out.empty() ? w.x0 : w.x0 + static_cast<int>(step * begin),
                     w.y0, w.x0 + static_cast<int>(step * i), w.y1});
    begin = i + 1;
  }
  return out;
}

char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// `rest` starts with `label` (ASCII letters without case).
bool StartsWithLabel(const std::string& rest, const char* label) {
  size_t n = std::strlen(label);
  if (rest.size() < n) return false;
  for (size_t i = 0; i < n; ++i)
    if (LowerAscii(rest[i]) != LowerAscii(label[i])) return false;
  return true;
}

}  // namespace

std::string Line::Text() const {
  std::string s;
  for (const Placed& w : words) s += w.text;
  return s;
}

std::string CleanWord(const std::string& text) {
  std::string s = NormalizeIdeographs(text);
  std::string out;
  for (size_t i = 0; i < s.size();) {
    auto starts = [&](const char* p) { return s.compare(i, std::strlen(p), p) == 0; };
    if (s[i] == ' ' || s[i] == '\t') {
      ++i;
    } else if (starts("〈") || starts("《")) {
      out += "（";
      i += 3;
    } else if (starts("〉") || starts("》")) {
      out += "）";
      i += 3;
    } else if (starts("　")) {
      i += 3;
    } else {
      out += s[i++];
    }
  }
  return out;
}

std::vector<Line> GroupLines(const std::vector<OcrWord>& words) {
  std::vector<Placed> placed;
  // Coordinates far outside any page are clamped: the arithmetic below stays in range whatever
  // the caller sends.
  auto clamp = [](int v) { return std::max(-kMaxCoordinate, std::min(kMaxCoordinate, v)); };
  for (const OcrWord& in : words) {
    OcrWord w{"",           std::max(0, std::min(100, in.conf)),
              clamp(in.x0), clamp(in.y0),
              clamp(in.x1), clamp(in.y1)};
    if (in.text.empty() || IsSpaceWord(in.text) || w.y1 <= w.y0) continue;
    if (w.x1 < w.x0) w.x1 = w.x0;
    for (const Placed& p : SplitWord(CleanWord(in.text), w)) placed.push_back(p);
    if (placed.size() >= 4000) break;
  }
  // Left to right, each word joins the line whose last words are at its height: follows lines
  // that slope (photos) where one band of y would cut them.
  std::sort(placed.begin(), placed.end(),
            [](const Placed& a, const Placed& b) { return a.x0 < b.x0; });
  std::vector<Line> lines;
  auto tail_yc = [](const Line& l) {
    double sum = 0;
    size_t n = std::min<size_t>(3, l.words.size());
    for (size_t k = l.words.size() - n; k < l.words.size(); ++k)
      sum += (l.words[k].y0 + l.words[k].y1) / 2.0;
    return sum / n;
  };
  for (const Placed& w : placed) {
    double yc = (w.y0 + static_cast<double>(w.y1)) / 2.0;
    double h = static_cast<double>(w.y1) - w.y0;
    Line* into = nullptr;
    double best = 0;
    for (Line& l : lines) {
      double dy = std::abs(tail_yc(l) - yc);
      if (dy < std::max(l.h, h) * 0.5 && (!into || dy < best)) {
        into = &l;
        best = dy;
      }
    }
    if (!into) {
      lines.push_back({});
      into = &lines.back();
    }
    double n = static_cast<double>(into->words.size());
    into->yc = (into->yc * n + yc) / (n + 1);
    into->h = (into->h * n + h) / (n + 1);
    into->words.push_back(w);
  }
  std::stable_sort(lines.begin(), lines.end(),
                   [](const Line& a, const Line& b) { return a.yc < b.yc; });
  return lines;
}

std::vector<Hit> FindLabels(const Line& line, const LabelTable& table) {
  std::vector<Hit> hits;
  for (size_t w = 0; w < line.words.size(); ++w) {
    // the line's text from word w on, with the word each byte belongs to
    std::string rest;
    std::vector<size_t> owner, offset;
    for (size_t k = w; k < line.words.size() && rest.size() < 40; ++k) {
      const std::string& t = line.words[k].text;
      for (size_t b = 0; b < t.size(); ++b) {
        rest += t[b];
        owner.push_back(k);
        offset.push_back(b + 1);
      }
    }
    bool found = false;
    for (size_t i = 0; i < table.count; ++i) {
      const Label& l = table.labels[i];
      size_t n = std::strlen(l.text);
      if (n > 0 && StartsWithLabel(rest, l.text)) {
        hits.push_back({w, owner[n - 1], offset[n - 1], &l});
        w = owner[n - 1];
        found = true;
        break;
      }
    }
    if (!found && w + 1 < line.words.size() && CodePointCount(line.words[w].text) == 1) {
      for (size_t i = 0; i < table.tail_count; ++i) {
        const Label& l = table.spaced_tails[i];
        if (line.words[w + 1].text == l.text) {
          hits.push_back({w, w + 1, line.words[w + 1].text.size(), &l});
          ++w;
          break;
        }
      }
    }
  }
  return hits;
}

std::string StripColon(std::string s) {
  static const char* const kMarks[] = {"：", "”", "“", "。", "，", "、", "‘", "’", "・"};
  for (;;) {
    bool cut = false;
    for (const char* m : kMarks) {
      if (!cut && s.compare(0, std::strlen(m), m) == 0) {
        s.erase(0, std::strlen(m));
        cut = true;
      }
    }
    if (cut) continue;
    if (!s.empty() && s[0] != '\0' && std::strchr(":.,'\"`;", s[0])) {
      s.erase(0, 1);
    } else {
      return s;
    }
  }
}

Piece::Piece() : box{INT_MAX, INT_MAX, INT_MIN, INT_MIN} {}

void Piece::Add(const Placed& w, const std::string& part) {
  if (part.empty()) return;
  text += part;
  conf = std::min(conf, w.conf);
  box[0] = std::min(box[0], w.x0);
  box[1] = std::min(box[1], w.y0);
  box[2] = std::max(box[2], w.x1);
  box[3] = std::max(box[3], w.y1);
}

std::vector<Labeled> LabeledValues(const std::vector<Line>& lines,
                                   const std::vector<std::vector<Hit>>& labels,
                                   int (*max_wrap)(const std::string& field)) {
  std::vector<Labeled> out;
  for (size_t li = 0; li < lines.size() && li < labels.size(); ++li) {
    const Line& line = lines[li];
    const auto& hits = labels[li];
    for (size_t h = 0; h < hits.size(); ++h) {
      const Hit& hit = hits[h];
      size_t stop = h + 1 < hits.size() ? hits[h + 1].word : line.words.size();
      Piece p;
      for (size_t w = hit.end_word; w < stop; ++w) {
        const std::string& t = line.words[w].text;
        std::string part = w == hit.end_word ? t.substr(hit.end_byte) : t;
        p.Add(line.words[w], p.text.empty() ? StripColon(part) : part);
      }
      int col_x0 = p.box[0] != INT_MAX ? p.box[0] : line.words[hit.end_word].x1;
      int col_x1 = h + 1 < hits.size() ? line.words[hits[h + 1].word].x0 : INT_MAX;
      std::string field = hit.label->field;
      int tol = static_cast<int>(line.h);
      size_t wrap = static_cast<size_t>(std::max(0, max_wrap(field)));
      for (size_t next = li + 1; next < lines.size() && next <= li + wrap; ++next) {
        Piece more;
        // the column is taken by a label of that line: its own, or one to the left whose value
        // (up to the next label or a wide gap) reaches into the column
        bool label_here = false;
        const Line& nl = lines[next];
        const auto& nh = labels[next];
        for (size_t k = 0; k < nh.size(); ++k) {
          int from = nl.words[nh[k].word].x0, to = nl.words[nh[k].end_word].x1;
          size_t end = k + 1 < nh.size() ? nh[k + 1].word : nl.words.size();
          for (size_t w = nh[k].end_word + 1; w < end; ++w) {
            if (w > nh[k].end_word + 1 && nl.words[w].x0 - to > 2 * nl.h) break;
            to = nl.words[w].x1;
          }
          if (from < col_x1 && to > col_x0) label_here = true;
        }
        if (label_here) break;
        for (const Placed& w : nl.words)
          if (w.x0 >= col_x0 - tol && w.x0 < col_x1) more.Add(w, w.text);
        if (more.text.empty()) break;
        p.Add({"", more.conf, more.box[0], more.box[1], more.box[2], more.box[3]}, more.text);
      }
      out.push_back({hit.label, li, hit, p});
    }
  }
  return out;
}

}  // namespace beian::words
