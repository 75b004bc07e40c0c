// Engine, input handling and the first slice of rules (asserting on rule ids and fields).
#include <gtest/gtest.h>

#include "core/date.h"
#include "core/engine/context.h"
#include "core/ids.h"
#include "core/province.h"
#include "test_util.h"

namespace beian {
namespace {

using testing::FindingsOf;
using testing::Fires;
using testing::RunCheck;

TEST(Engine, MaskIdKeepsSixAndTwo) {
  EXPECT_EQ(MaskId("330106198503172012"), "330106**********12");
  EXPECT_EQ(MaskId("1234"), "****");
}

TEST(Dates, ParseAndArithmetic) {
  EXPECT_FALSE(Date::Parse("2026-02-29").has_value());
  EXPECT_TRUE(Date::Parse("2024-02-29").has_value());
  EXPECT_EQ(Date::Parse("2026-11-28")->Weekday(), 5);  // Saturday
  EXPECT_EQ(Date::Parse("2026-01-31")->AddMonths(1).ToString(), "2026-02-28");
  EXPECT_EQ(Date::FromDays(Date::Parse("2000-03-01")->Days()).ToString(), "2000-03-01");
}

TEST(Province, Normalisation) {
  EXPECT_EQ(ProvinceCode("浙江"), 33);
  EXPECT_EQ(ProvinceCode("浙江省"), 33);
  EXPECT_EQ(ProvinceCode("浙"), 33);
  EXPECT_EQ(ProvinceCode("33"), 33);
  EXPECT_EQ(ProvinceCode("330106"), 33);
  EXPECT_EQ(ProvinceCode("Zhejiang"), 33);
  EXPECT_EQ(ProvinceCode("蜀"), 51);
  EXPECT_EQ(ProvinceCode("火星"), 0);
}

TEST(Input, MalformedJsonIsAnErrorWithAPosition) {
  CheckResult r = Check("{\"subject\": {\"name\": }");
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.error.find("byte"), std::string::npos) << r.error;
  EXPECT_FALSE(Check("").ok);
  EXPECT_FALSE(Check("[1, 2]").ok);
}

TEST(Input, DeepNestingIsRefused) {
  std::string deep = "{\"a\":" + std::string(100000, '[') + std::string(100000, ']') + "}";
  CheckResult r = Check(deep);
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.error.find("nested"), std::string::npos);
}

TEST(Input, WrongTypeGivesAFindingWithItsPath) {
  json report = RunCheck(
      json{{"subject", {{"name", 42}, {"principal", "王立新"}}}, {"websites", json::object()}});
  auto f = FindingsOf(report, "INPUT-002");
  std::set<std::string> paths;
  for (const auto& x : f) paths.insert(x["path"].get<std::string>());
  EXPECT_TRUE(paths.count("/subject/name"));
  EXPECT_TRUE(paths.count("/subject/principal"));
  EXPECT_TRUE(paths.count("/websites"));
}

TEST(Input, UnknownFieldAndEnumAndDate) {
  json report = RunCheck(json{{"subjekt", json::object()},
                              {"subject", {{"type", "company"}}},
                              {"public_security", {{"icp_approved_on", "2026/01/02"}}}});
  ASSERT_EQ(FindingsOf(report, "INPUT-001").size(), 1u);
  EXPECT_EQ(FindingsOf(report, "INPUT-001")[0]["path"], "/subjekt");
  EXPECT_EQ(FindingsOf(report, "INPUT-001")[0]["severity"], "info");
  EXPECT_EQ(FindingsOf(report, "INPUT-003")[0]["path"], "/subject/type");
  EXPECT_EQ(FindingsOf(report, "INPUT-005")[0]["path"], "/public_security/icp_approved_on");
}

TEST(Input, LongArraysAreCut) {
  json sites = json::array();
  for (int i = 0; i < 1500; ++i) sites.push_back({{"name", "青禾茶叶"}});
  json report = RunCheck(json{{"websites", sites}});
  EXPECT_TRUE(Fires(report, "INPUT-006"));
}

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

TEST(Rules, IdNumbersAreMaskedInEvidence) {
  json app = {
      {"subject",
       {{"type", "enterprise"},
        {"principal",
         {{"name", "王立新"}, {"id_type", "resident_id"}, {"id_number", "330106198503172016"}}}}}};
  json report = RunCheck(app);
  auto f = FindingsOf(report, "PPL-014");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["evidence"], "330106**********16");
  EXPECT_EQ(report.dump().find("330106198503172016"), std::string::npos);
}

TEST(Rules, FullWidthIdIsReadButFlagged) {
  json app = {{"subject",
               {{"type", "individual"},
                {"certificate_type", "resident_id"},
                {"certificate_number", "３３０１０６１９８５０３１７２０１２"}}}};
  json report = RunCheck(app);
  auto f = FindingsOf(report, "PPL-014");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["severity"], "warn");
}

TEST(Rules, ProvinceRuleOnlyInItsProvince) {
  json person = {{"name", "陈静"}, {"mobile", "13907151234"}, {"emergency_phone", "13907151234"}};
  json hubei = RunCheck(json{{"subject", {{"province", "湖北省"}, {"principal", person}}}});
  json zj = RunCheck(json{{"subject", {{"province", "浙江"}, {"principal", person}}}});
  EXPECT_TRUE(Fires(hubei, "CON-005"));
  EXPECT_FALSE(Fires(hubei, "CON-004"));  // reported once, under the more specific rule
  EXPECT_FALSE(Fires(zj, "CON-005"));
  EXPECT_TRUE(Fires(zj, "CON-004"));
}

TEST(Rules, Name002And003AreExclusive) {
  json digits = RunCheck(json{{"websites", {{{"name", "2046"}}}}});
  EXPECT_TRUE(Fires(digits, "NAME-002"));
  EXPECT_FALSE(Fires(digits, "NAME-003"));
  json latin = RunCheck(json{{"websites", {{{"name", "Qinghe 2046"}}}}});
  EXPECT_FALSE(Fires(latin, "NAME-002"));
  EXPECT_TRUE(Fires(latin, "NAME-003"));
}

TEST(Rules, DomainVariants) {
  json report =
      RunCheck(json{{"websites",
                     {{{"domains",
                        {"www.qinghe-tea.com", "shop.qinghe-tea.com.cn", "https://qinghe-tea.net/a",
                         "qinghe.myshopify.com", "qinghe-tea.com"}}}}}});
  auto f = FindingsOf(report, "DOM-002");
  ASSERT_EQ(f.size(), 4u);
  EXPECT_EQ(f[0]["path"], "/websites/0/domains/0");
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

}  // namespace
}  // namespace beian
