// Where the sites are hosted, as the application states it: the hosting location and the IP
// addresses (server, domestic CDN, resolved), shared by the HST rules, the applicability rules
// (APP, core/facts/applicability.h) and SEED-010/015.
#ifndef BEIAN_CORE_FACTS_HOSTING_H_
#define BEIAN_CORE_FACTS_HOSTING_H_

#include <optional>
#include <string>
#include <vector>

#include "core/engine/context.h"
#include "core/net/ip.h"

namespace beian::facts {

// "/websites/i".
std::string SitePath(size_t i);

// The /websites array, nullptr when absent or not an array.
const json* Websites(const Ctx& c);

// Whether a hosting.location lies outside the mainland (Hong Kong, Macao, Taiwan, overseas).
bool IsAbroad(const std::string& location);

// One IP address as the applicant typed it.
struct IpRef {
  std::string path;             // JSON Pointer of the string
  std::string raw;              // trimmed of ASCII whitespace
  std::optional<IpAddress> ip;  // nullopt when it does not parse
  std::string field;            // server_ips | cdn_domestic_ips | resolved_ips
};

// The non-blank strings of the array at `rel` (e.g. "/hosting/server_ips") of `site`, which is
// /websites/i at `base`; `field` names the array in IpRef::field.
std::vector<IpRef> IpsOf(const json& site, const std::string& base, const char* field,
                         const char* rel);

// The addresses the applicant filed for site i: server IPs first, then domestic CDN IPs.
std::vector<IpRef> FiledIpsOf(const json& site, size_t i);

// Every address of every site, site by site; a site's filed addresses come before its resolved
// ones (report order).
std::vector<IpRef> AllIps(const Ctx& c);

}  // namespace beian::facts

#endif  // BEIAN_CORE_FACTS_HOSTING_H_
