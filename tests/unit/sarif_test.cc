// core/sarif.h: real reports (Check() of examples/*.json) exported as SARIF 2.1.0, and the
// plain-text summary.
#include "core/sarif.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/check.h"
#include "test_util.h"

namespace beian {
namespace {

const char* ExpectedLevel(const std::string& severity) {
  if (severity == "block") return "error";
  if (severity == "warn") return "warning";
  if (severity == "info") return "note";
  return "?";
}

struct Example {
  std::string name;
  std::string report;  // report JSON
};

std::vector<Example> ExampleReports(const std::string& locale) {
  std::vector<Example> out;
  const std::string dir = BEIAN_SOURCE_DIR "/examples/";
  for (const auto& name : testing::FixtureNames(dir, ".json")) {
    CheckOptions o;
    o.today = "2026-11-28";
    o.locale = locale;
    CheckResult r = Check(testing::ReadFile(dir + name + ".json"), o);
    EXPECT_TRUE(r.ok) << name << ": " << r.error;
    if (r.ok) out.push_back({name, r.report});
  }
  return out;
}

// Asserts the SARIF log `sarif` is the faithful export of `report_json`.
void ExpectSarifOfReport(const std::string& report_json, const std::string& sarif,
                         const std::string& artifact, const std::string& locale,
                         std::set<std::string>* levels_seen, int* regions_seen) {
  const RulePack& pack = RulePack::Builtin();
  json report = json::parse(report_json);
  json log = json::parse(sarif, nullptr, false);
  ASSERT_FALSE(log.is_discarded());
  EXPECT_EQ(log["version"], "2.1.0");
  EXPECT_NE(log.value("$schema", "").find("sarif-2.1.0"), std::string::npos);
  ASSERT_TRUE(log["runs"].is_array());
  ASSERT_EQ(log["runs"].size(), 1u);
  const json& run = log["runs"][0];

  const json& driver = run["tool"]["driver"];
  EXPECT_EQ(driver["name"], "beian-precheck");
  EXPECT_EQ(driver["semanticVersion"], report["engine"]["version"]);
  EXPECT_EQ(driver["properties"]["rulepack_version"], report["engine"]["rulepack_version"]);
  EXPECT_EQ(run["properties"]["verdict"], report["verdict"]);
  EXPECT_EQ(run["properties"]["today"], report["today"]);

  // tool.driver.rules: exactly the rule ids of the findings, each once.
  const json& findings = report["findings"];
  std::set<std::string> finding_rules = testing::RuleIds(report);
  ASSERT_TRUE(driver["rules"].is_array());
  std::vector<std::string> rule_ids;
  for (const auto& r : driver["rules"]) rule_ids.push_back(r["id"]);
  EXPECT_EQ(std::set<std::string>(rule_ids.begin(), rule_ids.end()), finding_rules);
  EXPECT_EQ(rule_ids.size(), finding_rules.size()) << "a rule is listed twice";
  for (const auto& r : driver["rules"]) {
    const std::string id = r["id"];
    SCOPED_TRACE(id);
    const RuleDef* def = pack.Find(id);
    ASSERT_NE(def, nullptr);
    EXPECT_EQ(r["name"], id);
    EXPECT_EQ(r["shortDescription"]["text"], def->title.In(locale));
    EXPECT_EQ(r["fullDescription"]["text"], def->message.In(locale));
    EXPECT_EQ(r["help"]["text"], def->fix.In(locale));
    EXPECT_EQ(r["defaultConfiguration"]["level"], ExpectedLevel(SeverityName(def->severity)));
    EXPECT_EQ(r["properties"]["category"], def->category);
    EXPECT_EQ(r["properties"]["confidence"], def->confidence);
  }

  // results: one per finding, in order, pointing at its rule.
  const json& results = run["results"];
  ASSERT_TRUE(results.is_array());
  ASSERT_EQ(results.size(), findings.size());
  for (size_t i = 0; i < results.size(); ++i) {
    const json& res = results[i];
    const json& f = findings[i];
    SCOPED_TRACE(f.dump());
    EXPECT_EQ(res["ruleId"], f["rule"]);
    ASSERT_TRUE(res["ruleIndex"].is_number_unsigned());
    const size_t index = res["ruleIndex"];
    ASSERT_LT(index, driver["rules"].size());
    EXPECT_EQ(driver["rules"][index]["id"], f["rule"]);
    const std::string severity = f["severity"];
    EXPECT_EQ(res["level"], ExpectedLevel(severity));
    levels_seen->insert(res["level"].get<std::string>());
    EXPECT_EQ(res["properties"]["severity"], severity);
    // The message leads with the finding's message (the fix follows on the next line).
    const std::string text = res["message"]["text"];
    EXPECT_EQ(text.rfind(f["message"].get<std::string>(), 0), 0u);
    if (f.contains("evidence")) EXPECT_EQ(res["properties"]["evidence"], f["evidence"]);

    ASSERT_TRUE(res["locations"].is_array());
    ASSERT_EQ(res["locations"].size(), 1u);
    const json& loc = res["locations"][0];
    EXPECT_EQ(loc["physicalLocation"]["artifactLocation"]["uri"], artifact);
    ASSERT_GE(loc["logicalLocations"].size(), 1u);
    EXPECT_EQ(loc["logicalLocations"][0]["fullyQualifiedName"], f["path"]);
    EXPECT_EQ(loc["logicalLocations"][0]["kind"], "member");
    if (f.contains("span") && f["span"].contains("offset")) {
      ++*regions_seen;
      EXPECT_EQ(loc["physicalLocation"]["region"]["byteOffset"], f["span"]["offset"]);
      if (f["span"].contains("length"))
        EXPECT_EQ(loc["physicalLocation"]["region"]["byteLength"], f["span"]["length"]);
    } else {
      EXPECT_FALSE(loc["physicalLocation"].contains("region"));
    }
  }
}

TEST(Sarif, ExamplesExportFaithfully) {
  std::set<std::string> levels;
  int regions = 0;
  size_t total_findings = 0;
  for (const std::string locale : {"zh-CN", "en"}) {
    auto examples = ExampleReports(locale);
    ASSERT_GE(examples.size(), 3u);
    for (const auto& ex : examples) {
      SCOPED_TRACE(ex.name + " " + locale);
      const std::string artifact = "examples/" + ex.name + ".json";
      std::string sarif = ReportToSarif(ex.report, artifact, RulePack::Builtin(), locale);
      ASSERT_FALSE(sarif.empty());
      ExpectSarifOfReport(ex.report, sarif, artifact, locale, &levels, &regions);
      total_findings += json::parse(ex.report)["findings"].size();
    }
  }
  EXPECT_GT(total_findings, 0u);
  // The examples cover all three levels (block, warn, info).
  EXPECT_EQ(levels, (std::set<std::string>{"error", "warning", "note"}));
}

TEST(Sarif, SpansBecomeRegions) {
  // A WHOIS reply attached to the application: its findings carry byte spans.
  json app = json::parse(testing::ReadFile(BEIAN_SOURCE_DIR "/examples/clean-enterprise.json"));
  ASSERT_TRUE(app.is_object());
  const std::string dir = BEIAN_SOURCE_DIR "/tests/fixtures/whois/";
  std::set<std::string> levels;
  int regions = 0;
  for (const auto& name : testing::FixtureNames(dir, ".txt")) {
    json a = app;
    a["attachments"]["whois"] = json::array({{{"domain", a["websites"][0]["domains"][0]},
                                              {"text", testing::ReadFile(dir + name + ".txt")}}});
    json report = testing::RunCheck(a);
    ASSERT_TRUE(report.contains("findings")) << name;
    std::string sarif = ReportToSarif(report.dump(), "app.json", RulePack::Builtin(), "en");
    ExpectSarifOfReport(report.dump(), sarif, "app.json", "en", &levels, &regions);
  }
  EXPECT_GT(regions, 0);
}

TEST(Sarif, ReportWithoutFindings) {
  const std::string report =
      R"({"engine":{"version":"9.9.9","rulepack_version":"p1"},"verdict":"ready",)"
      R"("today":"2026-11-28","summary":{"block":0,"warn":0,"info":0},"findings":[]})";
  json log = json::parse(ReportToSarif(report, "a.json", RulePack::Builtin(), "en"));
  EXPECT_EQ(log["version"], "2.1.0");
  ASSERT_EQ(log["runs"].size(), 1u);
  EXPECT_TRUE(log["runs"][0]["results"].empty());
  EXPECT_TRUE(log["runs"][0]["tool"]["driver"]["rules"].empty());
  EXPECT_EQ(log["runs"][0]["tool"]["driver"]["semanticVersion"], "9.9.9");
  EXPECT_EQ(log["runs"][0]["properties"]["verdict"], "ready");
}

TEST(Sarif, UnknownRuleAndMissingFieldsStillExport) {
  // A finding of a rule the pack does not know keeps its id; a missing severity counts as info.
  const std::string report = R"({"findings":[{"rule":"X-999","path":"/a","message":"m"}]})";
  json log = json::parse(ReportToSarif(report, "a.json", RulePack::Builtin(), "en"));
  const json& run = log["runs"][0];
  ASSERT_EQ(run["tool"]["driver"]["rules"].size(), 1u);
  EXPECT_EQ(run["tool"]["driver"]["rules"][0]["id"], "X-999");
  EXPECT_FALSE(run["tool"]["driver"]["rules"][0].contains("defaultConfiguration"));
  ASSERT_EQ(run["results"].size(), 1u);
  EXPECT_EQ(run["results"][0]["ruleId"], "X-999");
  EXPECT_EQ(run["results"][0]["ruleIndex"], 0);
  EXPECT_EQ(run["results"][0]["level"], "note");
}

TEST(Sarif, NotAReportGivesEmpty) {
  const RulePack& pack = RulePack::Builtin();
  EXPECT_EQ(ReportToSarif("", "a.json", pack, "en"), "");
  EXPECT_EQ(ReportToSarif("{", "a.json", pack, "en"), "");
  EXPECT_EQ(ReportToSarif("[]", "a.json", pack, "en"), "");
  EXPECT_EQ(ReportToSarif("\"report\"", "a.json", pack, "en"), "");
  EXPECT_EQ(ReportToText("not json", "a.json"), "");
  EXPECT_EQ(ReportToText("[1]", "a.json"), "");
}

TEST(Sarif, TextSummaryListsEveryFinding) {
  for (const auto& ex : ExampleReports("en")) {
    SCOPED_TRACE(ex.name);
    json report = json::parse(ex.report);
    std::string text = ReportToText(ex.report, ex.name);
    EXPECT_EQ(text.rfind(ex.name + ": " + report["verdict"].get<std::string>(), 0), 0u) << text;
    std::map<std::string, int> tags;
    size_t lines = 0;
    for (size_t p = 0; (p = text.find("\n  ", p)) != std::string::npos; ++p) {
      const std::string tag = text.substr(p + 3, 5);
      if (tag == "BLOCK" || tag == "WARN " || tag == "INFO ") ++tags[tag], ++lines;
    }
    EXPECT_EQ(lines, report["findings"].size());
    EXPECT_EQ(tags["BLOCK"], report["summary"]["block"].get<int>());
    EXPECT_EQ(tags["WARN "], report["summary"]["warn"].get<int>());
    EXPECT_EQ(tags["INFO "], report["summary"]["info"].get<int>());
    for (const auto& f : report["findings"])
      EXPECT_NE(text.find(" " + f["rule"].get<std::string>() + "  "), std::string::npos);
  }
}

}  // namespace
}  // namespace beian
