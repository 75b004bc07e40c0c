// The CNT-xxx rules (core/rules/cnt/): rule ids, severities, paths and arguments of
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

TEST(CatalogCProvinces, HubeiEcommerceStatementElsewherePointer) {
  json hb = Company("青禾茶叶商城", "湖北", "武汉青禾茶叶有限公司");
  EXPECT_EQ(SeverityOf(RunCheck(hb), "CNT-007"), "warn");
  hb["documents"] = {{"ecommerce_statement", true}};
  EXPECT_FALSE(Fires(RunCheck(hb), "CNT-007"));
  json zj = Company("青禾茶叶商城", "浙江");
  json r = RunCheck(zj);
  ASSERT_EQ(FindingsOf(r, "CNT-007").size(), 1u);
  EXPECT_EQ(SeverityOf(r, "CNT-007"), "info");
  EXPECT_NE(FindingsOf(r, "CNT-007").front().value("message", "").find("APP-006"),
            std::string::npos);
}

TEST(CatalogCContent, PersonalServiceTypes) {
  json app = Personal("山间摄影日记");
  app["websites"][0]["service_types"] = json::array({"网络购物", "博客/个人空间"});
  json r = RunCheck(app);
  auto f = FindingsOf(r, "CNT-005");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f.front().value("path", ""), "/websites/0/service_types/0");
  EXPECT_EQ(f.front().value("severity", ""), "block");
  app["websites"][0]["service_types"] = json::array({"其他"});
  EXPECT_EQ(SeverityOf(RunCheck(app), "CNT-005"), "warn");
  app["websites"][0]["remarks"] = "个人摄影作品展示";
  EXPECT_FALSE(Fires(RunCheck(app), "CNT-005"));
}

TEST(CatalogCContent, ProhibitedWordsFormAndPage) {
  json app = Company("青禾茶叶商城");
  app["websites"][0]["service_content"] = "茶叶销售";
  EXPECT_FALSE(Fires(RunCheck(app), "CNT-009"));
  app["websites"][0]["columns"] = json::array({"首页", "博彩资讯"});
  json r = RunCheck(app);
  ASSERT_TRUE(Fires(r, "CNT-009"));
  EXPECT_EQ(FindingsOf(r, "CNT-009").front().value("path", ""), "/websites/0/columns/1");
  EXPECT_EQ(SeverityOf(r, "CNT-009"), "warn");  // a word is a question, never a rejection

  json page = Company("青禾茶叶商城");
  std::string html = "<html><body><h1>新品</h1><p>代办假证</p></body></html>";
  json pg = {{"url", "https://qinghe-tea.com/"}, {"html", html}};
  page["attachments"] = {{"site_pages", json::array({pg})}};
  json pr = RunCheck(page);
  auto pf = FindingsOf(pr, "CNT-009");
  ASSERT_EQ(pf.size(), 1u);
  EXPECT_EQ(pf.front().value("severity", ""), "warn");
  ASSERT_TRUE(pf.front().contains("span")) << pf.front().dump();
  size_t off = pf.front()["span"].value("offset", 0);
  size_t len = pf.front()["span"].value("length", 0);
  EXPECT_EQ(html.substr(off, len), "假证");
}

// ---- Block audit (issue "Verdicts a seller can trust") ------------------------------------------

std::string Arg(const json& finding, const std::string& name) {
  const json* a = At(finding, "/args/" + name);
  return a && a->is_string() ? a->get<std::string>() : "";
}

