// Lenient date parsing: the many ways registries, registrars and web pages write a calendar date
// (core/date.h parses only YYYY-MM-DD). Lives next to core/date so that every reader of uploaded
// text can use it; the WHOIS reader (core/readers/whois.h, NormaliseWhoisDate) is its first user.
#ifndef BEIAN_CORE_DATE_LENIENT_H_
#define BEIAN_CORE_DATE_LENIENT_H_

#include <optional>
#include <string_view>

#include "core/date.h"

namespace beian {

// The date `text` starts with: ISO 8601 with/without time, zone and fractions, 2003-03-17
// 12:20:05, 17-Mar-2003, 17 March 2003, Mar 17, 2003, "Mon, 17 Mar 2003", 2003/03/17,
// 2003.03.17, 2003年03月17日, 17.03.2003, 17/03/2003 (nullopt when day and month could be
// swapped), 20030317. Only real calendar dates of the years 1900…9999. `text` must start with the
// date (the caller trims); what follows it is ignored. *used (when given) gets the length of the
// date text read, a leading weekday included.
std::optional<Date> ParseLenientDate(std::string_view text, size_t* used = nullptr);

}  // namespace beian

#endif  // BEIAN_CORE_DATE_LENIENT_H_
