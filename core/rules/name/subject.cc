// NAME-013, NAME-015, NAME-016, NAME-025, NAME-027, NAME-028: the website name (网站名称)
// against the subject — the company's 字号, the filer's own name, place names — and the names of
// APPs and of several websites of one organisation.
#include <re2/re2.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "core/facts/people.h"
#include "core/geo/regions.h"
#include "core/mem.h"
#include "core/model.h"
#include "core/rules/name/name.h"
#include "core/rules/name/names.h"
#include "core/rules/params.h"
#include "core/shapes.h"
#include "core/text.h"
#include "core/utf8.h"

namespace beian::rules {
namespace {

// Place names (GB/T 2260).
//
// The ~3,000 prefecture and county names (with and without their suffix) are far too many for
// an RE2::Set per name check, so they go into a hash set and a name is probed with its
// substrings (names are short: at most a few hundred probes). Province-level names come from
// the pack list WL-ADMIN-DIVISIONS through its matcher. One-character abbreviations never match.

// The place names: views into the region records (which point into the embedded table), each
// with the kinds it is listed as. One table with open addressing and linear probing, sized
// once: one hash per name, no allocation per name.
enum PlaceKind : uint8_t {
  kPrefectureName = 1,  // prefecture, full or short name
  kCountyFullName = 2,  // county, full name only (西湖区, 义乌市)
  kAnyPlaceName = 4,    // prefecture or county, full or short
};

class NameSet {
 public:
  explicit NameSet(size_t expected) {
    size_t cap = 16;
    while (cap < expected * 2) cap <<= 1;
    slots_.resize(cap);
  }
  void insert(std::string_view name, uint8_t kinds) {
    if (name.empty()) return;  // an empty slot is a free one
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    Slot& s = slots_[Index(name)];
    if (s.name.empty()) {
      s.name = name;
      ++size_;
    }
    s.kinds |= kinds;
  }
  bool has(std::string_view name, uint8_t kind) const {
    if (name.empty()) return false;
    return (slots_[Index(name)].kinds & kind) != 0;
  }

