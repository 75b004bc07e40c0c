// The people of a filing as the PPL rules of this folder read them: the principal, the
// responsible persons, an individual filer, resident-ID birth dates and ages, nationality.
// (Legal representative and "same person?" are in core/facts/people.h, shared with ENT and CON.)
#ifndef BEIAN_CORE_RULES_PPL_PEOPLE_H_
#define BEIAN_CORE_RULES_PPL_PEOPLE_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/date.h"
#include "core/ids.h"
#include "core/model.h"
#include "core/rules/rule.h"

namespace beian::rules {

// The filing province for messages: its short name (浙江), in English its pinyin (Zhejiang).
std::string ProvinceLabel(const Ctx& c);

// The responsible persons of the filing (principal and website owners), without the 公安
// security officer.
std::vector<PersonRef> ResponsiblePersons(const json& app);

// subject.principal when it is an object, else nullptr.
const json* PrincipalOf(const json& app);

// The individual filer as a (name, ID) pair: subject.name / certificate_number (the ID only for
// a resident-ID certificate; both compacted / normalised).
std::pair<std::string, std::string> IndividualFiler(const json& app);

// The person's resident-ID number parsed, when the person uses a resident ID (id_type
// resident_id, or unset and the number has the resident-ID format) with a valid birth date.
std::optional<ResidentId> PersonResidentId(const json& person);

// Completed years of age on `today`.
int AgeOn(const Date& birth, const Date& today);

// ISO 3166 alpha-2 of person.nationality (upper case, CHN/中国 → CN), "" when absent.
std::string Nationality(const json& person);

// The person identifies with something other than a mainland resident ID card.
bool NonMainland(const json& person);

}  // namespace beian::rules

#endif  // BEIAN_CORE_RULES_PPL_PEOPLE_H_
