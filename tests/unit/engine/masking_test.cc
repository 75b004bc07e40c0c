// ID numbers never appear unmasked in a report, whatever the type of the value and whichever rule
// or reader put them there (core/engine/report.cc masks every SensitiveValues() string).
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "core/check.h"
#include "core/ids.h"
#include "core/json.h"
#include "core/queries.h"
#include "tests/unit/test_util.h"

namespace beian {
namespace {

std::string ReportOf(const json& app) {
  CheckOptions o;
  o.today = "2026-11-28";
  CheckResult r = Check(Dump(app), o);
  EXPECT_TRUE(r.ok) << r.error;
  return r.report;
}

void ExpectNoRawIds(const json& app, const std::string& name) {
  std::string report = ReportOf(app);
  for (const auto& v : SensitiveValues(app))
    EXPECT_EQ(report.find(v), std::string::npos) << name << ": " << v << " unmasked";
}

TEST(Masking, IdNumbersOfEveryTypeAreMasked) {
  // Numbers where strings belong are reported (INPUT-002) and removed, but never echoed whole.
  json app = {
      {"subject",
       {{"type", "individual"},
        {"certificate_type", "resident_id"},
        {"certificate_number", 330106198503172012LL},
        {"principal", {{"name", "李晓梅"}, {"id_number", 330106198503172012LL}}}}},
      {"websites",
       {{{"name", "晓梅的花茶小店"},
         {"domains",
          {{{"name", "xiaomei-tea.cn"}, {"registrant_certificate_number", 330106198503172012LL}}}},
         {"responsible_person",
          {{"name", "李晓梅"}, {"id_number", "３３０１０６１９８５０３１７２０１２"}}}}}}};
  std::string report = ReportOf(app);
  EXPECT_EQ(report.find("330106198503172012"), std::string::npos) << report;
  EXPECT_EQ(report.find("３３０１０６１９８５０３１７２０１２"), std::string::npos);
  EXPECT_NE(report.find(MaskId("330106198503172012")), std::string::npos);  // still named
}

TEST(Masking, NoExampleOrPackExampleReportShowsAnIdNumber) {
  int apps = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(std::string(BEIAN_SOURCE_DIR) + "/examples")) {
    if (entry.path().extension() != ".json") continue;  // examples/meta: the examples' titles
    json app = json::parse(testing::ReadFile(entry.path().string()), nullptr, false);
    ASSERT_FALSE(app.is_discarded()) << entry.path();
    ExpectNoRawIds(app, entry.path().filename().string());
    ++apps;
  }
  json pack =
      json::parse(testing::ReadFile(std::string(BEIAN_GEN_DIR) + "/rulepack.json"), nullptr, false);
  for (const auto& rule : pack.value("rules", json::array()))
    for (const auto& ex : rule.value("examples", json::array())) {
      ExpectNoRawIds(ex.value("app", json::object()), rule.value("id", ""));
      ++apps;
    }
  EXPECT_GT(apps, 600);
}

}  // namespace
}  // namespace beian
