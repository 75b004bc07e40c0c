// The DOM-xxx rules (core/rules/dom/): rule ids, severities, paths and arguments of
// their findings on small applications; never rendered text.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "core/check.h"
#include "core/json.h"
#include "tests/unit/rules/names_apps.h"
#include "tests/unit/rules/whois_apps.h"

namespace beian {
namespace {

using testing::FindingsOf;
using testing::Fires;
using testing::RunCheck;

namespace names_cases {
using namespace testing::names;  // NOLINT

TEST(CatalogCProvinces, DomainLimitsPerProvince) {
  auto two = [](const std::string& province, const std::string& type) {
    json app =
        App(Subject(type, province, type == "individual" ? "张三" : "青禾茶叶有限公司"),
            {Site("青禾茶叶官网", "qinghe-tea.com"), Site("青禾茶叶商城", "qinghe-shop.com")});
    return RunCheck(app);
  };
  EXPECT_TRUE(Fires(two("湖北", "enterprise"), "DOM-015"));   // 1 per filing
  EXPECT_FALSE(Fires(two("浙江", "enterprise"), "DOM-015"));  // provider advice: ≤5
  EXPECT_TRUE(Fires(two("浙江", "individual"), "DOM-015"));   // provider advice: 1
  EXPECT_FALSE(Fires(two("河南", "enterprise"), "DOM-015"));  // 河南: ≤5 per order
  // 河南's limit is for companies; an individual there gets the providers' advice (1).
  EXPECT_EQ(Evidence(two("河南", "individual"), "DOM-015"), "2");
  // The same domain typed twice (or with www.) counts once.
  json same =
      App(Subject("enterprise", "湖北", "武汉青禾茶叶有限公司"),
          {Site("青禾茶叶官网", "qinghe-tea.com"), Site("青禾茶叶官网", "www.qinghe-tea.com")});
  EXPECT_FALSE(Fires(RunCheck(same), "DOM-015"));
}

TEST(CatalogCDomains, TldClasses) {
  auto tld = [](const std::string& domain) {
    json app = Company("青禾茶叶商城");
    app["websites"][0]["domains"] = json::array({domain});
    return RunCheck(app);
  };
  for (const char* ok : {"qinghe-tea.com", "qinghe-tea.cn", "qinghe-tea.com.cn", "青禾.中国",
                         "qinghe.xn--fiqs8s", "qinghe-tea.net", "qinghe.top"})
    EXPECT_FALSE(Fires(tld(ok), "DOM-003")) << ok;
  json verify = tld("qinghe-tea.shop");
  EXPECT_EQ(SeverityOf(verify, "DOM-003"), "warn");
  EXPECT_NE(FindingsOf(verify, "DOM-003").front().value("message", "").find("未经核实"),
            std::string::npos);
  json no = tld("qinghe-tea.io");
  EXPECT_EQ(SeverityOf(no, "DOM-003"), "warn");  // seed list not authoritative: never block
  EXPECT_NE(FindingsOf(no, "DOM-003").front().value("message", "").find(".io"), std::string::npos);
  EXPECT_EQ(SeverityOf(tld("qinghe-tea.example"), "DOM-003"), "warn");
  // Syntax errors are DOM-001's, not DOM-003's.
  EXPECT_FALSE(Fires(tld("qinghe_tea..io"), "DOM-003"));
}

TEST(CatalogCDomains, ReservedWordsInTheSecondLevelLabel) {
  auto dom = [](const std::string& domain) {
    json app = Company("青禾茶叶商城");
    app["websites"][0]["domains"] = json::array({domain});
    return RunCheck(app);
  };
  EXPECT_EQ(Evidence(dom("chinatea-qinghe.com"), "DOM-017"), "china");
  EXPECT_EQ(Evidence(dom("chn-tea.cn"), "DOM-017"), "chn");
  EXPECT_EQ(Evidence(dom("qinghe-sino.com"), "DOM-017"), "sino");
  EXPECT_FALSE(Fires(dom("qinghe-technology.com"), "DOM-017"));  // "chn" inside a word
  EXPECT_FALSE(Fires(dom("casinotea.com"), "DOM-017"));          // "sino" inside a word
  EXPECT_FALSE(Fires(dom("china.qinghe-tea.com"), "DOM-017"));   // subdomain, not the SLD
}

TEST(CatalogCDomains, ServingBeforeApproval) {
  json app = Company("青禾茶叶商城");
  app["websites"][0]["resolved_ips"] = json::array({"47.96.10.20"});
  EXPECT_EQ(SeverityOf(RunCheck(app), "DOM-018"), "block");
  app["websites"][0]["filed_via"] = "阿里云";  // already filed elsewhere: new access
  EXPECT_FALSE(Fires(RunCheck(app), "DOM-018"));
}

}  // namespace names_cases

namespace whois_cases {
using namespace testing::whois;  // NOLINT

TEST(WhoisRules, FactsFromAttachments) {
  json whois = json::array(
      {json{{"text", Fixture("cnnic_company")}},
       json{{"domain", "meihua-knitwear.com"}, {"text", Fixture("verisign_notfound")}}});
  json report = RunCheck(App(Company(), "qinghe-tea.cn", whois));
  ASSERT_TRUE(report.contains("facts")) << report.dump(1);
  const json& facts = report["facts"]["whois"];
  ASSERT_EQ(facts.size(), 2u);
  EXPECT_EQ(facts[0]["domain"], "qinghe-tea.cn");
  EXPECT_EQ(facts[0]["registrant"], "杭州青禾茶业有限公司");
  EXPECT_EQ(facts[0]["registrar"], "阿里云计算有限公司（万网）");
  EXPECT_EQ(facts[0]["created"], "2019-05-12");
  EXPECT_EQ(facts[0]["expires"], "2027-05-12");
  EXPECT_EQ(facts[0]["status"], json::array({"ok"}));
  EXPECT_EQ(facts[0]["registrar_kind"], "domestic");
  EXPECT_EQ(facts[1]["result"], "not_found");
  EXPECT_EQ(facts[1]["domain"], "meihua-knitwear.com");
  // The matching reply raises nothing; the not-found one is reported under DOM-005.
  for (const char* id : {"DOM-004", "DOM-006", "DOM-007", "DOM-009", "SEED-019"})
    EXPECT_FALSE(Fires(report, id)) << id << report["findings"].dump(1);
  auto nf = FindingsOf(report, "DOM-005");
  ASSERT_EQ(nf.size(), 1u);
  EXPECT_EQ(nf[0]["path"], "/attachments/whois/1");
  EXPECT_EQ(nf[0]["severity"], "warn");
}

TEST(WhoisRules, SpansPointIntoTheAttachment) {
  std::string text = Fixture("cnnic_serverhold");
  json subject = Company("山东");
  subject["name"] = "青岛海贝贸易有限公司";
  json report = RunCheck(App(subject, "haibei-shop.cn", json::array({json{{"text", text}}})));
  auto hold = FindingsOf(report, "DOM-007");
  ASSERT_EQ(hold.size(), 1u) << report["findings"].dump(1);
  EXPECT_EQ(hold[0]["severity"], "block");
  EXPECT_EQ(hold[0]["path"], "/websites/0/domains/0");
  const json& span = hold[0]["span"];
  EXPECT_EQ(span["attachment"], "/attachments/whois/0/text");
  EXPECT_EQ(text.substr(span["offset"].get<size_t>(), span["length"].get<size_t>()), "serverHold");
  auto expired = FindingsOf(report, "DOM-005");
  ASSERT_EQ(expired.size(), 1u);
  EXPECT_EQ(text.substr(expired[0]["span"]["offset"].get<size_t>(),
                        expired[0]["span"]["length"].get<size_t>()),
            "2026-11-02 20:45:10");
  EXPECT_FALSE(Fires(report, "DOM-006"));  // expired is DOM-005 only
  EXPECT_FALSE(Fires(report, "DOM-009"));
}

TEST(WhoisRules, ForeignAndUnlistedRegistrars) {
  json r = RunCheck(App(Company(), "sunriver-outdoor.com",
                        json::array({json{{"text", Fixture("icann_godaddy_proxy")}}})));
  EXPECT_EQ(SeverityOf(r, "DOM-004"), "block");
  r = RunCheck(App(Company(), "jinsha-tea-export.com",
                   json::array({json{{"text", Fixture("aliyun_intl_singapore")}}})));
  EXPECT_EQ(SeverityOf(r, "DOM-004"), "block");
  r = RunCheck(
      App(Company(), json{{"name", "qinghe-tea.com"}, {"registrar", "Registrar Nordic AB"}}));
  EXPECT_EQ(SeverityOf(r, "DOM-004"), "warn");
  r = RunCheck(App(Company(), json{{"name", "qinghe-tea.com"}, {"registrar", "西部数码"}}));
  EXPECT_FALSE(Fires(r, "DOM-004"));
}

TEST(WhoisRules, ExpiryWindowByProvince) {
  json d = {{"name", "qinghe-tea.com"}, {"expires_on", "2027-02-10"}};  // 74 days left
  EXPECT_EQ(SeverityOf(RunCheck(App(Company("广东"), d)), "DOM-006"), "block");
  EXPECT_EQ(SeverityOf(RunCheck(App(Company("四川"), d)), "DOM-006"), "warn");
  EXPECT_FALSE(Fires(RunCheck(App(Company("山东"), d)), "DOM-006"));
  d["expires_on"] = "2027-01-05";  // 38 days left
  EXPECT_EQ(SeverityOf(RunCheck(App(Company("山东"), d)), "DOM-006"), "block");
  d["expires_on"] = "2027-03-01";  // more than 3 months
  EXPECT_FALSE(Fires(RunCheck(App(Company("广东"), d)), "DOM-006"));
}

TEST(WhoisRules, RegistrantResolutions) {
  // Legal representative as registrant: DOM-011 warn (湖北), not DOM-009 / SEED-019.
  json d = {{"name", "qinghe-tea.com"}, {"registrant", "沈青禾"}};
  json r = RunCheck(App(Company("湖北"), d));
  EXPECT_EQ(SeverityOf(r, "DOM-011"), "warn");
  EXPECT_FALSE(Fires(r, "DOM-009"));
  EXPECT_FALSE(Fires(r, "SEED-019"));
  // 宁夏 accepts the company only.
  EXPECT_EQ(SeverityOf(RunCheck(App(Company("宁夏"), d)), "DOM-011"), "block");
  // Somebody else: DOM-009 block and SEED-019 block.
  d["registrant"] = "杭州青禾电子商务有限公司";
  r = RunCheck(App(Company("湖北"), d));
  EXPECT_EQ(SeverityOf(r, "DOM-009"), "block");
  EXPECT_EQ(SeverityOf(r, "SEED-019"), "block");
  EXPECT_FALSE(Fires(r, "DOM-011"));
  // Width/space differences only: DOM-009 silent, SEED-019 warns.
  d["registrant"] = "杭州青禾茶业 有限公司";
  r = RunCheck(App(Company(), d));
  EXPECT_FALSE(Fires(r, "DOM-009"));
  EXPECT_EQ(SeverityOf(r, "SEED-019"), "warn");
  // WHOIS in Latin letters: warn, not block.
  json subject = Company("广东");
  subject["name"] = "深圳恒达机器人有限公司";
  r = RunCheck(App(subject, "hengda-robotics.com",
                   json::array({json{{"text", Fixture("icann_markmonitor")}}})));
  EXPECT_EQ(SeverityOf(r, "DOM-009"), "warn");
  // … unless the domain certificate's Chinese registrant was typed into the form.
  r = RunCheck(App(subject,
                   json{{"name", "hengda-robotics.com"}, {"registrant", "深圳恒达机器人有限公司"}},
                   json::array({json{{"text", Fixture("icann_markmonitor")}}})));
  EXPECT_FALSE(Fires(r, "DOM-009"));
  EXPECT_FALSE(Fires(r, "SEED-019"));
  // Certificate number of the real-name record.
  d = {{"name", "qinghe-tea.com"},
       {"registrant", "杭州青禾茶业有限公司"},
       {"registrant_certificate_number", "91330106MA2H3K7Q5X"}};
  r = RunCheck(App(Company(), d));
  auto f = FindingsOf(r, "DOM-009");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["path"], "/websites/0/domains/0/registrant_certificate_number");
}

TEST(WhoisRules, PersonalFiling) {
  json subject = {{"type", "individual"}, {"province", "四川"}, {"name", "周明远"}};
  json r = RunCheck(App(subject, "zhoumingyuan.cn",
                        json::array({json{{"text", Fixture("cnnic_personal_crlf")}}})));
  EXPECT_FALSE(Fires(r, "DOM-010"));
  EXPECT_FALSE(Fires(r, "DOM-009"));
  subject["name"] = "周明媛";
  r = RunCheck(App(subject, "zhoumingyuan.cn",
                   json::array({json{{"text", Fixture("cnnic_personal_crlf")}}})));
  EXPECT_EQ(SeverityOf(r, "DOM-010"), "block");
}

TEST(WhoisRules, HoldRealNameAndDates) {
  json subject = Company("四川");
  subject["name"] = "成都绿园园艺工程有限公司";
  std::string text = Fixture("tencent_dnspod_hold");
  json r = RunCheck(App(subject, "lvyuan-garden.cn", json::array({json{{"text", text}}})));
  auto hold = FindingsOf(r, "DOM-007");
  ASSERT_EQ(hold.size(), 1u);
  EXPECT_EQ(
      text.substr(hold[0]["span"]["offset"].get<size_t>(), hold[0]["span"]["length"].get<size_t>()),
      "注册商设置暂停解析");
  // Registered 2026-11-24: SEED-007 warns (confidence 1, never block) and names DOM-008.
  auto seed = FindingsOf(r, "SEED-007");
  ASSERT_EQ(seed.size(), 1u);
  EXPECT_EQ(seed[0]["severity"], "warn");
  EXPECT_NE(seed[0]["message"].get<std::string>().find("DOM-008"), std::string::npos);
  // Verified on Thursday 2026-11-26, today Saturday 2026-11-28: one working day.
  json d = {{"name", "qinghe-tea.com"}, {"real_name_verified_on", "2026-11-26"}};
  r = RunCheck(App(Company(), d));
  auto wait = FindingsOf(r, "DOM-008");
  ASSERT_EQ(wait.size(), 1u);
  EXPECT_NE(wait[0]["fix"].get<std::string>().find("2026-12-01"), std::string::npos)
      << wait[0].dump();
  d["real_name_verified_on"] = "2026-11-23";  // Mon: Tue, Wed, Thu, Fri = 4
  EXPECT_FALSE(Fires(RunCheck(App(Company(), d)), "DOM-008"));
}

TEST(WhoisRules, TianjinPrivacy) {
  json subject = Company("天津");
  std::string text = Fixture("icann_namecheap_withheld");
  json r = RunCheck(App(subject, "lanting-calligraphy.com", json::array({json{{"text", text}}})));
  auto p = FindingsOf(r, "DOM-012");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(text.substr(p[0]["span"]["offset"].get<size_t>(), p[0]["span"]["length"].get<size_t>()),
            "Privacy service provided by Withheld for Privacy ehf");
  // Not evaluated outside 天津.
  EXPECT_FALSE(Fires(RunCheck(App(Company("浙江"), "lanting-calligraphy.com",
                                  json::array({json{{"text", text}}}))),
                     "DOM-012"));
}

TEST(WhoisRules, JunkAttachmentsNeverCrash) {
  std::string junk;
  for (int i = 0; i < 300000; ++i) junk.push_back(static_cast<char>((i * 131) % 256));
  json whois = json::array(
      {json{{"text", junk}}, json{{"text", ""}}, json{{"text", Fixture("ratelimited_zh")}}});
  json r = RunCheck(App(Company(), "qinghe-tea.cn", whois));
  ASSERT_TRUE(r.contains("findings")) << r.dump().substr(0, 400);
  ASSERT_TRUE(r.contains("facts"));
  EXPECT_EQ(r["facts"]["whois"][2]["result"], "rate_limited");
}

}  // namespace whois_cases

// Calibration (issue "Verdicts a seller can trust"): the ordinary applications the block audit
// found wrongly blocked, and the genuinely bad ones that still are.
namespace calibration_cases {

json Enterprise(const std::string& province = "浙江") {
  return {{"type", "enterprise"},
          {"province", province},
          {"name", "杭州青禾茶业有限公司"},
          {"certificate_type", "business_license"},
          {"certificate_number", "91330106MA2H3K7Q4Q"},
          {"legal_representative_name", "沈青禾"}};
}

json OneSite(json domain, const std::string& province = "浙江") {
  return {{"subject", Enterprise(province)},
          {"websites", json::array({{{"name", "青禾茶叶"}, {"domains", json::array({domain})}}})}};
}

TEST(Calibration, Dom004ENameIsNotNameCom) {
  // The audit's case: eName (易名, an MIIT-approved registrar) typed with its site ename.com.
  json r = RunCheck(OneSite({{"name", "qinghe-tea.com"}, {"registrar", "易名科技 ename.com"}}));
  EXPECT_FALSE(Fires(r, "DOM-004"));
  // The foreign registrar Name.com itself still blocks.
  r = RunCheck(OneSite({{"name", "qinghe-tea.com"}, {"registrar", "Name.com, Inc."}}));
  auto f = FindingsOf(r, "DOM-004");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["severity"], "block");
  EXPECT_EQ(f[0]["path"], "/websites/0/domains/0/registrar");
  EXPECT_EQ(f[0]["message_id"], "default");
  EXPECT_EQ(f[0]["args"]["registrar"], "Name.com, Inc.");
  // An IANA id on the foreign list decides over a domestic-looking name.
  json w = json::array({{{"text",
                          "Domain Name: qinghe-tea.com\nRegistrar: Alibaba Cloud International\n"
                          "Registrar IANA ID: 3775\nRegistry Expiry Date: 2028-01-15\n"}}});
  r = RunCheck(json{{"subject", Enterprise()},
                    {"websites", {{{"name", "青禾茶叶"}, {"domains", {"qinghe-tea.com"}}}}},
                    {"attachments", {{"whois", w}}}});
  EXPECT_EQ(FindingsOf(r, "DOM-004").at(0)["severity"], "block");
}

TEST(Calibration, Dom018ParkingIsNotServing) {
  json app = OneSite("qinghe-tea.com");
  app["websites"][0]["resolved_ips"] = {"127.0.0.1"};
  json r = RunCheck(app);
  EXPECT_FALSE(Fires(r, "DOM-018"));
  auto h = FindingsOf(r, "HST-005");  // noted, not blocked
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0]["severity"], "info");
  EXPECT_EQ(h[0]["message_id"], "resolved");
  EXPECT_EQ(h[0]["path"], "/websites/0/resolved_ips/0");
  // A public address: the site serves before approval.
  app["websites"][0]["resolved_ips"] = {"192.168.1.5", "47.96.10.20"};
  auto f = FindingsOf(RunCheck(app), "DOM-018");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["severity"], "block");
  EXPECT_EQ(f[0]["path"], "/websites/0/resolved_ips");
  EXPECT_EQ(f[0]["args"]["value"], "47.96.10.20");
}