 private:
  struct Slot {
    std::string_view name;
    uint8_t kinds = 0;
  };
  // the slot holding `name`, or the free slot where it belongs
  size_t Index(std::string_view name) const {
    size_t i = static_cast<size_t>(mem::HashBytes(name)) & (slots_.size() - 1);
    while (!slots_[i].name.empty() && slots_[i].name != name) i = (i + 1) & (slots_.size() - 1);
    return i;
  }
  void Grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    size_ = 0;
    for (const Slot& s : old)
      if (!s.name.empty()) insert(s.name, s.kinds);
  }
  std::vector<Slot> slots_;
  size_t size_ = 0;
};

struct PlaceIndex {
  // sized once (≈3,000 prefecture and county names, twice that with the short forms)
  NameSet names{7000};
  size_t max_chars = 0;
};

const PlaceIndex& Places() {
  if (!RegionTableReady()) {  // an empty stand-in until the table is there (core/resources.h)
    static const PlaceIndex* none = new PlaceIndex();
    return *none;
  }
  static const PlaceIndex* index = [] {
    auto* p = new PlaceIndex();
    // straight from the region records into the set (RegionNames sorts its list: not needed)
    // (the names are valid UTF-8: the embedded table) two characters or more: a byte after the
    // first that starts a character
    auto two_chars = [](std::string_view s) {
      for (size_t i = 1; i < s.size(); ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) return true;
      return false;
    };
    auto short_name = [&](const Region* r) {
      return r->short_name != r->name && two_chars(r->short_name);
    };
    auto add = [&](std::string_view s, uint8_t kinds) {
      p->names.insert(s, kinds | kAnyPlaceName);
      // a name of at most max_chars bytes has at most max_chars characters: not counted
      if (s.size() > p->max_chars) p->max_chars = std::max(p->max_chars, CountValidUtf8Chars(s));
    };
    for (const Region* r : CurrentRegions(RegionLevel::kPrefecture)) {
      add(r->name, kPrefectureName);
      if (short_name(r)) add(r->short_name, kPrefectureName);
    }
    for (const Region* r : CurrentRegions(RegionLevel::kCounty)) {
      add(r->name, kCountyFullName);
      if (short_name(r)) add(r->short_name, 0);
    }
    return p;
  }();
  return *index;
}

// Longest place name (≥2 characters) inside `text`, earliest first; "" when none. `exceptions`
// (params) lists short names that are everyday words (光明, 平安 …) and are ignored.
std::string FindPlace(const Ctx& c, const std::string& text, const json& exceptions) {
  auto excepted = [&](const std::string& w) {
    if (!exceptions.is_array()) return false;
    for (const auto& e : exceptions)
      if (e.is_string() && e.get<std::string>() == w) return true;
    return false;
  };
  std::string best;
  size_t best_chars = 0, best_pos = std::string::npos;
  const WordMatcher& m = c.pack().Matcher("WL-ADMIN-DIVISIONS");
  for (const auto& h : m.Find(text)) {
    const std::string& w = m.words()[h.word];
    size_t chars = CountCodePoints(w);
    if (chars < 2 || excepted(w)) continue;
    if (h.offset < best_pos || (h.offset == best_pos && chars > best_chars)) {
      best = w;
      best_chars = chars;
      best_pos = h.offset;
    }
  }
  const PlaceIndex& places = Places();
  std::vector<std::string> cps = CodePoints(text);
  size_t byte = 0;
  for (size_t i = 0; i < cps.size(); byte += cps[i].size(), ++i) {
    std::string sub = cps[i];
    for (size_t len = 2; len <= places.max_chars && i + len <= cps.size(); ++len) {
      sub += cps[i + len - 1];
      if (!places.names.has(sub, kAnyPlaceName) || excepted(sub)) continue;
      if (byte < best_pos || (byte == best_pos && len > best_chars)) {
        best = sub;
        best_chars = len;
        best_pos = byte;
      }
    }
  }
  return best;
}

// Length in bytes of the longest prefix of `text` found in `set` (2+ characters), 0 if none.
size_t PrefixIn(const std::string& text, const NameSet& set, uint8_t kind, size_t max_chars) {
  // the prefixes of 2..max_chars characters (as CodePoints splits them), without the pieces
  std::string sub;
  size_t best = 0, end = 0;
  for (size_t len = 1; len <= max_chars && end < text.size(); ++len) {
    size_t n = Utf8SequenceLength(text, end);
    end += n ? n : 1;
    sub.assign(text, 0, end);
    if (len >= 2 && set.has(sub, kind)) best = sub.size();
  }
  return best;
}

// Length in bytes of a province name (WL-ADMIN-DIVISIONS) at the start of `text`, 0 if none.
size_t ProvincePrefix(const Ctx& c, const std::string& text) {
  const WordMatcher& m = c.pack().Matcher("WL-ADMIN-DIVISIONS");
  size_t best = 0;
  for (const auto& h : m.Find(text))
    if (h.offset == 0 && CountCodePoints(m.words()[h.word]) >= 2) best = std::max(best, h.length);
  return best;
}

// The 字号 part of a company name: without leading province / prefecture / county names
// (county names only with their suffix, so 长安汽车 keeps 长安), bracketed parts and the legal
// form (有限公司 …). "杭州青禾茶叶有限公司" → "青禾茶叶".
std::string CompanyCore(const Ctx& c, const std::string& company) {
  std::string s = shapes::WithoutBrackets(Utf8Prefix(Compact(company), kNameBytes));
  for (int k = 0; k < 3 && shapes::StripLegalForm(&s);) ++k;
  const PlaceIndex& places = Places();
  for (int round = 0; round < 3; ++round) {
    size_t cut = ProvincePrefix(c, s);
    cut = std::max(cut, PrefixIn(s, places.names, kPrefectureName, places.max_chars));
    cut = std::max(cut, PrefixIn(s, places.names, kCountyFullName, places.max_chars));
    if (cut == 0 || cut >= s.size()) break;
    s = s.substr(cut);
  }
  return s;
}

// Whether `a` and `b` share two consecutive CJK characters.
bool ShareCjkBigram(const std::string& a, const std::string& b) {
  std::vector<std::string> cps = CodePoints(a);
  for (size_t i = 0; i + 1 < cps.size(); ++i) {
    if (!IsCjk(cps[i]) || !IsCjk(cps[i + 1])) continue;
    if (b.find(cps[i] + cps[i + 1]) != std::string::npos) return true;
  }
  return false;
}

size_t CjkCount(const std::string& s) {
  size_t n = 0;
  for (const auto& cp : CodePoints(s))
    if (IsCjk(cp)) ++n;
  return n;
}

}  // namespace

