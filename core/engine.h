// The check engine: rules are registered by ID (BEIAN_RULE), read the cleaned application and
// emit findings whose wording, severity and source come from the rule pack.
//
// Writing a rule (one .cc file per area, anywhere under core/):
//
//   BEIAN_RULE("ENT-002", [](beian::Ctx& c) {
//     const std::string* code = beian::Str(c.app(), "/subject/certificate_number");
//     if (!code) return c.Skip();             // lacked input: counted as skipped
//     if (!Valid(*code)) c.Emit("/subject/certificate_number", {{"value", *code}});
//   });
//
// The engine runs a rule only when the pack has an entry for its ID, and only when the
// application's province is one of the entry's `provinces` (empty = nationwide).
// Nothing here throws: bad input becomes findings.
#ifndef BEIAN_CORE_ENGINE_H_
#define BEIAN_CORE_ENGINE_H_

#include <functional>
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

class Ctx {
 public:
  Ctx(const json& app, const RulePack& pack, Date today, std::string locale);

  const json& app() const { return app_; }
  const RulePack& pack() const { return pack_; }
  const Date& today() const { return today_; }
  const std::string& locale() const { return locale_; }
  // GB/T 2260 two-digit code of subject.province (e.g. 33 for 浙江), 0 when absent/unknown.
  int province() const { return province_; }

  // The pack entry of the rule being evaluated.
  const RuleDef& rule() const { return *current_; }
  // A parameter of the current rule's pack entry ("params" object), null when absent.
  const json& Param(const std::string& key) const;

  void Emit(const std::string& path, const Vars& vars = {}, const EmitOptions& opts = {});
  // Live field checks: findings outside this JSON Pointer are not built at all.
  void set_field(std::string field) { field_ = std::move(field); }
  // Marks the current rule as not evaluated for lack of input.
  void Skip() { skipped_ = true; }

  // Parts of the report other than findings, filled by rules and readers.
  json& facts() { return facts_; }
  json& plan() { return plan_; }
  json& applicability() { return applicability_; }

  // Per-check memo for derived data shared by rules (parsed uploads, normalised values).
  template <typename T, typename Make>
  const T& Memo(const std::string& key, Make make) {
    auto it = memo_.find(key);
    if (it == memo_.end()) {
      it = memo_
               .emplace(key, std::shared_ptr<void>(new T(make()),
                                                   [](void* p) { delete static_cast<T*>(p); }))
               .first;
    }
    return *static_cast<const T*>(it->second.get());
  }

  // Engine internals.
  void Begin(const RuleDef* rule) {
    current_ = rule;
    skipped_ = false;
  }
  bool skipped() const { return skipped_; }
  std::vector<Finding>& findings() { return findings_; }
  void AddFinding(Finding f) { findings_.push_back(std::move(f)); }

 private:
  const json& app_;
  const RulePack& pack_;
  Date today_;
  std::string locale_;
  int province_ = 0;
  std::string field_;
  const RuleDef* current_ = nullptr;
  bool skipped_ = false;
  std::vector<Finding> findings_;
  json facts_ = json::object();
  json plan_ = json::object();
  json applicability_ = json::object();
  std::map<std::string, std::shared_ptr<void>> memo_;
};

using RuleFn = std::function<void(Ctx&)>;

struct RuleImpl {
  std::string id;
  RuleFn fn;
};

// All rules registered by BEIAN_RULE, in registration order.
std::vector<RuleImpl>& RuleRegistry();
// Preparation steps run before every rule (e.g. readers that fill report.facts), by name order.
std::map<std::string, RuleFn>& PrepareRegistry();

struct Registrar {
  Registrar(const char* id, RuleFn fn) { RuleRegistry().push_back({id, std::move(fn)}); }
};
struct PrepareRegistrar {
  PrepareRegistrar(const char* name, RuleFn fn) { PrepareRegistry()[name] = std::move(fn); }
};

#define BEIAN_CONCAT_INNER(a, b) a##b
#define BEIAN_CONCAT(a, b) BEIAN_CONCAT_INNER(a, b)
#define BEIAN_RULE(id, ...) \
  static ::beian::Registrar BEIAN_CONCAT(beian_rule_, __COUNTER__)(id, __VA_ARGS__)
#define BEIAN_PREPARE(name, ...) \
  static ::beian::PrepareRegistrar BEIAN_CONCAT(beian_prep_, __COUNTER__)(name, __VA_ARGS__)

// Keeps the first 6 and the last 2 characters of an ID number, masks the rest with '*'.
std::string MaskId(const std::string& id);

}  // namespace beian

#endif  // BEIAN_CORE_ENGINE_H_
