#include "core/geo/address.h"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "core/geo/regions.h"

namespace beian {

namespace {

// ---- UTF-8 helpers --------------------------------------------------------------------------

// Splits into code points; invalid bytes become single-byte pieces.
std::vector<std::string> CodePointsOf(const std::string& s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    if (i + len > s.size()) len = 1;
    for (size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) len = 1;
    out.push_back(s.substr(i, len));
    i += len;
  }
  return out;
}

uint32_t Decode(const std::string& cp) {
  unsigned char c = static_cast<unsigned char>(cp[0]);
  if (cp.size() == 1) return c;
  uint32_t v = cp.size() == 2 ? (c & 0x1F) : cp.size() == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t k = 1; k < cp.size(); ++k) v = v << 6 | (static_cast<unsigned char>(cp[k]) & 0x3F);
  return v;
}

bool StartsWith(std::string_view s, size_t pos, std::string_view prefix) {
  return pos <= s.size() && s.size() - pos >= prefix.size() &&
         s.compare(pos, prefix.size(), prefix) == 0;
}

void ReplaceAll(std::string* s, std::string_view from, std::string_view to) {
  if (from.empty()) return;
  size_t pos = 0;
  while ((pos = s->find(from, pos)) != std::string::npos) {
    s->replace(pos, from.size(), to);
    pos += to.size();
  }
}

// ---- numerals -------------------------------------------------------------------------------

