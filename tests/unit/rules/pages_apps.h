// Test helpers: site pages (tests/fixtures/html) attached to an application.
#ifndef BEIAN_TESTS_UNIT_RULES_PAGES_APPS_H_
#define BEIAN_TESTS_UNIT_RULES_PAGES_APPS_H_

#include <set>
#include <string>
#include <vector>

#include "core/ids.h"
#include "core/json.h"
#include "tests/unit/test_util.h"

namespace beian::testing::pages {

using testing::FindingAt;
using testing::FindingsOf;
using testing::ReadFile;
using testing::RunCheck;

inline std::string Fixture(const std::string& path) {
  return ReadFile(std::string(BEIAN_SOURCE_DIR) + "/tests/fixtures/" + path);
}

inline json Subject(const std::string& province = "浙江", const std::string& type = "enterprise") {
  return {{"province", province}, {"type", type}, {"name", "杭州青禾数码科技有限公司"}};
}

inline json WithPage(json app, const std::string& fixture,
                     const std::string& url = "https://www.qinghe-tech.com/") {
  app["attachments"]["site_pages"] =
      json::array({{{"url", url}, {"html", Fixture("html/" + fixture)}}});
  return app;
}

struct Expect {
  std::string rule;
  std::string severity;  // "" = must not fire
};

inline void CheckRules(const json& report, const std::vector<Expect>& expects,
                       const std::string& name) {
  ASSERT_TRUE(report.contains("findings")) << name << ": " << Dump(report);
  for (const auto& e : expects) {
    auto fs = FindingsOf(report, e.rule);
    if (e.severity.empty()) {
      EXPECT_TRUE(fs.empty()) << name << ": " << e.rule << " fired: " << Dump(fs, 1);
      continue;
    }
    ASSERT_FALSE(fs.empty()) << name << ": " << e.rule << " did not fire";
    EXPECT_EQ(fs[0].value("severity", ""), e.severity)
        << name << ": " << e.rule << " " << Dump(fs[0]);
  }
}

// The text a finding's span points at.
inline std::string SpanText(const json& app, const json& finding) {
  const json* span = At(finding, "/span");
  if (!span) return "";
  const std::string* text = Str(app, span->value("attachment", ""));
  if (!text) return "";
  size_t off = span->value("offset", 0), len = span->value("length", 0);
  if (off + len > text->size()) return "<out of range>";
  return text->substr(off, len);
}
// ------------------------------------------------------------------------------------------
inline json LicenseApp(const std::string& fixture, json subject) {
  json app = {{"subject", std::move(subject)}};
  app["attachments"]["business_license_text"] = Fixture("license/" + fixture + ".txt");
  std::string registry = Fixture("license/" + fixture + ".registry.txt");
  if (!registry.empty()) app["attachments"]["registry_text"] = registry;
  return app;
}

}  // namespace beian::testing::pages

#endif  // BEIAN_TESTS_UNIT_RULES_PAGES_APPS_H_
