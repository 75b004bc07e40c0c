// Check algorithms for Chinese identifiers: 统一社会信用代码 (GB 32100-2015, with the embedded
// 组织机构代码 of GB 11714) and 居民身份证号码 (GB 11643-1999).
#ifndef BEIAN_CORE_IDS_H_
#define BEIAN_CORE_IDS_H_

#include <optional>
#include <string>

#include "core/date.h"

namespace beian {

// Upper-cases, folds full-width characters and removes spaces; `*had_fullwidth` tells whether
// full-width characters were present.
std::string NormalizeCode(const std::string& raw, bool* had_fullwidth = nullptr);

// 18 characters of the USCC alphabet (digits and A–Y without I, O, S, V, Z), pos 3–8 digits.
bool UsccFormatOk(const std::string& code);
// The check character the first 17 characters call for ('\0' if they are not in the alphabet).
char UsccCheckChar(const std::string& code);
bool UsccChecksumOk(const std::string& code);
// GB 11714 check of the embedded 组织机构代码 (positions 9–17).
bool UsccOrgCodeOk(const std::string& code);

struct ResidentId {
  bool format_ok = false;  // 17 digits + digit/X
  bool checksum_ok = false;
  std::optional<Date> birth;  // when positions 7–14 are a real date
  int province = 0;           // positions 1–2
  std::string region;         // positions 1–6
  int sex = 0;                // 1 male, 2 female (position 17 odd/even)
};
ResidentId ParseResidentId(const std::string& normalized);
char ResidentIdCheckChar(const std::string& first17);
// Mainland provinces plus 81/82/83 (HK/Macau/Taiwan residence permits).
bool IdProvinceCodeOk(int code);

// Keeps the first 6 and the last 2 characters (code points) of an ID number and masks the rest
// with '*'; 8 characters or fewer are masked whole. Every report and export shows IDs so.
std::string MaskId(const std::string& id);

}  // namespace beian

#endif  // BEIAN_CORE_IDS_H_
