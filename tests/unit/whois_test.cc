// WHOIS reader: every tests/fixtures/whois/<name>.txt is parsed and compared with <name>.json.
// A key in the expected JSON must equal the reader's facts (WhoisFacts); null means the key must
// be absent. "registrar_kind" is the classification with the pack's WL-REGISTRAR-* lists, and
// "spans" maps a field ("registrant", "expires", "status/0", "name_servers/1", "privacy",
// "result") to the exact text its byte span must cover.
#include "core/readers/whois.h"

#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "core/date_lenient.h"
#include "core/json.h"
#include "core/scan.h"
#include "tests/unit/test_util.h"

namespace beian {
namespace {

using testing::ReadFile;

std::string Dir() { return std::string(BEIAN_SOURCE_DIR) + "/tests/fixtures/whois/"; }

std::vector<std::string> Fixtures() { return testing::FixtureNames(Dir(), ".txt"); }

const WordMatcher& PackList(const std::string& name) {
  static std::map<std::string, std::unique_ptr<WordMatcher>> cache;
  auto& m = cache[name];
  if (!m) {
    json list =
        json::parse(ReadFile(std::string(BEIAN_SOURCE_DIR) + "/core/pack/lists/" + name + ".json"),
                    nullptr, false);
    std::vector<std::string> words;
    if (list.is_object() && list.contains("words"))
      for (const auto& w : list["words"])
        if (w.is_string()) words.push_back(w.get<std::string>());
    m = std::make_unique<WordMatcher>(words);
  }
  return *m;
}

RegistrarKind Classify(const WhoisRecord& r) {
  return ClassifyRegistrar(r.registrar.value, r.registrar_iana_id.value,
                           PackList("WL-REGISTRAR-CN"), PackList("WL-REGISTRAR-FOREIGN"));
}

const WhoisValue* SpanOf(const WhoisRecord& r, const std::string& field) {
  auto indexed = [&](const std::vector<WhoisValue>& v,
                     const std::string& prefix) -> const WhoisValue* {
    size_t i = static_cast<size_t>(std::atoi(field.c_str() + prefix.size()));
    return i < v.size() ? &v[i] : nullptr;
  };
  if (field == "domain") return &r.domain;
  if (field == "registrant") return &r.registrant;
  if (field == "registrar") return &r.registrar;
  if (field == "registrar_iana_id") return &r.registrar_iana_id;
  if (field == "created") return &r.created;
  if (field == "expires") return &r.expires;
  if (field == "real_name_verified_on") return &r.real_name_verified_on;
  if (field == "privacy") return &r.privacy_evidence;
  if (field == "result") return &r.result_evidence;
  if (field.rfind("status/", 0) == 0) return indexed(r.statuses, "status/");
  if (field.rfind("name_servers/", 0) == 0) return indexed(r.name_servers, "name_servers/");
  return nullptr;
}

class WhoisFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(WhoisFixture, MatchesExpectedFacts) {
  std::string text = ReadFile(Dir() + GetParam() + ".txt");
  json expected = json::parse(ReadFile(Dir() + GetParam() + ".json"), nullptr, false);
  ASSERT_TRUE(expected.is_object()) << "bad expected JSON for " << GetParam();
  WhoisRecord r = ParseWhois(text);
  json got = WhoisFacts(r);
  got["registrar_kind"] = RegistrarKindName(Classify(r));
  testing::ExpectFacts(got, expected, GetParam(), [&](const json& spans) {
    for (auto s = spans.begin(); s != spans.end(); ++s) {
      const WhoisValue* v = SpanOf(r, s.key());
      ASSERT_NE(v, nullptr) << GetParam() << " span " << s.key();
      ASSERT_LE(v->offset + v->length, text.size()) << GetParam() << " span " << s.key();
      EXPECT_EQ(text.substr(v->offset, v->length), s.value().get<std::string>())
          << GetParam() << " span of " << s.key();
    }
  });
}

INSTANTIATE_TEST_SUITE_P(Fixtures, WhoisFixture, ::testing::ValuesIn(Fixtures()),
                         [](const ::testing::TestParamInfo<std::string>& i) { return i.param; });

TEST(WhoisReader, HasEnoughFixtures) {
  auto f = Fixtures();
  EXPECT_GE(f.size(), 25u);
  for (const auto& name : f) {
    std::ifstream in(Dir() + name + ".json");
    EXPECT_TRUE(in.good()) << name << ".json is missing";
  }
}

TEST(WhoisReader, Dates) {
  EXPECT_EQ(NormaliseWhoisDate("2003-03-17T12:20:05Z"), "2003-03-17");
  EXPECT_EQ(NormaliseWhoisDate("2003-03-17T12:20:05.123456Z"), "2003-03-17");
  EXPECT_EQ(NormaliseWhoisDate("2003-03-17T12:20:05+08:00"), "2003-03-17");
  EXPECT_EQ(NormaliseWhoisDate("2003-03-17 12:20:05"), "2003-03-17");
  EXPECT_EQ(NormaliseWhoisDate("  17-Mar-2003 "), "2003-03-17");
  EXPECT_EQ(NormaliseWhoisDate("17-mar-2003"), "2003-03-17");
  EXPECT_EQ(NormaliseWhoisDate("17 March 2003"), "2003-03-17");
  EXPECT_EQ(NormaliseWhoisDate("Mar 17, 2003"), "2003-03-17");
  EXPECT_EQ(NormaliseWhoisDate("Mon, 17 Mar 2003 12:00:00 GMT"), "2003-03-17");
  EXPECT_EQ(NormaliseWhoisDate("2003/03/17"), "2003-03-17");
  EXPECT_EQ(NormaliseWhoisDate("2003/3/7"), "2003-03-07");
  EXPECT_EQ(NormaliseWhoisDate("2003.03.17"), "2003-03-17");
  EXPECT_EQ(NormaliseWhoisDate("2003年03月17日"), "2003-03-17");
  EXPECT_EQ(NormaliseWhoisDate("2003 年 3 月 17 日 12时"), "2003-03-17");
  EXPECT_EQ(NormaliseWhoisDate("17.03.2003"), "2003-03-17");
  EXPECT_EQ(NormaliseWhoisDate("20030317"), "2003-03-17");
  EXPECT_EQ(NormaliseWhoisDate("17/03/2003"), "2003-03-17");
  EXPECT_FALSE(NormaliseWhoisDate("03/04/2003"));  // ambiguous
  EXPECT_FALSE(NormaliseWhoisDate("2003-02-30"));
  EXPECT_FALSE(NormaliseWhoisDate("2003-13-01"));
  EXPECT_FALSE(NormaliseWhoisDate("REDACTED FOR PRIVACY"));
  EXPECT_FALSE(NormaliseWhoisDate(""));
  EXPECT_FALSE(NormaliseWhoisDate("12345"));
}

// The date grammar itself (core/date_lenient.h): the text must start with the date; *used counts
// the bytes read, a leading weekday included. NormaliseWhoisDate adds trimming and the 80-byte cap.
TEST(WhoisReader, LenientDates) {
  size_t used = 0;
  EXPECT_EQ(ParseLenientDate("2003-03-17T12:20:05Z", &used), (Date{2003, 3, 17}));
  EXPECT_EQ(used, 10u);
  EXPECT_EQ(ParseLenientDate("Tue, 17 Mar 2003", &used), (Date{2003, 3, 17}));
  EXPECT_EQ(used, 16u);
  EXPECT_FALSE(ParseLenientDate(" 2003-03-17"));  // not trimmed here
  EXPECT_EQ(NormaliseWhoisDate("\xE3\x80\x80 2003-03-17 ", &used), "2003-03-17");
  EXPECT_EQ(used, 14u);
}

TEST(WhoisReader, DomainNames) {
  EXPECT_EQ(NormaliseDomainName("  EXAMPLE.COM. "), "example.com");
  EXPECT_EQ(NormaliseDomainName("https://Shop.Example.cn/path"), "shop.example.cn");
  EXPECT_EQ(NormaliseDomainName("示例。中国"), "示例.中国");
}

TEST(WhoisReader, EmptyAndJunk) {
  EXPECT_EQ(ParseWhois("").result, WhoisResult::kEmpty);
  EXPECT_EQ(ParseWhois("\r\n \t\r\n").result, WhoisResult::kEmpty);
  EXPECT_EQ(ParseWhois("hello world").result, WhoisResult::kUnrecognised);
  std::string junk;
  for (int i = 0; i < 200000; ++i) junk.push_back(static_cast<char>((i * 7919) % 256));
  WhoisRecord r = ParseWhois(junk);
  EXPECT_NE(r.result, WhoisResult::kFound);
  // A key with a huge value, a huge line without newline, lone colons.
  std::string big = "Registrant: " + std::string(3 << 20, 'x') + "\nRegistrar:\n:\n::::\n";
  r = ParseWhois(big);
  EXPECT_FALSE(r.registrant.present());
  std::string no_newline(2 << 20, ':');
  EXPECT_NO_FATAL_FAILURE(ParseWhois(no_newline));
}

TEST(WhoisReader, SpansPointAtValues) {
  std::string text =
      "Domain Name: example.cn\r\nRegistrant:  杭州某某科技有限公司 \r\n"
      "Expiration Time: 2027-01-02 03:04:05\r\nDomain Status: clientHold\r\n";
  WhoisRecord r = ParseWhois(text);
  EXPECT_EQ(text.substr(r.registrant.offset, r.registrant.length), "杭州某某科技有限公司");
  EXPECT_EQ(text.substr(r.expires.offset, r.expires.length), "2027-01-02 03:04:05");
  ASSERT_EQ(r.statuses.size(), 1u);
  EXPECT_EQ(text.substr(r.statuses[0].offset, r.statuses[0].length), "clientHold");
  EXPECT_TRUE(r.HasStatus("clientHold"));
}

TEST(WhoisReader, ChineseStatusWords) {
  WhoisRecord r = ParseWhois(
      "域名状态：注册局设置暂停解析(serverHold)\n域名状态：注册商设置禁止删除、注册商设置禁止更新\n"
      "域名状态：未实名审核\n域名：a-b.cn\n");
  EXPECT_TRUE(r.HasStatus("serverHold"));
  EXPECT_TRUE(r.HasStatus("clientDeleteProhibited"));
  EXPECT_TRUE(r.HasStatus("clientUpdateProhibited"));
  EXPECT_TRUE(r.HasStatus("未实名审核"));
  ASSERT_TRUE(r.real_name_verified.has_value());
  EXPECT_FALSE(*r.real_name_verified);
}

TEST(WhoisReader, AllRightsReservedIsNotReserved) {
  WhoisRecord r =
      ParseWhois("No match for \"FOO-BAR-BAZ.COM\".\nCopyright. All rights reserved.\n");
  EXPECT_EQ(r.result, WhoisResult::kNotFound);
}

TEST(WhoisReader, RegistrarClassification) {
  const auto& cn = PackList("WL-REGISTRAR-CN");
  const auto& fo = PackList("WL-REGISTRAR-FOREIGN");
  EXPECT_EQ(ClassifyRegistrar("Alibaba Cloud Computing (Beijing) Co., Ltd.", "420", cn, fo),
            RegistrarKind::kDomestic);
  EXPECT_EQ(ClassifyRegistrar("阿里云计算有限公司（万网）", "", cn, fo), RegistrarKind::kDomestic);
  EXPECT_EQ(ClassifyRegistrar("Alibaba Cloud (Singapore) Private Limited", "", cn, fo),
            RegistrarKind::kForeign);
  EXPECT_EQ(ClassifyRegistrar("ALIBABA.COM SINGAPORE E-COMMERCE PRIVATE LIMITED", "3775", cn, fo),
            RegistrarKind::kForeign);
  EXPECT_EQ(ClassifyRegistrar("DNSPod, Inc.", "1697", cn, fo), RegistrarKind::kDomestic);
  EXPECT_EQ(ClassifyRegistrar("北京新网数码信息技术有限公司", "", cn, fo),
            RegistrarKind::kDomestic);
  EXPECT_EQ(ClassifyRegistrar("GoDaddy.com, LLC", "146", cn, fo), RegistrarKind::kForeign);
  // What sellers type into the form.
  EXPECT_EQ(ClassifyRegistrar("阿里云", "", cn, fo), RegistrarKind::kDomestic);
  EXPECT_EQ(ClassifyRegistrar("阿里云国际站", "", cn, fo), RegistrarKind::kForeign);
  EXPECT_EQ(ClassifyRegistrar("腾讯云", "", cn, fo), RegistrarKind::kDomestic);
  EXPECT_EQ(ClassifyRegistrar("Namecheap", "", cn, fo), RegistrarKind::kForeign);
  EXPECT_EQ(ClassifyRegistrar("Some Registrar GmbH", "", cn, fo), RegistrarKind::kUnlisted);
  EXPECT_EQ(ClassifyRegistrar("", "4200", cn, fo), RegistrarKind::kUnlisted);
  EXPECT_EQ(ClassifyRegistrar("  ", "", cn, fo), RegistrarKind::kUnknown);
  // Answers are remembered per thread by the lists asked: the same name against other lists (the
  // two swapped, or lists of their own) is classified against those.
  EXPECT_EQ(ClassifyRegistrar("GoDaddy.com, LLC", "146", fo, cn), RegistrarKind::kDomestic);
  EXPECT_EQ(ClassifyRegistrar("GoDaddy.com, LLC", "146", cn, fo), RegistrarKind::kForeign);
  WordMatcher mine({"GoDaddy"}), none({"没有的注册商"});
  EXPECT_EQ(ClassifyRegistrar("GoDaddy.com, LLC", "", mine, none), RegistrarKind::kDomestic);
  EXPECT_EQ(ClassifyRegistrar("GoDaddy.com, LLC", "", none, none), RegistrarKind::kUnlisted);
  EXPECT_EQ(ClassifyRegistrar("GoDaddy.com, LLC", "", cn, fo), RegistrarKind::kForeign);
}

// Every prefix and a few byte flips of every fixture parse without trouble (run under
// BEIAN_SANITIZE to catch out-of-bounds reads).
TEST(WhoisReader, TruncatedAndCorruptedFixtures) {
  size_t runs = 0;
  for (const auto& name : Fixtures()) {
    std::string text = ReadFile(Dir() + name + ".txt");
    for (size_t n = 0; n <= text.size(); n += 5) {
      std::string cut = text.substr(0, n);
      WhoisRecord r = ParseWhois(cut);
      for (const auto* v : {&r.domain, &r.registrant, &r.registrar, &r.created, &r.expires})
        EXPECT_LE(v->offset + v->length, cut.size());
      ++runs;
    }
    std::string flipped = text;
    for (size_t i = 3; i < flipped.size(); i += 11)
      flipped[i] = static_cast<char>(flipped[i] ^ 0x5A);
    EXPECT_NO_FATAL_FAILURE(ParseWhois(flipped));
    for (size_t i = 0; i < flipped.size(); i += 13) flipped[i] = ':';
    EXPECT_NO_FATAL_FAILURE(ParseWhois(flipped));
  }
  EXPECT_GT(runs, 1000u);
}

TEST(WhoisReader, LargeInputIsLinear) {
  std::string one = ReadFile(Dir() + "icann_markmonitor.txt");
  std::string text;
  while (text.size() < (8u << 20)) text += one;
  double t0 = testing::ThreadCpuSeconds();
  WhoisRecord r = ParseWhois(text);
  double s = testing::ThreadCpuSeconds() - t0;
  EXPECT_EQ(r.domain.value, "hengda-robotics.com");
  double mbps = text.size() / 1048576.0 / (s > 0 ? s : 1e-9);
  std::printf("[ whois    ] %.1f MB parsed in %.3f s: %.1f MB/s\n", text.size() / 1048576.0, s,
              mbps);
  EXPECT_LT(s, 5.0);
}

}  // namespace
}  // namespace beian
