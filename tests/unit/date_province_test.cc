// Dates (core/date.h) and province names (core/province.h).
#include <gtest/gtest.h>

#include "core/date.h"
#include "core/province.h"

namespace beian {
namespace {

TEST(Dates, ParseAndArithmetic) {
  EXPECT_FALSE(Date::Parse("2026-02-29").has_value());
  EXPECT_TRUE(Date::Parse("2024-02-29").has_value());
  EXPECT_EQ(Date::Parse("2026-11-28")->Weekday(), 5);  // Saturday
  EXPECT_EQ(Date::Parse("2026-01-31")->AddMonths(1).ToString(), "2026-02-28");
  EXPECT_EQ(Date::FromDays(Date::Parse("2000-03-01")->Days()).ToString(), "2000-03-01");
}

TEST(Province, Normalisation) {
  EXPECT_EQ(ProvinceCode("浙江"), 33);
  EXPECT_EQ(ProvinceCode("浙江省"), 33);
  EXPECT_EQ(ProvinceCode("浙"), 33);
  EXPECT_EQ(ProvinceCode("33"), 33);
  EXPECT_EQ(ProvinceCode("330106"), 33);
  EXPECT_EQ(ProvinceCode("Zhejiang"), 33);
  EXPECT_EQ(ProvinceCode("蜀"), 51);
  EXPECT_EQ(ProvinceCode("火星"), 0);
}

}  // namespace
}  // namespace beian
