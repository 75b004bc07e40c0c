// Bad-input corpus (tests/bad_inputs/manifest.json): every case must give a clear error or the
// named finding within a bounded time, and the process must stay within a memory bound.
// The same manifest drives tests/node/bad_inputs.test.cjs (wasm). Large inputs are generated here.
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#include "core/check.h"
#include "core/json.h"
#include "tests/unit/test_util.h"

namespace beian {
namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr double kSlowdown = 6;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr double kSlowdown = 6;
#else
constexpr double kSlowdown = 1;
#endif
#else
constexpr double kSlowdown = 1;
#endif

std::string Repeat(const std::string& unit, size_t bytes) {
  std::string out;
  out.reserve(bytes + unit.size());
  while (out.size() < bytes) out += unit;
  return out;
}

// The generators named in the manifest (tests/node/bad_inputs.test.cjs has the same ones).
std::string Generate(const std::string& kind, size_t n) {
  if (kind == "deep_array") return std::string(n, '[') + std::string(n, ']');
  if (kind == "deep_object") {
    std::string s;
    s.reserve(n * 6 + 1);
    for (size_t i = 0; i < n; ++i) s += "{\"a\":";
    s += "1";
    s += std::string(n, '}');
    return s;
  }
  if (kind == "top_array") return "[" + Repeat("0,", 2 * (n - 1)) + "0]";
  if (kind == "websites_array") return "{\"websites\":[" + Repeat("{},", 3 * (n - 1)) + "{}]}";
  if (kind == "many_keys") {
    std::string s = "{";
    for (size_t i = 0; i < n; ++i) s += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":0";
    return s + "}";
  }
  if (kind == "big_attachment")
    return "{\"attachments\":{\"business_license_text\":\"" +
           Repeat("名称：杭州青禾茶业有限公司\\n类型：有限责任公司\\n", n) + "\"}}";
  if (kind == "big_page")
    return "{\"attachments\":{\"site_pages\":[{\"url\":\"https://example.cn/\",\"html\":\"" +
           Repeat(
               "<div "
               "class=\\\"item\\\"><p>西湖龙井茶叶产品介绍，欢迎选购。价格：128元</p></div>\\n",
               n) +
           "\"}]}}";
  if (kind == "over_limit") return "{\"a\":\"" + std::string(n, 'x') + "\"}";
  ADD_FAILURE() << "unknown generator " << kind;
  return "";
}

struct Outcome {
  CheckResult result;
  double seconds = 0;
};

Outcome RunBounded(const std::string& input) {
  CheckOptions o;
  o.today = "2026-11-28";
  double t0 = testing::ThreadCpuSeconds();
  Outcome out;
  out.result = Check(input, o);
  out.seconds = testing::ThreadCpuSeconds() - t0;
  return out;
}

bool HasFinding(const json& report, const std::string& rule, const std::string& path) {
  if (!report.contains("findings")) return false;
  for (const auto& f : report["findings"])
    if (f.value("rule", "") == rule && f.value("path", "") == path) return true;
  return false;
}

json Manifest() {
  return json::parse(testing::ReadFile(BEIAN_SOURCE_DIR "/tests/bad_inputs/manifest.json"), nullptr,
                     false);
}

TEST(BadInputs, ManifestCases) {
  json manifest = Manifest();
  ASSERT_TRUE(manifest.is_object());
  ASSERT_GE(manifest["cases"].size(), 20u);
  size_t ran = 0;
  // BEIAN_BAD_INPUT=a|b runs only the cases whose name contains one of the '|'-separated parts.
  const char* only_env = std::getenv("BEIAN_BAD_INPUT");
  std::vector<std::string> only;
  for (std::string rest = only_env ? only_env : ""; !rest.empty();) {
    size_t bar = rest.find('|');
    only.push_back(rest.substr(0, bar));
    rest = bar == std::string::npos ? "" : rest.substr(bar + 1);
  }
  auto wanted = [&](const std::string& name) {
    if (only.empty()) return true;
    for (const auto& o : only)
      if (name.find(o) != std::string::npos) return true;
    return false;
  };
  for (const auto& c : manifest["cases"]) {
    const std::string name = c.value("name", "?");
    if (!wanted(name)) continue;
    SCOPED_TRACE(name);
    std::string input =
        c.contains("file")
            ? testing::ReadFile(BEIAN_SOURCE_DIR "/tests/bad_inputs/" + c.value("file", ""))
            : Generate(c.value("generate", ""), c.value("n", size_t{0}));
    double bound = c.value("seconds", 3.0) * kSlowdown;
    ++ran;
    Outcome out = RunBounded(input);
    EXPECT_LE(out.seconds, bound) << name << " took " << out.seconds << " s";
    std::printf("  %-70s %8.3f s  %s\n", name.c_str(), out.seconds,
                out.result.ok ? "report" : "error");
    if (c.contains("error")) {
      EXPECT_FALSE(out.result.ok) << name;
      EXPECT_NE(out.result.error.find(c.value("error", "")), std::string::npos)
          << name << ": error was: " << out.result.error;
      EXPECT_LT(out.result.error.size(), 400u) << "errors are one readable line";
    } else {
      ASSERT_TRUE(out.result.ok) << name << ": " << out.result.error;
      json report = json::parse(out.result.report, nullptr, false);
      ASSERT_TRUE(report.is_object()) << name;
      if (!c.value("rule", "").empty()) {
        EXPECT_TRUE(HasFinding(report, c.value("rule", ""), c.value("path", "")))
            << name << ": no " << c.value("rule", "") << " at '" << c.value("path", "") << "'";
      }
      EXPECT_LT(out.result.report.size(), 4u << 20) << "report stays small";
    }
  }
  EXPECT_GT(ran, 0u);
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  // ru_maxrss is in KiB: the whole corpus (100 MB and 50 MB inputs included) stays under 2 GiB.
  EXPECT_LT(ru.ru_maxrss, long(2) << 20) << "peak RSS " << (ru.ru_maxrss >> 10) << " MiB";
}

// Every value of a realistic application, one at a time, replaced by a value of the wrong type:
// the check must still answer, report INPUT-002/003 at exactly that path, and keep the rest.
void Paths(const json& v, const std::string& path, std::vector<std::string>* out) {
  if (!path.empty()) out->push_back(path);
  if (v.is_object()) {
    for (auto it = v.begin(); it != v.end(); ++it) Paths(*it, path + "/" + it.key(), out);
  } else if (v.is_array()) {
    for (size_t i = 0; i < v.size(); ++i) Paths(v[i], path + "/" + std::to_string(i), out);
  }
}

TEST(BadInputs, WrongTypeAtEveryLevel) {
  json base = json::parse(testing::ReadFile(BEIAN_SOURCE_DIR "/examples/clean-enterprise.json"),
                          nullptr, false);
  ASSERT_TRUE(base.is_object());
  base["context"]["today"] = "2026-11-28";
  std::vector<std::string> paths;
  Paths(base, "", &paths);
  ASSERT_GT(paths.size(), 100u);
  size_t checked = 0;
  for (const auto& p : paths) {
    json app = base;
    json::json_pointer ptr(p);
    const json& old = app[ptr];
    // Objects and arrays become a number, scalars become an object.
    json wrong = (old.is_object() || old.is_array()) ? json(42) : json{{"wrong", true}};
    app[ptr] = wrong;
    Outcome out = RunBounded(Dump(app));
    ASSERT_TRUE(out.result.ok) << p << ": " << out.result.error;
    EXPECT_LE(out.seconds, 2.0 * kSlowdown) << p;
    json report = json::parse(out.result.report, nullptr, false);
    EXPECT_TRUE(HasFinding(report, "INPUT-002", p) || HasFinding(report, "INPUT-003", p))
        << "no type finding at " << p;
    ++checked;
  }
  // The whole document of the wrong type at the top level is an error, not a crash.
  for (const char* top : {"42", "\"text\"", "null", "true", "[]"}) {
    Outcome out = RunBounded(top);
    EXPECT_FALSE(out.result.ok) << top;
    EXPECT_NE(out.result.error.find("must be a JSON object"), std::string::npos)
        << out.result.error;
  }
  EXPECT_EQ(checked, paths.size());
}

}  // namespace
}  // namespace beian

