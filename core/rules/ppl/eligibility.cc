// PPL-007 … PPL-012: who is eligible as a responsible person — minimum and retirement ages (from
// the resident-ID number), foreign / HK / Macao / Taiwan people and their documents, temporary
// ID cards.
#include <algorithm>
#include <set>
#include <string>
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

// A foreign national (not a PRC citizen of the mainland, Hong Kong, Macao or Taiwan).
bool Foreigner(const json& person) {
  std::string nat = Nationality(person);
  if (!nat.empty()) return nat != "CN" && nat != "HK" && nat != "MO" && nat != "TW";
  const std::string* type = Str(person, "/id_type");
  return type && (*type == "passport" || *type == "foreign_permanent_resident_id");
}

int Rank(const std::string& variant) {
  if (variant.empty() || variant == "block") return 0;
  if (variant == "sources_differ") return 1;
  return 2;  // proof
}

bool HkMoTw(const json& person) {
  std::string nat = Nationality(person);
  if (nat == "HK" || nat == "MO" || nat == "TW") return true;
  const std::string* t = Str(person, "/id_type");
  return t && t->find("permit") != std::string::npos;
}

}  // namespace

// PPL-007: minimum ages by province, from the birth date in the resident-ID number.
void Ppl007(Ctx& c) {
  std::string code = std::to_string(c.province());
  const json& entries = ParamAt(c.Param("rules"), code);
  if (!entries.is_array()) return c.Skip();
  bool org = facts::IsOrganisation(c.app());
  bool any = false;
  struct Hit {
    std::string key, path;
    Vars vars;
    std::string variant, evidence;
  };
  std::vector<Hit> hits;
  // An individual filer who typed only subject.certificate_number counts as the principal.
  auto people = ResponsiblePersons(c.app());
  json filer;
  bool has_id = false;
  for (const auto& p : people) has_id = has_id || PersonResidentId(*p.node).has_value();
  if (!has_id && IsIndividual(c.app())) {
    auto [name, id] = IndividualFiler(c.app());
    if (!id.empty()) {
      filer = {{"name", NonBlank(c.app(), "/subject/name").value_or(name)}, {"id_number", id}};
      people.push_back({"/subject", "principal", &filer});
    }
  }
  for (const auto& p : people) {
    auto rid = PersonResidentId(*p.node);
    if (!rid) continue;
    any = true;
    int age = AgeOn(*rid->birth, c.today());
    auto is_rep = facts::IsLegalRep(c, *p.node);
    const json* worst = nullptr;
    std::string worst_variant;
    for (const auto& e : entries) {
      if (!e.is_object()) continue;
      std::string types = PStr(e, "types");
      if ((types == "individual" && org) || (types == "organisation" && !org)) continue;
      const json& roles = ParamAt(e, "roles");
      if (roles.is_array()) {
        bool role_ok =
            ParamHas(roles, p.role) || (ParamHas(roles, "legal_rep") && is_rep && *is_rep);
        if (!role_ok) continue;
      }
      if (ParamAt(e, "unless_legal_rep").is_boolean() &&
          ParamAt(e, "unless_legal_rep").get<bool>() && is_rep && *is_rep)
        continue;
      int min = IntValue(ParamAt(e, "min"), 0);
      if (age >= min) continue;
      std::string variant = PStr(e, "variant");
      if (!worst || Rank(variant) < Rank(worst_variant)) {
        worst = &e;
        worst_variant = variant;
      }
    }
    if (!worst) continue;
    std::string min = std::to_string(IntValue(ParamAt(*worst, "min"), 0));
    Vars vars = {{"name", facts::PersonName(*p.node)},
                 {"age", std::to_string(age)},
                 {"min", min},
                 {"birth", std::to_string(rid->birth->year)},
                 {"province", ProvinceLabel(c)}};
    // One finding per person (a principal who is also the website owner): the strictest.
    std::string key = PersonKey(*p.node);
    auto it = std::find_if(hits.begin(), hits.end(), [&](const Hit& h) { return h.key == key; });
    std::string path = p.path == "/subject" ? "/subject/certificate_number" : p.path + "/id_number";
    Hit hit{key, path, vars, worst_variant == "block" ? "" : worst_variant,
            MaskId(facts::PersonId(*p.node))};
    if (it == hits.end()) {
      hits.push_back(hit);
    } else if (Rank(hit.variant) < Rank(it->variant)) {
      hit.path = it->path;
      *it = hit;
    }
  }
  for (const auto& h : hits) c.Emit(h.path, h.vars, Evidence(h.evidence, h.variant));
  if (!any) c.Skip();
}

