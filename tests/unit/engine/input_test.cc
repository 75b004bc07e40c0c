// Input limits and repair done by Check() before any rule runs (core/engine/decode.cc,
// core/engine/schema.cc): INPUT-007 (an uploaded text above kMaxAttachmentBytes is reported and not
// read) and INPUT-008 (invalid UTF-8 is reported with the offset of the first bad byte and the
// count, and repaired to U+FFFD so the rest of the check goes on). The pack entries of both cite
// this file.
#include <gtest/gtest.h>

#include <cstdio>
#include <initializer_list>
#include <map>
#include <random>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "core/check.h"
#include "core/engine/sniff.h"
#include "core/rulepack.h"
#include "core/utf8.h"
#include "tests/unit/test_util.h"

namespace beian {
namespace {

using testing::FindingsOf;
using testing::Fires;
using testing::RunCheck;

const std::string kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// The pack's English message of `rule` with its {placeholders} filled in: the expected text,
// taken from the pack rather than written out here.
std::string PackMessage(const std::string& rule, const std::map<std::string, std::string>& vars) {
  const RuleDef* def = RulePack::Builtin().Find(rule);
  EXPECT_NE(def, nullptr) << rule;
  if (!def) return "";
  std::string text = def->message.In("en");
  for (const auto& [key, value] : vars) {
    const std::string slot = "{" + key + "}";
    size_t p = text.find(slot);
    EXPECT_NE(p, std::string::npos) << rule << " has no " << slot;
    if (p != std::string::npos) text.replace(p, slot.size(), value);
  }
  return text;
}

json CheckRaw(const std::string& text, const std::string& locale = "en") {
  CheckOptions o;
  o.today = "2026-11-28";
  o.locale = locale;
  CheckResult r = Check(text, o);
  EXPECT_TRUE(r.ok) << r.error;
  if (!r.ok) return json();
  EXPECT_EQ(ScanUtf8(r.report).invalid_count, 0u) << "the report is valid UTF-8";
  return json::parse(r.report, nullptr, false);
}

// --- INPUT-008: invalid UTF-8 ------------------------------------------------------------------

TEST(Input, InvalidUtf8IsRepairedAndReportedWithOffset) {
  std::string text = "{\"subject\":{\"name\":\"\xff\xfe\"}}";
  json report = CheckRaw(text);
  auto f = FindingsOf(report, "INPUT-008");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["evidence"], "byte 20");
  EXPECT_EQ(f[0]["path"], "");  // about the whole document
  EXPECT_EQ(f[0]["severity"], "warn");
  EXPECT_EQ(f[0]["message"], PackMessage("INPUT-008", {{"offset", "20"}, {"count", "2"}}));
}

TEST(Input, InvalidUtf8OffsetIsTheFirstBadByteAndCountsEverySequence) {
  // Five kinds of bad sequences: a lone continuation byte (offset 22), 0xFF, an overlong '/',
  // a UTF-16 surrogate (three bytes, each invalid on its own) and a truncated ideograph.
  const std::string text =
      "{\"subject\":{\"name\":\"ab\x80 \xFF \xC0\xAF \xED\xA0\x80 \xE4\xB8\"}}";
  json report = CheckRaw(text);
  auto f = FindingsOf(report, "INPUT-008");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["evidence"], "byte 22");
  const Utf8Report scan = ScanUtf8(text);
  ASSERT_EQ(scan.first_invalid, 22u);
  EXPECT_EQ(
      f[0]["message"],
      PackMessage("INPUT-008", {{"offset", "22"}, {"count", std::to_string(scan.invalid_count)}}));
  EXPECT_EQ(scan.invalid_count, 9u);  // 1 + 1 + 2 + 3 + 2
}

