// The report: its shape, finding order and verdict, the field filter, the locale, and a custom
// rule pack (core/engine/report.cc, core/engine/check.cc).
#include <gtest/gtest.h>

#include "core/check.h"
#include "core/json.h"
#include "core/rulepack.h"
#include "tests/unit/test_util.h"

namespace beian {
namespace {

using testing::FindingsOf;
using testing::Fires;
using testing::RunCheck;

TEST(Report, ShapeOrderAndVerdict) {
  json report = RunCheck(json{{"subject",
                               {{"type", "enterprise"},
                                {"certificate_type", "business_license"},
                                {"certificate_number", "91330106673959654Q"},
                                {"nickname", "x"}}},
                              {"websites", {{{"name", "中国茶"}}}}});
  for (const char* key : {"schema_version", "engine", "today", "verdict", "summary", "findings"})
    EXPECT_TRUE(report.contains(key)) << key;
  EXPECT_EQ(report["today"], "2026-11-28");
  EXPECT_EQ(report["verdict"], "blocked");
  int last = -1;
  std::string last_path;
  for (const auto& f : report["findings"]) {
    int rank = f["severity"] == "block" ? 0 : f["severity"] == "warn" ? 1 : 2;
    EXPECT_GE(rank, last);
    if (rank == last) EXPECT_LE(last_path, f["path"].get<std::string>());
    last = rank;
    last_path = f["path"];
  }
  EXPECT_EQ(report["summary"]["block"].get<int>() + report["summary"]["warn"].get<int>() +
                report["summary"]["info"].get<int>(),
            static_cast<int>(report["findings"].size()));
}

TEST(Report, FieldFilterKeepsOnlyThatField) {
  json app = {{"subject", {{"type", "enterprise"}, {"certificate_number", "91330106673959654Q"}}},
              {"websites", {{{"name", "中国茶"}}}}};
  CheckOptions o;
  o.today = "2026-11-28";
  o.field = "/subject/certificate_number";
  json report = json::parse(Check(Dump(app), o).report);
  ASSERT_FALSE(report["findings"].empty());
  for (const auto& f : report["findings"]) EXPECT_EQ(f["path"], "/subject/certificate_number");
}

TEST(Report, LocaleSwitchesMessages) {
  json app = {{"subject", {{"type", "enterprise"}, {"certificate_number", "91330106673959654Q"}}}};
  json zh = RunCheck(app, nullptr, "zh-CN");
  json en = RunCheck(app, nullptr, "en");
  auto a = FindingsOf(zh, "ENT-003"), b = FindingsOf(en, "ENT-003");
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_NE(a[0]["message"], b[0]["message"]);
  EXPECT_EQ(a[0]["path"], b[0]["path"]);
}

TEST(Rules, CustomPackCanBeLoaded) {
  std::string error;
  auto pack = RulePack::Parse(
      R"({"version":"custom-1","rules":[{"id":"NAME-002","severity":"info","confidence":"V",
      "message":"digits","fix":"x","source":"s","title":"t"}]})",
      &error);
  ASSERT_NE(pack, nullptr) << error;
  json report = RunCheck(json{{"websites", {{{"name", "2046"}}}}}, pack.get());
  EXPECT_EQ(report["engine"]["rulepack_version"], "custom-1");
  auto f = FindingsOf(report, "NAME-002");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["severity"], "info");
  EXPECT_FALSE(Fires(report, "NAME-001"));  // not in the custom pack: not run
  EXPECT_EQ(RulePack::Parse("{", &error), nullptr);
}

// One problem, one finding: SEED-009 restates CNT-004 (pack "restates"); where both report at
// the same path the report keeps CNT-004 and names SEED-009 in "also", counted once. A folded
// finding's own "also" moves with it.
TEST(Report, ARestatingRuleFoldsIntoTheOfficialFinding) {
  json app = {{"subject", {{"type", "individual"}, {"province", "浙江"}, {"name", "李晓梅"}}},
              {"websites",
               {{{"name", "晓梅的花茶小店"},
                 {"service_types", {"网络购物"}},
                 {"features", {{"payment", true}}}}}}};
  json report = RunCheck(app);
  int block = 0;
  json payment, shopping;
  for (const auto& f : report["findings"]) {
    EXPECT_NE(f["rule"], "SEED-009") << "SEED-009 reported on its own at " << f["path"];
    if (f["severity"] == "block") ++block;
    if (f["path"] == "/websites/0/features/payment" && f["rule"] == "CNT-004") payment = f;
    if (f["path"] == "/websites/0/service_types/0" && f["severity"] == "block") {
      EXPECT_TRUE(shopping.is_null()) << "two findings at the service type";
      shopping = f;
    }
  }
  ASSERT_FALSE(payment.is_null());
  EXPECT_EQ(payment["rule"], "CNT-004");
  EXPECT_EQ(payment["also"], json::array({"SEED-009"}));
  // At the service type a chain folds: SEED-009 restates CNT-004, which restates CNT-005 there.
  ASSERT_FALSE(shopping.is_null());
  EXPECT_EQ(shopping["rule"], "CNT-005");
  ASSERT_TRUE(shopping.contains("also"));
  std::set<std::string> also(shopping["also"].begin(), shopping["also"].end());
  EXPECT_EQ(also, (std::set<std::string>{"CNT-004", "SEED-009"}));
  EXPECT_EQ(report["summary"]["block"].get<int>(), block);
}

}  // namespace
}  // namespace beian