// NAME-013: an organisation's website name should share at least two consecutive characters
// with the company's 字号; 四川 wants a stamped explanation otherwise (variant "strict").
void Name013(Ctx& c) {
  std::string type = SubjectType(c.app());
  auto company = NonBlank(c.app(), "/subject/name");
  if (!company || type.empty()) return c.Skip();
  const json& types = c.Param("subject_types");
  bool applies = false;
  if (types.is_array())
    for (const auto& t : types)
      if (t.is_string() && t.get<std::string>() == type) applies = true;
  if (!applies) return;
  std::string core = CompanyCore(c, *company);
  if (CjkCount(core) < 2) return c.Skip();  // no 字号 to compare with
  bool strict = InProvinces(c.Param("strict_provinces"), c.province());
  EachBoundedName(c, [&](const NameRef& n) {
    if (ShareCjkBigram(core, n.norm)) return;
    c.Emit(n.path, {{"value", n.raw}, {"company", *company}, {"core", core}},
           Evidence(n.raw, strict ? "strict" : ""));
  });
}

// NAME-015 (广东): company full name or abbreviation followed by 官网.
void Name015(Ctx& c) {
  std::string type = SubjectType(c.app());
  if (type.empty()) return c.Skip();
  if (!facts::IsOrganisation(c.app()) || type == "government") return;
  auto company = NonBlank(c.app(), "/subject/name");
  std::string core = company ? CompanyCore(c, *company) : "";
  EachBoundedName(c, [&](const NameRef& n) {
    if (n.norm.find("官网") != std::string::npos || n.norm.find("官方网站") != std::string::npos)
      return;
    std::string suggest = (CjkCount(core) >= 2 ? core : (company ? Compact(*company) : n.norm));
    c.Emit(n.path, {{"value", n.raw}, {"suggest", suggest + "官网"}}, Evidence(n.raw));
  });
}

