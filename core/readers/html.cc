#include "core/readers/html.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstring>
#include <unordered_map>

#include "core/province.h"
#include "core/rulepack.h"

namespace beian {

namespace {

constexpr size_t kMaxStack = 100000;
constexpr size_t kMaxNumbers = 200;
constexpr size_t kMaxHitsPerList = 50;

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Case-insensitive: does `hay` contain `needle` (lower-case ASCII)? Linear in |hay|·|needle|,
// needles are short constants.
bool ContainsNoCase(std::string_view hay, const char* needle) {
  size_t n = std::strlen(needle);
  if (n == 0 || hay.size() < n) return false;
  for (size_t i = 0; i + n <= hay.size(); ++i) {
    size_t k = 0;
    while (k < n && Lower(hay[i + k]) == needle[k]) ++k;
    if (k == n) return true;
  }
  return false;
}

bool StartsNoCase(std::string_view s, size_t i, const char* lit) {
  size_t n = std::strlen(lit);
  if (i + n > s.size()) return false;
  for (size_t k = 0; k < n; ++k)
    if (Lower(s[i + k]) != lit[k]) return false;
  return true;
}

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Decodes the entity at s[i] == '&'. Returns its length in the HTML (0: not an entity).
size_t DecodeEntity(std::string_view s, size_t i, std::string* out) {
  size_t j = i + 1;
  if (j < s.size() && s[j] == '#') {
    ++j;
    bool hex = j < s.size() && (s[j] == 'x' || s[j] == 'X');
    if (hex) ++j;
    uint32_t cp = 0;
    size_t digits = 0;
    while (j < s.size() && digits < 8) {
      char c = s[j];
      int v = c >= '0' && c <= '9'          ? c - '0'
              : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
              : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                            : -1;
      if (v < 0) break;
      cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(v);
      ++digits;
      ++j;
    }
    if (!digits) return 0;
    if (j < s.size() && s[j] == ';') ++j;
    AppendUtf8(cp, out);
    return j - i;
  }
  static const struct {
    const char* name;
    const char* utf8;
  } kNamed[] = {{"nbsp", " "},  {"amp", "&"},   {"lt", "<"},     {"gt", ">"},     {"quot", "\""},
                {"apos", "'"},  {"copy", "©"},  {"reg", "®"},    {"yen", "¥"},    {"middot", "·"},
                {"ensp", " "},  {"emsp", " "},  {"thinsp", " "}, {"hellip", "…"}, {"mdash", "—"},
                {"ndash", "–"}, {"laquo", "«"}, {"raquo", "»"},  {"times", "×"},  {"trade", "™"},
                {"ldquo", "“"}, {"rdquo", "”"}, {"lsquo", "‘"},  {"rsquo", "’"}};
  size_t k = j;
  while (k < s.size() && k - j < 8 && IsAlpha(s[k])) ++k;
  if (k >= s.size() || s[k] != ';' || k == j) return 0;
  std::string_view name = s.substr(j, k - j);
  for (const auto& e : kNamed) {
    if (name == e.name) {
      out->append(e.utf8);
      return k + 1 - i;
    }
  }
  return 0;
}

enum TagFlag : uint8_t { kVoid = 1, kBlock = 2 };

uint8_t TagFlags(const std::string& n) {
  static const std::unordered_map<std::string, uint8_t>* table = [] {
    auto* t = new std::unordered_map<std::string, uint8_t>();
    for (const char* v : {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                          "meta", "param", "source", "track", "wbr"})
      (*t)[v] |= kVoid;
    for (const char* b :
         {"p",       "div",    "br",     "li",     "ul",         "ol",    "tr",      "td",
          "th",      "table",  "h1",     "h2",     "h3",         "h4",    "h5",      "h6",
          "section", "footer", "header", "nav",    "article",    "aside", "hr",      "dd",
          "dt",      "dl",     "form",   "option", "blockquote", "pre",   "address", "main",
          "center",  "title",  "button", "label"})
      (*t)[b] |= kBlock;
    return t;
  }();
  auto it = table->find(n);
  return it == table->end() ? 0 : it->second;
}

bool IsVoid(const std::string& n) { return TagFlags(n) & kVoid; }
bool IsBlock(const std::string& n) { return TagFlags(n) & kBlock; }

std::string_view TrimView(std::string_view v) {
  while (!v.empty() && IsSpace(v.front())) v.remove_prefix(1);
  while (!v.empty() && IsSpace(v.back())) v.remove_suffix(1);
  return v;
}

class Reader {
 public:
  Reader(std::string_view html, HtmlPage* page) : s_(html), p_(page) {}