int NumeralValue(const std::string& cp) {
  static const char* const kDigits[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  for (int k = 0; k < 10; ++k)
    if (cp == kDigits[k]) return k;
  if (cp == "零") return 0;
  if (cp == "两") return 2;
  if (cp == "十") return 10;
  if (cp == "百") return 100;
  if (cp == "千") return 1000;
  return -1;
}

bool IsUnit(const std::string& cp) {
  static const char* const kUnits[] = {"号", "室", "幢", "栋", "楼", "层", "单", "弄",
                                       "巷", "座", "组", "期", "排", "户", "队"};
  for (const char* u : kUnits)
    if (cp == u) return true;
  return false;
}

std::string NumeralRunToDigits(const std::vector<std::string>& run) {
  if (run.empty()) return "";
  bool positional = false;
  for (const auto& cp : run) {
    int v = NumeralValue(cp);
    if (v < 0) return "";
    if (v >= 10) positional = true;
  }
  if (!positional) {  // 一〇八 → 108
    std::string out;
    for (const auto& cp : run) out += static_cast<char>('0' + NumeralValue(cp));
    return out;
  }
  // 二十三 → 23, 十二 → 12, 一百零八 → 108, 一千二百 → 1200.
  long total = 0, digit = -1;
  long last_unit = 100000;
  for (const auto& cp : run) {
    int v = NumeralValue(cp);
    if (v < 10) {
      if (digit >= 0 && digit != 0 && v != 0) return "";  // two digits in a row: 二三十
      digit = v;
    } else {
      if (v >= last_unit) return "";  // 十百: malformed
      total += (digit < 0 ? 1 : digit) * v;
      digit = -1;
      last_unit = v;
    }
  }
  if (digit > 0) total += digit;
  return std::to_string(total);
}

// ---- division index -------------------------------------------------------------------------

struct Cand {
  std::string_view text;  // into the region records (the embedded table) or a literal
  int code;
  bool is_short;
};

// A run of candidates: one group of Groups, or a whole list (All); empty when there are none.
struct Cands {
  const Cand* b = nullptr;
  const Cand* e = nullptr;
  const Cand* begin() const { return b; }
  const Cand* end() const { return e; }
};

// Candidates grouped by a code (a province, a prefecture): one array sorted by that code and the
// range of each code, found by binary search; no node or vector per group. Filled in ascending
// code order: the current regions come in code order, and a county's prefecture code is its own
// code's prefix (tests/unit/regions_test.cc, Regions.CurrentInCodeOrder).
class Groups {
 public:
  void Reserve(size_t n) { cands_.reserve(n); }
  void Add(int key, const Cand& c) {  // key >= the last one added
    if (keys_.empty() || key != keys_.back()) {
      keys_.push_back(key);
      starts_.push_back(cands_.size());
    }
    cands_.push_back(c);
  }
  void Finish() { starts_.push_back(cands_.size()); }
  Cands Of(int key) const {
    auto it = std::lower_bound(keys_.begin(), keys_.end(), key);
    if (it == keys_.end() || *it != key) return {};
    size_t k = static_cast<size_t>(it - keys_.begin());
    return {cands_.data() + starts_[k], cands_.data() + starts_[k + 1]};
  }

 private:
  std::vector<Cand> cands_;
  std::vector<int> keys_;       // the codes, ascending
  std::vector<size_t> starts_;  // keys_.size() + 1 offsets into cands_ once finished
};

struct Index {
  std::vector<Cand> provinces;
  Groups pref_by_prov;             // prefectures + counties directly under a province, by province
  Groups county_by_parent;         // counties by prefecture code
  Groups county_by_prov;           // all counties of a province
  std::vector<Cand> all_prefs;     // prefectures everywhere (full + short)
  std::vector<Cand> all_counties;  // counties everywhere (full names)

  // The full name, and the short one when it differs and has at least two CJK characters.
  template <typename F>
  static void Names(const Region* r, F add) {
    add(Cand{r->name, r->code, false});
    if (r->short_name != r->name && r->short_name.size() >= 6)  // ≥ 2 CJK chars
      add(Cand{r->short_name, r->code, true});
  }

  Index() {
    const auto& prefs = CurrentRegions(RegionLevel::kPrefecture);
    const auto& counties = CurrentRegions(RegionLevel::kCounty);
    all_prefs.reserve(2 * prefs.size());  // full and short names
    all_counties.reserve(counties.size());
    pref_by_prov.Reserve(2 * prefs.size() + 64);
    county_by_parent.Reserve(2 * counties.size());
    county_by_prov.Reserve(2 * counties.size());
    for (const Region* r : CurrentRegions(RegionLevel::kProvince))
      Names(r, [&](const Cand& c) { provinces.push_back(c); });
    provinces.push_back({"内蒙", 150000, true});
    // prefectures and counties together in code order: each province's group in one piece
    for (size_t i = 0, k = 0; i < prefs.size() || k < counties.size();) {
      if (k == counties.size() || (i < prefs.size() && prefs[i]->code < counties[k]->code)) {
        const Region* r = prefs[i++];
        Names(r, [&](const Cand& c) {
          pref_by_prov.Add(r->province, c);
          all_prefs.push_back(c);
        });
        continue;
      }
      const Region* r = counties[k++];
      const bool direct = r->parent == r->province * 10000;
      Names(r, [&](const Cand& c) {
        if (direct)
          pref_by_prov.Add(r->province, c);
        else
          county_by_parent.Add(r->parent, c);
        county_by_prov.Add(r->province, c);
      });
      all_counties.push_back({r->name, r->code, false});
    }
    pref_by_prov.Finish();
    county_by_parent.Finish();
    county_by_prov.Finish();
  }
};

const Index& GetIndex() {
  if (!RegionTableReady()) {  // an empty stand-in until the table is there (core/resources.h)
    static const Index* none = new Index();
    return *none;
  }
  static const Index* index = new Index();
  return *index;
}

Cands All(const std::vector<Cand>& v) { return {v.data(), v.data() + v.size()}; }

// A short name (杭州, 朝阳) must not be the start of a street or town name (朝阳路, 西湖镇).
bool BlockedAfterShort(std::string_view text, size_t pos) {
  static const char* const kNext[] = {"路",   "街",   "道", "巷", "弄",   "里",   "桥",   "镇",
                                      "乡",   "村",   "号", "门", "大街", "大道", "花园", "小区",
                                      "广场", "大厦", "区", "县", "市",   "旗"};
  for (const char* n : kNext)
    if (StartsWith(text, pos, n)) return true;
  // 南京东路, 中山北路: a direction, then a street word.
  for (const char* dir : {"东", "西", "南", "北", "中"}) {
    if (!StartsWith(text, pos, dir)) continue;
    for (const char* n : {"路", "街", "大街", "大道", "巷"})
      if (StartsWith(text, pos + 3, n)) return true;
  }
  return false;
}

// Longest candidate at `pos`; fills every code that matches with that same text.
const Cand* MatchAt(std::string_view text, size_t pos, Cands cands, std::vector<int>* codes) {
  const Cand* best = nullptr;
  for (const Cand& c : cands) {
    if (!StartsWith(text, pos, c.text)) continue;
    if (c.is_short && BlockedAfterShort(text, pos + c.text.size())) continue;
    if (!best || c.text.size() > best->text.size()) best = &c;
  }
  if (best && codes) {
    codes->clear();
    for (const Cand& c : cands)
      if (c.text == best->text && std::find(codes->begin(), codes->end(), c.code) == codes->end())
        codes->push_back(c.code);
  }
  return best;
}

bool IsAsciiAlnumDash(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '-';
}

// The [0-9A-Z-] run that ends right before byte `end`.
std::string RunBefore(const std::string& s, size_t end, size_t* start) {
  size_t b = end;
  while (b > 0 && IsAsciiAlnumDash(s[b - 1])) --b;
  while (b < end && s[b] == '-') ++b;  // no leading dash
  *start = b;
  return s.substr(b, end - b);
}

bool HasDigit(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void ExtractNumbers(ParsedAddress* p) {
  const std::string& r = p->rest;
  std::string street = r;
  // House number: "<run>号", not "<run>号楼" (a building).
  size_t pos = 0;
  while ((pos = r.find("号", pos)) != std::string::npos) {
    size_t start = 0;
    std::string run = RunBefore(r, pos, &start);
    bool building = StartsWith(r, pos + 3, "楼");
    if (!run.empty() && HasDigit(run) && !building) {
      p->house_number = run;
      street = r.substr(0, start) + "#" + r.substr(pos);
      break;
    }
    pos += 3;
  }
  // Room: "<run>室" / "<run>房", else a trailing run after 幢/单元/楼/层/座/号/-.
  std::string room_src = street;
  size_t room_start = std::string::npos, room_end = std::string::npos;
  for (const char* mark : {"室", "房"}) {
    size_t m = room_src.find(mark);
    while (m != std::string::npos) {
      size_t start = 0;
      std::string run = RunBefore(room_src, m, &start);
      if (!run.empty() && HasDigit(run)) {
        p->room = run;
        room_start = start;
        room_end = m + 3;  // drop the 室/房 too
        break;
      }
      m = room_src.find(mark, m + 3);
    }
    if (!p->room.empty()) break;
  }
  if (p->room.empty() && !room_src.empty() && IsAsciiAlnumDash(room_src.back())) {
    size_t start = 0;
    std::string run = RunBefore(room_src, room_src.size(), &start);
    bool after_mark = false;
    for (const char* mark : {"幢", "单元", "楼", "层", "座", "号"}) {
      std::string_view m(mark);
      if (start >= m.size() && room_src.compare(start - m.size(), m.size(), m) == 0)
        after_mark = true;
    }
    if (after_mark && HasDigit(run)) {
      p->room = run;
      room_start = start;
      room_end = room_src.size();
    }
  }
  if (room_start != std::string::npos)
    street = room_src.substr(0, room_start) + room_src.substr(room_end);
  p->street_ = street;
}

std::string RegionName(int code) {
  if (code <= 0) return "";
  const Region* r = CurrentRegion(code < 100 ? code * 10000 : code);
  return r ? std::string(r->name) : std::to_string(code);
}

// Shows the differing middle parts of two strings with a little context.
std::string DiffSnippet(const std::string& a, const std::string& b) {
  auto ca = CodePointsOf(a), cb = CodePointsOf(b);
  size_t pre = 0;
  while (pre < ca.size() && pre < cb.size() && ca[pre] == cb[pre]) ++pre;
  size_t suf = 0;
  while (suf < ca.size() - pre && suf < cb.size() - pre &&
         ca[ca.size() - 1 - suf] == cb[cb.size() - 1 - suf])
    ++suf;
  auto piece = [&](const std::vector<std::string>& c) {
    size_t from = pre >= 2 ? pre - 2 : 0;
    size_t to = std::min(c.size(), c.size() - suf + 2);
    std::string out = from > 0 ? "…" : "";
    for (size_t k = from; k < to; ++k) out += c[k];
    if (to < c.size()) out += "…";
    return out;
  };
  std::string pa = piece(ca), pb = piece(cb);
  return (pa.empty() ? "—" : pa) + " ≠ " + (pb.empty() ? "—" : pb);
}

}  // namespace

std::string ChineseNumeralToDigits(const std::string& numerals) {
  return NumeralRunToDigits(CodePointsOf(numerals));
}

std::string NormalizeAddress(const std::string& input) {
  std::string text = input.substr(0, kMaxAddressBytes);
  while (!text.empty() && text.size() < input.size() &&
         (static_cast<unsigned char>(input[text.size()]) & 0xC0) == 0x80)
    text.pop_back();  // do not split a character
  std::string basic;
  for (const std::string& cp : CodePointsOf(text)) {
    uint32_t v = Decode(cp);
    if (v >= 0xFF01 && v <= 0xFF5E) v -= 0xFEE0;
    if (v <= 0x20 || v == 0x7F || v == 0xA0 || v == 0x3000 || (v >= 0x200B && v <= 0x200D) ||
        v == 0xFEFF)
      continue;
    if ((v >= 0x2010 && v <= 0x2015) || v == 0x2212 || v == 0xFE63 || v == 0x30FC) v = '-';
    if (v < 0x80) {
      char c = static_cast<char>(v);
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      basic += c;
    } else {
      basic += cp;
    }
  }
  for (const char* prefix : {"中华人民共和国", "中国"}) {
    if (StartsWith(basic, 0, prefix)) {
      basic.erase(0, std::string_view(prefix).size());
      break;
    }
  }
  ReplaceAll(&basic, "栋", "幢");
  ReplaceAll(&basic, "經", "经");
  ReplaceAll(&basic, "高新技术产业开发区", "高新区");
  ReplaceAll(&basic, "高新技术开发区", "高新区");
  ReplaceAll(&basic, "经济技术开发区", "经开区");
  ReplaceAll(&basic, "经济开发区", "经开区");
  // Chinese numerals before a unit (or after 第) → digits.
  std::vector<std::string> cps = CodePointsOf(basic);
  std::string out;
  for (size_t i = 0; i < cps.size();) {
    if (NumeralValue(cps[i]) < 0) {
      out += cps[i++];
      continue;
    }
    size_t j = i;
    while (j < cps.size() && NumeralValue(cps[j]) >= 0) ++j;
    std::vector<std::string> run(cps.begin() + i, cps.begin() + j);
    bool unit_next = j < cps.size() && IsUnit(cps[j]);
    bool after_di = i > 0 && cps[i - 1] == "第";
    std::string digits = (unit_next || after_di) ? NumeralRunToDigits(run) : "";
    if (!digits.empty()) {
      out += digits;
    } else {
      for (const auto& cp : run) out += cp;
    }
    i = j;
  }
  // "3#楼" / "12#" → 3号楼 / 12号
  std::string fixed;
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i] == '#' && i > 0 && out[i - 1] >= '0' && out[i - 1] <= '9') {
      fixed += "号";
      continue;
    }
    fixed += out[i];
  }
  ReplaceAll(&fixed, "号号", "号");
  return fixed;
}

