// Chinese postal addresses: normalisation, parsing into province / prefecture / county / rest,
// and comparison (licence address vs form address: ENT-010, SEED-006; ADR rules).
//
// Normalisation: full-width → half-width, all whitespace removed, ASCII letters upper-cased,
// dashes unified, Chinese numerals before a unit (一〇八号, 十二层, 二十三幢) → digits, 栋 → 幢,
// "3#楼" → "3号楼", common abbreviations (经济技术开发区 → 经开区, 高新技术产业开发区 → 高新区).
// Division names are recognised with or without suffix (浙江 = 浙江省, 杭州 = 杭州市, 湘西 =
// 湘西土家族苗族自治州, 锡林郭勒 = 锡林郭勒盟), municipalities written twice (北京市北京市,
// 北京市市辖区) are folded, and missing upper levels are inferred from lower ones.
#ifndef BEIAN_CORE_GEO_ADDRESS_H_
#define BEIAN_CORE_GEO_ADDRESS_H_

#include <string>
#include <vector>

namespace beian {

struct ParsedAddress {
  std::string normalized;     // the whole address after normalisation
  int province = 0;           // two-digit code, written or inferred; 0 = unknown
  int prefecture = 0;         // six-digit code of the prefecture-level division, 0 = none
  int county = 0;             // six-digit code of the county-level division, 0 = none/ambiguous
  std::string province_text;  // as written (normalised), empty when not written
  std::string prefecture_text;
  std::string county_text;
  std::string rest;          // what follows the division names (street, number, room)
  std::string house_number;  // "108" for …路一〇八号 ("" when none)
  std::string room;          // "1201" for …1201室 or a trailing number after 幢/单元/楼/层
  std::string street_;       // rest with house and room numbers replaced by '#' (comparison)
};

// Longer inputs are cut (at a character boundary) before any processing: no real address comes
// near it, and it bounds the work done for a pasted document.
constexpr size_t kMaxAddressBytes = 1024;

// Normalises as described above (no division parsing).
std::string NormalizeAddress(const std::string& text);
// Converts a run of Chinese numerals to digits: 一〇八 → "108", 十二 → "12", 二十三 → "23",
// 一百零八 → "108"; "" when `numerals` is not a numeral run.
std::string ChineseNumeralToDigits(const std::string& numerals);
ParsedAddress ParseAddress(std::string text);

enum class AddressDiffKind {
  kEqual = 0,           // same after normalisation (and after inferring omitted upper levels)
  kProvince,            // different province
  kCity,                // different prefecture-level city
  kDistrict,            // different county-level division, or named on one side only
  kHouseNumber,         // different house number
  kMissingHouseNumber,  // house number on one side only
  kExtraRoom,           // room number on one side only
  kRoom,                // different room numbers
  kOther,               // other text difference (street, building, …)
};

struct AddressDiff {
  AddressDiffKind kind = AddressDiffKind::kEqual;  // the most significant difference
  std::vector<AddressDiffKind> kinds;              // every difference found, most significant first
  std::vector<std::string> details;  // one line per difference, e.g. "杭州市 ≠ 宁波市"
  ParsedAddress a, b;
  bool equal() const { return kind == AddressDiffKind::kEqual; }
};

AddressDiff CompareAddresses(const std::string& a, const std::string& b);
// "province", "city", "district", "house_number", "missing_house_number", "extra_room", "room",
// "other", "equal".
const char* AddressDiffName(AddressDiffKind kind);

}  // namespace beian

#endif  // BEIAN_CORE_GEO_ADDRESS_H_
