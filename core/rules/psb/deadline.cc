// PSB-001: the 公安 (public-security) filing is due within 30 days of the site's launch (launch
// dates and the due date: core/facts/time.h).
#include <string>
#include <vector>

#include "core/facts/time.h"
#include "core/rules/psb/psb.h"

namespace beian::rules {

// PSB-001: 公安 filing within 30 days of launch
void Psb001(Ctx& c) {
  std::vector<facts::Launch> launches = facts::Launches(c.app());
  if (launches.empty()) return c.Skip();
  for (const facts::Launch& l : launches) {
    Date due = facts::PsbDue(l.on);
    std::string launched = l.on.ToString();
    Vars vars = {{"launched", launched}, {"due", due.ToString()}};
    if (auto filed = facts::DateAt(c.app(), "/public_security/filed_on")) {
      if (*filed > due) {
        vars.push_back({"filed", filed->ToString()});
        c.Emit(l.path, vars, Evidence(filed->ToString(), "late"));
      }
      continue;
    }
    if (facts::PsbFiled(c.app())) continue;
    if (c.today() > due) {
      vars.push_back({"days", std::to_string(c.today().Days() - due.Days())});
      c.Emit(l.path, vars, Evidence(launched));
    } else if (l.on > c.today()) {
      c.Emit(l.path, vars, Evidence(launched, "planned"));
    } else {
      vars.push_back({"days", std::to_string(due.Days() - c.today().Days())});
      c.Emit(l.path, vars, Evidence(launched, "upcoming"));
    }
  }
}

}  // namespace beian::rules
