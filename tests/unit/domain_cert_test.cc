#include "core/readers/domain_cert.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/queries.h"
#include "tests/unit/rules/cert_apps.h"
#include "tests/unit/test_util.h"

namespace beian {
namespace {

using testing::RunCheck;

// The printed text of a value (its span) in `text`.
std::string At(const std::string& text, const WhoisValue& v) {
  EXPECT_LE(v.offset + v.length, text.size());
  if (v.offset + v.length > text.size()) return "";
  return text.substr(v.offset, v.length);
}

TEST(DomainCertText, AlibabaSameLine) {
  std::string text =
      "域名注册证书\n"
      "兹证明以下域名已在中国互联网络信息中心注册\n"
      "域名：qinghe-tea.cn\n"
      "域名持有者：杭州青禾茶业有限公司\n"
      "注册服务机构：阿里云计算有限公司（万网）\n"
      "注册日期：2019年05月12日\n"
      "到期日期：2027年05月12日\n";
  DomainCertificate c = ReadDomainCertificate(text);
  EXPECT_EQ(c.domain.value, "qinghe-tea.cn");
  EXPECT_EQ(At(text, c.domain), "qinghe-tea.cn");
  EXPECT_EQ(c.holder.value, "杭州青禾茶业有限公司");
  EXPECT_EQ(At(text, c.holder), "杭州青禾茶业有限公司");
  EXPECT_EQ(c.registrar.value, "阿里云计算有限公司（万网）");
  EXPECT_EQ(c.registered.value, "2019-05-12");
  EXPECT_EQ(At(text, c.registered), "2019年05月12日");
  EXPECT_EQ(c.expires.value, "2027-05-12");
}

TEST(DomainCertText, TwoColumnsAndIssuerAtTheBottom) {
  // a PDF text layer: labels and values as runs separated by blanks, two pairs on one line, the
  // registrar only as the issuer under the text
  std::string text =
      "域 名      shop.example.com.cn        注册时间    2021/3/5\n"
      "所有者      北京 示例 网络 科技有限公司      到期时间    2026/3/5\n"
      "\n"
      "特此证明。\n"
      "北京新网数码信息技术有限公司\n"
      "2024年01月02日\n";
  DomainCertificate c = ReadDomainCertificate(text);
  EXPECT_EQ(c.domain.value, "shop.example.com.cn");
  EXPECT_EQ(c.holder.value, "北京示例网络科技有限公司");
  EXPECT_EQ(c.registered.value, "2021-03-05");
  EXPECT_EQ(c.expires.value, "2026-03-05");
  EXPECT_EQ(c.registrar.value, "北京新网数码信息技术有限公司");
  EXPECT_EQ(At(text, c.registrar), "北京新网数码信息技术有限公司");
}

TEST(DomainCertText, EnglishLabels) {
  std::string text =
      "DOMAIN NAME REGISTRATION CERTIFICATE\n"
      "Domain Name: Example-Shop.COM\n"
      "Registrant: Hangzhou Example Trading Co., Ltd.\n"
      "Registrar: Alibaba Cloud Computing (Beijing) Co., Ltd.\n"
      "Registration Date: 2020-07-01\n"
      "Expiration Date: 01-Jul-2027\n";
  DomainCertificate c = ReadDomainCertificate(text);
  EXPECT_EQ(c.domain.value, "example-shop.com");
  EXPECT_EQ(At(text, c.domain), "Example-Shop.COM");
  EXPECT_EQ(c.holder.value, "Hangzhou Example Trading Co., Ltd.");
  EXPECT_EQ(c.registrar.value, "Alibaba Cloud Computing (Beijing) Co., Ltd.");
  EXPECT_EQ(c.registered.value, "2020-07-01");
  EXPECT_EQ(c.expires.value, "2027-07-01");
}

TEST(DomainCertText, BilingualLabelsPreferTheChineseHolder) {
  std::string text =
      "域名证书 / Domain Certificate\n"
      "域名 / Domain Name：qinghe.net\n"
      "注册人 / Registrant：Hangzhou Qinghe Tea Co., Ltd.\n"
      "注册人(Registrant)：杭州青禾茶业有限公司\n"
      "注册商 / Registrar：腾讯云计算（北京）有限责任公司\n"
      "注册日期 / Registration Date：2022-11-30\n"
      "有效期 / Valid Period：2022-11-30 至 2025-11-30\n";
  DomainCertificate c = ReadDomainCertificate(text);
  EXPECT_EQ(c.domain.value, "qinghe.net");
  EXPECT_EQ(c.holder.value, "杭州青禾茶业有限公司");
  EXPECT_EQ(c.registrar.value, "腾讯云计算（北京）有限责任公司");
  EXPECT_EQ(c.registered.value, "2022-11-30");
  EXPECT_EQ(c.expires.value, "2025-11-30");  // the period's end
}

TEST(DomainCertText, TableTextLabelLinesAndValueLines) {
  // a bilingual table as a PDF text layer gives it: label, value, English label, one per line
  std::string text =
      "域 名 证 书\nDomain Certificate\n域名\nqinghe15.net.cn\nDomain Name\n注册人\n"
      "北京华采网络科技有限公司\nRegistrant\n注册商\n腾讯云计算（北京）有限责任公司\nRegistrar\n"
      "注册日期\n2019-04-09\nRegistration Date\n到期日期\n2027-04-09\nExpiration Date\n";
  DomainCertificate c = ReadDomainCertificate(text);
  EXPECT_EQ(c.domain.value, "qinghe15.net.cn");
  EXPECT_EQ(c.holder.value, "北京华采网络科技有限公司");
  EXPECT_EQ(c.registrar.value, "腾讯云计算（北京）有限责任公司");
  EXPECT_EQ(c.registered.value, "2019-04-09");
  EXPECT_EQ(c.expires.value, "2027-04-09");
}

TEST(DomainCertText, ValueOnTheNextLine) {
  std::string text = "域名持有者：\n杭州青禾茶业有限公司\n域名：\nqinghe.cn\n";
  DomainCertificate c = ReadDomainCertificate(text);
  EXPECT_EQ(c.holder.value, "杭州青禾茶业有限公司");
  EXPECT_EQ(c.domain.value, "qinghe.cn");
}

TEST(DomainCertText, RadicalsFoldedSpansStayValid) {
  // ⽲ (U+2F72) and ⽊ (U+2F4A) as PDF text layers carry them; 域名持有者 with ⼈-style radicals
  std::string text = "域名：qinghe.cn\n域名持有者：杭州⽲⽊茶业有限公司\n到期⽇期：2027-05-12\n";
  DomainCertificate c = ReadDomainCertificate(text);
  EXPECT_EQ(c.holder.value, "杭州禾木茶业有限公司");
  EXPECT_EQ(At(text, c.holder), "杭州⽲⽊茶业有限公司");
  EXPECT_EQ(c.expires.value, "2027-05-12");  // 到期⽇期 (⽇ U+2F47) still a label
}

TEST(DomainCertText, TitlesAreNotLabels) {
  DomainCertificate c = ReadDomainCertificate("域名注册证书\n域名持有人证明\n");
  EXPECT_FALSE(c.found());
  c = ReadDomainCertificate("域名：not a domain\n注册日期：昨天\n");
  EXPECT_FALSE(c.domain.present());
  EXPECT_FALSE(c.registered.present());
}

TEST(DomainCertText, GarbageNeverCrashes) {
  std::string junk;
  for (int i = 0; i < 5000; ++i) junk += static_cast<char>((i * 131 + 7) % 256);
  DomainCertificate c = ReadDomainCertificate(junk);
  for (const WhoisValue* v : {&c.domain, &c.holder, &c.registrar, &c.registered, &c.expires})
    EXPECT_LE(v->offset + v->length, junk.size());
  // invalid UTF-8 inside a value: the value is valid UTF-8, the span the raw bytes
  std::string bad = "域名持有者：杭州\xFF\xFE公司\n";
  c = ReadDomainCertificate(bad);
  EXPECT_EQ(c.holder.value, "杭州\uFFFD\uFFFD公司");
  EXPECT_EQ(ReadDomainCertificate("").found(), false);
  std::string huge(3 << 20, ' ');
  huge += "域名：late.cn";
  EXPECT_FALSE(ReadDomainCertificate(huge).domain.present());  // past the 1 MiB read
  json j = DomainCertificateJson(ReadDomainCertificate("域名：a.cn\n"));
  EXPECT_EQ(j["domain"], "a.cn");
  EXPECT_EQ(j["spans"]["domain"]["offset"], 9);
}

TEST(DomainCertText, KnownSuffixes) {
  EXPECT_TRUE(DomainWithKnownSuffix("example.cn"));
  EXPECT_TRUE(DomainWithKnownSuffix("example.com.cn"));
  EXPECT_TRUE(DomainWithKnownSuffix("示例.中国"));
  EXPECT_FALSE(DomainWithKnownSuffix("example.corn"));
  EXPECT_FALSE(DomainWithKnownSuffix("example.c0m"));
  EXPECT_FALSE(DomainWithKnownSuffix("example"));
  EXPECT_FALSE(DomainWithKnownSuffix("exa_mple.com"));
}

// ---- words ---------------------------------------------------------------------------------

const OcrField* Get(const OcrLicense& c, const std::string& field) {
  for (const OcrField& f : c.fields)
    if (f.field == field) return &f;
  return nullptr;
}

TEST(DomainCertWords, HolderNeedsTheStricterGate) {
  // at 82 the domain is accepted; the holder (compared with the subject by DOM-021) is offered only
  std::vector<OcrWord> words = {
      {"域名", 95, 100, 200, 200, 240},
      {"qinghe-tea.cn", 82, 300, 200, 600, 240},
      {"域名持有者", 95, 100, 300, 280, 340},
      {"杭州青禾茶业有限公司", 82, 300, 300, 600, 340},
  };
  OcrLicense c = ReadDomainCertificateWords(words);
  ASSERT_TRUE(Get(c, "domain") && Get(c, "holder"));
  EXPECT_TRUE(Get(c, "domain")->accepted);
  EXPECT_FALSE(Get(c, "holder")->accepted);
  EXPECT_EQ(Get(c, "holder")->reason, "low_confidence");
  words[3].conf = kOcrConfidenceGate + kOcrComparedFieldMargin;
  EXPECT_TRUE(Get(ReadDomainCertificateWords(words), "holder")->accepted);
}

TEST(DomainCertWords, TwoColumnsGatedAndIssuer) {
  std::vector<OcrWord> words = {
      {"域名证书", 96, 400, 20, 700, 80},
      {"域", 95, 100, 200, 130, 240},
      {"名", 95, 190, 200, 220, 240},
      {"qinghe-tea.cn", 92, 300, 200, 600, 240},
      {"注册日期", 94, 800, 200, 950, 240},
      {"2019年05月12日", 93, 1000, 200, 1300, 240},
      {"域名持有者", 95, 100, 300, 280, 340},
      {"杭州青禾茶业", 60, 300, 300, 500, 340},
      {"有限公司", 90, 510, 300, 600, 340},
      {"到期日期", 94, 800, 300, 950, 340},
      {"2027年05月12日", 91, 1000, 300, 1300, 340},
      {"阿里云计算有限公司", 90, 700, 600, 1100, 640},
  };
  OcrLicense c = ReadDomainCertificateWords(words);
  const OcrField* d = Get(c, "domain");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->value, "qinghe-tea.cn");
  EXPECT_TRUE(d->accepted);
  EXPECT_EQ(d->box[0], 300);
  const OcrField* h = Get(c, "holder");
  ASSERT_TRUE(h);
  EXPECT_EQ(h->value, "杭州青禾茶业有限公司");
  EXPECT_FALSE(h->accepted);  // one word at 60 < gate
  EXPECT_EQ(h->reason, "low_confidence");
  EXPECT_EQ(h->conf, 60);
  ASSERT_TRUE(Get(c, "registered"));
  EXPECT_EQ(Get(c, "registered")->value, "2019-05-12");
  EXPECT_TRUE(Get(c, "registered")->accepted);
  ASSERT_TRUE(Get(c, "expires"));
  EXPECT_EQ(Get(c, "expires")->value, "2027-05-12");
  ASSERT_TRUE(Get(c, "registrar"));
  EXPECT_EQ(Get(c, "registrar")->value, "阿里云计算有限公司");
  EXPECT_TRUE(Get(c, "registrar")->accepted);
}

TEST(DomainCertWords, TableCellsValueBesideTwoLabelLines) {
  // 域名 over Domain Name in the left cell, the value centred beside both lines
  OcrLicense c = ReadDomainCertificateWords({
      {"域名", 95, 100, 100, 160, 140},
      {"qinghe15.net.cn", 94, 500, 130, 800, 170},
      {"Domain", 95, 100, 160, 200, 190},
      {"Name", 95, 210, 160, 290, 190},
      {"注册人", 95, 100, 260, 190, 300},
      {"北京华采网络科技有限公司", 92, 500, 290, 900, 330},
      {"Registrant", 95, 100, 320, 260, 350},
  });
  ASSERT_TRUE(Get(c, "domain"));
  EXPECT_EQ(Get(c, "domain")->value, "qinghe15.net.cn");
  EXPECT_TRUE(Get(c, "domain")->accepted);
  ASSERT_TRUE(Get(c, "holder"));
  EXPECT_EQ(Get(c, "holder")->value, "北京华采网络科技有限公司");
}

TEST(DomainCertWords, BilingualLabelInOneRun) {
  // pdf.js gives "域名 / Domain Name" as one run: the English label is not part of the value
  OcrLicense c = ReadDomainCertificateWords({
      {"域名 / Domain Name", 100, 100, 100, 600, 140},
      {"qinghe15.net.cn", 100, 800, 100, 1100, 140},
      {"注册人(Registrant)", 100, 100, 200, 600, 240},
      {"北京华采网络科技有限公司", 100, 800, 200, 1300, 240},
      {"Holder", 100, 100, 300, 300, 340},
      {"holder.cn", 100, 800, 300, 1100, 340},
  });
  ASSERT_TRUE(Get(c, "domain"));
  EXPECT_EQ(Get(c, "domain")->value, "qinghe15.net.cn");
  EXPECT_EQ(Get(c, "domain")->raw, "qinghe15.net.cn");
  ASSERT_TRUE(Get(c, "holder"));
  EXPECT_EQ(Get(c, "holder")->value, "北京华采网络科技有限公司");
}

TEST(DomainCertWords, GluedQuoteKeepsTheWordOrder) {
  // tesseract glued a quote mark to 杭州 and gave it a box spanning the words after it
  OcrLicense c = ReadDomainCertificateWords({
      {"域名持有者：", 93, 280, 424, 488, 469},
      {"”杭州", 88, 539, 424, 895, 457},
      {"云帆", 93, 632, 420, 700, 469},
      {"贸易有限公司", 92, 700, 420, 896, 469},
  });
  ASSERT_TRUE(Get(c, "holder"));
  EXPECT_EQ(Get(c, "holder")->value, "杭州云帆贸易有限公司");
}

TEST(DomainCertWords, MisreadDomainNotAccepted) {
  OcrLicense c = ReadDomainCertificateWords({{"Domain", 95, 100, 100, 200, 130},
                                             {"Name:", 95, 210, 100, 300, 130},
                                             {"example.corn", 97, 320, 100, 500, 130},
                                             {"Expiration", 95, 100, 200, 250, 230},
                                             {"Date:", 95, 260, 200, 330, 230},
                                             {"2027-13-45", 97, 340, 200, 500, 230}});
  const OcrField* d = Get(c, "domain");
  ASSERT_TRUE(d);
  EXPECT_FALSE(d->accepted);
  EXPECT_EQ(d->reason, "unreadable");
  EXPECT_EQ(d->raw, "example.corn");
  ASSERT_TRUE(Get(c, "expires"));
  EXPECT_FALSE(Get(c, "expires")->accepted);
  EXPECT_EQ(Get(c, "expires")->reason, "unreadable");
}

TEST(DomainCertWords, JsonLinesReadBackAsCertificateText) {
  std::string out = DomainCertFromWordsJson(R"([
    {"text": "域名：", "conf": 95, "x0": 0, "y0": 0, "x1": 80, "y1": 30},
    {"text": "qinghe.cn", "conf": 93, "x0": 90, "y0": 0, "x1": 300, "y1": 30},
    {"text": "注册人：", "conf": 95, "x0": 0, "y0": 50, "x1": 80, "y1": 80},
    {"text": "杭州青禾茶业有限公司", "conf": 91, "x0": 90, "y0": 50, "x1": 400, "y1": 80},
    {"text": "x", "conf": 1e300, "x0": -1e300, "y0": 1e300, "x1": 5, "y1": 6}
  ])");
  json j = json::parse(out);
  ASSERT_EQ(j["fields"].size(), 2u);
  std::string text;
  for (const json& f : j["fields"]) {
    EXPECT_TRUE(f["accepted"].get<bool>()) << f.dump();
    text += f["line"].get<std::string>() + "\n";
  }
  EXPECT_EQ(text, "域名：qinghe.cn\n域名持有者：杭州青禾茶业有限公司\n");
  DomainCertificate c = ReadDomainCertificate(text);
  EXPECT_EQ(c.domain.value, "qinghe.cn");
  EXPECT_EQ(c.holder.value, "杭州青禾茶业有限公司");
  EXPECT_NE(DomainCertFromWordsJson("not json").find("\"fields\":[]"), std::string::npos);
  EXPECT_NE(DomainCertFromWordsJson("[{\"text\":1},{}]").find("\"fields\":[]"), std::string::npos);
}

