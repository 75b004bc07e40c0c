#include "core/geo/regions.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string_view>

#include "core/resources.h"

namespace beian {

namespace {

constexpr std::string_view kPlainSuffixes[] = {"特别行政区", "自治区", "地区", "林区", "特区", "省",
                                               "市",         "县",     "区",   "旗",   "盟"};

size_t Utf8Chars(std::string_view s) {
  size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

// The last three bytes of `s` (size >= 3) as one number: every suffix ends in a CJK character.
constexpr uint32_t Tail3(std::string_view s) {
  const size_t n = s.size();
  return static_cast<uint32_t>(static_cast<unsigned char>(s[n - 3])) << 16 |
         static_cast<uint32_t>(static_cast<unsigned char>(s[n - 2])) << 8 |
         static_cast<unsigned char>(s[n - 1]);
}

// Tail3 of each suffix, computed by the compiler: a name is compared only with the suffixes that
// end in its last character.
struct SuffixTails {
  uint32_t v[std::size(kPlainSuffixes)] = {};
  constexpr SuffixTails() {
    for (size_t i = 0; i < std::size(kPlainSuffixes); ++i) v[i] = Tail3(kPlainSuffixes[i]);
  }
};
constexpr SuffixTails kSuffixTails;

std::string_view PlainShort(std::string_view name) {
  if (name.size() < 4) return name;
  const uint32_t tail = Tail3(name);
  for (size_t i = 0; i < std::size(kPlainSuffixes); ++i) {
    if (kSuffixTails.v[i] != tail) continue;
    std::string_view s = kPlainSuffixes[i];
    if (name.size() > s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0 &&
        Utf8Chars(name.substr(0, name.size() - s.size())) >= 2)
      return name.substr(0, name.size() - s.size());
  }
  return name;
}

bool ParseInt(std::string_view s, long* out) {
  if (s.empty() || s.size() > 9) return false;
  long v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  *out = v;
  return true;
}

struct Table {
  std::vector<Region> records;            // sorted by code, then start year
  std::vector<const Region*> current[3];  // by level
  Table() {
    std::string_view data = Resource("regions");
    long code = 0;
    // about one record per 21 bytes of the table (6,823 in 146 KB): rarely a regrowth, and no
    // pass over the table to count its lines
    records.reserve(data.size() / 20 + 1);
    // Parents: the prefecture xxyy00 when one exists (in use for current records), else the
    // province. Records come sorted by code, so a county's prefecture records were read before
    // it: the last prefecture code seen, and whether any / an in-use record had it.
    int pref_code = -1;
    bool pref_any = false, pref_in_use = false;
    ForEachLine(data, [&](std::string_view line) {
      // the first six fields between tabs
      std::string_view f[6];
      size_t nf = 0;
      for (size_t start = 0; nf < 6;) {
        size_t tab = line.find('\t', start);
        f[nf++] = line.substr(start, tab == std::string_view::npos ? tab : tab - start);
        if (tab == std::string_view::npos) break;
        start = tab + 1;
      }
      long delta = 0;
      if (nf < 3 || !ParseInt(f[0], &delta) || f[2].size() != 1) return;
      code += delta;
      Region r;
      r.code = static_cast<int>(code);
      r.name = f[1];
      char flag = f[2][0];
      r.in_use = flag >= 'A' && flag <= 'Z';
      switch (flag | 0x20) {
        case 'p':
          r.level = RegionLevel::kProvince;
          break;
        case 'f':
          r.level = RegionLevel::kPrefecture;
          break;
        default:
          r.level = RegionLevel::kCounty;
          break;
      }
      long y = 0;
      if (nf > 3 && ParseInt(f[3], &y)) r.start_year = static_cast<int>(y);
      if (nf > 4 && ParseInt(f[4], &y)) r.end_year = static_cast<int>(y);
      r.short_name = nf > 5 && !f[5].empty() ? f[5] : PlainShort(r.name);
      r.province = r.code / 10000;
      if (r.level == RegionLevel::kPrefecture) {
        if (r.code != pref_code) {
          pref_code = r.code;
          pref_any = pref_in_use = false;
        }
        pref_any = true;
        pref_in_use = pref_in_use || r.in_use;
      }
      if (r.level != RegionLevel::kProvince) {
        int pref = r.code / 100 * 100;
        r.parent = r.level == RegionLevel::kCounty && pref != r.code && pref == pref_code &&
                           (r.in_use ? pref_in_use : pref_any)
                       ? pref
                       : r.province * 10000;
      }
      records.push_back(std::move(r));
    });
    for (const Region& r : records)
      if (r.in_use) current[static_cast<int>(r.level)].push_back(&r);
  }

  std::pair<std::vector<Region>::const_iterator, std::vector<Region>::const_iterator> Find(
      int code) const {
    auto lo = std::lower_bound(records.begin(), records.end(), code,
                               [](const Region& r, int c) { return r.code < c; });
    auto hi = lo;
    while (hi != records.end() && hi->code == code) ++hi;
    return {lo, hi};
  }
};

const Table& GetTable() {
  static const Table* table = new Table();
  return *table;
}

int ParseCode(const std::string& text) {
  size_t b = 0, e = text.size();
  while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
  while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
  if (e - b != 6) return -1;
  long v = 0;
  if (!ParseInt(std::string_view(text).substr(b, 6), &v)) return -1;
  return static_cast<int>(v);
}

}  // namespace

std::vector<const Region*> LookupRegion(int code) {
  std::vector<const Region*> out;
  auto range = GetTable().Find(code);
  for (auto it = range.first; it != range.second; ++it)
    if (it->in_use) out.push_back(&*it);
  for (auto it = range.first; it != range.second; ++it)
    if (!it->in_use) out.push_back(&*it);
  return out;
}

std::vector<const Region*> LookupRegion(const std::string& code6) {
  int code = ParseCode(code6);
  if (code < 0) return {};
  return LookupRegion(code);
}

const Region* CurrentRegion(int code) {
  auto range = GetTable().Find(code);
  for (auto it = range.first; it != range.second; ++it)
    if (it->in_use) return &*it;
  return nullptr;
}

bool IsKnownRegion(const std::string& code6) { return !LookupRegion(code6).empty(); }

bool IsKnownIdRegion(const std::string& code6, int birth_year) {
  for (const Region* r : LookupRegion(code6)) {
    if (birth_year <= 0 || r->end_year == 0) return true;
    // Lenient: a code abolished in the birth year (or the year after) may still have been
    // used for a birth registered in that year.
    if (r->end_year >= birth_year) return true;
  }
  return false;
}

const std::vector<const Region*>& CurrentRegions(RegionLevel level) {
  return GetTable().current[static_cast<int>(level)];
}

std::vector<const Region*> CurrentChildren(int code) {
  std::vector<const Region*> out;
  const Table& t = GetTable();
  if (code > 0 && code < 100) {
    for (int lvl = 1; lvl < 3; ++lvl)
      for (const Region* r : t.current[lvl])
        if (r->province == code && r->parent == code * 10000) out.push_back(r);
  } else {
    for (const Region* r : t.current[2])
      if (r->parent == code && r->code != code) out.push_back(r);
  }
  return out;
}

std::vector<std::string> RegionNames(RegionLevel level, bool with_short_names) {
  std::vector<std::string> out;
  for (const Region* r : CurrentRegions(level)) {
    out.emplace_back(r->name);
    if (with_short_names && r->short_name != r->name && Utf8Chars(r->short_name) >= 2)
      out.emplace_back(r->short_name);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

size_t RegionRecordCount() { return GetTable().records.size(); }

}  // namespace beian
