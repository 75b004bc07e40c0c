// The guided form's questions (core/form.h): which fields apply (FormPlan) and the region lists
// (RegionsJson).
#include "core/form.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/engine/completeness.h"
#include "core/geo/regions.h"
#include "core/rulepack.h"

namespace beian {
namespace {

json Plan(const json& app, const std::string& locale = "zh-CN") {
  return json::parse(FormPlanJson(Dump(app), RulePack::Builtin(), locale));
}

bool Has(const json& list, const std::string& path) {
  return std::find(list.begin(), list.end(), json(path)) != list.end();
}

// No hidden pointer is a required path or lies above one.
void ExpectNoRequiredHidden(const json& plan) {
  for (const auto& h : plan["hidden"])
    for (const auto& r : plan["required"])
      EXPECT_FALSE(PathIsUnder(r.get<std::string>(), h.get<std::string>()))
          << h << " hides the required " << r;
}

json Individual(const std::string& province = "浙江") {
  return {{"subject",
           {{"province", province},
            {"type", "individual"},
            {"name", "张三"},
            {"principal", {{"id_type", "resident_id"}}}}},
          {"websites", {{{"name", "张三的博客"}, {"domains", {"zhangsan.cn"}}}}}};
}

json Enterprise(const std::string& province = "浙江") {
  return {{"subject",
           {{"province", province},
            {"type", "enterprise"},
            {"name", "杭州青禾茶业有限公司"},
            {"legal_representative_name", "沈青禾"}}},
          {"websites",
           {{{"name", "青禾茶业"}, {"domains", {"qinghe-tea.cn"}}},
            {{"name", "青禾商城"}, {"domains", {{{"name", "qinghe-shop.cn"}}}}}}}};
}

TEST(FormPlan, IndividualHidesTheOrganisationFields) {
  json plan = Plan(Individual());
  const json& hidden = plan["hidden"];
  for (const char* p : {"/subject/legal_representative_name", "/subject/investor",
                        "/subject/business_scope", "/subject/license_valid_from",
                        "/subject/license_valid_until", "/subject/license_is_electronic",
                        "/subject/value_added_telecom_license", "/documents/business_license_scan",
                        "/documents/business_license_sealed", "/attachments/business_license_text",
                        "/attachments/registry_text", "/websites/0/ai", "/subject/previous_type"})
    EXPECT_TRUE(Has(hidden, p)) << p << "\n" << hidden.dump(1);
  // A personal filing may need a local residence permit (PPL-017): asked.
  EXPECT_FALSE(Has(hidden, "/subject/principal/residence_permit_province"));
  EXPECT_FALSE(Has(plan["required"], "/subject/legal_representative_name"));
  ExpectNoRequiredHidden(plan);
}

TEST(FormPlan, EnterpriseKeepsThemAndCoversEveryWebsite) {
  json plan = Plan(Enterprise());
  const json& hidden = plan["hidden"];
  EXPECT_FALSE(Has(hidden, "/subject/legal_representative_name"));
  EXPECT_FALSE(Has(hidden, "/subject/business_scope"));
  EXPECT_FALSE(Has(hidden, "/documents/business_license_scan"));
  EXPECT_FALSE(Has(hidden, "/attachments/business_license_text"));
  EXPECT_TRUE(Has(hidden, "/subject/principal/residence_permit_province"));
  EXPECT_TRUE(Has(hidden, "/websites/0/ai"));
  EXPECT_TRUE(Has(hidden, "/websites/1/ai"));
  EXPECT_TRUE(Has(plan["required"], "/subject/legal_representative_name"));
  EXPECT_TRUE(Has(plan["required"], "/websites/1/name"));
  EXPECT_TRUE(Has(plan["required"], "/websites/1/domains/0"));
  ExpectNoRequiredHidden(plan);
  // provided + missing = required
  EXPECT_EQ(plan["provided"].get<size_t>() + plan["missing"].size(), plan["required"].size());
  for (const auto& m : plan["missing"]) {
    EXPECT_TRUE(Has(plan["required"], m["path"].get<std::string>()));
    EXPECT_FALSE(m["label"].get<std::string>().empty());
  }
  EXPECT_FALSE(Has(plan["missing"], "/subject/name"));
}

TEST(FormPlan, AiQuestionsOnlyForAGenerativeAiSite) {
  json app = Enterprise();
  app["websites"][1]["features"] = {{"generative_ai", true}};
  json plan = Plan(app);
  EXPECT_TRUE(Has(plan["hidden"], "/websites/0/ai"));
  EXPECT_FALSE(Has(plan["hidden"], "/websites/1/ai"));
}

TEST(FormPlan, PreviousTypeOnlyForAChange) {
  EXPECT_TRUE(Has(Plan(Enterprise())["hidden"], "/subject/previous_type"));
  json app = Enterprise();
  app["subject"]["existing_filed_domains"] = 1;
  EXPECT_FALSE(Has(Plan(app)["hidden"], "/subject/previous_type"));
}

TEST(FormPlan, ProvinceSpecificDocumentsOnlyWhereAsked) {
  // 《互联网信息服务备案承诺书》 is asked in Guangdong only (DOC-005),
  // 《ICP备案信息真实性责任告知书》 in Jiangsu (DOC-006), the e-commerce statement in Hubei
  // (DOC-012, params "read_by").
  json zj = Plan(Enterprise("浙江"));
  EXPECT_TRUE(Has(zj["hidden"], "/documents/filing_commitment_letter"));
  EXPECT_TRUE(Has(zj["hidden"], "/documents/authenticity_notice"));
  EXPECT_TRUE(Has(zj["hidden"], "/documents/ecommerce_statement"));
  json gd = Plan(Enterprise("广东省"));
  EXPECT_FALSE(Has(gd["hidden"], "/documents/filing_commitment_letter"));
  EXPECT_TRUE(Has(gd["hidden"], "/documents/authenticity_notice"));
  json js = Plan(Enterprise("32"));
  EXPECT_FALSE(Has(js["hidden"], "/documents/authenticity_notice"));
  json hb = Plan(Enterprise("湖北"));
  EXPECT_FALSE(Has(hb["hidden"], "/documents/ecommerce_statement"));
  // Nationwide documents and an unknown province hide nothing by province.
  EXPECT_FALSE(Has(zj["hidden"], "/documents/domain_certificate"));
  json none = Enterprise("");
  EXPECT_FALSE(Has(Plan(none)["hidden"], "/documents/filing_commitment_letter"));
}

TEST(FormPlan, CrossBorderStatementOnlyForHostsOutsideTheMainland) {
  json app = Enterprise();
  EXPECT_TRUE(Has(Plan(app)["hidden"], "/documents/cross_border_compliance_statement"));
  app["websites"][1]["hosting"] = {{"location", "hong_kong"}};
  EXPECT_FALSE(Has(Plan(app)["hidden"], "/documents/cross_border_compliance_statement"));
}

TEST(FormPlan, EmptyApplicationAsksForWebsiteZero) {
  json plan = Plan(json::object());
  EXPECT_TRUE(Has(plan["required"], "/websites/0/name"));
  EXPECT_TRUE(Has(plan["hidden"], "/websites/0/ai"));
  EXPECT_EQ(plan["provided"], 0);
  EXPECT_EQ(plan["missing"].size(), plan["required"].size());
  json en = Plan(json::object(), "en");
  EXPECT_EQ(en["missing"][0]["label"], "Province of the subject");
  EXPECT_TRUE(json::parse(FormPlanJson("[", RulePack::Builtin(), "zh-CN")).contains("error"));
}

TEST(FormPlan, NoRequiredPathIsEverHidden) {
  // Every subject type, province and website feature combination the conditions look at.
  for (const char* type : {"individual", "enterprise", "sole_proprietor", "government", ""}) {
    for (const char* province : {"浙江", "广东", "江苏", "湖北", "上海", ""}) {
      for (bool ai : {false, true}) {
        json app = Enterprise(province);
        app["subject"]["type"] = type;
        app["websites"][0]["features"] = {{"generative_ai", ai}};
        ExpectNoRequiredHidden(Plan(app));
      }
    }
  }
}

TEST(FormPlan, AHiddenItemNeverHidesARequiredOne) {
  // A pack whose conditions would hide required fields: they stay.
  std::string error;
  json doc = json::parse(
      R"({"version": "t", "rules": [{"id": "INPUT-013", "category": "input", "severity": "warn",
      "confidence": "S", "engine": true, "title": "t", "message": "m", "fix": "f", "source": "s",
      "params": {"subject": [{"path": "/subject/name", "label": "n"}],
                 "website": [{"path": "/name", "label": "w"}],
                 "hidden": [{"path": "/subject", "when": {"always": true}},
                            {"path": "/websites/*/name", "when": {"always": true}},
                            {"path": "/subject/investor", "when": {"always": true}},
                            {"path": "/subject/x", "when": {"no_such_condition": true}}]}}]})");
  auto pack = RulePack::Parse(Dump(doc), &error);
  ASSERT_TRUE(pack) << error;
  json plan = json::parse(FormPlanJson("{}", *pack, "zh-CN"));
  EXPECT_EQ(plan["hidden"], json::array({"/subject/investor"}));
  EXPECT_EQ(plan["required"], json::array({"/subject/name", "/websites/0/name"}));
}

