// GB/T 2260 administrative division codes (县级以上行政区划代码), current and historical, from
// the embedded compact table made by scripts/gen_geo.py out of data/regions/*.tsv (CC0).
#ifndef BEIAN_CORE_GEO_REGIONS_H_
#define BEIAN_CORE_GEO_REGIONS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace beian {

enum class RegionLevel { kProvince = 0, kPrefecture = 1, kCounty = 2 };

struct Region {
  int code = 0;  // 330106
  // Both point into the embedded table (no copy: the table is built on the first check).
  std::string_view name;        // 西湖区
  std::string_view short_name;  // 西湖 (suffix removed; == name when nothing to strip)
  RegionLevel level = RegionLevel::kCounty;
  bool in_use = false;    // listed at 2024-12-31
  int start_year = 1981;  // 1981 = in the first published list
  int end_year = 0;       // first year no longer valid (exclusive); 0 = still valid
  int province = 0;       // two-digit province code (33)
  int parent = 0;         // current records: prefecture code, or province*10000 when the
                          // county is directly under the province; historical: best guess
};

// All records for a 6-digit code (text "330106" or with surrounding spaces): the record in use
// first, then historical ones by start year. Empty when the code was never listed.
std::vector<const Region*> LookupRegion(const std::string& code6);
std::vector<const Region*> LookupRegion(int code);
// The record in use today for `code`, or nullptr.
const Region* CurrentRegion(int code);
// Known at any time since 1981 (current or historical).
bool IsKnownRegion(const std::string& code6);
// For resident ID numbers (PPL-015): the first six digits must be a division code that was in
// force at some time the ID could have been issued, i.e. still in use or abolished no earlier
// than the birth year (IDs keep the code in force when first issued; people re-registered later
// carry newer codes, so a code created after the birth year is fine). birth_year <= 0: any year.
bool IsKnownIdRegion(const std::string& code6, int birth_year);

// Current divisions by level, in code order (for address parsing and place-name lists).
const std::vector<const Region*>& CurrentRegions(RegionLevel level);
// Current children of a province (two-digit code) or prefecture (six-digit code).
std::vector<const Region*> CurrentChildren(int code);
// Names (full names, and short names of at least two characters) of current divisions of a level.
std::vector<std::string> RegionNames(RegionLevel level, bool with_short_names = true);
// Number of records loaded (current + historical); 0 means the embedded data is missing.
size_t RegionRecordCount();
// Whether the region table is there: always natively; in the page's module once it is fetched
// (core/resources.h FetchedResourceFile; asking notes it as missing). What is built from the
// table is kept only when this is true.
bool RegionTableReady();

}  // namespace beian

#endif  // BEIAN_CORE_GEO_REGIONS_H_
