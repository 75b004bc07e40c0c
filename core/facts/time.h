// Dates of the application shared by the time rules (TIM, PSB-001, SEED-017…024) and the plan
// (core/time/plan.cc): launch dates, the 公安 filing's due date and whether it is done.
#ifndef BEIAN_CORE_FACTS_TIME_H_
#define BEIAN_CORE_FACTS_TIME_H_

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/json.h"

namespace beian::facts {

// The date (YYYY-MM-DD) at `pointer` of `doc`, nullopt when absent or not a date.
std::optional<Date> DateAt(const json& doc, const std::string& pointer);

struct Launch {
  size_t site = 0;   // index in /websites
  std::string path;  // /websites/i/launched_on
  Date on;
};

// The sites that give a launch date, in site order.
std::vector<Launch> Launches(const json& app);

// The 公安 filing is due 30 days after the day that starts the clock (launch, or ICP approval in
// the brief's reading).
Date PsbDue(const Date& start);

// Whether the 公安 filing is done or under way (filed_on, psb_number or psb_approved_on given).
bool PsbFiled(const json& app);

// Whether the application describes a filing at all (a subject or websites): the process, time
// and cost guidance (TIM-001, SEED-021, SEED-022) speaks only then.
bool HasFiling(const json& app);

}  // namespace beian::facts

#endif  // BEIAN_CORE_FACTS_TIME_H_
