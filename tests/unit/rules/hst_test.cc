// The HST-xxx rules (core/rules/hst/): rule ids, severities, paths and arguments of
// their findings on small applications; never rendered text.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "core/check.h"
#include "core/json.h"
#include "tests/unit/rules/catalog_a_apps.h"
#include "tests/unit/rules/geo_apps.h"

namespace beian {
namespace {

namespace catalog_a_cases {
using namespace testing::catalog_a;  // NOLINT

TEST(CatalogAHosting, InstanceRules) {
  json s = Site("mainland");
  s["hosting"]["instance_billing"] = "pay_as_you_go";
  s["hosting"]["instance_months"] = 1;
  s["hosting"]["public_ip"] = false;
  s["hosting"]["instance_expires_on"] = "2026-11-01";
  json r = RunCheck({{"websites", {s}}});
  EXPECT_TRUE(Fires(r, "HST-002"));
  EXPECT_FALSE(Fires(r, "HST-003"));  // pay-as-you-go is reported once, under HST-002
  EXPECT_TRUE(Fires(r, "HST-004"));
  EXPECT_TRUE(Fires(r, "HST-009"));
  s["hosting"]["instance_billing"] = "subscription";
  EXPECT_TRUE(Fires(RunCheck({{"websites", {s}}}), "HST-003"));
}

TEST(CatalogAHosting, ServiceCodesCountSitesOnTheSameInstance) {
  json a = Site("mainland");
  a["hosting"]["server_ips"] = {"47.98.10.21"};
  a["hosting"]["instance_codes_used"] = 3;
  json b = a;
  b["name"] = "青禾茶业官网";
  b["domains"] = {"qinghe-tea.com"};
  json c = b;
  c["name"] = "青禾茶文化";
  c["domains"] = {"qinghe-tea.net"};
  EXPECT_FALSE(Fires(RunCheck({{"websites", {a, b}}}), "HST-006"));
  EXPECT_TRUE(Fires(RunCheck({{"websites", {a, b, c}}}), "HST-006"));
}

TEST(CatalogAHosting, DnsCheckOnlyAfterApproval) {
  json site = {
      {"name", "青禾茶叶商城"}, {"domains", {"qinghe-tea.cn"}}, {"resolved_ips", {"104.21.32.1"}}};
  EXPECT_FALSE(Fires(RunCheck({{"websites", {site}}}), "HST-007"));
  json ps = {{"icp_number", "浙ICP备2024012345号-1"}};
  EXPECT_TRUE(Fires(RunCheck({{"websites", {site}}, {"public_security", ps}}), "HST-007"));
  site["resolved_ips"] = {"104.21.32.1", "47.98.10.21"};
  EXPECT_FALSE(Fires(RunCheck({{"websites", {site}}, {"public_security", ps}}), "HST-007"));
}

}  // namespace catalog_a_cases

namespace geo_cases {
using namespace testing::geo;  // NOLINT

TEST(GeoRules, IpChecks) {
  json r = RunCheck(App(R"({"subject": {"type": "enterprise", "province": "浙江"},
      "websites": [{"hosting": {"location": "mainland",
         "server_ips": ["47.96.100.20", "10.0.0.8", "fd00::1", "100.64.1.1", "1.2.3.4:80", "104.21.48.1"],
         "cdn_domestic_ips": ["2408:4001:f10::1"]},
       "resolved_ips": ["47.96.100.20", "172.67.180.12"]}]})"));
  auto hst5 = FindingsOf(r, "HST-005");
  ASSERT_EQ(hst5.size(), 4u);
  EXPECT_EQ(hst5[0]["path"], "/websites/0/hosting/server_ips/1");
  EXPECT_EQ(SeverityOf(r, "HST-005"), "block");
  auto hst8 = FindingsOf(r, "HST-008");
  ASSERT_EQ(hst8.size(), 1u);
  EXPECT_EQ(hst8[0]["path"], "/websites/0/resolved_ips/1");
  auto cf = FindingsOf(r, "SEED-015");
  ASSERT_EQ(cf.size(), 2u);  // server IP and resolved IP in Cloudflare ranges
  // 104.21.48.1 is public but not in the mainland ranges.
  auto hst1 = FindingsOf(r, "HST-001");
  ASSERT_EQ(hst1.size(), 1u);
  EXPECT_EQ(hst1[0]["path"], "/websites/0/hosting/server_ips/5");
  EXPECT_EQ(hst1[0]["severity"], "warn");
}

}  // namespace geo_cases

// Calibration (issue "Verdicts a seller can trust").
namespace calibration_cases {
using testing::FindingsOf;
using testing::Fires;
using testing::RunCheck;

json HostedApp(json hosting) {
  return {
      {"subject", {{"type", "enterprise"}, {"province", "浙江"}, {"name", "杭州青禾茶业有限公司"}}},
      {"websites",
       {{{"name", "青禾茶叶商城"}, {"domains", {"qinghe-tea.cn"}}, {"hosting", hosting}}}}};
}

TEST(Calibration, Hst005ChecksFiledAddressesOnly) {
  // The audit's case: a domain parked at 127.0.0.1 while filing, the filed server IP public.
  json app = HostedApp({{"location", "mainland"}, {"server_ips", {"47.96.100.20"}}});
  app["websites"][0]["resolved_ips"] = {"127.0.0.1", "not-an-ip"};
  auto f = FindingsOf(RunCheck(app), "HST-005");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["severity"], "info");
  EXPECT_EQ(f[0]["message_id"], "resolved");
  EXPECT_EQ(f[0]["path"], "/websites/0/resolved_ips/0");
  EXPECT_EQ(f[0]["args"]["value"], "127.0.0.1");
  // A private or malformed filed IP still blocks.
  app = HostedApp({{"location", "mainland"}, {"server_ips", {"10.0.0.8", "47.96.100.256"}}});
  f = FindingsOf(RunCheck(app), "HST-005");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0]["severity"], "block");
  EXPECT_EQ(f[0]["path"], "/websites/0/hosting/server_ips/0");
  EXPECT_EQ(f[0]["message_id"], "default");
  EXPECT_EQ(f[1]["path"], "/websites/0/hosting/server_ips/1");
  EXPECT_EQ(f[1]["message_id"], "syntax");
}

TEST(Calibration, Hst001HostingDeclaredAbroad) {
  json app = HostedApp({{"location", "hong_kong"}, {"server_ips", {"47.242.10.8"}}});
  auto f = FindingsOf(RunCheck(app), "HST-001");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["severity"], "block");
  EXPECT_EQ(f[0]["path"], "/websites/0/hosting/location");
  EXPECT_EQ(f[0]["message_id"], "location");
  EXPECT_EQ(f[0]["args"]["value"], "香港");
  // With mainland CDN nodes the CDN's provider may file it: a question.
  app["websites"][0]["hosting"]["cdn_domestic_ips"] = {"116.62.10.5"};
  f = FindingsOf(RunCheck(app), "HST-001");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["severity"], "warn");
  EXPECT_EQ(f[0]["message_id"], "location_cdn");
  // Mainland hosting in a mainland region is quiet.
  app = HostedApp({{"location", "mainland"},
                   {"instance_region", "cn-hangzhou"},
                   {"server_ips", {"47.96.100.20"}}});
  EXPECT_FALSE(Fires(RunCheck(app), "HST-001"));
}

}  // namespace calibration_cases

}  // namespace
}  // namespace beian
