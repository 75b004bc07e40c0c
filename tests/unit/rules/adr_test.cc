// The ADR-xxx rules (core/rules/adr/): rule ids, severities, paths and arguments of
// their findings on small applications; never rendered text.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "core/check.h"
#include "core/geo/address.h"
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

TEST(GeoRules, PrefectureNamedLikeAProvince) {
  // 海南藏族自治州 is in 青海, not 海南省.
  for (const char* addr :
       {"青海省海南藏族自治州共和县恰卜恰镇东大街1号", "海南藏族自治州共和县恰卜恰镇东大街1号",
        "海南州共和县恰卜恰镇东大街1号"}) {
    json app = {
        {"subject", {{"type", "enterprise"}, {"province", "青海"}, {"mailing_address", addr}}}};
    EXPECT_FALSE(Fires(RunCheck(app), "ADR-004")) << addr;
    EXPECT_EQ(ParseAddress(addr).province, 63) << addr;
  }
  EXPECT_EQ(ParseAddress("海南省海口市龙华区滨海大道1号").province, 46);
  EXPECT_EQ(ParseAddress("海南海口市龙华区滨海大道1号").province, 46);
  EXPECT_EQ(ParseAddress("河南蒙古族自治县优干宁镇1号").province, 63);
  EXPECT_EQ(ParseAddress("河南郑州市金水区花园路1号").province, 41);
  json hainan = {{"subject",
                  {{"type", "enterprise"},
                   {"province", "海南"},
                   {"mailing_address", "海南藏族自治州共和县恰卜恰镇东大街1号"}}}};
  auto f = FindingsOf(RunCheck(hainan), "ADR-004");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value("message_id", ""), "province");
  EXPECT_EQ(f[0]["args"].value("found", ""), "青海省");
}

TEST(GeoRules, JiangsuOtherDistrictIsOnlyAWarning) {
  // Nanjing company registered in 江宁区 with its office in 建邺区.
  json r = RunCheck(App(R"({"subject": {"type": "enterprise", "province": "江苏",
      "certificate_address": "江苏省南京市江宁区双龙大道1222号",
      "mailing_address": "江苏省南京市建邺区江东中路108号1201室"}})"));
  auto f = FindingsOf(r, "ADR-005");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].value("severity", ""), "warn");
  EXPECT_EQ(f[0].value("message_id", ""), "jiangsu");
  EXPECT_EQ(f[0].value("path", ""), "/subject/mailing_address");
  EXPECT_EQ(f[0]["args"].value("mail_district", ""), "建邺区");
  EXPECT_EQ(f[0]["args"].value("licence_district", ""), "江宁区");
  // 河北 still blocks a cross-city address.
  json hb = RunCheck(App(R"({"subject": {"type": "enterprise", "province": "河北",
      "certificate_address": "河北省石家庄市长安区中山东路1号",
      "mailing_address": "河北省保定市竞秀区朝阳北大街1号101室"}})"));
  EXPECT_EQ(SeverityOf(hb, "ADR-005"), "block");
}

}  // namespace geo_cases

}  // namespace
}  // namespace beian