// --- Regions -----------------------------------------------------------------------------------

json Regions(const std::string& parent) { return json::parse(RegionsJson(parent, "zh-CN")); }

bool Named(const json& list, const std::string& name, const std::string& code = "") {
  for (const auto& r : list)
    if (r["name"] == name && (code.empty() || r["code"] == code)) return true;
  return false;
}

// The province list comes from the province table (the page's module has it before the region
// table): the same codes, names and order as the region table's provinces.
TEST(FormRegions, ProvincesAsInTheRegionTable) {
  json expected = json::array();
  for (const Region* r : CurrentRegions(RegionLevel::kProvince)) {
    char code[8];
    std::snprintf(code, sizeof code, "%06d", r->code);
    expected.push_back({{"code", code}, {"name", r->name}});
  }
  ASSERT_EQ(expected.size(), 34u);
  EXPECT_EQ(Regions(""), expected);
}

TEST(FormRegions, Provinces) {
  json p = Regions("");
  EXPECT_EQ(p.size(), 34u);
  EXPECT_TRUE(Named(p, "浙江省", "330000"));
  EXPECT_TRUE(Named(p, "北京市", "110000"));
  EXPECT_TRUE(Named(p, "广西壮族自治区", "450000"));
}

TEST(FormRegions, CitiesOfAProvinceInEveryWrittenForm) {
  json zj = Regions("浙江省");
  EXPECT_EQ(zj.size(), 11u);
  EXPECT_TRUE(Named(zj, "杭州市", "330100"));
  EXPECT_EQ(Regions("浙江"), zj);
  EXPECT_EQ(Regions("33"), zj);
  EXPECT_EQ(Regions("330000"), zj);
  EXPECT_EQ(Regions("Zhejiang"), zj);
  EXPECT_EQ(Regions(" 浙江 "), zj);
}

