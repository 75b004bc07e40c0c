#include "core/readers/license.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstring>

#include "core/date.h"
#include "core/ideographs.h"
#include "core/readers/license_text.h"
#include "core/utf8.h"

namespace beian {

namespace license_text {

enum class Field {
  kName,
  kCredit,
  kRegNumber,
  kType,
  kLegalRep,
  kScope,
  kAddress,
  kCapital,
  kEstablished,
  kTerm,
  kAuthority,
  kOther,
};

struct Key {
  const char* text;
  Field field;
};

// Longer keys first where one is a suffix or prefix of another (the first key that matches at a
// position wins, see NextKey).
const Key kKeys[] = {
    {"统一社会信用代码", Field::kCredit},
    {"营业执照注册号", Field::kRegNumber},
    {"注册号", Field::kRegNumber},
    {"企业名称", Field::kName},
    {"名称", Field::kName},
    {"主体类型", Field::kType},
    {"公司类型", Field::kType},
    {"企业类型", Field::kType},
    {"类型", Field::kType},
    {"法定代表人姓名", Field::kLegalRep},
    {"负责人姓名", Field::kLegalRep},
    {"经营者姓名", Field::kLegalRep},
    {"法定代表人", Field::kLegalRep},
    {"执行事务合伙人", Field::kLegalRep},
    {"负责人", Field::kLegalRep},
    {"经营者", Field::kLegalRep},
    {"投资人", Field::kLegalRep},
    {"经营范围", Field::kScope},
    {"主要经营场所", Field::kAddress},
    {"经营场所", Field::kAddress},
    {"营业场所", Field::kAddress},
    {"住所", Field::kAddress},
    {"注册资本", Field::kCapital},
    {"出资额", Field::kCapital},
    {"资金数额", Field::kCapital},
    {"成立日期", Field::kEstablished},
    {"注册日期", Field::kEstablished},
    {"营业期限", Field::kTerm},
    {"经营期限", Field::kTerm},
    {"合伙期限", Field::kTerm},
    {"登记机关", Field::kAuthority},
    {"组成形式", Field::kOther},
    {"实收资本", Field::kOther},
};

// Number of bytes of the whitespace character at `s[i]`, 0 when none.
size_t SpaceAt(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      static_cast<unsigned char>(s[i + 2]) == 0x80)
    return 3;  // U+3000
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
  return 0;
}

// Whitespace other than line breaks.
size_t BlankAt(std::string_view s, size_t i) {
  if (i < s.size() && (s[i] == '\n' || s[i] == '\r')) return 0;
  return SpaceAt(s, i);
}

// Keys are found with their characters spaced out ("名　　称"): between two characters of a key
// any run of gaps (space, tab, U+3000, U+00A0). At each byte, the first key of kKeys that matches
// there wins (leftmost, then in kKeys order, as a regex alternation of the keys would).
// Byte length of the gap character at `s[i]`, 0 when none.
size_t GapAt(std::string_view s, size_t i) {
  // blanks other than form feed and vertical tab: space, tab, U+3000, U+00A0
  if (i < s.size() && (s[i] == '\f' || s[i] == '\v')) return 0;
  return BlankAt(s, i);
}

struct KeyChars {
  std::vector<std::string_view> chars;  // the key's characters as UTF-8 (into kKeys)
  uint32_t first = 0;                   // its first character's bytes, big-endian
};

struct KeyTable {
  std::vector<KeyChars> keys;  // in kKeys order
  // which bytes follow a key's first byte (low 6 bits of its second byte): most characters of a
  // text are rejected with one test
  uint64_t seconds = 0;
  bool three_bytes = true;  // every key starts with a three-byte character (else: no filter)
};

const KeyTable& Keys() {
  static const KeyTable* table = [] {
    auto* t = new KeyTable();
    for (const Key& k : kKeys) {
      KeyChars kc;
      std::string_view text(k.text);
      for (size_t i = 0; i < text.size();) {
        size_t b = i;
        NextCodePoint(text, &i);
        kc.chars.push_back(text.substr(b, i - b));
      }
      for (unsigned char c : kc.chars[0]) kc.first = kc.first << 8 | c;
      t->three_bytes = t->three_bytes && kc.chars[0].size() == 3;
      if (kc.chars[0].size() > 1) t->seconds |= 1ULL << (kc.chars[0][1] & 63);
      t->keys.push_back(std::move(kc));
    }
    return t;
  }();
  return *table;
}

// Byte length of `key` spelled at `pos` (gaps allowed between its characters), 0 when not there.
size_t KeyLengthAt(const KeyChars& key, std::string_view s, size_t pos) {
  size_t i = pos;
  for (size_t c = 0; c < key.chars.size(); ++c) {
    if (c > 0)
      while (size_t g = GapAt(s, i)) i += g;
    std::string_view ch = key.chars[c];
    if (s.size() - i < ch.size() || s.compare(i, ch.size(), ch) != 0) return 0;
    i += ch.size();
  }
  return i - pos;
}

// The next key at or after `from`: its offset and byte length; false when none.
bool NextKey(std::string_view s, size_t from, size_t* at, size_t* length) {
  const KeyTable& table = Keys();
  const unsigned char* b = reinterpret_cast<const unsigned char*>(s.data());
  if (!table.three_bytes) {
    for (size_t p = from; p < s.size(); ++p)
      for (const KeyChars& k : table.keys)
        if (size_t n = KeyLengthAt(k, s, p)) {
          *at = p;
          *length = n;
          return true;
        }
    return false;
  }
  for (size_t p = from; p + 2 < s.size(); ++p) {
    if (b[p] < 0xE0 || !(table.seconds >> (b[p + 1] & 63) & 1)) continue;
    const uint32_t first = uint32_t{b[p]} << 16 | uint32_t{b[p + 1]} << 8 | b[p + 2];
    for (const KeyChars& k : table.keys) {
      if (k.first != first) continue;
      if (size_t n = KeyLengthAt(k, s, p)) {
        *at = p;
        *length = n;
        return true;
      }
    }
  }
  return false;
}

// Whether the key found at `pos` starts a field: at the start of a line, or after whitespace or
// ASCII punctuation (not inside a run of CJK text).
bool KeyBoundary(std::string_view text, size_t pos) {
  if (pos == 0) return true;
  unsigned char prev = static_cast<unsigned char>(text[pos - 1]);
  if (prev < 0x80) return !std::isalnum(prev);
  if (pos >= 2 && static_cast<unsigned char>(text[pos - 2]) == 0xC2 && prev == 0xA0) return true;
  if (pos >= 3) {
    std::string_view last = text.substr(pos - 3, 3);
    // U+3000 space, 、，；。：）| full-width punctuation and the box-drawing bar OCR emits.
    static const char* kOk[] = {"\xE3\x80\x80", "：", "，", "；", "。", "）", "】", "│", "｜"};
    for (const char* ok : kOk)
      if (last == ok) return true;
  }
  return false;
}

bool IsColonAt(std::string_view s, size_t i, size_t* len) {
  if (i < s.size() && s[i] == ':') {
    *len = 1;
    return true;
  }
  if (s.substr(i, 3) == "：") {
    *len = 3;
    return true;
  }
  return false;
}

Range Trim(std::string_view text, Range r) {
  while (r.begin < r.end) {
    size_t n = SpaceAt(text, r.begin);
    if (!n) break;
    r.begin += n;
  }
  while (r.end > r.begin) {
    // Step back over one UTF-8 character.
    size_t k = std::max(r.begin, Utf8Boundary(text, r.end - 1));
    size_t n = SpaceAt(text, k);
    if (!n || k + n != r.end) break;
    r.end = k;
  }
  return r;
}

LicenseValue MakeValue(std::string_view text, Range r) {
  r = Trim(text, r);
  LicenseValue v;
  if (r.end <= r.begin) return v;
  v.value = CompactText(text.substr(r.begin, r.end - r.begin));
  v.offset = r.begin;
  v.length = r.end - r.begin;
  return v;
}

// Letters/digits, ASCII or full-width (OCR output of either kind).
#define BEIAN_ALNUM "[0-9A-Za-z\\x{FF10}-\\x{FF19}\\x{FF21}-\\x{FF3A}\\x{FF41}-\\x{FF5A}]"
#define BEIAN_DIGIT "[0-9\\x{FF10}-\\x{FF19}]"
const RE2& CodeRe() {
  static const RE2 re("((?:" BEIAN_ALNUM "[ \\t\\x{3000}]*){17}" BEIAN_ALNUM ")");
  return re;
}
const RE2& RegNumberRe() {
  static const RE2 re("((?:" BEIAN_DIGIT "[ \\t\\x{3000}]*){14}" BEIAN_DIGIT ")");
  return re;
}
#undef BEIAN_ALNUM
#undef BEIAN_DIGIT
const RE2& DateRe() {
  static const RE2 re(
      "((?:[0-9][ \\t\\x{3000}]*){3}[0-9])[ \\t\\x{3000}]*(?:年|-|\\.|/)[ \\t\\x{3000}]*"
      "([0-9](?:[ \\t\\x{3000}]*[0-9])?)[ \\t\\x{3000}]*(?:月|-|\\.|/)[ \\t\\x{3000}]*"
      "([0-9](?:[ \\t\\x{3000}]*[0-9])?)(?:[ \\t\\x{3000}]*日)?");
  return re;
}

int DigitsValue(const std::string& s) {
  int v = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9') v = v * 10 + (c - '0');
    if (v > 100000) return -1;
  }
  return v;
}