  void Run() {
    size_t i = 0, n = s_.size();
    while (i < n) {
      if (s_[i] != '<') {
        size_t j = s_.find('<', i);
        if (j == std::string_view::npos) j = n;
        EmitText(i, j);
        i = j;
        continue;
      }
      if (s_.compare(i, 4, "<!--") == 0) {
        size_t e = s_.find("-->", i + 4);
        i = e == std::string_view::npos ? n : e + 3;
        continue;
      }
      char next = i + 1 < n ? s_[i + 1] : '\0';
      if (next == '!' || next == '?') {
        size_t e = s_.find('>', i);
        i = e == std::string_view::npos ? n : e + 1;
        continue;
      }
      if (next == '/' && i + 2 < n && IsAlpha(s_[i + 2])) {
        size_t j = i + 2;
        std::string name = TagName(&j);
        size_t e = s_.find('>', j);
        i = e == std::string_view::npos ? n : e + 1;
        Close(name);
        continue;
      }
      if (IsAlpha(next)) {
        i = StartTag(i);
        continue;
      }
      EmitText(i, i + 1);  // a '<' that starts no tag is text
      ++i;
    }
  }

 private:
  std::string TagName(size_t* j) {
    std::string name;
    while (*j < s_.size() && !IsSpace(s_[*j]) && s_[*j] != '>' && s_[*j] != '/') {
      if (name.size() < 32) name.push_back(Lower(s_[*j]));
      ++*j;
    }
    return name;
  }

  // Parses a start tag at s_[i] == '<'; returns the position after it (and after the content of
  // raw-text elements).
  size_t StartTag(size_t i) {
    size_t j = i + 1, n = s_.size();
    std::string name = TagName(&j);
    bool self_closing = false;
    std::string_view href, id, cls;
    bool has_href = false;
    size_t href_offset = 0;
    while (j < n) {
      while (j < n && (IsSpace(s_[j]) || s_[j] == '/')) {
        if (s_[j] == '/') self_closing = true;
        ++j;
      }
      if (j >= n) break;
      if (s_[j] == '>') {
        ++j;
        break;
      }
      self_closing = false;
      size_t an = j;
      while (j < n && !IsSpace(s_[j]) && s_[j] != '=' && s_[j] != '>' &&
             !(s_[j] == '/' && j + 1 < n && s_[j + 1] == '>'))
        ++j;
      std::string_view attr = s_.substr(an, j - an);
      if (j == an) ++j;  // stray character, e.g. '"'
      size_t k = j;
      while (k < n && IsSpace(s_[k])) ++k;
      std::string_view value;
      size_t value_offset = 0;
      if (k < n && s_[k] == '=') {
        ++k;
        while (k < n && IsSpace(s_[k])) ++k;
        if (k < n && (s_[k] == '"' || s_[k] == '\'')) {
          char q = s_[k];
          size_t e = s_.find(q, k + 1);
          if (e == std::string_view::npos) return n;  // unterminated: the tag eats the rest
          value = s_.substr(k + 1, e - k - 1);
          value_offset = k + 1;
          j = e + 1;
        } else {
          size_t e = k;
          while (e < n && !IsSpace(s_[e]) && s_[e] != '>') ++e;
          value = s_.substr(k, e - k);
          value_offset = k;
          j = e;
        }
      }
      if (attr.size() == 4 && StartsNoCase(attr, 0, "href")) {
        href = value;
        href_offset = value_offset;
        has_href = true;
      } else if (attr.size() == 2 && StartsNoCase(attr, 0, "id")) {
        id = value;
      } else if (attr.size() == 5 && StartsNoCase(attr, 0, "class")) {
        cls = value;
      }
    }
    if (j > n) j = n;
    if (IsBlock(name)) Space();
    bool footer = name == "footer";
    for (std::string_view v : {id, cls}) {
      if (!v.empty() && (ContainsNoCase(v, "foot") || ContainsNoCase(v, "copyright") ||
                         ContainsNoCase(v, "bottom")))
        footer = true;
    }
    if (name == "script" || name == "style") {
      return SkipRaw(j, name, false);
    }
    if (name == "title" || name == "textarea") {
      return SkipRaw(j, name, name == "title");
    }
    if (name == "a" && has_href) {
      HtmlLink link;
      link.kind = ClassifyHref(href);
      link.offset = href_offset;
      link.length = href.size();
      switch (link.kind) {
        case LinkKind::kMiit:
          p_->links_to_miit = true;
          break;
        case LinkKind::kMiitRetired:
          p_->links_to_miit_retired = true;
          break;
        case LinkKind::kMps:
          p_->links_to_mps = true;
          break;
        case LinkKind::kMpsRetired:
          p_->links_to_mps_retired = true;
          break;
        default:
          break;
      }
      if (p_->links.size() < (1u << 30)) p_->links.push_back(link);
    }
    if (self_closing || IsVoid(name) || stack_.size() >= kMaxStack) return j;
    Entry e;
    e.name = name;
    e.footer = footer;
    e.prev_anchor = anchor_;
    stack_.push_back(e);
    ++open_[name];
    if (footer) ++footer_depth_;
    if (name == "a") anchor_ = has_href ? static_cast<int32_t>(p_->links.size() - 1) : -1;
    return j;
  }

