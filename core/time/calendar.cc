#include "core/time/calendar.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/resources.h"

namespace beian {

namespace {

struct Calendar {
  int first = 0, last = 0;
  // the published years' days from first_day: 'H' (holiday), 'W' (make-up workday) or 0 (an
  // ordinary day: working from Monday to Friday)
  std::vector<char> kind;
  Calendar() {
    std::unordered_map<long, char> days;  // days since epoch -> 'H' or 'W'

    std::string_view data = Resource("holidays");
    ForEachLine(data, [&](std::string_view line) {
      if (line.substr(0, 6) == "years ") {
        int a = 0, b = 0;
        size_t k = 6;
        while (k < line.size() && line[k] >= '0' && line[k] <= '9') a = a * 10 + (line[k++] - '0');
        ++k;
        while (k < line.size() && line[k] >= '0' && line[k] <= '9') b = b * 10 + (line[k++] - '0');
        if (a > 1900 && b >= a) {
          first = a;
          last = b;
        }
        return;
      }
      if (line.size() != 12) return;
      auto d = Date::Parse(std::string(line.substr(0, 10)));
      if (!d || (line[11] != 'H' && line[11] != 'W')) return;
      days[d->Days()] = line[11];
    });
    if (days.empty()) first = last = 0;
    if (first) {
      first_day = Date::Parse(std::to_string(first) + "-01-01")->Days();
      last_day = Date::Parse(std::to_string(last) + "-12-31")->Days();
      kind.assign(static_cast<size_t>(last_day - first_day + 1), 0);
      for (const auto& [day, k] : days)
        if (CoversDay(day)) kind[static_cast<size_t>(day - first_day)] = k;
    }
  }
  // For a day CoversDay accepts.
  char Kind(long day) const { return kind[static_cast<size_t>(day - first_day)]; }
  bool Covers(const Date& d) const { return first && d.year >= first && d.year <= last; }
  // Covers, by day number
  bool CoversDay(long day) const { return first && day >= first_day && day <= last_day; }
  long first_day = 0, last_day = 0;
  // IsWorkingDay by day number and weekday (0 = Monday), for a day CoversDay accepts: a listed
  // day is a holiday ('H') or a make-up workday ('W'); any other day works from Monday to Friday.
  bool Working(long day, int weekday) const {
    const char k = Kind(day);
    return k ? k == 'W' : weekday < 5;
  }
};

const Calendar& Get() {
  static const Calendar* cal = new Calendar();
  return *cal;
}

}  // namespace

bool CalendarPublished(const Date& d) { return Get().Covers(d); }
int CalendarFirstYear() { return Get().first; }
int CalendarLastYear() { return Get().last; }

std::optional<DayType> ClassifyDay(const Date& d) {
  const Calendar& c = Get();
  if (!c.Covers(d)) return std::nullopt;
  if (!c.CoversDay(d.Days())) return std::nullopt;  // (Covers says the same, by year)
  if (const char k = c.Kind(d.Days()))
    return k == 'H' ? DayType::kHoliday : DayType::kMakeupWorkday;
  return d.Weekday() >= 5 ? DayType::kWeekend : DayType::kWorkday;
}

std::optional<bool> IsWorkingDay(const Date& d) {
  auto t = ClassifyDay(d);
  if (!t) return std::nullopt;
  return *t == DayType::kWorkday || *t == DayType::kMakeupWorkday;
}

std::optional<Date> AddWorkingDays(const Date& d, int n) {
  if (n == 0) return d;
  int step = n > 0 ? 1 : -1;
  int left = n > 0 ? n : -n;
  if (left > 100000) return std::nullopt;
  // Day by day as IsWorkingDay, by day number and weekday (see WorkingDaysBetween).
  const Calendar& c = Get();
  long day = d.Days();
  int weekday = d.Weekday();
  while (left > 0) {
    day += step;
    weekday = (weekday + step + 7) % 7;
    if (!c.CoversDay(day)) return std::nullopt;
    if (c.Working(day, weekday)) --left;
  }
  return Date::FromDays(day);
}

std::optional<int> WorkingDaysBetween(const Date& a, const Date& b) {
  if (b < a) {
    auto r = WorkingDaysBetween(b, a);
    if (!r) return std::nullopt;
    return -*r;
  }
  if (b.Days() - a.Days() > 40000) return std::nullopt;
  if (b.Days() == a.Days()) return 0;
  // Day by day as ClassifyDay, without building a Date for each: the weekday advances by one,
  // the published years are a range of day numbers.
  const Calendar& c = Get();
  if (!c.CoversDay(a.Days() + 1) || !c.CoversDay(b.Days())) return std::nullopt;
  int count = 0, weekday = Date::FromDays(a.Days() + 1).Weekday();
  for (long day = a.Days() + 1; day <= b.Days(); ++day, weekday = weekday == 6 ? 0 : weekday + 1) {
    if (c.Working(day, weekday)) ++count;
  }
  return count;
}

}  // namespace beian
