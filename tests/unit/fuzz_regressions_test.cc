// Every input a fuzzer ever crashed or hung on (tests/fuzz/regressions/TARGET-NAME, TARGET one of
// check, whois, license, html, address), plus a few odd inputs the fuzzers made (long, deeply
// nested, invalid UTF-8, control bytes), is run again here through the same API as the harness in
// tests/fuzz/TARGET_fuzzer.cc: it must finish, without a sanitizer report under
// scripts/test_sanitize, within a time bound. Each target must have at least kMinPerTarget
// inputs, so an emptied or misnamed folder fails instead of passing with nothing run.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>

#include "core/check.h"
#include "core/facts/site_pages.h"
#include "core/geo/address.h"
#include "core/json.h"
#include "core/readers/html.h"
#include "core/readers/license.h"
#include "core/readers/whois.h"
#include "core/rulepack.h"
#include "tests/unit/test_util.h"

namespace beian {
namespace {

constexpr int kMinPerTarget = 3;

void CheckBytes(std::string_view in) {
  CheckOptions o;
  o.today = "2026-11-28";
  if (!in.empty() && (in[0] & 1)) o.locale = "en";
  if (!in.empty() && (in[0] & 2)) o.field = "/subject";
  CheckResult r = Check(in, o);
  EXPECT_TRUE(r.ok ? !r.report.empty() : !r.error.empty());
}

void RunWhois(std::string_view in) {
  WhoisRecord r = ParseWhois(in);
  (void)Dump(WhoisFacts(r));
  const RulePack& pack = RulePack::Builtin();
  (void)ClassifyRegistrar(r.registrar.value, r.registrar_iana_id.value,
                          pack.Matcher("WL-REGISTRAR-CN"), pack.Matcher("WL-REGISTRAR-FOREIGN"));
}

void RunLicense(std::string_view in) {
  std::string_view text = in, registry;
  constexpr std::string_view kSep("\n\0REGISTRY\n", 11);
  if (size_t cut = in.find(kSep); cut != std::string_view::npos) {
    text = in.substr(0, cut);
    registry = in.substr(cut + kSep.size());
  }
  (void)Dump(LicenseJson(ReadLicense(text, registry)));
}

void RunHtml(std::string_view in) {
  const RulePack& pack = RulePack::Builtin();
  HtmlPage page = ReadHtml(in, facts::PackHtmlLists(pack));
  (void)Dump(HtmlPageJson(page, "https://example.cn/"));
}

void RunAddress(std::string_view in) {
  std::string all(in), a = all, b;
  if (size_t nl = all.find('\n'); nl != std::string::npos) {
    a = all.substr(0, nl);
    b = all.substr(nl + 1);
  }
  (void)NormalizeAddress(a);
  (void)ChineseNumeralToDigits(a);
  (void)ParseAddress(a);
  (void)CompareAddresses(a, b);
}

TEST(FuzzRegressions, EveryCrasherStaysFixed) {
  namespace fs = std::filesystem;
  const fs::path dir = BEIAN_SOURCE_DIR "/tests/fuzz/regressions";
  ASSERT_TRUE(fs::is_directory(dir));
  size_t ran = 0;
  std::map<std::string, int> per_target = {
      {"check", 0}, {"whois", 0}, {"license", 0}, {"html", 0}, {"address", 0}};
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    const std::string name = entry.path().filename().string();
    if (name == "README.md") continue;
    const std::string input = testing::ReadFile(entry.path().string());
    SCOPED_TRACE(name);
    auto t0 = std::chrono::steady_clock::now();
    const std::string target = name.substr(0, name.find('-'));
    if (target == "check") {
      CheckBytes(input);
    } else if (target == "whois") {
      RunWhois(input);
    } else if (target == "license") {
      RunLicense(input);
    } else if (target == "html") {
      RunHtml(input);
    } else if (target == "address") {
      RunAddress(input);
    } else {
      ADD_FAILURE()
          << "regression file must start with check-, whois-, license-, html- or address-";
      continue;
    }
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    EXPECT_LT(s, 10.0) << name << " took " << s << " s";
    ++ran;
    ++per_target[target];
  }
  RecordProperty("regressions", static_cast<int>(ran));
  for (const auto& [target, count] : per_target) {
    EXPECT_GE(count, kMinPerTarget)
        << "tests/fuzz/regressions/ has only " << count << " " << target << "-* inputs";
  }
}

}  // namespace
}  // namespace beian
