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
#include "core/rulepack.h"
#include "core/time/plan.h"
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
  // (masked before writing, the plan keeps the costs it shares with every report)
  json written = json::parse(report);
  ASSERT_TRUE(written.contains("plan") && written["plan"].contains("costs")) << report;
  EXPECT_EQ(written["plan"]["costs"], SharedPlanCosts("zh-CN", RulePack::Builtin())->value);
  EXPECT_EQ(report.find("３３０１０６１９８５０３１７２０１２"), std::string::npos);
  EXPECT_NE(report.find(MaskId("330106198503172012")), std::string::npos);  // still named
}

// An ID number inside a member the report keeps as a JSON document (facts.license quotes the
// licence's code, which is also the domain's registrant certificate number): masked there too
// (the report writer finds the ID in the bytes it wrote and writes the member again; IDs that are
// not printable ASCII are masked before writing, as IdNumbersOfEveryTypeAreMasked covers).
TEST(Masking, IdNumbersInsideReportDocumentsAreMasked) {
  json app = json::parse(
      testing::ReadFile(std::string(BEIAN_SOURCE_DIR) + "/examples/clean-enterprise.json"));
  for (const std::string code : {"91330106673959654P"}) {
    app["websites"][0]["domains"][0]["registrant_certificate_number"] = code;
    app["attachments"]["business_license_text"] =
        "营业执照\n统一社会信用代码 " + code + "\n名称 杭州青禾茶业有限公司\n类型 有限责任公司";
    std::string report = ReportOf(app);
    json r = json::parse(report);
    ASSERT_TRUE(r.contains("facts") && r["facts"].contains("license")) << report.substr(0, 300);
    EXPECT_EQ(report.find(code), std::string::npos) << code;
    EXPECT_NE(Dump(r["facts"]["license"]).find(MaskId(code)), std::string::npos)
        << Dump(r["facts"]["license"]);
  }
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
