// The application schema as the core reads it: a table compiled at build time
// (scripts/gen_schema_table.py, read by core/engine/schema.cc). Checked here against
// schemas/application.schema.json itself, read with nlohmann and walked with its $refs resolved:
// every enum's labels, every object's boolean fields, and the keywords the table carries (const,
// minimum, format date, required, oneOf) as the validator's findings.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "core/engine/schema.h"
#include "core/json.h"
#include "tests/unit/test_util.h"

namespace beian {
namespace {

using testing::FindingsOf;
using testing::RunCheck;

const json& SourceSchema() {
  static const json schema = json::parse(
      testing::ReadFile(std::string(BEIAN_SOURCE_DIR) + "/schemas/application.schema.json"));
  return schema;
}

const json& Resolve(const json& node) {
  const json* n = &node;
  while (n->is_object() && n->contains("$ref")) {
    n = At(SourceSchema(), n->at("$ref").get<std::string>().substr(1));
    EXPECT_NE(n, nullptr);
    if (!n) return node;
  }
  return *n;
}

// Calls f(pointer, node) for every schema node reached through properties and items (index 0),
// the first time each pointer is met; oneOf alternatives at the same pointer.
void ForEachNode(const std::function<void(const std::string&, const json&)>& f) {
  std::function<void(const std::string&, const json&, int)> walk = [&](const std::string& pointer,
                                                                       const json& raw, int depth) {
    const json& n = Resolve(raw);
    if (!n.is_object() || depth > 12) return;
    f(pointer, n);
    if (auto p = n.find("properties"); p != n.end())
      for (auto it = p->begin(); it != p->end(); ++it)
        walk(pointer + "/" + it.key(), it.value(), depth + 1);
    if (auto i = n.find("items"); i != n.end()) walk(pointer + "/0", *i, depth + 1);
    if (auto o = n.find("oneOf"); o != n.end())
      for (const auto& alt : *o) walk(pointer, alt, depth + 1);
  };
  walk("", SourceSchema(), 0);
}

TEST(SchemaTable, EveryEnumValueHasItsLabelsInBothLanguages) {
  int values = 0, labelled = 0;
  ForEachNode([&](const std::string& pointer, const json& n) {
    if (!n.contains("enum")) return;
    for (const auto& v : n["enum"]) {
      const std::string value = v.get<std::string>();
      ++values;
      const json* l = At(n, "/x-labels");
      std::string zh = value, en = value;
      if (l && l->contains(value)) {
        ++labelled;
        zh = (*l)[value].value("zh-CN", value);
        en = (*l)[value].value("en", zh);
      }
      EXPECT_EQ(EnumLabel(pointer, value, "zh-CN"), zh) << pointer << " " << value;
      EXPECT_EQ(EnumLabel(pointer, value, "en"), en) << pointer << " " << value;
    }
  });
  EXPECT_GT(values, 50);
  EXPECT_GT(labelled, 50);
}

TEST(SchemaTable, BooleanFieldsAreTheSchemasBooleans) {
  int objects = 0;
  ForEachNode([&](const std::string& pointer, const json& n) {
    if (!n.contains("properties") || pointer.find("/0") != std::string::npos) return;
    std::vector<std::string> expected;
    for (auto it = n["properties"].begin(); it != n["properties"].end(); ++it)
      if (Resolve(it.value()).value("type", "") == "boolean")
        expected.push_back(pointer + "/" + it.key());
    EXPECT_EQ(BooleanFieldsOf(pointer), expected) << pointer;
    ++objects;
  });
  EXPECT_GT(objects, 5);
  EXPECT_FALSE(BooleanFieldsOf("/documents").empty());
  EXPECT_TRUE(BooleanFieldsOf("/no/such/object").empty());
}

TEST(SchemaTable, ConstMinimumDateRequiredAndOneOfAreChecked) {
  // const: schema_version is 1
  json report = RunCheck(json{{"schema_version", 2}});
  ASSERT_EQ(FindingsOf(report, "INPUT-003").size(), 1u);
  EXPECT_EQ(FindingsOf(report, "INPUT-003")[0]["path"], "/schema_version");
  EXPECT_TRUE(FindingsOf(RunCheck(json{{"schema_version", 1}}), "INPUT-003").empty());
  // minimum 0
  report = RunCheck(json{{"context", {{"daily_gmv_cny", -5}}}});
  ASSERT_EQ(FindingsOf(report, "INPUT-003").size(), 1u);
  EXPECT_EQ(FindingsOf(report, "INPUT-003")[0]["path"], "/context/daily_gmv_cny");
  EXPECT_TRUE(FindingsOf(RunCheck(json{{"context", {{"daily_gmv_cny", 0}}}}), "INPUT-003").empty());
  // format date
  report = RunCheck(json{{"public_security", {{"icp_approved_on", "2026-02-30"}}}});
  ASSERT_EQ(FindingsOf(report, "INPUT-005").size(), 1u);
  // required: every item's required fields, as INPUT-004 at their paths
  std::vector<std::string> required, missing;
  json app = json::object();
  ForEachNode([&](const std::string& pointer, const json& n) {
    if (!n.contains("required") || pointer.rfind("/attachments/", 0) != 0) return;
    app["attachments"][pointer.substr(13, pointer.size() - 15)] = json::array({json::object()});
    for (const auto& k : n["required"]) required.push_back(pointer + "/" + k.get<std::string>());
  });
  ASSERT_GE(required.size(), 3u);
  for (const auto& f : FindingsOf(RunCheck(app), "INPUT-004"))
    missing.push_back(f["path"].get<std::string>());
  std::sort(required.begin(), required.end());
  std::sort(missing.begin(), missing.end());
  EXPECT_EQ(missing, required);
  // oneOf (a domain: a name, or an object with a name): each alternative by its type
  auto domain = [](json d) {
    return RunCheck(json{{"websites", json::array({{{"domains", json::array({d})}}})}});
  };
  report = domain(42);
  ASSERT_EQ(FindingsOf(report, "INPUT-002").size(), 1u);
  EXPECT_EQ(FindingsOf(report, "INPUT-002")[0]["path"], "/websites/0/domains/0");
  EXPECT_EQ(FindingsOf(report, "INPUT-002")[0]["args"]["expected"], "string | object");
  EXPECT_TRUE(FindingsOf(domain("qinghe-tea.cn"), "INPUT-002").empty());
  report = domain(json::object());
  ASSERT_EQ(FindingsOf(report, "INPUT-004").size(), 1u);
  EXPECT_EQ(FindingsOf(report, "INPUT-004")[0]["path"], "/websites/0/domains/0/name");
}

}  // namespace
}  // namespace beian
