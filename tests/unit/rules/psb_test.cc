// The PSB-xxx rules (core/rules/psb/): rule ids, severities, paths and arguments of
// their findings on small applications; never rendered text.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "core/check.h"
#include "core/json.h"
#include "tests/unit/rules/catalog_a_apps.h"
#include "tests/unit/rules/geo_apps.h"
#include "tests/unit/rules/pages_apps.h"

namespace beian {
namespace {

namespace catalog_a_cases {
using namespace testing::catalog_a;  // NOLINT

TEST(CatalogAPublicSecurity, StepGatingAndNoDoubleReport) {
  json r = RunCheck({{"subject", Enterprise("浙江")}, {"websites", {Site("mainland")}}});
  for (const char* id : {"PSB-002", "PSB-004", "PSB-008", "SEED-016"})
    EXPECT_FALSE(Fires(r, id)) << id;

  json ps = {{"security_officer", {{"name", "王立新"}}}};
  json r2 = RunCheck(
      {{"subject", Enterprise("浙江")}, {"websites", {Site("mainland")}}, {"public_security", ps}});
  EXPECT_TRUE(Fires(r2, "PSB-002"));
  EXPECT_TRUE(HasPath(r2, "SEED-016", "/public_security/icp_number"));
  EXPECT_FALSE(HasPath(r2, "PSB-004", "/public_security/icp_number"));
  EXPECT_TRUE(HasPath(r2, "PSB-004", "/public_security/security_officer/id_number"));
  EXPECT_TRUE(HasPath(r2, "SEED-016", "/websites/0/hosting/server_ips"));

  ps["psb_number"] = "浙公网安备33010602011771号";
  json r3 = RunCheck({{"subject", Enterprise("浙江")}, {"public_security", ps}});
  for (const char* id : {"PSB-002", "PSB-003", "PSB-004", "PSB-008", "SEED-016"})
    EXPECT_FALSE(Fires(r3, id)) << id;
}

TEST(CatalogAPublicSecurity, EnglishFieldLabels) {
  json app = {{"context", {{"locale", "en"}}},
              {"subject", {{"type", "individual"}, {"name", "李晓梅"}}},
              {"public_security", {{"icp_number", "浙ICP备2024012345号-1"}}}};
  json r = RunCheck(app);
  bool found = false;
  for (const auto& f : FindingsOf(r, "PSB-004"))
    if (f.value("path", "") == "/subject/mailing_address") {
      found = true;
      EXPECT_NE(f.value("message", "").find("office address"), std::string::npos);
    }
  EXPECT_TRUE(found);
}

}  // namespace catalog_a_cases

namespace geo_cases {
using namespace testing::geo;  // NOLINT

TEST(GeoRules, PublicSecurityDeadlines) {
  json upcoming = RunCheck(App(R"({"context": {"today": "2025-09-26"},
      "websites": [{"launched_on": "2025-09-20"}]})"));
  ASSERT_TRUE(Fires(upcoming, "PSB-001"));
  EXPECT_EQ(SeverityOf(upcoming, "PSB-001"), "info");
  EXPECT_NE(FindingsOf(upcoming, "PSB-001")[0]["message"].get<std::string>().find("2025-10-20"),
            std::string::npos);
  json planned = RunCheck(App(R"({"context": {"today": "2025-09-26"},
      "websites": [{"launched_on": "2025-10-20"}]})"));
  ASSERT_TRUE(Fires(planned, "PSB-001"));
  EXPECT_NE(FindingsOf(planned, "PSB-001")[0]["message"].get<std::string>().find("2025-11-19"),
            std::string::npos);
  json overdue = RunCheck(App(R"({"context": {"today": "2025-11-26"},
      "websites": [{"launched_on": "2025-09-20"}]})"));
  EXPECT_EQ(SeverityOf(overdue, "PSB-001"), "warn");
  json brief = RunCheck(App(R"({"context": {"today": "2025-10-16"},
      "websites": [{"launched_on": "2025-09-20"}],
      "public_security": {"icp_approved_on": "2025-09-15"}})"));
  ASSERT_TRUE(Fires(brief, "SEED-017"));
  EXPECT_EQ(SeverityOf(brief, "SEED-017"), "warn");  // confidence 1: never block
  std::string msg = FindingsOf(brief, "SEED-017")[0]["message"];
  EXPECT_NE(msg.find("2025-10-15"), std::string::npos);
  EXPECT_NE(msg.find("2025-10-20"), std::string::npos);
}

}  // namespace geo_cases

namespace pages_cases {
using namespace testing::pages;  // NOLINT

TEST(HtmlRules, PublicSecurityNumbers) {
  json app = WithPage({{"subject", Subject("山东")},
                       {"public_security", {{"psb_number", "鲁公网安备37010202001234号"}}}},
                      "psb_wrong.html");
  json r = RunCheck(app);
  CheckRules(r, {{"PSB-007", "warn"}, {"DSP-011", "block"}, {"DSP-010", ""}}, "psb_wrong");
  auto fs = FindingsOf(r, "PSB-007");
  ASSERT_GE(fs.size(), 2u);
  EXPECT_EQ(SpanText(app, fs[0]), "鲁公网安备44030502001234号");
}

}  // namespace pages_cases

// Calibration (issue "Verdicts a seller can trust"): PSB-004 reports where it says.
namespace calibration_cases {
using testing::FindingsOf;
using testing::RunCheck;

TEST(Calibration, Psb004MissingSiteName) {
  json app = {
      {"subject", {{"type", "enterprise"}, {"province", "浙江"}, {"name", "杭州青禾茶业有限公司"}}},
      {"websites", {{{"domains", {"qinghe-tea.cn"}}}}},
      {"public_security", {{"icp_number", "浙ICP备2024012345号-1"}}}};
  bool named = false;
  for (const auto& f : FindingsOf(RunCheck(app), "PSB-004"))
    if (f["path"] == "/websites/0/name") {
      named = true;
      EXPECT_EQ(f["severity"], "warn");
      EXPECT_FALSE(f["args"]["field"].get<std::string>().empty());
    }
  EXPECT_TRUE(named);
}

TEST(Calibration, Psb006SiteWithoutDomain) {
  json app = {
      {"subject", {{"type", "enterprise"}, {"province", "浙江"}, {"name", "杭州青禾茶业有限公司"}}},
      {"websites", {{{"name", "青禾茶叶"}, {"home_url", "https://47.96.100.20/"}}}},
      {"public_security", {{"icp_number", "浙ICP备2024012345号-1"}}}};
  auto f = FindingsOf(RunCheck(app), "PSB-006");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["path"], "/websites/0");
  EXPECT_EQ(f[0]["message_id"], "no_domain");
}

}  // namespace calibration_cases

}  // namespace
}  // namespace beian
