#include "core/time/calendar.h"

#include <gtest/gtest.h>

#include <optional>
#include <random>

namespace beian {
namespace {

Date D(const char* s) { return *Date::Parse(s); }

TEST(Calendar, Coverage) {
  EXPECT_EQ(CalendarFirstYear(), 2020);
  EXPECT_EQ(CalendarLastYear(), 2026);
  EXPECT_TRUE(CalendarPublished(D("2026-12-31")));
  EXPECT_FALSE(CalendarPublished(D("2027-01-01")));
  EXPECT_FALSE(CalendarPublished(D("2019-12-31")));
}

TEST(Calendar, NationalDay2025) {
  // 2025: 9-28 (Sunday) and 10-11 (Saturday) are makeup working days; 10-01..08 are off.
  EXPECT_EQ(D("2025-09-28").Weekday(), 6);
  EXPECT_EQ(IsWorkingDay(D("2025-09-28")), true);
  EXPECT_EQ(ClassifyDay(D("2025-09-28")), DayType::kMakeupWorkday);
  EXPECT_EQ(D("2025-10-11").Weekday(), 5);
  EXPECT_EQ(IsWorkingDay(D("2025-10-11")), true);
  for (int day = 1; day <= 8; ++day) {
    Date d{2025, 10, day};
    EXPECT_EQ(IsWorkingDay(d), false) << d.ToString();
  }
  EXPECT_EQ(IsWorkingDay(D("2025-10-09")), true);
  EXPECT_EQ(IsWorkingDay(D("2025-10-12")), false);  // ordinary Sunday
  EXPECT_EQ(ClassifyDay(D("2025-10-12")), DayType::kWeekend);
}

TEST(Calendar, SpringFestival) {
  // 2025 春节: 1-28..2-04 off, 1-26 (Sun) and 2-08 (Sat) working.
  EXPECT_EQ(IsWorkingDay(D("2025-01-26")), true);
  EXPECT_EQ(IsWorkingDay(D("2025-01-27")), true);
  EXPECT_EQ(IsWorkingDay(D("2025-01-28")), false);
  EXPECT_EQ(IsWorkingDay(D("2025-02-04")), false);
  EXPECT_EQ(IsWorkingDay(D("2025-02-05")), true);
  EXPECT_EQ(IsWorkingDay(D("2025-02-08")), true);
  // 2024 春节: 2-10..2-17 off, 2-04 (Sun) and 2-18 (Sun) working.
  EXPECT_EQ(IsWorkingDay(D("2024-02-04")), true);
  EXPECT_EQ(IsWorkingDay(D("2024-02-12")), false);
  EXPECT_EQ(IsWorkingDay(D("2024-02-18")), true);
  // 2026 春节: 2-15..2-23 off, 2-14 (Sat) and 2-28 (Sat) working.
  EXPECT_EQ(IsWorkingDay(D("2026-02-14")), true);
  EXPECT_EQ(IsWorkingDay(D("2026-02-16")), false);
  EXPECT_EQ(IsWorkingDay(D("2026-02-23")), false);
  EXPECT_EQ(IsWorkingDay(D("2026-02-24")), true);
  EXPECT_EQ(IsWorkingDay(D("2026-02-28")), true);
  // Working days across 春节 2026: Fri 2-13 + 5 working days = Thu 2-26? 2-14 (Sat, makeup)
  // counts, then 2-24, 2-25, 2-26, 2-27.
  EXPECT_EQ(AddWorkingDays(D("2026-02-13"), 5), D("2026-02-27"));
}

TEST(Calendar, AdjacentYearDate) {
  // 2022-12-31 is listed in 2023.json (元旦 2023).
  EXPECT_EQ(ClassifyDay(D("2022-12-31")), DayType::kHoliday);
  EXPECT_EQ(IsWorkingDay(D("2023-01-02")), false);
}

TEST(Calendar, AddWorkingDays) {
  // Tue 2025-09-30 + 1 working day: 10-01..08 off -> Thu 10-09.
  EXPECT_EQ(AddWorkingDays(D("2025-09-30"), 1), D("2025-10-09"));
  // Fri 2025-09-26 + 1 -> Sun 09-28 (makeup working day).
  EXPECT_EQ(AddWorkingDays(D("2025-09-26"), 1), D("2025-09-28"));
  EXPECT_EQ(AddWorkingDays(D("2025-10-09"), -1), D("2025-09-30"));
  EXPECT_EQ(AddWorkingDays(D("2025-10-09"), 0), D("2025-10-09"));
  // 20 working days from Mon 2025-09-22.
  auto due = AddWorkingDays(D("2025-09-22"), 20);
  ASSERT_TRUE(due.has_value());
  EXPECT_EQ(due->ToString(), "2025-10-24");
  // Would run into 2027: unknown.
  EXPECT_FALSE(AddWorkingDays(D("2026-12-20"), 20).has_value());
  EXPECT_FALSE(AddWorkingDays(D("2027-03-01"), 1).has_value());
}

TEST(Calendar, WorkingDaysBetween) {
  EXPECT_EQ(WorkingDaysBetween(D("2025-09-30"), D("2025-10-09")), 1);
  EXPECT_EQ(WorkingDaysBetween(D("2025-10-09"), D("2025-09-30")), -1);
  EXPECT_EQ(WorkingDaysBetween(D("2025-09-22"), D("2025-10-24")), 20);
  EXPECT_EQ(WorkingDaysBetween(D("2025-10-01"), D("2025-10-01")), 0);
  // Whole year 2025: 248 working days (counted independently from data/holidays/2025.json).
  auto n = WorkingDaysBetween(D("2024-12-31"), D("2025-12-31"));
  ASSERT_TRUE(n.has_value());
  EXPECT_EQ(*n, 248);
  EXPECT_FALSE(WorkingDaysBetween(D("2026-12-01"), D("2027-01-05")).has_value());
  EXPECT_FALSE(IsWorkingDay(D("2027-06-01")).has_value());
}

// WorkingDaysBetween steps through the days without building a Date for each: the same count as
// IsWorkingDay day by day, for random pairs inside, across and outside the published years.
TEST(Calendar, WorkingDaysBetweenEqualsDayByDay) {
  std::mt19937 rng(1203);
  const long from = D("2019-11-01").Days(), to = D("2027-02-01").Days();
  for (int round = 0; round < 3000; ++round) {
    const Date a = Date::FromDays(from + static_cast<long>(rng() % (to - from)));
    const Date b = round % 5 == 0 ? a.AddDays(static_cast<int>(rng() % 3))
                                  : Date::FromDays(from + static_cast<long>(rng() % (to - from)));
    const Date& lo = a < b ? a : b;
    const Date& hi = a < b ? b : a;
    std::optional<int> want = 0;
    for (long day = lo.Days() + 1; day <= hi.Days() && want; ++day) {
      auto w = IsWorkingDay(Date::FromDays(day));
      want = w ? std::optional<int>(*want + (*w ? 1 : 0)) : std::nullopt;
    }
    if (want && b < a) want = -*want;
    ASSERT_EQ(WorkingDaysBetween(a, b), want) << a.ToString() << " " << b.ToString();
  }
}

// AddWorkingDays the same way: the day reached by IsWorkingDay day by day, or none when a day on
// the way lies outside the published years.
TEST(Calendar, AddWorkingDaysEqualsDayByDay) {
  std::mt19937 rng(3012);
  const long from = D("2019-12-01").Days(), to = D("2027-01-31").Days();
  for (int round = 0; round < 3000; ++round) {
    const Date d = Date::FromDays(from + static_cast<long>(rng() % (to - from)));
    const int n = static_cast<int>(rng() % 61) - 30;
    std::optional<Date> want = d;
    for (int left = n < 0 ? -n : n; left > 0 && want;) {
      const Date next = want->AddDays(n < 0 ? -1 : 1);
      auto w = IsWorkingDay(next);
      want = w ? std::optional<Date>(next) : std::nullopt;
      if (w && *w) --left;
    }
    ASSERT_EQ(AddWorkingDays(d, n), want) << d.ToString() << " " << n;
  }
}

}  // namespace
}  // namespace beian