namespace beian {
namespace {

// Emoji, direction marks and NUL characters in names are named where they are (INPUT-010), with
// the code points as evidence (never echoed raw), in every name field, not only the website name.
TEST(BadInputs, InvisibleCharactersAreNamedInEveryField) {
  struct Case {
    const char* file;
    std::vector<std::string> paths;
  } cases[] = {
      {"emoji-rtl-names.json", {"/subject/name", "/subject/principal/name", "/websites/0/name"}},
      {"nul-escaped-in-string.json", {"/websites/0/name"}},
  };
  for (const auto& c : cases) {
    json app = json::parse(
        testing::ReadFile(std::string(BEIAN_SOURCE_DIR) + "/tests/bad_inputs/" + c.file), nullptr,
        false);
    ASSERT_TRUE(app.is_object()) << c.file;
    json report = testing::RunCheck(app);
    std::set<std::string> got;
    for (const auto& f : testing::FindingsOf(report, "INPUT-010")) {
      got.insert(f.value("path", ""));
      EXPECT_EQ(f.value("evidence", "").rfind("U+", 0), 0u) << f.dump();
      EXPECT_EQ(f.value("message", "").find('\0'), std::string::npos);
    }
    for (const auto& p : c.paths) EXPECT_TRUE(got.count(p)) << c.file << " " << p;
  }
  json clean = json::parse(
      testing::ReadFile(std::string(BEIAN_SOURCE_DIR) + "/examples/clean-enterprise.json"));
  EXPECT_FALSE(testing::Fires(testing::RunCheck(clean), "INPUT-010"));
}

}  // namespace
}  // namespace beian
