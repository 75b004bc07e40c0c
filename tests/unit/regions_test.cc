#include "core/geo/regions.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace beian {
namespace {

TEST(Regions, LoadsEveryRecord) {
  // 6823 rows in data/regions/gbt2260_history.tsv, 3213 of them in use.
  EXPECT_EQ(RegionRecordCount(), 6823u);
  EXPECT_EQ(CurrentRegions(RegionLevel::kProvince).size(), 34u);
  EXPECT_EQ(CurrentRegions(RegionLevel::kPrefecture).size(), 333u);
  EXPECT_EQ(CurrentRegions(RegionLevel::kCounty).size(), 2846u);
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
