// The AI-xxx rules (core/rules/ai/): rule ids, severities, paths, variants and arguments of their
// findings on small applications; never rendered text.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/check.h"
#include "core/json.h"
#include "tests/unit/rules/geo_apps.h"

namespace beian {
namespace {

using namespace testing::geo;  // NOLINT

// An enterprise shop in 浙江 whose one website has the given features and AI object.
json Shop(const char* features, const char* ai = nullptr) {
  json app = App(R"({"context": {"today": "2025-10-01"},
      "subject": {"type": "enterprise", "province": "浙江", "name": "杭州青禾茶业有限公司"},
      "websites": [{"name": "青禾茶业商城", "domains": ["qinghe-tea.cn"]}]})");
  app["websites"][0]["features"] = json::parse(features);
  if (ai) app["websites"][0]["ai"] = json::parse(ai);
  return app;
}

const char* const kAiRules[] = {"AI-001", "AI-002", "AI-003", "AI-004", "AI-005"};

TEST(AiRules, NothingWithoutTheFeature) {
  for (const char* features : {R"({})", R"({"generative_ai": false})"}) {
    json r = RunCheck(Shop(features));
    for (const char* id : kAiRules) EXPECT_FALSE(Fires(r, id)) << id << " " << features;
  }
  // An AI object without the ticked feature does not count either.
  json r = RunCheck(Shop(R"({"generative_ai": false})", R"({"output_labelled": false})"));
  for (const char* id : kAiRules) EXPECT_FALSE(Fires(r, id)) << id;
}

// The issue's first case: the feature ticked and nothing more said gets the reminders.
TEST(AiRules, FeatureAloneGetsTheReminders) {
  json r = RunCheck(Shop(R"({"generative_ai": true})"));
  json f1 = FindingAt(r, "AI-001", "/websites/0/features/generative_ai");
  ASSERT_FALSE(f1.is_null());
  EXPECT_EQ(f1["severity"], "info");
  EXPECT_EQ(f1["message_id"], "default");
  json f3 = FindingAt(r, "AI-003", "/websites/0/features/generative_ai");
  ASSERT_FALSE(f3.is_null());
  EXPECT_EQ(f3["severity"], "warn");
  EXPECT_EQ(f3["message_id"], "default");
  json f4 = FindingAt(r, "AI-004", "/websites/0/features/generative_ai");
  ASSERT_FALSE(f4.is_null());
  EXPECT_EQ(f4["severity"], "info");
  EXPECT_EQ(f4["message_id"], "unstated");
  EXPECT_FALSE(Fires(r, "AI-002"));  // not said to be an own model
  EXPECT_FALSE(Fires(r, "AI-005"));  // not said to be visitor-facing
  for (const char* id : kAiRules)
    for (const auto& f : FindingsOf(r, id)) EXPECT_NE(f["severity"], "block") << id;
}

// The issue's second case: a registered third-party model with its number and labelled output
// gets nothing that warns.
TEST(AiRules, RegisteredThirdPartyModelLabelledGetsNoWarning) {
  json r = RunCheck(Shop(R"({"generative_ai": true})", R"({"provider": "通义千问（阿里云）",
      "own_model": false, "model_filing_number": "Example-Model-20240101S0001",
      "output_labelled": true, "public_facing": true})"));
  for (const char* id : kAiRules)
    for (const auto& f : FindingsOf(r, id)) EXPECT_EQ(f["severity"], "info") << id;
  json f3 = FindingAt(r, "AI-003", "/websites/0/ai/model_filing_number");
  ASSERT_FALSE(f3.is_null());
  EXPECT_EQ(f3["message_id"], "numbered");
  EXPECT_EQ(f3["args"]["number"], "Example-Model-20240101S0001");
  EXPECT_FALSE(Fires(r, "AI-004"));
  EXPECT_FALSE(Fires(r, "AI-002"));
  json f5 = FindingAt(r, "AI-005", "/websites/0/ai/public_facing");
  ASSERT_FALSE(f5.is_null());
  EXPECT_EQ(f5["severity"], "info");
}

TEST(AiRules, NamedProviderWithoutNumberWarns) {
  json r = RunCheck(Shop(R"({"generative_ai": true})", R"({"provider": "文心一言（百度）"})"));
  json f = FindingAt(r, "AI-003", "/websites/0/ai/provider");
  ASSERT_FALSE(f.is_null());
  EXPECT_EQ(f["severity"], "warn");
  EXPECT_EQ(f["message_id"], "named");
  EXPECT_EQ(f["args"]["provider"], "文心一言（百度）");
}

TEST(AiRules, OwnModelNeedsTheModelFiling) {
  json r = RunCheck(Shop(R"({"generative_ai": true})", R"({"own_model": true})"));
  json f = FindingAt(r, "AI-002", "/websites/0/ai/own_model");
  ASSERT_FALSE(f.is_null());
  EXPECT_EQ(f["severity"], "warn");
  EXPECT_EQ(f["message_id"], "default");
  EXPECT_FALSE(Fires(r, "AI-003"));  // the third-party reminder is not for an own model
  json numbered = RunCheck(Shop(R"({"generative_ai": true})",
                                R"({"own_model": true, "model_filing_number": "Zhejiang-X-1"})"));
  json g = FindingAt(numbered, "AI-002", "/websites/0/ai/model_filing_number");
  ASSERT_FALSE(g.is_null());
  EXPECT_EQ(g["severity"], "info");
  EXPECT_EQ(g["message_id"], "numbered");
  EXPECT_EQ(g["args"]["number"], "Zhejiang-X-1");
}

TEST(AiRules, UnlabelledOutputWarns) {
  json r = RunCheck(Shop(R"({"generative_ai": true})", R"({"output_labelled": false})"));
  json f = FindingAt(r, "AI-004", "/websites/0/ai/output_labelled");
  ASSERT_FALSE(f.is_null());
  EXPECT_EQ(f["severity"], "warn");
  EXPECT_EQ(f["message_id"], "default");
  EXPECT_EQ(f["category"], "ai");
}

// AI used internally only (e.g. drafting product texts): the service rules do not reach it.
TEST(AiRules, InternalUseOnlyGetsOneNote) {
  json r =
      RunCheck(Shop(R"({"generative_ai": true})",
                    R"({"public_facing": false, "own_model": true, "output_labelled": false})"));
  json f = FindingAt(r, "AI-001", "/websites/0/features/generative_ai");
  ASSERT_FALSE(f.is_null());
  EXPECT_EQ(f["message_id"], "internal");
  EXPECT_EQ(f["severity"], "info");
  for (const char* id : {"AI-002", "AI-003", "AI-004", "AI-005"}) EXPECT_FALSE(Fires(r, id)) << id;
}

// Only the websites with the feature are reported, each at its own index.
TEST(AiRules, PerWebsite) {
  json app = Shop(R"({"generative_ai": false})");
  app["websites"].push_back({{"name", "青禾茶业助手"},
                             {"domains", {"qinghe-ai.cn"}},
                             {"features", {{"generative_ai", true}}}});
  json r = RunCheck(app);
  auto f = FindingsOf(r, "AI-001");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["path"], "/websites/1/features/generative_ai");
}

