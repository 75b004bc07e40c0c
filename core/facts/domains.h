// The domains of the application as the domain rules (DOM) and SEED-014 count them: the
// syntactically valid hosts and the distinct registrable domains of this order.
#ifndef BEIAN_CORE_FACTS_DOMAINS_H_
#define BEIAN_CORE_FACTS_DOMAINS_H_

#include <string>
#include <vector>

#include "core/engine/context.h"
#include "core/json.h"
#include "core/model.h"

namespace beian::facts {

struct Host {
  DomainRef ref;
  std::string host;  // lower-case, no scheme/path
  std::string tld;
};

// Syntactically valid domains (DOM-001 reports the others), worked out once per check for the
// rules that read them (DOM-003, -013, -016, -017, and the count below).
std::vector<Host> ValidHosts(const json& app);
const std::vector<Host>& ValidHosts(Ctx& c);

// Distinct registrable domains of the application (the domains of this order; DOM-015,
// SEED-014), counted once per check.
size_t DistinctDomains(Ctx& c);

}  // namespace beian::facts

#endif  // BEIAN_CORE_FACTS_DOMAINS_H_
