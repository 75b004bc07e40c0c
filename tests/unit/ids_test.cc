// core/ids.h: 统一社会信用代码 (GB 32100-2015 check character, the embedded GB 11714 组织机构代码
// check) and 居民身份证号码 (GB 11643-1999), plus the normalisation applied before both.
#include "core/ids.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "core/utf8.h"

namespace beian {
namespace {

// Published codes whose check characters were verified independently of core/ids.cc.
constexpr const char* kHuawei = "914403001922038216";   // check '6', org code 19220382-1
constexpr const char* kTencent = "9144030071526726XG";  // check 'G', org code 71526726-X
constexpr const char* kQinghe = "91330106673959654P";   // check 'P', org code 67395965-4

TEST(Ids, UsccCheckCharacter) {
  EXPECT_TRUE(UsccFormatOk(kQinghe));
  EXPECT_TRUE(UsccChecksumOk(kQinghe));
  EXPECT_TRUE(UsccChecksumOk(kTencent));
  EXPECT_FALSE(UsccChecksumOk("91330106673959654Q"));
  EXPECT_TRUE(UsccOrgCodeOk(kQinghe));
  EXPECT_FALSE(UsccFormatOk("91330106673959654O"));  // O is not in the alphabet
  EXPECT_FALSE(UsccFormatOk("9133010667395965"));
}

TEST(Ids, UsccCheckCharacterOfKnownCodes) {
  EXPECT_EQ(UsccCheckChar(kHuawei), '6');
  EXPECT_EQ(UsccCheckChar(kTencent), 'G');
  EXPECT_EQ(UsccCheckChar(kQinghe), 'P');
  // Only the first 17 characters count: a 17-character prefix gives the same answer.
  EXPECT_EQ(UsccCheckChar(std::string(kHuawei).substr(0, 17)), '6');
  for (const char* code : {kHuawei, kTencent, kQinghe}) {
    SCOPED_TRACE(code);
    EXPECT_TRUE(UsccFormatOk(code));
    EXPECT_TRUE(UsccChecksumOk(code));
    EXPECT_TRUE(UsccOrgCodeOk(code));
  }
}

TEST(Ids, UsccCheckCharOfBadInputIsNul) {
  EXPECT_EQ(UsccCheckChar(""), '\0');
  EXPECT_EQ(UsccCheckChar("9144030019220382"), '\0');  // 16 characters
  // A character outside the alphabet among the first 17 (the 18th is not read).
  EXPECT_EQ(UsccCheckChar("9144030019220382I6"), '\0');
  EXPECT_EQ(UsccCheckChar("914403001922038216"), UsccCheckChar("91440300192203821I"));
  EXPECT_EQ(UsccCheckChar("9144030019220382i6"), '\0');  // lower case: normalise first
}

TEST(Ids, UsccEveryWrongCheckCharacterIsRejected) {
  const std::string body = std::string(kHuawei).substr(0, 17);
  const std::string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  int accepted = 0;
  for (char c : alphabet) {
    std::string code = body + c;
    EXPECT_TRUE(UsccFormatOk(code)) << code;
    if (UsccChecksumOk(code)) {
      ++accepted;
      EXPECT_EQ(c, '6');
    }
  }
  EXPECT_EQ(accepted, 1);
}

TEST(Ids, UsccSwappedCharactersAreCaught) {
  // Two adjacent characters swapped (the commonest typing error) changes the check character.
  std::string code = kHuawei;
  std::swap(code[9], code[10]);  // ...1922... -> ...1292...
  EXPECT_TRUE(UsccFormatOk(code));
  EXPECT_FALSE(UsccChecksumOk(code));
}

TEST(Ids, UsccFormatRules) {
  EXPECT_FALSE(UsccFormatOk(""));
  EXPECT_FALSE(UsccFormatOk(std::string(kHuawei) + "0"));  // 19 characters
  for (char banned : {'I', 'O', 'S', 'V', 'Z'}) {
    std::string code = kTencent;
    code[16] = banned;
    EXPECT_FALSE(UsccFormatOk(code)) << banned;
  }
  // Positions 3-8 (the administrative division code) must be digits.
  std::string letter_in_region = kHuawei;
  letter_in_region[4] = 'A';
  EXPECT_FALSE(UsccFormatOk(letter_in_region));
  // Letters are fine outside positions 3-8 (e.g. the MA... codes issued after 2015).
  EXPECT_TRUE(UsccFormatOk("91110000MA1FL0W43M"));
  EXPECT_TRUE(UsccChecksumOk("91110000MA1FL0W43M"));
  EXPECT_TRUE(UsccOrgCodeOk("91110000MA1FL0W43M"));  // letters of the org code count 10-35
  // Lower case and full-width characters are not accepted before NormalizeCode.
  EXPECT_FALSE(UsccFormatOk("9144030071526726xg"));
  EXPECT_FALSE(UsccFormatOk("９１４４０３００１９２２０３８２１６"));
}

TEST(Ids, UsccOrgCodeCheck) {
  // A code whose USCC check character is right but whose embedded 组织机构代码 check is wrong.
  const std::string code = "914403001922038229";  // org code 19220382-2 (should be -1)
  EXPECT_TRUE(UsccFormatOk(code));
  EXPECT_TRUE(UsccChecksumOk(code));
  EXPECT_FALSE(UsccOrgCodeOk(code));
  // GB 11714 check "X" (11 - sum % 11 = 10) and "0" (= 11).
  EXPECT_TRUE(UsccOrgCodeOk(kTencent));
  EXPECT_TRUE(UsccOrgCodeOk("91110000000000000E"));
  EXPECT_TRUE(UsccChecksumOk("91110000000000000E"));
  std::string x_as_zero = kTencent;
  x_as_zero[16] = '0';
  EXPECT_FALSE(UsccOrgCodeOk(x_as_zero));
  EXPECT_FALSE(UsccOrgCodeOk("9144030071526726X"));  // 17 characters
}

TEST(Ids, ResidentIdCheckDigit) {
  EXPECT_TRUE(ParseResidentId("34052419800101001X").checksum_ok);
  EXPECT_FALSE(ParseResidentId("340524198001010013").checksum_ok);
  ResidentId id = ParseResidentId("330106198503172012");
  EXPECT_TRUE(id.format_ok);
  EXPECT_TRUE(id.checksum_ok);
  ASSERT_TRUE(id.birth.has_value());
  EXPECT_EQ(id.birth->ToString(), "1985-03-17");
  EXPECT_EQ(id.province, 33);
  EXPECT_FALSE(ParseResidentId("33010619850317201").format_ok);
}

TEST(Ids, ResidentIdStandardExamples) {
  // The two worked examples of GB 11643-1999.
  ResidentId a = ParseResidentId("11010519491231002X");
  EXPECT_TRUE(a.format_ok);
  EXPECT_TRUE(a.checksum_ok);
  EXPECT_EQ(a.province, 11);
  EXPECT_EQ(a.region, "110105");
  ASSERT_TRUE(a.birth.has_value());
  EXPECT_EQ(a.birth->ToString(), "1949-12-31");
  EXPECT_EQ(a.sex, 2);  // position 17 is 2
  ResidentId b = ParseResidentId("440524188001010014");
  EXPECT_TRUE(b.checksum_ok);
  EXPECT_EQ(b.province, 44);
  EXPECT_EQ(b.region, "440524");
  EXPECT_FALSE(b.birth.has_value());  // 1880-01-01: Date only covers 1900 on
  EXPECT_EQ(b.sex, 1);                // position 17 is 1
  EXPECT_EQ(ResidentIdCheckChar("11010519491231002"), 'X');
  EXPECT_EQ(ResidentIdCheckChar("44052418800101001"), '4');
}

TEST(Ids, ResidentIdEveryWrongCheckDigitIsRejected) {
  int accepted = 0;
  for (char c : std::string("0123456789X")) {
    ResidentId id = ParseResidentId(std::string("11010519491231002") + c);
    EXPECT_TRUE(id.format_ok) << c;
    if (id.checksum_ok) ++accepted;
  }
  EXPECT_EQ(accepted, 1);
}

TEST(Ids, ResidentIdFormat) {
  EXPECT_FALSE(ParseResidentId("").format_ok);
  EXPECT_FALSE(ParseResidentId("110105491231002").format_ok);     // old 15-digit number
  EXPECT_FALSE(ParseResidentId("11010519491231002x").format_ok);  // lower-case x: normalise first
  EXPECT_FALSE(ParseResidentId("1101051949123100XX").format_ok);  // X only as the check digit
  EXPECT_FALSE(ParseResidentId("11010519491231002X0").format_ok);
  EXPECT_FALSE(ParseResidentId("１１０１０５１９４９１２３１００２Ｘ").format_ok);  // full-width
  ResidentId bad = ParseResidentId("1101051949123100A2");
  EXPECT_FALSE(bad.format_ok);
  EXPECT_FALSE(bad.checksum_ok);
  EXPECT_FALSE(bad.birth.has_value());
  EXPECT_EQ(bad.province, 0);
  EXPECT_EQ(bad.sex, 0);
  EXPECT_EQ(ResidentIdCheckChar("1101051949123100"), '\0');   // 16 digits
  EXPECT_EQ(ResidentIdCheckChar("1101051949123100A"), '\0');  // a letter
}

TEST(Ids, ResidentIdImpossibleBirthDate) {
  // The format and the check digit can be right while positions 7-14 are no date.
  for (const std::string first17 :
       {"11010519800230001", "11010519801301001", "11010520230229001"}) {
    std::string id = first17 + ResidentIdCheckChar(first17);
    ResidentId r = ParseResidentId(id);
    EXPECT_TRUE(r.format_ok) << id;
    EXPECT_TRUE(r.checksum_ok) << id;
    EXPECT_FALSE(r.birth.has_value()) << id;
  }
  ResidentId leap = ParseResidentId("110105200002290005");  // 2000-02-29 exists
  EXPECT_TRUE(leap.checksum_ok);
  ASSERT_TRUE(leap.birth.has_value());
  EXPECT_EQ(leap.birth->ToString(), "2000-02-29");
}

TEST(Ids, ProvinceCodes) {
  for (int code : {11, 15, 21, 23, 31, 37, 41, 46, 50, 54, 61, 65, 81, 82, 83}) {
    EXPECT_TRUE(IdProvinceCodeOk(code)) << code;
  }
  for (int code : {0, 10, 16, 20, 24, 30, 38, 40, 47, 49, 55, 60, 66, 71, 80, 84, 99}) {
    EXPECT_FALSE(IdProvinceCodeOk(code)) << code;
  }
}

TEST(Ids, NormalizeFoldsFullWidthAndSpaces) {
  bool fw = false;
  EXPECT_EQ(NormalizeCode("３３０１０６ 19850317201x", &fw), "33010619850317201X");
  EXPECT_TRUE(fw);
}

TEST(Ids, NormalizeCode) {
  bool fw = true;
  EXPECT_EQ(NormalizeCode("9144 0300 7152 6726 xg", &fw), kTencent);
  EXPECT_FALSE(fw);  // ASCII spaces and lower case are not full-width
  fw = false;
  EXPECT_EQ(NormalizeCode("９１４４０３００１９２２０３８２１６", &fw), kHuawei);
  EXPECT_TRUE(fw);
  fw = false;
  EXPECT_EQ(NormalizeCode("\xE3\x80\x80"
                          "914403001922038216\xE3\x80\x80",
                          &fw),
            kHuawei);  // U+3000
  EXPECT_TRUE(fw);
  // Tabs, new lines, NBSP, zero-width space and BOM are removed too.
  fw = true;
  EXPECT_EQ(NormalizeCode("\xEF\xBB\xBF"
                          "9144030071526726XG\xE2\x80\x8B\t\xC2\xA0\n",
                          &fw),
            kTencent);
  EXPECT_FALSE(fw);
  // Full-width lower case is folded, then upper-cased.
  EXPECT_EQ(NormalizeCode("9144030071526726ｘｇ"), kTencent);
  // Other characters are kept as they are (so the format check rejects them).
  EXPECT_EQ(NormalizeCode("一二三"), "一二三");
  EXPECT_EQ(NormalizeCode(""), "");
  EXPECT_EQ(NormalizeCode("abc", nullptr), "ABC");
  // The result feeds the checks directly.
  EXPECT_TRUE(UsccChecksumOk(NormalizeCode("９１４４０３００１９２２０３８２１６")));
  EXPECT_TRUE(ParseResidentId(NormalizeCode("１１０１０５１９４９１２３１００２ｘ")).checksum_ok);
}

TEST(Engine, MaskIdKeepsSixAndTwo) {
  EXPECT_EQ(MaskId("330106198503172012"), "330106**********12");
  EXPECT_EQ(MaskId("1234"), "****");
  EXPECT_EQ(MaskId("12345678"), "********");
  EXPECT_EQ(MaskId("123456789"), "123456*89");
  EXPECT_EQ(MaskId(""), "");
  // full-width digits are masked whole, one '*' for each
  EXPECT_EQ(MaskId("３３０１０６１９８５０３１７２０１２"), "３３０１０６**********１２");
}

// The same masks as a list of the code points gives (the first six and the last two kept),
// for random mixes of ASCII, full-width digits, Chinese and bytes that are not UTF-8.
TEST(Engine, MaskIdMatchesCodePointList) {
  auto reference = [](const std::string& id) {
    std::vector<std::string_view> cps;
    std::string_view text(id);
    for (size_t i = 0; i < text.size();) {
      size_t start = i;
      NextCodePoint(text, &i);
      cps.push_back(text.substr(start, i - start));
    }
    if (cps.size() <= 8) return std::string(cps.size(), '*');
    std::string out;
    for (size_t i = 0; i < cps.size(); ++i) {
      if (i < 6 || i + 2 >= cps.size())
        out += cps[i];
      else
        out += '*';
    }
    return out;
  };
  std::mt19937 rng(77);
  const std::vector<std::string> pieces = {
      "1", "X", "x", "９", "身", "\xff", "\xe4\xb8", "\xf0\x9f\x98\x80", " "};
  for (int round = 0; round < 3000; ++round) {
    std::string id;
    const size_t n = rng() % 30;
    for (size_t k = 0; k < n; ++k) id += pieces[rng() % pieces.size()];
    EXPECT_EQ(MaskId(id), reference(id)) << id;
  }
}

}  // namespace
}  // namespace beian
