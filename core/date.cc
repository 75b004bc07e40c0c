#include "core/date.h"

#include <ctime>

namespace beian {

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && IsLeapYear(y) ? 29 : kDays[m - 1];
}

// Howard Hinnant's days_from_civil / civil_from_days.
long Date::Days() const {
  long y = year - (month <= 2 ? 1 : 0);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long mp = (month + 9) % 12;
  long doy = (153 * mp + 2) / 5 + day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date Date::FromDays(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  long d = doy - (153 * mp + 2) / 5 + 1;
  long m = mp < 10 ? mp + 3 : mp - 9;
  Date out;
  out.year = static_cast<int>(y + (m <= 2 ? 1 : 0));
  out.month = static_cast<int>(m);
  out.day = static_cast<int>(d);
  return out;
}

std::optional<Date> Date::Parse(const std::string& t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (t[i] < '0' || t[i] > '9') return std::nullopt;
  Date d;
  d.year = (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0');
  d.month = (t[5] - '0') * 10 + (t[6] - '0');
  d.day = (t[8] - '0') * 10 + (t[9] - '0');
  if (d.year < 1900 || d.month < 1 || d.month > 12 || d.day < 1 ||
      d.day > DaysInMonth(d.year, d.month))
    return std::nullopt;
  return d;
}

Date Date::Today() {
  std::time_t now = std::time(nullptr);
  return FromDays(static_cast<long>(now / 86400));
}

namespace {
// `v` as printf's "%0<width>d" writes it: a "-" first, then the digits zero-padded to `width`
// characters in all.
void AppendPadded(std::string* out, long v, int width) {
  char digits[24];
  int n = 0;
  unsigned long u = v < 0 ? 0UL - static_cast<unsigned long>(v) : static_cast<unsigned long>(v);
  do {
    digits[n++] = static_cast<char>('0' + u % 10);
    u /= 10;
  } while (u);
  if (v < 0) {
    out->push_back('-');
    --width;
  }
  for (int k = n; k < width; ++k) out->push_back('0');
  while (n) out->push_back(digits[--n]);
}
}  // namespace

// (by hand rather than with snprintf: the plan, the rules and the WHOIS reader write dates in every
// check, and printf's format parsing was 0.7 % of a typical check in WebAssembly)
std::string Date::ToString() const {
  std::string out;
  out.reserve(10);
  AppendPadded(&out, year, 4);
  out.push_back('-');
  AppendPadded(&out, month, 2);
  out.push_back('-');
  AppendPadded(&out, day, 2);
  return out;
}

int Date::Weekday() const {
  long d = Days();  // 1970-01-01 was a Thursday (3)
  long w = (d % 7 + 7 + 3) % 7;
  return static_cast<int>(w);
}

Date Date::AddMonths(int n) const {
  int total = year * 12 + (month - 1) + n;
  Date out;
  out.year = total / 12;
  out.month = total % 12 + 1;
  int dim = DaysInMonth(out.year, out.month);
  out.day = day > dim ? dim : day;
  return out;
}

}  // namespace beian
