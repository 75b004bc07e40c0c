#include "core/rules/ppl/people.h"

#include "core/province.h"
#include "core/text.h"

namespace beian::rules {
namespace {

std::string UpperAscii(std::string s) {
  for (char& ch : s)
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
  return s;
}

}  // namespace

std::string ProvinceLabel(const Ctx& c) {
  const ProvinceInfo* p = ProvinceByCode(c.province());
  if (!p) return "";
  if (c.locale() != "en") return p->short_name;
  std::string s = p->pinyin;
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

std::vector<PersonRef> ResponsiblePersons(const json& app) {
  std::vector<PersonRef> out;
  for (auto& p : People(app))
    if (p.role != "security_officer") out.push_back(p);
  return out;
}

const json* PrincipalOf(const json& app) {
  const json* p = At(app, "/subject/principal");
  return p && p->is_object() ? p : nullptr;
}

std::pair<std::string, std::string> IndividualFiler(const json& app) {
  std::string name = Compact(NonBlank(app, "/subject/name").value_or(""));
  std::string id;
  const std::string* cert_type = Str(app, "/subject/certificate_type");
  if (!cert_type || *cert_type == "resident_id")
    id = NormalizeCode(NonBlank(app, "/subject/certificate_number").value_or(""));
  return {name, id};
}

std::optional<ResidentId> PersonResidentId(const json& person) {
  auto raw = NonBlank(person, "/id_number");
  if (!raw) return std::nullopt;
  const std::string* type = Str(person, "/id_type");
  if (type && *type != "resident_id") return std::nullopt;
  ResidentId id = ParseResidentId(NormalizeCode(*raw));
  if (!id.format_ok || !id.checksum_ok || !id.birth) return std::nullopt;
  return id;
}

int AgeOn(const Date& birth, const Date& today) {
  int age = today.year - birth.year;
  if (today.month < birth.month || (today.month == birth.month && today.day < birth.day)) --age;
  return age;
}

std::string Nationality(const json& person) {
  auto n = NonBlank(person, "/nationality");
  if (!n) return "";
  std::string v = UpperAscii(Compact(*n));
  if (v == "CHN" || v == "中国" || v == "中华人民共和国" || v == "PRC") return "CN";
  if (v == "HKG" || v == "香港" || v == "中国香港") return "HK";
  if (v == "MAC" || v == "澳门" || v == "中国澳门") return "MO";
  if (v == "TWN" || v == "台湾" || v == "中国台湾") return "TW";
  return v;
}

bool NonMainland(const json& person) {
  const std::string* type = Str(person, "/id_type");
  if (type && *type != "resident_id" && *type != "temporary_resident_id" && *type != "other")
    return true;
  std::string nat = Nationality(person);
  return !nat.empty() && nat != "CN";
}

}  // namespace beian::rules
