// Licence reader: every tests/fixtures/license/<name>.txt is read (with <name>.registry.txt as the
// registry text when present) and compared with <name>.json. A key in the expected JSON must
// equal the reader's value; null means the key must be absent.
#include "core/readers/license.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/json.h"
#include "tests/unit/test_util.h"

namespace beian {
namespace {

using testing::ReadFile;

std::string Dir() { return std::string(BEIAN_SOURCE_DIR) + "/tests/fixtures/license/"; }

std::vector<std::string> Fixtures() { return testing::FixtureNames(Dir(), ".txt", ".registry."); }

class LicenseFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(LicenseFixture, MatchesExpectedFacts) {
  std::string text = ReadFile(Dir() + GetParam() + ".txt");
  std::string registry = ReadFile(Dir() + GetParam() + ".registry.txt");
  json expected = json::parse(ReadFile(Dir() + GetParam() + ".json"), nullptr, false);
  ASSERT_TRUE(expected.is_object()) << "bad expected JSON for " << GetParam();
  LicenseFacts facts = ReadLicense(text, registry);
  json got = LicenseJson(facts);
  testing::ExpectFacts(got, expected, GetParam(), [&](const json& spans) {
    for (auto s = spans.begin(); s != spans.end(); ++s) {
      const json* span = At(got, "/spans/" + s.key());
      ASSERT_NE(span, nullptr) << s.key();
      EXPECT_EQ(*span, s.value()) << GetParam() << " span of " << s.key();
      // The span points at the printed value.
      size_t off = span->value("offset", 0), len = span->value("length", 0);
      EXPECT_LE(off + len, text.size());
    }
  });
}

INSTANTIATE_TEST_SUITE_P(Fixtures, LicenseFixture, ::testing::ValuesIn(Fixtures()),
                         [](const ::testing::TestParamInfo<std::string>& i) { return i.param; });

// No text: nothing found, the same as an empty LicenseFacts (core/facts/license.cc LicenseOf does
// not run the reader then).
TEST(LicenseReader, NoTextReadsAsNothing) {
  LicenseFacts none = ReadLicense("", "");
  EXPECT_FALSE(none.found());
  EXPECT_EQ(LicenseJson(none), LicenseJson(LicenseFacts{}));
  EXPECT_EQ(none.legal_representative_label, "");
  EXPECT_EQ(none.address_label, "");
  EXPECT_FALSE(none.long_term);
  EXPECT_TRUE(none.status.empty());
}

TEST(LicenseReader, HasEnoughFixtures) { EXPECT_GE(Fixtures().size(), 8u); }

TEST(LicenseReader, ParsesDates) {
  EXPECT_EQ(ParseLicenseDate("2015年03月17日"), "2015-03-17");
  EXPECT_EQ(ParseLicenseDate("2015 年 3 月 7 日"), "2015-03-07");
  EXPECT_EQ(ParseLicenseDate("2 0 1 5 - 0 3 - 1 7"), "2015-03-17");
  EXPECT_EQ(ParseLicenseDate("2015.03.17"), "2015-03-17");
  EXPECT_EQ(ParseLicenseDate("2015年02月30日"), "");
  EXPECT_EQ(ParseLicenseDate("长期"), "");
}

TEST(LicenseReader, SpansPointAtValues) {
  std::string text = "名称：杭州小满网络科技有限公司\n法定代表人：周小满\n";
  LicenseFacts f = ReadLicense(text);
  EXPECT_EQ(text.substr(f.name.offset, f.name.length), "杭州小满网络科技有限公司");
  EXPECT_EQ(text.substr(f.legal_representative.offset, f.legal_representative.length), "周小满");
}

TEST(LicenseReader, ValueOnNextLine) {
  LicenseFacts f =
      ReadLicense("统一社会信用代码\n91330106MA2H3K7Q4Q\n名称\n杭州青禾数码科技有限公司\n");
  EXPECT_EQ(f.credit_code.value, "91330106MA2H3K7Q4Q");
  EXPECT_EQ(f.name.value, "杭州青禾数码科技有限公司");
}

TEST(LicenseReader, TermVariants) {
  LicenseFacts f = ReadLicense("成立日期：2015年03月17日\n营业期限：至 2045年03月16日\n");
  EXPECT_EQ(f.valid_until.value, "2045-03-16");
  EXPECT_EQ(f.valid_from.value, "2015-03-17");  // falls back to 成立日期
  f = ReadLicense("营业期限 自2015-03-17至长期\n");
  EXPECT_EQ(f.valid_from.value, "2015-03-17");
  EXPECT_EQ(f.valid_until.value, "长期");
  EXPECT_TRUE(f.long_term);
  f = ReadLicense("营 业 期 限 ： 2 0 1 5 年 0 3 月 1 7 日 至 2 0 4 5 年 0 3 月 1 6 日\n");
  EXPECT_EQ(f.valid_until.value, "2045-03-16");
  // Full-width digits in the credit code.
  f = ReadLicense("统一社会信用代码：９１３３０１０６ＭＡ２Ｈ３Ｋ７Ｑ４Ｑ\n");
  EXPECT_EQ(f.credit_code.value, "91330106MA2H3K7Q4Q");
}

TEST(LicenseReader, EmptyAndGarbageInput) {
  EXPECT_FALSE(ReadLicense("").found());
  std::string junk(100000, '\xE5');
  junk += "名称：";
  junk += std::string(5000, ' ');
  EXPECT_NO_FATAL_FAILURE(ReadLicense(junk));
  EXPECT_FALSE(ReadLicense("hello world\n1234").found());
}

TEST(LicenseReader, StatusWords) {
  LicenseFacts f = ReadLicense("名称：某某有限公司", "登记状态：吊销，未注销");
  ASSERT_NE(f.bad_status(), nullptr);
  EXPECT_EQ(f.bad_status()->word, "吊销");
  EXPECT_EQ(f.status.size(), 1u);
  f = ReadLicense("名称：某某有限公司", "登记状态：存续（在营、开业、在册）\n已移出经营异常名录");
  EXPECT_EQ(f.bad_status(), nullptr);
  // 注销 inside the business scope is not a status.
  f = ReadLicense("名称：某某财务咨询有限公司\n经营范围：代理工商注册、变更、注销登记\n");
  EXPECT_EQ(f.bad_status(), nullptr);
}

TEST(LicenseReader, StatusValuesAndAbnormalEntries) {
  // The value of 登记状态 is read as a whole; words inside it are not counted again.
  LicenseFacts f = ReadLicense("", "登记状态：存续（在营、开业、在册）\n");
  ASSERT_EQ(f.status.size(), 1u);
  EXPECT_EQ(f.status[0].kind, StatusKind::kValue);
  EXPECT_EQ(f.status[0].value, "存续（在营、开业、在册）");
  EXPECT_FALSE(f.status[0].bad);
  ASSERT_NE(f.active_status(), nullptr);
  // Value on the next line.
  f = ReadLicense("", "登记状态\n注销\n");
  ASSERT_NE(f.bad_status(), nullptr);
  EXPECT_EQ(f.bad_status()->kind, StatusKind::kValue);
  // Empty sections and counts are not status words.
  f = ReadLicense("", "列入经营异常名录信息 暂无数据\n经营异常 0\n是否列入经营异常名录：否\n");
  EXPECT_TRUE(f.status.empty());
  // A bare word keeps its context.
  f = ReadLicense("", "分支机构：杭州某某分公司 已注销\n");
  ASSERT_EQ(f.status.size(), 1u);
  EXPECT_EQ(f.status[0].kind, StatusKind::kWord);
  EXPECT_NE(f.status[0].context.find("分公司"), std::string::npos);
  // Key–value entry without removal; then one with removal.
  f = ReadLicense("", "列入经营异常名录原因：通过登记的住所无法联系\n列入日期：2024-03-01\n");
  ASSERT_EQ(f.status.size(), 1u);
  EXPECT_EQ(f.status[0].kind, StatusKind::kAbnormalListed);
  EXPECT_EQ(f.status[0].value, "2024-03-01");
  f = ReadLicense("", "列入日期：2024-03-01\n移出日期：2024-05-01\n");
  EXPECT_TRUE(f.status.empty());
}

}  // namespace
}  // namespace beian
