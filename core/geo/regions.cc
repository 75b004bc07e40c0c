#include "core/geo/regions.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

#include "core/resources.h"
#include "core/utf8.h"

namespace beian {

namespace {

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

// The table as scripts/gen_geo.py writes it (regions.bin): columns of small numbers, then the
// names. A table whose sizes do not add up is not read (it is generated with the binary; the
// unit tests check its records).
struct Table {
  std::vector<Region> records;            // sorted by code, then start year
  std::vector<const Region*> current[3];  // by level
  Table() {
    std::string_view data = Resource("regions");
    auto u32 = [&](size_t at) {
      uint32_t v = 0;
      for (int k = 3; k >= 0; --k) v = v << 8 | static_cast<unsigned char>(data[at + k]);
      return v;
    };
    if (data.size() < 8 || data.substr(0, 4) != "GBR1") return;
    const size_t count = u32(4);
    if (count > data.size()) return;  // at least a byte per record
    const unsigned char* p = reinterpret_cast<const unsigned char*>(data.data()) + 8;
    const unsigned char* const end =
        reinterpret_cast<const unsigned char*>(data.data()) + data.size();
    // the deltas (varints) first: where they end, the fixed columns start
    const unsigned char* delta = p;
    for (size_t i = 0; i < count && p < end; ++p)
      if (!(*p & 0x80)) ++i;
    if (static_cast<size_t>(end - p) < 3 * count) return;
    const unsigned char* flags = p;
    const unsigned char* name_len = flags + count;
    const unsigned char* short_len = name_len + count;
    const unsigned char* years = short_len + count;
    size_t with_start = 0, with_end = 0, names_size = 0;
    for (size_t i = 0; i < count; ++i) {
      with_start += (flags[i] >> 3) & 1;
      with_end += (flags[i] >> 4) & 1;
      names_size += name_len[i];
    }
    const unsigned char* start_years = years;
    const unsigned char* end_years = years + 2 * with_start;
    const char* name = reinterpret_cast<const char*>(end_years + 2 * with_end);
    if (reinterpret_cast<const unsigned char*>(name) + names_size > end) return;
    records.resize(count);
    size_t counts[3] = {};
    // Parents: the prefecture xxyy00 when one exists (in use for current records), else the
    // province. Records come sorted by code, so a county's prefecture records were read before
    // it: the last prefecture code seen, and whether any / an in-use record had it.
    int pref_code = -1;
    bool pref_any = false, pref_in_use = false;
    uint32_t code = 0;
    for (size_t i = 0; i < count; ++i) {
      uint32_t d = 0;
      for (int shift = 0;; shift += 7) {
        if (shift < 32) d |= static_cast<uint32_t>(*delta & 0x7F) << shift;
        if (!(*delta++ & 0x80)) break;
      }
      code += d;
      Region& r = records[i];
      r.code = static_cast<int>(code);
      r.name = std::string_view(name, name_len[i]);
      r.short_name = std::string_view(name, std::min(short_len[i], name_len[i]));
      name += name_len[i];
      const unsigned f = flags[i];
      r.level = static_cast<RegionLevel>(std::min(f & 3u, 2u));
      r.in_use = f & 4;
      if (f & 8) {
        r.start_year = start_years[0] | start_years[1] << 8;
        start_years += 2;
      }
      if (f & 16) {
        r.end_year = end_years[0] | end_years[1] << 8;
        end_years += 2;
      }
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
      if (r.in_use) ++counts[static_cast<int>(r.level)];
    }
    for (int lvl = 0; lvl < 3; ++lvl) current[lvl].reserve(counts[lvl]);
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

// Built once the table is there; in the page's module, until it is fetched (core/resources.h), an
// empty one (and no index built from it is kept: RegionTableReady).
const Table& GetTable() {
  if (!RegionTableReady()) {
    static const Table* none = new Table();
    return *none;
  }
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
    if (with_short_names && r->short_name != r->name && CountValidUtf8Chars(r->short_name) >= 2)
      out.emplace_back(r->short_name);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

size_t RegionRecordCount() { return GetTable().records.size(); }

bool RegionTableReady() { return ResourceReady("regions"); }

}  // namespace beian