TEST(Input, InvalidUtf8IsReplacedSoTheRestOfTheCheckRuns) {
  // A bad byte inside an unknown key: the key is reported (INPUT-001) with U+FFFD in its place,
  // and the valid rest of the document is still checked.
  const std::string text =
      "{\"subjekt\xFF\":1,\"websites\":[{\"name\":\"2046\"}],\"context\":{\"today\":\"2026-11-28\"}"
      "}";
  json report = CheckRaw(text);
  ASSERT_TRUE(Fires(report, "INPUT-008"));
  EXPECT_EQ(FindingsOf(report, "INPUT-008")[0]["evidence"], "byte 9");
  auto unknown = FindingsOf(report, "INPUT-001");
  ASSERT_EQ(unknown.size(), 1u);
  EXPECT_EQ(unknown[0]["path"], "/subjekt" + kReplacement);
  EXPECT_EQ(unknown[0]["evidence"], "subjekt" + kReplacement);
  EXPECT_TRUE(Fires(report, "NAME-002"));  // the website name was read
}

TEST(Input, InvalidUtf8InBothLocales) {
  const std::string text = "{\"subject\":{\"name\":\"\xC3\"}}";  // a cut-off two-byte character
  for (const std::string locale : {"zh-CN", "en"}) {
    SCOPED_TRACE(locale);
    json report = CheckRaw(text, locale);
    auto f = FindingsOf(report, "INPUT-008");
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0]["evidence"], "byte 20");
    const std::string message = f[0]["message"];
    EXPECT_NE(message.find("20"), std::string::npos) << message;
    EXPECT_EQ(message.find('{'), std::string::npos) << "placeholders are filled: " << message;
  }
}

TEST(Input, InvalidUtf8AtTheVeryStart) {
  // Before the document even begins: repaired to U+FFFD, which is then not JSON.
  CheckResult r = Check("\xFF{}");
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.error.find("not valid JSON at byte"), std::string::npos) << r.error;
  // The error as callers pass it on (CLI, wasm: {"error": ...} through Dump) is valid UTF-8.
  // (The raw r.error may quote a cut multi-byte character from the parser's "last read".)
  EXPECT_EQ(ScanUtf8(Dump(json{{"error", r.error}})).invalid_count, 0u);
}

TEST(Input, ValidUtf8IsNotReported) {
  json report = CheckRaw(
      "{\"subject\":{\"name\":\"杭州青禾贸易有限公司 😀 "
      "\xEF\xBF\xBD\"},\"websites\":[{\"name\":\"青禾\"}]}");
  EXPECT_FALSE(Fires(report, "INPUT-008"));  // U+FFFD itself is valid UTF-8
}

// --- INPUT-007: oversize text ------------------------------------------------------------------

TEST(Input, OversizeAttachmentIsAFinding) {
  json app = {
      {"attachments", {{"business_license_text", std::string(kMaxAttachmentBytes + 10, 'a')}}}};
  json report = RunCheck(app, nullptr, "en");
  auto f = FindingsOf(report, "INPUT-007");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["path"], "/attachments/business_license_text");
  EXPECT_EQ(f[0]["severity"], "warn");
  const std::string mb = std::to_string(kMaxAttachmentBytes >> 20);
  EXPECT_EQ(f[0]["message"], PackMessage("INPUT-007", {{"size", mb}, {"limit", mb}}));
  // The text was not read: no other finding points into it.
  for (const auto& x : report["findings"]) {
    if (x["rule"] == "INPUT-007") continue;
    EXPECT_NE(x["path"], "/attachments/business_license_text") << x.dump();
  }
  EXPECT_LT(report.dump().size(), 1u << 20) << "the text is not echoed";
}

TEST(Input, AttachmentAtTheLimitIsRead) {
  json app = {{"attachments", {{"business_license_text", std::string(kMaxAttachmentBytes, 'a')}}}};
  json report = RunCheck(app);
  EXPECT_FALSE(Fires(report, "INPUT-007"));
}

TEST(Input, OversizeLimitAppliesToEveryTextAndSaysTheSize) {
  // Any string value is an uploaded text: here a site page of 30 MB of UTF-8 (3 bytes a
  // character), reported with its size in whole MB.
  std::string html;
  const size_t bytes = 30u << 20;
  html.reserve(bytes);
  while (html.size() < bytes) html += "茶";
  json app = {
      {"attachments", {{"site_pages", {{{"url", "https://example.cn/"}, {"html", html}}}}}}};
  json report = RunCheck(app, nullptr, "en");
  auto f = FindingsOf(report, "INPUT-007");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0]["path"], "/attachments/site_pages/0/html");
  EXPECT_EQ(f[0]["message"],
            PackMessage("INPUT-007", {{"size", std::to_string(html.size() >> 20)},
                                      {"limit", std::to_string(kMaxAttachmentBytes >> 20)}}));
  EXPECT_EQ(html.size() >> 20, 30u);
}

