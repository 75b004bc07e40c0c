#include "core/facts/people.h"

#include "core/facts/license.h"
#include "core/ids.h"
#include "core/model.h"
#include "core/text.h"

namespace beian::facts {

std::string LegalRep(Ctx& c) {
  if (auto n = NonBlank(c.app(), "/subject/legal_representative_name")) return *n;
  return LicenseOf(c).legal_representative.value;
}

bool IsOrganisation(const json& app) {
  std::string t = SubjectType(app);
  return !t.empty() && t != "individual";
}

std::string PersonName(const json& person) {
  const std::string* n = Str(person, "/name");
  return n ? Trim(*n) : "";
}

std::string PersonId(const json& person) {
  auto id = NonBlank(person, "/id_number");
  return id ? NormalizeCode(*id) : "";
}

bool DifferentPeople(const std::string& name_a, const std::string& id_a, const std::string& name_b,
                     const std::string& id_b) {
  if (name_a.empty() || name_b.empty()) return false;
  if (Compact(name_a) != Compact(name_b)) return true;
  return !id_a.empty() && !id_b.empty() && id_a != id_b;
}

bool DifferentPeople(const json& a, const json& b) {
  return DifferentPeople(PersonName(a), PersonId(a), PersonName(b), PersonId(b));
}

std::optional<bool> IsLegalRep(Ctx& c, const json& person) {
  std::string rep = LegalRep(c);
  std::string name = Compact(PersonName(person));
  if (rep.empty() || name.empty()) return std::nullopt;
  return Compact(rep) == name;
}

}  // namespace beian::facts