TEST(BlockAuditCnt009, DisclaimerAndLawfulWordsAreNoRejection) {
  // A tea company's remark disclaiming prohibited content: negated clause, no finding.
  json tea = Company("青禾茶叶官网");
  tea["websites"][0]["service_types"] = {"单位门户网站"};
  tea["websites"][0]["remarks"] = "网站为企业门户，不涉及前置审批内容，不含赌博、色情等违法内容。";
  EXPECT_FALSE(Fires(RunCheck(tea), "CNT-009"));
  // A law firm's column and an agency's column: words with lawful readings only inform.
  json law = Company("青禾律师事务所官网", "浙江", "浙江青禾律师事务所");
  law["subject"]["type"] = "law_firm";
  law["websites"][0]["columns"] = {"首页", "毒品犯罪辩护"};
  json r = RunCheck(law);
  json f = FindingAt(r, "CNT-009", "/websites/0/columns/1");
  ASSERT_TRUE(f.is_object()) << Dump(FindingsOf(r, "CNT-009"));
  EXPECT_EQ(f.value("severity", ""), "info");
  EXPECT_EQ(f.value("message_id", ""), "dual_use");
  EXPECT_EQ(Arg(f, "word"), "毒品");
  EXPECT_EQ(Arg(f, "context"), "毒品犯罪辩护");
  json agency = Company("青禾企业服务", "浙江", "杭州青禾企业管理咨询有限公司");
  agency["websites"][0]["columns"] = {"资质办证"};
  agency["websites"][0]["service_content"] = "许可证办证咨询";
  r = RunCheck(agency);
  ASSERT_EQ(FindingsOf(r, "CNT-009").size(), 2u);
  for (const auto& g : FindingsOf(r, "CNT-009")) {
    EXPECT_EQ(g.value("severity", ""), "info") << Dump(g);
    EXPECT_EQ(Arg(g, "word"), "办证");
  }
  // A positive statement of prohibited content warns, quoting word and clause.
  json bad = Company("青禾茶叶商城");
  bad["websites"][0]["service_content"] = "茶叶销售，兼营网络赌场推广";
  r = RunCheck(bad);
  f = FindingAt(r, "CNT-009", "/websites/0/service_content");
  ASSERT_TRUE(f.is_object());
  EXPECT_EQ(f.value("severity", ""), "warn");
  EXPECT_EQ(f.value("message_id", ""), "default");
  EXPECT_EQ(Arg(f, "word"), "网络赌场");
  EXPECT_EQ(Arg(f, "context"), "兼营网络赌场推广");
  // The subject's remarks are read too, and reported where the pack says.
  bad["subject"]["remarks"] = "另有赌博游戏";
  f = FindingAt(RunCheck(bad), "CNT-009", "/subject/remarks");
  EXPECT_EQ(f.value("severity", ""), "warn");
}

TEST(BlockAuditCnt001, OwnNewsAndShopPaymentAreNotRegulated) {
  json app = Company("青禾数码官网", "浙江", "杭州青禾数码科技有限公司");
  app["websites"][0]["service_types"] = {"单位门户网站"};
  app["websites"][0]["columns"] = {"首页", "产品中心", "新闻中心", "公司新闻"};
  EXPECT_FALSE(Fires(RunCheck(app), "CNT-001"));
  json shop = Company("青禾茶叶商城");
  shop["websites"][0]["service_types"] = {"网络购物"};
  shop["websites"][0]["service_content"] = "销售本公司茶叶，支持在线下单和支付";
  EXPECT_FALSE(Fires(RunCheck(shop), "CNT-001"));
  shop["websites"][0]["service_content"] = "茶叶销售，不涉及新闻、金融业务";
  EXPECT_FALSE(Fires(RunCheck(shop), "CNT-001"));
  // A topic word in free text warns with the word and its clause.
  app["websites"][0]["columns"] = {"首页", "行业新闻"};
  json r = RunCheck(app);
  json f = FindingAt(r, "CNT-001", "/websites/0/columns/1");
  ASSERT_TRUE(f.is_object()) << Dump(FindingsOf(r, "CNT-001"));
  EXPECT_EQ(f.value("severity", ""), "warn");
  EXPECT_EQ(f.value("message_id", ""), "default");
  EXPECT_EQ(Arg(f, "word"), "新闻");
  EXPECT_EQ(Arg(f, "context"), "行业新闻");
}

TEST(BlockAuditCnt001, StatedServiceTypeWithoutApprovalBlocks) {
  json app = Company("青禾视频", "浙江", "杭州青禾文化传媒有限公司");
  app["websites"][0]["service_types"] = {"单位门户网站", "网络视听"};
  json r = RunCheck(app);
  json f = FindingAt(r, "CNT-001", "/websites/0/service_types/1");
  ASSERT_TRUE(f.is_object()) << Dump(FindingsOf(r, "CNT-001"));
  EXPECT_EQ(f.value("severity", ""), "block");
  EXPECT_EQ(f.value("message_id", ""), "service_type");
  EXPECT_EQ(Arg(f, "value"), "网络视听");
  app["websites"][0]["pre_approvals"] = {{{"field", "radio_film_tv"}, {"approval_number", "1"}}};
  EXPECT_FALSE(Fires(RunCheck(app), "CNT-001"));
  // 在线教育 outside the provinces that still run the education approval: a question.
  json edu = Company("青禾课堂", "江苏", "南京青禾教育科技有限公司");
  edu["websites"][0]["service_types"] = {"在线教育"};
  f = FindingAt(RunCheck(edu), "CNT-001", "/websites/0/service_types/0");
  EXPECT_EQ(f.value("severity", ""), "warn");
  EXPECT_EQ(f.value("message_id", ""), "regional");
  // 网上支付 states a payment service.
  json pay = Company("青禾支付", "浙江", "杭州青禾网络科技有限公司");
  pay["websites"][0]["service_types"] = {"网上支付"};
  f = FindingAt(RunCheck(pay), "CNT-001", "/websites/0/service_types/0");
  EXPECT_EQ(f.value("severity", ""), "block");
}

