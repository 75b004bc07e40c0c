// CON-001, CON-002, CON-003, CON-004, CON-005, CON-012: mobile numbers and e-mail addresses of
// the people of the filing (normalised by core/facts/contact.h).
#include "core/facts/contact.h"

#include <re2/re2.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/model.h"
#include "core/rules/con/con.h"
#include "core/text.h"

namespace beian::rules {
namespace {

struct Phone {
  std::string path;
  std::string number;  // normalised: digits only, +86/0086 removed
  std::string raw;
  std::string field;   // mobile | emergency_phone
  std::string person;  // PersonKey
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
      out.push_back({p.path + "/" + field, facts::NormalizePhone(*raw), *raw, field,
                     PersonKey(*p.node), p.role});
    }
  }
  return out;
}

const RE2& Strict() {
  static const RE2 re("^1(?:3\\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\\d|9[0-35-9])\\d{8}$");
  return re;
}

}  // namespace

// CON-001: Mobile number format.
void Con001(Ctx& c) {
  std::vector<Phone> phones;
  for (const auto& p : People(c.app())) {
    for (const char* field : {"mobile", "emergency_phone"}) {
      auto raw = NonBlank(*p.node, std::string("/") + field);
      if (raw)
        phones.push_back(
            {p.path + "/" + field, facts::NormalizePhone(*raw), *raw, field, "", p.role});
    }
  }
  if (phones.empty()) return c.Skip();
  for (const auto& ph : phones) {
    if (!RE2::FullMatch(ph.number, facts::MobileShape())) {
      c.Emit(ph.path, {{"value", ph.raw}}, Evidence(ph.raw));
    } else if (!RE2::FullMatch(ph.number, Strict())) {
      c.Emit(ph.path, {{"value", ph.raw}, {"segment", ph.number.substr(0, 3)}},
             Evidence(ph.raw, "strict"));
    }
  }
}

// CON-002: Dummy-looking mobile number.
void Con002(Ctx& c) {
  auto phones = Phones(c.app(), true);
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

// CON-003: two different people must not share a mobile number or an e-mail address.
void Con003(Ctx& c) {
  auto people = People(c.app());
  if (people.size() < 2) return c.Skip();
  for (const char* field : {"mobile", "email"}) {
    std::map<std::string, std::pair<std::string, std::string>> seen;  // value -> (person, path)
    for (const auto& p : people) {
      if (p.role == "security_officer") continue;
      auto raw = NonBlank(*p.node, std::string("/") + field);
      if (!raw) continue;
      std::string key =
          std::string(field) == "mobile" ? facts::NormalizePhone(*raw) : Lower(Compact(*raw));
      std::string person = PersonKey(*p.node);
      auto it = seen.find(key);
      if (it == seen.end()) {
        seen[key] = {person, p.path};
      } else if (it->second.first != person) {
        c.Emit(p.path + "/" + field, {{"value", *raw}, {"other", it->second.second}},
               Evidence(*raw, std::string(field) == "email" ? "email" : ""));
      }
    }
  }
}

// CON-004: a number may not serve as a mobile and an emergency phone, nor as two people's
// emergency phone. (Same person, mobile = emergency in 湖北 → CON-005 instead.)
void Con004(Ctx& c) {
  auto phones = Phones(c.app(), true);
  if (phones.size() < 2) return c.Skip();
  std::set<std::string> reported;
  for (size_t i = 0; i < phones.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      const Phone& a = phones[j];
      const Phone& b = phones[i];
      if (a.number != b.number || a.number.empty()) continue;
      bool same_person = a.person == b.person;
      bool both_mobile = a.field == "mobile" && b.field == "mobile";
      if (both_mobile) continue;  // same person in two roles: fine; two people: CON-003
      if (same_person && a.field == b.field) continue;  // one person listed in two roles
      if (same_person && c.province() == 42) continue;  // CON-005
      if (reported.insert(b.path).second)
        c.Emit(b.path, {{"value", b.raw}, {"other", a.path}}, Evidence(b.raw));
    }
  }
}

// CON-005: Hubei: mobile and emergency phone must differ.
void Con005(Ctx& c) {
  bool any = false;
  for (const auto& p : People(c.app())) {
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
  static const RE2 re(
      "^[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*"
      "[A-Za-z0-9])?)*\\.[A-Za-z]{2,}$");
  bool any = false;
  for (const auto& p : People(c.app())) {
    auto raw = NonBlank(*p.node, "/email");
    if (!raw) continue;
    any = true;
    std::string e = *raw;
    if (!RE2::FullMatch(e, re) || e.find("..") != std::string::npos) {
      c.Emit(p.path + "/email", {{"value", e}}, Evidence(e));
    }
  }
  if (!any) c.Skip();
}

}  // namespace beian::rules