  // Content of script/style (skipped) or title/textarea (text) up to the closing tag.
  size_t SkipRaw(size_t j, const std::string& name, bool is_title) {
    size_t n = s_.size();
    size_t k = j;
    std::string close = "</" + name;
    while (true) {
      k = s_.find('<', k);
      if (k == std::string_view::npos) {
        k = n;
        break;
      }
      if (StartsNoCase(s_, k, close.c_str()) &&
          (k + close.size() >= n || !IsAlpha(s_[k + close.size()])))
        break;
      ++k;
    }
    if (name != "script" && name != "style") {
      size_t before = p_->text.size();
      EmitText(j, k);
      if (is_title && !title_seen_) {
        title_seen_ = true;
        std::string_view t = TrimView(std::string_view(p_->text).substr(before));
        p_->title = std::string(t);
        if (!t.empty()) {
          size_t tb = static_cast<size_t>(t.data() - p_->text.data());
          auto r = p_->RawRange(tb, tb + t.size());
          p_->title_offset = r.first;
          p_->title_length = r.second - r.first;
        }
      }
      Space();
    }
    if (k >= n) return n;
    size_t e = s_.find('>', k);
    return e == std::string_view::npos ? n : e + 1;
  }

  void Close(const std::string& name) {
    auto it = open_.find(name);
    if (it == open_.end() || it->second <= 0) return;
    while (!stack_.empty()) {
      Entry e = std::move(stack_.back());
      stack_.pop_back();
      --open_[e.name];
      if (e.footer) --footer_depth_;
      anchor_ = e.prev_anchor;
      if (e.name == name) break;
    }
    if (IsBlock(name)) Space();
  }

  void Space() {
    if (!p_->text.empty() && p_->text.back() != ' ' && p_->text.back() != '\n')
      p_->text.push_back(' ');
  }

  void AddSegment(size_t raw, size_t raw_len) {
    HtmlPage::Segment seg;
    seg.text_offset = static_cast<uint32_t>(p_->text.size());
    seg.raw_offset = static_cast<uint32_t>(raw);
    seg.anchor = anchor_;
    seg.raw_length = static_cast<uint16_t>(raw_len);
    seg.footer = footer_depth_ > 0;
    p_->segments.push_back(seg);
  }

