#include "core/readers/domain_cert.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <optional>

#include "core/domain.h"
#include "core/ideographs.h"
#include "core/readers/license.h"
#include "core/readers/word_lines.h"
#include "core/utf8.h"

namespace beian {
namespace {

// Certificates are one page: anything past this is not a certificate's text.
constexpr size_t kMaxText = 1 << 20;

// Labels without blanks (the matcher skips blanks between their characters, and ASCII letters
// compare without case). Longest first where one starts another: 域名持有者 before 域名,
// RegistrantName before Registrant, 注册服务机构 before 注册.
constexpr words::Label kCertLabels[] = {
    {"域名注册服务机构", "registrar"},
    {"域名持有者", "holder"},
    {"域名持有人", "holder"},
    {"域名所有者", "holder"},
    {"域名所有人", "holder"},
    {"域名注册人", "holder"},
    {"域名注册者", "holder"},
    {"注册服务机构", "registrar"},
    {"注册服务商", "registrar"},
    {"证书颁发机构", "registrar"},
    {"颁发机构", "registrar"},
    {"发证机构", "registrar"},
    {"域名名称", "domain"},
    {"注册日期", "registered"},
    {"注册时间", "registered"},
    {"创建日期", "registered"},
    {"创建时间", "registered"},
    {"到期日期", "expires"},
    {"到期时间", "expires"},
    {"过期日期", "expires"},
    {"过期时间", "expires"},
    {"有效期至", "expires"},
    {"有效期限", "period"},
    {"有效期", "period"},
    {"持有者", "holder"},
    {"持有人", "holder"},
    {"所有者", "holder"},
    {"所有人", "holder"},
    {"注册人", "holder"},
    {"注册者", "holder"},
    {"注册商", "registrar"},
    {"域名", "domain"},
    {"RegistrantOrganization", "holder"},
    {"RegistrantOrganisation", "holder"},
    {"RegistrantName", "holder"},
    {"Registrant", "holder"},
    {"DomainHolder", "holder"},
    {"Holder", "holder"},
    {"SponsoringRegistrar", "registrar"},
    {"RegistrarName", "registrar"},
    {"Registrar", "registrar"},
    {"IssuedBy", "registrar"},
    {"DomainName", "domain"},
    {"RegistrationDate", "registered"},
    {"RegistrationTime", "registered"},
    {"CreationDate", "registered"},
    {"ExpirationDate", "expires"},
    {"ExpirationTime", "expires"},
    {"ExpiryDate", "expires"},
    {"ExpireDate", "expires"},
    {"ValidUntil", "expires"},
};

// The label each field is written with in certificate text made from words ("域名：…").
const char* CanonicalLabel(const std::string& field) {
  if (field == "domain") return "域名";
  if (field == "holder") return "域名持有者";
  if (field == "registrar") return "注册服务机构";
  if (field == "registered") return "注册日期";
  return "到期日期";
}

// Length of the blank at `i` (space, tab, U+3000, U+00A0), 0 when none.
size_t BlankAt(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  if (s[i] == ' ' || s[i] == '\t') return 1;
  if (s.compare(i, 3, "\xE3\x80\x80") == 0) return 3;
  if (s.compare(i, 2, "\xC2\xA0") == 0) return 2;
  return 0;
}

// Length of a mark that may stand between a label and its value (colon, slash, bracket, bar).
size_t SeparatorAt(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  if (size_t n = BlankAt(s, i)) return n;
  if (std::strchr(":/|()[]", s[i]) && s[i] != '\0') return 1;
  static const char* const kWide[] = {"：", "／", "（", "）", "【", "】", "｜", "\xEF\xBC\xBB"};
  for (const char* w : kWide)
    if (s.compare(i, std::strlen(w), w) == 0) return std::strlen(w);
  return 0;
}

bool IsColonAt(std::string_view s, size_t i) {
  return i < s.size() && (s[i] == ':' || s.compare(i, 3, "：") == 0);
}

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The end of `label` matched at `pos` of `line` (blanks allowed between its characters), or npos.
size_t MatchLabel(std::string_view line, size_t pos, const char* label) {
  size_t i = pos;
  for (size_t j = 0; label[j]; ++j) {
    bool lead = (static_cast<unsigned char>(label[j]) & 0xC0) != 0x80;
    if (j > 0 && lead) {
      while (size_t n = BlankAt(line, i)) i += n;
    }
    if (i >= line.size() || LowerAscii(line[i]) != LowerAscii(label[j]))
      return std::string_view::npos;
    ++i;
  }
  return i;
}

struct TextHit {
  size_t begin, end;  // the label's bytes in the line
  const words::Label* label;
};

// The labels of one line. A label counts where a value can follow it: a separator or the end of
// the line right after it, and before it the start of the line, a blank or a bracket/slash — or
// anywhere (not inside a Latin word) when a colon follows it (两栏 text glued without blanks).
std::vector<TextHit> FindTextLabels(std::string_view line) {
  std::vector<TextHit> hits;
  for (size_t p = 0; p < line.size();) {
    unsigned char c = static_cast<unsigned char>(line[p]);
    if ((c & 0xC0) == 0x80) {
      ++p;
      continue;
    }
    bool boundary = p == 0;
    if (!boundary) {
      size_t q = p - 1;
      while (q > 0 && (static_cast<unsigned char>(line[q]) & 0xC0) == 0x80) --q;
      boundary = SeparatorAt(line, q) == p - q;
    }
    bool latin_before = p > 0 && IsAsciiAlnum(line[p - 1]);
    const words::Label* found = nullptr;
    size_t end = 0;
    for (const words::Label& l : kCertLabels) {
      if (LowerAscii(line[p]) != LowerAscii(l.text[0])) continue;
      size_t e = MatchLabel(line, p, l.text);
      if (e == std::string_view::npos) continue;
      size_t after = e;
      while (size_t n = BlankAt(line, after)) after += n;
      bool value_follows = e == line.size() || SeparatorAt(line, e) > 0;
      bool colon = IsColonAt(line, after);
      if ((boundary && value_follows) || (colon && !latin_before)) {
        found = &l;
        end = e;
        break;
      }
    }
    if (found) {
      hits.push_back({p, end, found});
      p = end;
    } else {
      ++p;
    }
    if (hits.size() > 64) break;
  }
  return hits;
}

struct Range {
  size_t begin = 0, end = 0;
  bool empty() const { return begin >= end; }
};

// The value between a label and what follows it: separators in front, blanks and stray
// punctuation at the end removed.
Range TrimValue(std::string_view s, Range r) {
  while (r.begin < r.end) {
    size_t n = SeparatorAt(s, r.begin);
    if (!n) break;
    r.begin += n;
  }
  for (;;) {
    if (r.end <= r.begin) return {r.begin, r.begin};
    unsigned char last = static_cast<unsigned char>(s[r.end - 1]);
    if (last == ' ' || last == '\t' || last == '/' || last == '|' || last == ',' || last == ';' ||
        last == ':') {
      --r.end;
      continue;
    }
    bool cut = false;
    for (const char* m : {"　", "，", "。", "；", "：", "／", "｜"}) {
      size_t n = std::strlen(m);
      if (r.end - r.begin >= n && s.compare(r.end - n, n, m) == 0) {
        r.end -= n;
        cut = true;
        break;
      }
    }
    if (!cut) return r;
  }
}

bool HasNonAscii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  return false;
}

// A name as printed, blanks collapsed; no blank next to a non-ASCII character (OCR and PDF runs
// put blanks between Chinese characters that the certificate does not have).
std::string CleanName(std::string_view s) {
  std::string out;
  bool blank = false;
  for (size_t i = 0; i < s.size();) {
    if (size_t n = BlankAt(s, i)) {
      blank = true;
      i += n;
      continue;
    }
    if (blank && !out.empty()) {
      bool prev_ascii = static_cast<unsigned char>(out.back()) < 0x80;
      bool next_ascii = static_cast<unsigned char>(s[i]) < 0x80;
      if (prev_ascii && next_ascii) out += ' ';
    }
    blank = false;
    out += s[i++];
  }
  return out;
}

const std::vector<std::string>& KnownTlds() {
  // The TLDs of WL-TLD-OK / -VERIFY / -NO and the common generic and country-code TLDs sellers
  // register: enough to tell a real suffix from an OCR misread (corn, c0m, cm).
  static const std::vector<std::string> kTlds = {
      "com",     "cn",     "net",   "org",   "top",    "wang",    "ren",    "mobi",   "tel",
      "cipic",   "gov",    "edu",   "info",  "biz",    "cc",      "tv",     "me",     "io",
      "co",      "xyz",    "vip",   "shop",  "club",   "ltd",     "site",   "online", "tech",
      "store",   "cloud",  "work",  "link",  "asia",   "ink",     "pub",    "fun",    "art",
      "red",     "kim",    "xin",   "love",  "pro",    "name",    "center", "group",  "company",
      "life",    "live",   "world", "today", "fit",    "website", "space",  "press",  "video",
      "news",    "team",   "email", "city",  "social", "host",    "icu",    "cyou",   "sbs",
      "bond",    "design", "games", "run",   "show",   "zone",    "plus",   "ai",     "app",
      "dev",     "hk",     "mo",    "tw",    "us",     "uk",      "jp",     "de",     "fr",
      "eu",      "in",     "au",    "ca",    "la",     "so",      "beer",   "law",    "auto",
      "fashion", "yoga",   "fans",  "chat",  "market", "band",    "gold",   "luxe",   "poker",
      "中国",    "中國",   "公司",  "网络",  "商城",   "网址",    "中信",   "集团",   "在线",
      "网店",    "中文网", "移动",  "游戏",  "企业",   "娱乐",    "商标",   "广东",   "佛山",
      "时尚",    "我爱你", "信息",  "网站",
  };
  return kTlds;
}

// `s` without a leading "www." (certificates name the registered domain).
std::optional<std::string> DomainToken(std::string_view token) {
  while (!token.empty() && (token.front() == '.' || token.front() == '-')) token.remove_prefix(1);
  while (!token.empty() && (token.back() == '.' || token.back() == '-')) token.remove_suffix(1);
  if (token.find('.') == std::string_view::npos || token.size() > 253) return std::nullopt;
  std::string host = NormaliseDomainName(token);
  std::string why, bad;
  if (host.empty() || !DomainSyntaxOk(host, &why, &bad)) return std::nullopt;
  std::string tld = TopLevel(host);
  bool alpha = tld.size() >= 2;
  for (char c : tld)
    alpha = alpha && ((c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80);
  if (!alpha && tld.rfind("xn--", 0) != 0) return std::nullopt;
  return host;
}

bool DomainChar(char c, bool non_ascii) {
  unsigned char u = static_cast<unsigned char>(c);
  return IsAsciiAlnum(c) || c == '.' || c == '-' || (non_ascii && u >= 0x80);
}

// The first domain in `r`: ASCII words first (兹证明example.cn域名), then words with Chinese
// labels (示例.中国). Full-width punctuation ends a word.
std::optional<WhoisValue> FindDomain(std::string_view s, Range r) {
  for (bool non_ascii : {false, true}) {
    for (size_t i = r.begin; i < r.end;) {
      if (!DomainChar(s[i], non_ascii) ||
          (non_ascii && (s.compare(i, 2, "\xEF\xBC") == 0 || s.compare(i, 2, "\xE3\x80") == 0))) {
        ++i;
        continue;
      }
      size_t j = i;
      while (j < r.end && DomainChar(s[j], non_ascii) &&
             !(non_ascii && (s.compare(j, 2, "\xEF\xBC") == 0 || s.compare(j, 2, "\xE3\x80") == 0)))
        ++j;
      if (auto host = DomainToken(s.substr(i, j - i))) {
        size_t b = i, e = j;
        while (b < e && (s[b] == '.' || s[b] == '-')) ++b;
        while (e > b && (s[e - 1] == '.' || s[e - 1] == '-')) --e;
        return WhoisValue{*host, b, e - b};
      }
      i = j;
    }
  }
  return std::nullopt;
}

// The date in `r` (the first one, or the last one for a period "2024-03-15 至 2026-03-15").
std::optional<WhoisValue> FindDate(std::string_view s, Range r, bool last) {
  std::optional<WhoisValue> found;
  size_t from = r.begin;
  for (int k = 0; k < 4 && from < r.end; ++k) {
    size_t off = 0, len = 0;
    std::string d = ParseLicenseDate(s.substr(from, r.end - from), &off, &len);
    if (d.empty() || len == 0) break;
    found = WhoisValue{d, from + off, len};
    if (!last) return found;
    from += off + len;
  }
  if (found) return found;
  size_t b = r.begin;
  while (size_t n = BlankAt(s, b)) b += n;
  if (b >= r.end) return std::nullopt;
  size_t used = 0;
  auto d = NormaliseWhoisDate(s.substr(b, r.end - b), &used);
  if (!d) return std::nullopt;
  return WhoisValue{*d, b, std::min(used, r.end - b)};
}

// The issuer printed at the bottom of a certificate: a company name on a line of its own.
bool LooksLikeIssuer(std::string_view line) {
  if (line.empty() || line.size() > 180) return false;
  if (line.rfind("兹", 0) == 0 || line.rfind("特此", 0) == 0) return false;
  auto ends = [&](const char* t) {
    size_t n = std::strlen(t);
    if (line.size() < n) return false;
    for (size_t i = 0; i < n; ++i)
      if (LowerAscii(line[line.size() - n + i]) != LowerAscii(t[i])) return false;
    return true;
  };
  if (ends("公司")) return true;
  if ((ends("）") || ends(")")) && line.find("公司") != std::string_view::npos) return true;
  return ends("co.,ltd.") || ends("co., ltd.") || ends("co.,ltd") || ends("co., ltd") ||
         ends("limited") || ends("inc.");
}

// Sets `v` from a value read for `field`: the first value counts, except that a name with Chinese
// characters replaces a Latin one (the English line of a bilingual certificate transliterates).
void Offer(WhoisValue* v, const WhoisValue& read, bool prefer_chinese) {
  if (read.value.empty()) return;
  if (!v->present() || (prefer_chinese && !HasNonAscii(v->value) && HasNonAscii(read.value)))
    *v = read;
}

void ReadField(std::string_view s, const std::string& field, Range r, DomainCertificate* out) {
  r = TrimValue(s, r);
  if (r.empty()) return;
  if (field == "domain") {
    if (auto d = FindDomain(s, r)) Offer(&out->domain, *d, false);
  } else if (field == "holder" || field == "registrar") {
    WhoisValue v{CleanName(s.substr(r.begin, r.end - r.begin)), r.begin, r.end - r.begin};
    Offer(field == "holder" ? &out->holder : &out->registrar, v, true);
  } else if (field == "registered") {
    if (auto d = FindDate(s, r, false)) Offer(&out->registered, *d, false);
  } else if (field == "expires" || field == "period") {
    if (auto d = FindDate(s, r, field == "period")) Offer(&out->expires, *d, false);
  }
}

// Reads the fields of certificate text whose offsets are those of `s`.
DomainCertificate ReadFolded(std::string_view s) {
  DomainCertificate out;
  std::vector<Range> lines;
  for (size_t i = 0; i <= s.size();) {
    size_t j = i;
    while (j < s.size() && s[j] != '\n' && s[j] != '\r') ++j;
    lines.push_back({i, j});
    i = j + 1;
  }
  std::vector<bool> labelled(lines.size(), false);
  for (size_t li = 0; li < lines.size(); ++li) {
    std::string_view line = s.substr(lines[li].begin, lines[li].end - lines[li].begin);
    std::vector<TextHit> hits = FindTextLabels(line);
    labelled[li] = !hits.empty();
    for (size_t h = 0; h < hits.size(); ++h) {
      size_t base = lines[li].begin;
      Range r{base + hits[h].end, h + 1 < hits.size() ? base + hits[h + 1].begin : lines[li].end};
      std::string field = hits[h].label->field;
      // a bilingual pair ("域名 / Domain Name：…"): the value belongs to the second label
      if (TrimValue(s, r).empty() && h + 1 < hits.size()) continue;
      // an empty label at the end of its line: the value is on the next line (not a label line)
      if (TrimValue(s, r).empty() && li + 1 < lines.size()) {
        std::string_view next =
            s.substr(lines[li + 1].begin, lines[li + 1].end - lines[li + 1].begin);
        if (FindTextLabels(next).empty()) r = lines[li + 1];
      }
      ReadField(s, field, r, &out);
    }
  }
  if (!out.registrar.present()) {
    // the issuer at the bottom: the last company-name line below the labels, not the holder's
    int seen = 0;
    for (size_t li = lines.size(); li-- > 0 && seen < 8;) {
      if (labelled[li]) break;
      Range r = TrimValue(s, lines[li]);
      if (r.empty()) continue;
      ++seen;
      std::string name = CleanName(s.substr(r.begin, r.end - r.begin));
      if (!LooksLikeIssuer(name)) continue;
      if (out.holder.present() && name.find(out.holder.value) != std::string::npos) continue;
      out.registrar = WhoisValue{name, r.begin, r.end - r.begin};
      break;
    }
  }
  return out;
}

json SpanJson(const WhoisValue& v) { return {{"offset", v.offset}, {"length", v.length}}; }

// ---- words -------------------------------------------------------------------------------------

int NoWrap(const std::string&) { return 0; }

// How good a candidate value is: it reads (2), or it looks like one (1: a dot for a domain, digits
// for a date, anything for a name), or not at all (0).
int Score(const OcrField& f) {
  if (!f.value.empty()) return 2;
  if (f.field == "domain") return f.raw.find('.') != std::string::npos ? 1 : 0;
  if (f.field == "registered" || f.field == "expires")
    return std::any_of(f.raw.begin(), f.raw.end(), [](char c) { return c >= '0' && c <= '9'; });
  return f.raw.empty() ? 0 : 1;
}

// A value whose words begin with the second label of a bilingual pair ("/DomainName" after
// 域名, "(Registrant)" after 注册人: one PDF run or OCR word): the label is dropped. Only after a
// slash or bracket, so a domain such as holder.cn keeps its first letters.
std::string StripPairedLabel(const std::string& raw) {
  size_t i = 0;
  auto skip = [&] {
    size_t start = i;
    while (size_t n = SeparatorAt(raw, i)) i += n;
    return i > start;
  };
  if (!skip()) return raw;
  for (const words::Label& l : kCertLabels) {
    size_t n = std::strlen(l.text);
    bool match = raw.size() - i >= n;
    for (size_t k = 0; match && k < n; ++k) match = LowerAscii(raw[i + k]) == LowerAscii(l.text[k]);
    if (match) {
      i += n;
      skip();
      return raw.substr(i);
    }
  }
  return raw;
}

// Reads a field's raw words with the text reader, as the certificate line it stands for.
void ReadWordsValue(OcrField* f) {
  std::string text = std::string(CanonicalLabel(f->field)) + "：" + f->raw;
  DomainCertificate c = ReadFolded(text);
  const WhoisValue* v = nullptr;
  if (f->field == "domain") {
    v = &c.domain;
  } else if (f->field == "holder") {
    v = &c.holder;
  } else if (f->field == "registrar") {
    v = &c.registrar;
  } else if (f->field == "registered") {
    v = &c.registered;
  } else {
    v = &c.expires;
  }
  f->value = v->value;
  // names are printed with full-width brackets; OCR reads ( ) (as for the licence)
  if ((f->field == "holder" || f->field == "registrar") && HasNonAscii(f->value)) {
    std::string out;
    for (char ch : f->value) out += ch == '(' ? "（" : ch == ')' ? "）" : std::string(1, ch);
    f->value = out;
  }
  // a domain is taken only with a suffix that exists (OCR reads .com as .corn)
  if (f->field == "domain" && !f->value.empty() && !DomainWithKnownSuffix(f->value))
    f->value.clear();
}

}  // namespace

bool DomainWithKnownSuffix(const std::string& host) {
  auto d = DomainToken(host);
  if (!d || *d != host) return false;
  std::string tld = TopLevel(host);
  if (tld.rfind("xn--", 0) == 0) return tld.size() >= 6;
  const auto& known = KnownTlds();
  return std::find(known.begin(), known.end(), tld) != known.end();
}

DomainCertificate ReadDomainCertificate(std::string_view text) {
  text = text.substr(0, std::min(text.size(), kMaxText));
  // radicals and compatibility ideographs folded in place: offsets stay those of `text`
  const std::string folded = NormalizeIdeographsInPlace(text);
  DomainCertificate out = ReadFolded(folded);
  // values are valid UTF-8 for the report (invalid bytes of the upload become U+FFFD)
  for (WhoisValue* v : {&out.domain, &out.holder, &out.registrar, &out.registered, &out.expires})
    if (v->present()) v->value = RepairUtf8(v->value);
  return out;
}

json DomainCertificateJson(const DomainCertificate& cert) {
  json o = json::object(), spans = json::object();
  auto put = [&](const char* key, const WhoisValue& v) {
    if (!v.present()) return;
    o[key] = v.value;
    spans[key] = SpanJson(v);
  };
  put("domain", cert.domain);
  put("holder", cert.holder);
  put("registrar", cert.registrar);
  put("registered", cert.registered);
  put("expires", cert.expires);
  o["spans"] = std::move(spans);
  return o;
}

OcrLicense ReadDomainCertificateWords(const std::vector<OcrWord>& words, int gate) {
  const std::vector<words::Line> lines = words::GroupLines(words);
  const words::LabelTable table{kCertLabels, std::size(kCertLabels)};
  std::vector<std::vector<words::Hit>> hits;
  for (const words::Line& l : lines) hits.push_back(words::FindLabels(l, table));

  // every candidate, read; then the best one per field
  std::vector<OcrField> candidates;
  size_t last_labelled = 0;
  bool any_label = false;
  for (const words::Labeled& lv : words::LabeledValues(lines, hits, NoWrap)) {
    words::Piece value = lv.value;
    // a label alone on its line (a table cell "域名 / Domain Name" with the value centred
    // beside both lines): the value is the next line's words right of the label, when that
    // line has no label of its own
    if (value.empty() && lv.line + 1 < lines.size() && hits[lv.line + 1].empty()) {
      int from = lines[lv.line].words[lv.hit.word].x1;
      for (const words::Placed& w : lines[lv.line + 1].words)
        if (w.x0 >= from) value.Add(w, w.text);
    }
    OcrField f;
    f.field = lv.label->field;
    if (f.field == "period") f.field = "expires";
    f.label = lv.label->text;
    f.raw = StripPairedLabel(value.text);
    f.conf = value.empty() ? 0 : value.conf;
    if (!value.empty()) std::copy(value.box, value.box + 4, f.box);
    ReadWordsValue(&f);
    candidates.push_back(f);
    last_labelled = std::max(last_labelled, lv.line);
    any_label = true;
  }
  OcrLicense out;
  for (const char* field : {"domain", "holder", "registrar", "registered", "expires"}) {
    const OcrField* best = nullptr;
    for (const OcrField& f : candidates) {
      if (f.field != field) continue;
      // a Chinese name beats its transliteration, as in the text reader
      bool better = !best || Score(f) > Score(*best) ||
                    (Score(f) == Score(*best) && Score(f) == 2 &&
                     (f.field == "holder" || f.field == "registrar") && !HasNonAscii(best->value) &&
                     HasNonAscii(f.value));
      if (better) best = &f;
    }
    if (best) out.fields.push_back(*best);
  }
  bool has_registrar = std::any_of(out.fields.begin(), out.fields.end(), [](const OcrField& f) {
    return f.field == "registrar" && Score(f) == 2;
  });
  if (!has_registrar && any_label) {
    // the issuer at the bottom, below every label
    const OcrField* holder = nullptr;
    for (const OcrField& f : out.fields)
      if (f.field == "holder") holder = &f;
    for (size_t li = lines.size(); li-- > last_labelled + 1;) {
      std::string text = lines[li].Text();
      if (!LooksLikeIssuer(text)) continue;
      if (holder && !holder->value.empty() && text.find(holder->value) != std::string::npos)
        continue;
      words::Piece p;
      for (const words::Placed& w : lines[li].words) p.Add(w, w.text);
      OcrField f;
      f.field = "registrar";
      f.label = CanonicalLabel("registrar");
      f.raw = p.text;
      f.conf = p.conf;
      std::copy(p.box, p.box + 4, f.box);
      ReadWordsValue(&f);
      out.fields.erase(std::remove_if(out.fields.begin(), out.fields.end(),
                                      [](const OcrField& g) { return g.field == "registrar"; }),
                       out.fields.end());
      out.fields.push_back(f);
      break;
    }
  }
  for (OcrField& f : out.fields) {
    // the holder is compared with the filing subject (DOM-021 blocks): the licence reader's
    // stricter gate for compared values applies
    int need = f.field == "holder" ? std::min(100, gate + kOcrComparedFieldMargin) : gate;
    if (f.value.empty()) {
      f.reason = "unreadable";
    } else if (f.conf < need) {
      f.reason = "low_confidence";
    } else {
      f.accepted = true;
    }
  }
  return out;
}

std::string DomainCertFromWordsJson(const std::string& words_json, int gate) {
  OcrLicense cert = ReadDomainCertificateWords(OcrWordsFromJson(words_json), gate);
  json fields = json::array();
  for (const OcrField& f : cert.fields) {
    std::string line =
        std::string(CanonicalLabel(f.field)) + "：" + (f.value.empty() ? f.raw : f.value);
    fields.push_back(OcrFieldJson(f, line));
  }
  return Dump(json{{"fields", fields}, {"gate", gate}});
}

}  // namespace beian