// PPL-008: 天津 — website owner past retirement age (men 60, women 55), one source only.
void Ppl008(Ctx& c) {
  int male = IntParam(c, "male", 60), female = IntParam(c, "female", 55);
  bool any = false;
  for (const auto& p : facts::PeopleOf(c)) {
    if (p.role != "website") continue;
    auto rid = PersonResidentId(*p.node);
    if (!rid) continue;
    any = true;
    int age = AgeOn(*rid->birth, c.today());
    int limit = rid->sex == 2 ? female : male;
    if (age >= limit)
      c.Emit(p.path + "/id_number",
             {{"name", facts::PersonName(*p.node)},
              {"age", std::to_string(age)},
              {"limit", std::to_string(limit)}},
             Evidence(MaskId(facts::PersonId(*p.node))));
  }
  if (!any) c.Skip();
}

// PPL-009: a foreign / HK / Macao / Taiwan legal representative.
void Ppl009(Ctx& c) {
  if (!facts::IsOrganisation(c.app())) return c.Skip();
  const json* principal = PrincipalOf(c.app());
  std::string rep = facts::LegalRep(c);
  bool rep_latin = false;
  for (char ch : FoldWidth(rep))
    if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) rep_latin = true;
  bool principal_nm = principal && NonMainland(*principal);
  if (!principal && rep.empty()) return c.Skip();
  if (!principal_nm && !rep_latin) return;
  std::string code = std::to_string(c.province());
  std::string who = principal_nm ? facts::PersonName(*principal) : rep;
  Vars vars = {{"name", who}, {"rep", rep}, {"province", ProvinceLabel(c)}};
  if (ParamHas(c.Param("accept_passport"), code)) {
    c.Emit(principal_nm ? "/subject/principal" : "/subject/legal_representative_name", vars,
           Evidence(who, "accepted"));
    return;
  }
  if (principal_nm) {
    c.Emit("/subject/principal", vars, Evidence(who));
  } else if (!facts::DocumentReady(c.app(), "principal_authorization_letter")) {
    c.Emit("/documents/principal_authorization_letter", vars, Evidence(rep, "letter"));
  }
}

// PPL-010: 江西 — the website owner must be a PRC (mainland) citizen.
void Ppl010(Ctx& c) {
  bool any = false;
  for (const auto& p : facts::PeopleOf(c)) {
    if (p.role != "website") continue;
    any = true;
    if (!NonMainland(*p.node)) continue;
    std::string doc = Str(*p.node, "/id_type") ? *Str(*p.node, "/id_type") : "";
    if (!doc.empty()) doc = c.EnumLabel(p.path + "/id_type", doc);
    std::string nat = Nationality(*p.node);
    c.Emit(p.path, {{"name", facts::PersonName(*p.node)}, {"document", doc}, {"nationality", nat}},
           Evidence(nat.empty() ? doc : nat, HkMoTw(*p.node) ? "hk_mo_tw" : ""));
  }
  if (!any) c.Skip();
}

// PPL-011: personal filings by HK/Macao/Taiwan residents (which document) and foreigners (河北).
void Ppl011(Ctx& c) {
  if (!IsIndividual(c.app())) return c.Skip();
  std::string code = std::to_string(c.province());
  bool any = false;
  std::set<std::string> seen;
  for (const auto& p : ResponsiblePersons(c.app())) {
    std::string nat = Nationality(*p.node);
    const std::string* type = Str(*p.node, "/id_type");
    if (nat.empty() && !type) continue;
    std::string type_label = type ? c.EnumLabel(p.path + "/id_type", *type) : "";
    any = true;
    if (!seen.insert(PersonKey(*p.node)).second) continue;
    Vars vars = {
        {"name", facts::PersonName(*p.node)}, {"nationality", nat}, {"document", type_label}};
    if (ParamHas(c.Param("no_foreigner_provinces"), code) && Foreigner(*p.node)) {
      c.Emit(p.path, vars, Evidence(nat.empty() ? type_label : nat, "foreigner"));
      continue;
    }
    const json& accepted = ParamAt(c.Param("accepted_documents"), nat);
    if (accepted.is_array() && type && !ParamHas(accepted, *type)) {
      std::string list;
      for (const auto& a : accepted)
        if (a.is_string())
          list +=
              (list.empty() ? "" : "、") + c.EnumLabel(p.path + "/id_type", a.get<std::string>());
      vars.push_back({"accepted", list});
      c.Emit(p.path + "/id_type", vars, Evidence(type_label, nat == "TW" ? "tw" : ""));
    }
  }
  if (!any) c.Skip();
}

// PPL-012: 内蒙古, 海南 — 临时身份证 not accepted.
void Ppl012(Ctx& c) {
  bool any = false;
  std::set<std::string> seen;
  for (const auto& p : ResponsiblePersons(c.app())) {
    const std::string* type = Str(*p.node, "/id_type");
    if (!type) continue;
    any = true;
    if (*type == "temporary_resident_id" && seen.insert(PersonKey(*p.node)).second)
      c.Emit(p.path + "/id_type", {{"name", facts::PersonName(*p.node)}},
             Evidence(c.EnumLabel(p.path + "/id_type", *type)));
  }
  if (!any) c.Skip();
}

}  // namespace beian::rules
