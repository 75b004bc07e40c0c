// Readers for a rule's "params" object in the pack (core/pack/rules/<ID>.json), shared by the
// rule files: localized texts, province lists, string lists. None of them throws.
#ifndef BEIAN_CORE_RULES_PARAMS_H_
#define BEIAN_CORE_RULES_PARAMS_H_

#include <string>

#include "core/engine.h"
#include "core/json.h"
#include "core/province.h"

namespace beian {

// The string member `key` of a params object ("" when absent or not a string).
inline std::string PStr(const json& obj, const std::string& key) {
  const std::string* s = Str(obj, "/" + key);
  return s ? *s : "";
}

// zh-CN or en text of a params object such as {"zh-CN": "新闻", "en": "news"} (zh-CN fallback).
inline std::string Localized(const Ctx& c, const json& obj) {
  std::string v = PStr(obj, c.locale() == "en" ? "en" : "zh-CN");
  return v.empty() ? PStr(obj, "zh-CN") : v;
}

// Whether `province` (two-digit code) is in a params array of province names/codes.
inline bool InProvinces(const json& list, int province) {
  if (province == 0 || !list.is_array()) return false;
  for (const auto& p : list) {
    int code = 0;
    if (p.is_string()) code = ProvinceCode(p.get<std::string>());
    if (p.is_number_integer()) code = static_cast<int>(p.get<long long>());
    if (code == province) return true;
  }
  return false;
}

// The strings of a params array joined by `sep` (e.g. "浙江、青海、西藏").
inline std::string JoinStrings(const json& list, const std::string& sep) {
  std::string out;
  if (!list.is_array()) return out;
  for (const auto& p : list) {
    if (!p.is_string()) continue;
    if (!out.empty()) out += sep;
    out += p.get<std::string>();
  }
  return out;
}

}  // namespace beian

#endif  // BEIAN_CORE_RULES_PARAMS_H_