LicenseValue CodeValue(std::string_view text, Range r, const RE2& re) {
  LicenseValue v;
  re2::StringPiece input(text.data() + r.begin, r.end - r.begin);
  re2::StringPiece m;
  if (!RE2::PartialMatch(input, re, &m)) return v;
  v.offset = static_cast<size_t>(m.data() - text.data());
  v.length = m.size();
  for (char c : CompactText(std::string_view(m.data(), m.size())))
    if (std::isalnum(static_cast<unsigned char>(c)))
      v.value += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return v;
}

LicenseValue DateValue(std::string_view text, Range r) {
  LicenseValue v;
  size_t off = 0, len = 0;
  v.value = ParseLicenseDate(text.substr(r.begin, r.end - r.begin), &off, &len);
  if (!v.value.empty()) {
    v.offset = r.begin + off;
    v.length = len;
  }
  return v;
}

bool Contains(std::string_view hay, const char* needle) {
  return hay.find(needle) != std::string_view::npos;
}

void ReadTerm(std::string_view text, Range r, LicenseFacts* f) {
  r = Trim(text, r);
  std::string_view seg = text.substr(r.begin, r.end - r.begin);
  // Split at 至 (or ~ / - between two dates).
  size_t to = seg.find("至");
  size_t to_len = 3;
  if (to == std::string_view::npos) {
    to = seg.find("～");
    if (to == std::string_view::npos) {
      to = seg.find('~');
      to_len = 1;
    }
  }
  Range from_r = r, until_r = {r.end, r.end};
  if (to != std::string_view::npos) {
    from_r = {r.begin, r.begin + to};
    until_r = {r.begin + to + to_len, r.end};
  }
  LicenseValue from = DateValue(text, from_r);
  if (!from.empty()) f->valid_from = from;
  std::string_view until_seg = text.substr(until_r.begin, until_r.end - until_r.begin);
  LicenseValue until = DateValue(text, until_r);
  if (!until.empty()) {
    f->valid_until = until;
  } else {
    std::string_view all = to == std::string_view::npos ? seg : until_seg;
    for (const char* word : {"长期", "永久", "不约定期限", "无固定期限"}) {
      size_t p = all.find(word);
      if (p != std::string_view::npos) {
        f->long_term = true;
        f->valid_until.value = "长期";
        f->valid_until.offset = static_cast<size_t>(all.data() - text.data()) + p;
        f->valid_until.length = std::strlen(word);
        break;
      }
    }
  }
}

}  // namespace license_text