namespace {
ParsedAddress ParseAddressUncached(std::string text) {
  ParsedAddress p;
  p.normalized = NormalizeAddress(text);
  const std::string& s = p.normalized;
  const Index& idx = GetIndex();
  size_t pos = 0;
  std::vector<int> codes;

  // Province. A short province name that begins a longer prefecture or county name is that
  // division, not the province: 海南藏族自治州 and 海南州 (青海), 河南蒙古族自治县 (青海).
  const Cand* prov = MatchAt(s, pos, All(idx.provinces), &codes);
  if (prov && prov->is_short) {
    const Cand* pref = MatchAt(s, pos, All(idx.all_prefs), nullptr);
    const Cand* county = MatchAt(s, pos, All(idx.all_counties), nullptr);
    if ((pref && pref->text.size() > prov->text.size()) ||
        (county && county->text.size() > prov->text.size()) ||
        StartsWith(s, pos + prov->text.size(), "州"))
      prov = nullptr;
  }
  if (prov) {
    p.province = prov->code / 10000;
    p.province_text = prov->text;
    pos += prov->text.size();
    if (p.province == 11 || p.province == 12 || p.province == 31 || p.province == 50) {
      // 北京市北京市…, 北京市市辖区…, 重庆市县…
      for (bool again = true; again;) {
        again = false;
        for (const Cand& dup : idx.provinces) {
          if (!dup.is_short && dup.code / 10000 == p.province && StartsWith(s, pos, dup.text)) {
            pos += dup.text.size();
            again = true;
            break;
          }
        }
        for (const char* filler : {"市辖区", "辖区"}) {
          if (StartsWith(s, pos, filler)) {
            pos += std::string_view(filler).size();
            again = true;
          }
        }
      }
    }
  }
  // Skip the placeholder level some forms insert for counties directly under a province.
  for (const char* filler : {"省直辖县级行政区划", "自治区直辖县级行政区划", "省直辖县级行政单位"})
    if (StartsWith(s, pos, filler)) pos += std::string_view(filler).size();

  // Prefecture (or a county directly under the province, e.g. 济源市).
  {
    const Cands prefs = p.province ? idx.pref_by_prov.Of(p.province) : All(idx.all_prefs);
    if (const Cand* c = MatchAt(s, pos, prefs, &codes)) {
      if (codes.size() == 1) {
        const Region* r = CurrentRegion(c->code);
        if (r && r->level == RegionLevel::kPrefecture) {
          p.prefecture = c->code;
          p.prefecture_text = c->text;
        } else {
          p.county = c->code;
          p.county_text = c->text;
        }
        p.province = c->code / 10000;
        pos += c->text.size();
      }
    }
  }

  // County.
  if (!p.county) {
    const Cands counties = p.prefecture ? idx.county_by_parent.Of(p.prefecture)
                           : p.province ? idx.county_by_prov.Of(p.province)
                                        : All(idx.all_counties);
    if (const Cand* c = MatchAt(s, pos, counties, &codes)) {
      p.county_text = c->text;
      pos += c->text.size();
      if (codes.size() == 1) {
        p.county = c->code;
        const Region* r = CurrentRegion(c->code);
        p.province = c->code / 10000;
        if (r && r->parent != r->province * 10000) p.prefecture = r->parent;
      }
    }
  }
  p.rest = s.substr(pos);
  ExtractNumbers(&p);
  return p;
}
}  // namespace

