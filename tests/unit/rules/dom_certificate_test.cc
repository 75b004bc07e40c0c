// DOM-021: the uploaded domain certificate against the typed domains and the filing subject
// (core/rules/dom/certificate.cc).
#include <gtest/gtest.h>

#include <string>

#include "tests/unit/rules/cert_apps.h"
#include "tests/unit/test_util.h"

namespace beian {
namespace {

using testing::FindingsOf;
using testing::Fires;
using testing::RunCheck;

using testing::cert::CertApp;

json WithCertificate(json app, const std::string& text) {
  app["attachments"]["domain_certificates"][0]["text"] = text;
  return app;
}

const char kCert[] =
    "域名：qinghe-tea."
    "cn\n域名持有者：杭州青禾茶业有限公司\n注册服务机构：阿里云计算有限公司（万网）\n"
    "注册日期：2019年05月12日\n到期日期：2027年05月12日\n";

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  size_t at = s.find(from);
  if (at != std::string::npos) s.replace(at, from.size(), to);
  return s;
}

TEST(Dom021, HolderDiffersFromTheSubject) {
  std::string text = Replace(kCert, "杭州青禾茶业有限公司", "杭州青禾电子商务有限公司");
  json app = WithCertificate(CertApp(), text);
  app["websites"][0]["domains"][0].erase("registrant");
  json r = RunCheck(app);
  auto f = FindingsOf(r, "DOM-021");
  ASSERT_EQ(f.size(), 1u) << r["findings"].dump(1);
  EXPECT_EQ(f[0]["path"], "/websites/0/domains/0");
  EXPECT_EQ(f[0]["message_id"], "default");
  EXPECT_EQ(f[0]["severity"], "block");
  EXPECT_EQ(f[0]["args"]["holder"], "杭州青禾电子商务有限公司");
  EXPECT_EQ(f[0]["args"]["subject"], "杭州青禾茶业有限公司");
  EXPECT_EQ(f[0]["args"]["domain"], "qinghe-tea.cn");
  EXPECT_EQ(f[0]["span"]["attachment"], "/attachments/domain_certificates/0/text");
  // the same holder: nothing
  EXPECT_FALSE(Fires(RunCheck(CertApp()), "DOM-021"));
  // width and blanks do not count (as for DOM-009)
  app = WithCertificate(CertApp(), Replace(kCert, "杭州青禾茶业有限公司", "杭州 青禾茶业有限公司"));
  EXPECT_FALSE(Fires(RunCheck(app), "DOM-021"));
}

TEST(Dom021, OneFindingWhenWhoisAlreadyGivesDom009) {
  std::string text = Replace(kCert, "杭州青禾茶业有限公司", "杭州青禾电子商务有限公司");
  json app = WithCertificate(CertApp(), text);
  app["websites"][0]["domains"][0].erase("registrant");
  app["attachments"]["whois"] =
      json::array({{{"text",
                     "Domain Name: qinghe-tea.cn\nRegistrant: 杭州青禾电子商务有限公司\n"
                     "Sponsoring Registrar: 阿里云计算有限公司（万网）\nExpiration Time: "
                     "2027-05-12 10:21:33\n"}}});
  json r = RunCheck(app);
  EXPECT_TRUE(Fires(r, "DOM-009"));
  EXPECT_FALSE(Fires(r, "DOM-021")) << r["findings"].dump(1);
  // a typed registrant that is the certificate's holder: DOM-009 reports it at the form
  app = WithCertificate(CertApp(), text);
  app["websites"][0]["domains"][0]["registrant"] = "杭州青禾电子商务有限公司";
  r = RunCheck(app);
  EXPECT_TRUE(Fires(r, "DOM-009"));
  EXPECT_FALSE(Fires(r, "DOM-021"));
}

TEST(Dom021, PersonalFilingAndLatinHolder) {
  json app = CertApp();
  app["subject"] = {{"type", "individual"},
                    {"province", "浙江"},
                    {"name", "沈青禾"},
                    {"principal", {{"name", "沈青禾"}}}};
  app["websites"][0]["domains"][0].erase("registrant");
  auto f = FindingsOf(RunCheck(app), "DOM-021");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["args"]["subject"], "沈青禾");
  app = WithCertificate(app, Replace(kCert, "杭州青禾茶业有限公司", "沈青禾"));
  EXPECT_FALSE(Fires(RunCheck(app), "DOM-021"));

  app = WithCertificate(CertApp(), Replace(kCert, "杭州青禾茶业有限公司", "Qinghe Tea Co., Ltd."));
  app["websites"][0]["domains"][0].erase("registrant");
  f = FindingsOf(RunCheck(app), "DOM-021");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["message_id"], "latin");
  EXPECT_EQ(f[0]["severity"], "warn");
}

TEST(Dom021, CertificateForAnotherDomain) {
  json app = WithCertificate(CertApp(), Replace(kCert, "qinghe-tea.cn", "qinghe-shop.cn"));
  auto f = FindingsOf(RunCheck(app), "DOM-021");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["message_id"], "other_domain");
  EXPECT_EQ(f[0]["severity"], "warn");
  EXPECT_EQ(f[0]["path"], "/attachments/domain_certificates/0");
  EXPECT_EQ(f[0]["args"]["cert_domain"], "qinghe-shop.cn");
  EXPECT_EQ(f[0]["args"]["domain"], "qinghe-tea.cn");
  // www. typed: the same domain
  app = CertApp();
  app["websites"][0]["domains"][0]["name"] = "www.qinghe-tea.cn";
  EXPECT_FALSE(Fires(RunCheck(app), "DOM-021"));
}

TEST(Dom021, UnreadableCertificate) {
  json app = WithCertificate(CertApp(), "域名证书\n阿里云计算有限公司\n");
  auto f = FindingsOf(RunCheck(app), "DOM-021");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["message_id"], "unreadable");
  EXPECT_EQ(f[0]["severity"], "info");
  EXPECT_EQ(f[0]["path"], "/attachments/domain_certificates/0/text");
  // no certificate text at all: the rule is not evaluated
  app = WithCertificate(CertApp(), "  ");
  EXPECT_FALSE(Fires(RunCheck(app), "DOM-021"));
}

}  // namespace
}  // namespace beian
