// Views over the (validated) application: people, websites, domains.
#ifndef BEIAN_CORE_MODEL_H_
#define BEIAN_CORE_MODEL_H_

#include <string>
#include <vector>

#include "core/json.h"

namespace beian {

struct PersonRef {
  std::string path;  // e.g. /subject/principal, /websites/0/responsible_person
  std::string role;  // principal | website | security_officer
  const json* node;  // the person object
};

// Every person object in the application, in document order.
std::vector<PersonRef> People(const json& app);

struct DomainRef {
  std::string path;       // /websites/0/domains/1 (string) — name lives at path or path + "/name"
  std::string name_path;  // pointer to the name string itself
  size_t website = 0;
  std::string name;  // as typed (trimmed)
  const json* node;  // the string or object
};

std::vector<DomainRef> Domains(const json& app);

// Whether websites[i] is a website object (validation nulls array entries of the wrong type).
bool IsSite(const json& app, size_t i);

struct NameRef {
  std::string path;  // /websites/0/name
  std::string raw;   // as typed
  std::string norm;  // width-folded, spaces removed (Compact)
  size_t website;
};

// The non-blank website names (网站名称), in document order.
std::vector<NameRef> WebsiteNames(const json& app);

// subject.type, or "" when absent.
std::string SubjectType(const json& app);
bool IsIndividual(const json& app);

// A person's identity for "same person?" comparisons: compacted name + upper-case ID.
std::string PersonKey(const json& person);

}  // namespace beian

#endif  // BEIAN_CORE_MODEL_H_