TEST(Input, MalformedJsonIsAnErrorWithAPosition) {
  CheckResult r = Check("{\"subject\": {\"name\": }");
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.error.find("byte"), std::string::npos) << r.error;
  EXPECT_FALSE(Check("").ok);
  EXPECT_FALSE(Check("[1, 2]").ok);
}

TEST(Input, DeepNestingIsRefused) {
  std::string deep = "{\"a\":" + std::string(100000, '[') + std::string(100000, ']') + "}";
  CheckResult r = Check(deep);
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.error.find("nested"), std::string::npos);
}

TEST(Input, WrongTypeGivesAFindingWithItsPath) {
  json report = RunCheck(
      json{{"subject", {{"name", 42}, {"principal", "王立新"}}}, {"websites", json::object()}});
  auto f = FindingsOf(report, "INPUT-002");
  std::set<std::string> paths;
  for (const auto& x : f) paths.insert(x["path"].get<std::string>());
  EXPECT_TRUE(paths.count("/subject/name"));
  EXPECT_TRUE(paths.count("/subject/principal"));
  EXPECT_TRUE(paths.count("/websites"));
}

TEST(Input, UnknownFieldAndEnumAndDate) {
  json report = RunCheck(json{{"subjekt", json::object()},
                              {"subject", {{"type", "company"}}},
                              {"public_security", {{"icp_approved_on", "2026/01/02"}}}});
  ASSERT_EQ(FindingsOf(report, "INPUT-001").size(), 1u);
  EXPECT_EQ(FindingsOf(report, "INPUT-001")[0]["path"], "/subjekt");
  EXPECT_EQ(FindingsOf(report, "INPUT-001")[0]["severity"], "info");
  EXPECT_EQ(FindingsOf(report, "INPUT-003")[0]["path"], "/subject/type");
  EXPECT_EQ(FindingsOf(report, "INPUT-005")[0]["path"], "/public_security/icp_approved_on");
}

TEST(Input, LongArraysAreCut) {
  json sites = json::array();
  for (int i = 0; i < 1500; ++i) sites.push_back({{"name", "青禾茶叶"}});
  json report = RunCheck(json{{"websites", sites}});
  EXPECT_TRUE(Fires(report, "INPUT-006"));
}

// --- INPUT-012: an upload that is not text -------------------------------------------------

json WithLicenceText(const std::string& text) {
  return {{"subject", {{"type", "enterprise"}, {"name", "杭州青禾贸易有限公司"}}},
          {"attachments", {{"business_license_text", text}}}};
}

std::string Kind(const json& report) {
  auto f = FindingsOf(report, "INPUT-012");
  return f.size() == 1 ? f[0].value("evidence", "") : "(" + std::to_string(f.size()) + ")";
}

TEST(Input, PicturesAndFilesWhereTextBelongsAreNamedAndNotRead) {
  // A PNG as the page hands it over (bytes decoded as GB18030: 0x89 0x50 became one character).
  std::string png_gbk =
      "\xE5\x8F\x8A"
      "NG\r\n\x1A\n" +
      std::string(40, 'x');
  // The same bytes sent raw by a script (invalid UTF-8, repaired to U+FFFD).
  std::string png_raw = "\x89PNG\r\n\x1A\n" + std::string(40, 'x');
  std::string jpeg =
      "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\x10JFIF\x01\x01" + std::string(40, 'x');
  std::string pdf = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj";
  std::string zip = "PK\x03\x04\x14\x00\x06\x00" + std::string(40, 'x');
  std::string garbage;
  for (int i = 0; i < 200; ++i) garbage += i % 3 ? "\xE4\xB8\xAD" : "\x01";
  for (const auto& [text, kind] :
       std::vector<std::pair<std::string, std::string>>{{png_gbk, "png"},
                                                        {png_raw, "png"},
                                                        {jpeg, "jpeg"},
                                                        {pdf, "pdf"},
                                                        {zip, "zip"},
                                                        {garbage, "binary"}}) {
    json report = RunCheck(WithLicenceText(text));
    EXPECT_EQ(Kind(report), kind);
    auto f = FindingsOf(report, "INPUT-012");
    ASSERT_EQ(f.size(), 1u) << kind;
    EXPECT_EQ(f[0]["path"], "/attachments/business_license_text");
    EXPECT_EQ(f[0]["severity"], "warn");
    EXPECT_FALSE(f[0]["args"]["field"].get<std::string>().empty());
    EXPECT_FALSE(report.contains("facts") && report["facts"].contains("license"))
        << kind << ": the picture was read as a licence";
  }
}

