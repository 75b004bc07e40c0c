// The people of a filing as several rule prefixes (PPL, ENT, CON) compare them: the legal
// representative (form or business licence), whether the subject is an organisation, and
// "same person?" by name and ID number.
#ifndef BEIAN_CORE_FACTS_PEOPLE_H_
#define BEIAN_CORE_FACTS_PEOPLE_H_

#include <optional>
#include <string>

#include "core/engine/context.h"
#include "core/json.h"

namespace beian::facts {

// Name of the legal representative: subject.legal_representative_name, else the one printed on
// the business licence ("" when neither is known).
std::string LegalRep(Ctx& c);

// A subject that is an organisation (anything but a private person); false when type unknown.
bool IsOrganisation(const json& app);

// The person's name as typed (trimmed), for messages.
std::string PersonName(const json& person);

// The person's ID number normalised (NormalizeCode), "" when absent.
std::string PersonId(const json& person);

// Different people: different names, or the same name with two different ID numbers.
// Unknown (a name missing) counts as not different.
bool DifferentPeople(const std::string& name_a, const std::string& id_a, const std::string& name_b,
                     const std::string& id_b);
// The same for two person objects (name and id_number).
bool DifferentPeople(const json& a, const json& b);

// The person is the legal representative (by name). nullopt when either name is unknown.
std::optional<bool> IsLegalRep(Ctx& c, const json& person);

}  // namespace beian::facts

#endif  // BEIAN_CORE_FACTS_PEOPLE_H_