TEST(Calibration, Dom018LaunchDateAloneIsAReminder) {
  json app = OneSite("qinghe-tea.com");
  app["websites"][0]["launched_on"] = "2024-06-01";
  auto f = FindingsOf(RunCheck(app), "DOM-018");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["severity"], "warn");
  EXPECT_EQ(f[0]["message_id"], "launched");
  EXPECT_EQ(f[0]["path"], "/websites/0/launched_on");
  EXPECT_EQ(f[0]["args"]["value"], "2024-06-01");
  // Launched once, now parked: DNS is closed.
  app["websites"][0]["resolved_ips"] = {"127.0.0.1"};
  EXPECT_FALSE(Fires(RunCheck(app), "DOM-018"));
}

TEST(Calibration, Dom013CountryCodeTldIsAQuestion) {
  json r = RunCheck(OneSite("qinghe-tea.cc", "北京"));
  auto f = FindingsOf(r, "DOM-013");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["severity"], "warn");
  EXPECT_EQ(f[0]["path"], "/websites/0/domains/0");
  EXPECT_EQ(f[0]["args"]["tld"], ".cc");
  EXPECT_FALSE(Fires(RunCheck(OneSite("qinghe-tea.tv", "浙江")), "DOM-013"));
}

TEST(Calibration, Dom001IsAProviderRequirement) {
  json r = RunCheck(OneSite("qinghe_tea..com"));
  auto f = FindingsOf(r, "DOM-001");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["severity"], "block");
  EXPECT_EQ(f[0]["confidence"], "S");
}