std::string Bytes(std::initializer_list<unsigned char> b) {
  return std::string(b.begin(), b.end());
}

// What the page sends when a seller drops an image or PDF on a text upload: the file's bytes
// decoded with TextDecoder('utf-8') (each invalid byte becomes U+FFFD), put into the JSON with
// JSON.stringify (control characters as \u00XX escapes).
std::string TextDecoderOf(const std::string& bytes) {
  std::string out;
  for (size_t i = 0; i < bytes.size();) {
    unsigned char b = static_cast<unsigned char>(bytes[i]);
    size_t n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    bool ok = n > 0 && i + n <= bytes.size() && (n == 1 || b >= 0xC2);
    for (size_t k = 1; ok && k < n; ++k) ok = (static_cast<unsigned char>(bytes[i + k]) >> 6) == 2;
    if (ok && ScanUtf8(bytes.substr(i, n)).invalid_count == 0) {
      out.append(bytes, i, n);
      i += n;
    } else {
      out += "\xEF\xBF\xBD";  // U+FFFD for the byte
      ++i;
    }
  }
  return out;
}

TEST(Input, APngOrPdfDecodedByThePageIsNamed) {
  // A real 1x1 PNG, JPEG headers (JFIF and Exif) and a PDF header, as the files start.
  const std::string png = Bytes(
      {0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44,
       0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f,
       0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8,
       0xcf, 0xc0, 0xf0, 0x1f, 0x00, 0x05, 0x00, 0x01, 0x01, 0xff, 0x89, 0x99, 0x3d, 0x1d, 0x00,
       0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82});
  const std::string jfif =
      Bytes({0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00,
             0x01, 0x01, 0x00, 0x00, 0x48, 0x00, 0x48, 0x00, 0x00, 0xff, 0xdb});
  const std::string exif = Bytes({0xff, 0xd8, 0xff, 0xe1, 0x1c, 0x45, 0x45, 0x78, 0x69, 0x66,
                                  0x00, 0x00, 0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08});
  const std::string pdf = Bytes(
      {0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x25, 0xc7, 0xec, 0x8f, 0xa2, 0x0a,
       0x35, 0x20, 0x30, 0x20, 0x6f, 0x62, 0x6a, 0x0a, 0x3c, 0x3c, 0x2f, 0x4c, 0x65, 0x6e, 0x67,
       0x74, 0x68, 0x20, 0x36, 0x20, 0x30, 0x20, 0x52, 0x2f, 0x46, 0x69, 0x6c, 0x74, 0x65, 0x72,
       0x20, 0x2f, 0x46, 0x6c, 0x61, 0x74, 0x65, 0x44, 0x65, 0x63, 0x6f, 0x64, 0x65, 0x3e, 0x3e});
  for (const auto& [bytes, kind, label] :
       std::vector<std::tuple<std::string, std::string, std::string>>{
           {png, "png", "PNG 图片"},
           {jfif, "jpeg", "JPEG 图片（照片）"},
           {exif, "jpeg", "JPEG 图片（照片）"},
           {pdf, "pdf", "PDF 文件"}}) {
    std::string text = TextDecoderOf(bytes);
    ASSERT_EQ(ScanUtf8(text).invalid_count, 0u) << kind;
    json app = WithLicenceText(text);
    app["attachments"]["registry_text"] = text;
    json report = RunCheck(app);
    auto f = FindingsOf(report, "INPUT-012");
    ASSERT_EQ(f.size(), 2u) << kind << Dump(report);
    for (const auto& x : f) {
      EXPECT_EQ(x["evidence"], kind);
      EXPECT_NE(x["message"].get<std::string>().find(label), std::string::npos) << x["message"];
    }
    EXPECT_EQ(f[0]["path"], "/attachments/business_license_text");
    EXPECT_NE(f[0]["message"].get<std::string>().find("营业执照"), std::string::npos);
    EXPECT_NE(f[0]["message"].get<std::string>().find("不是文字"), std::string::npos);
    EXPECT_EQ(f[1]["path"], "/attachments/registry_text");
    EXPECT_NE(f[1]["message"].get<std::string>().find("公示系统信息"), std::string::npos);
    EXPECT_FALSE(report.contains("facts") && report["facts"].contains("license")) << kind;
  }
}

