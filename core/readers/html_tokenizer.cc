// The tokenizer half of the HTML reader (core/readers/html.h): one pass over the markup that
// builds the visible text (entities decoded, tags/scripts/styles/comments dropped), the
// text-to-HTML offset map (HtmlPage::segments), the <title>, the links and which text sits inside
// a link or a footer-like element. core/readers/html.cc then extracts numbers and list hits.
#include "core/readers/html_tokenizer.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <map>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/utf8.h"

namespace beian {

namespace {

using namespace std::string_view_literals;

using html_internal::IsHtmlSpace;
using html_internal::SegmentAt;

constexpr size_t kMaxStack = 100000;

char HtmlLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Case-insensitive: does `hay` contain `needle` (lower-case ASCII)? Linear in |hay|·|needle|,
// needles are short constants.
bool ContainsNoCase(std::string_view hay, const char* needle) {
  size_t n = std::strlen(needle);
  if (n == 0 || hay.size() < n) return false;
  for (size_t i = 0; i + n <= hay.size(); ++i) {
    size_t k = 0;
    while (k < n && HtmlLower(hay[i + k]) == needle[k]) ++k;
    if (k == n) return true;
  }
  return false;
}

bool StartsNoCase(std::string_view s, size_t i, const char* lit) {
  size_t n = std::strlen(lit);
  if (i + n > s.size()) return false;
  for (size_t k = 0; k < n; ++k)
    if (HtmlLower(s[i + k]) != lit[k]) return false;
  return true;
}

// A character reference's code point as UTF-8: NUL, surrogates and values past U+10FFFF as
// U+FFFD.
void AppendEntityChar(uint32_t cp, std::string* out) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  AppendUtf8(static_cast<char32_t>(cp), out);
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
    AppendEntityChar(cp, out);
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

// A tag name of at most 7 bytes as one number, its length in the top byte (0 when longer or
// empty): names are looked up by binary search over a sorted table instead of hashing a string
// per tag.
constexpr uint64_t TagKey(std::string_view n) {
  if (n.empty() || n.size() > 7) return 0;
  uint64_t k = 0;
  for (char c : n) k = k << 8 | static_cast<unsigned char>(c);
  return k | static_cast<uint64_t>(n.size()) << 56;
}

constexpr uint64_t kAnchorKey = TagKey("a"), kFooterKey = TagKey("footer"),
                   kScriptKey = TagKey("script"), kStyleKey = TagKey("style"),
                   kTitleKey = TagKey("title");

// The flags of the listed tag names: open addressing over their keys (64 slots for ~50 names).
struct TagFlagTable {
  static constexpr size_t kSlots = 128;
  uint64_t keys[kSlots] = {};
  uint8_t flags[kSlots] = {};
  static size_t Slot(uint64_t key) {
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> 57);  // 7 bits
  }
  void Add(uint64_t key, uint8_t f) {
    size_t i = Slot(key);
    while (keys[i] != 0 && keys[i] != key) i = (i + 1) % kSlots;
    keys[i] = key;
    flags[i] |= f;
  }
  uint8_t Find(uint64_t key) const {
    for (size_t i = Slot(key); keys[i] != 0; i = (i + 1) % kSlots)
      if (keys[i] == key) return flags[i];
    return 0;
  }
};

uint8_t TagFlags(const std::string& n, uint64_t key) {
  static const TagFlagTable* table = [] {
    auto* t = new TagFlagTable();
    for (const char* v : {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                          "meta", "param", "source", "track", "wbr"})
      t->Add(TagKey(v), kVoid);
    for (const char* b :
         {"p",      "div", "br",      "li",      "ul",     "ol",    "tr",     "td",      "th",
          "table",  "h1",  "h2",      "h3",      "h4",     "h5",    "h6",     "section", "footer",
          "header", "nav", "article", "aside",   "hr",     "dd",    "dt",     "dl",      "form",
          "option", "pre", "main",    "address", "center", "title", "button", "label"})
      t->Add(TagKey(b), kBlock);
    return t;
  }();
  if (n.size() > 7) return n == "blockquote" ? kBlock : 0;  // the one longer listed name
  return key == 0 ? 0 : table->Find(key);
}

std::string_view TrimView(std::string_view v) {
  while (!v.empty() && IsHtmlSpace(v.front())) v.remove_prefix(1);
  while (!v.empty() && IsHtmlSpace(v.back())) v.remove_suffix(1);
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
  // The tag name from s_[*j] on, lowered, cut to 32 bytes; *j moves past it.
  std::string TagName(size_t* j) {
    const size_t b = *j;
    while (*j < s_.size() && !IsHtmlSpace(s_[*j]) && s_[*j] != '>' && s_[*j] != '/') ++*j;
    std::string name(std::min<size_t>(*j - b, 32), '\0');
    for (size_t k = 0; k < name.size(); ++k) name[k] = HtmlLower(s_[b + k]);
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
      while (j < n && (IsHtmlSpace(s_[j]) || s_[j] == '/')) {
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
      while (j < n && !IsHtmlSpace(s_[j]) && s_[j] != '=' && s_[j] != '>' &&
             !(s_[j] == '/' && j + 1 < n && s_[j + 1] == '>'))
        ++j;
      std::string_view attr = s_.substr(an, j - an);
      if (j == an) ++j;  // stray character, e.g. '"'
      size_t k = j;
      while (k < n && IsHtmlSpace(s_[k])) ++k;
      std::string_view value;
      size_t value_offset = 0;
      if (k < n && s_[k] == '=') {
        ++k;
        while (k < n && IsHtmlSpace(s_[k])) ++k;
        if (k < n && (s_[k] == '"' || s_[k] == '\'')) {
          char q = s_[k];
          size_t e = s_.find(q, k + 1);
          if (e == std::string_view::npos) return n;  // unterminated: the tag eats the rest
          value = s_.substr(k + 1, e - k - 1);
          value_offset = k + 1;
          j = e + 1;
        } else {
          size_t e = k;
          while (e < n && !IsHtmlSpace(s_[e]) && s_[e] != '>') ++e;
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
    const uint64_t key = TagKey(name);
    const uint8_t flags = TagFlags(name, key);
    if (flags & kBlock) Space();
    bool footer = key == kFooterKey;
    for (std::string_view v : {id, cls}) {
      if (!v.empty() && (ContainsNoCase(v, "foot") || ContainsNoCase(v, "copyright") ||
                         ContainsNoCase(v, "bottom")))
        footer = true;
    }
    if (key == kScriptKey || key == kStyleKey) {
      return SkipRaw(j, name, false);
    }
    if (key == kTitleKey || name == "textarea"sv) {
      return SkipRaw(j, name, key == kTitleKey);
    }
    const bool anchor = key == kAnchorKey;
    if (anchor && has_href) {
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
    if (self_closing || (flags & kVoid) || stack_.size() >= kMaxStack) return j;
    ++Open(key, name);
    Entry e;
    e.name = std::move(name);
    e.key = key;
    e.footer = footer;
    e.prev_anchor = anchor_;
    stack_.push_back(std::move(e));
    if (footer) ++footer_depth_;
    if (anchor) anchor_ = has_href ? static_cast<int32_t>(p_->links.size() - 1) : -1;
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
    if (name != "script"sv && name != "style"sv) {
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
    const uint64_t key = TagKey(name);
    if (OpenCount(key, name) <= 0) return;
    while (!stack_.empty()) {
      Entry e = std::move(stack_.back());
      stack_.pop_back();
      --Open(e.key, e.name);
      if (e.footer) --footer_depth_;
      anchor_ = e.prev_anchor;
      if (e.name == name) break;
    }
    if (TagFlags(name, key) & kBlock) Space();
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
      if (!IsHtmlSpace(s_[k])) {
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
    uint64_t key = 0;  // TagKey(name): 0 for a name longer than 7 bytes
    bool footer = false;
    int32_t prev_anchor = -1;
  };

  std::string_view s_;
  HtmlPage* p_;
  std::vector<Entry> stack_;
  // How many elements of each name are open: names of up to 7 bytes (nearly all) by their
  // TagKey in a small table of their own (open addressing, sized for a page's few dozen names: no
  // string hashing, no node per name, and none of the hash of eight bytes and the division per
  // tag that std::unordered_map costs in WebAssembly, 1.5 % of a typical check there), longer ones
  // by name.
  class ShortCounts {
   public:
    int& operator[](uint64_t key) {  // key != 0
      Slot& s = slots_[Index(key)];
      if (s.key == key) return s.count;
      if ((used_ + 1) * 2 > kSlots) return more_[key];
      s.key = key;
      ++used_;
      return s.count;
    }
    int Get(uint64_t key) const {
      const Slot& s = slots_[Index(key)];
      if (s.key == key) return s.count;
      auto it = more_.find(key);
      return it == more_.end() ? 0 : it->second;
    }

   private:
    static constexpr size_t kSlots = 128;
    struct Slot {
      uint64_t key = 0;  // 0: free
      int count = 0;
    };
    // the slot holding `key`, or the free one where it belongs (the table is never full)
    size_t Index(uint64_t key) const {
      size_t i = static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> 57);
      while (slots_[i].key && slots_[i].key != key) i = (i + 1) & (kSlots - 1);
      return i;
    }
    Slot slots_[kSlots];
    size_t used_ = 0;
    std::map<uint64_t, int> more_;  // past half the table (a page with more than 63 tag names)
  };
  int& Open(uint64_t key, const std::string& name) {
    return key ? open_short_[key] : open_long_[name];
  }
  int OpenCount(uint64_t key, const std::string& name) const {
    if (key) return open_short_.Get(key);
    auto it = open_long_.find(name);
    return it == open_long_.end() ? 0 : it->second;
  }
  ShortCounts open_short_;
  std::unordered_map<std::string, int> open_long_;
  int footer_depth_ = 0;
  int32_t anchor_ = -1;
  bool title_seen_ = false;
};

}  // namespace

namespace html_internal {

const HtmlPage::Segment* SegmentAt(const HtmlPage& page, size_t text_offset) {
  const auto& segs = page.segments;
  auto it =
      std::upper_bound(segs.begin(), segs.end(), text_offset,
                       [](size_t t, const HtmlPage::Segment& s) { return t < s.text_offset; });
  if (it == segs.begin()) return nullptr;
  return &*(it - 1);
}

void Tokenize(std::string_view html, HtmlPage* page) { Reader(html, page).Run(); }

}  // namespace html_internal

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
         href[e] != ':' && !IsHtmlSpace(href[e]))
    ++e;
  std::string host;
  for (size_t k = i; k < e; ++k) host.push_back(HtmlLower(href[k]));
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

}  // namespace beian
