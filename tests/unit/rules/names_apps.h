// Test helpers: applications by site name, subject and province for the NAME/CNT/DOM rules.
#ifndef BEIAN_TESTS_UNIT_RULES_NAMES_APPS_H_
#define BEIAN_TESTS_UNIT_RULES_NAMES_APPS_H_

#include <set>
#include <string>
#include <vector>

#include "core/ids.h"
#include "core/json.h"
#include "tests/unit/test_util.h"

namespace beian::testing::names {

using testing::FindingAt;
using testing::FindingsOf;
using testing::Fires;
using testing::RunCheck;

inline json Subject(const std::string& type, const std::string& province, const std::string& name) {
  return {{"type", type}, {"province", province}, {"name", name}};
}

inline json Site(const std::string& name, const std::string& domain = "qinghe-tea.com") {
  return {{"name", name}, {"domains", json::array({domain})}};
}

inline json App(const json& subject, const std::vector<json>& sites) {
  json out = json::object();
  out["subject"] = subject;
  out["websites"] = json::array();
  for (const auto& s : sites) out["websites"].push_back(s);
  return out;
}

inline json Personal(const std::string& site_name, const std::string& province = "浙江") {
  return App(Subject("individual", province, "张三"), {Site(site_name, "zhangsan-notes.cn")});
}

inline json Company(const std::string& site_name, const std::string& province = "浙江",
                    const std::string& company = "杭州青禾茶叶有限公司") {
  return App(Subject("enterprise", province, company), {Site(site_name)});
}

using beian::testing::SeverityOf;  // one definition (test_util.h)

inline std::string Evidence(const json& report, const std::string& rule) {
  auto f = FindingsOf(report, rule);
  return f.empty() ? "" : f.front().value("evidence", "");
}

// ---- Personal vs organisation name lists ----------------------------------------------------
// ---- NAME-016: own name and place names -------------------------------------------------------
// ---- NAME-009 / NAME-013 / NAME-014 / NAME-025 -------------------------------------------------
// ---- Province gating ---------------------------------------------------------------------------
// ---- TLD classes -------------------------------------------------------------------------------
// ---- Content and display ------------------------------------------------------------------------

}  // namespace beian::testing::names

#endif  // BEIAN_TESTS_UNIT_RULES_NAMES_APPS_H_
