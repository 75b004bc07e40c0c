// core/queries.h: what the front ends ask the core (masking, fact comparison, WHOIS domain,
// personal filing).
#include "core/queries.h"

#include <gtest/gtest.h>

#include <string>

#include "core/ids.h"
#include "core/json.h"
#include "tests/unit/test_util.h"

namespace beian {
namespace {

const char kId[] = "330106199001011234";   // resident-ID shape
const char kId2[] = "110101198001010017";  // resident-ID shape
const char kId3[] = "440301198505050026";

std::string WhoisFixture(const std::string& name) {
  return testing::ReadFile(std::string(BEIAN_SOURCE_DIR) + "/tests/fixtures/whois/" + name);
}

bool Has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(QueriesTest, MaskIdValueIsTheCoresMaskId) {
  EXPECT_EQ(MaskIdValue(kId), "330106**********34");
  EXPECT_EQ(MaskIdValue(kId), MaskId(kId));
  EXPECT_EQ(MaskIdValue("  330106199001011234 "), "330106**********34");
  EXPECT_EQ(MaskIdValue("12345678"), "********");
  // code points, not bytes: full-width digits are masked whole
  EXPECT_EQ(MaskIdValue("３３０１０６１９９０"), "３３０１０６**９０");
}

TEST(QueriesTest, SensitiveValuesCoverEveryIdField) {
  json app = json::parse(R"({
    "subject": {"type": "individual", "certificate_type": "resident_id",
                "certificate_number": "110101198001010017",
                "principal": {"name": "王", "id_number": "330106199001011234"}},
    "websites": [{"responsible_person": {"id_number": 440301198505050026},
                  "domains": [{"name": "a.cn", "registrant_certificate_number": " 91330106MA27XXXX1X "},
                              "b.cn"]}],
    "public_security": {"security_officer": {"id_number": "1234"}},
    "attachments": {"id_card_texts": [{"text": "姓名王五 公民身份号码 37020219900307123x"}]}
  })");
  std::vector<std::string> v = SensitiveValues(app);
  EXPECT_TRUE(Has(v, kId));                   // string id_number
  EXPECT_TRUE(Has(v, kId3));                  // id_number given as a JSON number
  EXPECT_TRUE(Has(v, kId2));                  // personal subject's certificate number
  EXPECT_TRUE(Has(v, "91330106MA27XXXX1X"));  // registrant certificate number, trimmed
  EXPECT_TRUE(Has(v, "37020219900307123x"));  // ID card text, as written
  EXPECT_TRUE(Has(v, "37020219900307123X"));  // and normalised
  EXPECT_FALSE(Has(v, "1234"));               // too short to mask by value
  for (size_t i = 1; i < v.size(); ++i) EXPECT_GE(v[i - 1].size(), v[i].size());
}

TEST(QueriesTest, EnterpriseCertificateNumberIsNotSensitive) {
  json app =
      json::parse(R"({"subject": {"type": "enterprise", "certificate_type": "business_license",
    "certificate_number": "91330106MA27XXXX1X"}})");
  EXPECT_TRUE(SensitiveValues(app).empty());
  EXPECT_FALSE(SubjectCertificateIsPersonalId(app));
}

TEST(QueriesTest, SubjectCertificateIsPersonalId) {
  auto is = [](const char* text) { return SubjectCertificateIsPersonalId(json::parse(text)); };
  EXPECT_TRUE(is(R"({"subject": {"type": "individual", "certificate_number": "x1234567890"}})"));
  EXPECT_TRUE(is(R"({"subject": {"certificate_type": "resident_id", "certificate_number": "x"}})"));
  EXPECT_FALSE(
      is(R"({"subject": {"type": "enterprise", "certificate_number": "330106199001011234"}})"));
  // no type information: a number in the resident-ID format is one
  EXPECT_TRUE(is(R"({"subject": {"certificate_number": "330106199001011234"}})"));
  EXPECT_TRUE(is(R"({"subject": {"certificate_number": 330106199001011234}})"));
  EXPECT_FALSE(is(R"({"subject": {"certificate_number": "91330106MA27XXXX1X"}})"));
  EXPECT_FALSE(is(R"({"subject": {"type": "individual"}})"));
}

