#include "core/facts/time.h"

namespace beian::facts {

std::optional<Date> DateAt(const json& doc, const std::string& pointer) {
  const std::string* s = Str(doc, pointer);
  return s ? Date::Parse(*s) : std::nullopt;
}

std::vector<Launch> Launches(const json& app) {
  std::vector<Launch> out;
  size_t n = Count(app, "/websites");
  for (size_t i = 0; i < n; ++i) {
    std::string path = "/websites/" + std::to_string(i) + "/launched_on";
    if (auto on = DateAt(app, path)) out.push_back({i, path, *on});
  }
  return out;
}

Date PsbDue(const Date& start) { return start.AddDays(30); }

bool PsbFiled(const json& app) {
  return At(app, "/public_security/filed_on") || At(app, "/public_security/psb_number") ||
         At(app, "/public_security/psb_approved_on");
}

bool HasFiling(const json& app) { return At(app, "/subject") || At(app, "/websites"); }

}  // namespace beian::facts