// NAME-016 (个人): the filer's own name (block; a two-character name, which may be an ordinary
// word such as 高山, warns: variant "short_name") or a place name (warn, variant "place"). Names
// of the form a province expects (params.province_patterns, as NAME-010: 江苏's "某某的个人博客")
// are not reported there.
void Name016(Ctx& c) {
  if (SubjectType(c.app()).empty()) return c.Skip();
  if (!IsIndividual(c.app())) return;
  std::vector<std::string> own;
  for (const char* p : {"/subject/name", "/subject/principal/name"})
    if (auto s = NonBlank(c.app(), p)) own.push_back(std::string(Utf8Prefix(Compact(*s), 64)));
  const json& exceptions = c.Param("place_exceptions");
  EachBoundedName(c, [&](const NameRef& n) {
    if (ProvinceAcceptsName(c, n.norm)) return;
    std::vector<std::string> people = own;
    if (auto s = NonBlank(c.app(),
                          "/websites/" + std::to_string(n.website) + "/responsible_person/name"))
      people.push_back(std::string(Utf8Prefix(Compact(*s), 64)));
    std::string hit;  // the longest full name found
    for (const auto& person : people)
      if (CountCodePoints(person) >= 2 && CountCodePoints(person) > CountCodePoints(hit) &&
          n.norm.find(person) != std::string::npos)
        hit = person;
    if (!hit.empty()) {
      c.Emit(n.path, {{"value", n.raw}, {"word", hit}},
             Evidence(hit, CountCodePoints(hit) == 2 ? "short_name" : ""));
      return;
    }
    // The given name alone (晓梅 of 李晓梅; 欧阳小明 → 小明): a warning, it may be a plain word.
    for (const auto& person : people) {
      std::vector<std::string> cps = CodePoints(person);
      if (cps.size() < 3 || cps.size() > 4 || CjkCount(person) != cps.size()) continue;
      std::string given;
      for (size_t k = cps.size() == 4 ? 2 : 1; k < cps.size(); ++k) given += cps[k];
      if (n.norm.find(given) != std::string::npos) {
        c.Emit(n.path, {{"value", n.raw}, {"word", given}, {"person", person}},
               Evidence(given, "given_name"));
        return;
      }
    }
    std::string place = FindPlace(c, n.norm, exceptions);
    if (!place.empty())
      c.Emit(n.path, {{"value", n.raw}, {"word", place}}, Evidence(place, "place"));
  });
}

// NAME-025: an organisation's name starting with a province/city/county name with its suffix
// (浙江省…, 杭州市…, 西湖区…), unless the organisation's own name starts the same way.
void Name025(Ctx& c) {
  std::string type = SubjectType(c.app());
  if (type.empty()) return c.Skip();
  if (!facts::IsOrganisation(c.app()) || type == "government") return;
  std::string company;
  if (auto s = NonBlank(c.app(), "/subject/name")) company = Compact(*s);
  const PlaceIndex& places = Places();
  EachBoundedName(c, [&](const NameRef& n) {
    size_t cut = ProvincePrefix(c, n.norm);
    if (cut) {
      // Only province names written with their suffix (浙江省, 广西壮族自治区).
      if (!shapes::EndsWithPlaceSuffix(std::string_view(n.norm).substr(0, cut))) cut = 0;
    }
    size_t pref = PrefixIn(n.norm, places.names, kPrefectureName, places.max_chars);
    if (pref && shapes::EndsWithPlaceSuffix(std::string_view(n.norm).substr(0, pref)))
      cut = std::max(cut, pref);
    cut = std::max(cut, PrefixIn(n.norm, places.names, kCountyFullName, places.max_chars));
    if (!cut) return;
    std::string prefix = n.norm.substr(0, cut);
    // The organisation's own registered name holds the place (洛阳市洛龙区图书馆 → 洛龙区图书馆):
    // the name is its own, which is what the fix asks for.
    if (!company.empty() && company.find(prefix) != std::string::npos) return;
    c.Emit(n.path, {{"value", n.raw}, {"word", prefix}}, Evidence(prefix));
  });
}

// NAME-027: APP filings — the APP name must equal the name under the icon (when the seller
// says there is an app; APP names themselves are not part of the input).
void Name027(Ctx& c) {
  auto app = Bool(c.app(), "/market/mobile_app");
  if (!app) return c.Skip();
  if (*app) c.Emit("/market/mobile_app");
}

// NAME-028: several websites of one organisation under the same name — allowed (info).
void Name028(Ctx& c) {
  std::string type = SubjectType(c.app());
  auto names = BoundedWebsiteNames(c.app());
  if (names.size() < 2 || type.empty()) return c.Skip();
  if (!facts::IsOrganisation(c.app())) return;
  for (size_t i = 1; i < names.size(); ++i) {
    size_t same = 0;
    for (size_t k = 0; k < i; ++k)
      if (names[k].norm == names[i].norm) ++same;
    if (same == 1)  // report each repeated name once, at its second use
      c.Emit(names[i].path, {{"value", names[i].raw}}, Evidence(names[i].raw));
  }
}

}  // namespace beian::rules