TEST(FormRegions, DistrictsOfACity) {
  json hz = Regions("330100");
  EXPECT_TRUE(Named(hz, "西湖区", "330106"));
  EXPECT_EQ(Regions("杭州市"), hz);
  EXPECT_EQ(Regions("杭州"), hz);
  // 吉林 names the province; 吉林市 the city.
  EXPECT_TRUE(Named(Regions("吉林"), "长春市"));
  EXPECT_TRUE(Named(Regions("吉林市"), "船营区"));
}

TEST(FormRegions, MunicipalitiesListTheirDistrictsDirectly) {
  json bj = Regions("北京");
  EXPECT_TRUE(Named(bj, "东城区", "110101"));
  EXPECT_TRUE(Named(bj, "海淀区", "110108"));
  EXPECT_TRUE(Named(Regions("上海市"), "浦东新区"));
  EXPECT_TRUE(Named(Regions("重庆"), "渝中区"));
}

TEST(FormRegions, UnknownParent) {
  EXPECT_EQ(Regions("火星"), json::array());
  EXPECT_EQ(Regions("999999"), json::array());
  EXPECT_EQ(Regions("99"), json::array());
  EXPECT_EQ(Regions("330106"), json::array());  // a district has no children
}

}  // namespace
}  // namespace beian
