// Readers for a rule's "params" object in the pack (core/pack/rules/<ID>.json), shared by the
// rule files: localized texts, province lists, string lists, members, integers (range-checked);
// and the pack word-list lookup and the province name several rule files report with. None of
// them throws.
#ifndef BEIAN_CORE_RULES_PARAMS_H_
#define BEIAN_CORE_RULES_PARAMS_H_

#include <algorithm>
#include <string>

#include "core/json.h"
#include "core/province.h"
#include "core/rules/rule.h"

namespace beian {

// The string member `key` of a params object ("" when absent, not a string, or `obj` is no object).
inline std::string PStr(const json& obj, const std::string& key) {
  if (!obj.is_object()) return "";
  auto it = obj.find(key);
  return it != obj.end() && it->is_string() ? it->get<std::string>() : "";
}

// Member `key` of a params object, or null (also when `obj` is no object).
inline const json& ParamAt(const json& obj, const std::string& key) {
  static const json kNull;
  if (!obj.is_object()) return kNull;
  auto it = obj.find(key);
  return it == obj.end() ? kNull : *it;
}

// Whether a params array holds the string `s` (or the integer `s` spells, for codes such as 36).
inline bool ParamHas(const json& list, const std::string& s) {
  if (!list.is_array()) return false;
  for (const auto& v : list) {
    if (v.is_string() && v.get<std::string>() == s) return true;
    if (v.is_number_integer() && std::to_string(v.get<long long>()) == s) return true;
  }
  return false;
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
    if (p.is_string()) code = ProvinceCode(p.get_ref<const std::string&>());
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

// A JSON number as a long, clamped so that huge or odd values cannot overflow (wasm32).
inline long ToLong(double v) {
  if (!(v > -1e9)) return -1000000000;
  if (v > 1e9) return 1000000000;
  return static_cast<long>(v);
}

// A params number as an integer, clamped (see ToLong), or `fallback` when `v` is not a number.
inline long IntValue(const json& v, long fallback) {
  return v.is_number() ? ToLong(v.get<double>()) : fallback;
}

// The integer param `key` of the current rule (see IntValue).
inline long IntParam(const Ctx& c, const char* key, long fallback) {
  return IntValue(c.Param(key), fallback);
}

// The first word among `hits` (m.Find(text), or a WordMatcherGroup's hits of m in `text`), or "".
// A "re:" entry yields the matched text.
inline std::string FirstWordOf(const WordMatcher& m, const std::vector<WordMatcher::Hit>& hits,
                               const std::string& text) {
  if (hits.empty()) return "";
  // Report the earliest occurrence; among words starting there, the longest.
  auto best = std::min_element(hits.begin(), hits.end(), [](const auto& a, const auto& b) {
    return a.offset != b.offset ? a.offset < b.offset : a.length > b.length;
  });
  const std::string& word = m.words()[best->word];
  return word.rfind("re:", 0) == 0 ? text.substr(best->offset, best->length) : word;
}

// First word of pack list `list` found in `text`, or "" (FirstWordOf).
inline std::string FirstWord(const Ctx& c, const std::string& list, const std::string& text) {
  const WordMatcher& m = c.pack().Matcher(list);
  return FirstWordOf(m, m.Find(text), text);
}

// Short name of the province with two-digit code `code` (浙江), "" when unknown.
inline std::string ProvinceShortName(int code) {
  const ProvinceInfo* p = ProvinceByCode(code);
  return p ? p->short_name : "";
}

}  // namespace beian

#endif  // BEIAN_CORE_RULES_PARAMS_H_