// ---- facts and the comparison with the form --------------------------------------------------

using testing::cert::CertApp;

TEST(DomainCertFacts, ReportFactsAndCompareRows) {
  json app = CertApp();
  json report = RunCheck(app);
  ASSERT_TRUE(report.contains("facts")) << report.dump();
  const json& certs = report["facts"]["domain_certificates"];
  ASSERT_EQ(certs.size(), 1u);
  EXPECT_EQ(certs[0]["domain"], "qinghe-tea.cn");
  EXPECT_EQ(certs[0]["holder"], "杭州青禾茶业有限公司");
  EXPECT_EQ(certs[0]["expires"], "2027-05-12");
  EXPECT_EQ(certs[0]["path"], "/attachments/domain_certificates/0");
  EXPECT_EQ(certs[0]["attachment"], "/attachments/domain_certificates/0/text");
  EXPECT_EQ(certs[0]["spans"]["domain"]["offset"], 9);

  json rows = json::parse(CompareFacts(app.dump(), report.dump()));
  ASSERT_EQ(rows["domain_certificates"].size(), 1u);
  const json& r = rows["domain_certificates"][0];
  EXPECT_EQ(r["domain_path"], "/websites/0/domains/0");
  EXPECT_EQ(r["registrant"]["same"], true);
  EXPECT_EQ(r["registrant"]["path"], "/websites/0/domains/0/registrant");
  EXPECT_EQ(r["created"]["same"], true);
  EXPECT_EQ(r["created"]["path"], "/websites/0/domains/0/registered_on");
  // nothing typed: the row offers the read value for the form's field
  EXPECT_FALSE(r["expires"].contains("typed"));
  EXPECT_EQ(r["expires"]["read"], "2027-05-12");
  EXPECT_EQ(r["expires"]["path"], "/websites/0/domains/0/expires_on");
  EXPECT_EQ(r["registrar"]["read"], "阿里云计算有限公司（万网）");
  EXPECT_EQ(r["registrar"]["path"], "/websites/0/domains/0/registrar");
  // a certificate for a domain that is not in the form: no form path
  report["facts"]["domain_certificates"][0]["domain"] = "other.cn";
  rows = json::parse(CompareFacts(app.dump(), report.dump()));
  EXPECT_TRUE(rows["domain_certificates"][0]["domain_path"].is_null());
  // no certificates: an empty list
  EXPECT_EQ(json::parse(CompareFacts(app.dump(), "{}"))["domain_certificates"], json::array());
}

}  // namespace
}  // namespace beian
