#include "core/net/ip.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <random>

#include "tests/unit/test_util.h"

namespace beian {
namespace {

IpAddress Ip(const char* s) {
  auto ip = ParseIp(s);
  EXPECT_TRUE(ip.has_value()) << s;
  return ip.value_or(IpAddress{});
}

TEST(Ip, ParsesIpv4Strictly) {
  EXPECT_EQ(Ip("1.2.3.4").V4(), 0x01020304u);
  EXPECT_EQ(Ip(" 8.8.8.8 ").ToString(), "8.8.8.8");
  EXPECT_EQ(Ip("255.255.255.255").V4(), 0xFFFFFFFFu);
  for (const char* bad :
       {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1.2.3.4/24", "1..3.4", "1.2.3.",
        "a.b.c.d", "1.2.3.4 x", "１.２.３.４", "-1.2.3.4", "1.2.3.0004", "1.2.3.4\n"})
    EXPECT_FALSE(ParseIp(bad).has_value()) << bad;
}

TEST(Ip, ParsesIpv6Strictly) {
  EXPECT_EQ(Ip("2001:db8::1").ToString(), "2001:db8::1");
  EXPECT_EQ(Ip("2001:0DB8:0000:0000:0000:0000:0000:0001").ToString(), "2001:db8::1");
  EXPECT_EQ(Ip("::").ToString(), "::");
  EXPECT_EQ(Ip("::1").ToString(), "::1");
  EXPECT_EQ(Ip("fe80::").ToString(), "fe80::");
  EXPECT_EQ(Ip("1:2:3:4:5:6:7:8").ToString(), "1:2:3:4:5:6:7:8");
  EXPECT_EQ(Ip("1:0:0:2:0:0:0:3").ToString(), "1:0:0:2::3");
  EXPECT_EQ(Ip("::ffff:1.2.3.4").ToString(), "::ffff:102:304");
  EXPECT_EQ(Ip("2400:3200::1").High(), 0x2400320000000000ull);
  for (const char* bad :
       {":", ":::", "1::2::3", "1:2:3:4:5:6:7:8:9", "12345::1", "1:", ":1", "fe80::1%eth0", "[::1]",
        "2001:db8::/32", "g::1", "1:2:3:4:5:6:7::8:9", "::1.2.3", "1.2.3.4::", "::1:2:3:4:5:6:7:8"})
    EXPECT_FALSE(ParseIp(bad).has_value()) << bad;
  EXPECT_TRUE(ParseIp("1:2:3:4:5:6:7::").has_value());
  EXPECT_TRUE(ParseIp("::2:3:4:5:6:7:8").has_value());
}

TEST(Ip, SpecialRanges) {
  EXPECT_EQ(ClassifyIp(Ip("10.1.2.3")), IpKind::kPrivate);
  EXPECT_EQ(ClassifyIp(Ip("172.16.0.1")), IpKind::kPrivate);
  EXPECT_EQ(ClassifyIp(Ip("172.31.255.255")), IpKind::kPrivate);
  EXPECT_EQ(ClassifyIp(Ip("172.32.0.1")), IpKind::kPublic);
  EXPECT_EQ(ClassifyIp(Ip("192.168.1.1")), IpKind::kPrivate);
  EXPECT_EQ(ClassifyIp(Ip("127.0.0.1")), IpKind::kLoopback);
  EXPECT_EQ(ClassifyIp(Ip("169.254.10.1")), IpKind::kLinkLocal);
  EXPECT_EQ(ClassifyIp(Ip("100.64.0.1")), IpKind::kSharedCgnat);
  EXPECT_EQ(ClassifyIp(Ip("100.127.255.255")), IpKind::kSharedCgnat);
  EXPECT_EQ(ClassifyIp(Ip("100.128.0.1")), IpKind::kPublic);
  EXPECT_EQ(ClassifyIp(Ip("192.0.2.10")), IpKind::kDocumentation);
  EXPECT_EQ(ClassifyIp(Ip("198.51.100.7")), IpKind::kDocumentation);
  EXPECT_EQ(ClassifyIp(Ip("203.0.113.99")), IpKind::kDocumentation);
  EXPECT_EQ(ClassifyIp(Ip("224.0.0.1")), IpKind::kMulticast);
  EXPECT_EQ(ClassifyIp(Ip("0.0.0.0")), IpKind::kUnspecified);
  EXPECT_EQ(ClassifyIp(Ip("255.255.255.255")), IpKind::kReserved);
  EXPECT_EQ(ClassifyIp(Ip("198.18.0.1")), IpKind::kBenchmarking);
  EXPECT_EQ(ClassifyIp(Ip("47.96.1.1")), IpKind::kPublic);
  EXPECT_EQ(ClassifyIp(Ip("::1")), IpKind::kLoopback);
  EXPECT_EQ(ClassifyIp(Ip("::")), IpKind::kUnspecified);
  EXPECT_EQ(ClassifyIp(Ip("fe80::1")), IpKind::kLinkLocal);
  EXPECT_EQ(ClassifyIp(Ip("febf::1")), IpKind::kLinkLocal);
  EXPECT_EQ(ClassifyIp(Ip("fd12:3456::1")), IpKind::kUniqueLocal);
  EXPECT_EQ(ClassifyIp(Ip("fc00::1")), IpKind::kUniqueLocal);
  EXPECT_EQ(ClassifyIp(Ip("2001:db8:1::1")), IpKind::kDocumentation);
  EXPECT_EQ(ClassifyIp(Ip("ff02::1")), IpKind::kMulticast);
  EXPECT_EQ(ClassifyIp(Ip("::ffff:10.0.0.1")), IpKind::kReserved);
  EXPECT_EQ(ClassifyIp(Ip("2400:3200::1")), IpKind::kPublic);
  EXPECT_EQ(ClassifyIp(Ip("2606:4700::6810:84e5")), IpKind::kPublic);
  EXPECT_TRUE(IsPublicIp(Ip("114.114.114.114")));
}

TEST(Ip, EmbeddedLists) {
  IpListStats s = IpLists();
  EXPECT_GT(s.cn4, 1000u);
  EXPECT_GT(s.cn6, 500u);
  EXPECT_GT(s.cf4, 5u);
  EXPECT_GT(s.cf6, 3u);
  EXPECT_GT(s.payload_bytes, 1000u);
  // First and listed entries of data/ip/cn_ipv4.txt: 1.1.8.0/24, 1.2.4.0/24.
  EXPECT_TRUE(InMainlandChina(Ip("1.1.8.0")));
  EXPECT_TRUE(InMainlandChina(Ip("1.1.8.255")));
  EXPECT_FALSE(InMainlandChina(Ip("1.1.9.0")));
  EXPECT_TRUE(InMainlandChina(Ip("1.2.4.8")));  // CNNIC public DNS
  EXPECT_TRUE(InMainlandChina(Ip("114.114.114.114")));
  EXPECT_TRUE(InMainlandChina(Ip("223.5.5.5")));  // Alibaba public DNS
  EXPECT_FALSE(InMainlandChina(Ip("8.8.8.8")));
  EXPECT_FALSE(InMainlandChina(Ip("1.1.1.1")));
  EXPECT_FALSE(InMainlandChina(Ip("0.0.0.0")));
  EXPECT_FALSE(InMainlandChina(Ip("255.255.255.255")));
  EXPECT_TRUE(InMainlandChina(Ip("::ffff:114.114.114.114")));
  EXPECT_TRUE(InMainlandChina(Ip("2001:250::1")));   // first line of cn_ipv6.txt (CERNET)
  EXPECT_TRUE(InMainlandChina(Ip("2400:3200::1")));  // Alibaba public DNS
  EXPECT_FALSE(InMainlandChina(Ip("2001:4860:4860::8888")));
  EXPECT_FALSE(InMainlandChina(Ip("::1")));

  EXPECT_TRUE(InCloudflare(Ip("104.16.132.229")));  // 104.16.0.0/13
  EXPECT_TRUE(InCloudflare(Ip("173.245.48.1")));    // 173.245.48.0/20
  EXPECT_TRUE(InCloudflare(Ip("2606:4700::6810:84e5")));
  EXPECT_FALSE(InCloudflare(Ip("114.114.114.114")));
  EXPECT_FALSE(InCloudflare(Ip("2400:3200::1")));
}

TEST(Ip, RandomInputNeverCrashes) {
  std::mt19937 rng(7);
  const char alphabet[] = "0123456789abcdefABCDEF:.%/[] -x";
  for (int i = 0; i < 20000; ++i) {
    std::string s;
    int len = rng() % 48;
    for (int k = 0; k < len; ++k) s += alphabet[rng() % (sizeof alphabet - 1)];
    auto ip = ParseIp(s);
    if (!ip) continue;
    // Whatever parses must print and parse back to the same address.
    auto again = ParseIp(ip->ToString());
    ASSERT_TRUE(again.has_value()) << s;
    EXPECT_EQ(*again, *ip) << s;
    ClassifyIp(*ip);
    InMainlandChina(*ip);
  }
}

TEST(Ip, LookupSpeed) {
  std::mt19937 rng(42);
  std::vector<IpAddress> ips(20000);
  for (auto& ip : ips) {
    uint32_t v = rng();
    for (int k = 0; k < 4; ++k) ip.bytes[k] = static_cast<uint8_t>(v >> (24 - 8 * k));
  }
  InMainlandChina(ips[0]);  // load
  double t0 = testing::ThreadCpuSeconds();
  size_t hits = 0;
  for (int round = 0; round < 10; ++round)
    for (const auto& ip : ips) hits += InMainlandChina(ip);
  double ns = (testing::ThreadCpuSeconds() - t0) * 1e9 / (10.0 * ips.size());
  std::printf("[ ip lookup ] %.1f ns per IPv4 lookup, %zu of %zu random addresses in CN\n", ns,
              hits / 10, ips.size());
  // 286,800,237 of 2^32 addresses (6.7 %) are listed.
  EXPECT_GT(hits / 10, ips.size() * 4 / 100);
  EXPECT_LT(hits / 10, ips.size() * 10 / 100);
  EXPECT_LT(ns, 5000.0);
}

}  // namespace
}  // namespace beian
