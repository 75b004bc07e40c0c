// Mainland-China working-day calendar (法定节假日与调休) from the embedded holiday table made by
// scripts/gen_geo.py out of data/holidays/*.json (MIT, NateScarlet/holiday-cn, 2020–2026).
//
// A date is a working day unless it is a statutory holiday, or a Saturday/Sunday that is not a
// makeup working day (调休). Dates outside the published years are unknown: every function then
// returns nullopt rather than guessing (the State Council publishes a year's arrangement in
// November or December of the year before).
#ifndef BEIAN_CORE_TIME_CALENDAR_H_
#define BEIAN_CORE_TIME_CALENDAR_H_

#include <optional>
#include <string>

#include "core/date.h"

namespace beian {

enum class DayType { kWorkday, kWeekend, kHoliday, kMakeupWorkday };

// Type of `d`, or nullopt when the calendar for d's year is not published (or not loaded).
std::optional<DayType> ClassifyDay(const Date& d);
std::optional<bool> IsWorkingDay(const Date& d);
// The n-th working day after `d` (n > 0), or before it (n < 0); n == 0 returns d itself.
// Like "within 20 working days of d": the count starts on the next day. nullopt when the
// result would need an unpublished year.
std::optional<Date> AddWorkingDays(const Date& d, int n);
// Working days in the half-open interval (a, b]: the days after a up to and including b
// (negative when b < a). nullopt when any day in between is outside the published years.
std::optional<int> WorkingDaysBetween(const Date& a, const Date& b);
// Whether d's year is covered by the embedded table.
bool CalendarPublished(const Date& d);
// First and last year covered (0, 0 when the data is missing).
int CalendarFirstYear();
int CalendarLastYear();

}  // namespace beian

#endif  // BEIAN_CORE_TIME_CALENDAR_H_
