#include "core/facts/domains.h"

#include <set>

#include "core/domain.h"

namespace beian::facts {

std::vector<Host> ValidHosts(const json& app) {
  std::vector<Host> out;
  for (auto& d : Domains(app)) {
    DomainInput in = ParseDomainInput(d.name);
    if (!DomainSyntaxOk(in.host, nullptr, nullptr)) continue;
    std::string tld = TopLevel(in.host);
    out.push_back({d, in.host, tld});
  }
  return out;
}

size_t DistinctDomains(const Ctx& c) {
  const auto& suffixes = c.pack().List("WL-PUBLIC-SUFFIX-2");
  std::set<std::string> seen;
  for (const auto& h : ValidHosts(c.app())) seen.insert(RegistrableDomain(h.host, suffixes));
  return seen.size();
}

}  // namespace beian::facts
