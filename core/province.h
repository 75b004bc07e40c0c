// Province-level divisions (管局): normalising what users type into a GB/T 2260 two-digit code.
#ifndef BEIAN_CORE_PROVINCE_H_
#define BEIAN_CORE_PROVINCE_H_

#include <string>

namespace beian {

struct ProvinceInfo {
  int code;                // 11 … 82
  const char* name;        // 浙江省
  const char* short_name;  // 浙江
  const char* abbr;        // 浙 (the ICP / 公安 number prefix)
  const char* alt_abbr;    // second prefix seen in numbers (蜀, 黔, 滇) or ""
  const char* pinyin;      // zhejiang
};

// Accepts 浙江省, 浙江, 浙, 33, 330000, 330106 (any code inside the province), Zhejiang.
// Returns the two-digit code, or 0 when the text names no province.
int ProvinceCode(const std::string& text);
// Table entry for a two-digit code, or nullptr.
const ProvinceInfo* ProvinceByCode(int code);
// The province whose ICP/公安 prefix (浙, 川, 蜀 …) is `abbr` (a UTF-8 character), else 0.
int ProvinceByAbbr(const std::string& abbr);

}  // namespace beian

#endif  // BEIAN_CORE_PROVINCE_H_
