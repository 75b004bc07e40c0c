// What the guided form asks: which fields apply to an application (FormPlan) and the region
// choices of the address questions (Regions). The page renders these answers; the conditions are
// pack data (INPUT-013 params "hidden" and "read_by"), evaluated here.
#ifndef BEIAN_CORE_FORM_H_
#define BEIAN_CORE_FORM_H_

#include <string>
#include <string_view>

#include "core/json.h"
#include "core/rulepack.h"

namespace beian {

// The form plan of an application:
//   {"required": [JSON Pointer, …],   the completeness list (INPUT-013 params "subject" and
//                                     "website"; every website present, index 0 when none)
//    "hidden":   [JSON Pointer, …],   fields that do not apply here (a pointer hides everything
//                                     below it); never a required path or one of its parents
//    "provided": n,                   how many required paths have a value
//    "missing":  [{"path", "label"}]} the required paths without a value, labels in `locale`
// Hidden items are INPUT-013 params "hidden": [{"path", "when"}], where `path` may hold
// "/websites/*/" (one concrete path per website) and "/documents/*" (each document flag of the
// schema), and `when` is a condition:
//   {"always": true}            {"individual": true|false}   (subject.type, IsIndividual)
//   {"true": POINTER}           the value is boolean true
//   {"filled": POINTER}         a value that is not blank, empty, 0 or false
//   {"in": {"path": POINTER, "values": [...]}}   the value is one of `values`
//   {"not": C}  {"any": [C, …]}  {"all": [C, …]}
//   {"asked_elsewhere": true}   the rules asking for this field (non-engine rules whose pack
//                               `paths` reach it, plus params "read_by"[path]) are all limited
//                               to provinces other than subject.province (known province only)
// In conditions, "/websites/*/" is the website of the hidden path; any other "*" means "any
// item". Unparseable JSON in: {"error": "…"}.
json FormPlan(const json& app, const RulePack& pack, const std::string& locale);
std::string FormPlanJson(std::string_view app_json, const RulePack& pack,
                         const std::string& locale);

// The divisions (GB/T 2260, in use) below `parent`, as JSON [{"code": "330100", "name": "杭州市"}]
// in code order. `parent`: "" → the provinces (name as written on a licence: 浙江省); a province
// (浙江省, 浙江, Zhejiang, 33, 330000) → its prefecture-level divisions; for the municipalities
// (北京, 天津, 上海, 重庆) the data has no city level: their districts and counties come directly;
// a prefecture (330100, 杭州市, 杭州) → its districts and counties. Unknown parent → []. Names are
// the official Chinese names in every locale (what the filing systems show); `locale` is
// accepted for later use.
std::string RegionsJson(const std::string& parent, const std::string& locale);

}  // namespace beian

#endif  // BEIAN_CORE_FORM_H_