using namespace license_text;  // NOLINT: this reader's own helpers

std::string CompactText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (size_t i = 0; i < text.size();) {
    size_t sp = SpaceAt(text, i);
    if (sp) {
      pending_space = true;
      i += sp;
      continue;
    }
    unsigned char c = static_cast<unsigned char>(text[i]);
    std::string ch;
    size_t len = 1;
    if (c == 0xEF && i + 2 < text.size()) {
      unsigned char c1 = static_cast<unsigned char>(text[i + 1]);
      unsigned char c2 = static_cast<unsigned char>(text[i + 2]);
      len = 3;
      if (c1 == 0xBC && c2 >= 0x90 && c2 <= 0x99) {
        ch = std::string(1, static_cast<char>('0' + (c2 - 0x90)));
      } else if (c1 == 0xBC && c2 >= 0xA1 && c2 <= 0xBA) {
        ch = std::string(1, static_cast<char>('A' + (c2 - 0xA1)));
      } else if (c1 == 0xBD && c2 >= 0x81 && c2 <= 0x9A) {
        ch = std::string(1, static_cast<char>('a' + (c2 - 0x81)));
      } else {
        ch = std::string(text.substr(i, 3));
      }
    } else {
      size_t next = i;
      NextCodePoint(text, &next);
      len = next - i;
      ch = std::string(text.substr(i, len));
    }
    if (pending_space && !out.empty() && ch.size() == 1 &&
        std::isalnum(static_cast<unsigned char>(ch[0])) &&
        std::isalnum(static_cast<unsigned char>(out.back())))
      out += ' ';
    pending_space = false;
    out += ch;
    i += len;
  }
  return out;
}