TEST(QueriesTest, MaskExportMasksEveryKindAndNumbers) {
  std::string app = R"({
    "subject": {"type": "individual", "certificate_number": "110101198001010017",
                "principal": {"id_number": "330106199001011234"}},
    "websites": [{"responsible_person": {"id_number": 440301198505050026},
                  "domains": [{"name": "a.cn", "registrant_certificate_number": "AB\"CD1234567"}]}],
    "attachments": {"id_card_texts": [{"text": "公民身份号码370202199003071236"}]}
  })";
  std::string text = std::string("a 330106199001011234 b 110101198001010017 c 440301198505050026") +
                     " d \"AB\\\"CD1234567\" e 370202199003071236 f AB\"CD1234567";
  std::string out = MaskExport(text, app);
  for (const char* raw : {kId, kId2, kId3, "370202199003071236", "CD1234567"})
    EXPECT_EQ(out.find(raw), std::string::npos) << raw << " in " << out;
  EXPECT_NE(out.find(MaskId(kId)), std::string::npos);
  EXPECT_NE(out.find(MaskId(kId3)), std::string::npos);
  EXPECT_NE(out.find(MaskId("AB\"CD1234567")), std::string::npos);
  // bad application JSON: unchanged
  EXPECT_EQ(MaskExport(text, "{"), text);
}

TEST(QueriesTest, IsPersonalFiling) {
  EXPECT_TRUE(IsPersonalFiling(std::string_view(R"({"subject": {"type": "individual"}})")));
  EXPECT_FALSE(IsPersonalFiling(std::string_view(R"({"subject": {"type": "enterprise"}})")));
  EXPECT_FALSE(IsPersonalFiling(std::string_view(R"({})")));
  EXPECT_FALSE(IsPersonalFiling(std::string_view("not json")));
}

TEST(QueriesTest, WhoisDomainFromFixtures) {
  EXPECT_EQ(WhoisDomain(WhoisFixture("cnnic_company.txt")), "qinghe-tea.cn");
  EXPECT_EQ(WhoisDomain(WhoisFixture("verisign_thin_godaddy.txt")), "sunriver-outdoor.com");
  EXPECT_EQ(WhoisDomain(WhoisFixture("empty.txt")), "");
  EXPECT_EQ(WhoisDomain("Domain Name: EXAMPLE.COM.\nRegistrar: X\n"), "example.com");
}

TEST(QueriesTest, SameFactNormalisesLikeTheRules) {
  // name: blanks removed, widths kept
  EXPECT_TRUE(SameFact("name", "杭州 青禾茶业有限公司", "杭州青禾茶业有限公司"));
  EXPECT_FALSE(SameFact("name", "杭州青禾茶业有限公司", "杭州青禾茶叶有限公司"));
  // person: width folded, blanks removed
  EXPECT_TRUE(SameFact("person", "王 立新", "王立新"));
  // code: upper-cased, full width folded
  EXPECT_TRUE(SameFact("code", "91330106ma27xxxx1x", "９１３３０１０６ＭＡ２７ＸＸＸＸ１Ｘ"));
  EXPECT_FALSE(SameFact("code", "91330106MA27XXXX1X", "91330106MA27XXXX1Y"));
  // address: the address normaliser (numerals, widths, blanks)
  EXPECT_TRUE(
      SameFact("address", "浙江省杭州市西湖区文三路一〇八号", "浙江省杭州市西湖区文三路108号"));
  EXPECT_FALSE(
      SameFact("address", "浙江省杭州市西湖区文三路108号", "浙江省杭州市西湖区文三路109号"));
  // date: any written form
  EXPECT_TRUE(SameFact("date", "2019-05-12", "2019年05月12日"));
  EXPECT_TRUE(SameFact("date", "2019/5/12", "2019-05-12"));
  EXPECT_FALSE(SameFact("date", "2019-05-12", "2019-05-13"));
  EXPECT_TRUE(SameFact("date", "长期", " 长期 "));
  EXPECT_FALSE(SameFact("date", "长期", "2039-05-12"));
  // holder: ASCII case and blanks ignored
  EXPECT_TRUE(SameFact("holder", "Hangzhou Qinghe Tea Co., Ltd.", "HANGZHOU QINGHE TEA CO.,LTD."));
  // filing numbers as the HTML reader reads them
  EXPECT_TRUE(SameFact("icp", "浙ICP备2024012345号-1", "浙ICP备 2024012345号-1"));
  EXPECT_FALSE(SameFact("icp", "浙ICP备2024012345号-1", "浙ICP备2024012346号-1"));
  EXPECT_TRUE(SameFact("psb", "浙公网安备33010602011771号", "浙公网安备 33010602011771号"));
  // unknown kind: trimmed equality
  EXPECT_TRUE(SameFact("other", " a ", "a"));
  EXPECT_FALSE(SameFact("other", "a", "A"));
}

