// The rule-facing check context: the cleaned application, the pack entry of the rule being
// evaluated, the per-check memo for facts read from the uploads, and Emit, which turns a rule's
// placeholder values into a finding whose wording, severity and source come from the rule pack.
// Nothing here throws: bad input becomes findings. Rules include core/rules/rule.h.
#ifndef BEIAN_CORE_ENGINE_CONTEXT_H_
#define BEIAN_CORE_ENGINE_CONTEXT_H_

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/date.h"
#include "core/json.h"
#include "core/rulepack.h"

namespace beian {

struct Span {
  std::string attachment;  // JSON Pointer of the attachment, e.g. /attachments/site_pages/0/html
  size_t offset = 0;       // byte offset into the UTF-8 text
  size_t length = 0;
};

struct Finding {
  std::string rule;
  Severity severity = Severity::kInfo;
  std::string category;
  std::string path;
  std::string message;
  std::string fix;
  std::string source;
  std::string evidence;
  std::optional<Span> span;
  std::string message_id;  // "default" or the key of the pack variant that was rendered
  std::vector<std::pair<std::string, std::string>> args;  // the placeholder values
  std::string confidence;                                 // the rule's confidence (V, S, 1, D)
  std::vector<std::string> also;  // rules restating this finding at the same path ("also")
  // Every hit when repeated hits of one rule in one website's pages became this one finding
  // (`span` is the first); empty otherwise.
  std::vector<Span> spans;
};

// Values for the {placeholders} of a rule's message and fix.
using Vars = std::vector<std::pair<std::string, std::string>>;

struct EmitOptions {
  std::string variant;               // key in the rule's "variants" (other message/severity)
  std::string evidence;              // shown to the user; mask ID numbers (MaskId) first
  std::optional<Span> span;          // where in an attachment
  std::optional<Severity> severity;  // override (still capped by confidence)
  std::string rule;                  // emit for another rule id than the current one
};

// Shorthands for the common EmitOptions.
inline EmitOptions Evidence(std::string evidence, std::string variant = "") {
  EmitOptions o;
  o.evidence = std::move(evidence);
  o.variant = std::move(variant);
  return o;
}
inline EmitOptions Variant(std::string variant) {
  EmitOptions o;
  o.variant = std::move(variant);
  return o;
}

// A member a report writes into one of its documents: its value, and the bytes it is written
// as (shared between reports; `key` null: none).
struct ReportMember {
  const char* key = nullptr;
  const json* value = nullptr;
  const std::string* written = nullptr;
};

class Ctx {
 public:
  Ctx(const json& app, const RulePack& pack, Date today, std::string locale);

  const json& app() const { return app_; }
  const RulePack& pack() const { return pack_; }
  const Date& today() const { return today_; }
  const std::string& locale() const { return locale_; }
  // The seller's name of enum value `value` of field `pointer` (schema x-labels), in the locale.
  std::string EnumLabel(const std::string& pointer, const std::string& value) const;
  // GB/T 2260 two-digit code of subject.province (e.g. 33 for 浙江), 0 when absent/unknown.
  int province() const { return province_; }

  // The pack entry of the rule being evaluated.
  const RuleDef& rule() const { return *current_; }
  // A parameter of the current rule's pack entry ("params" object), null when absent.
  const json& Param(std::string_view key) const;

  // Reports a finding of the current rule. Declared cold: most rules report nothing in most
  // checks, and the compiler keeps the code building a finding's arguments off the path that does
  // not report (in functions of their own in the WebAssembly builds: CMakeLists.txt, the rules'
  // groups).
  [[gnu::cold]] void Emit(const std::string& path, const Vars& vars = {},
                          const EmitOptions& opts = {});
  // Whether a finding at or below `path` can reach this check's report: always in a full check;
  // in a field check only when `path` and one of the fields lie one under the other. A rule may
  // leave out work whose findings could not (e.g. scanning the pages for /subject/name).
  bool Reports(const std::string& path) const;
  // Marks the current rule as not evaluated for lack of input.
  void Skip() { skipped_ = true; }

  // Parts of the report other than findings, filled by rules and readers.
  json& facts() { return facts_; }
  json& applicability() { return applicability_; }
  const json& facts() const { return facts_; }
  const json& applicability() const { return applicability_; }
  // report.plan: the plan the rules quoted (kept in this check's memo), written as it is, not
  // copied (null: none in this report), with `extra` as one more member when it has a key.
  void set_plan(const json* plan, ReportMember extra = {}) {
    plan_ = plan;
    plan_extra_ = extra;
  }
  const json* plan() const { return plan_; }
  const ReportMember& plan_extra() const { return plan_extra_; }

  // Per-check memo for derived data shared by rules (parsed uploads, normalised values).
  template <typename T, typename Make>
  const T& Memo(std::string_view key, Make make) const {
    auto it = memo_.find(key);  // (no string built for the key: the map is searched by view)
    if (it == memo_.end()) {
      it = memo_
               .emplace(
                   std::string(key),
                   std::shared_ptr<void>(new T(make()), [](void* p) { delete static_cast<T*>(p); }))
               .first;
    }
    return *static_cast<const T*>(it->second.get());
  }

 private:
  friend class Runner;
  const std::vector<Finding>& findings() const { return findings_; }
  void Begin(const RuleDef* rule) {
    current_ = rule;
    skipped_ = false;
  }
  bool skipped() const { return skipped_; }
  std::vector<Finding>& mutable_findings() { return findings_; }
  void AddFinding(Finding f) { findings_.push_back(std::move(f)); }
  // Live field checks: findings outside these JSON Pointers are not built at all.
  void set_fields(FieldScope fields) { fields_ = std::move(fields); }

  const json& app_;
  const RulePack& pack_;
  Date today_;
  std::string locale_;
  int province_ = 0;
  FieldScope fields_;
  const RuleDef* current_ = nullptr;
  bool skipped_ = false;
  std::vector<Finding> findings_;
  json facts_ = json::object();
  const json* plan_ = nullptr;
  ReportMember plan_extra_;
  json applicability_ = json::object();
  mutable std::map<std::string, std::shared_ptr<void>, KeyLess> memo_;  // (a cache: Memo is const)
};

}  // namespace beian

#endif  // BEIAN_CORE_ENGINE_CONTEXT_H_
