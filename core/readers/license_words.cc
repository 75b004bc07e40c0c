#include "core/readers/license_words.h"

#include <algorithm>
#include <climits>
#include <cstring>
#include <iterator>

#include "core/ideographs.h"
#include "core/ids.h"
#include "core/readers/license.h"

namespace beian {
namespace {

struct Label {
  const char* text;
  const char* field;
};

// Longest first: 主要经营场所 before 经营场所, 法定代表人 before 代表人.
constexpr Label kLabels[] = {
    {"统一社会信用代码", "credit_code"},
    {"主要经营场所", "address"},
    {"执行事务合伙人", "legal_representative"},
    {"法定代表人", "legal_representative"},
    {"经营场所", "address"},
    {"营业场所", "address"},
    {"注册资本", "registered_capital"},
    {"出资额", "registered_capital"},
    {"成立日期", "established"},
    {"注册日期", "established"},
    {"营业期限", "term"},
    {"经营范围", "business_scope"},
    {"登记机关", "authority"},
    {"组成形式", "form"},
    {"经营者", "legal_representative"},
    {"负责人", "legal_representative"},
    {"投资人", "legal_representative"},
    {"名称", "name"},
    {"类型", "type"},
    {"住所", "address"},
};

// The second characters of the spaced two-character labels, with the label they end.
constexpr Label kSpacedTails[] = {{"称", "name"}, {"型", "type"}, {"所", "address"}};
const char* const kSpacedLabels[] = {"名称", "类型", "住所"};

size_t CodePointCount(const std::string& s) {
  size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

// Licences print names, types and addresses with full-width brackets; OCR reads ( ).
std::string FullWidthBrackets(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '(') {
      out += "（";
    } else if (c == ')') {
      out += "）";
    } else {
      out += c;
    }
  }
  return out;
}

// How many following lines a wrapped value may take.
int MaxWrap(const std::string& field) {
  if (field == "business_scope") return 12;
  if (field == "name" || field == "address" || field == "type") return 2;
  return 0;
}

bool IsSpaceWord(const std::string& s) {
  for (char c : s)
    if (c != ' ' && c != '\t') return false;
  return true;
}

// Folded ideographs, common misreads of brackets, and no spaces.
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

struct Placed {
  std::string text;  // cleaned
  int conf;
  int x0, y0, x1, y1;
};

struct Line {
  std::vector<Placed> words;
  double yc = 0;
  double h = 0;
};

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
    if (!piece.empty() && !marks_only)
      out.push_back({piece, w.conf, w.x0 + static_cast<int>(step * begin), w.y0,
                     w.x0 + static_cast<int>(step * i), w.y1});
    begin = i + 1;
  }
  return out;
}

struct Hit {
  size_t word;  // index of the word the label starts in
  size_t end_word;
  size_t end_byte;  // byte in words[end_word].text just past the label
  const Label* label;
};