TEST(QueriesTest, CompareFacts) {
  std::string app = R"({
    "subject": {"type": "individual", "name": "杭州 青禾茶业有限公司",
                "certificate_number": "110101198001010017",
                "certificate_address": "浙江省杭州市西湖区文三路一〇八号",
                "license_valid_until": "长期"},
    "websites": [{"domains": ["other.cn", {"name": "WWW.Qinghe-Tea.cn", "registrant": "杭州青禾茶业有限公司",
                   "registered_on": "2019/5/12", "expires_on": "2027-05-13"}]}],
    "public_security": {"icp_number": "浙ICP备2024012345号-1"}
  })";
  std::string report = R"({"facts": {
    "license": {"name": "杭州青禾茶业有限公司", "credit_code": "110101198001010017",
                "address": "浙江省杭州市西湖区文三路108号", "valid_until": "长期", "type": "x"},
    "whois": [{"domain": "qinghe-tea.cn", "registrant": "杭州青禾茶业有限公司",
               "created": "2019-05-12", "expires": "2027-05-12"}, {"domain": "nowhere.cn"}],
    "site_pages": [{"icp_numbers": ["浙ICP备2024012345号-1"], "psb_numbers": []},
                   {"icp_numbers": ["浙ICP备2024012345号-1", "浙ICP备2099999999号-1"]}]}})";
  json out = json::parse(CompareFacts(app, report));
  const json& lic = out["license"];
  EXPECT_EQ(lic["name"]["same"], true);
  EXPECT_EQ(lic["address"]["same"], true);
  EXPECT_EQ(lic["valid_until"]["same"], true);
  EXPECT_EQ(lic["credit_code"]["typed"], MaskId(kId2));  // personal ID: masked
  EXPECT_EQ(lic["credit_code"]["same"], true);
  EXPECT_FALSE(lic.contains("business_scope"));  // nothing typed
  EXPECT_FALSE(lic.contains("type"));
  ASSERT_EQ(out["whois"].size(), 2u);
  const json& w = out["whois"][0];
  EXPECT_EQ(w["domain_path"], "/websites/0/domains/1");
  EXPECT_EQ(w["registrant"]["same"], true);
  EXPECT_EQ(w["created"]["same"], true);
  EXPECT_EQ(w["expires"]["same"], false);
  EXPECT_FALSE(w.contains("registrar"));
  EXPECT_TRUE(out["whois"][1]["domain_path"].is_null());
  ASSERT_EQ(out["site_pages"].size(), 2u);
  EXPECT_EQ(out["site_pages"][0]["icp_numbers"]["same"], true);
  EXPECT_FALSE(out["site_pages"][0].contains("psb_numbers"));
  EXPECT_EQ(out["site_pages"][1]["icp_numbers"]["same"], false);

  // Every row names the application field it belongs to and the value read, for "fill in the
  // read value"; a personal ID number's read value stays out (the report masks it).
  EXPECT_EQ(lic["name"]["path"], "/subject/name");
  EXPECT_EQ(lic["name"]["read"], "杭州青禾茶业有限公司");
  EXPECT_EQ(lic["address"]["path"], "/subject/certificate_address");
  EXPECT_EQ(lic["address"]["read"], "浙江省杭州市西湖区文三路108号");
  EXPECT_EQ(lic["credit_code"]["path"], "/subject/certificate_number");
  EXPECT_FALSE(lic["credit_code"].contains("read"));
  EXPECT_EQ(w["registrant"]["path"], "/websites/0/domains/1/registrant");
  EXPECT_EQ(w["expires"]["path"], "/websites/0/domains/1/expires_on");
  EXPECT_EQ(w["expires"]["read"], "2027-05-12");
  EXPECT_EQ(out["site_pages"][1]["icp_numbers"]["path"], "/public_security/icp_number");
  EXPECT_EQ(out["site_pages"][1]["icp_numbers"]["read"], "浙ICP备2024012345号-1");

  EXPECT_TRUE(json::parse(CompareFacts("[", report)).contains("error"));
  EXPECT_TRUE(json::parse(CompareFacts(app, "null")).contains("error"));
  // no facts: empty comparison
  EXPECT_EQ(json::parse(CompareFacts(app, "{}"))["license"], json::object());
}

TEST(QueriesTest, CompareFactsOffersTheReadValueOfAnEmptyField) {
  std::string app = R"({"subject": {"type": "enterprise", "name": "杭州青禾茶业有限公司"},
    "websites": [{"domains": [{"name": "qinghe-tea.cn"}]}]})";
  std::string report = R"({"facts": {
    "license": {"name": "杭州青禾茶业有限公司", "legal_representative": "沈青禾",
                "business_scope": ""},
    "whois": [{"domain": "qinghe-tea.cn", "registrar": "阿里云计算有限公司（万网）"}]}})";
  json out = json::parse(CompareFacts(app, report));
  EXPECT_EQ(out["license"]["legal_representative"],
            (json{{"path", "/subject/legal_representative_name"}, {"read", "沈青禾"}}));
  EXPECT_FALSE(out["license"].contains("business_scope"));  // nothing typed, nothing read
  EXPECT_EQ(out["whois"][0]["registrar"], (json{{"path", "/websites/0/domains/0/registrar"},
                                                {"read", "阿里云计算有限公司（万网）"}}));
}

}  // namespace
}  // namespace beian
