// Field checks (CheckOptions::field) run only the rules whose pack "paths" reach into the field.
// These tests hold the declarations to what the rules really do: on every pack example and
// every examples/*.json application, (1) each finding lies on a path its rule declares, and
// (2) a field check returns exactly the findings of the full check at or below that field.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <numeric>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "core/engine/context.h"
#include "core/ids.h"
#include "test_util.h"

namespace beian {
namespace {

std::vector<json> Corpus() {
  std::vector<json> apps;
  json doc =
      json::parse(testing::ReadFile(std::string(BEIAN_GEN_DIR) + "/rulepack.json"), nullptr, false);
  for (const auto& rule : doc["rules"])
    for (const auto& ex : rule.value("examples", json::array())) apps.push_back(ex["app"]);
  for (const char* name : {"clean-enterprise", "individual-shop", "zhejiang-mismatch",
                           "guangdong-finance-name", "plan-zhejiang", "plan-before-filing"}) {
    json app = json::parse(
        testing::ReadFile(std::string(BEIAN_SOURCE_DIR) + "/examples/" + name + ".json"), nullptr,
        false);
    EXPECT_TRUE(app.is_object()) << name;
    apps.push_back(app);
  }
  return apps;
}

json FieldCheck(json app, const std::string& field) {
  if (!app.contains("context") || !app["context"].is_object()) app["context"] = json::object();
  if (!app["context"].contains("today")) app["context"]["today"] = "2026-11-28";
  CheckOptions o;
  o.field = field;
  CheckResult r = Check(Dump(app), o);
  if (!r.ok) return json{{"error", r.error}};
  return json::parse(r.report, nullptr, false);
}

bool Under(const std::string& path, const std::string& field) {
  return path.compare(0, field.size(), field) == 0 &&
         (path.size() == field.size() || path[field.size()] == '/');
}

// A finding lies at or below `field` by its path or (merged page hits) by one of its spans.
bool Under(const json& finding, const std::string& field) {
  if (Under(finding.value("path", ""), field)) return true;
  if (finding.contains("spans"))
    for (const auto& s : finding["spans"])
      if (Under(s.value("attachment", ""), field)) return true;
  return false;
}

TEST(RulePaths, PatternMatching) {
  EXPECT_TRUE(PathMatches({"/websites/*/name"}, "/websites/3/name"));
  EXPECT_FALSE(PathMatches({"/websites/*/name"}, "/websites/3/name/x"));
  EXPECT_FALSE(PathMatches({"/websites/*/name"}, "/websites/3"));
  EXPECT_TRUE(PathMatches({"/websites/*/domains/**"}, "/websites/0/domains"));
  EXPECT_TRUE(PathMatches({"/websites/*/domains/**"}, "/websites/0/domains/2/registrant"));
  EXPECT_TRUE(PathMatches({""}, ""));
  EXPECT_FALSE(PathMatches({""}, "/subject"));
  EXPECT_TRUE(PathMatches({"/**"}, ""));
  EXPECT_TRUE(PathMatches({"/**"}, "/a/b"));

  RuleDef r;
  r.paths = {"/websites/*/domains/**", "/subject/name", ""};
  EXPECT_TRUE(MayReportUnder(r, ""));
  EXPECT_TRUE(MayReportUnder(r, "/subject"));
  EXPECT_TRUE(MayReportUnder(r, "/subject/name"));
  EXPECT_FALSE(MayReportUnder(r, "/subject/name/x"));
  EXPECT_FALSE(MayReportUnder(r, "/subject/type"));
  EXPECT_TRUE(MayReportUnder(r, "/websites"));
  EXPECT_TRUE(MayReportUnder(r, "/websites/1/domains/0/name"));
  EXPECT_FALSE(MayReportUnder(r, "/websites/1/name"));
  RuleDef any;
  EXPECT_TRUE(MayReportUnder(any, "/anything"));
}

TEST(RulePaths, EveryEvaluatedRuleDeclaresPaths) {
  for (const auto& r : RulePack::Builtin().rules())
    if (r.evaluated) EXPECT_FALSE(r.paths.empty()) << r.id;
}

TEST(RulePaths, EveryFindingLiesOnADeclaredPath) {
  const RulePack& pack = RulePack::Builtin();
  int seen = 0;
  for (const json& app : Corpus()) {
    json report = testing::RunCheck(app);
    ASSERT_FALSE(report.contains("error")) << app.dump();
    for (const auto& f : report["findings"]) {
      const RuleDef* def = pack.Find(f.value("rule", ""));
      ASSERT_NE(def, nullptr) << f.dump();
      EXPECT_TRUE(PathMatches(def->paths, f.value("path", "")))
          << def->id << " reported at " << f.value("path", "")
          << ", outside its pack \"paths\" (scripts/rule_paths.py --write)";
      ++seen;
    }
  }
  EXPECT_GT(seen, 1000);
}

// In four parts, the longest test of the sanitized run: the two shards of scripts/test_sanitize
// get two parts each. An application belongs to one part (its full check runs once), except the
// few with many websites (INPUT-006's example has 1,001), whose fields are spread over the parts.
// Of those, the fields of the first four and the last four websites reported are checked, not the
// ~90 alike ones between (200 field checks of 1,001 websites were half of this test's time).
class FieldCheckCorpusPart : public ::testing::TestWithParam<int> {};

TEST_P(FieldCheckCorpusPart, EqualsTheFullCheckFilteredToTheField) {
  const uint32_t part = static_cast<uint32_t>(GetParam());
  constexpr size_t kManyWebsites = 64;
  int compared = 0;
  std::vector<json> corpus = Corpus();
  for (size_t a = 0; a < corpus.size(); ++a) {
    const json& app = corpus[a];
    // a part's share of the applications, by a hash of the index (alike ones come in a row)
    const bool mine = (static_cast<uint32_t>(a) * 0x9E3779B1u >> 30) == part;
    const bool many = app.contains("websites") && app["websites"].is_array() &&
                      app["websites"].size() > kManyWebsites;
    if (!mine && !many) continue;
    json full = testing::RunCheck(app);
    ASSERT_TRUE(full.contains("findings"));
    std::set<std::string> fields = {"/subject/name", "/websites/0/name", "/subject"};
    for (const auto& f : full["findings"]) {
      std::string p = f.value("path", "");
      if (p.empty()) continue;
      fields.insert(p);
      size_t cut = p.rfind('/');
      if (cut != std::string::npos && cut > 0) fields.insert(p.substr(0, cut));
    }
    // the website a field is of (-1: none)
    auto website = [](const std::string& field) -> long {
      static const std::string kPrefix = "/websites/";
      if (field.compare(0, kPrefix.size(), kPrefix) != 0) return -1;
      return std::strtol(field.c_str() + kPrefix.size(), nullptr, 10);
    };
    long last = -1;
    for (const std::string& field : fields) last = std::max(last, website(field));
    size_t nth = 0;
    for (const std::string& field : fields) {
      if (many) {
        const long w = website(field);
        if (w >= 4 && w <= last - 4) continue;
        if ((static_cast<uint32_t>(nth++) * 0x9E3779B1u >> 30) != part) continue;
      }
      json want = json::array();
      for (const auto& f : full["findings"])
        if (Under(f, field)) want.push_back(f);
      json got = FieldCheck(app, field);
      ASSERT_TRUE(got.contains("findings")) << got.dump();
      EXPECT_EQ(got["findings"], want) << "field " << field << " of " << app.dump();
      EXPECT_FALSE(got.contains("facts"));
      EXPECT_FALSE(got.contains("plan"));
      ++compared;
    }
  }
  EXPECT_GT(compared, 250);
}
INSTANTIATE_TEST_SUITE_P(FieldCheck, FieldCheckCorpusPart, ::testing::Values(0, 1, 2, 3));

TEST(FieldCheck, RunsOnlyTheRulesForTheField) {
  json app = json::parse(
      testing::ReadFile(std::string(BEIAN_SOURCE_DIR) + "/examples/clean-enterprise.json"));
  json full = testing::RunCheck(app);
  json field = FieldCheck(app, "/subject/name");
  int all =
      full["summary"]["rules_evaluated"].get<int>() + full["summary"]["rules_skipped"].get<int>();
  int some =
      field["summary"]["rules_evaluated"].get<int>() + field["summary"]["rules_skipped"].get<int>();
  EXPECT_GT(some, 0);
  EXPECT_LT(some * 5, all) << "a field check should run a small part of the rules";
}

// The live check is exact on inputs the paths were not generated from: every leaf of every
// application above (and of the calibration corpus) is mutated — emptied, given the wrong type,
// given another application's value at the same place — and the field check of the mutated
// field and of its parent must equal the full check filtered to them. Here, natively under the
// sanitizers, 5,200 comparisons; the node suite makes over 20,000 of the same kind on the page's
// module (tests/node/field_check.test.cjs), where a check costs a quarter of what it costs here.
void Leaves(const json& v, const std::string& path, std::vector<std::string>* out) {
  if (v.is_object()) {
    for (auto it = v.begin(); it != v.end(); ++it) {
      if (it.key() == "context") continue;
      std::string key;
      for (char ch : it.key()) key += ch == '~' ? "~0" : ch == '/' ? "~1" : std::string(1, ch);
      Leaves(it.value(), path + "/" + key, out);
    }
  } else if (v.is_array()) {
    for (size_t i = 0; i < v.size() && i < 3; ++i)
      Leaves(v[i], path + "/" + std::to_string(i), out);
  } else if (!path.empty()) {
    out->push_back(path);
  }
}

// The applications are split into four parts (one test each, so that sharded sanitizer runs
// spread them over the cores); each part makes at least 1,300 comparisons.
class FieldCheckPart : public ::testing::TestWithParam<int> {};

TEST_P(FieldCheckPart, ExactOnMutatedApplications) {
  const int kParts = 4, kPerPart = 1300;
  const size_t part = static_cast<size_t>(GetParam());
  std::vector<json> apps = Corpus();
  namespace fs = std::filesystem;
  for (const auto& e :
       fs::directory_iterator(std::string(BEIAN_SOURCE_DIR) + "/tests/corpus/ready"))
    apps.push_back(json::parse(testing::ReadFile(e.path().string()), nullptr, false));
  // Several uploaded pages of one website with the same hits (merged into one finding with
  // `spans`), and a page of a second website.
  {
    std::string page =
        "<html><head><title>青禾数码</title></head><body><p>本站提供网络赌博下注服务。</p>"
        "<footer>浙ICP备2024012345号-9</footer></body></html>";
    json multi = {
        {"subject",
         {{"type", "enterprise"}, {"province", "浙江"}, {"name", "杭州青禾数码科技有限公司"}}},
        {"websites",
         {{{"name", "青禾数码官网"}, {"domains", {"qinghe-tech.com"}}},
          {{"name", "青禾数码商城"}, {"domains", {"qinghe-shop.com"}}}}},
        {"public_security", {{"icp_number", "浙ICP备2024012345号-1"}}},
        {"attachments",
         {{"site_pages",
           {{{"url", "https://www.qinghe-tech.com/"}, {"html", page}},
            {{"url", "https://www.qinghe-tech.com/about.html"}, {"html", page}},
            {{"url", "https://www.qinghe-shop.com/"}, {"html", page}}}}}}};
    apps.push_back(multi);
  }
  // Values seen at each path, to give one application another's value.
  std::map<std::string, std::vector<json>> seen;
  std::vector<std::vector<std::string>> leaves(apps.size());
  for (size_t a = 0; a < apps.size(); ++a) {
    Leaves(apps[a], "", &leaves[a]);
    for (const auto& p : leaves[a]) {
      auto& vs = seen[p];
      if (vs.size() < 4) vs.push_back(apps[a].at(json::json_pointer(p)));
    }
  }
  // A fixed shuffle, so that every part reaches pack examples, examples and corpus cases alike;
  // the multi-page application (last) first.
  std::vector<size_t> order(apps.size() - 1);
  std::iota(order.begin(), order.end(), 0);
  std::shuffle(order.begin(), order.end(), std::mt19937(20261202));
  order.insert(order.begin() + static_cast<long>(part), apps.size() - 1);
  int compared = 0, differ = 0;
  for (size_t pass = 0; pass < 3 && compared < kPerPart; ++pass) {
    size_t round = pass;  // each pass gives each leaf the next kind of mutation
    for (size_t k = part; k < order.size() && compared < kPerPart; k += kParts) {
      const size_t a = order[k];
      for (size_t l = 0; l < leaves[a].size() && l < 40; ++l, ++round) {
        const std::string& path = leaves[a][l];
        json mutated = apps[a];
        json& slot = mutated.at(json::json_pointer(path));
        switch (round % 3) {
          case 0:
            slot = slot.is_string()    ? json("")
                   : slot.is_boolean() ? json(!slot.get<bool>())
                                       : json(0);
            break;
          case 1:
            slot = slot.is_string() ? json(12345) : json("x");
            break;
          default: {
            const auto& vs = seen[path];
            slot = vs.empty() ? json("—") : vs[(a + l) % vs.size()];
          }
        }
        json full = testing::RunCheck(mutated);
        ASSERT_TRUE(full.contains("findings")) << full.dump();
        std::string parent = path.substr(0, path.rfind('/'));
        for (const std::string& field : {path, parent}) {
          if (field.empty()) continue;
          json want = json::array();
          for (const auto& f : full["findings"])
            if (Under(f, field)) want.push_back(f);
          json got = FieldCheck(mutated, field);
          ++compared;
          if (got["findings"] != want) {
            if (++differ <= 10) {
              std::set<std::string> w, g;
              for (const auto& f : want) w.insert(f.value("rule", "") + " " + f.value("path", ""));
              for (const auto& f : got["findings"])
                g.insert(f.value("rule", "") + " " + f.value("path", ""));
              std::string only_full, only_field;
              for (const auto& x : w)
                if (!g.count(x)) only_full += x + "; ";
              for (const auto& x : g)
                if (!w.count(x)) only_field += x + "; ";
              ADD_FAILURE() << "field " << field << ": full check only [" << only_full
                            << "], field check only [" << only_field << "]";
            }
          }
        }
      }
    }
  }
  EXPECT_EQ(differ, 0) << differ << " of " << compared << " comparisons differ";
  EXPECT_GE(compared, kPerPart);
}

INSTANTIATE_TEST_SUITE_P(FieldCheck, FieldCheckPart, ::testing::Values(0, 1, 2, 3));

// --- Quick check (CheckOptions::fields) ---------------------------------------------------------

const std::vector<std::string> kQuickFields = {"/subject/province", "/subject/type",
                                               "/subject/certificate_number", "/subject/name",
                                               "/websites/0/domains/0"};

json QuickCheck(json app, const std::vector<std::string>& fields = kQuickFields) {
  if (!app.contains("context") || !app["context"].is_object()) app["context"] = json::object();
  if (!app["context"].contains("today")) app["context"]["today"] = "2026-11-28";
  CheckOptions o;
  o.fields = fields;
  CheckResult r = Check(Dump(app), o);
  if (!r.ok) return json{{"error", r.error}};
  return json::parse(r.report, nullptr, false);
}

bool UnderAny(const json& finding, const std::vector<std::string>& fields) {
  for (const auto& f : fields)
    if (Under(finding, f)) return true;
  return false;
}

TEST(QuickCheck, UnionOfTheFieldsWithTheirOwnVerdict) {
  for (const json& app : Corpus()) {
    json full = FieldCheck(app, "");
    json quick = QuickCheck(app);
    ASSERT_TRUE(quick.contains("findings")) << Dump(quick);
    EXPECT_FALSE(quick.contains("facts"));
    EXPECT_FALSE(quick.contains("plan"));
    EXPECT_FALSE(quick.contains("applicability"));
    EXPECT_FALSE(quick.contains("completeness"));
    // Exactly the union of the single-field checks (SEED-001's "unknown" aside: see below).
    std::vector<json> want;
    for (const auto& f : kQuickFields) {
      json single = FieldCheck(app, f);
      for (const auto& x : single["findings"])
        if (!(x["rule"] == "SEED-001" && x["message_id"] == "unknown") &&
            std::find(want.begin(), want.end(), x) == want.end())
          want.push_back(x);
    }
    std::vector<json> got(quick["findings"].begin(), quick["findings"].end());
    auto key = [](const json& a, const json& b) { return Dump(a) < Dump(b); };
    std::sort(want.begin(), want.end(), key);
    std::sort(got.begin(), got.end(), key);
    EXPECT_EQ(json(got), json(want)) << Dump(app);
    int block = 0, warn = 0, info = 0;
    for (const auto& f : quick["findings"]) {
      EXPECT_TRUE(UnderAny(f, kQuickFields)) << Dump(f);
      block += f["severity"] == "block";
      warn += f["severity"] == "warn";
      info += f["severity"] == "info";
    }
    EXPECT_EQ(quick["summary"]["block"], block);
    EXPECT_EQ(quick["summary"]["warn"], warn);
    EXPECT_EQ(quick["summary"]["info"], info);
    EXPECT_EQ(quick["verdict"], block ? "blocked" : warn ? "at_risk" : "ready");
    EXPECT_LE(quick["summary"]["rules_evaluated"].get<int>(),
              full["summary"]["rules_evaluated"].get<int>());
  }
}

TEST(QuickCheck, FiveAnswersGetNoFindingAboutOtherFields) {
  // The first screen of the guided form: only these five are filled.
  for (const json& subject : {json{{"province", "浙江"},
                                   {"type", "enterprise"},
                                   {"certificate_number", "91330106MA2H3K7Q4M"},
                                   {"name", "杭州青禾贸易有限公司"}},
                              json{{"province", "广东省"},
                                   {"type", "individual"},
                                   {"certificate_number", "440106199001010014"},
                                   {"name", "张三"}},
                              json{{"province", "11"},
                                   {"type", "sole_proprietor"},
                                   {"certificate_number", "92110105MA01ABCD1X"},
                                   {"name", "北京市朝阳区青禾茶叶店"}}}) {
    for (const json& domain : {json("qinghe-tea.cn"), json{{"name", "qinghe-tea.cn"}}}) {
      json app = {{"subject", subject}, {"websites", {{{"domains", {domain}}}}}};
      json quick = QuickCheck(app);
      ASSERT_TRUE(quick.contains("findings")) << Dump(quick);
      for (const auto& f : quick["findings"]) {
        EXPECT_TRUE(UnderAny(f, kQuickFields)) << Dump(f);
        std::string rule = f["rule"];
        EXPECT_NE(rule, "INPUT-004") << Dump(f);  // a required field missing
        EXPECT_NE(rule, "INPUT-009") << Dump(f);
        EXPECT_NE(rule, "INPUT-013") << Dump(f);
        EXPECT_FALSE(rule == "SEED-001" && f["message_id"] == "unknown") << Dump(f);
      }
      // The full check of the same application does ask for the rest.
      json full = FieldCheck(app, "");
      EXPECT_TRUE(full.contains("completeness"));
      EXPECT_GT(full["completeness"]["missing"].size(), 10u);
    }
  }
}

TEST(QuickCheck, FieldAndFieldsTogetherAndDuplicates) {
  json app = Corpus().back();
  CheckOptions a;
  a.field = "/subject/name";
  a.fields = {"/websites/0/domains/0", "/subject/name", ""};
  CheckOptions b;
  b.fields = {"/subject/name", "/websites/0/domains/0"};
  app["context"] = {{"today", "2026-11-28"}};
  EXPECT_EQ(Check(Dump(app), a).report, Check(Dump(app), b).report);
  EXPECT_EQ(FieldScopeOf(a), (std::vector<std::string>{"/subject/name", "/websites/0/domains/0"}));
}

}  // namespace
}  // namespace beian