TEST(Input, RealTextIsNotTakenForAFile) {
  std::string licence =
      "营业执照\n统一社会信用代码 91330106MA2H3K7Q4Q\n名称 杭州青禾贸易有限公司\n类型 "
      "有限责任公司\n住所 浙江省杭州市西湖区文三路90号\n经营范围 茶叶销售；日用百货销售\f\n";
  json report = RunCheck(WithLicenceText(licence));
  EXPECT_FALSE(Fires(report, "INPUT-012"));
  json whois = {{"websites", {{{"name", "青禾茶叶"}, {"domains", {"qinghe-tea.com"}}}}},
                {"attachments",
                 {{"whois",
                   {{{"text",
                      "Domain Name: QINGHE-TEA.COM\r\nRegistrar: "
                      "Alibaba Cloud Computing (Beijing) Co., Ltd.\r\n"}}}}}}};
  EXPECT_FALSE(Fires(RunCheck(whois), "INPUT-012"));
}

}  // namespace
}  // namespace beian

namespace beian {
namespace {

// INPUT-012's count of odd characters in an upload's first characters: 8 bytes a step over plain
// ASCII and Chinese, against one character at a time, on random mixes of ASCII, control
// characters, DEL, Chinese, U+FFFD, other characters and bytes that are not UTF-8, with samples
// small enough that the limit falls inside the fast steps.
TEST(UploadSniffer, CountEqualsCharacterByCharacter) {
  const std::vector<std::string> pieces = {"abcdefgh", "<p>",  "\n",   "\t",         "\x01",
                                           "\x7f",     "中文", "文",   kReplacement, "\xEF\xBF\xBE",
                                           "é",        "😀",    "\xff", "\xE4\xB8",   " "};
  std::mt19937 rng(12033);
  for (int round = 0; round < 20000; ++round) {
    const std::string s = testing::RandomMix(pieces, rng, 40);
    const size_t sample = 1 + rng() % 40;
    size_t chars = 0, bad = 0;
    for (size_t i = 0; i < s.size() && chars < sample; ++chars) {
      const char32_t cp = NextCodePoint(s, &i);
      if (cp == 0xFFFD || cp == 0x7F || (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r'))
        ++bad;
    }
    const SampleCount got = CountBadCharacters(s, sample);
    ASSERT_EQ(got.chars, chars) << round;
    ASSERT_EQ(got.bad, bad) << round;
  }
}

// KindOf remembers its verdicts on long uploads (the page sends them again with every keystroke)
// by the bytes it read: whatever came before, each answer is the one a fresh sniff gives. Texts
// that share what was read and differ after it, that end inside it, that grow past it, with
// signatures and with shares of odd characters on both sides of the limit.
TEST(UploadSniffer, RememberedVerdictsAreFreshOnes) {
  const UploadSniffer sniffer(RulePack::Builtin());
  ASSERT_TRUE(sniffer.active());
  const std::string ascii(3000, 'a');
  std::vector<std::string> texts = {
      ascii,                                                // ends within the sample: read whole
      ascii + std::string(400, '\x01'),                     // the same start, longer: 12 % odd
      ascii + std::string(200, '\x01'),                     // 6 % odd
      std::string(20000, 'a'),                              // read up to the sample
      std::string(20000, 'a') + std::string(9000, '\x01'),  // differs after what was read
      std::string(4090, 'a') + std::string(3000, '\x01'),   // differs at the sample's edge
      std::string(4100, 'a') + std::string(3000, '\x01'),
      "\x89PNG\r\n\x1a\n" + ascii,  // a signature
      "\x89PNG\r\n\x1a\n" + std::string(20000, '\x01'),
      std::string(2500, '\x01') + ascii,  // odd first
  };
  std::string cjk;
  while (cjk.size() < 15000) cjk += "中文网页内容";
  texts.push_back(cjk);
  texts.push_back(cjk.substr(0, 12288 + 1) + std::string(5000, '\x01'));
  texts.push_back(cjk.substr(0, 4000) + std::string(500, '\x01') + cjk);
  for (size_t cut : {4096u, 4103u, 4104u, 4105u, 12290u, 12295u, 12296u, 12297u})
    texts.push_back(cjk.substr(0, cut));
  std::mt19937 rng(20261205);
  for (int round = 0; round < 3000; ++round) {
    const std::string& t = texts[rng() % texts.size()];
    size_t examined = 0;
    ASSERT_EQ(sniffer.KindOf(t), sniffer.KindOfUncached(t, &examined))
        << round << " size " << t.size();
  }
  // every text in turn after every other
  for (const auto& a : texts)
    for (const auto& b : texts) {
      size_t examined = 0;
      sniffer.KindOf(a);
      ASSERT_EQ(sniffer.KindOf(b), sniffer.KindOfUncached(b, &examined))
          << a.size() << " " << b.size();
    }
}

}  // namespace
}  // namespace beian

namespace beian {
namespace {

// INPUT-010 (odd characters in a form entry) reads ASCII 8 bytes a step and the BMP from a bit
// table: on random mixes of plain and odd characters (every kind of the pack's ranges, tab and
// line ends, which are never odd), its count and its first three characters are those of the
// pack's ranges applied one character at a time.
TEST(OddCharacters, CountEqualsThePackRangesCharacterByCharacter) {
  const RuleDef* def = RulePack::Builtin().Find("INPUT-010");
  ASSERT_NE(def, nullptr);
  std::vector<std::pair<unsigned long, unsigned long>> ranges;
  for (const auto& r : def->params()["ranges"])
    ranges.emplace_back(std::stoul(r[0].get<std::string>(), nullptr, 16),
                        std::stoul(r[1].get<std::string>(), nullptr, 16));
  ASSERT_FALSE(ranges.empty());
  const std::vector<std::string> pieces = {
      "abcdefgh", "科技",   "有限公司", " ",      "\t",     "\n",     "\x01",
      "\x7f",     "\u00ad", "\u200b",   "\u202e", "\u2600", "\u27bf", "\u2b50",
      "\ue000",   "\ufe0f", "\ufeff",   "\ufffc", "\ufffd", "😀",      "\U000E0001",
      "Ａ",       "。",     "é",        "\u061c", "\u3000"};
  std::mt19937 rng(2026);
  json base = json::parse(
      testing::ReadFile(std::string(BEIAN_SOURCE_DIR) + "/examples/clean-enterprise.json"));
  for (int round = 0; round < 300; ++round) {
    std::string name = "杭州" + testing::RandomMix(pieces, rng, 16) + "有限公司";
    size_t count = 0;
    std::string listed;
    for (size_t i = 0; i < name.size();) {
      const unsigned long cp = NextCodePoint(name, &i);
      if (cp == '\t' || cp == '\n' || cp == '\r') continue;
      bool odd = false;
      for (const auto& [from, to] : ranges) odd = odd || (cp >= from && cp <= to);
      if (!odd) continue;
      if (++count <= 3) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "U+%04lX", cp);
        listed += (listed.empty() ? "" : ", ") + std::string(buf);
      }
    }
    if (count > 3) listed += ", …";
    json app = base;
    app["subject"]["name"] = name;
    json f = testing::FindingAt(testing::RunCheck(app), "INPUT-010", "/subject/name");
    if (count == 0) {
      EXPECT_TRUE(f.is_null()) << round;
      continue;
    }
    ASSERT_FALSE(f.is_null()) << round;
    EXPECT_EQ(f["args"]["count"], std::to_string(count)) << round;
    EXPECT_EQ(f["args"]["chars"], listed) << round;
  }
}

}  // namespace
}  // namespace beian
