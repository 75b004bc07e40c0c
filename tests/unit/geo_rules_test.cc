// End-to-end checks of the geo/network/time rules (beyond the pack examples): variants,
// severities, paths and the dates quoted in messages.
#include <gtest/gtest.h>

#include "test_util.h"

namespace beian {
namespace {

using testing::FindingsOf;
using testing::Fires;
using testing::RunCheck;

json App(const char* text) { return json::parse(text); }

std::string Severity(const json& report, const std::string& rule, size_t i = 0) {
  auto f = FindingsOf(report, rule);
  return i < f.size() ? f[i].value("severity", "") : "";
}

TEST(GeoRules, AddressMatchesSelectedRegion) {
  json ok = RunCheck(App(R"({"subject": {"type": "enterprise", "province": "浙江", "city": "杭州",
      "district": "西湖区", "mailing_address": "杭州市西湖区文三路四七八号1201室"}})"));
  EXPECT_FALSE(Fires(ok, "ADR-004"));
  EXPECT_FALSE(Fires(ok, "ADR-001"));
  json other_district = RunCheck(App(R"({"subject": {"type": "enterprise", "province": "浙江",
      "city": "杭州市", "district": "西湖区", "mailing_address": "浙江省杭州市余杭区五常街道1号"}})"));
  ASSERT_TRUE(Fires(other_district, "ADR-004"));
  EXPECT_EQ(Severity(other_district, "ADR-004"), "block");
  EXPECT_NE(FindingsOf(other_district, "ADR-004")[0]["message"].get<std::string>().find("余杭区"),
            std::string::npos);
  json missing = RunCheck(App(R"({"subject": {"type": "enterprise", "province": "浙江",
      "city": "杭州市", "district": "西湖区", "mailing_address": "浙江省杭州市文三路478号"}})"));
  EXPECT_EQ(Severity(missing, "ADR-004"), "warn");
  json province = RunCheck(App(R"({"subject": {"type": "enterprise", "province": "浙江",
      "mailing_address": "江苏省苏州市工业园区星湖街328号"}})"));
  EXPECT_EQ(Severity(province, "ADR-004"), "block");
}

TEST(GeoRules, TianjinAndJiangsuOnlyInTheirProvinces) {
  json tj = RunCheck(App(R"({"subject": {"type": "enterprise", "province": "天津",
      "mailing_address": "天津市华苑产业区海泰发展六道6号"}})"));
  EXPECT_TRUE(Fires(tj, "ADR-003"));
  json zj = RunCheck(App(R"({"subject": {"type": "enterprise", "province": "浙江",
      "mailing_address": "天津市华苑产业区海泰发展六道6号"}})"));
  EXPECT_FALSE(Fires(zj, "ADR-003"));
  json js = RunCheck(App(R"({"subject": {"type": "enterprise", "province": "江苏",
      "mailing_address": "江苏省南京市鼓楼区中山北路1号", "certificate_address": "南京市玄武区中山路1号"}})"));
  EXPECT_TRUE(Fires(js, "ADR-005"));
  json js_ok = RunCheck(App(R"({"subject": {"type": "enterprise", "province": "江苏",
      "mailing_address": "江苏省南京市玄武区中山路18号1201室", "certificate_address": "南京市玄武区中山路1号"}})"));
  EXPECT_FALSE(Fires(js_ok, "ADR-005"));
}

TEST(GeoRules, CrossProvinceEnterprise) {
  json r = RunCheck(App(R"({"subject": {"type": "enterprise", "province": "广东",
      "certificate_number": "91330106673959654P"}})"));
  ASSERT_TRUE(Fires(r, "ENT-006"));
  EXPECT_EQ(Severity(r, "ENT-006"), "block");
  // Region code never listed: 91339999... (format ok, check char computed by ENT-003's rules is
  // not needed here).
  json unknown = RunCheck(App(R"({"subject": {"type": "enterprise", "province": "浙江",
      "certificate_number": "91339999673959654P"}})"));
  ASSERT_TRUE(Fires(unknown, "ENT-006"));
  EXPECT_EQ(Severity(unknown, "ENT-006"), "warn");
}

TEST(GeoRules, CrossProvincePersonalFiling) {
  const char* id = "110105198506150014";  // Beijing
  auto run = [&](const std::string& province, const std::string& permit) {
    json app = {
        {"subject",
         {{"type", "individual"},
          {"province", province},
          {"name", "林晓"},
          {"principal", {{"name", "林晓"}, {"id_type", "resident_id"}, {"id_number", id}}}}}};
    if (!permit.empty()) app["subject"]["principal"]["residence_permit_province"] = permit;
    return RunCheck(app);
  };
  EXPECT_EQ(Severity(run("甘肃", ""), "PPL-017"), "block");
  EXPECT_EQ(Severity(run("浙江", ""), "PPL-017"), "warn");
  EXPECT_FALSE(Fires(run("浙江", "浙江"), "PPL-017"));
  EXPECT_FALSE(Fires(run("天津", ""), "PPL-017"));
  EXPECT_FALSE(Fires(run("北京", ""), "PPL-017"));
  EXPECT_EQ(Severity(run("河北", ""), "PPL-017"), "warn");  // not listed: ask the provider
  json r = run("上海", "");
  ASSERT_TRUE(Fires(r, "PPL-017"));
  EXPECT_NE(FindingsOf(r, "PPL-017")[0]["message"].get<std::string>().find("学生证"),
            std::string::npos);
  // The ID number is masked in the message.
  EXPECT_EQ(FindingsOf(r, "PPL-017")[0]["message"].get<std::string>().find(id), std::string::npos);
}