// Labels of a line: a label must start at the beginning of a word (名　　称 → "名" "称").
std::vector<Hit> FindLabels(const Line& line) {
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
    for (const Label& l : kLabels) {
      size_t n = std::strlen(l.text);
      if (rest.compare(0, n, l.text) == 0) {
        hits.push_back({w, owner[n - 1], offset[n - 1], &l});
        w = owner[n - 1];
        found = true;
        break;
      }
    }
    // a spaced label whose first character was misread (到　　称): one character, then the
    // second character alone
    if (!found && w + 1 < line.words.size() && CodePointCount(line.words[w].text) == 1) {
      for (const Label& l : kSpacedTails) {
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

// Colons and the stray marks OCR puts between a label and its value (” 。 ，).
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
    if (!s.empty() && std::strchr(":.,'\"`;", s[0]) && s[0] != '\0') {
      s.erase(0, 1);
    } else {
      return s;
    }
  }
}

struct Piece {
  std::string text;
  int conf = 100;
  int box[4] = {INT_MAX, INT_MAX, INT_MIN, INT_MIN};
  void Add(const Placed& w, const std::string& part) {
    if (part.empty()) return;
    text += part;
    conf = std::min(conf, w.conf);
    box[0] = std::min(box[0], w.x0);
    box[1] = std::min(box[1], w.y0);
    box[2] = std::max(box[2], w.x1);
    box[3] = std::max(box[3], w.y1);
  }
};

// The USCC alphabet has no I, O, S, V, Z: undo the misreads that produce them.
std::string CreditCandidate(const std::string& raw) {
  std::string out;
  for (char c : raw) {
    char u = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
    if (u == 'O') u = '0';
    if (u == 'I') u = '1';
    if (u == 'S') u = '8';
    if ((u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z')) out += u;
  }
  return out;
}

bool CodeOk(const std::string& code) {
  return code.size() == 18 && UsccFormatOk(code) && UsccChecksumOk(code);
}

// The code as read, or, when that fails its check digit, with the lower-case letters dropped (a
// code has none; tesseract reads J as jJ). Never more: a code is not repaired to pass.
std::string BestCode(const std::string& raw) {
  std::string code = CreditCandidate(raw);
  if (CodeOk(code)) return code;
  std::string upper;
  for (char c : raw)
    if (c < 'a' || c > 'z') upper += c;
  std::string alt = CreditCandidate(upper);
  return CodeOk(alt) ? alt : code;
}

const LicenseValue* FactOf(const LicenseFacts& f, const std::string& field) {
  if (field == "name") return &f.name;
  if (field == "credit_code") return &f.credit_code;
  if (field == "type") return &f.type;
  if (field == "legal_representative") return &f.legal_representative;
  if (field == "address") return &f.address;
  if (field == "registered_capital") return &f.registered_capital;
  if (field == "established") return &f.established;
  if (field == "business_scope") return &f.business_scope;
  if (field == "authority") return &f.authority;
  return nullptr;
}

}  // namespace

OcrLicense ReadLicenseWords(const std::vector<OcrWord>& words, int gate) {
  OcrLicense out;
  // 1. words (cleaned, split at glued quote marks) into lines
  std::vector<Placed> placed;
  for (const OcrWord& w : words) {
    if (w.text.empty() || IsSpaceWord(w.text) || w.y1 <= w.y0) continue;
    for (const Placed& p : SplitWord(CleanWord(w.text), w)) placed.push_back(p);
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
    double yc = (w.y0 + w.y1) / 2.0, h = w.y1 - w.y0;
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
  std::vector<std::vector<Hit>> labels;
  for (const Line& l : lines) labels.push_back(FindLabels(l));

  // 2. label → value, to the next label on the line, plus wrapped lines in its column
  for (size_t li = 0; li < lines.size(); ++li) {
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
      for (size_t next = li + 1; next < lines.size() && next <= li + MaxWrap(field); ++next) {
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
        for (const Placed& w : lines[next].words)
          if (w.x0 >= col_x0 - tol && w.x0 < col_x1) more.Add(w, w.text);
        if (more.text.empty()) break;
        p.Add({"", more.conf, more.box[0], more.box[1], more.box[2], more.box[3]}, more.text);
      }
      if (field == "form") continue;
      OcrField f;
      f.field = field;
      f.label = hit.label->text;
      for (size_t t = 0; t < std::size(kSpacedTails); ++t)
        if (hit.label == &kSpacedTails[t]) f.label = kSpacedLabels[t];
      if (field == "name" || field == "type" || field == "address" || field == "business_scope")
        p.text = FullWidthBrackets(p.text);
      f.raw = p.text;
      f.conf = p.text.empty() ? 0 : p.conf;
      if (p.box[0] != INT_MAX) std::copy(p.box, p.box + 4, f.box);
      out.fields.push_back(f);
    }
  }

  // 3. the credit code: after its label, else any 18 characters on a line that pass the check
  auto credit = std::find_if(out.fields.begin(), out.fields.end(),
                             [](const OcrField& f) { return f.field == "credit_code"; });
  if (credit == out.fields.end() || !CodeOk(BestCode(credit->raw))) {
    for (const Line& l : lines) {
      for (size_t a = 0; a < l.words.size(); ++a) {
        Piece p;
        for (size_t b = a; b < l.words.size() && p.text.size() < 24; ++b) {
          p.Add(l.words[b], l.words[b].text);
          std::string code = BestCode(p.text);
          if (CodeOk(code) && code.size() + 2 >= p.text.size()) {
            OcrField f;
            f.field = "credit_code";
            f.label = "统一社会信用代码";
            f.raw = p.text;
            f.conf = p.conf;
            std::copy(p.box, p.box + 4, f.box);
            if (credit != out.fields.end()) {
              *credit = f;
            } else {
              out.fields.insert(out.fields.begin(), f);
            }
            goto found;
          }
        }
      }
    }
  found:;
  }

  // 4. values read by the licence reader; the gates
  for (OcrField& f : out.fields) {
    if (f.field == "credit_code") {
      std::string code = BestCode(f.raw);
      f.raw = code;
      f.value = CodeOk(code) ? code : "";
      f.accepted = !f.value.empty();
      if (!f.accepted) f.reason = "check_digit";
      continue;
    }
    LicenseFacts facts = ReadLicense(f.label + "：" + f.raw);
    if (f.field == "term") {
      if (!facts.valid_from.empty() || !facts.valid_until.empty())
        f.value = facts.valid_from.value + "至" + facts.valid_until.value;
    } else if (const LicenseValue* v = FactOf(facts, f.field)) {
      f.value = v->value;
    }
    if (f.value.empty()) {
      f.reason = "unreadable";
    } else if (f.conf < gate) {
      f.reason = "low_confidence";
    } else {
      f.accepted = true;
    }
  }
  return out;
}

std::string LicenseFromWordsJson(const std::string& words_json, int gate) {
  json in = json::parse(words_json, nullptr, false);
  std::vector<OcrWord> words;
  if (in.is_array()) {
    for (const json& w : in) {
      if (!w.is_object()) continue;
      auto num = [&](const char* k) {
        auto it = w.find(k);
        return it != w.end() && it->is_number() ? it->get<int>() : 0;
      };
      auto it = w.find("text");
      if (it == w.end() || !it->is_string()) continue;
      words.push_back(
          {it->get<std::string>(), num("conf"), num("x0"), num("y0"), num("x1"), num("y1")});
    }
  }
  OcrLicense lic = ReadLicenseWords(words, gate);
  json fields = json::array();
  for (const OcrField& f : lic.fields) {
    fields.push_back({{"field", f.field},
                      {"label", f.label},
                      {"raw", f.raw},
                      {"value", f.value},
                      {"conf", f.conf},
                      {"box", {f.box[0], f.box[1], f.box[2], f.box[3]}},
                      {"accepted", f.accepted},
                      {"reason", f.reason},
                      {"line", f.label + "：" + f.raw}});
  }
  return Dump(json{{"fields", fields}, {"gate", gate}});
}

}  // namespace beian