  // Text between tags: copied verbatim, entities decoded; whitespace-only runs become one space.
  void EmitText(size_t b, size_t e) {
    bool blank = true;
    for (size_t k = b; k < e; ++k)
      if (!IsSpace(s_[k])) {
        blank = false;
        break;
      }
    if (blank) {
      Space();
      return;
    }
    size_t k = b;
    while (k < e) {
      // Search only inside this text run: a document-wide find() is quadratic on pages
      // without '&'.
      size_t amp = s_.substr(k, e - k).find('&');
      amp = amp == std::string_view::npos ? e : k + amp;
      if (amp > k) {
        AddSegment(k, 0);
        p_->text.append(s_.data() + k, amp - k);
        k = amp;
      }
      if (k >= e) break;
      std::string decoded;
      size_t len = DecodeEntity(s_.substr(0, e), k, &decoded);
      if (len == 0) {
        AddSegment(k, 0);
        p_->text.push_back('&');
        ++k;
      } else {
        AddSegment(k, len);
        p_->text += decoded;
        k += len;
      }
    }
  }

  struct Entry {
    std::string name;
    bool footer = false;
    int32_t prev_anchor = -1;
  };

  std::string_view s_;
  HtmlPage* p_;
  std::vector<Entry> stack_;
  std::unordered_map<std::string, int> open_;
  int footer_depth_ = 0;
  int32_t anchor_ = -1;
  bool title_seen_ = false;
};

RE2::Options Utf8Options() {
  RE2::Options o;
  o.set_log_errors(false);
  o.set_encoding(RE2::Options::EncodingUTF8);
  return o;
}

const RE2& IcpFindRe() {
  static const RE2 re(
      "(\\p{Han})?\\s{0,3}(?i:icp)\\s{0,3}(备案号|备案|备|证)\\s{0,3}[:：]?\\s{0,3}(?:第\\s{0,3})?"
      "([0-9]{4,12})(\\s{0,3}[-－—–]\\s{0,3}[0-9]{1,3}[Aa]?)?\\s{0,3}(号)?"
      "(\\s{0,3}[-－—–]\\s{0,3}[0-9]{1,3}[Aa]?)?",
      Utf8Options());
  return re;
}

const RE2& IcpStrictRe() {
  static const RE2 re(
      "(京|津|冀|晋|蒙|辽|吉|黑|沪|苏|浙|皖|闽|赣|鲁|豫|鄂|湘|粤|桂|琼|渝|川|蜀|黔|贵|滇|云|藏|陕|"
      "甘|青|宁|新)ICP备([0-9]{6}|[0-9]{8}|[0-9]{10})号(-[0-9]{1,3}A?)?",
      Utf8Options());
  return re;
}

const RE2& PsbFindRe() {
  static const RE2 re("(\\p{Han})?\\s{0,3}公网安备\\s{0,3}[:：]?\\s{0,3}([0-9]{4,20})\\s{0,3}(号)?",
                      Utf8Options());
  return re;
}

std::string Compact(re2::StringPiece p) {
  std::string out;
  std::string_view v(p.data(), p.size());
  for (size_t i = 0; i < v.size();) {
    unsigned char c = static_cast<unsigned char>(v[i]);
    if (IsSpace(v[i])) {
      ++i;
      continue;
    }
    if (c == 0xEF && v.substr(i, 3) == "－") {
      out.push_back('-');
      i += 3;
      continue;
    }
    if (c == 0xE2 && (v.substr(i, 3) == "—" || v.substr(i, 3) == "–")) {
      out.push_back('-');
      i += 3;
      continue;
    }
    out.push_back(v[i] == 'a' ? 'A' : v[i]);
    ++i;
  }
  return out;
}

const HtmlPage::Segment* SegmentAt(const HtmlPage& page, size_t text_offset) {
  const auto& segs = page.segments;
  auto it =
      std::upper_bound(segs.begin(), segs.end(), text_offset,
                       [](size_t t, const HtmlPage::Segment& s) { return t < s.text_offset; });
  if (it == segs.begin()) return nullptr;
  return &*(it - 1);
}

void Locate(const HtmlPage& page, size_t tb, size_t te, HtmlNumber* num) {
  auto r = page.RawRange(tb, te);
  num->offset = r.first;
  num->length = r.second - r.first;
  const HtmlPage::Segment* seg = SegmentAt(page, tb);
  num->link = seg ? seg->anchor : -1;
  // A number split over several text nodes: any part inside the link counts.
  for (size_t t = tb; num->link < 0 && t < te; ++t) {
    const HtmlPage::Segment* s = SegmentAt(page, t);
    if (s && s->anchor >= 0) num->link = s->anchor;
  }
  num->in_footer = (seg && seg->footer) || (page.size > 0 && r.first * 5 >= page.size * 4);
}

// Where a number may start for the literal found at `p`: the character before it (the province
// prefix, after up to 3 blanks), else `p` itself. Never before `floor`.
size_t MatchStart(const std::string& text, size_t p, size_t floor) {
  size_t k = p, blanks = 0;
  while (k > floor && blanks < 3 && IsSpace(text[k - 1])) {
    --k;
    ++blanks;
  }
  if (k >= floor + 3) {
    unsigned char lead = static_cast<unsigned char>(text[k - 3]);
    if (lead >= 0xE0 && lead < 0xF0) return k - 3;
  }
  return p;
}

// Next occurrence of "ICP" (any case) at or after `pos`.
size_t FindIcpLetters(const std::string& text, size_t pos) {
  for (size_t i = pos; i + 3 <= text.size(); ++i) {
    char c = text[i];
    if ((c | 0x20) == 'i' && (text[i + 1] | 0x20) == 'c' && (text[i + 2] | 0x20) == 'p') return i;
  }
  return std::string::npos;
}

// Anchored match of `re` at `start` (window of at most 200 bytes); sub[0] is the whole match.
bool MatchAt(const RE2& re, const std::string& text, size_t start, re2::StringPiece* sub,
             int nsub) {
  re2::StringPiece window(text.data() + start, std::min<size_t>(text.size() - start, 200));
  return re.Match(window, 0, window.size(), RE2::ANCHOR_START, sub, nsub);
}

// Scans `page->text` for filing numbers into `out` (at most kMaxNumbers). `find(pos)` gives the
// next literal at or after `pos` (npos when none) and `literal_size` its length; `re` (with `nsub`
// submatches, at most 7: sub[1] the province prefix, sub[digits] the digits) is matched from the
// province prefix before the literal, else from the literal. `fill(sub, te, &num)` completes each
// number whose prefix, province and digits are set; `te` ends it in the text.
template <typename Find, typename Fill>
void ScanNumbers(HtmlPage* page, std::vector<HtmlNumber>* out, const RE2& re, int nsub, int digits,
                 size_t literal_size, Find find, Fill fill) {
  const std::string& text = page->text;
  size_t pos = 0;
  while (out->size() < kMaxNumbers) {
    size_t p = find(pos);
    if (p == std::string::npos) break;
    re2::StringPiece sub[7];
    size_t start = MatchStart(text, p, pos);
    bool ok = MatchAt(re, text, start, sub, nsub);
    if (!ok && start != p) {
      start = p;
      ok = MatchAt(re, text, start, sub, nsub);
    }
    if (!ok || sub[0].empty()) {
      pos = p + literal_size;
      continue;
    }
    const re2::StringPiece& prefix = sub[1];
    size_t tb = prefix.data() ? start : p;
    size_t te = static_cast<size_t>(sub[0].data() - text.data()) + sub[0].size();
    pos = te;
    while (te > tb && IsSpace(text[te - 1])) --te;  // the pattern may end in blanks
    HtmlNumber num;
    num.prefix = prefix.data() ? std::string(prefix.data(), prefix.size()) : "";
    num.province = num.prefix.empty() ? 0 : ProvinceByAbbr(num.prefix);
    num.digits = std::string(sub[digits].data(), sub[digits].size());
    fill(sub, te, &num);
    Locate(*page, tb, te, &num);
    out->push_back(std::move(num));
  }
}

void FindIcp(HtmlPage* page) {
  const std::string& text = page->text;
  ScanNumbers(
      page, &page->icp, IcpFindRe(), 7, 3, 3, [&](size_t pos) { return FindIcpLetters(text, pos); },
      [&](const re2::StringPiece* sub, size_t te, HtmlNumber* num) {
        const re2::StringPiece &kind = sub[2], &pre = sub[4], &hao = sub[5], &post = sub[6];
        std::string k(kind.data(), kind.size());
        num->licence = k == "证";
        std::string pre_s = pre.data() ? Compact(pre) : "";
        std::string post_s = post.data() ? Compact(post) : "";
        bool has_hao = hao.data() && hao.size() > 0;
        num->suffix = !post_s.empty() ? post_s : pre_s;
        num->text = num->prefix + "ICP" + k + num->digits + pre_s + (has_hao ? "号" : "") + post_s;
        size_t nd = num->digits.size();
        bool digit_after = te < text.size() && text[te] >= '0' && text[te] <= '9';
        if (num->licence) {
          num->valid = num->province != 0 && has_hao;
        } else if (k != "备") {
          num->error = "beian";
        } else if (num->province == 0) {
          num->error = "prefix";
        } else if (nd != 6 && nd != 8 && nd != 10) {
          num->error = "digit_count";
        } else if (!pre_s.empty() && has_hao) {
          num->error = "hyphen_before_hao";
        } else if (!has_hao) {
          num->error = "missing_hao";
        } else if (digit_after) {
          num->error = "no_hyphen_suffix";
        }
        if (!num->licence) {
          num->valid = num->error.empty() && RE2::FullMatch(num->text, IcpStrictRe());
          if (!num->valid && num->error.empty()) num->error = "format";
        }
      });
}

void FindPsb(HtmlPage* page) {
  static const char kLit[] = "公网安备";
  ScanNumbers(
      page, &page->psb, PsbFindRe(), 4, 2, sizeof(kLit) - 1,
      [page](size_t pos) { return page->text.find(kLit, pos); },
      [](const re2::StringPiece* sub, size_t /*te*/, HtmlNumber* num) {
        const re2::StringPiece& hao = sub[3];
        bool has_hao = hao.data() && hao.size() > 0;
        num->text = num->prefix + "公网安备" + num->digits + (has_hao ? "号" : "");
        int code =
            num->digits.size() >= 2 ? (num->digits[0] - '0') * 10 + (num->digits[1] - '0') : 0;
        if (num->province == 0) {
          num->error = "prefix";
        } else if (num->digits.size() != 14 && num->digits.size() != 12) {
          num->error = "digit_count";
        } else if (code != num->province) {
          num->error = "prefix_mismatch";
        } else if (!has_hao) {
          num->error = "missing_hao";
        }
        num->valid = num->error.empty();
      });
}

std::string HitWord(const WordMatcher& m, const WordMatcher::Hit& h, std::string_view text) {
  const std::string& w = m.words()[h.word];
  if (w.rfind("re:", 0) != 0) return w;
  std::string_view found = text.substr(h.offset, std::min<size_t>(h.length, 60));
  // Do not cut a UTF-8 character.
  while (!found.empty() && (static_cast<unsigned char>(found.back()) & 0xC0) == 0x80 &&
         found.size() < h.length)
    found.remove_suffix(1);
  if (!found.empty() && static_cast<unsigned char>(found.back()) >= 0xC0 && found.size() < h.length)
    found.remove_suffix(1);
  return std::string(found);
}

const WordMatcher& ApprovalMatcher() {
  static const WordMatcher m({
      "re:网文\\s*[〔\\[（(【]?\\s*[0-9]{4}\\s*[〕\\]）)】]?\\s*[0-9]+\\s*[-－]\\s*[0-9]+\\s*号",
      "re:[（(]\\p{Han}[)）]\\s*-\\s*(?:非)?经营性\\s*-\\s*[0-9]{4}\\s*-\\s*[0-9]+",
      "互联网药品信息服务资格证书",
      "视听节目许可证",
      "互联网新闻信息服务许可证",
      "网络出版服务许可证",
      "医疗器械网络交易服务第三方平台备案",
  });
  return m;
}

const char* ApprovalKind(size_t i) {
  static const char* kKinds[] = {"culture", "drugs", "drugs", "av", "news", "publishing", "drugs"};
  return i < sizeof(kKinds) / sizeof(kKinds[0]) ? kKinds[i] : "other";
}

}  // namespace

const std::vector<PreApprovalTopic>& PreApprovalTopics() {
  static const std::vector<PreApprovalTopic> kTopics = {
      {"WL-PRE-NEWS", "news", "互联网新闻信息服务许可证",
       "Internet news information service licence", "news"},
      {"WL-PRE-PUBLISHING", "publishing", "网络出版服务许可证", "Online publishing service licence",
       "publishing"},
      {"WL-PRE-DRUGS", "drugs_medical_devices", "互联网药品信息服务资格证书",
       "Internet drug information service certificate", "drugs"},
      {"WL-PRE-MEDICAL", "medical", "卫生健康主管部门的医疗保健审核意见",
       "Health authority approval for medical information", ""},
      {"WL-PRE-EDUCATION", "education", "教育主管部门的审核意见", "Education authority approval",
       ""},
      {"WL-PRE-CULTURE", "culture", "网络文化经营许可证", "Online culture business licence",
       "culture"},
      {"WL-PRE-AV", "radio_film_tv", "信息网络传播视听节目许可证",
       "Licence for audio-visual programmes on information networks", "av"},
      {"WL-PRE-RIDEHAIL", "other", "网络预约出租汽车经营许可证",
       "Online ride-hailing business licence", ""},
  };
  return kTopics;
}

HtmlLists PackHtmlLists(const RulePack& pack) {
  HtmlLists lists;
  for (const char* name : kHtmlFeatureLists) lists.features.push_back({name, &pack.Matcher(name)});
  for (const auto& t : PreApprovalTopics()) lists.topics.push_back({t.list, &pack.Matcher(t.list)});
  return lists;
}

std::string SitePages::Pointer(size_t i) const {
  return "/attachments/site_pages/" + std::to_string(i < index.size() ? index[i] : i) + "/html";
}

const char* LinkKindName(LinkKind k) {
  switch (k) {
    case LinkKind::kMiit:
      return "miit";
    case LinkKind::kMiitRetired:
      return "miit_retired";
    case LinkKind::kMps:
      return "mps";
    case LinkKind::kMpsRetired:
      return "mps_retired";
    default:
      return "other";
  }
}

LinkKind ClassifyHref(std::string_view href) {
  href = TrimView(href);
  size_t i = 0;
  if (StartsNoCase(href, 0, "https://")) {
    i = 8;
  } else if (StartsNoCase(href, 0, "http://")) {
    i = 7;
  } else if (StartsNoCase(href, 0, "//")) {
    i = 2;
  } else {
    return LinkKind::kOther;
  }
  size_t e = i;
  while (e < href.size() && e - i < 64 && href[e] != '/' && href[e] != '?' && href[e] != '#' &&
         href[e] != ':' && !IsSpace(href[e]))
    ++e;
  std::string host;
  for (size_t k = i; k < e; ++k) host.push_back(Lower(href[k]));
  while (!host.empty() && host.back() == '.') host.pop_back();
  if (host == "beian.miit.gov.cn" || host == "www.beian.miit.gov.cn") return LinkKind::kMiit;
  if (host == "www.miitbeian.gov.cn" || host == "miitbeian.gov.cn") return LinkKind::kMiitRetired;
  if (host == "beian.mps.gov.cn" || host == "www.beian.mps.gov.cn") return LinkKind::kMps;
  if (host == "www.beian.gov.cn" || host == "beian.gov.cn") return LinkKind::kMpsRetired;
  return LinkKind::kOther;
}

std::pair<size_t, size_t> HtmlPage::RawRange(size_t begin, size_t end) const {
  auto map = [&](size_t t, bool is_end) -> size_t {
    const Segment* s = SegmentAt(*this, t);
    if (!s) return 0;
    if (s->raw_length) return s->raw_offset + (is_end ? s->raw_length : 0);
    return s->raw_offset + (t - s->text_offset) + (is_end ? 1 : 0);
  };
  if (end <= begin) {
    size_t b = map(begin, false);
    return {b, b};
  }
  size_t b = map(begin, false);
  // The end maps through the last byte of the range.
  size_t e = map(end - 1, true);
  if (e < b) e = b;
  if (e > size) e = size;
  return {b, e};
}

bool HtmlPage::Has(const std::string& list) const {
  for (const auto& h : features)
    if (h.list == list) return true;
  for (const auto& h : topics)
    if (h.list == list) return true;
  return false;
}

HtmlPage ReadHtml(std::string_view html, const HtmlLists& lists) {
  HtmlPage page;
  if (html.size() > 0xFFFFFFF0u) html = html.substr(0, 0xFFFFFFF0u);
  page.size = html.size();
  // Visible text is never longer than the HTML (entities shrink): one allocation, no regrowth.
  page.text.reserve(html.size());
  Reader(html, &page).Run();
  FindIcp(&page);
  FindPsb(&page);
  for (const auto& [name, m] : lists.features) {
    if (!m) continue;
    for (const auto& h : m->Find(html)) {
      if (page.features.size() >= kMaxHitsPerList * lists.features.size()) break;
      page.features.push_back({name, HitWord(*m, h, html), h.offset, h.length});
    }
  }
  for (const auto& [name, m] : lists.topics) {
    if (!m) continue;
    size_t count = 0;
    for (const auto& h : m->Find(page.text)) {
      if (++count > kMaxHitsPerList) break;
      auto r = page.RawRange(h.offset, h.offset + h.length);
      page.topics.push_back({name, HitWord(*m, h, page.text), r.first, r.second - r.first});
    }
  }
  for (size_t w : ApprovalMatcher().Which(page.text)) {
    const char* kind = ApprovalKind(w);
    if (std::find(page.approvals.begin(), page.approvals.end(), kind) == page.approvals.end())
      page.approvals.push_back(kind);
  }
  return page;
}

json HtmlPageJson(const HtmlPage& page, const std::string& url) {
  json out = json::object();
  if (!url.empty()) out["url"] = url;
  if (!page.title.empty()) out["title"] = page.title;
  json icp = json::array(), psb = json::array(), licences = json::array();
  json icp_details = json::array(), psb_details = json::array();
  auto detail = [&](const HtmlNumber& n) {
    json d = {{"number", n.text},
              {"valid", n.valid},
              {"linked", n.link >= 0 && static_cast<size_t>(n.link) < page.links.size()
                             ? LinkKindName(page.links[n.link].kind)
                             : "none"},
              {"in_footer", n.in_footer},
              {"offset", n.offset},
              {"length", n.length}};
    if (!n.error.empty()) d["error"] = n.error;
    return d;
  };
  for (const auto& n : page.icp) {
    if (n.licence) {
      licences.push_back(n.text);
      continue;
    }
    icp.push_back(n.text);
    icp_details.push_back(detail(n));
  }
  for (const auto& n : page.psb) {
    psb.push_back(n.text);
    psb_details.push_back(detail(n));
  }
  out["icp_numbers"] = icp;
  out["psb_numbers"] = psb;
  out["links_to_miit"] = page.links_to_miit;
  out["links_to_mps"] = page.links_to_mps;
  out["links_to_retired_hosts"] = page.links_to_miit_retired || page.links_to_mps_retired;
  if (!icp_details.empty()) out["icp_details"] = icp_details;
  if (!psb_details.empty()) out["psb_details"] = psb_details;
  if (!licences.empty()) out["icp_licences"] = licences;
  bool footer = false;
  for (const auto& n : page.icp)
    if (!n.licence && n.in_footer) footer = true;
  if (!icp_details.empty()) out["icp_in_footer"] = footer;
  json features = json::array();
  for (const auto& h : page.features) {
    bool seen = false;
    for (const auto& f : features)
      if (f.value("word", "") == h.word) seen = true;
    if (!seen && features.size() < 40)
      features.push_back({{"list", h.list}, {"word", h.word}, {"offset", h.offset}});
  }
  if (!features.empty()) out["features"] = features;
  json topics = json::array();
  for (const auto& h : page.topics)
    if (topics.size() < 40)
      topics.push_back({{"list", h.list}, {"word", h.word}, {"offset", h.offset}});
  if (!topics.empty()) out["topics"] = topics;
  if (!page.approvals.empty()) out["approvals"] = page.approvals;
  return out;
}

}  // namespace beian
