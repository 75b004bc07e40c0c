// The DSP-xxx rules (core/rules/dsp/): rule ids, severities, paths and arguments of
// their findings on small applications; never rendered text.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "core/check.h"
#include "core/json.h"
#include "tests/unit/rules/names_apps.h"
#include "tests/unit/rules/pages_apps.h"

namespace beian {
namespace {

namespace names_cases {
using namespace testing::names;  // NOLINT

TEST(CatalogCDisplay, FiledSitesAndLicence) {
  json app = Company("青禾茶叶商城");
  json filed = {{"domain", "qinghe-old.com"},
                {"icp_number", "浙ICP备2024012345号-1"},
                {"reachable", true},
                {"shows_icp_number", false}};
  app["subject"]["filed_sites"] = json::array({filed});
  json r = RunCheck(app);
  EXPECT_EQ(SeverityOf(r, "DSP-013"), "block");
  EXPECT_EQ(FindingsOf(r, "DSP-013").front().value("path", ""),
            "/subject/filed_sites/0/shows_icp_number");
  EXPECT_EQ(SeverityOf(r, "DSP-016"), "info");  // reminder, never a warning on its own

  app["subject"]["value_added_telecom_license"] = "浙B2-20240101";
  EXPECT_EQ(SeverityOf(RunCheck(app), "DSP-015"), "info");
}

}  // namespace names_cases

namespace pages_cases {
using namespace testing::pages;  // NOLINT

TEST(HtmlRules, CorrectFooterIsQuiet) {
  json app = WithPage(
      {{"subject", Subject()},
       {"websites", {{{"name", "青禾数码"}, {"domains", {"qinghe-tech.com"}}}}},
       {"public_security",
        {{"icp_number", "浙ICP备2024012345号-1"}, {"psb_number", "浙公网安备33010602011771号"}}}},
      "footer_correct.html");
  json r = RunCheck(app);
  CheckRules(r,
             {{"DSP-001", ""},
              {"DSP-002", ""},
              {"DSP-003", ""},
              {"DSP-004", ""},
              {"DSP-005", ""},
              {"DSP-006", ""},
              {"DSP-007", ""},
              {"DSP-008", ""},
              {"DSP-010", ""},
              {"DSP-011", ""},
              {"PSB-007", ""},
              {"NAME-026", ""},
              {"CNT-008", ""},
              {"CNT-001", ""},
              {"CNT-010", ""}},
             "footer_correct");
  const json* page = At(r, "/facts/site_pages/0");
  ASSERT_NE(page, nullptr) << Dump(r.value("facts", json()));
  EXPECT_EQ(page->value("title", ""), "青禾数码 - 智能硬件与软件开发服务");
  EXPECT_EQ((*page)["icp_numbers"], json({"浙ICP备2024012345号-1"}));
  EXPECT_TRUE(page->value("links_to_miit", false));
  EXPECT_TRUE(page->value("links_to_mps", false));
}

TEST(HtmlRules, UnlinkedNumberBlocksWithSpan) {
  json app = WithPage({{"subject", Subject("广东")}}, "number_no_link.html");
  json r = RunCheck(app);
  CheckRules(r, {{"DSP-004", "block"}, {"DSP-003", ""}, {"DSP-006", ""}, {"DSP-005", ""}},
             "number_no_link");
  auto fs = FindingsOf(r, "DSP-004");
  ASSERT_FALSE(fs.empty());
  EXPECT_EQ(SpanText(app, fs[0]), "粤ICP备2023007649号");
  EXPECT_EQ(fs[0].value("path", ""), "/attachments/site_pages/0/html");
}

TEST(HtmlRules, WrongProvinceAndOwnNumber) {
  json app = WithPage({{"subject", Subject("浙江")},
                       {"public_security", {{"icp_number", "浙ICP备2024012345号-1"}}}},
                      "number_no_link.html");
  CheckRules(RunCheck(app), {{"DSP-003", "block"}, {"DSP-007", "block"}, {"DSP-006", "warn"}},
             "wrong province");
}

TEST(HtmlRules, MissingHao) {
  json app = WithPage({{"subject", Subject("四川")}}, "missing_hao.html");
  json r = RunCheck(app);
  CheckRules(r, {{"DSP-002", "warn"}, {"DSP-001", ""}, {"DSP-003", ""}, {"DSP-004", ""}},
             "missing_hao");
  auto fs = FindingsOf(r, "DSP-002");
  ASSERT_FALSE(fs.empty());
  EXPECT_NE(fs[0].value("message", "").find("号"), std::string::npos);
  EXPECT_EQ(SpanText(app, fs[0]), "川ICP备2023058845");
}

TEST(HtmlRules, RetiredHosts) {
  json app = WithPage(
      {{"subject", Subject()}, {"public_security", {{"psb_number", "浙公网安备33011002012345号"}}}},
      "retired_host.html");
  CheckRules(RunCheck(app), {{"DSP-004", "warn"}, {"DSP-010", "warn"}, {"DSP-011", ""}},
             "retired_host");
}

TEST(HtmlRules, NumberInTheMiddle) {
  json app = WithPage({{"subject", Subject("湖北")}}, "number_mid_page.html");
  CheckRules(RunCheck(app), {{"DSP-005", "warn"}, {"DSP-004", ""}}, "number_mid_page");
}

TEST(HtmlRules, NoNumberOnHomepage) {
  json app = WithPage({{"subject", Subject()}}, "no_number.html");
  CheckRules(RunCheck(app), {{"DSP-001", "info"}}, "not filed yet");
  app["public_security"] = {{"icp_number", "浙ICP备2024012345号-1"}};
  CheckRules(RunCheck(app), {{"DSP-001", "block"}}, "filed");
}

TEST(HtmlRules, GuangdongEntityNumber) {
  json app = WithPage({{"subject", Subject("广东")}}, "entity_number_gd.html");
  CheckRules(RunCheck(app), {{"DSP-006", ""}, {"DSP-003", ""}, {"DSP-004", ""}}, "gd entity");
}

TEST(HtmlRules, MalformedPageIsReadNotCrashed) {
  json app = WithPage({{"subject", Subject()}}, "malformed.html");
  json r = RunCheck(app);
  CheckRules(r, {{"DSP-002", "warn"}, {"DSP-004", ""}}, "malformed");
  EXPECT_GE(FindingsOf(r, "DSP-002").size(), 4u);
}

}  // namespace pages_cases

}  // namespace
}  // namespace beian
