// Civil dates (proleptic Gregorian) without time zones.
#ifndef BEIAN_CORE_DATE_H_
#define BEIAN_CORE_DATE_H_

#include <optional>
#include <string>

namespace beian {

struct Date {
  int year = 1970;
  int month = 1;
  int day = 1;

  // Days since 1970-01-01.
  long Days() const;
  static Date FromDays(long days);
  // Parses exactly YYYY-MM-DD (a real calendar date); nullopt otherwise.
  static std::optional<Date> Parse(const std::string& text);
  // The current UTC date.
  static Date Today();
  std::string ToString() const;
  // 0 = Monday … 6 = Sunday.
  int Weekday() const;
  Date AddDays(long n) const { return FromDays(Days() + n); }
  // Adds calendar months, clamping the day to the month's length.
  Date AddMonths(int n) const;

  bool operator==(const Date& o) const { return Days() == o.Days(); }
  bool operator!=(const Date& o) const { return !(*this == o); }
  bool operator<(const Date& o) const { return Days() < o.Days(); }
  bool operator<=(const Date& o) const { return Days() <= o.Days(); }
  bool operator>(const Date& o) const { return Days() > o.Days(); }
  bool operator>=(const Date& o) const { return Days() >= o.Days(); }
};

bool IsLeapYear(int year);
int DaysInMonth(int year, int month);

}  // namespace beian

#endif  // BEIAN_CORE_DATE_H_
