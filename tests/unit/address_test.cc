#include "core/geo/address.h"

#include <gtest/gtest.h>

#include "core/geo/regions.h"

namespace beian {
namespace {

TEST(Address, Numerals) {
  EXPECT_EQ(ChineseNumeralToDigits("一〇八"), "108");
  EXPECT_EQ(ChineseNumeralToDigits("一零八"), "108");
  EXPECT_EQ(ChineseNumeralToDigits("十二"), "12");
  EXPECT_EQ(ChineseNumeralToDigits("二十三"), "23");
  EXPECT_EQ(ChineseNumeralToDigits("十"), "10");
  EXPECT_EQ(ChineseNumeralToDigits("二十"), "20");
  EXPECT_EQ(ChineseNumeralToDigits("一百零八"), "108");
  EXPECT_EQ(ChineseNumeralToDigits("一千二百"), "1200");
  EXPECT_EQ(ChineseNumeralToDigits("一二〇一"), "1201");
  EXPECT_EQ(ChineseNumeralToDigits("十百"), "");
  EXPECT_EQ(ChineseNumeralToDigits("abc"), "");
}

TEST(Address, Normalize) {
  EXPECT_EQ(NormalizeAddress("文三路一〇八号"), "文三路108号");
  EXPECT_EQ(NormalizeAddress("文三路 １０８ 号"), "文三路108号");
  EXPECT_EQ(NormalizeAddress("十二层1201室"), "12层1201室");
  EXPECT_EQ(NormalizeAddress("二十三幢"), "23幢");
  EXPECT_EQ(NormalizeAddress("3栋"), "3幢");
  EXPECT_EQ(NormalizeAddress("3#楼a座"), "3号楼A座");
  EXPECT_EQ(NormalizeAddress("第三工业区"), "第3工业区");
  EXPECT_EQ(NormalizeAddress("中国浙江省"), "浙江省");
  EXPECT_EQ(NormalizeAddress("杭州经济技术开发区"), "杭州经开区");
  // Numerals inside place names stay (六盘水, 十堰, 三门, 二道).
  EXPECT_EQ(NormalizeAddress("六盘水市"), "六盘水市");
  EXPECT_EQ(NormalizeAddress("三门县"), "三门县");
  // No current division name changes under normalisation.
  for (RegionLevel l : {RegionLevel::kProvince, RegionLevel::kPrefecture, RegionLevel::kCounty})
    for (const Region* r : CurrentRegions(l))
      EXPECT_EQ(NormalizeAddress(std::string(r->name)), r->name);
}

TEST(Address, ParsesFullAddress) {
  ParsedAddress p = ParseAddress("浙江省杭州市西湖区文三路一〇八号3幢1201室");
  EXPECT_EQ(p.province, 33);
  EXPECT_EQ(p.prefecture, 330100);
  EXPECT_EQ(p.county, 330106);
  EXPECT_EQ(p.province_text, "浙江省");
  EXPECT_EQ(p.prefecture_text, "杭州市");
  EXPECT_EQ(p.county_text, "西湖区");
  EXPECT_EQ(p.rest, "文三路108号3幢1201室");
  EXPECT_EQ(p.house_number, "108");
  EXPECT_EQ(p.room, "1201");
}

TEST(Address, ParsesWithoutSuffixesAndInfersUpperLevels) {
  ParsedAddress p = ParseAddress("浙江杭州西湖区文三路108号");
  EXPECT_EQ(p.province, 33);
  EXPECT_EQ(p.prefecture, 330100);
  EXPECT_EQ(p.county, 330106);
  ParsedAddress q = ParseAddress("杭州市西湖区文三路108号");
  EXPECT_EQ(q.province, 33);
  EXPECT_TRUE(q.province_text.empty());
  EXPECT_EQ(q.county, 330106);
  ParsedAddress r = ParseAddress("余杭区五常街道");
  EXPECT_EQ(r.county, 330110);
  EXPECT_EQ(r.prefecture, 330100);
  EXPECT_EQ(r.province, 33);
}

TEST(Address, Municipalities) {
  ParsedAddress p = ParseAddress("北京市北京市朝阳区建国路88号");
  EXPECT_EQ(p.province, 11);
  EXPECT_EQ(p.county, 110105);
  EXPECT_EQ(p.rest, "建国路88号");
  ParsedAddress q = ParseAddress("天津市市辖区滨海新区响螺湾");
  EXPECT_EQ(q.county, 120116);
  ParsedAddress r = ParseAddress("上海浦东新区世纪大道100号");
  EXPECT_EQ(r.county, 310115);
  // 朝阳区 exists in 北京 and 长春: ambiguous without the city.
  ParsedAddress s = ParseAddress("朝阳区建国路88号");
  EXPECT_EQ(s.county, 0);
  EXPECT_EQ(s.county_text, "朝阳区");
  // A street named after a district is not the district.
  ParsedAddress t = ParseAddress("北京市朝阳路1号");
  EXPECT_EQ(t.county, 0);
  EXPECT_EQ(t.rest, "朝阳路1号");
  // Streets named after other cities are not those cities.
  for (const char* street : {"南京东路100号", "中山北路1号", "北京路8号", "朝阳门外大街1号"}) {
    ParsedAddress u = ParseAddress(street);
    EXPECT_EQ(u.province, 0) << street;
    EXPECT_EQ(u.rest, NormalizeAddress(street)) << street;
  }
  EXPECT_EQ(ParseAddress("南京玄武区中山路1号").county, 320102);
}

TEST(Address, AutonomousAreas) {
  ParsedAddress p = ParseAddress("内蒙古锡林郭勒盟锡林浩特市");
  EXPECT_EQ(p.province, 15);
  EXPECT_EQ(p.prefecture, 152500);
  EXPECT_EQ(p.county, 152502);
  ParsedAddress q = ParseAddress("内蒙古自治区锡林郭勒锡林浩特市");
  EXPECT_EQ(q.prefecture, 152500);
  ParsedAddress r = ParseAddress("湖南湘西吉首市人民路1号");
  EXPECT_EQ(r.prefecture, 433100);
  EXPECT_EQ(r.county, 433101);
  ParsedAddress s = ParseAddress("广西南宁市青秀区民族大道1号");
  EXPECT_EQ(s.province, 45);
  EXPECT_EQ(s.county, 450103);
  ParsedAddress t = ParseAddress("鄂尔多斯市杭锦旗锡尼镇");
  EXPECT_EQ(t.county, 150625);
  ParsedAddress u = ParseAddress("河南省济源市济水大街1号");
  EXPECT_EQ(u.county, 419001);
  EXPECT_EQ(u.prefecture, 0);
}

TEST(Address, CompareEqualAfterNormalisation) {
  EXPECT_TRUE(
      CompareAddresses("浙江省杭州市西湖区文三路一〇八号", "浙江杭州西湖区文三路108号").equal());
  EXPECT_TRUE(CompareAddresses("杭州市西湖区文三路108号", "浙江省杭州市西湖区文三路108号").equal());
  EXPECT_TRUE(CompareAddresses("北京市北京市朝阳区建国路88号", "北京市朝阳区建国路８８号").equal());
  EXPECT_TRUE(CompareAddresses("文三路108号 3栋 1201室", "文三路108号3幢1201室").equal());
  EXPECT_TRUE(
      CompareAddresses("中国上海市浦东新区世纪大道100号", "上海浦东新区世纪大道100号").equal());
}

TEST(Address, CompareDifferences) {
  AddressDiff d =
      CompareAddresses("浙江省杭州市西湖区文三路108号", "江苏省南京市玄武区文三路108号");
  EXPECT_EQ(d.kind, AddressDiffKind::kProvince);
  d = CompareAddresses("浙江省杭州市西湖区文三路108号", "浙江省宁波市海曙区文三路108号");
  EXPECT_EQ(d.kind, AddressDiffKind::kCity);
  ASSERT_FALSE(d.details.empty());
  EXPECT_EQ(d.details[0], "杭州市 ≠ 宁波市");
  d = CompareAddresses("杭州市西湖区文三路108号", "杭州市拱墅区文三路108号");
  EXPECT_EQ(d.kind, AddressDiffKind::kDistrict);
  d = CompareAddresses("杭州市西湖区文三路108号", "杭州市文三路108号");
  EXPECT_EQ(d.kind, AddressDiffKind::kDistrict);
  EXPECT_EQ(d.details[0], "西湖区 ≠ —");
  d = CompareAddresses("杭州市西湖区文三路108号", "杭州市西湖区文三路109号");
  EXPECT_EQ(d.kind, AddressDiffKind::kHouseNumber);
  EXPECT_EQ(d.details[0], "108号 ≠ 109号");
  d = CompareAddresses("杭州市西湖区文三路108号", "杭州市西湖区文三路");
  EXPECT_EQ(d.kind, AddressDiffKind::kMissingHouseNumber);
  d = CompareAddresses("杭州市西湖区文三路108号", "杭州市西湖区文三路108号1201室");
  EXPECT_EQ(d.kind, AddressDiffKind::kExtraRoom);
  ASSERT_EQ(d.kinds.size(), 1u);
  EXPECT_EQ(d.details[0], "— ≠ 1201");
  d = CompareAddresses("杭州市西湖区文三路108号1201室", "杭州市西湖区文三路108号1202室");
  EXPECT_EQ(d.kind, AddressDiffKind::kRoom);
  d = CompareAddresses("杭州市西湖区文三路108号", "杭州市西湖区文二路108号");
  EXPECT_EQ(d.kind, AddressDiffKind::kOther);
  EXPECT_EQ(d.details[0], "文三路1… ≠ 文二路1…");
  // Several differences: the most significant first, all listed.
  d = CompareAddresses("杭州市西湖区文三路108号", "杭州市拱墅区文二路109号");
  EXPECT_EQ(d.kind, AddressDiffKind::kDistrict);
  EXPECT_EQ(d.kinds.size(), 3u);
  EXPECT_STREQ(AddressDiffName(d.kinds[1]), "house_number");
}

TEST(Address, RandomInputNeverCrashes) {
  const char* pieces[] = {"浙江", "省", "杭州", "市",   "西湖区", "一",     "十",     "百",
                          "〇",   "号", "室",   "幢",   "楼",     "-",      "1",      "2",
                          "#",    " ",  "\xe4", "\xff", "北京市", "市辖区", "朝阳",   "路",
                          "第",   "A",  "　",   "（",   "）",     "內蒙",   "自治州", "村"};
  unsigned seed = 1;
  for (int i = 0; i < 5000; ++i) {
    std::string a, b;
    for (int k = 0; k < 12; ++k) {
      seed = seed * 1103515245u + 12345u;
      a += pieces[(seed >> 16) % (sizeof pieces / sizeof *pieces)];
      seed = seed * 1103515245u + 12345u;
      b += pieces[(seed >> 16) % (sizeof pieces / sizeof *pieces)];
    }
    AddressDiff d = CompareAddresses(a, b);
    EXPECT_EQ(d.kinds.size(), d.details.size());
    EXPECT_TRUE(CompareAddresses(a, a).equal()) << a;
  }
}

TEST(Address, Robustness) {
  EXPECT_TRUE(CompareAddresses("", "").equal());
  ParsedAddress p = ParseAddress(std::string("\xff\xfe\xe4\xb8", 4));
  EXPECT_EQ(p.province, 0);
  ParsedAddress q = ParseAddress("号号号室室");
  EXPECT_TRUE(q.house_number.empty());
  EXPECT_FALSE(CompareAddresses("浙江", "").equal());
  // A pasted document is cut, at a character boundary.
  std::string huge = "浙江省杭州市西湖区";
  while (huge.size() < 2000000) huge += "文三路一〇八号";
  ParsedAddress h = ParseAddress(huge);
  EXPECT_EQ(h.county, 330106);
  EXPECT_LE(h.normalized.size(), kMaxAddressBytes);
  EXPECT_EQ(h.normalized.size() % 3, 0u);  // whole CJK characters and digits only
}

}  // namespace
}  // namespace beian
