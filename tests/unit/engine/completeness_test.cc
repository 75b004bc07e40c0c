// report.completeness and INPUT-013: what a real submission still lacks (core/engine/
// completeness.cc, the required items in INPUT-013's pack params).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/check.h"
#include "core/json.h"
#include "tests/unit/test_util.h"

namespace beian {
namespace {

using testing::FindingsOf;
using testing::RunCheck;

json Clean() {
  return json::parse(
      testing::ReadFile(std::string(BEIAN_SOURCE_DIR) + "/examples/clean-enterprise.json"));
}

TEST(Completeness, ACompleteApplicationMissesNothing) {
  json report = RunCheck(Clean());
  ASSERT_TRUE(report.contains("completeness"));
  const json& c = report["completeness"];
  EXPECT_GT(c["required"].get<int>(), 20);
  EXPECT_EQ(c["provided"], c["required"]);
  EXPECT_TRUE(c["missing"].empty());
  EXPECT_TRUE(FindingsOf(report, "INPUT-013").empty());
  EXPECT_EQ(report["verdict"], "ready");
}

TEST(Completeness, AMissingItemIsNamedAndTheVerdictIsNotReady) {
  json app = Clean();
  app["subject"]["principal"].erase("mobile");
  app["websites"][0]["responsible_person"]["email"] = "   ";  // blank is not provided
  app["subject"]["mailing_address"] = 12345;                 // wrong type: removed, so missing
  json report = RunCheck(app);
  const json& c = report["completeness"];
  EXPECT_EQ(c["required"].get<int>() - c["provided"].get<int>(), 3);
  std::vector<std::string> paths;
  for (const auto& m : c["missing"]) {
    paths.push_back(m["path"].get<std::string>());
    EXPECT_FALSE(m["label"].get<std::string>().empty());
  }
  EXPECT_EQ(paths, (std::vector<std::string>{"/subject/mailing_address",
                                             "/subject/principal/mobile",
                                             "/websites/0/responsible_person/email"}));
  auto f = FindingsOf(report, "INPUT-013");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["severity"], "warn");
  EXPECT_EQ(f[0]["args"]["count"], "3");
  EXPECT_EQ(f[0]["path"], "");
  EXPECT_NE(report["verdict"], "ready");
}

TEST(Completeness, ItemsFollowTheSubjectType) {
  json app = Clean();
  app["subject"]["type"] = "individual";
  app["subject"].erase("legal_representative_name");
  json report = RunCheck(app);
  for (const auto& m : report["completeness"]["missing"])
    EXPECT_NE(m["path"], "/subject/legal_representative_name");
  json org = Clean();
  org["subject"].erase("legal_representative_name");
  bool named = false;
  json org_report = RunCheck(org);
  for (const auto& m : org_report["completeness"]["missing"])
    named = named || m["path"] == "/subject/legal_representative_name";
  EXPECT_TRUE(named);
}

TEST(Completeness, EveryWebsiteCountsAndFieldChecksLeaveItOut) {
  json app = Clean();
  json second = app["websites"][0];
  second.erase("home_url");
  app["websites"].push_back(second);
  json report = RunCheck(app);
  ASSERT_EQ(report["completeness"]["missing"].size(), 1u);
  EXPECT_EQ(report["completeness"]["missing"][0]["path"], "/websites/1/home_url");
  CheckOptions o;
  o.today = "2026-11-28";
  o.field = "/websites/1";
  CheckResult r = Check(Dump(app), o);
  ASSERT_TRUE(r.ok);
  EXPECT_FALSE(json::parse(r.report).contains("completeness"));
}

TEST(Completeness, ASectionMissingIsInput009NotAListOfItems) {
  json report = RunCheck(json{{"subject", {{"name", "杭州青禾贸易有限公司"}}}});
  EXPECT_FALSE(FindingsOf(report, "INPUT-009").empty());
  EXPECT_TRUE(FindingsOf(report, "INPUT-013").empty());
}

}  // namespace
}  // namespace beian