// The plan lists the AI steps without a date (no published duration) when the feature is there.
TEST(AiRules, PlanListsTheAiSteps) {
  auto ai_rules = [](const json& report) {
    std::vector<std::string> out;
    for (const auto& d : report["plan"]["deadlines"]) {
      std::string rule = d.value("rule", "");
      if (rule.rfind("AI-", 0) == 0) {
        out.push_back(rule);
        EXPECT_FALSE(d.contains("due")) << d.dump();
        EXPECT_FALSE(d.value("basis", "").empty());
      }
    }
    return out;
  };
  EXPECT_TRUE(ai_rules(RunCheck(Shop(R"({"generative_ai": false})"))).empty());
  EXPECT_EQ(ai_rules(RunCheck(Shop(R"({"generative_ai": true})"))),
            (std::vector<std::string>{"AI-003", "AI-004"}));
  json own = RunCheck(
      Shop(R"({"generative_ai": true})", R"({"own_model": true, "output_labelled": true})"));
  EXPECT_EQ(ai_rules(own), (std::vector<std::string>{"AI-002", "AI-002"}));
  bool counted = false;
  for (const auto& d : own["plan"]["deadlines"])
    if (d.value("within_working_days", 0) == 10 && d.value("rule", "") == "AI-002") counted = true;
  EXPECT_TRUE(counted);
  EXPECT_TRUE(ai_rules(RunCheck(Shop(R"({"generative_ai": true})", R"({"public_facing": false})")))
                  .empty());
}

}  // namespace
}  // namespace beian