TEST(BlockAuditCnt004, PersonalFeaturesStatedBlockRegistrationWarns) {
  json blog = Personal("张三的读书笔记");
  blog["websites"][0]["features"] = {{"user_registration", true}};
  json r = RunCheck(blog);
  json f = FindingAt(r, "CNT-004", "/websites/0/features/user_registration");
  ASSERT_TRUE(f.is_object()) << Dump(FindingsOf(r, "CNT-004"));
  EXPECT_EQ(f.value("severity", ""), "warn");
  EXPECT_EQ(f.value("message_id", ""), "registration");
  json shop = Personal("张三的手作小店");
  shop["websites"][0]["service_types"] = {"网络购物"};
  f = FindingAt(RunCheck(shop), "CNT-004", "/websites/0/service_types/0");
  EXPECT_EQ(f.value("severity", ""), "block");
  EXPECT_EQ(f.value("message_id", ""), "default");
  json cols = Personal("张三的手作");
  cols["websites"][0]["columns"] = {"首页", "手作商城"};
  f = FindingAt(RunCheck(cols), "CNT-004", "/websites/0/columns/1");
  EXPECT_EQ(f.value("severity", ""), "warn");
  EXPECT_EQ(f.value("message_id", ""), "text");
  EXPECT_EQ(Arg(f, "value"), "商城");
}

TEST(BlockAuditCnt006, PortalSpellingsAndShopsAreFine) {
  json app = Company("青禾茶叶官网");
  app["websites"][0]["service_types"] = {"企业官网"};
  EXPECT_FALSE(Fires(RunCheck(app), "CNT-006"));
  app["websites"][0]["service_types"] = {"网络购物"};
  EXPECT_FALSE(Fires(RunCheck(app), "CNT-006"));
  json hb = Company("青禾茶叶商城", "湖北", "武汉青禾茶叶有限公司");
  hb["websites"][0]["service_types"] = {"网络购物"};
  json f = FindingAt(RunCheck(hb), "CNT-006", "/websites/0/service_types/0");
  EXPECT_EQ(f.value("message_id", ""), "hubei");  // 湖北 still wants a content remark
  // 网络游戏 without the 网络文化经营许可证: CNT-001 blocks, CNT-006's category warning joins it.
  app["websites"][0]["service_types"] = {"网络游戏"};
  json games = FindingAt(RunCheck(app), "CNT-001", "/websites/0/service_types/0");
  EXPECT_EQ(games.value("severity", ""), "block");
  EXPECT_EQ(games["also"], json::array({"CNT-006"}));
}

// Corpus (a): a 文化馆's 公益培训 column in 山西. The education approval survives only in 浙江,
// 青海 and 西藏 (CNT-002's table): elsewhere a word is a reminder (info), in 浙江 a warning.
TEST(CorpusCalibration, RegionalApprovalWordIsInfoElsewhere) {
  json sx = Company("迎泽区文化馆", "山西", "太原市迎泽区文化馆");
  sx["websites"][0]["columns"] = {"场馆介绍", "公益培训", "活动预告"};
  json f = FindingAt(RunCheck(sx), "CNT-001", "/websites/0/columns/1");
  EXPECT_EQ(f.value("severity", ""), "info");
  EXPECT_EQ(f.value("message_id", ""), "regional_text");
  json zj = Company("青禾文化馆", "浙江", "杭州青禾文化有限公司");
  zj["websites"][0]["columns"] = {"场馆介绍", "公益培训"};
  EXPECT_EQ(FindingAt(RunCheck(zj), "CNT-001", "/websites/0/columns/1").value("severity", ""),
            "warn");
  // A chosen 在线教育 service type outside those provinces stays a warning ("regional").
  sx["websites"][0]["service_types"] = {"在线教育"};
  f = FindingAt(RunCheck(sx), "CNT-001", "/websites/0/service_types/0");
  EXPECT_EQ(f.value("message_id", ""), "regional");
  EXPECT_EQ(f.value("severity", ""), "warn");
}

