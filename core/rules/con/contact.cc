// CON-001, CON-002, CON-003, CON-004, CON-005, CON-012: mobile numbers and e-mail addresses of
// the people of the filing (normalised by core/facts/contact.h). "Different people" is
// facts::DifferentPeople: the names differ, or both ID numbers are given and differ (one person
// typed twice, once without an ID number, is one person).
#include "core/facts/contact.h"

#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/facts/model_of.h"
#include "core/facts/people.h"
#include "core/model.h"
#include "core/rules/con/con.h"
#include "core/rules/params.h"
#include "core/shapes.h"
#include "core/text.h"

namespace beian::rules {
namespace {

struct Phone {
  std::string path;
  std::string number;  // normalised: digits only, +86/0086 removed
  std::string raw;
  std::string field;   // mobile | emergency_phone
  const json* person;  // the person object
  std::string role;
};

std::vector<Phone> Phones(const json& app, bool include_emergency) {
  std::vector<Phone> out;
  for (const auto& p : People(app)) {
    if (p.role == "security_officer") continue;
    for (const char* field : {"mobile", "emergency_phone"}) {
      if (!include_emergency && std::string(field) == "emergency_phone") continue;
      auto raw = NonBlank(*p.node, std::string("/") + field);
      if (!raw) continue;
      out.push_back(
          {p.path + "/" + field, facts::NormalizePhone(*raw), *raw, field, p.node, p.role});
    }
  }
  return out;
}

// Every phone number with the emergency ones, listed once per check (CON-002, CON-004).
const std::vector<Phone>& AllPhones(Ctx& c) {
  return c.Memo<std::vector<Phone>>("contact.all_phones", [&] { return Phones(c.app(), true); });
}

// "主体负责人“王立新”的手机号" / "the mobile of the principal \"王立新\"": who else gave a number
// or address, in the words of CON-004's params.other (shared with CON-003).
std::string Other(const Ctx& c, const std::string& role, const json& person,
                  const std::string& field) {
  static const json kNone = json::object();
  const RuleDef* con004 = c.pack().Find("CON-004");
  const json& labels = con004 ? ParamAt(con004->params(), "other") : kNone;
  std::string out = Localized(c, ParamAt(labels, "format"));
  auto put = [&out](const std::string& key, const std::string& value) {
    for (size_t at; (at = out.find(key)) != std::string::npos;) out.replace(at, key.size(), value);
  };
  put("{role}", Localized(c, ParamAt(ParamAt(labels, "roles"), role)));
  put("{field}", Localized(c, ParamAt(ParamAt(labels, "fields"), field)));
  put("{name}", facts::PersonName(person));
  return out;
}

}  // namespace

// CON-001: Mobile number format. A mobile must be a mainland mobile (the MIIT SMS check is sent
// to it); an emergency phone may also be a landline, else a warning.
void Con001(Ctx& c) {
  std::vector<Phone> phones;
  for (const auto& p : facts::PeopleOf(c)) {
    for (const char* field : {"mobile", "emergency_phone"}) {
      auto raw = NonBlank(*p.node, std::string("/") + field);
      if (raw)
        phones.push_back(
            {p.path + "/" + field, facts::NormalizePhone(*raw), *raw, field, p.node, p.role});
    }
  }
  if (phones.empty()) return c.Skip();
  for (const auto& ph : phones) {
    bool emergency = ph.field == "emergency_phone";
    if (!shapes::MobileShape(ph.number)) {
      bool is_mobile = false;
      if (emergency && facts::LandlineOk(ph.raw, &is_mobile)) continue;
      c.Emit(ph.path, {{"value", ph.raw}}, Evidence(ph.raw, emergency ? "emergency" : ""));
    } else if (!shapes::MobileStrict(ph.number)) {
      c.Emit(ph.path, {{"value", ph.raw}, {"segment", ph.number.substr(0, 3)}},
             Evidence(ph.raw, "strict"));
    }
  }
}

// CON-002: Dummy-looking mobile number.
void Con002(Ctx& c) {
  const auto& phones = AllPhones(c);
  if (phones.empty()) return c.Skip();
  std::set<std::string> dummies;
  for (const auto& d : c.Param("dummy_numbers"))
    if (d.is_string()) dummies.insert(d.get<std::string>());
  for (const auto& ph : phones) {
    if (ph.number.size() != 11) continue;
    bool repeated = true;
    for (size_t i = 4; i < 11; ++i)
      if (ph.number[i] != ph.number[3]) repeated = false;
    if (dummies.count(ph.number) || repeated)
      c.Emit(ph.path, {{"value", ph.raw}}, Evidence(ph.raw));
  }
}

// CON-003: two different people must not share an e-mail address. (A shared phone number is
// CON-004's, which covers every repeated number.)
void Con003(Ctx& c) {
  const auto& people = facts::PeopleOf(c);
  if (people.size() < 2) return c.Skip();
  std::map<std::string, std::vector<const PersonRef*>> seen;  // address -> people giving it
  for (const auto& p : people) {
    if (p.role == "security_officer") continue;
    auto raw = NonBlank(*p.node, "/email");
    if (!raw) continue;
    auto& earlier = seen[Lower(Compact(*raw))];
    for (const PersonRef* e : earlier) {
      if (!facts::DifferentPeople(*e->node, *p.node)) continue;
      c.Emit(p.path + "/email", {{"value", *raw}, {"other", Other(c, e->role, *e->node, "email")}},
             Evidence(*raw));
      break;
    }
    earlier.push_back(&p);
  }
}

// CON-004: no number may repeat across the mobile and emergency fields: not as one person's
// mobile and emergency phone, not between two different people (mobiles included). One person
// listed in two roles with the same numbers is fine; 湖北's mobile = emergency → CON-005.
void Con004(Ctx& c) {
  const auto& phones = AllPhones(c);
  if (phones.size() < 2) return c.Skip();
  std::set<std::string> reported;
  for (size_t i = 0; i < phones.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      const Phone& a = phones[j];
      const Phone& b = phones[i];
      if (a.number != b.number || a.number.empty()) continue;
      bool same_person = a.person == b.person || !facts::DifferentPeople(*a.person, *b.person);
      if (same_person && a.field == b.field) continue;  // one person listed in two roles
      if (same_person && c.province() == 42) continue;  // CON-005
      if (reported.insert(b.path).second)
        c.Emit(b.path, {{"value", b.raw}, {"other", Other(c, a.role, *a.person, a.field)}},
               Evidence(b.raw, !same_person && a.field == "mobile" && b.field == "mobile"
                                   ? "shared_mobile"
                                   : ""));
    }
  }
}

// CON-005: Hubei: mobile and emergency phone must differ.
void Con005(Ctx& c) {
  bool any = false;
  for (const auto& p : facts::PeopleOf(c)) {
    auto m = NonBlank(*p.node, "/mobile");
    auto e = NonBlank(*p.node, "/emergency_phone");
    if (!m || !e) continue;
    any = true;
    if (facts::NormalizePhone(*m) == facts::NormalizePhone(*e))
      c.Emit(p.path + "/emergency_phone", {{"value", *e}}, Evidence(*e));
  }
  if (!any) c.Skip();
}

// CON-012: E-mail format.
void Con012(Ctx& c) {
  bool any = false;
  for (const auto& p : facts::PeopleOf(c)) {
    auto raw = NonBlank(*p.node, "/email");
    if (!raw) continue;
    any = true;
    std::string e = *raw;
    if (!shapes::EmailShape(e) || e.find("..") != std::string::npos) {
      c.Emit(p.path + "/email", {{"value", e}}, Evidence(e));
    }
  }
  if (!any) c.Skip();
}

}  // namespace beian::rules