std::string ParseLicenseDate(std::string_view text, size_t* offset, size_t* length) {
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece whole;
  std::string y, m, d;
  re2::StringPiece start = input;
  while (true) {
    re2::StringPiece ys, ms, ds;
    if (!RE2::FindAndConsume(&input, DateRe(), &ys, &ms, &ds)) return "";
    y.assign(ys.data(), ys.size());
    m.assign(ms.data(), ms.size());
    d.assign(ds.data(), ds.size());
    int yy = DigitsValue(y), mm = DigitsValue(m), dd = DigitsValue(d);
    if (yy >= 1949 && yy <= 2999 && mm >= 1 && mm <= 12 && dd >= 1 && dd <= DaysInMonth(yy, mm)) {
      std::string iso = Date{yy, mm, dd}.ToString();
      size_t off = static_cast<size_t>(ys.data() - start.data());
      size_t end = static_cast<size_t>(input.data() - start.data());
      if (offset) *offset = off;
      if (length) *length = end - off;
      return iso;
    }
  }
}

bool LicenseFacts::found() const {
  return !name.empty() || !credit_code.empty() || !registration_number.empty() ||
         !legal_representative.empty() || !business_scope.empty() || !address.empty();
}

const LicenseStatus* LicenseFacts::bad_status() const {
  for (const auto& s : status)
    if (s.bad) return &s;
  return nullptr;
}

const LicenseStatus* LicenseFacts::active_status() const {
  for (const auto& s : status)
    if (s.kind == StatusKind::kValue && !s.bad) return &s;
  return nullptr;
}

namespace {

bool IsMulti(Field f) { return f == Field::kScope || f == Field::kAddress; }

// Display width of the whitespace at the start of [b, e).
size_t Indent(std::string_view text, size_t b, size_t e) {
  size_t width = 0;
  while (b < e) {
    size_t n = BlankAt(text, b);
    if (!n) break;
    width += text[b] == '\t' ? 4 : n == 3 ? 2 : 1;
    b += n;
  }
  return width;
}

// Splits a line without keys at wide gaps (≥4 columns of blanks), the column break of OCR output.
std::vector<Range> SplitColumns(std::string_view text, Range line) {
  std::vector<Range> parts;
  line = Trim(text, line);
  size_t seg_begin = line.begin;
  for (size_t i = line.begin; i < line.end;) {
    size_t n = BlankAt(text, i);
    if (!n) {
      ++i;
      continue;
    }
    size_t gap_begin = i, width = 0;
    while (i < line.end && (n = BlankAt(text, i))) {
      width += text[i] == '\t' ? 4 : n == 3 ? 2 : 1;
      i += n;
    }
    if (width >= 4) {
      parts.push_back({seg_begin, gap_begin});
      seg_begin = i;
    }
  }
  if (line.end > line.begin) parts.push_back({seg_begin, line.end});
  return parts;
}

class Assembler {
 public:
  Assembler(std::string_view text, LicenseFacts* f) : text_(text), f_(f) {}

