#include "core/facts/domains.h"

#include <set>

#include "core/domain.h"
#include "core/facts/model_of.h"

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

const std::vector<Host>& ValidHosts(Ctx& c) {
  return c.Memo<std::vector<Host>>("domains.valid_hosts", [&] { return ValidHosts(c.app()); });
}

size_t DistinctDomains(Ctx& c) {
  return c.Memo<size_t>("domains.distinct", [&] {
    const auto& suffixes = c.pack().List("WL-PUBLIC-SUFFIX-2");
    std::set<std::string> seen;
    for (const auto& h : ValidHosts(c)) seen.insert(RegistrableDomain(h.host, suffixes));
    return seen.size();
  });
}

const std::vector<PersonRef>& PeopleOf(const Ctx& c) {
  return c.Memo<std::vector<PersonRef>>("model.people", [&] { return People(c.app()); });
}

const std::vector<DomainRef>& DomainsOf(const Ctx& c) {
  return c.Memo<std::vector<DomainRef>>("model.domains", [&] { return Domains(c.app()); });
}

const std::vector<NameRef>& WebsiteNamesOf(const Ctx& c) {
  return c.Memo<std::vector<NameRef>>("model.site_names", [&] { return WebsiteNames(c.app()); });
}

}  // namespace beian::facts
