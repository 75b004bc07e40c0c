// DOM-001, DOM-002: the domains typed into the website entries — syntax, and a registrable
// domain rather than a URL, a subdomain or a platform's domain.
#include <algorithm>
#include <string>

#include "core/domain.h"
#include "core/facts/model_of.h"
#include "core/model.h"
#include "core/rules/dom/dom.h"

namespace beian::rules {

// DOM-001: Domain syntax.
void Dom001(Ctx& c) {
  const auto& domains = facts::DomainsOf(c);
  if (domains.empty()) return c.Skip();
  for (const auto& d : domains) {
    DomainInput in = ParseDomainInput(d.name);
    std::string why, label;
    if (!DomainSyntaxOk(in.host, &why, &label))
      c.Emit(d.name_path, {{"value", d.name}, {"label", label}}, Evidence(d.name, why));
  }
}

// DOM-002: Registrable domain only.
void Dom002(Ctx& c) {
  const auto& domains = facts::DomainsOf(c);
  if (domains.empty()) return c.Skip();
  const auto& suffixes = c.pack().List("WL-PUBLIC-SUFFIX-2");
  const auto& platforms = c.pack().List("WL-PLATFORM-DOMAINS");
  for (const auto& d : domains) {
    DomainInput in = ParseDomainInput(d.name);
    if (!DomainSyntaxOk(in.host, nullptr, nullptr)) continue;  // DOM-001
    std::string reg = RegistrableDomain(in.host, suffixes);
    Vars vars = {{"value", d.name}, {"registrable", reg}};
    bool platform = std::find(platforms.begin(), platforms.end(), reg) != platforms.end();
    if (platform) {
      c.Emit(d.name_path, vars, Evidence(d.name, "platform"));
    } else if (in.had_scheme || in.had_path || in.had_port) {
      c.Emit(d.name_path, vars, Evidence(d.name, "url"));
    } else if (reg != in.host) {
      c.Emit(d.name_path, vars,
             Evidence(d.name, in.host.rfind("www.", 0) == 0 && in.host.substr(4) == reg
                                  ? "www"
                                  : "subdomain"));
    }
  }
}

}  // namespace beian::rules
