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

// DSP-008: any one of 版权所有, ©, "copyright" in any ASCII case or the company's name (spaces
// in the typed name do not count) next to the number keeps it quiet; none of them fires it.
TEST(HtmlRules, CopyrightLineAnyOneOfItsForms) {
  auto app_with_footer = [](const std::string& footer, const std::string& company) {
    json app = {{"subject",
                 {{"province", "浙江"},
                  {"type", "enterprise"},
                  {"name", company},
                  {"certificate_type", "business_license"}}},
                {"websites",
                 {{{"name", "青禾数码官网"},
                   {"domains", {"qinghe-tech.com"}},
                   {"home_url", "https://www.qinghe-tech.com/"}}}}};
    app["attachments"]["site_pages"] = json::array(
        {{{"url", "https://www.qinghe-tech.com/"},
          {"html", "<html><head><title>青禾数码官网</title></head><body><h1>智能硬件</h1><footer>" +
                       footer +
                       "<a href=\"https://beian.miit.gov.cn/\">浙ICP备2024012345号-1</a>"
                       "</footer></body></html>"}}});
    return app;
  };
  const std::string company = "杭州青禾数码科技有限公司";
  EXPECT_TRUE(testing::Fires(RunCheck(app_with_footer("", company)), "DSP-008"));
  EXPECT_TRUE(
      testing::Fires(RunCheck(app_with_footer("<p>青禾数码 2024</p>", company)), "DSP-008"));
  for (const std::string footer : {"<p>版权所有</p>", "<p>&copy; 2024</p>", "<p>COPYRIGHT 2024</p>",
                                   "<p>CopyRight</p>", "<p>杭州青禾数码科技有限公司</p>"})
    EXPECT_FALSE(testing::Fires(RunCheck(app_with_footer(footer, company)), "DSP-008")) << footer;
  EXPECT_FALSE(testing::Fires(
      RunCheck(app_with_footer("<p>杭州青禾数码科技有限公司</p>", "杭州 青禾数码科技有限公司")),
      "DSP-008"));
  EXPECT_TRUE(testing::Fires(RunCheck(app_with_footer("<p>COPY RIGHT</p>", company)), "DSP-008"));
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
  json r = RunCheck(app);
  CheckRules(r, {{"DSP-007", "block"}, {"DSP-006", "warn"}}, "wrong province");
  // One problem, one finding: DSP-003 (another province's prefix) joins DSP-007 (not the filed
  // number) at the same path.
  auto d7 = FindingsOf(r, "DSP-007");
  ASSERT_EQ(d7.size(), 1u);
  EXPECT_EQ(d7[0]["also"], json::array({"DSP-003"}));
  EXPECT_EQ(testing::RuleIds(r).count("DSP-003"), 0u);
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

// Calibration (issue "Verdicts a seller can trust"): the page rules block only on what the page
// shows for sure.
namespace calibration_cases {
using testing::FindingsOf;
using testing::Fires;
using testing::RunCheck;

const char kFooter[] =
    "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>青禾数码官网</title></head><body>"
    "<h1>青禾数码</h1><p>杭州青禾数码科技有限公司专注物联网终端与配套软件的研发。</p>"
    "<footer><p>© 2024 杭州青禾数码科技有限公司 版权所有</p>%s</footer></body></html>";

std::string Page(const std::string& footer) {
  std::string s = kFooter;
  s.replace(s.find("%s"), 2, footer);
  return s;
}

std::string Miit(const std::string& number) {
  return "<p><a href=\"https://beian.miit.gov.cn/\">" + number + "</a></p>";
}

json PagesApp(std::vector<std::pair<std::string, std::string>> pages, int sites = 1) {
  json app = {
      {"subject",
       {{"type", "enterprise"}, {"province", "浙江"}, {"name", "杭州青禾数码科技有限公司"}}},
      {"websites", {{{"name", "青禾数码官网"}, {"domains", {"qinghe-tech.com"}}}}},
      {"public_security",
       {{"icp_number", "浙ICP备2024012345号-1"}, {"psb_number", "浙公网安备33010602011771号"}}}};
  if (sites > 1)
    app["websites"].push_back({{"name", "青禾数码商城"}, {"domains", {"qinghe-shop.com"}}});
  json list = json::array();
  for (const auto& [url, html] : pages) {
    json p = {{"html", html}};
    if (!url.empty()) p["url"] = url;
    list.push_back(p);
  }
  app["attachments"]["site_pages"] = list;
  return app;
}

TEST(Calibration, Dsp001AppShellAndDefaultHomepage) {
  // The audit's case: a Vue site whose uploaded HTML is the empty shell.
  std::string shell =
      "<!DOCTYPE html><html><head><title>青禾数码</title><script type=\"module\" "
      "src=\"/assets/index.js\"></script></head><body><div id=\"app\"></div></body></html>";
  auto f = FindingsOf(RunCheck(PagesApp({{"https://www.qinghe-tech.com/", shell}})), "DSP-001");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["severity"], "warn");
  EXPECT_EQ(f[0]["message_id"], "not_rendered");
  EXPECT_EQ(f[0]["path"], "/attachments/site_pages/0/html");
  // A rendered page without a URL: the first page is only presumed the homepage.
  f = FindingsOf(RunCheck(PagesApp({{"", Page("")}})), "DSP-001");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["severity"], "warn");
  EXPECT_EQ(f[0]["message_id"], "first_page");
  // The rendered homepage, known by its URL, without a number: still blocked.
  f = FindingsOf(RunCheck(PagesApp({{"https://www.qinghe-tech.com/", Page("")}})), "DSP-001");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["severity"], "block");
  EXPECT_EQ(f[0]["message_id"], "default");
  EXPECT_EQ(f[0]["args"]["url"], "https://www.qinghe-tech.com/");
}