  // A keyed value on one line.
  void Assign(Field field, const std::string& label, Range seg) {
    seg = Trim(text_, seg);
    if (seg.end <= seg.begin) return;
    switch (field) {
      case Field::kName:
        SetIfEmpty(&f_->name, MakeValue(text_, seg));
        break;
      case Field::kCredit: {
        LicenseValue v = CodeValue(text_, seg, CodeRe());
        if (!v.empty()) {
          SetIfEmpty(&f_->credit_code, v);
        } else {
          SetIfEmpty(&f_->registration_number, CodeValue(text_, seg, RegNumberRe()));
        }
        break;
      }
      case Field::kRegNumber: {
        LicenseValue v = CodeValue(text_, seg, CodeRe());
        if (!v.empty()) {
          SetIfEmpty(&f_->credit_code, v);  // transition licences print the new code here
        } else {
          SetIfEmpty(&f_->registration_number, CodeValue(text_, seg, RegNumberRe()));
        }
        break;
      }
      case Field::kType:
        SetIfEmpty(&f_->type, MakeValue(text_, seg));
        break;
      case Field::kLegalRep:
        if (f_->legal_representative.empty()) {
          f_->legal_representative = MakeValue(text_, seg);
          f_->legal_representative_label = label;
          size_t suffix = f_->legal_representative_label.rfind("姓名");
          if (suffix != std::string::npos && suffix > 0)
            f_->legal_representative_label.resize(suffix);
        }
        break;
      case Field::kCapital:
        SetIfEmpty(&f_->registered_capital, MakeValue(text_, seg));
        break;
      case Field::kEstablished:
        SetIfEmpty(&f_->established, DateValue(text_, seg));
        break;
      case Field::kTerm:
        if (f_->valid_until.empty()) ReadTerm(text_, seg, f_);
        break;
      case Field::kAuthority:
        SetIfEmpty(&f_->authority, MakeValue(text_, seg));
        break;
      case Field::kScope:
      case Field::kAddress: {
        LicenseValue* v = field == Field::kScope ? &f_->business_scope : &f_->address;
        if (!v->empty()) {
          Append(field, label, seg);
          break;
        }
        *v = MakeValue(text_, seg);
        if (field == Field::kAddress) f_->address_label = label;
        break;
      }
      default:
        break;
    }
  }

  // Text on a line without a key of its own: continues a multi-line value, or is the value of a
  // key printed alone on the previous line.
  void Append(Field field, const std::string& label, Range seg) {
    seg = Trim(text_, seg);
    if (seg.end <= seg.begin || field == Field::kOther) return;
    if (IsMulti(field)) {
      LicenseValue* v = field == Field::kScope ? &f_->business_scope : &f_->address;
      if (v->empty()) {
        Assign(field, label, seg);
        return;
      }
      v->value += CompactText(text_.substr(seg.begin, seg.end - seg.begin));
      v->length = seg.end - v->offset;
      return;
    }
    if (!Filled(field)) Assign(field, label, seg);
  }

 private:
  static void SetIfEmpty(LicenseValue* dst, LicenseValue v) {
    if (dst->empty()) *dst = std::move(v);
  }
  bool Filled(Field field) const {
    switch (field) {
      case Field::kName:
        return !f_->name.empty();
      case Field::kCredit:
        return !f_->credit_code.empty() || !f_->registration_number.empty();
      case Field::kRegNumber:
        return !f_->registration_number.empty() || !f_->credit_code.empty();
      case Field::kType:
        return !f_->type.empty();
      case Field::kLegalRep:
        return !f_->legal_representative.empty();
      case Field::kScope:
        return !f_->business_scope.empty();
      case Field::kAddress:
        return !f_->address.empty();
      case Field::kCapital:
        return !f_->registered_capital.empty();
      case Field::kEstablished:
        return !f_->established.empty();
      case Field::kTerm:
        return !f_->valid_until.empty() || !f_->valid_from.empty();
      case Field::kAuthority:
        return !f_->authority.empty();
      default:
        return true;
    }
  }

  std::string_view text_;
  LicenseFacts* f_;
};

}  // namespace

