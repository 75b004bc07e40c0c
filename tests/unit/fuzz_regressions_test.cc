// Every input a fuzzer ever crashed or hung on (tests/fuzz/regressions/TARGET-NAME, TARGET one of
// check, whois, license, html, address, license_words, domain_cert), plus a few odd inputs the
// fuzzers made (long, deeply nested, invalid UTF-8, control bytes), is run again here through the
// same API as the harness in tests/fuzz/TARGET_fuzzer.cc: it must finish, without a sanitizer
// report under scripts/test_sanitize, within a time bound. Each target must have at least
// kMinPerTarget inputs, so an emptied or misnamed folder fails instead of passing with nothing run.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>
#include <string_view>

#include "core/check.h"
#include "core/facts/site_pages.h"
#include "core/geo/address.h"
#include "core/json.h"
#include "core/readers/domain_cert.h"
#include "core/readers/html.h"
#include "core/readers/license.h"
#include "core/readers/license_words.h"
#include "core/readers/whois.h"
#include "core/rulepack.h"
#include "tests/fuzz/fuzz_words.h"
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

// As tests/fuzz/license_words_fuzzer.cc: first byte even, words JSON; odd, decoded words.
void RunLicenseWords(std::string_view in) {
  if (in.empty()) return;
  const auto* data = reinterpret_cast<const uint8_t*>(in.data());
  if ((data[0] & 1) == 0) {
    std::string out = LicenseFromWordsJson(std::string(in.substr(1)), data[0] >> 1);
    EXPECT_FALSE(json::parse(out, nullptr, false).is_discarded());
    return;
  }
  fuzz::Bytes bytes(data + 1, in.size() - 1);
  std::vector<OcrWord> words = fuzz::DecodeWords(&bytes);
  for (const OcrField& f : ReadLicenseWords(words, data[0] >> 1).fields)
    EXPECT_FALSE(f.accepted && f.value.empty());
  EXPECT_FALSE(
      json::parse(LicenseFromWordsJson(fuzz::WordsJson(words)), nullptr, false).is_discarded());
}

// As tests/fuzz/domain_cert_fuzzer.cc: first byte 0/1 certificate text, 2/3 decoded words, else
// words JSON.
void RunDomainCert(std::string_view in) {
  if (in.empty()) return;
  const auto* data = reinterpret_cast<const uint8_t*>(in.data());
  std::string rest(in.substr(1));
  auto check_text = [](std::string_view text) {
    DomainCertificate c = ReadDomainCertificate(text);
    for (const WhoisValue* v : {&c.domain, &c.holder, &c.registrar, &c.registered, &c.expires})
      if (v->present()) EXPECT_LE(v->offset + v->length, text.size());
    (void)Dump(DomainCertificateJson(c));
  };
  if (data[0] < 2) return check_text(rest);
  if (data[0] < 4) {
    fuzz::Bytes bytes(data + 1, in.size() - 1);
    std::vector<OcrWord> words = fuzz::DecodeWords(&bytes);
    for (const OcrField& f : ReadDomainCertificateWords(words).fields)
      EXPECT_FALSE(f.accepted && f.value.empty());
    rest = fuzz::WordsJson(words);
  }
  json j = json::parse(DomainCertFromWordsJson(rest), nullptr, false);
  ASSERT_FALSE(j.is_discarded());
  std::string text;
  for (const json& f : j["fields"]) text += f["line"].get<std::string>() + "\n";
  check_text(text);
}

TEST(FuzzRegressions, EveryCrasherStaysFixed) {
  namespace fs = std::filesystem;
  const fs::path dir = BEIAN_SOURCE_DIR "/tests/fuzz/regressions";
  ASSERT_TRUE(fs::is_directory(dir));
  size_t ran = 0;
  std::map<std::string, int> per_target = {{"check", 0},      {"whois", 0},   {"license", 0},
                                           {"html", 0},       {"address", 0}, {"license_words", 0},
                                           {"domain_cert", 0}};
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    const std::string name = entry.path().filename().string();
    if (name == "README.md") continue;
    const std::string input = testing::ReadFile(entry.path().string());
    SCOPED_TRACE(name);
    double t0 = testing::ThreadCpuSeconds();
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
    } else if (target == "license_words") {
      RunLicenseWords(input);
    } else if (target == "domain_cert") {
      RunDomainCert(input);
    } else {
      ADD_FAILURE() << "regression file must start with check-, whois-, license-, html-, "
                       "address-, license_words- or domain_cert-";
      continue;
    }
    double s = testing::ThreadCpuSeconds() - t0;
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