ParsedAddress ParseAddress(std::string text) {
  // Several rules of one check parse the same addresses (the mailing address, the certificate
  // address, each person's): the last few results are kept per thread (the parse depends on its
  // text only).
  constexpr size_t kKept = 8;
  thread_local std::vector<std::pair<std::string, ParsedAddress>> kept;
  thread_local size_t next = 0;
  for (const auto& [key, parsed] : kept)
    if (key == text) return parsed;
  ParsedAddress p = ParseAddressUncached(text);
  if (!RegionTableReady()) return p;  // a stand-in (core/resources.h): not kept
  if (kept.size() < kKept) {
    kept.emplace_back(std::move(text), p);
  } else {
    kept[next] = {std::move(text), p};
    next = (next + 1) % kKept;
  }
  return p;
}

const char* AddressDiffName(AddressDiffKind kind) {
  switch (kind) {
    case AddressDiffKind::kEqual:
      return "equal";
    case AddressDiffKind::kProvince:
      return "province";
    case AddressDiffKind::kCity:
      return "city";
    case AddressDiffKind::kDistrict:
      return "district";
    case AddressDiffKind::kHouseNumber:
      return "house_number";
    case AddressDiffKind::kMissingHouseNumber:
      return "missing_house_number";
    case AddressDiffKind::kExtraRoom:
      return "extra_room";
    case AddressDiffKind::kRoom:
      return "room";
    case AddressDiffKind::kOther:
      return "other";
  }
  return "";
}

