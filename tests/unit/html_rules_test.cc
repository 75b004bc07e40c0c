// End-to-end checks of the page and licence rules on the hand-written fixtures: the application
// carries the fixture as an attachment, the report must (not) contain the listed rules with the
// listed severity, spans must point at the evidence, and report.facts must describe the upload.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.h"

namespace beian {
namespace {

using testing::FindingsOf;
using testing::ReadFile;
using testing::RunCheck;

std::string Fixture(const std::string& path) {
  return ReadFile(std::string(BEIAN_SOURCE_DIR) + "/tests/fixtures/" + path);
}

json Subject(const std::string& province = "浙江", const std::string& type = "enterprise") {
  return {{"province", province}, {"type", type}, {"name", "杭州青禾数码科技有限公司"}};
}

json WithPage(json app, const std::string& fixture,
              const std::string& url = "https://www.qinghe-tech.com/") {
  app["attachments"]["site_pages"] =
      json::array({{{"url", url}, {"html", Fixture("html/" + fixture)}}});
  return app;
}

struct Expect {
  std::string rule;
  std::string severity;  // "" = must not fire
};

void CheckRules(const json& report, const std::vector<Expect>& expects, const std::string& name) {
  ASSERT_TRUE(report.contains("findings")) << name << ": " << Dump(report);
  for (const auto& e : expects) {
    auto fs = FindingsOf(report, e.rule);
    if (e.severity.empty()) {
      EXPECT_TRUE(fs.empty()) << name << ": " << e.rule << " fired: " << Dump(fs, 1);
      continue;
    }
    ASSERT_FALSE(fs.empty()) << name << ": " << e.rule << " did not fire";
    EXPECT_EQ(fs[0].value("severity", ""), e.severity)
        << name << ": " << e.rule << " " << Dump(fs[0]);
  }
}

// The text a finding's span points at.
std::string SpanText(const json& app, const json& finding) {
  const json* span = At(finding, "/span");
  if (!span) return "";
  const std::string* text = Str(app, span->value("attachment", ""));
  if (!text) return "";
  size_t off = span->value("offset", 0), len = span->value("length", 0);
  if (off + len > text->size()) return "<out of range>";
  return text->substr(off, len);
}

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

TEST(HtmlRules, ShopAndInteractiveFeatures) {
  json app =
      WithPage({{"subject", Subject()}, {"public_security", {{"interactive_service", false}}}},
               "shop_cart.html");
  json r = RunCheck(app);
  CheckRules(r, {{"CNT-010", "warn"}, {"PSB-005", "warn"}}, "shop_cart");
  auto fs = FindingsOf(r, "CNT-010");
  ASSERT_FALSE(fs.empty());
  EXPECT_NE(fs[0].value("message", "").find("非交互式"), std::string::npos);
  const json* features = At(r, "/facts/site_pages/0/features");
  ASSERT_NE(features, nullptr);
  EXPECT_GE(features->size(), 5u);
}

TEST(HtmlRules, PersonalFilingWithShopSignals) {
  json app = WithPage({{"subject", Subject("浙江", "individual")}}, "shop_cart.html");
  CheckRules(RunCheck(app), {{"CNT-004", "block"}}, "personal shop");
  app = WithPage({{"subject", Subject("四川", "individual")}}, "personal_blog.html");
  json r = RunCheck(app);
  CheckRules(r, {{"CNT-004", "block"}, {"CNT-008", ""}, {"DSP-008", ""}, {"DSP-002", ""}},
             "personal blog with comments");
}

TEST(HtmlRules, TopicsWithoutApproval) {
  json app = WithPage({{"subject", Subject("江苏")}, {"websites", {{{"name", "康宁健康"}}}}},
                      "news_medical.html");
  json r = RunCheck(app);
  CheckRules(r, {{"CNT-001", "warn"}, {"CNT-011", "info"}}, "news_medical");
  bool drugs_flagged = false;
  for (const auto& f : FindingsOf(r, "CNT-011"))
    if (f.value("message", "").find("药品") != std::string::npos) drugs_flagged = true;
  EXPECT_FALSE(drugs_flagged) << "the page shows its drug-information certificate";
  // With the news approval declared, the news hit goes away.
  app["websites"][0]["pre_approvals"] = {{{"field", "news"}, {"approval_number", "32120220001"}}};
  for (const auto& f : FindingsOf(RunCheck(app), "CNT-001"))
    EXPECT_EQ(f.value("message", "").find("新闻信息服务"), std::string::npos) << Dump(f);
}

TEST(HtmlRules, NoNumberOnHomepage) {
  json app = WithPage({{"subject", Subject()}}, "no_number.html");
  CheckRules(RunCheck(app), {{"DSP-001", "info"}}, "not filed yet");
  app["public_security"] = {{"icp_number", "浙ICP备2024012345号-1"}};
  CheckRules(RunCheck(app), {{"DSP-001", "block"}}, "filed");
}

TEST(HtmlRules, TitleVersusSiteName) {
  json app = WithPage({{"subject", Subject("海南")}, {"websites", {{{"name", "椰风小站"}}}}},
                      "footer_correct.html");
  CheckRules(RunCheck(app), {{"NAME-026", "block"}}, "hainan");
  app["subject"]["province"] = "浙江";
  app["websites"][0]["name"] = "青禾 数码";
  CheckRules(RunCheck(app), {{"NAME-026", ""}}, "spaces ignored");
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

// ------------------------------------------------------------------------------------------
json LicenseApp(const std::string& fixture, json subject) {
  json app = {{"subject", std::move(subject)}};
  app["attachments"]["business_license_text"] = Fixture("license/" + fixture + ".txt");
  std::string registry = Fixture("license/" + fixture + ".registry.txt");
  if (!registry.empty()) app["attachments"]["registry_text"] = registry;
  return app;
}

TEST(LicenseRules, CleanLicenceMatchesForm) {
  json subject = {{"province", "浙江"},
                  {"type", "enterprise"},
                  {"name", "杭州青禾数码科技有限公司"},
                  {"certificate_address", "浙江省杭州市西湖区文三路478号华星时代广场A座1203室"},
                  {"principal", {{"name", "陈青禾"}}}};
  json app = LicenseApp("clean_company", subject);
  json r = RunCheck(app);
  CheckRules(r,
             {{"ENT-007", ""},
              {"ENT-009", ""},
              {"ENT-010", ""},
              {"ENT-011", ""},
              {"PPL-001", ""},
              {"SEED-005", ""},
              {"SEED-006", ""}},
             "clean");
  const json* lic = At(r, "/facts/license");
  ASSERT_NE(lic, nullptr);
  EXPECT_EQ(lic->value("credit_code", ""), "91330106MA2H3K7Q4Q");
  EXPECT_EQ(lic->value("valid_until", ""), "长期");
}

TEST(LicenseRules, MismatchesPointIntoTheLicence) {
  json subject = {{"province", "广东"},
                  {"type", "enterprise"},
                  {"name", "深圳蓝鲸跨境电子商务有限公司"},
                  {"certificate_address", "深圳市南山区科苑路15号科兴科学园B栋3单元1808"},
                  {"principal", {{"name", "林海"}}}};
  json app = LicenseApp("ocr_noisy", subject);
  json r = RunCheck(app);
  CheckRules(r,
             {{"ENT-007", "block"},
              {"ENT-010", "block"},
              {"SEED-006", "block"},
              {"PPL-001", "block"},
              {"ENT-018", ""}},
             "ocr_noisy");
  auto fs = FindingsOf(r, "ENT-007");
  ASSERT_FALSE(fs.empty());
  EXPECT_EQ(SpanText(app, fs[0]), "深圳市蓝鲸跨境电子商务有限公司");
  fs = FindingsOf(r, "PPL-001");
  ASSERT_FALSE(fs.empty());
  EXPECT_EQ(SpanText(app, fs[0]), "林海生");
}

TEST(LicenseRules, StatusOldLicenceValidity) {
  json r = RunCheck(LicenseApp("revoked", {{"province", "江苏"}, {"type", "enterprise"}}));
  CheckRules(r, {{"ENT-009", "block"}}, "revoked");
  auto fs = FindingsOf(r, "ENT-009");
  ASSERT_FALSE(fs.empty());
  EXPECT_EQ(fs[0].value("path", ""), "/attachments/registry_text");
  CheckRules(RunCheck(LicenseApp("abnormal_list", {{"province", "湖北"}, {"type", "enterprise"}})),
             {{"ENT-009", "block"}}, "abnormal");
  CheckRules(RunCheck(LicenseApp("old_15_digit", {{"province", "湖北"}, {"type", "enterprise"}})),
             {{"ENT-011", "warn"}}, "old");
  CheckRules(
      RunCheck(LicenseApp("expiring_branch", {{"province", "山东"}, {"type", "enterprise"}})),
      {{"SEED-005", "warn"}, {"ENT-019", "warn"}}, "expiring");
  json late = LicenseApp("expiring_branch", {{"province", "山东"}, {"type", "enterprise"}});
  late["context"] = {{"today", "2027-04-01"}};
  CheckRules(RunCheck(late), {{"SEED-005", "block"}}, "expired");
}

TEST(LicenseRules, NegatedFinanceWordsDoNotCount) {
  // 经营范围 says "不得从事…金融业务": not a financial business.
  json r = RunCheck(LicenseApp("ocr_noisy", {{"province", "广东"}, {"type", "enterprise"}}));
  CheckRules(r, {{"ENT-018", ""}}, "negated");
}

TEST(LicenseRules, OnlineScopeForShops) {
  json app = LicenseApp("old_15_digit", {{"province", "浙江"}, {"type", "enterprise"}});
  app["websites"] = {{{"name", "云帆商城"}, {"service_types", {"网络购物"}}}};
  CheckRules(RunCheck(app), {{"SEED-004", "warn"}}, "no online scope");
  app = LicenseApp("clean_company", {{"province", "浙江"}, {"type", "enterprise"}});
  app["websites"] = {{{"name", "青禾商城"}, {"service_types", {"网络购物"}}}};
  CheckRules(RunCheck(app), {{"SEED-004", ""}}, "online scope");
}

}  // namespace
}  // namespace beian