LicenseFacts ReadLicense(std::string_view raw, std::string_view registry) {
  // Radicals and compatibility ideographs of PDF text layers read as the ideographs they stand
  // for; same byte lengths, so every span still points into the attachment.
  const std::string folded = NormalizeIdeographsInPlace(raw);
  const std::string_view text = folded;
  LicenseFacts f;
  struct Hit {
    Field field;
    std::string label;
    size_t key_begin;
    size_t value_begin;
  };
  std::vector<Hit> hits;
  {
    size_t pos = 0, length = 0;
    for (size_t from = 0; hits.size() < 512 && NextKey(text, from, &pos, &length);) {
      from = pos + length;
      if (!KeyBoundary(text, pos)) continue;
      std::string label = CompactText(text.substr(pos, length));
      Field field = Field::kOther;
      for (const Key& k : kKeys)
        if (label == k.text) field = k.field;
      size_t v = pos + length;
      while (size_t n = BlankAt(text, v)) v += n;
      size_t colon = 0;
      if (IsColonAt(text, v, &colon)) v += colon;
      hits.push_back({field, label, pos, v});
    }
  }
  Assembler as(text, &f);
  struct Column {
    Field field = Field::kOther;
    std::string label;
  };
  Column left, right;
  size_t h = 0;
  for (size_t lb = 0; lb < text.size();) {
    size_t nl = text.find('\n', lb);
    size_t le = nl == std::string_view::npos ? text.size() : nl;
    size_t first = h;
    while (h < hits.size() && hits[h].key_begin < le) ++h;
    if (first == h) {
      std::vector<Range> parts = SplitColumns(text, {lb, le});
      if (parts.size() >= 2) {
        for (size_t p = 0; p + 1 < parts.size(); ++p) as.Append(left.field, left.label, parts[p]);
        as.Append(right.field, right.label, parts.back());
      } else if (parts.size() == 1) {
        bool indented = Indent(text, lb, le) >= 8 && right.field != Field::kOther;
        const Column& col = indented ? right : left;
        as.Append(col.field, col.label, parts[0]);
      }
    } else {
      Range before = Trim(text, {lb, hits[first].key_begin});
      bool right_only = before.end > before.begin || Indent(text, lb, le) >= 8;
      if (before.end > before.begin) as.Append(left.field, left.label, before);
      for (size_t k = first; k < h; ++k) {
        size_t seg_end = k + 1 < h ? hits[k + 1].key_begin : le;
        as.Assign(hits[k].field, hits[k].label, {std::min(hits[k].value_begin, seg_end), seg_end});
      }
      if (right_only) {
        right = {hits[first].field, hits[first].label};
      } else {
        left = {hits[first].field, hits[first].label};
        right = h - first >= 2 ? Column{hits[first + 1].field, hits[first + 1].label} : Column{};
      }
    }
    lb = le + 1;
  }
  if (f.valid_from.empty() && !f.established.empty()) f.valid_from = f.established;
  // Some OCR outputs lose the credit-code key: look for a code before the first key.
  if (f.credit_code.empty() && f.registration_number.empty() && !hits.empty()) {
    LicenseValue v = CodeValue(text, {0, hits.front().key_begin}, CodeRe());
    if (!v.empty() &&
        std::any_of(v.value.begin(), v.value.end(), [](char c) { return c >= '0' && c <= '9'; }))
      f.credit_code = v;
  }
  Range scope_range{f.business_scope.offset, f.business_scope.offset + f.business_scope.length};
  ScanStatus(text, false, scope_range, &f);
  ScanStatus(registry, true, {0, 0}, &f);
  return f;
}

json LicenseJson(const LicenseFacts& f) {
  json out = json::object();
  json spans = json::object();
  auto put = [&](const char* key, const LicenseValue& v) {
    if (v.empty()) return;
    out[key] = v.value;
    spans[key] = {{"offset", v.offset}, {"length", v.length}};
  };
  put("name", f.name);
  put("credit_code", f.credit_code);
  put("registration_number", f.registration_number);
  put("type", f.type);
  put("legal_representative", f.legal_representative);
  if (!f.legal_representative_label.empty())
    out["legal_representative_label"] = f.legal_representative_label;
  put("business_scope", f.business_scope);
  put("address", f.address);
  if (!f.address_label.empty()) out["address_label"] = f.address_label;
  put("registered_capital", f.registered_capital);
  put("established", f.established);
  put("valid_from", f.valid_from);
  put("valid_until", f.valid_until);
  put("authority", f.authority);
  if (!f.valid_until.empty()) out["long_term"] = f.long_term;
  out["old_format"] = f.old_format();
  json status = json::array();
  for (const auto& s : f.status) {
    bool seen = false;
    for (const auto& e : status)
      if (e.value("word", "") == s.word &&
          e.value("source", "") == (s.in_registry ? "registry" : "license"))
        seen = true;
    if (seen) continue;
    status.push_back(
        {{"word", s.word}, {"bad", s.bad}, {"source", s.in_registry ? "registry" : "license"}});
  }
  if (!status.empty()) out["status"] = status;
  if (!spans.empty()) out["spans"] = spans;
  return out;
}

}  // namespace beian
