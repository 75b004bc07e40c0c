// The report writer keeps the JSON of findings it wrote (FindingMemo, core/engine/report.cc):
// a finding written again must give the bytes a writer that never saw it gives (a fresh thread
// has an empty memo), whatever member differs from one written before, and an ID number must be
// masked even in a finding that was kept unmasked.
#include <gtest/gtest.h>

#include <functional>
#include <thread>

#include "core/engine/report.h"
#include "core/engine/runner.h"
#include "core/rulepack.h"
#include "tests/unit/test_util.h"

namespace beian {
namespace {

std::string ReportOf(const Finding& f, const std::vector<std::string>& sensitive = {}) {
  json app = json::object();
  Ctx ctx(app, RulePack::Builtin(), *Date::Parse("2026-11-28"), "zh-CN");
  std::vector<Finding> findings{f};
  return BuildReport(findings, ctx, RunCounts{}, FieldScope{}, sensitive, nullptr, nullptr);
}

// The same report written on a thread of its own: its memo has seen nothing.
std::string FreshReportOf(const Finding& f, const std::vector<std::string>& sensitive = {}) {
  std::string out;
  std::thread t([&] { out = ReportOf(f, sensitive); });
  t.join();
  return out;
}

Finding Base() {
  Finding f;
  f.rule = "APP-014";
  f.severity = Severity::kInfo;
  f.category = "applicability";
  f.path = "/websites/0/name";
  f.message = "网站名称“龙坞茶具”与主办单位不符。";
  f.fix = "改为“龙坞茶具官网”。";
  f.source = "工信部《非经营性互联网信息服务备案管理办法》";
  f.evidence = "龙坞茶具";
  f.message_id = "default";
  f.confidence = "V";
  f.also = {"SEED-019"};
  f.args = {{"name", "龙坞茶具"}, {"subject", "杭州龙坞茶具有限公司"}};
  f.span = Span{"/attachments/site_pages/0/html", 10, 12};
  f.spans = {Span{"/attachments/site_pages/0/html", 10, 12},
             Span{"/attachments/site_pages/0/html", 40, 12}};
  return f;
}

TEST(FindingMemo, EveryMemberCounts) {
  const Finding base = Base();
  const std::string first = ReportOf(base);
  EXPECT_EQ(first, FreshReportOf(base));
  EXPECT_EQ(ReportOf(base), first);  // written again from the memo
  // one member changed at a time, after the base finding was kept
  const std::vector<std::pair<const char*, std::function<void(Finding&)>>> changes = {
      {"rule", [](Finding& f) { f.rule = "APP-001"; }},
      {"severity", [](Finding& f) { f.severity = Severity::kWarn; }},
      {"category", [](Finding& f) { f.category = "domain"; }},
      {"path", [](Finding& f) { f.path = "/websites/1/name"; }},
      {"message", [](Finding& f) { f.message += "。"; }},
      {"fix", [](Finding& f) { f.fix = "改名。"; }},
      {"source", [](Finding& f) { f.source = "腾讯云"; }},
      {"evidence", [](Finding& f) { f.evidence = "茶具"; }},
      {"evidence emptied", [](Finding& f) { f.evidence.clear(); }},
      {"message_id", [](Finding& f) { f.message_id = "other"; }},
      {"confidence", [](Finding& f) { f.confidence = "S"; }},
      {"also", [](Finding& f) { f.also.push_back("SEED-020"); }},
      {"also emptied", [](Finding& f) { f.also.clear(); }},
      {"arg value", [](Finding& f) { f.args[0].second = "龙坞"; }},
      {"arg name", [](Finding& f) { f.args[0].first = "site"; }},
      {"arg added",
       [](Finding& f) {
         f.args.push_back({"x", "y"});
       }},
      {"span offset", [](Finding& f) { f.span->offset = 11; }},
      {"span length", [](Finding& f) { f.span->length = 9; }},
      {"span attachment", [](Finding& f) { f.span->attachment = "/attachments/whois/0"; }},
      {"span dropped", [](Finding& f) { f.span.reset(); }},
      {"spans offset", [](Finding& f) { f.spans[1].offset = 41; }},
      {"spans dropped", [](Finding& f) { f.spans.clear(); }},
      // a member's bytes moved into the next one
      {"bytes shifted",
       [](Finding& f) {
         f.category = "applicabilit";
         f.path = "y" + f.path;
       }},
  };
  for (const auto& [what, change] : changes) {
    Finding f = base;
    change(f);
    const std::string warm = ReportOf(f);
    EXPECT_NE(warm, first) << what;
    EXPECT_EQ(warm, FreshReportOf(f)) << what;
    EXPECT_EQ(ReportOf(base), first) << what;
  }
}

TEST(FindingMemo, IdNumbersAreMaskedInAFindingKeptUnmasked) {
  const std::string id = "110101199003077777";
  Finding f = Base();
  f.evidence = "法人身份证 " + id;
  f.args = {{"number", id}};
  const std::string plain = ReportOf(f);  // no ID of this report: kept as it is
  EXPECT_NE(plain.find(id), std::string::npos);
  const std::string masked = ReportOf(f, {id});
  EXPECT_EQ(masked.find(id), std::string::npos);
  EXPECT_EQ(masked, FreshReportOf(f, {id}));
  // and the other way round: written masked first, then for a report without that ID
  Finding g = f;
  g.path = "/websites/2/name";
  const std::string masked_first = ReportOf(g, {id});
  EXPECT_EQ(masked_first.find(id), std::string::npos);
  EXPECT_EQ(ReportOf(g), FreshReportOf(g));
  EXPECT_NE(ReportOf(g).find(id), std::string::npos);
}

// A finding larger than what the memo keeps (4 KB) is written afresh every time.
TEST(FindingMemo, LargeFindingsAreWrittenEachTime) {
  Finding f = Base();
  f.evidence = std::string(5000, 'x');
  const std::string a = ReportOf(f);
  EXPECT_EQ(a, ReportOf(f));
  EXPECT_EQ(a, FreshReportOf(f));
}

// Ctx::Emit keeps the findings it rendered (EmitCache, core/engine/context.cc): an emit like one
// before gives the finding a context that never saw it renders (a fresh thread), whatever input
// differs: the rule, the path, a placeholder value, an option, the language or the pack. (A key
// is taken only when its 64-bit hash and every part are equal; no test forces such a collision.)
struct EmitInput {
  std::string path = "/websites/0/name";
  Vars vars = {{"name", "龙坞茶具"}, {"subject", "杭州龙坞茶具有限公司"}};
  EmitOptions opts;
  std::string locale = "zh-CN";
  const RulePack* pack = &RulePack::Builtin();
};

std::vector<Finding> Emitted(const EmitInput& in) {
  json app = json::object();
  Ctx ctx(app, *in.pack, *Date::Parse("2026-11-28"), in.locale);
  ctx.Emit(in.path, in.vars, in.opts);
  return Runner::Findings(ctx);
}

std::string Json(const std::vector<Finding>& fs) {
  json app = json::object();
  Ctx ctx(app, RulePack::Builtin(), *Date::Parse("2026-11-28"), "zh-CN");
  std::vector<Finding> copy = fs;
  return BuildReport(copy, ctx, RunCounts{}, FieldScope{}, {}, nullptr, nullptr);
}

std::string FreshEmitted(const EmitInput& in) {
  std::string out;
  std::thread t([&] { out = Json(Emitted(in)); });
  t.join();
  return out;
}

TEST(EmitCache, EveryInputCounts) {
  std::string error;
  auto other_pack =
      RulePack::Parse(testing::ReadFile(std::string(BEIAN_GEN_DIR) + "/rulepack.json"), &error);
  ASSERT_TRUE(other_pack) << error;
  EmitInput base;
  base.opts.rule = "NAME-013";
  base.opts.evidence = "龙坞茶具";
  for (int k = 0; k < 3; ++k) {  // rendered, seen, then kept
    auto fs = Emitted(base);
    ASSERT_EQ(fs.size(), 1u);
    EXPECT_EQ(Json(fs), FreshEmitted(base));
  }
  const std::vector<std::pair<const char*, std::function<void(EmitInput&)>>> changes = {
      {"rule", [](EmitInput& in) { in.opts.rule = "NAME-009"; }},
      {"path", [](EmitInput& in) { in.path = "/websites/1/name"; }},
      {"value", [](EmitInput& in) { in.vars[0].second = "龙井茶具"; }},
      {"name", [](EmitInput& in) { in.vars[0].first = "site"; }},
      {"more vars",
       [](EmitInput& in) {
         in.vars.push_back({"x", "y"});
       }},
      {"evidence", [](EmitInput& in) { in.opts.evidence = "龙井"; }},
      {"variant", [](EmitInput& in) { in.opts.variant = "no_such_variant"; }},
      {"severity", [](EmitInput& in) { in.opts.severity = Severity::kWarn; }},
      {"span",
       [](EmitInput& in) {
         in.opts.span = Span{"/attachments/site_pages/0/html", 3, 4};
       }},
      {"span offset",
       [](EmitInput& in) {
         in.opts.span = Span{"/attachments/site_pages/0/html", 5, 4};
       }},
      {"locale", [](EmitInput& in) { in.locale = "en"; }},
      {"pack", [&](EmitInput& in) { in.pack = other_pack.get(); }},
  };
  for (const auto& [what, change] : changes) {
    EmitInput in = base;
    change(in);
    for (int k = 0; k < 3; ++k) {
      EXPECT_EQ(Json(Emitted(in)), FreshEmitted(in)) << what << " #" << k;
      EXPECT_EQ(Json(Emitted(base)), FreshEmitted(base)) << "base after " << what;
    }
  }
}

}  // namespace
}  // namespace beian
