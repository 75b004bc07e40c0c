#include "core/net/ip.h"

#include <algorithm>
#include <cstdio>
#include <string_view>
#include <utility>
#include <vector>

#include "core/resources.h"

namespace beian {

namespace {

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

bool ParseV4Bytes(std::string_view s, uint8_t out[4]) {
  int part = 0;
  size_t i = 0;
  while (part < 4) {
    size_t start = i;
    int v = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
      v = v * 10 + (s[i] - '0');
      if (v > 255 || i - start >= 3) return false;
      ++i;
    }
    size_t len = i - start;
    if (len == 0 || (len > 1 && s[start] == '0')) return false;
    out[part++] = static_cast<uint8_t>(v);
    if (part < 4) {
      if (i >= s.size() || s[i] != '.') return false;
      ++i;
    }
  }
  return i == s.size();
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool ParseV6Bytes(std::string_view s, uint8_t out[16]) {
  uint16_t groups[8] = {};
  int n = 0;     // groups written
  int gap = -1;  // index where "::" stands
  size_t i = 0;
  if (s.size() < 2) return false;
  if (s[0] == ':') {
    if (s[1] != ':') return false;
    gap = 0;
    i = 2;
    if (i == s.size()) {
      std::fill(out, out + 16, 0);
      return true;
    }
  }
  while (i < s.size()) {
    if (n >= 8) return false;
    // Trailing dotted IPv4?
    size_t end = s.find(':', i);
    std::string_view token = s.substr(i, end == std::string_view::npos ? s.size() - i : end - i);
    if (end == std::string_view::npos && token.find('.') != std::string_view::npos) {
      uint8_t v4[4];
      if (n > 6 || !ParseV4Bytes(token, v4)) return false;
      groups[n++] = static_cast<uint16_t>(v4[0] << 8 | v4[1]);
      groups[n++] = static_cast<uint16_t>(v4[2] << 8 | v4[3]);
      i = s.size();
      break;
    }
    if (token.empty() || token.size() > 4) return false;
    int v = 0;
    for (char c : token) {
      int h = HexValue(c);
      if (h < 0) return false;
      v = v * 16 + h;
    }
    groups[n++] = static_cast<uint16_t>(v);
    i += token.size();
    if (i == s.size()) break;
    // s[i] == ':'
    ++i;
    if (i < s.size() && s[i] == ':') {
      if (gap >= 0) return false;
      gap = n;
      ++i;
      if (i == s.size()) break;
    } else if (i == s.size()) {
      return false;  // trailing single ':'
    }
  }
  if (gap >= 0) {
    if (n >= 8) return false;  // "::" must stand for at least one group
    int tail = n - gap;
    uint16_t full[8] = {};
    for (int k = 0; k < gap; ++k) full[k] = groups[k];
    for (int k = 0; k < tail; ++k) full[8 - tail + k] = groups[gap + k];
    std::copy(full, full + 8, groups);
  } else if (n != 8) {
    return false;
  }
  for (int k = 0; k < 8; ++k) {
    out[2 * k] = static_cast<uint8_t>(groups[k] >> 8);
    out[2 * k + 1] = static_cast<uint8_t>(groups[k] & 0xFF);
  }
  return true;
}

struct IpRange {
  uint64_t first, last;
};

bool ReadVarint(std::string_view data, size_t* pos, uint64_t* out) {
  uint64_t v = 0;
  int shift = 0;
  while (*pos < data.size() && shift < 64) {
    uint8_t b = static_cast<uint8_t>(data[(*pos)++]);
    v |= static_cast<uint64_t>(b & 0x7F) << shift;
    if (!(b & 0x80)) {
      *out = v;
      return true;
    }
    shift += 7;
  }
  return false;
}

struct Lists {
  std::vector<IpRange> list[4];  // cn4, cn6, cf4, cf6
  size_t bytes = 0;
  Lists() {
    std::string_view data = Resource("ipranges");
    bytes = data.size();
    size_t pos = 0;
    for (auto& l : list) {
      uint64_t count = 0;
      if (!ReadVarint(data, &pos, &count) || count > data.size()) return;
      l.reserve(count);
      uint64_t next = 0;  // previous last + 1
      for (uint64_t k = 0; k < count; ++k) {
        uint64_t gap = 0, size = 0;
        if (!ReadVarint(data, &pos, &gap) || !ReadVarint(data, &pos, &size)) return;
        IpRange r{next + gap, next + gap + size};
        l.push_back(r);
        next = r.last + 1;
      }
    }
  }
};

// Built once the ranges are there; in the page's module, until they are fetched
// (core/resources.h), empty lists that are not kept.
const Lists& GetLists() {
  if (!ResourceReady("ipranges")) {
    static const Lists* none = new Lists();
    return *none;
  }
  static const Lists* lists = new Lists();
  return *lists;
}

bool InRanges(const std::vector<IpRange>& ranges, uint64_t v) {
  auto it = std::upper_bound(ranges.begin(), ranges.end(), v,
                             [](uint64_t x, const IpRange& r) { return x < r.first; });
  if (it == ranges.begin()) return false;
  --it;
  return v <= it->last;
}

bool IsV4Mapped(const IpAddress& ip) {
  for (int k = 0; k < 10; ++k)
    if (ip.bytes[k]) return false;
  return ip.bytes[10] == 0xFF && ip.bytes[11] == 0xFF;
}

IpAddress Unmap(const IpAddress& ip) {
  IpAddress v4;
  for (int k = 0; k < 4; ++k) v4.bytes[k] = ip.bytes[12 + k];
  return v4;
}

bool Within(const IpAddress& ip, const uint8_t* prefix, int bits) {
  for (int k = 0; k < bits / 8; ++k)
    if (ip.bytes[k] != prefix[k]) return false;
  int rem = bits % 8;
  if (!rem) return true;
  uint8_t mask = static_cast<uint8_t>(0xFF << (8 - rem));
  return (ip.bytes[bits / 8] & mask) == (prefix[bits / 8] & mask);
}

bool LookupList(const IpAddress& ip, int v4_list) {
  const Lists& l = GetLists();
  if (ip.v6 && IsV4Mapped(ip)) return InRanges(l.list[v4_list], Unmap(ip).V4());
  if (!ip.v6) return InRanges(l.list[v4_list], ip.V4());
  return InRanges(l.list[v4_list + 1], ip.High());
}

}  // namespace

uint32_t IpAddress::V4() const {
  return static_cast<uint32_t>(bytes[0]) << 24 | static_cast<uint32_t>(bytes[1]) << 16 |
         static_cast<uint32_t>(bytes[2]) << 8 | bytes[3];
}

uint64_t IpAddress::High() const {
  uint64_t v = 0;
  for (int k = 0; k < 8; ++k) v = v << 8 | bytes[k];
  return v;
}

uint64_t IpAddress::Low() const {
  uint64_t v = 0;
  for (int k = 8; k < 16; ++k) v = v << 8 | bytes[k];
  return v;
}

std::string IpAddress::ToString() const {
  char buf[48];
  if (!v6) {
    std::snprintf(buf, sizeof buf, "%u.%u.%u.%u", bytes[0], bytes[1], bytes[2], bytes[3]);
    return buf;
  }
  uint16_t g[8];
  for (int k = 0; k < 8; ++k) g[k] = static_cast<uint16_t>(bytes[2 * k] << 8 | bytes[2 * k + 1]);
  int best = -1, best_len = 0;
  for (int k = 0; k < 8;) {
    if (g[k]) {
      ++k;
      continue;
    }
    int j = k;
    while (j < 8 && !g[j]) ++j;
    if (j - k > best_len && j - k >= 2) {
      best = k;
      best_len = j - k;
    }
    k = j;
  }
  std::string out;
  for (int k = 0; k < 8; ++k) {
    if (k == best) {
      out += "::";
      k += best_len - 1;
      continue;
    }
    if (!out.empty() && out.back() != ':') out += ':';
    std::snprintf(buf, sizeof buf, "%x", g[k]);
    out += buf;
  }
  return out;
}

std::optional<IpAddress> ParseIpv4(const std::string& text) {
  std::string_view s = TrimSpaces(text);
  IpAddress ip;
  if (!ParseV4Bytes(s, ip.bytes.data())) return std::nullopt;
  return ip;
}

std::optional<IpAddress> ParseIpv6(const std::string& text) {
  std::string_view s = TrimSpaces(text);
  IpAddress ip;
  ip.v6 = true;
  if (s.size() > 45 || !ParseV6Bytes(s, ip.bytes.data())) return std::nullopt;
  return ip;
}

std::optional<IpAddress> ParseIp(const std::string& text) {
  if (text.find(':') != std::string::npos) return ParseIpv6(text);
  return ParseIpv4(text);
}

IpKind ClassifyIp(const IpAddress& ip) {
  if (ip.v6 && IsV4Mapped(ip)) return IpKind::kReserved;  // ::ffff:0:0/96 is not routable
  if (!ip.v6) {
    const uint8_t* b = ip.bytes.data();
    if (b[0] == 0) return IpKind::kUnspecified;
    if (b[0] == 127) return IpKind::kLoopback;
    if (b[0] == 10 || (b[0] == 172 && (b[1] & 0xF0) == 16) || (b[0] == 192 && b[1] == 168))
      return IpKind::kPrivate;
    if (b[0] == 100 && (b[1] & 0xC0) == 64) return IpKind::kSharedCgnat;
    if (b[0] == 169 && b[1] == 254) return IpKind::kLinkLocal;
    if ((b[0] == 192 && b[1] == 0 && b[2] == 2) || (b[0] == 198 && b[1] == 51 && b[2] == 100) ||
        (b[0] == 203 && b[1] == 0 && b[2] == 113))
      return IpKind::kDocumentation;
    if (b[0] == 198 && (b[1] & 0xFE) == 18) return IpKind::kBenchmarking;
    if ((b[0] & 0xF0) == 224) return IpKind::kMulticast;
    if ((b[0] & 0xF0) == 240) return IpKind::kReserved;
    if (b[0] == 192 && b[1] == 0 && b[2] == 0) return IpKind::kReserved;
    if (b[0] == 192 && b[1] == 88 && b[2] == 99) return IpKind::kReserved;  // 6to4 relay
    return IpKind::kPublic;
  }
  static const uint8_t kZero[16] = {};
  static const uint8_t kLoop[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
  static const uint8_t kDoc[4] = {0x20, 0x01, 0x0d, 0xb8};
  static const uint8_t kBench[6] = {0x20, 0x01, 0x00, 0x02, 0x00, 0x00};
  static const uint8_t kUla[1] = {0xfc};
  static const uint8_t kLink[2] = {0xfe, 0x80};
  static const uint8_t kMcast[1] = {0xff};
  static const uint8_t kDiscard[8] = {0x01, 0, 0, 0, 0, 0, 0, 0};              // 100::/64
  static const uint8_t kNat64Local[6] = {0x00, 0x64, 0xff, 0x9b, 0x00, 0x01};  // 64:ff9b:1::/48
  static const uint8_t kOrchid[4] = {0x20, 0x01, 0x00, 0x10};                  // 2001:10::/28 etc.
  if (Within(ip, kZero, 128)) return IpKind::kUnspecified;
  if (Within(ip, kLoop, 128)) return IpKind::kLoopback;
  if (Within(ip, kDoc, 32)) return IpKind::kDocumentation;
  if (Within(ip, kBench, 48)) return IpKind::kBenchmarking;
  if (Within(ip, kUla, 7)) return IpKind::kUniqueLocal;
  if (Within(ip, kLink, 10)) return IpKind::kLinkLocal;
  if (Within(ip, kMcast, 8)) return IpKind::kMulticast;
  if (Within(ip, kDiscard, 64) || Within(ip, kNat64Local, 48) || Within(ip, kOrchid, 27))
    return IpKind::kReserved;
  // Only 2000::/3 is allocated as global unicast (64:ff9b::/96 NAT64 is routable).
  if ((ip.bytes[0] & 0xE0) != 0x20 &&
      !(ip.bytes[0] == 0 && ip.bytes[1] == 0x64 && ip.bytes[2] == 0xff && ip.bytes[3] == 0x9b))
    return IpKind::kReserved;
  return IpKind::kPublic;
}

const char* IpKindName(IpKind kind) {
  switch (kind) {
    case IpKind::kPublic:
      return "public";
    case IpKind::kUnspecified:
      return "unspecified address";
    case IpKind::kLoopback:
      return "loopback address";
    case IpKind::kPrivate:
      return "private address (RFC 1918)";
    case IpKind::kSharedCgnat:
      return "carrier-grade NAT address (100.64.0.0/10)";
    case IpKind::kLinkLocal:
      return "link-local address";
    case IpKind::kDocumentation:
      return "documentation example address";
    case IpKind::kBenchmarking:
      return "benchmarking address";
    case IpKind::kMulticast:
      return "multicast address";
    case IpKind::kReserved:
      return "reserved address";
    case IpKind::kUniqueLocal:
      return "IPv6 unique local address (fc00::/7)";
  }
  return "";
}

const char* IpKindNameZh(IpKind kind) {
  switch (kind) {
    case IpKind::kPublic:
      return "公网地址";
    case IpKind::kUnspecified:
      return "未指定地址";
    case IpKind::kLoopback:
      return "本机回环地址";
    case IpKind::kPrivate:
      return "内网私有地址（RFC 1918）";
    case IpKind::kSharedCgnat:
      return "运营商级NAT共享地址（100.64.0.0/10）";
    case IpKind::kLinkLocal:
      return "链路本地地址";
    case IpKind::kDocumentation:
      return "文档示例地址";
    case IpKind::kBenchmarking:
      return "基准测试地址";
    case IpKind::kMulticast:
      return "组播地址";
    case IpKind::kReserved:
      return "保留地址";
    case IpKind::kUniqueLocal:
      return "IPv6唯一本地地址（fc00::/7）";
  }
  return "";
}

bool InMainlandChina(const IpAddress& ip) { return LookupList(ip, 0); }
bool InCloudflare(const IpAddress& ip) { return LookupList(ip, 2); }

IpListStats IpLists() {
  const Lists& l = GetLists();
  IpListStats s;
  s.cn4 = l.list[0].size();
  s.cn6 = l.list[1].size();
  s.cf4 = l.list[2].size();
  s.cf6 = l.list[3].size();
  s.payload_bytes = l.bytes;
  return s;
}

}  // namespace beian
