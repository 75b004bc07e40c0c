// The ADR-xxx rules (core/rules/adr/): rule ids, severities, paths and arguments of
// their findings on small applications; never rendered text.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "core/check.h"
#include "core/json.h"
#include "tests/unit/rules/geo_apps.h"

namespace beian {
namespace {

namespace geo_cases {
using namespace testing::geo;  // NOLINT

TEST(GeoRules, AddressMatchesSelectedRegion) {
  json ok = RunCheck(App(R"({"subject": {"type": "enterprise", "province": "浙江", "city": "杭州",
      "district": "西湖区", "mailing_address": "杭州市西湖区文三路四七八号1201室"}})"));
  EXPECT_FALSE(Fires(ok, "ADR-004"));
  EXPECT_FALSE(Fires(ok, "ADR-001"));
  json other_district = RunCheck(App(R"({"subject": {"type": "enterprise", "province": "浙江",
      "city": "杭州市", "district": "西湖区", "mailing_address": "浙江省杭州市余杭区五常街道1号"}})"));
  ASSERT_TRUE(Fires(other_district, "ADR-004"));
  EXPECT_EQ(SeverityOf(other_district, "ADR-004"), "block");
  EXPECT_NE(FindingsOf(other_district, "ADR-004")[0]["message"].get<std::string>().find("余杭区"),
            std::string::npos);
  json missing = RunCheck(App(R"({"subject": {"type": "enterprise", "province": "浙江",
      "city": "杭州市", "district": "西湖区", "mailing_address": "浙江省杭州市文三路478号"}})"));
  EXPECT_EQ(SeverityOf(missing, "ADR-004"), "warn");
  json province = RunCheck(App(R"({"subject": {"type": "enterprise", "province": "浙江",
      "mailing_address": "江苏省苏州市工业园区星湖街328号"}})"));
  EXPECT_EQ(SeverityOf(province, "ADR-004"), "block");
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

}  // namespace geo_cases

}  // namespace
}  // namespace beian
