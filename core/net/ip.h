// IP addresses: strict IPv4/IPv6 parsing, special-purpose ranges, and the embedded range lists
// (mainland China from data/ip, MIT; Cloudflare from data/cdn) made by scripts/gen_geo.py.
#ifndef BEIAN_CORE_NET_IP_H_
#define BEIAN_CORE_NET_IP_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string>

namespace beian {

struct IpAddress {
  bool v6 = false;
  std::array<uint8_t, 16> bytes{};  // IPv4 uses bytes[0..3]

  uint32_t V4() const;    // host-order IPv4 value (v6 == false)
  uint64_t High() const;  // upper 64 bits of an IPv6 address
  uint64_t Low() const;   // lower 64 bits of an IPv6 address
  // Canonical text: dotted quad, or RFC 5952 IPv6 (lower case, longest zero run as ::).
  std::string ToString() const;
  bool operator==(const IpAddress& o) const { return v6 == o.v6 && bytes == o.bytes; }
  bool operator!=(const IpAddress& o) const { return !(*this == o); }
};

// Strict parsing; surrounding ASCII spaces are ignored, nothing else is.
// IPv4: four decimal parts 0-255, no leading zeros ("010.1.1.1" is rejected: ambiguous octal).
// IPv6: RFC 4291 text forms incl. "::" and a trailing dotted IPv4; no zone ids, no brackets,
// no prefix lengths.
std::optional<IpAddress> ParseIp(const std::string& text);
std::optional<IpAddress> ParseIpv4(const std::string& text);
std::optional<IpAddress> ParseIpv6(const std::string& text);

enum class IpKind {
  kPublic = 0,
  kUnspecified,    // 0.0.0.0/8 ("this network"), ::
  kLoopback,       // 127/8, ::1
  kPrivate,        // RFC 1918 10/8, 172.16/12, 192.168/16
  kSharedCgnat,    // 100.64/10 (RFC 6598)
  kLinkLocal,      // 169.254/16, fe80::/10
  kDocumentation,  // 192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32
  kBenchmarking,   // 198.18/15, 2001:2::/48
  kMulticast,      // 224/4, ff00::/8
  kReserved,       // 240/4 incl. 255.255.255.255, 192.0.0/24, 192.88.99/24, ::ffff:0:0/96 etc.
  kUniqueLocal,    // fc00::/7
};

IpKind ClassifyIp(const IpAddress& ip);
// Short English name of the kind ("private (RFC 1918)", …) for messages.
const char* IpKindName(IpKind kind);
const char* IpKindNameZh(IpKind kind);
inline bool IsPublicIp(const IpAddress& ip) { return ClassifyIp(ip) == IpKind::kPublic; }

// Embedded lists. IPv6 lists are held at /64 granularity (all listed prefixes are /64 or
// shorter). IPv4-mapped IPv6 addresses (::ffff:a.b.c.d) are looked up as IPv4.
bool InMainlandChina(const IpAddress& ip);
bool InCloudflare(const IpAddress& ip);

struct IpListStats {
  size_t cn4 = 0, cn6 = 0, cf4 = 0, cf6 = 0;  // merged ranges
  size_t payload_bytes = 0;                   // size of the embedded file
};
IpListStats IpLists();

}  // namespace beian

#endif  // BEIAN_CORE_NET_IP_H_
