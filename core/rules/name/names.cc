#include "core/rules/name/names.h"

#include <string>

#include "core/utf8.h"

namespace beian::rules {

std::vector<NameRef> BoundedWebsiteNames(const json& app) {
  std::vector<NameRef> out = WebsiteNames(app);
  for (auto& n : out) n.norm = std::string(Utf8Prefix(n.norm, kNameBytes));
  return out;
}

}  // namespace beian::rules
