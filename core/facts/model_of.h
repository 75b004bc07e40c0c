// The application's people, domains and website names (core/model.h) as the rules of one check
// read them: built on the first ask and kept in the check's memo. A check's rules asked for the
// people 13 times, the website names 19 times and the domains 9 times, each time building the
// same vectors of strings again (~4 % of a batch).
#ifndef BEIAN_CORE_FACTS_MODEL_OF_H_
#define BEIAN_CORE_FACTS_MODEL_OF_H_

#include <vector>

#include "core/engine/context.h"
#include "core/model.h"

namespace beian::facts {

const std::vector<PersonRef>& PeopleOf(const Ctx& c);
const std::vector<DomainRef>& DomainsOf(const Ctx& c);
const std::vector<NameRef>& WebsiteNamesOf(const Ctx& c);

}  // namespace beian::facts

// (defined in core/facts/domains.cc: a file of its own would move files between unity batches)

#endif  // BEIAN_CORE_FACTS_MODEL_OF_H_
