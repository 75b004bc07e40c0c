// CON-006, CON-007, CON-009, CON-010, CON-011: number of distinct phones (广东), the emergency
// contact (甘肃), mobiles already used by other filings, reachability, office phones. CON-008
// (number segment → province) is guidance only: the project has no segment table.
#include <re2/re2.h>

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/facts/contact.h"
#include "core/facts/model_of.h"
#include "core/facts/people.h"
#include "core/model.h"
#include "core/rules/con/con.h"
#include "core/rules/params.h"
#include "core/text.h"

namespace beian::rules {

// CON-006: 广东 — principal and website owner differ → at least 3 distinct mobile numbers.
void Con006(Ctx& c) {
  const json* principal = At(c.app(), "/subject/principal");
  if (!principal || !principal->is_object()) return c.Skip();
  std::set<std::string> numbers;
  bool differ = false, site = false;
  for (const auto& p : facts::PeopleOf(c)) {
    if (p.role == "security_officer") continue;
    if (p.role == "website") {
      site = true;
      if (facts::DifferentPeople(*p.node, *principal)) differ = true;
    }
    for (const char* f : {"/mobile", "/emergency_phone"})
      if (auto n = NonBlank(*p.node, f)) numbers.insert(facts::NormalizePhone(*n));
  }
  if (!site || numbers.empty()) return c.Skip();
  int min = IntParam(c, "min_distinct", 3);
  if (differ && static_cast<int>(numbers.size()) < min)
    c.Emit("/subject/principal/mobile",
           {{"count", std::to_string(numbers.size())}, {"min", std::to_string(min)}},
           Evidence(std::to_string(numbers.size())));
}

// CON-007: 甘肃 — the emergency phone belongs to a third employee, named in the remarks.
void Con007(Ctx& c) {
  bool any = false;
  std::string remarks = Compact(NonBlank(c.app(), "/subject/remarks").value_or(""));
  for (size_t i = 0; i < Count(c.app(), "/websites"); ++i)
    remarks +=
        Compact(NonBlank(c.app(), "/websites/" + std::to_string(i) + "/remarks").value_or(""));
  bool mentioned = !c.pack().Matcher("WL-CON-EMERGENCY-REMARK").Which(remarks).empty();
  for (const auto& p : facts::PeopleOf(c)) {
    if (p.role == "security_officer") continue;
    auto e = NonBlank(*p.node, "/emergency_phone");
    if (!e) continue;
    any = true;
    if (!mentioned) {
      c.Emit(p.path + "/emergency_phone", {{"value", *e}, {"name", facts::PersonName(*p.node)}},
             Evidence(*e));
      break;  // one remark covers all emergency contacts
    }
  }
  if (!any) c.Skip();
}

// CON-009: a mobile already given in another subject's filing (江西/天津 → PPL-019).
void Con009(Ctx& c) {
  if (ParamHas(c.Param("defer_provinces"), std::to_string(c.province()))) return c.Skip();
  bool any = false;
  std::set<std::string> seen;  // one finding per number
  for (const auto& p : facts::PeopleOf(c)) {
    if (p.role == "security_officer") continue;
    auto used = Bool(*p.node, "/mobile_used_by_other_subjects");
    if (!used) continue;
    any = true;
    if (*used) {
      std::string m = NonBlank(*p.node, "/mobile").value_or("");
      if (!seen.insert(facts::NormalizePhone(m) + "|" + PersonKey(*p.node)).second) continue;
      c.Emit(p.path + "/mobile", {{"value", m}, {"name", facts::PersonName(*p.node)}}, Evidence(m));
    }
  }
  if (!any) c.Skip();
}

// CON-010: the reviewers call the numbers given (info, once per application).
void Con010(Ctx& c) {
  std::vector<std::string> numbers;
  std::string first;
  for (const auto& p : facts::PeopleOf(c)) {
    if (p.role == "security_officer") continue;
    for (const char* f : {"/mobile", "/emergency_phone"}) {
      auto n = NonBlank(*p.node, f);
      if (!n) continue;
      if (first.empty()) first = p.path + f;
      bool dup = false;
      for (const auto& x : numbers) dup = dup || x == *n;
      if (!dup) numbers.push_back(*n);
    }
  }
  if (numbers.empty()) return c.Skip();
  std::string list;
  for (const auto& n : numbers) list += (list.empty() ? "" : ", ") + n;
  c.Emit(first, {{"numbers", list}}, Evidence(list));
}

// CON-011: office phone format; 四川 — organisations must give one.
void Con011(Ctx& c) {
  std::vector<std::pair<std::string, std::string>> phones;  // path, value
  if (auto o = NonBlank(c.app(), "/subject/office_phone"))
    phones.push_back({"/subject/office_phone", *o});
  for (const auto& p : facts::PeopleOf(c)) {
    if (p.role == "security_officer") continue;
    if (auto o = NonBlank(*p.node, "/office_phone"))
      phones.push_back({p.path + "/office_phone", *o});
  }
  if (phones.empty()) {
    if (ParamHas(c.Param("required_provinces"), std::to_string(c.province())) &&
        facts::IsOrganisation(c.app()) && SubjectType(c.app()) != "sole_proprietor") {
      c.Emit("/subject/office_phone", {}, Variant("required"));
      return;
    }
    return c.Skip();
  }
  for (const auto& [path, value] : phones) {
    bool is_mobile = false;
    if (!facts::LandlineOk(value, &is_mobile))
      c.Emit(path, {{"value", value}}, Evidence(value, is_mobile ? "mobile" : ""));
  }
}

}  // namespace beian::rules
