// HST-001 (server IP outside the mainland ranges, instance region), HST-005 (public IPs),
// HST-008 (resolved vs filed IPs): where the servers are, from the addresses the application
// gives (core/facts/hosting.h).
#include <string>
#include <vector>

#include "core/facts/hosting.h"
#include "core/net/ip.h"
#include "core/rules/hst/hst.h"
#include "core/text.h"

namespace beian::rules {

// HST-001: the server must be in the mainland: the stated hosting location, instance region and
// server IPs.
void Hst001(Ctx& c) {
  const json* sites = facts::Websites(c);
  bool any = false;
  for (size_t i = 0; sites && i < sites->size(); ++i) {
    const json& s = (*sites)[i];
    const std::string* location = Str(s, "/hosting/location");
    if (location && facts::IsAbroad(*location)) {
      // Stated outside the mainland: no mainland provider files it (APP-002 says no filing is
      // needed at all). With mainland CDN nodes the CDN's provider may file it: a question.
      any = true;
      bool cdn = !Strings(s, "/hosting/cdn_domestic_ips").empty();
      std::string label = *location;
      if (const json* l = At(c.Param("location_labels"), "/" + *location + "/" + c.locale()))
        if (l->is_string()) label = l->get<std::string>();
      c.Emit(facts::SitePath(i) + "/hosting/location", {{"value", label}},
             Evidence(label, cdn ? "location_cdn" : "location"));
      continue;
    }
    if (location && *location != "mainland") continue;
    if (const std::string* region = Str(s, "/hosting/instance_region")) {
      any = true;
      std::string lower = Lower(*region);
      const json& words = c.Param("overseas_region_words");
      std::string hit;
      if (words.is_array())
        for (const auto& w : words)
          if (w.is_string() && hit.empty() && lower.find(w.get<std::string>()) != std::string::npos)
            hit = w.get<std::string>();
      if (!hit.empty())
        c.Emit(facts::SitePath(i) + "/hosting/instance_region", {{"value", *region}},
               Evidence(*region));
    }
    for (const facts::IpRef& r :
         facts::IpsOf(s, facts::SitePath(i), "server_ips", "/hosting/server_ips")) {
      if (!r.ip || !IsPublicIp(*r.ip)) continue;  // HST-005
      any = true;
      if (InMainlandChina(*r.ip)) continue;
      EmitOptions o = Evidence(r.raw, location ? "ip_not_mainland" : "ip_not_mainland_unstated");
      c.Emit(r.path, {{"value", r.raw}}, o);
    }
  }
  if (!any) c.Skip();
}

// HST-005: every filed address (server and domestic CDN IPs) must be a public IP (no private,
// reserved or malformed ones). A resolved address is no filed data: a non-public one (a parking
// record such as 127.0.0.1 while DNS is closed for the filing) is only noted.
void Hst005(Ctx& c) {
  std::vector<facts::IpRef> all = facts::AllIps(c);
  if (all.empty()) return c.Skip();
  for (const facts::IpRef& r : all) {
    bool resolved = r.field == "resolved_ips";
    if (!r.ip) {
      if (!resolved) c.Emit(r.path, {{"value", r.raw}}, Evidence(r.raw, "syntax"));
      continue;  // a malformed resolved address says nothing about the filing
    }
    IpKind kind = ClassifyIp(*r.ip);
    if (kind != IpKind::kPublic) {
      c.Emit(
          r.path,
          {{"value", r.raw}, {"kind", c.locale() == "en" ? IpKindName(kind) : IpKindNameZh(kind)}},
          Evidence(r.raw, resolved ? "resolved" : ""));
    }
  }
}

// HST-008: the resolved addresses must be among the filed ones (server or domestic CDN IPs).
void Hst008(Ctx& c) {
  const json* sites = facts::Websites(c);
  bool any = false;
  for (size_t i = 0; sites && i < sites->size(); ++i) {
    const json& s = (*sites)[i];
    std::vector<facts::IpRef> filed = facts::FiledIpsOf(s, i);
    std::vector<facts::IpRef> resolved =
        facts::IpsOf(s, facts::SitePath(i), "resolved_ips", "/resolved_ips");
    std::vector<IpAddress> filed_ips;
    std::string filed_text;
    for (const auto& f : filed) {
      if (!f.ip) continue;
      filed_ips.push_back(*f.ip);
      filed_text += (filed_text.empty() ? "" : ", ") + f.ip->ToString();
    }
    if (filed_ips.empty() || resolved.empty()) continue;
    any = true;
    for (const facts::IpRef& r : resolved) {
      if (!r.ip) continue;  // HST-005
      bool match = false;
      for (const auto& f : filed_ips) match = match || f == *r.ip;
      if (!match) c.Emit(r.path, {{"value", r.raw}, {"filed", filed_text}}, Evidence(r.raw));
    }
  }
  if (!any) c.Skip();
}

}  // namespace beian::rules