TEST(GeoRules, IpChecks) {
  json r = RunCheck(App(R"({"subject": {"type": "enterprise", "province": "浙江"},
      "websites": [{"hosting": {"location": "mainland",
         "server_ips": ["47.96.100.20", "10.0.0.8", "fd00::1", "100.64.1.1", "1.2.3.4:80", "104.21.48.1"],
         "cdn_domestic_ips": ["2408:4001:f10::1"]},
       "resolved_ips": ["47.96.100.20", "172.67.180.12"]}]})"));
  auto hst5 = FindingsOf(r, "HST-005");
  ASSERT_EQ(hst5.size(), 4u);
  EXPECT_EQ(hst5[0]["path"], "/websites/0/hosting/server_ips/1");
  EXPECT_EQ(Severity(r, "HST-005"), "block");
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

TEST(GeoRules, OverseasHosting) {
  json r = RunCheck(App(R"({"websites": [{"hosting": {"location": "hong_kong"}}]})"));
  EXPECT_TRUE(Fires(r, "SEED-010"));
  EXPECT_EQ(Severity(r, "SEED-010"), "warn");
  json with_statement = RunCheck(App(R"({"websites": [{"hosting": {"location": "hong_kong"}}],
      "documents": {"cross_border_compliance_statement": true}})"));
  EXPECT_FALSE(Fires(with_statement, "SEED-010"));
}

TEST(GeoRules, PublicSecurityDeadlines) {
  json upcoming = RunCheck(App(R"({"context": {"today": "2025-09-26"},
      "websites": [{"launched_on": "2025-09-20"}]})"));
  ASSERT_TRUE(Fires(upcoming, "PSB-001"));
  EXPECT_EQ(Severity(upcoming, "PSB-001"), "info");
  EXPECT_NE(FindingsOf(upcoming, "PSB-001")[0]["message"].get<std::string>().find("2025-10-20"),
            std::string::npos);
  json planned = RunCheck(App(R"({"context": {"today": "2025-09-26"},
      "websites": [{"launched_on": "2025-10-20"}]})"));
  ASSERT_TRUE(Fires(planned, "PSB-001"));
  EXPECT_NE(FindingsOf(planned, "PSB-001")[0]["message"].get<std::string>().find("2025-11-19"),
            std::string::npos);
  json overdue = RunCheck(App(R"({"context": {"today": "2025-11-26"},
      "websites": [{"launched_on": "2025-09-20"}]})"));
  EXPECT_EQ(Severity(overdue, "PSB-001"), "warn");
  json brief = RunCheck(App(R"({"context": {"today": "2025-10-16"},
      "websites": [{"launched_on": "2025-09-20"}],
      "public_security": {"icp_approved_on": "2025-09-15"}})"));
  ASSERT_TRUE(Fires(brief, "SEED-017"));
  EXPECT_EQ(Severity(brief, "SEED-017"), "warn");  // confidence 1: never block
  std::string msg = FindingsOf(brief, "SEED-017")[0]["message"];
  EXPECT_NE(msg.find("2025-10-15"), std::string::npos);
  EXPECT_NE(msg.find("2025-10-20"), std::string::npos);
}

TEST(GeoRules, TimeGuidanceQuotesThePlan) {
  json r = RunCheck(App(R"({"context": {"today": "2025-09-22", "locale": "en"},
      "subject": {"type": "enterprise", "province": "浙江"},
      "websites": [{"domains": ["qinghe-tea.cn"]}]})"));
  ASSERT_TRUE(Fires(r, "TIM-007"));
  std::string msg = FindingsOf(r, "TIM-007")[0]["message"];
  EXPECT_NE(msg.find("2025-11-05"), std::string::npos) << msg;  // 28 working days
  ASSERT_TRUE(Fires(r, "TIM-005"));
  EXPECT_EQ(Severity(r, "TIM-005"), "info");
  // Past the published calendar: no date, the no_calendar wording.
  json late = RunCheck(App(R"({"context": {"today": "2026-12-20"},
      "subject": {"type": "enterprise", "province": "浙江"}, "websites": [{}]})"));
  std::string m = FindingsOf(late, "TIM-005")[0]["message"];
  EXPECT_NE(m.find("尚未公布"), std::string::npos) << m;
  EXPECT_EQ(late["plan"]["calendar_published"], false);
}

TEST(GeoRules, DelayCost) {
  json r = RunCheck(App(R"({"subject": {"type": "enterprise", "province": "浙江"},
      "context": {"daily_gmv_cny": 12345.6}})"));
  ASSERT_TRUE(Fires(r, "SEED-022"));
  std::string msg = FindingsOf(r, "SEED-022")[0]["message"];
  EXPECT_NE(msg.find("86.42"), std::string::npos) << msg;
  EXPECT_DOUBLE_EQ(r["plan"]["delay_cost_cny_per_day"].get<double>(), 86.42);
}

}  // namespace
}  // namespace beian