AddressDiff CompareAddresses(const std::string& a, const std::string& b) {
  AddressDiff d;
  d.a = ParseAddress(a);
  d.b = ParseAddress(b);
  const ParsedAddress& pa = d.a;
  const ParsedAddress& pb = d.b;
  auto add = [&](AddressDiffKind k, std::string detail) {
    d.kinds.push_back(k);
    d.details.push_back(std::move(detail));
  };
  if (pa.normalized != pb.normalized) {
    if (pa.province && pb.province && pa.province != pb.province)
      add(AddressDiffKind::kProvince, RegionName(pa.province) + " ≠ " + RegionName(pb.province));
    else if (pa.prefecture && pb.prefecture && pa.prefecture != pb.prefecture)
      add(AddressDiffKind::kCity, RegionName(pa.prefecture) + " ≠ " + RegionName(pb.prefecture));
    // Named on one side only, the other side naming no division at all ("浙江省…" vs "…").
    auto bare = [](const ParsedAddress& p) { return !p.province && p.county_text.empty(); };
    // One-sided differences read "text ≠ —" (only in A) or "— ≠ text" (only in B).
    auto one_sided = [](bool in_a, const std::string& text) {
      return in_a ? text + " ≠ —" : "— ≠ " + text;
    };
    if (pa.province && bare(pb))
      add(AddressDiffKind::kProvince, one_sided(true, RegionName(pa.province)));
    if (pb.province && bare(pa))
      add(AddressDiffKind::kProvince, one_sided(false, RegionName(pb.province)));
    bool county_differs = false;
    if (pa.county && pb.county) {
      county_differs = pa.county != pb.county;
    } else if (!pa.county_text.empty() && !pb.county_text.empty()) {
      // Ambiguous names on a side: compare what is written (full vs short forms allowed).
      auto full = [](const ParsedAddress& p) {
        const Region* r = p.county ? CurrentRegion(p.county) : nullptr;
        return r ? std::string(r->short_name) : p.county_text;
      };
      std::string fa = full(pa), fb = full(pb);
      county_differs = fa.find(fb) == std::string::npos && fb.find(fa) == std::string::npos;
    }
    if (county_differs) {
      std::string na = pa.county ? RegionName(pa.county) : pa.county_text;
      std::string nb = pb.county ? RegionName(pb.county) : pb.county_text;
      add(AddressDiffKind::kDistrict, na + " ≠ " + nb);
    } else if (pa.county_text.empty() != pb.county_text.empty()) {
      const ParsedAddress& has = pa.county_text.empty() ? pb : pa;
      add(AddressDiffKind::kDistrict,
          one_sided(&has == &pa, has.county ? RegionName(has.county) : has.county_text));
    }
    if (!pa.house_number.empty() && !pb.house_number.empty()) {
      if (pa.house_number != pb.house_number)
        add(AddressDiffKind::kHouseNumber, pa.house_number + "号 ≠ " + pb.house_number + "号");
    } else if (pa.house_number.empty() != pb.house_number.empty()) {
      bool in_a = !pa.house_number.empty();
      add(AddressDiffKind::kMissingHouseNumber,
          one_sided(in_a, (in_a ? pa.house_number : pb.house_number) + "号"));
    }
    if (!pa.room.empty() && !pb.room.empty()) {
      if (pa.room != pb.room) add(AddressDiffKind::kRoom, pa.room + " ≠ " + pb.room);
    } else if (pa.room.empty() != pb.room.empty()) {
      bool in_a = !pa.room.empty();
      add(AddressDiffKind::kExtraRoom, one_sided(in_a, in_a ? pa.room : pb.room));
    }
    if (pa.street_ != pb.street_) add(AddressDiffKind::kOther, DiffSnippet(pa.rest, pb.rest));
  }
  // Order by significance (the enum order), keeping details aligned.
  std::vector<size_t> order(d.kinds.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t x, size_t y) { return d.kinds[x] < d.kinds[y]; });
  std::vector<AddressDiffKind> kinds;
  std::vector<std::string> details;
  for (size_t k : order) {
    kinds.push_back(d.kinds[k]);
    details.push_back(d.details[k]);
  }
  d.kinds = kinds;
  d.details = details;
  d.kind = d.kinds.empty() ? AddressDiffKind::kEqual : d.kinds.front();
  return d;
}

}  // namespace beian
