#include "core/model.h"

#include "core/text.h"

namespace beian {

std::vector<PersonRef> People(const json& app) {
  std::vector<PersonRef> out;
  if (const json* p = At(app, "/subject/principal"); p && p->is_object())
    out.push_back({"/subject/principal", "principal", p});
  size_t n = Count(app, "/websites");
  for (size_t i = 0; i < n; ++i) {
    std::string path = "/websites/" + std::to_string(i) + "/responsible_person";
    if (const json* p = At(app, path); p && p->is_object()) out.push_back({path, "website", p});
  }
  if (const json* p = At(app, "/public_security/security_officer"); p && p->is_object())
    out.push_back({"/public_security/security_officer", "security_officer", p});
  return out;
}

std::vector<DomainRef> Domains(const json& app) {
  std::vector<DomainRef> out;
  size_t n = Count(app, "/websites");
  for (size_t i = 0; i < n; ++i) {
    std::string base = "/websites/" + std::to_string(i) + "/domains";
    size_t m = Count(app, base);
    for (size_t k = 0; k < m; ++k) {
      std::string path = base + "/" + std::to_string(k);
      const json* d = At(app, path);
      if (!d) continue;
      if (d->is_string()) {
        out.push_back({path, path, i, Trim(d->get<std::string>()), d});
      } else if (d->is_object()) {
        if (const std::string* name = Str(*d, "/name"))
          out.push_back({path, path + "/name", i, Trim(*name), d});
      }
    }
  }
  return out;
}

bool IsSite(const json& app, size_t i) {
  const json* w = At(app, "/websites/" + std::to_string(i));
  return w && w->is_object();
}

std::vector<NameRef> WebsiteNames(const json& app) {
  std::vector<NameRef> out;
  size_t n = Count(app, "/websites");
  for (size_t i = 0; i < n; ++i) {
    std::string path = "/websites/" + std::to_string(i) + "/name";
    if (auto raw = NonBlank(app, path)) out.push_back({path, *raw, Compact(*raw), i});
  }
  return out;
}

std::string SubjectType(const json& app) {
  const std::string* t = Str(app, "/subject/type");
  return t ? *t : "";
}

bool IsIndividual(const json& app) { return SubjectType(app) == "individual"; }

std::string PersonKey(const json& person) {
  std::string name, id;
  if (const std::string* n = Str(person, "/name")) name = Compact(*n);
  if (const std::string* i = Str(person, "/id_number")) {
    id = Compact(*i);
    for (char& c : id)
      if (c == 'x') c = 'X';
  }
  return name + "|" + id;
}

}  // namespace beian
