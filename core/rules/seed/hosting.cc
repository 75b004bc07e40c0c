// SEED-010 (overseas hosting), SEED-015 (CDN/proxy IPs): the brief's hosting rows, from the
// hosting facts (core/facts/hosting.h).
#include "core/facts/hosting.h"

#include <string>

#include "core/net/ip.h"
#include "core/rules/seed/seed.h"

namespace beian::rules {

// SEED-010: overseas hosting needs a cross-border compliance statement.
void Seed010(Ctx& c) {
  const json* sites = facts::Websites(c);
  bool any = false;
  auto statement = Bool(c.app(), "/documents/cross_border_compliance_statement");
  for (size_t i = 0; sites && i < sites->size(); ++i) {
    const std::string* location = Str((*sites)[i], "/hosting/location");
    if (!location) continue;
    any = true;
    if (!facts::IsAbroad(*location) || statement.value_or(false)) continue;
    std::string path = facts::SitePath(i) + "/hosting/location";
    std::string where = c.EnumLabel(path, *location);
    c.Emit(path, {{"value", where}}, Evidence(where));
  }
  if (!any) c.Skip();
}

// SEED-015: a server or resolved IP that belongs to a CDN or proxy (Cloudflare).
void Seed015(Ctx& c) {
  bool any = false;
  for (const facts::IpRef& r : facts::AllIps(c)) {
    if (!r.ip) continue;
    any = true;
    if (!InCloudflare(*r.ip)) continue;
    c.Emit(r.path, {{"value", r.raw}, {"provider", "Cloudflare"}},
           Evidence(r.raw, r.field == "resolved_ips" ? "resolved" : ""));
  }
  if (!any) c.Skip();
}

}  // namespace beian::rules
