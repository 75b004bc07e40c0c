// Public entry points of the core: one check of one application, and the rule catalogue.
// Nothing here throws; errors come back as values.
#ifndef BEIAN_CORE_CHECK_H_
#define BEIAN_CORE_CHECK_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/json.h"
#include "core/rulepack.h"

namespace beian {

struct CheckOptions {
  std::string locale;              // "zh-CN" or "en"; empty = context.locale, else zh-CN
  std::string today;               // YYYY-MM-DD; empty = context.today, else the current date
  const RulePack* pack = nullptr;  // nullptr = the built-in pack
  std::string field;  // JSON Pointer: keep only findings at or below this path (live field check)
  // More JSON Pointers (quick check): union with `field`; findings at or below any of them, only
  // the rules whose pack `paths` reach one of them run, verdict and summary over those findings.
  // Findings that only ask for other input first (INPUT-013 params "quick_check_omits") are left
  // out.
  std::vector<std::string> fields;
};

// The fields a check is limited to: `field` (if set) then `fields`, without duplicates. Empty:
// a full check.
std::vector<std::string> FieldScopeOf(const CheckOptions& options);

struct CheckResult {
  bool ok = false;     // false: the input could not be read at all (error says why)
  std::string error;   // e.g. "not valid JSON at byte 17: ..."
  std::string report;  // report JSON (report.schema.json), one line
  int block = 0, warn = 0, info = 0;
  std::string verdict;  // blocked / at_risk / ready
};

// Input limits (documented in README): bigger inputs are answered, not attempted.
constexpr size_t kMaxInputBytes = 96u << 20;       // whole application document
constexpr size_t kMaxAttachmentBytes = 20u << 20;  // one uploaded text
constexpr int kMaxDepth = 64;                      // JSON nesting
constexpr size_t kMaxArrayItems = 1000;            // items checked per array

CheckResult Check(std::string_view application_json, const CheckOptions& options = {});

// The rules of `pack` as a JSON array (id, title, severity, category, provinces, source,
// confidence, evaluated, reason). `province` narrows to rules applying there ("" = all).
std::string RulesJson(const RulePack& pack, const std::string& province = "",
                      const std::string& locale = "zh-CN");

const char* EngineVersion();

}  // namespace beian

#endif  // BEIAN_CORE_CHECK_H_
