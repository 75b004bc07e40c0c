#include "core/geo/regions.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "tests/unit/test_util.h"

namespace beian {
namespace {

TEST(Regions, LoadsEveryRecord) {
  // 6823 rows in data/regions/gbt2260_history.tsv, 3213 of them in use.
  EXPECT_EQ(RegionRecordCount(), 6823u);
  EXPECT_EQ(CurrentRegions(RegionLevel::kProvince).size(), 34u);
  EXPECT_EQ(CurrentRegions(RegionLevel::kPrefecture).size(), 333u);
  EXPECT_EQ(CurrentRegions(RegionLevel::kCounty).size(), 2846u);
}

// The address index (core/geo/address.cc) groups the current divisions by province and by
// prefecture in one pass, in this order: codes ascending at every level, and a county's
// prefecture (when it has one) the code of its first four digits.
TEST(Regions, CurrentInCodeOrder) {
  for (RegionLevel level :
       {RegionLevel::kProvince, RegionLevel::kPrefecture, RegionLevel::kCounty}) {
    const auto& regions = CurrentRegions(level);
    for (size_t i = 1; i < regions.size(); ++i)
      ASSERT_LT(regions[i - 1]->code, regions[i]->code) << regions[i]->code;
  }
  for (const Region* r : CurrentRegions(RegionLevel::kCounty))
    EXPECT_TRUE(r->parent == r->province * 10000 || r->parent == r->code / 100 * 100) << r->code;
}

// Every row of the source table comes out of the embedded one (regions.bin, written by
// scripts/gen_geo.py) with its code, name, level, status and years; short names are the name
// minus a plain suffix or the place part of an autonomous area's name, so always a prefix.
TEST(Regions, EveryRowOfTheSourceTable) {
  std::string tsv = testing::ReadFile(BEIAN_SOURCE_DIR "/data/regions/gbt2260_history.tsv");
  size_t rows = 0, pos = tsv.find('\n') + 1;
  while (pos < tsv.size()) {
    size_t eol = tsv.find('\n', pos);
    if (eol == std::string::npos) eol = tsv.size();
    std::vector<std::string> f;
    for (size_t b = pos;;) {
      size_t tab = tsv.find('\t', b);
      if (tab == std::string::npos || tab > eol) {
        f.push_back(tsv.substr(b, eol - b));
        break;
      }
      f.push_back(tsv.substr(b, tab - b));
      b = tab + 1;
    }
    pos = eol + 1;
    if (f.size() < 6) continue;
    ++rows;
    const int start = f[4].empty() ? 1981 : std::stoi(f[4]);
    const Region* found = nullptr;
    for (const Region* r : LookupRegion(f[0]))
      if (r->start_year == start && r->name == f[1]) found = r;
    ASSERT_NE(found, nullptr) << f[0] << " " << f[1] << " " << start;
    const RegionLevel level = f[2] == "province"     ? RegionLevel::kProvince
                              : f[2] == "prefecture" ? RegionLevel::kPrefecture
                                                     : RegionLevel::kCounty;
    EXPECT_EQ(found->level, level) << f[0];
    EXPECT_EQ(found->in_use, f[3] == "in_use") << f[0];
    EXPECT_EQ(found->end_year, f[5].empty() ? 0 : std::stoi(f[5])) << f[0];
    EXPECT_EQ(found->province, std::stoi(f[0]) / 10000) << f[0];
    EXPECT_EQ(found->name.substr(0, found->short_name.size()), found->short_name) << f[0];
    EXPECT_FALSE(found->short_name.empty()) << f[0];
  }
  EXPECT_EQ(rows, RegionRecordCount());
  // short names as the checks use them
  EXPECT_EQ(CurrentRegion(433100)->short_name, "湘西");  // 湘西土家族苗族自治州
  EXPECT_EQ(CurrentRegion(650000)->short_name, "新疆");  // 新疆维吾尔自治区
  EXPECT_EQ(CurrentRegion(330106)->short_name, "西湖");  // 西湖区
  EXPECT_EQ(CurrentRegion(810000)->short_name, "香港");  // 香港特别行政区
}

TEST(Regions, CurrentCounty) {
  auto recs = LookupRegion("330106");
  ASSERT_FALSE(recs.empty());
  const Region* r = recs[0];
  EXPECT_EQ(r->name, "西湖区");
  EXPECT_EQ(r->short_name, "西湖");
  EXPECT_EQ(r->level, RegionLevel::kCounty);
  EXPECT_TRUE(r->in_use);
  EXPECT_EQ(r->province, 33);
  EXPECT_EQ(r->parent, 330100);
  EXPECT_EQ(r->end_year, 0);
  ASSERT_NE(CurrentRegion(330100), nullptr);
  EXPECT_EQ(CurrentRegion(330100)->name, "杭州市");
  EXPECT_EQ(CurrentRegion(330100)->level, RegionLevel::kPrefecture);
}

TEST(Regions, HistoricalCode) {
  auto recs = LookupRegion("110103");  // 崇文区, merged into 东城区 in 2010
  ASSERT_EQ(recs.size(), 1u);
  EXPECT_EQ(recs[0]->name, "崇文区");
  EXPECT_FALSE(recs[0]->in_use);
  EXPECT_EQ(recs[0]->start_year, 1981);
  EXPECT_EQ(recs[0]->end_year, 2010);
  EXPECT_EQ(CurrentRegion(110103), nullptr);
  EXPECT_TRUE(IsKnownRegion("110103"));
}

TEST(Regions, ReusedCodeListsCurrentFirst) {
  auto recs = LookupRegion(419001);  // 义马市 1987-1990, 济源市 since 1996
  ASSERT_EQ(recs.size(), 2u);
  EXPECT_EQ(recs[0]->name, "济源市");
  EXPECT_TRUE(recs[0]->in_use);
  EXPECT_EQ(recs[0]->parent, 410000);  // directly under 河南省
  EXPECT_EQ(recs[1]->name, "义马市");
  EXPECT_EQ(recs[1]->end_year, 1990);
}

TEST(Regions, ProvincesAndAliases) {
  EXPECT_EQ(CurrentRegion(450000)->short_name, "广西");
  EXPECT_EQ(CurrentRegion(650000)->short_name, "新疆");
  EXPECT_EQ(CurrentRegion(150000)->short_name, "内蒙古");
  EXPECT_EQ(CurrentRegion(810000)->short_name, "香港");
  EXPECT_EQ(CurrentRegion(433100)->short_name, "湘西");      // 湘西土家族苗族自治州
  EXPECT_EQ(CurrentRegion(152500)->short_name, "锡林郭勒");  // 锡林郭勒盟
  EXPECT_EQ(CurrentRegion(110101)->parent, 110000);          // 东城区 directly under 北京市
}

TEST(Regions, BadInput) {
  EXPECT_TRUE(LookupRegion("").empty());
  EXPECT_TRUE(LookupRegion("33010").empty());
  EXPECT_TRUE(LookupRegion("33O106").empty());
  EXPECT_TRUE(LookupRegion("999999").empty());
  EXPECT_FALSE(IsKnownRegion("330199"));
  EXPECT_EQ(LookupRegion(" 330106 ").size(), 1u);
}

TEST(Regions, IdRegions) {
  EXPECT_TRUE(IsKnownIdRegion("330106", 1990));
  EXPECT_TRUE(IsKnownIdRegion("110103", 1980));  // 崇文区 (abolished 2010)
  EXPECT_TRUE(IsKnownIdRegion("110103", 2009));
  EXPECT_TRUE(IsKnownIdRegion("110103", 2010));  // lenient about the year of change
  EXPECT_FALSE(IsKnownIdRegion("110103", 2015));
  EXPECT_TRUE(IsKnownIdRegion("110103", 0));
  EXPECT_TRUE(IsKnownIdRegion("110117", 1975));  // 平谷区, created 2001: re-registered person
  EXPECT_FALSE(IsKnownIdRegion("110199", 1990));
  EXPECT_FALSE(IsKnownIdRegion("abc", 1990));
}

TEST(Regions, ChildrenAndNames) {
  auto kids = CurrentChildren(33);
  EXPECT_EQ(kids.size(), 11u);  // 11 prefecture-level cities in 浙江
  auto bj = CurrentChildren(11);
  EXPECT_EQ(bj.size(), 16u);  // 16 districts of 北京市
  auto hz = CurrentChildren(330100);
  EXPECT_EQ(hz.size(), 13u);
  auto names = RegionNames(RegionLevel::kPrefecture);
  EXPECT_TRUE(std::binary_search(names.begin(), names.end(), std::string("杭州市")));
  EXPECT_TRUE(std::binary_search(names.begin(), names.end(), std::string("杭州")));
  EXPECT_TRUE(std::binary_search(names.begin(), names.end(), std::string("湘西")));
}

}  // namespace
}  // namespace beian
