// Helpers shared by the catalog-B rules (ent_catalog.cc, ppl_catalog.cc, con_catalog.cc):
// people, legal representative, ages, phone numbers and pack parameters.
#ifndef BEIAN_CORE_RULES_PPL_CATALOG_UTIL_H_
#define BEIAN_CORE_RULES_PPL_CATALOG_UTIL_H_

#include <optional>
#include <string>
#include <vector>

#include "core/rules/rule.h"
#include "core/facts/license.h"
#include "core/ids.h"
#include "core/model.h"
#include "core/text.h"

namespace beian {
namespace catb {

// The business licence, read once per check (core/facts/license.h).
inline const LicenseFacts& License(Ctx& c) { return facts::LicenseOf(c); }

// Name of the legal representative: subject.legal_representative_name, else the licence text.
inline std::string LegalRep(Ctx& c) {
  if (auto n = NonBlank(c.app(), "/subject/legal_representative_name")) return *n;
  const LicenseFacts& lic = License(c);
  return lic.legal_representative.value;
}

// A subject that is an organisation (anything but a private person); false when type unknown.
inline bool IsOrganisation(const json& app) {
  std::string t = SubjectType(app);
  return !t.empty() && t != "individual";
}

// The person's name as typed (trimmed), for messages.
inline std::string PersonName(const json& person) {
  const std::string* n = Str(person, "/name");
  return n ? Trim(*n) : "";
}

inline std::string PersonId(const json& person) {
  auto id = NonBlank(person, "/id_number");
  return id ? NormalizeCode(*id) : "";
}

// Different people: different names, or the same name with two different ID numbers.
// Unknown (a name missing) counts as not different.
inline bool DifferentPeople(const std::string& name_a, const std::string& id_a,
                            const std::string& name_b, const std::string& id_b) {
  if (name_a.empty() || name_b.empty()) return false;
  if (Compact(name_a) != Compact(name_b)) return true;
  return !id_a.empty() && !id_b.empty() && id_a != id_b;
}

inline bool DifferentPeople(const json& a, const json& b) {
  return DifferentPeople(PersonName(a), PersonId(a), PersonName(b), PersonId(b));
}

// The person is the legal representative (by name). nullopt when either name is unknown.
inline std::optional<bool> IsLegalRep(Ctx& c, const json& person) {
  std::string rep = LegalRep(c);
  std::string name = Compact(PersonName(person));
  if (rep.empty() || name.empty()) return std::nullopt;
  return Compact(rep) == name;
}

// The person's resident-ID number parsed, when the person uses a resident ID (id_type
// resident_id, or unset and the number has the resident-ID format).
inline std::optional<ResidentId> PersonResidentId(const json& person) {
  auto raw = NonBlank(person, "/id_number");
  if (!raw) return std::nullopt;
  const std::string* type = Str(person, "/id_type");
  if (type && *type != "resident_id") return std::nullopt;
  ResidentId id = ParseResidentId(NormalizeCode(*raw));
  if (!id.format_ok || !id.checksum_ok || !id.birth) return std::nullopt;
  return id;
}

// Completed years of age on `today`.
inline int AgeOn(const Date& birth, const Date& today) {
  int age = today.year - birth.year;
  if (today.month < birth.month || (today.month == birth.month && today.day < birth.day)) --age;
  return age;
}

inline std::string UpperAscii(std::string s) {
  for (char& ch : s)
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
  return s;
}

// ISO 3166 alpha-2 of person.nationality (upper case, CHN/中国 → CN), "" when absent.
inline std::string Nationality(const json& person) {
  auto n = NonBlank(person, "/nationality");
  if (!n) return "";
  std::string v = UpperAscii(Compact(*n));
  if (v == "CHN" || v == "中国" || v == "中华人民共和国" || v == "PRC") return "CN";
  if (v == "HKG" || v == "香港" || v == "中国香港") return "HK";
  if (v == "MAC" || v == "澳门" || v == "中国澳门") return "MO";
  if (v == "TWN" || v == "台湾" || v == "中国台湾") return "TW";
  return v;
}

// The person identifies with something other than a mainland resident ID card.
inline bool NonMainland(const json& person) {
  const std::string* type = Str(person, "/id_type");
  if (type && *type != "resident_id" && *type != "temporary_resident_id" && *type != "other")
    return true;
  std::string nat = Nationality(person);
  return !nat.empty() && nat != "CN";
}

// A foreign national (not a PRC citizen of the mainland, Hong Kong, Macao or Taiwan).
inline bool Foreigner(const json& person) {
  std::string nat = Nationality(person);
  if (!nat.empty()) return nat != "CN" && nat != "HK" && nat != "MO" && nat != "TW";
  const std::string* type = Str(person, "/id_type");
  return type && (*type == "passport" || *type == "foreign_permanent_resident_id");
}

// Digits of a phone number; +86 / 0086 / 86 before a mobile removed.
inline std::string NormalizePhone(const std::string& raw) {
  std::string s = Compact(raw);
  std::string out;
  for (char ch : s)
    if ((ch >= '0' && ch <= '9') || ch == '+') out += ch;
  if (out.rfind("+86", 0) == 0) {
    out = out.substr(3);
  } else if (out.rfind("0086", 0) == 0) {
    out = out.substr(4);
  } else if (out.size() == 13 && out.rfind("86", 0) == 0 && out[2] == '1') {
    out = out.substr(2);
  }
  return out;
}

// `arr` (a pack parameter) is an array holding the string `s` (or the number, for codes).
inline bool ParamHas(const json& arr, const std::string& s) {
  if (!arr.is_array()) return false;
  for (const auto& v : arr) {
    if (v.is_string() && v.get<std::string>() == s) return true;
    if (v.is_number_integer() && std::to_string(v.get<long long>()) == s) return true;
  }
  return false;
}

// An integer parameter (or `fallback`).
inline int ParamInt(const json& v, int fallback) {
  if (v.is_number_integer()) return static_cast<int>(v.get<long long>());
  if (v.is_number()) return static_cast<int>(v.get<double>());
  return fallback;
}

inline std::string ParamString(const json& obj, const std::string& key) {
  if (!obj.is_object()) return "";
  auto it = obj.find(key);
  return it != obj.end() && it->is_string() ? it->get<std::string>() : "";
}

// Member `key` of a parameter object, or null.
inline const json& ParamAt(const json& obj, const std::string& key) {
  static const json kNull;
  if (!obj.is_object()) return kNull;
  auto it = obj.find(key);
  return it == obj.end() ? kNull : *it;
}

// 2–4 Chinese characters and nothing else: looks like a person's name, not an organisation.
inline bool PersonLikeName(const std::string& name) {
  auto cps = CodePoints(Compact(name));
  if (cps.size() < 2 || cps.size() > 4) return false;
  for (const auto& cp : cps)
    if (!IsCjk(cp) && cp != "\xC2\xB7" && cp != "\xE2\x80\xA2") return false;  // · •
  return true;
}

inline std::string Lc(const Ctx& c, const char* zh, const char* en) {
  return c.locale() == "en" ? en : zh;
}

}  // namespace catb
}  // namespace beian

#endif  // BEIAN_CORE_RULES_PPL_CATALOG_UTIL_H_