const char kOtherReply[] =
    "Domain Name: qinghe-shop.com\nRegistrar: Alibaba Cloud Computing (Beijing) Co., Ltd.\n"
    "Registrar IANA ID: 420\nRegistrant Organization: 杭州某某贸易有限公司\n"
    "Registry Expiry Date: 2028-01-15T09:30:21Z\n";

TEST(Calibration, Dom020WhoisReplyForAnotherDomain) {
  // Uploaded for qinghe-tea.com, but the text is qinghe-shop.com's.
  json app = OneSite({{"name", "qinghe-tea.com"}});
  app["attachments"]["whois"] = {{{"domain", "qinghe-tea.com"}, {"text", kOtherReply}}};
  json r = RunCheck(app);
  auto f = FindingsOf(r, "DOM-020");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["severity"], "warn");
  EXPECT_EQ(f[0]["path"], "/websites/0/domains/0/name");
  EXPECT_EQ(f[0]["args"]["domain"], "qinghe-tea.com");
  EXPECT_EQ(f[0]["args"]["whois_domain"], "qinghe-shop.com");
  EXPECT_EQ(f[0]["args"]["index"], "1");
  // The other domain's holder is not held against the typed domain.
  for (const auto& g : FindingsOf(r, "DOM-009")) EXPECT_NE(g["path"], "/websites/0/domains/0");
  // Without the upload's domain field: one typed domain, reported there.
  app = OneSite("qinghe-tea.com");
  app["attachments"]["whois"] = {{{"text", kOtherReply}}};
  f = FindingsOf(RunCheck(app), "DOM-020");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["path"], "/websites/0/domains/0");
  // The reply of the typed domain ("www." ignored) is quiet.
  std::string same = kOtherReply;
  same.replace(same.find("qinghe-shop.com"), 15, "qinghe-tea.com");
  app = OneSite("www.qinghe-tea.com");
  app["attachments"]["whois"] = {{{"domain", "qinghe-tea.com"}, {"text", same}}};
  EXPECT_FALSE(Fires(RunCheck(app), "DOM-020"));
}

