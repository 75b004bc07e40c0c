// PPL-002 … PPL-006, PPL-018 … PPL-020: who may be 主体负责人 / 网站负责人 — the legal
// representative or someone with an authorisation letter, the same person for personal filings,
// people already used by other filings, and who does the face check.
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "core/facts/documents.h"
#include "core/facts/model_of.h"
#include "core/facts/people.h"
#include "core/ids.h"
#include "core/model.h"
#include "core/rules/params.h"
#include "core/rules/ppl/people.h"
#include "core/rules/ppl/ppl.h"
#include "core/text.h"

namespace beian::rules {

namespace {

// The subject's principal when the subject is an organisation and the principal is known not to
// be its legal representative; nullptr otherwise (after c.Skip() when that cannot be told).
const json* PrincipalOtherThanRep(Ctx& c) {
  const json* principal = PrincipalOf(c.app());
  std::optional<bool> is_rep;
  if (facts::IsOrganisation(c.app()) && principal) is_rep = facts::IsLegalRep(c, *principal);
  if (!is_rep) {
    c.Skip();
    return nullptr;
  }
  return *is_rep ? nullptr : principal;
}

}  // namespace

// PPL-002: principal is not the legal representative → 主体负责人授权书 (安徽, 江苏, 甘肃;
// 海南 sources conflict).
void Ppl002(Ctx& c) {
  const json* principal = PrincipalOtherThanRep(c);
  if (!principal) return;
  std::string code = std::to_string(c.province());
  std::string variant = PStr(c.Param("variants_by_province"), code);
  Vars vars = {{"name", facts::PersonName(*principal)}, {"rep", facts::LegalRep(c)}};
  bool letter = facts::DocumentReady(c.app(), "principal_authorization_letter");
  if (variant == "remark") {
    std::string remarks = Compact(NonBlank(c.app(), "/subject/remarks").value_or(""));
    std::string word = PStr(c.Param("remark"), "contains");
    bool remark_ok = remarks.find(Compact(facts::PersonName(*principal))) != std::string::npos &&
                     (word.empty() || remarks.find(word) != std::string::npos);
    if (!letter || !remark_ok) c.Emit("/subject/principal/name", vars, Variant("remark"));
  } else if (!variant.empty()) {
    c.Emit("/subject/principal/name", vars, Variant(variant));
  } else if (!letter) {
    c.Emit("/subject/principal/name", vars);
  }
}

// PPL-003: 安徽, 江苏 — a principal who is not the legal rep must also be every site's owner.
void Ppl003(Ctx& c) {
  const json* principal = PrincipalOtherThanRep(c);
  if (!principal) return;
  for (const auto& p : facts::PeopleOf(c)) {
    if (p.role != "website") continue;
    if (facts::DifferentPeople(*p.node, *principal))
      c.Emit(p.path + "/name",
             {{"name", facts::PersonName(*p.node)}, {"principal", facts::PersonName(*principal)}},
             Evidence(facts::PersonName(*p.node)));
  }
}

// PPL-004: a website owner who is not the legal representative needs a 法人授权书.
void Ppl004(Ctx& c) {
  if (!facts::IsOrganisation(c.app())) return c.Skip();
  std::string code = std::to_string(c.province());
  bool applies = ParamHas(c.Param("provinces"), code);
  if (!applies) {
    const WordMatcher& m = c.pack().Matcher("WL-PPL-LETTER-PROVIDERS");
    for (size_t i = 0; i < Count(c.app(), "/websites"); ++i) {
      const std::string* ap =
          Str(c.app(), "/websites/" + std::to_string(i) + "/hosting/access_provider");
      if (ap && !m.Which(*ap).empty()) applies = true;
    }
  }
  if (!applies) return c.Skip();
  std::string tmpl = PStr(c.Param("templates"), code);
  if (tmpl.empty()) tmpl = PStr(c.Param("templates"), "default");
  auto letter = Bool(c.app(), "/documents/site_authorization_letter");
  bool any = false;
  for (const auto& p : facts::PeopleOf(c)) {
    if (p.role != "website") continue;
    auto is_rep = facts::IsLegalRep(c, *p.node);
    if (!is_rep) continue;
    any = true;
    if (*is_rep || (letter && *letter)) continue;
    Vars vars = {
        {"name", facts::PersonName(*p.node)}, {"rep", facts::LegalRep(c)}, {"template", tmpl}};
    c.Emit(p.path + "/name", vars, Evidence(facts::PersonName(*p.node), letter ? "" : "unknown"));
  }
  if (!any) c.Skip();
}

// PPL-005: 网站负责人 of an organisation — the legal rep or an employee who runs the site
// (websites[].responsible_person.employee_of_subject: true → info only; personal filings: PPL-006).
void Ppl005(Ctx& c) {
  std::string type = SubjectType(c.app());
  if (type.empty() || type == "individual") return c.Skip();
  auto letter = Bool(c.app(), "/documents/site_authorization_letter");
  bool any = false;
  for (const auto& p : facts::PeopleOf(c)) {
    if (p.role != "website") continue;
    auto is_rep = facts::IsLegalRep(c, *p.node);
    if (!is_rep) continue;
    any = true;
    if (*is_rep) continue;
    auto employee = Bool(*p.node, "/employee_of_subject");
    const char* variant = employee            ? (*employee ? "employee_stated" : "not_employee")
                          : letter && *letter ? "letter_on_file"
                                              : "employee";
    c.Emit(employee ? p.path + "/employee_of_subject" : p.path + "/name",
           {{"name", facts::PersonName(*p.node)}, {"rep", facts::LegalRep(c)}},
           Evidence(facts::PersonName(*p.node), variant));
  }
  if (!any) c.Skip();
}

// PPL-006: personal filing — filer, principal and every website owner are one person (same
// name and ID number). Without a filer name the principal is the reference.
void Ppl006(Ctx& c) {
  if (!IsIndividual(c.app())) return c.Skip();
  const json* principal = PrincipalOf(c.app());
  // Plain variables, not a structured binding: the lambda below captures them (C++17).
  std::string name, id;
  std::tie(name, id) = IndividualFiler(c.app());
  if (name.empty() && principal) {
    name = Compact(facts::PersonName(*principal));
    id = facts::PersonId(*principal);
    principal = nullptr;  // the reference itself
  }
  if (name.empty()) return c.Skip();
  bool any = false;
  auto compare = [&](const json& person, const std::string& path, const std::string& who) {
    std::string pn = facts::PersonName(person), pid = facts::PersonId(person);
    if (pn.empty()) return;
    any = true;
    if (!facts::DifferentPeople(pn, pid, name, id)) return;
    bool same_name = Compact(pn) == name;
    std::string variant = who + (same_name ? (who.empty() ? "id" : "_id") : "");
    c.Emit(path + (same_name ? "/id_number" : "/name"), {{"name", pn}, {"filer", name}},
           Evidence(same_name ? MaskId(pid) : pn, variant));
  };
  if (principal) compare(*principal, "/subject/principal", "");
  for (const auto& p : facts::PeopleOf(c))
    if (p.role == "website") compare(*p.node, p.path, "website");
  if (!any) c.Skip();
}

// PPL-018: one person as website owner for one subject only (山东, 四川 wording; 江西/天津 →
// PPL-019).
void Ppl018(Ctx& c) {
  std::string code = std::to_string(c.province());
  if (ParamHas(c.Param("defer_provinces"), code)) return c.Skip();
  std::string variant = PStr(c.Param("variants_by_province"), code);
  bool any = false;
  for (const auto& p : facts::PeopleOf(c)) {
    if (p.role != "website") continue;
    auto other = Bool(*p.node, "/serves_other_subjects");
    if (!other) continue;
    any = true;
    if (*other)
      c.Emit(p.path + "/serves_other_subjects", {{"name", facts::PersonName(*p.node)}},
             Evidence(facts::PersonName(*p.node), variant));
  }
  if (!any) c.Skip();
}

// PPL-019: 江西, 天津 — a responsible person's ID or phone already in another filed subject.
void Ppl019(Ctx& c) {
  bool any = false;
  std::set<std::string> seen;
  for (const auto& p : ResponsiblePersons(c.app())) {
    auto person = Bool(*p.node, "/serves_other_subjects");
    auto mobile = Bool(*p.node, "/mobile_used_by_other_subjects");
    if (!person && !mobile) continue;
    any = true;
    if (!seen.insert(PersonKey(*p.node)).second) continue;
    Vars vars = {{"name", facts::PersonName(*p.node)}, {"province", ProvinceLabel(c)}};
    if (person && *person)
      c.Emit(p.path + "/serves_other_subjects", vars, Evidence(facts::PersonName(*p.node)));
    if (mobile && *mobile) {
      std::string m = NonBlank(*p.node, "/mobile").value_or("");
      vars.push_back({"mobile", m});
      c.Emit(p.path + "/mobile_used_by_other_subjects", vars, Evidence(m, "mobile"));
    }
  }
  if (!any) c.Skip();
}

// PPL-020: who does the face / identity verification (the website owner).
void Ppl020(Ctx& c) {
  const json* principal = PrincipalOf(c.app());
  const PersonRef* site = nullptr;
  const auto& people = facts::PeopleOf(c);
  for (const auto& p : people)
    if (p.role == "website" && !facts::PersonName(*p.node).empty()) {
      site = &p;
      break;
    }
  if (!site && !principal) return c.Skip();
  if (facts::DocumentReady(c.app(), "liveness_verified")) return;
  std::string who = site ? facts::PersonName(*site->node) : facts::PersonName(*principal);
  Vars vars = {{"name", who}};
  if (principal && facts::IsOrganisation(c.app()) && NonMainland(*principal) && site) {
    vars.push_back({"principal", facts::PersonName(*principal)});
    c.Emit(site->path, vars, Variant("non_mainland"));
    return;
  }
  if (site) {
    c.Emit(site->path, vars);
  } else {
    c.Emit("/subject/principal", vars, Variant("no_site_owner"));
  }
}

}  // namespace beian::rules
