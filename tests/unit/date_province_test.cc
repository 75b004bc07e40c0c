// Dates (core/date.h) and province names (core/province.h).
#include <gtest/gtest.h>

#include <cctype>
#include <cstdio>
#include <string>

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

// ToString writes what "%04d-%02d-%02d" writes, for any date FromDays can make (years before 1000
// and before year 0 included).
TEST(Dates, ToStringIsPrintf) {
  for (long days = -1000000; days <= 3000000; days += 997) {
    Date d = Date::FromDays(days);
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    ASSERT_EQ(d.ToString(), buf) << days;
  }
  for (Date d : {Date{0, 1, 1}, Date{-5, 12, 31}, Date{-12345, 1, 9}, Date{999, 10, 10},
                 Date{10000, 1, 1}, Date{2026, 12, 5}}) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    EXPECT_EQ(d.ToString(), buf);
  }
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

// Every name, short name, abbreviation and pinyin (in any ASCII case) of every province names it;
// longer text starting with a name too.
TEST(Province, EveryFormOfEveryProvince) {
  int provinces = 0;
  for (int code = 10; code < 100; ++code) {
    const ProvinceInfo* p = ProvinceByCode(code);
    if (!p) continue;
    ++provinces;
    for (const char* form : {p->name, p->short_name, p->abbr, p->alt_abbr}) {
      if (*form) EXPECT_EQ(ProvinceCode(form), code) << form;
    }
    std::string upper = p->pinyin, mixed = p->pinyin;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    mixed[0] = upper[0];
    EXPECT_EQ(ProvinceCode(p->pinyin), code);
    EXPECT_EQ(ProvinceCode(upper), code);
    EXPECT_EQ(ProvinceCode(" " + mixed + "\t"), code);
    EXPECT_EQ(ProvinceCode(std::string(p->short_name) + "某某路1号"), code);
    EXPECT_EQ(ProvinceCode(std::string(p->pinyin) + "x"), 0);
  }
  EXPECT_EQ(provinces, 34);
}

}  // namespace
}  // namespace beian
