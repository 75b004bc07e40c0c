// DOM-018, DOM-019: the domains around the filing — no content served before approval, and the
// registrant kept matching the subject afterwards.
#include <optional>
#include <string>
#include <vector>

#include "core/facts/hosting.h"
#include "core/facts/model_of.h"
#include "core/model.h"
#include "core/net/ip.h"
#include "core/rules/dom/dom.h"
#include "core/text.h"

namespace beian::rules {

// DOM-018: an unfiled domain must not serve content while the filing is under way: it resolves
// to a public address (websites[].resolved_ips; a parking record such as 127.0.0.1 or a private
// address is the closed state), or, with no resolution stated, the site went live
// (launched_on ≤ today: a reminder to close DNS, since the date alone does not say it still
// serves).
void Dom018(Ctx& c) {
  if (NonBlank(c.app(), "/public_security/icp_number")) return;  // already filed
  const json* sites = facts::Websites(c);
  bool any = false;
  for (size_t i = 0; sites && i < sites->size(); ++i) {
    const json& site = (*sites)[i];
    std::string base = facts::SitePath(i);
    if (!Count(site, "/domains")) continue;
    if (NonBlank(site, "/filed_via")) continue;  // existing filing (new access)
    std::vector<facts::IpRef> ips = facts::IpsOf(site, base, "resolved_ips", "/resolved_ips");
    auto launched = NonBlank(site, "/launched_on");
    std::optional<Date> day = launched ? Date::Parse(*launched) : std::nullopt;
    if (ips.empty() && !day) continue;
    any = true;
    const facts::IpRef* live = nullptr;
    for (const facts::IpRef& r : ips)
      if (!live && r.ip && IsPublicIp(*r.ip)) live = &r;
    if (live) {
      c.Emit(base + "/resolved_ips", {{"value", live->raw}}, Evidence(live->raw));
    } else if (ips.empty() && day && !(c.today() < *day)) {
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
  for (const auto& d : facts::DomainsOf(c)) {
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