TEST(Calibration, Dom020ChineseReply) {
  json app = OneSite("qinghe-tea.com");
  app["attachments"]["whois"] = {
      {{"text",
        "域名信息查询结果\n域名名称：qinghe-shop.com\n注册商：阿里云计算有限公司（万网）\n"
        "注册人：杭州青禾茶业有限公司\n过期时间：2027年05月12日\n"}}};
  json r = RunCheck(app);
  EXPECT_EQ(r["facts"]["whois"][0]["domain"], "qinghe-shop.com");
  auto f = FindingsOf(r, "DOM-020");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["args"]["whois_domain"], "qinghe-shop.com");
  // Forms the line reader does not take as a key: a table row, 【】 keys, a note after the name.
  for (const char* text :
       {"| 域名 | qinghe-shop.com |\n| 注册商 | 阿里云计算有限公司 |\n",
        "【域名】qinghe-shop.com\n【注册商】阿里云计算有限公司\n",
        "域名：qinghe-shop.com（已注册）\n注册商：阿里云计算有限公司（万网）\n"}) {
    app["attachments"]["whois"][0]["text"] = text;
    r = RunCheck(app);
    EXPECT_EQ(r["facts"]["whois"][0]["domain"], "qinghe-shop.com") << text;
    EXPECT_TRUE(Fires(r, "DOM-020")) << text;
  }
  // Key words that are no domain key (域名服务器, 域名状态) are not read as the domain.
  app["attachments"]["whois"][0]["text"] = "域名服务器：dns1.hichina.com\n域名状态：ok\n";
  r = RunCheck(app);
  EXPECT_FALSE(r["facts"]["whois"][0].contains("domain"));
  EXPECT_FALSE(Fires(r, "DOM-020"));
}

}  // namespace calibration_cases

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

}  // namespace
}  // namespace beian
