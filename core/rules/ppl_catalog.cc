// PPL-002 … PPL-013, PPL-016, PPL-018 … PPL-020: who may be 主体负责人 / 网站负责人 (legal
// representative, authorisation letters, same person for personal filings), ages, nationality and
// documents, ID validity and the uploaded ID card text, people already used by other filings, and
// who does the face check.
#include <re2/re2.h>

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/rules/rule.h"
#include "core/ids.h"
#include "core/model.h"
#include "core/province.h"
#include "core/rules/ppl_catalog_util.h"
#include "core/text.h"

namespace beian {
namespace {

using catb::ParamAt;
using catb::ParamHas;

std::string ProvName(const Ctx& c) {
  const ProvinceInfo* p = ProvinceByCode(c.province());
  if (!p) return "";
  if (c.locale() != "en") return p->short_name;
  std::string s = p->pinyin;
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

// The responsible persons of the filing (principal and website owners), without the 公安
// security officer.
std::vector<PersonRef> Responsible(const json& app) {
  std::vector<PersonRef> out;
  for (auto& p : People(app))
    if (p.role != "security_officer") out.push_back(p);
  return out;
}

const json* Principal(const json& app) {
  const json* p = At(app, "/subject/principal");
  return p && p->is_object() ? p : nullptr;
}

bool DocTrue(const json& app, const std::string& key) {
  auto b = Bool(app, "/documents/" + key);
  return b && *b;
}

// PPL-002: principal is not the legal representative → 主体负责人授权书 (安徽, 江苏, 甘肃;
// 海南 sources conflict).
}  // namespace
namespace rules {

void Ppl002(Ctx& c) {
  const json* principal = Principal(c.app());
  if (!catb::IsOrganisation(c.app()) || !principal) return c.Skip();
  auto is_rep = catb::IsLegalRep(c, *principal);
  if (!is_rep) return c.Skip();
  if (*is_rep) return;
  std::string code = std::to_string(c.province());
  std::string variant = catb::ParamString(c.Param("variants_by_province"), code);
  Vars vars = {{"name", catb::PersonName(*principal)}, {"rep", catb::LegalRep(c)}};
  bool letter = DocTrue(c.app(), "principal_authorization_letter");
  if (variant == "remark") {
    std::string remarks = Compact(NonBlank(c.app(), "/subject/remarks").value_or(""));
    std::string word = catb::ParamString(c.Param("remark"), "contains");
    bool remark_ok = remarks.find(Compact(catb::PersonName(*principal))) != std::string::npos &&
                     (word.empty() || remarks.find(word) != std::string::npos);
    if (!letter || !remark_ok) c.Emit("/subject/principal/name", vars, Variant("remark"));
  } else if (!variant.empty()) {
    c.Emit("/subject/principal/name", vars, Variant(variant));
  } else if (!letter) {
    c.Emit("/subject/principal/name", vars);
  }
}

}  // namespace rules
namespace {

// PPL-003: 安徽, 江苏 — a principal who is not the legal rep must also be every site's owner.
}  // namespace
namespace rules {

void Ppl003(Ctx& c) {
  const json* principal = Principal(c.app());
  if (!catb::IsOrganisation(c.app()) || !principal) return c.Skip();
  auto is_rep = catb::IsLegalRep(c, *principal);
  if (!is_rep) return c.Skip();
  if (*is_rep) return;
  for (const auto& p : People(c.app())) {
    if (p.role != "website") continue;
    if (catb::DifferentPeople(*p.node, *principal))
      c.Emit(p.path + "/name",
             {{"name", catb::PersonName(*p.node)}, {"principal", catb::PersonName(*principal)}},
             Evidence(catb::PersonName(*p.node)));
  }
}

}  // namespace rules
namespace {

// PPL-004: a website owner who is not the legal representative needs a 法人授权书.
}  // namespace
namespace rules {

void Ppl004(Ctx& c) {
  if (!catb::IsOrganisation(c.app())) return c.Skip();
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
  std::string tmpl = catb::ParamString(c.Param("templates"), code);
  if (tmpl.empty()) tmpl = catb::ParamString(c.Param("templates"), "default");
  auto letter = Bool(c.app(), "/documents/site_authorization_letter");
  bool any = false;
  for (const auto& p : People(c.app())) {
    if (p.role != "website") continue;
    auto is_rep = catb::IsLegalRep(c, *p.node);
    if (!is_rep) continue;
    any = true;
    if (*is_rep || (letter && *letter)) continue;
    Vars vars = {
        {"name", catb::PersonName(*p.node)}, {"rep", catb::LegalRep(c)}, {"template", tmpl}};
    c.Emit(p.path + "/name", vars, Evidence(catb::PersonName(*p.node), letter ? "" : "unknown"));
  }
  if (!any) c.Skip();
}

}  // namespace rules
namespace {

// The individual filer as a (name, ID) pair: subject.name / certificate_number.
std::pair<std::string, std::string> Filer(const json& app) {
  std::string name = Compact(NonBlank(app, "/subject/name").value_or(""));
  std::string id;
  const std::string* cert_type = Str(app, "/subject/certificate_type");
  if (!cert_type || *cert_type == "resident_id")
    id = NormalizeCode(NonBlank(app, "/subject/certificate_number").value_or(""));
  return {name, id};
}

// PPL-005: 网站负责人 — personal filing: the filer; enterprise: the legal rep or an employee.
}  // namespace
namespace rules {

void Ppl005(Ctx& c) {
  std::string type = SubjectType(c.app());
  if (type.empty()) return c.Skip();
  bool any = false;
  if (type == "individual") {
    auto [name, id] = Filer(c.app());
    if (name.empty()) {
      if (const json* pr = Principal(c.app())) {
        name = catb::PersonName(*pr);
        id = catb::PersonId(*pr);
      }
    }
    for (const auto& p : People(c.app())) {
      if (p.role != "website") continue;
      std::string pn = catb::PersonName(*p.node), pid = catb::PersonId(*p.node);
      if (pn.empty() || name.empty()) continue;
      any = true;
      if (catb::DifferentPeople(pn, pid, name, id))
        c.Emit(p.path + "/name", {{"name", pn}, {"filer", name}}, Evidence(pn));
    }
  } else {
    for (const auto& p : People(c.app())) {
      if (p.role != "website") continue;
      auto is_rep = catb::IsLegalRep(c, *p.node);
      if (!is_rep) continue;
      any = true;
      if (!*is_rep)
        c.Emit(p.path + "/name", {{"name", catb::PersonName(*p.node)}, {"rep", catb::LegalRep(c)}},
               Evidence(catb::PersonName(*p.node), "employee"));
    }
  }
  if (!any) c.Skip();
}

}  // namespace rules
namespace {

// PPL-006: personal filing — the principal is the filer (same name and ID number).
}  // namespace
namespace rules {

void Ppl006(Ctx& c) {
  if (!IsIndividual(c.app())) return c.Skip();
  const json* principal = Principal(c.app());
  auto [name, id] = Filer(c.app());
  if (!principal || name.empty() || catb::PersonName(*principal).empty()) return c.Skip();
  std::string pn = catb::PersonName(*principal), pid = catb::PersonId(*principal);
  if (!catb::DifferentPeople(pn, pid, name, id)) return;
  bool same_name = Compact(pn) == name;
  c.Emit(same_name ? "/subject/principal/id_number" : "/subject/principal/name",
         {{"name", pn}, {"filer", name}},
         Evidence(same_name ? MaskId(pid) : pn, same_name ? "id" : ""));
}

}  // namespace rules
namespace {

int Rank(const std::string& variant) {
  if (variant.empty() || variant == "block") return 0;
  if (variant == "sources_differ") return 1;
  return 2;  // proof
}

// PPL-007: minimum ages by province, from the birth date in the resident-ID number.
}  // namespace
namespace rules {

void Ppl007(Ctx& c) {
  std::string code = std::to_string(c.province());
  const json& entries = ParamAt(c.Param("rules"), code);
  if (!entries.is_array()) return c.Skip();
  bool org = catb::IsOrganisation(c.app());
  bool any = false;
  struct Hit {
    std::string key, path;
    Vars vars;
    std::string variant, evidence;
  };
  std::vector<Hit> hits;
  // An individual filer who typed only subject.certificate_number counts as the principal.
  auto people = Responsible(c.app());
  json filer;
  bool has_id = false;
  for (const auto& p : people) has_id = has_id || catb::PersonResidentId(*p.node).has_value();
  if (!has_id && IsIndividual(c.app())) {
    auto [name, id] = Filer(c.app());
    if (!id.empty()) {
      filer = {{"name", NonBlank(c.app(), "/subject/name").value_or(name)}, {"id_number", id}};
      people.push_back({"/subject", "principal", &filer});
    }
  }
  for (const auto& p : people) {
    auto rid = catb::PersonResidentId(*p.node);
    if (!rid) continue;
    any = true;
    int age = catb::AgeOn(*rid->birth, c.today());
    auto is_rep = catb::IsLegalRep(c, *p.node);
    const json* worst = nullptr;
    std::string worst_variant;
    for (const auto& e : entries) {
      if (!e.is_object()) continue;
      std::string types = catb::ParamString(e, "types");
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
      int min = catb::ParamInt(ParamAt(e, "min"), 0);
      if (age >= min) continue;
      std::string variant = catb::ParamString(e, "variant");
      if (!worst || Rank(variant) < Rank(worst_variant)) {
        worst = &e;
        worst_variant = variant;
      }
    }
    if (!worst) continue;
    std::string min = std::to_string(catb::ParamInt(ParamAt(*worst, "min"), 0));
    Vars vars = {{"name", catb::PersonName(*p.node)},
                 {"age", std::to_string(age)},
                 {"min", min},
                 {"birth", std::to_string(rid->birth->year)},
                 {"province", ProvName(c)}};
    // One finding per person (a principal who is also the website owner): the strictest.
    std::string key = PersonKey(*p.node);
    auto it = std::find_if(hits.begin(), hits.end(), [&](const Hit& h) { return h.key == key; });
    std::string path = p.path == "/subject" ? "/subject/certificate_number" : p.path + "/id_number";
    Hit hit{key, path, vars, worst_variant == "block" ? "" : worst_variant,
            MaskId(catb::PersonId(*p.node))};
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

}  // namespace rules
namespace {

// PPL-008: 天津 — website owner past retirement age (men 60, women 55), one source only.
}  // namespace
namespace rules {

void Ppl008(Ctx& c) {
  int male = catb::ParamInt(c.Param("male"), 60), female = catb::ParamInt(c.Param("female"), 55);
  bool any = false;
  for (const auto& p : People(c.app())) {
    if (p.role != "website") continue;
    auto rid = catb::PersonResidentId(*p.node);
    if (!rid) continue;
    any = true;
    int age = catb::AgeOn(*rid->birth, c.today());
    int limit = rid->sex == 2 ? female : male;
    if (age >= limit)
      c.Emit(p.path + "/id_number",
             {{"name", catb::PersonName(*p.node)},
              {"age", std::to_string(age)},
              {"limit", std::to_string(limit)}},
             Evidence(MaskId(catb::PersonId(*p.node))));
  }
  if (!any) c.Skip();
}

}  // namespace rules
namespace {

// PPL-009: a foreign / HK / Macao / Taiwan legal representative.
}  // namespace
namespace rules {

void Ppl009(Ctx& c) {
  if (!catb::IsOrganisation(c.app())) return c.Skip();
  const json* principal = Principal(c.app());
  std::string rep = catb::LegalRep(c);
  bool rep_latin = false;
  for (char ch : FoldWidth(rep))
    if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) rep_latin = true;
  bool principal_nm = principal && catb::NonMainland(*principal);
  if (!principal && rep.empty()) return c.Skip();
  if (!principal_nm && !rep_latin) return;
  std::string code = std::to_string(c.province());
  std::string who = principal_nm ? catb::PersonName(*principal) : rep;
  Vars vars = {{"name", who}, {"rep", rep}, {"province", ProvName(c)}};
  if (ParamHas(c.Param("accept_passport"), code)) {
    c.Emit(principal_nm ? "/subject/principal" : "/subject/legal_representative_name", vars,
           Evidence(who, "accepted"));
    return;
  }
  if (principal_nm) {
    c.Emit("/subject/principal", vars, Evidence(who));
  } else if (!DocTrue(c.app(), "principal_authorization_letter")) {
    c.Emit("/documents/principal_authorization_letter", vars, Evidence(rep, "letter"));
  }
}

}  // namespace rules
namespace {

bool HkMoTw(const json& person) {
  std::string nat = catb::Nationality(person);
  if (nat == "HK" || nat == "MO" || nat == "TW") return true;
  const std::string* t = Str(person, "/id_type");
  return t && t->find("permit") != std::string::npos;
}

// PPL-010: 江西 — the website owner must be a PRC (mainland) citizen.
}  // namespace
namespace rules {

void Ppl010(Ctx& c) {
  bool any = false;
  for (const auto& p : People(c.app())) {
    if (p.role != "website") continue;
    any = true;
    if (!catb::NonMainland(*p.node)) continue;
    std::string doc = Str(*p.node, "/id_type") ? *Str(*p.node, "/id_type") : "";
    std::string nat = catb::Nationality(*p.node);
    c.Emit(p.path, {{"name", catb::PersonName(*p.node)}, {"document", doc}, {"nationality", nat}},
           Evidence(nat.empty() ? doc : nat, HkMoTw(*p.node) ? "hk_mo_tw" : ""));
  }
  if (!any) c.Skip();
}

}  // namespace rules
namespace {

// PPL-011: personal filings by HK/Macao/Taiwan residents (which document) and foreigners (河北).
}  // namespace
namespace rules {

void Ppl011(Ctx& c) {
  if (!IsIndividual(c.app())) return c.Skip();
  std::string code = std::to_string(c.province());
  bool any = false;
  std::set<std::string> seen;
  for (const auto& p : Responsible(c.app())) {
    std::string nat = catb::Nationality(*p.node);
    const std::string* type = Str(*p.node, "/id_type");
    if (nat.empty() && !type) continue;
    any = true;
    if (!seen.insert(PersonKey(*p.node)).second) continue;
    Vars vars = {
        {"name", catb::PersonName(*p.node)}, {"nationality", nat}, {"document", type ? *type : ""}};
    if (ParamHas(c.Param("no_foreigner_provinces"), code) && catb::Foreigner(*p.node)) {
      c.Emit(p.path, vars, Evidence(nat.empty() ? (type ? *type : "") : nat, "foreigner"));
      continue;
    }
    const json& accepted = ParamAt(c.Param("accepted_documents"), nat);
    if (accepted.is_array() && type && !ParamHas(accepted, *type)) {
      std::string list;
      for (const auto& a : accepted)
        if (a.is_string()) list += (list.empty() ? "" : ", ") + a.get<std::string>();
      vars.push_back({"accepted", list});
      c.Emit(p.path + "/id_type", vars, Evidence(*type, nat == "TW" ? "tw" : ""));
    }
  }
  if (!any) c.Skip();
}

}  // namespace rules
namespace {

// PPL-012: 内蒙古, 海南 — 临时身份证 not accepted.
}  // namespace
namespace rules {

void Ppl012(Ctx& c) {
  bool any = false;
  std::set<std::string> seen;
  for (const auto& p : Responsible(c.app())) {
    const std::string* type = Str(*p.node, "/id_type");
    if (!type) continue;
    any = true;
    if (*type == "temporary_resident_id" && seen.insert(PersonKey(*p.node)).second)
      c.Emit(p.path + "/id_type", {{"name", catb::PersonName(*p.node)}}, Evidence(*type));
  }
  if (!any) c.Skip();
}

}  // namespace rules
namespace {

// Parses an ID card's 有效期限 end: YYYY-MM-DD (also . / 年月日 separators). nullopt otherwise.
std::optional<Date> ParseExpiry(const std::string& raw) {
  std::string s = Compact(raw);
  std::string digits;
  std::vector<std::string> parts;
  std::string cur;
  for (size_t i = 0; i < s.size(); ++i) {
    char ch = s[i];
    if (ch >= '0' && ch <= '9') {
      cur += ch;
    } else {
      if (!cur.empty()) parts.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) parts.push_back(cur);
  if (parts.size() == 1 && parts[0].size() == 8) {
    parts = {parts[0].substr(0, 4), parts[0].substr(4, 2), parts[0].substr(6, 2)};
  }
  if (parts.size() != 3 || parts[0].size() != 4 || parts[1].size() > 2 || parts[2].size() > 2 ||
      parts[1].empty() || parts[2].empty())
    return std::nullopt;
  std::string iso = parts[0] + "-" + (parts[1].size() == 1 ? "0" : "") + parts[1] + "-" +
                    (parts[2].size() == 1 ? "0" : "") + parts[2];
  return Date::Parse(iso);
}

// PPL-013: ID cards must stay valid for more than 90 days after today.
}  // namespace
namespace rules {

void Ppl013(Ctx& c) {
  int min_days = catb::ParamInt(c.Param("min_days"), 90);
  int long_term_age = catb::ParamInt(c.Param("long_term_min_age"), 46);
  bool any = false;
  std::set<std::string> seen;  // the same person in two roles is reported once
  for (const auto& p : Responsible(c.app())) {
    auto raw = NonBlank(*p.node, "/id_valid_until");
    if (!raw) continue;
    any = true;
    if (!seen.insert(PersonKey(*p.node) + "|" + Compact(*raw)).second) continue;
    std::string path = p.path + "/id_valid_until";
    Vars vars = {
        {"name", catb::PersonName(*p.node)}, {"value", *raw}, {"min", std::to_string(min_days)}};
    std::string low = Lower(Compact(*raw));
    if (ParamHas(c.Param("long_term_words"), low)) {
      auto rid = catb::PersonResidentId(*p.node);
      if (rid) {
        int age = catb::AgeOn(*rid->birth, c.today());
        if (age < long_term_age) {
          vars.push_back({"age", std::to_string(age)});
          vars.push_back({"long_term_age", std::to_string(long_term_age)});
          c.Emit(path, vars, Evidence(*raw, "long_term_young"));
        }
      }
      continue;
    }
    auto until = ParseExpiry(*raw);
    if (!until) {
      c.Emit(path, vars, Evidence(*raw, "unreadable"));
      continue;
    }
    long days = until->Days() - c.today().Days();
    vars.push_back({"days", std::to_string(days)});
    vars.push_back({"date", until->ToString()});
    vars.push_back({"deadline", c.today().AddDays(min_days + 1).ToString()});
    if (days < 0) {
      vars[vars.size() - 3].second = std::to_string(-days);
      c.Emit(path, vars, Evidence(until->ToString(), "expired"));
    } else if (days <= min_days) {
      c.Emit(path, vars, Evidence(until->ToString()));
    }
  }
  if (!any) c.Skip();
}

}  // namespace rules
namespace {

struct IdCardText {
  std::string name;    // 姓名 as printed
  std::string number;  // 公民身份号码, normalised
};

// Reads 姓名 and 公民身份号码 from the text of an ID card's portrait side (typed or OCR).
IdCardText ReadIdCard(const std::string& raw) {
  IdCardText out;
  std::string t = Compact(raw);
  size_t at = t.find("姓名");
  if (at != std::string::npos) {
    std::string rest = t.substr(at + std::string("姓名").size());
    if (!rest.empty() && rest[0] == ':') rest = rest.substr(1);
    size_t stop = rest.find("性别");
    if (stop != std::string::npos) rest = rest.substr(0, stop);
    for (const auto& cp : CodePoints(rest)) {
      if (!IsCjk(cp) && cp != "\xC2\xB7") break;
      out.name += cp;
    }
  }
  static const RE2 number("([1-9][0-9]{16}[0-9Xx])");
  size_t label = t.find("身份号码");
  re2::StringPiece in(t);
  if (label != std::string::npos) in.remove_prefix(label);
  std::string found;
  if (RE2::FindAndConsume(&in, number, &found)) out.number = NormalizeCode(found);
  return out;
}

// PPL-016: name and number in the form must equal the uploaded ID card.
}  // namespace
namespace rules {

void Ppl016(Ctx& c) {
  size_t n = Count(c.app(), "/attachments/id_card_texts");
  bool any = false;
  for (size_t i = 0; i < n; ++i) {
    std::string base = "/attachments/id_card_texts/" + std::to_string(i);
    const std::string* text = Str(c.app(), base + "/text");
    if (!text) continue;
    std::string person = NonBlank(c.app(), base + "/person").value_or("/subject/principal");
    const json* node = At(c.app(), person);
    if (!node || !node->is_object()) continue;
    IdCardText card = ReadIdCard(*text);
    any = true;
    std::string form_name = catb::PersonName(*node);
    std::string form_id = catb::PersonId(*node);
    Vars vars = {{"name", form_name}, {"card_name", card.name}};
    if (card.name.empty() && card.number.empty()) {
      c.Emit(base + "/text", vars, Variant("unreadable"));
      continue;
    }
    bool name_differs = !card.name.empty() && !form_name.empty() && Compact(form_name) != card.name;
    bool number_differs = !card.number.empty() && !form_id.empty() && card.number != form_id;
    vars.push_back({"value", MaskId(form_id)});
    vars.push_back({"card_number", MaskId(card.number)});
    if (name_differs && number_differs) {
      // Neither matches: the card of another person, one finding.
      c.Emit(person, vars, Evidence(card.name, "other_person"));
    } else if (name_differs) {
      c.Emit(person + "/name", vars, Evidence(card.name));
    } else if (number_differs) {
      c.Emit(person + "/id_number", vars, Evidence(MaskId(card.number), "number"));
    }
  }
  if (!any) c.Skip();
}

}  // namespace rules
namespace {

// PPL-018: one person as website owner for one subject only (山东, 四川 wording; 江西/天津 →
// PPL-019).
}  // namespace
namespace rules {

void Ppl018(Ctx& c) {
  std::string code = std::to_string(c.province());
  if (ParamHas(c.Param("defer_provinces"), code)) return c.Skip();
  std::string variant = catb::ParamString(c.Param("variants_by_province"), code);
  bool any = false;
  for (const auto& p : People(c.app())) {
    if (p.role != "website") continue;
    auto other = Bool(*p.node, "/serves_other_subjects");
    if (!other) continue;
    any = true;
    if (*other)
      c.Emit(p.path + "/serves_other_subjects", {{"name", catb::PersonName(*p.node)}},
             Evidence(catb::PersonName(*p.node), variant));
  }
  if (!any) c.Skip();
}

}  // namespace rules
namespace {

// PPL-019: 江西, 天津 — a responsible person's ID or phone already in another filed subject.
}  // namespace
namespace rules {

void Ppl019(Ctx& c) {
  bool any = false;
  std::set<std::string> seen;
  for (const auto& p : Responsible(c.app())) {
    auto person = Bool(*p.node, "/serves_other_subjects");
    auto mobile = Bool(*p.node, "/mobile_used_by_other_subjects");
    if (!person && !mobile) continue;
    any = true;
    if (!seen.insert(PersonKey(*p.node)).second) continue;
    Vars vars = {{"name", catb::PersonName(*p.node)}, {"province", ProvName(c)}};
    if (person && *person)
      c.Emit(p.path + "/serves_other_subjects", vars, Evidence(catb::PersonName(*p.node)));
    if (mobile && *mobile) {
      std::string m = NonBlank(*p.node, "/mobile").value_or("");
      vars.push_back({"mobile", m});
      c.Emit(p.path + "/mobile_used_by_other_subjects", vars, Evidence(m, "mobile"));
    }
  }
  if (!any) c.Skip();
}

}  // namespace rules
namespace {

// PPL-020: who does the face / identity verification (the website owner).
}  // namespace
namespace rules {

void Ppl020(Ctx& c) {
  const json* principal = Principal(c.app());
  const PersonRef* site = nullptr;
  auto people = People(c.app());
  for (const auto& p : people)
    if (p.role == "website" && !catb::PersonName(*p.node).empty()) {
      site = &p;
      break;
    }
  if (!site && !principal) return c.Skip();
  if (DocTrue(c.app(), "liveness_verified")) return;
  std::string who = site ? catb::PersonName(*site->node) : catb::PersonName(*principal);
  Vars vars = {{"name", who}};
  if (principal && catb::IsOrganisation(c.app()) && catb::NonMainland(*principal) && site) {
    vars.push_back({"principal", catb::PersonName(*principal)});
    c.Emit(site->path, vars, Variant("non_mainland"));
    return;
  }
  if (site) {
    c.Emit(site->path, vars);
  } else {
    c.Emit("/subject/principal", vars, Variant("no_site_owner"));
  }
}

}  // namespace rules
namespace {

}  // namespace
}  // namespace beian
