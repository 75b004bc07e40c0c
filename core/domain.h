// Domain names as sellers type them: host extraction, syntax, registrable part.
#ifndef BEIAN_CORE_DOMAIN_H_
#define BEIAN_CORE_DOMAIN_H_

#include <string>
#include <vector>

namespace beian {

struct DomainInput {
  std::string host;  // lower-case host without scheme, path, port, trailing dot
  bool had_scheme = false;
  bool had_path = false;
  bool had_port = false;
};

DomainInput ParseDomainInput(const std::string& typed);
// Syntax of a host name (LDH labels ≤ 63, total ≤ 253, IDN labels allowed). On failure `why`
// names the problem: "empty", "label_empty", "label_too_long", "too_long", "bad_char",
// "hyphen_edge", "single_label", "numeric_tld".
bool DomainSyntaxOk(const std::string& host, std::string* why, std::string* bad_label);
// The registrable domain of `host` given second-level public suffixes such as com.cn.
std::string RegistrableDomain(const std::string& host, const std::vector<std::string>& suffixes2);
// The label before the public suffix (example for example.com.cn).
std::string SecondLevelLabel(const std::string& host, const std::vector<std::string>& suffixes2);
std::string TopLevel(const std::string& host);

}  // namespace beian

#endif  // BEIAN_CORE_DOMAIN_H_