// The remarks are where a seller says no approval is needed: CNT-002/003 do not read them.
// A stated feature is named in the seller's words (CNT-004 params.feature_labels), never by its
// schema key.
TEST(CorpusCalibration, FeaturesAreNamedInTheSellersWords) {
  json app = {{"subject", {{"type", "individual"}, {"province", "浙江"}, {"name", "李晓梅"}}},
              {"websites",
               {{{"name", "晓梅的花茶日记"},
                 {"service_types", {"博客/个人空间"}},
                 {"features", {{"payment", true}, {"user_registration", true}}}}}}};
  json pay = FindingAt(RunCheck(app), "CNT-004", "/websites/0/features/payment");
  EXPECT_EQ(pay["args"].value("value", ""), "在线支付");
  EXPECT_EQ(pay.value("evidence", ""), "在线支付");
  json reg = FindingAt(RunCheck(app), "CNT-004", "/websites/0/features/user_registration");
  EXPECT_EQ(reg["args"].value("value", ""), "用户注册");
  CheckOptions en;
  en.locale = "en";
  json r = json::parse(Check(Dump(app), en).report);
  EXPECT_EQ(FindingAt(r, "CNT-004", "/websites/0/features/payment")["args"].value("value", ""),
            "online payment");
}

TEST(CorpusCalibration, RemarksAreTheAnswerNotATopic) {
  json app = Company("青禾茶叶官网");
  app["websites"][0]["remarks"] = "企业门户网站，不涉及新闻、教育、医疗保健等前置审批内容。";
  json r = RunCheck(app);
  EXPECT_FALSE(Fires(r, "CNT-002"));
  EXPECT_FALSE(Fires(r, "CNT-003"));
  app["websites"][0]["columns"] = {"医疗保健知识"};
  r = RunCheck(app);
  EXPECT_FALSE(FindingAt(r, "CNT-002", "/websites/0/columns/0").is_null());
}

TEST(BlockAuditCnt007, CatalogFieldsOnlyAndNegation) {
  // 湖北, a 贸易 company with a plain portal that says it does not sell online.
  json app = Company("青禾茶叶官网", "湖北", "武汉青禾茶叶贸易有限公司");
  app["websites"][0]["remarks"] = "企业门户网站，不涉及网上销售和电子商务。";
  EXPECT_FALSE(Fires(RunCheck(app), "CNT-007"));
  app["subject"]["business_scope"] = "茶叶零售";
  json f = FindingAt(RunCheck(app), "CNT-007", "/subject/business_scope");
  EXPECT_EQ(f.value("severity", ""), "warn");
  EXPECT_EQ(Arg(f, "word"), "零售");
}

}  // namespace names_cases

namespace pages_cases {
using namespace testing::pages;  // NOLINT

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
  // Words on a page do not state the feature: a question for the seller.
  json app = WithPage({{"subject", Subject("浙江", "individual")}}, "shop_cart.html");
  CheckRules(RunCheck(app), {{"CNT-004", "warn"}}, "personal shop page");
  app = WithPage({{"subject", Subject("四川", "individual")}}, "personal_blog.html");
  json r = RunCheck(app);
  CheckRules(r, {{"CNT-004", "warn"}, {"CNT-008", ""}, {"DSP-008", ""}, {"DSP-002", ""}},
             "personal blog with comments");
  for (const auto& f : FindingsOf(r, "CNT-004")) {
    EXPECT_EQ(f.value("message_id", ""), "page");
    EXPECT_EQ(f.value("path", ""), "/attachments/site_pages/0/html");
  }
  // The form stating a shop still blocks.
  app["websites"] = {{{"name", "张三的小店"}, {"features", {{"payment", true}}}}};
  CheckRules(RunCheck(app), {{"CNT-004", "block"}}, "personal shop stated");
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

TEST(HtmlRules, StatedInteractiveFeatures) {
  json app = {{"subject", Subject()},
              {"public_security", {{"interactive_service", false}}},
              {"websites",
               {{{"name", "青禾数码官网"},
                 {"domains", {"qinghe-tech.com"}},
                 {"features", {{"user_registration", true}, {"payment", false}}}}}}};
  json r = RunCheck(app);
  auto fs = FindingsOf(r, "CNT-010");
  ASSERT_EQ(fs.size(), 1u) << Dump(fs);
  EXPECT_EQ(fs[0].value("path", ""), "/websites/0/features/user_registration");
  EXPECT_EQ(fs[0].value("message_id", ""), "declared_no");
  EXPECT_EQ(fs[0]["args"].value("words", ""), "用户注册");
  app["websites"][0]["features"]["user_registration"] = false;
  EXPECT_TRUE(FindingsOf(RunCheck(app), "CNT-010").empty());
}

}  // namespace pages_cases

}  // namespace
}  // namespace beian
