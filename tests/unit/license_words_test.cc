#include "core/readers/license_words.h"

#include <gtest/gtest.h>

#include "core/ideographs.h"
#include "core/readers/license.h"

namespace beian {
namespace {

TEST(Ideographs, FoldsRadicalsAndCompatibilityIdeographs) {
  // ⽲⽊ (Kangxi radicals), ⻓⻔ (radicals supplement), 豈 (U+F900), 丽 (U+2F800)
  EXPECT_EQ(NormalizeIdeographs("⽲⽊⻓⻔\uF900\U0002F800"), "禾木长门豈丽");
  EXPECT_EQ(NormalizeIdeographs("名称：ＡＢＣ（杭州）　1"), "名称：ＡＢＣ（杭州）　1");
  EXPECT_EQ(NormalizeIdeographsInPlace("⽊\U0002F800").size(), std::string("⽊\U0002F800").size());
}

TEST(Ideographs, LicenseReaderFoldsPdfRadicals) {
  LicenseFacts f = ReadLicense("名称：杭州⽊⻔⽲技有限公司\n法定代表⼈：张三\n");
  EXPECT_EQ(f.name.value, "杭州木门禾技有限公司");
  EXPECT_EQ(f.legal_representative.value, "张三");
}

std::vector<OcrWord> Words(std::initializer_list<OcrWord> w) { return w; }

TEST(LicenseWords, TwoColumnsSpacedLabelsAndWrappedAddress) {
  // 91110000600037341L passes the check digit.
  auto words = Words({
      {"统一社会信用代码", 95, 100, 100, 500, 140},
      {"91110000600037341L", 93, 100, 150, 600, 190},
      {"名", 96, 100, 300, 130, 340},
      {"称", 96, 190, 300, 220, 340},
      {"杭州示例科技有限公司", 91, 300, 300, 800, 340},
      {"注册资本", 95, 1000, 300, 1150, 340},
      {"壹佰万元整", 90, 1200, 300, 1450, 340},
      {"类", 96, 100, 400, 130, 440},
      {"型", 96, 190, 400, 220, 440},
      {"有限责任公司〈自然人投资或控股）", 88, 300, 400, 900, 440},
      {"成立日期", 95, 1000, 400, 1150, 440},
      {"2015年03月17日", 94, 1200, 400, 1500, 440},
      {"法定代表人", 95, 100, 500, 280, 540},
      {"张三", 60, 300, 500, 400, 540},
      {"住", 96, 1000, 500, 1030, 540},
      {"所", 96, 1090, 500, 1120, 540},
      {"浙江省杭州市西湖区", 85, 1200, 500, 1600, 540},
      {"文三路1号", 85, 1200, 550, 1400, 590},
  });
  OcrLicense lic = ReadLicenseWords(words);
  auto get = [&](const std::string& field) -> const OcrField* {
    for (const OcrField& f : lic.fields)
      if (f.field == field) return &f;
    return nullptr;
  };
  ASSERT_TRUE(get("credit_code"));
  EXPECT_EQ(get("credit_code")->value, "91110000600037341L");
  EXPECT_TRUE(get("credit_code")->accepted);
  ASSERT_TRUE(get("name"));
  EXPECT_EQ(get("name")->value, "杭州示例科技有限公司");
  EXPECT_TRUE(get("name")->accepted);
  EXPECT_EQ(get("name")->box[0], 300);
  ASSERT_TRUE(get("type"));
  EXPECT_EQ(get("type")->value, "有限责任公司（自然人投资或控股）");
  ASSERT_TRUE(get("established"));
  EXPECT_EQ(get("established")->value, "2015-03-17");
  ASSERT_TRUE(get("legal_representative"));
  EXPECT_EQ(get("legal_representative")->value, "张三");
  EXPECT_FALSE(get("legal_representative")->accepted);  // confidence 60 < gate
  EXPECT_EQ(get("legal_representative")->reason, "low_confidence");
  ASSERT_TRUE(get("address"));
  EXPECT_EQ(get("address")->raw, "浙江省杭州市西湖区文三路1号");
}

TEST(LicenseWords, CreditCodeOnlyWithItsCheckDigit) {
  // 8 read as S is undone; a wrong character is never accepted
  auto ok = ReadLicenseWords(Words(
      {{"统一社会信用代码", 95, 0, 0, 100, 20}, {"91440300MA5FSE8K2H", 90, 120, 0, 400, 20}}));
  ASSERT_FALSE(ok.fields.empty());
  EXPECT_EQ(ok.fields[0].value, "91440300MA5F8E8K2H");
  auto bad = ReadLicenseWords(Words(
      {{"统一社会信用代码", 95, 0, 0, 100, 20}, {"91110000600037342L", 99, 120, 0, 400, 20}}));
  ASSERT_FALSE(bad.fields.empty());
  EXPECT_FALSE(bad.fields[0].accepted);
  EXPECT_EQ(bad.fields[0].value, "");
  EXPECT_EQ(bad.fields[0].reason, "check_digit");
}

TEST(LicenseWords, FinalBarReadAsJOnlyWhenTheCheckDigitPasses) {
  auto code = [](const std::string& raw) {
    return ReadLicenseWords(
               Words({{"统一社会信用代码", 95, 0, 0, 100, 20}, {raw, 65, 120, 0, 400, 20}}))
        .fields.at(0);
  };
  OcrField j = code("\u201d92330106198HJUNY0|");  // a J without its hook, as tesseract reads it
  EXPECT_EQ(j.value, "92330106198HJUNY0J");
  EXPECT_TRUE(j.accepted);
  // with another character wrong, J does not pass: not accepted, nothing else is tried
  OcrField wrong = code("92330106198HJUNY1|");
  EXPECT_FALSE(wrong.accepted);
  EXPECT_EQ(wrong.reason, "check_digit");
  // a bar inside the code is not read as J
  EXPECT_FALSE(code("9233010619|HJUNY0J").accepted);
}

TEST(LicenseWords, ComparedFieldsNeedAStricterGate) {
  // at 82 the type is accepted, the name (compared with the form by the core) is offered only
  auto lic = ReadLicenseWords(Words({
      {"名称", 96, 100, 300, 220, 340},
      {"北京安信贸易有限公司", 82, 300, 300, 800, 340},
      {"类型", 96, 100, 400, 220, 440},
      {"有限责任公司", 82, 300, 400, 900, 440},
  }));
  ASSERT_EQ(lic.fields.size(), 2u);
  for (const OcrField& f : lic.fields) {
    EXPECT_EQ(f.accepted, f.field == "type") << f.field;
    if (f.field == "name") EXPECT_EQ(f.reason, "low_confidence");
  }
  EXPECT_EQ(kOcrConfidenceGate + kOcrComparedFieldMargin, 85);
}

TEST(LicenseWords, JsonNeverThrows) {
  EXPECT_NE(LicenseFromWordsJson("not json").find("\"fields\":[]"), std::string::npos);
  EXPECT_NE(LicenseFromWordsJson("[{\"text\":1},{}]").find("\"fields\":[]"), std::string::npos);
}

}  // namespace
}  // namespace beian
