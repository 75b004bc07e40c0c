// The report writer keeps the JSON of findings it wrote (FindingMemo, core/engine/report.cc):
// a finding written again must give the bytes a writer that never saw it gives (a fresh thread
// has an empty memo), whatever member differs from one written before, and an ID number must be
// masked even in a finding that was kept unmasked.
#include <gtest/gtest.h>

#include <functional>
#include <thread>

#include "core/engine/report.h"
#include "core/rulepack.h"

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

}  // namespace
}  // namespace beian