// One problem, one finding: the same rule hitting several uploaded pages of one website is one
// finding; `span` is the first hit, `spans` every hit. Pages of another website stay apart. A
// field check of any of those pages returns that finding, exactly as the full check has it.
TEST(RepeatedHits, OneRuleOnSeveralPagesOfOneWebsiteIsOneFinding) {
  std::string number = Miit("浙ICP备2024012345号-1");
  std::string bad = Page(number + "<p>本站提供网络赌博下注服务。</p>");
  json app = PagesApp({{"https://www.qinghe-tech.com/", bad},
                       {"https://www.qinghe-tech.com/about.html", bad},
                       {"https://www.qinghe-shop.com/", bad}},
                      2);
  json r = RunCheck(app);
  std::vector<json> cnt009 = FindingsOf(r, "CNT-009");
  ASSERT_EQ(cnt009.size(), 2u) << Dump(cnt009, 1);
  const json& site1 = cnt009[0]["path"] == "/attachments/site_pages/0/html" ? cnt009[0] : cnt009[1];
  const json& site2 = &site1 == &cnt009[0] ? cnt009[1] : cnt009[0];
  EXPECT_EQ(site1["path"], "/attachments/site_pages/0/html");
  ASSERT_TRUE(site1.contains("spans")) << Dump(site1);
  ASSERT_EQ(site1["spans"].size(), 2u);
  EXPECT_EQ(site1["spans"][0], site1["span"]);
  EXPECT_EQ(site1["spans"][1]["attachment"], "/attachments/site_pages/1/html");
  EXPECT_EQ(site1["spans"][1]["offset"], site1["span"]["offset"]);  // the same page twice
  EXPECT_EQ(site2["path"], "/attachments/site_pages/2/html");
  EXPECT_FALSE(site2.contains("spans"));
  // Counted once each in the summary.
  int warn = 0;
  for (const auto& f : r["findings"]) warn += f["severity"] == "warn";
  EXPECT_EQ(r["summary"]["warn"].get<int>(), warn);
  // The live check of the second page shows the merged finding.
  CheckOptions o;
  o.field = "/attachments/site_pages/1/html";
  json live = json::parse(Check(Dump(app), o).report);
  std::vector<json> want;
  for (const auto& f : r["findings"])
    for (const auto& s : f.value("spans", json::array()))
      if (s["attachment"] == o.field) want.push_back(f);
  std::vector<json> got = FindingsOf(live, "CNT-009");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0], site1);
  ASSERT_EQ(want.size(), 1u);
  EXPECT_EQ(want[0], got[0]);
}

TEST(Calibration, Dsp003And007AgencyCredit) {
  // The audit's case: the page's own number plus the agency's 粤 credit.
  std::string html =
      Page(Miit("浙ICP备2024012345号-1") + "<p>网站建设：深圳市云帆网络 粤ICP备18012345号-1</p>");
  json r = RunCheck(PagesApp({{"https://www.qinghe-tech.com/", html}}));
  // The agency's credit is one extra number: DSP-007 "extra" (warn), with DSP-003 (another
  // province's prefix) folded into it: one finding.
  auto d7 = FindingsOf(r, "DSP-007");
  ASSERT_EQ(d7.size(), 1u);
  EXPECT_EQ(d7[0]["rule"], "DSP-007");
  EXPECT_EQ(d7[0]["also"], json::array({"DSP-003"}));
  EXPECT_EQ(d7[0]["severity"], "warn");
  EXPECT_EQ(d7[0]["message_id"], "extra");
  EXPECT_EQ(d7[0]["args"]["number"], "粤ICP备18012345号-1");
  EXPECT_EQ(testing::RuleIds(r).count("DSP-003"), 0u);
  // Only another province's number: DSP-007 blocks, DSP-003 joins it.
  r = RunCheck(PagesApp({{"https://www.qinghe-tech.com/", Page(Miit("粤ICP备18012345号-1"))}}));
  EXPECT_EQ(FindingsOf(r, "DSP-003").at(0)["rule"], "DSP-007");
  d7 = FindingsOf(r, "DSP-007");
  ASSERT_EQ(d7.size(), 1u);
  EXPECT_EQ(d7[0]["severity"], "block");
  EXPECT_EQ(d7[0]["message_id"], "default");
  EXPECT_EQ(d7[0]["args"]["filed"], "浙ICP备2024012345号-1");
}

TEST(Calibration, Dsp007And011SecondSite) {
  // The audit's case: two sites; site 2's page shows its own -2 number and its own 公安 number.
  std::string html =
      Page(Miit("浙ICP备2024012345号-2") +
           "<p><a href=\"https://beian.mps.gov.cn/\">浙公网安备33010602012399号</a></p>");
  json r = RunCheck(PagesApp({{"https://www.qinghe-shop.com/", html}}, 2));
  EXPECT_FALSE(Fires(r, "DSP-007"));
  auto d11 = FindingsOf(r, "DSP-011");
  ASSERT_EQ(d11.size(), 1u);
  EXPECT_EQ(d11[0]["severity"], "warn");
  EXPECT_EQ(d11[0]["message_id"], "other_site");
  EXPECT_EQ(d11[0]["args"]["number"], "浙公网安备33010602012399号");
  // One site showing another 公安 number: still blocked.
  r = RunCheck(PagesApp({{"https://www.qinghe-tech.com/", html}}));
  d11 = FindingsOf(r, "DSP-011");
  ASSERT_EQ(d11.size(), 1u);
  EXPECT_EQ(d11[0]["severity"], "block");
  EXPECT_EQ(d11[0]["message_id"], "default");
}

}  // namespace calibration_cases

}  // namespace
}  // namespace beian
