#include "core/facts/hosting.h"

namespace beian::facts {

std::string SitePath(size_t i) { return "/websites/" + std::to_string(i); }

const json* Websites(const Ctx& c) {
  const json* s = At(c.app(), "/websites");
  return s && s->is_array() ? s : nullptr;
}

bool IsAbroad(const std::string& location) {
  return location == "hong_kong" || location == "macao" || location == "taiwan" ||
         location == "overseas";
}

std::vector<IpRef> IpsOf(const json& site, const std::string& base, const char* field,
                         const char* rel) {
  std::vector<IpRef> out;
  const json* arr = At(site, rel);
  if (!arr || !arr->is_array()) return out;
  for (size_t j = 0; j < arr->size(); ++j) {
    const json& v = (*arr)[j];
    if (!v.is_string()) continue;
    std::string raw = v.get<std::string>();
    // Trim ASCII whitespace only; anything else must parse as it stands.
    size_t b = raw.find_first_not_of(" \t\r\n"), e = raw.find_last_not_of(" \t\r\n");
    std::string t = b == std::string::npos ? "" : raw.substr(b, e - b + 1);
    if (t.empty()) continue;
    out.push_back({base + rel + "/" + std::to_string(j), t, ParseIp(t), field});
  }
  return out;
}

std::vector<IpRef> FiledIpsOf(const json& site, size_t i) {
  std::vector<IpRef> out = IpsOf(site, SitePath(i), "server_ips", "/hosting/server_ips");
  for (auto& r : IpsOf(site, SitePath(i), "cdn_domestic_ips", "/hosting/cdn_domestic_ips"))
    out.push_back(r);
  return out;
}

std::vector<IpRef> AllIps(const Ctx& c) {
  std::vector<IpRef> out;
  const json* sites = Websites(c);
  for (size_t i = 0; sites && i < sites->size(); ++i) {
    const json& s = (*sites)[i];
    for (auto& r : FiledIpsOf(s, i)) out.push_back(r);
    for (auto& r : IpsOf(s, SitePath(i), "resolved_ips", "/resolved_ips")) out.push_back(r);
  }
  return out;
}

}  // namespace beian::facts
