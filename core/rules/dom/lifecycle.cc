// DOM-018, DOM-019: the domains around the filing — no content served before approval, and the
// registrant kept matching the subject afterwards.
#include <optional>
#include <string>

#include "core/model.h"
#include "core/rules/dom/dom.h"
#include "core/text.h"

namespace beian::rules {

// DOM-018: an unfiled domain must not serve content while the filing is under way: it already
// resolves (websites[].resolved_ips) or the site went live (launched_on ≤ today).
void Dom018(Ctx& c) {
  if (NonBlank(c.app(), "/public_security/icp_number")) return;  // already filed
  size_t n = Count(c.app(), "/websites");
  bool any = false;
  for (size_t i = 0; i < n; ++i) {
    std::string base = "/websites/" + std::to_string(i);
    if (!Count(c.app(), base + "/domains")) continue;
    if (NonBlank(c.app(), base + "/filed_via")) continue;  // existing filing (new access)
    auto ips = Strings(c.app(), base + "/resolved_ips");
    auto launched = NonBlank(c.app(), base + "/launched_on");
    std::optional<Date> day = launched ? Date::Parse(*launched) : std::nullopt;
    if (ips.empty() && !day) continue;
    any = true;
    if (!ips.empty()) {
      c.Emit(base + "/resolved_ips", {{"value", ips.front()}}, Evidence(ips.front()));
    } else if (day && !(c.today() < *day)) {
      c.Emit(base + "/launched_on", {{"value", *launched}}, Evidence(*launched, "launched"));
    }
  }
  if (!any) c.Skip();
}

// DOM-019: after filing, the registrant must keep matching the subject; a 过户 needs a change
// filing.
void Dom019(Ctx& c) {
  auto subject = NonBlank(c.app(), "/subject/name");
  if (!subject || !NonBlank(c.app(), "/public_security/icp_number")) return c.Skip();
  bool any = false;
  for (const auto& d : Domains(c.app())) {
    if (!d.node || !d.node->is_object()) continue;
    auto registrant = NonBlank(*d.node, "/registrant");
    if (!registrant) continue;
    any = true;
    if (Compact(*registrant) == Compact(*subject)) continue;
    c.Emit(d.path + "/registrant",
           {{"value", d.name}, {"registrant", *registrant}, {"subject", *subject}},
           Evidence(*registrant));
  }
  if (!any) c.Skip();
}

}  // namespace beian::rules
