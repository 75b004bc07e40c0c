// The rule pack: every rule's severity, wording (zh-CN, en), source, confidence, provinces,
// parameters, word lists and examples. Data, not code: merged from core/pack/ at build time,
// compiled into the binary, and loadable at run time (RulePack::Parse).
#ifndef BEIAN_CORE_RULEPACK_H_
#define BEIAN_CORE_RULEPACK_H_

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/json.h"
#include "core/scan.h"

namespace beian {

enum class Severity { kBlock = 0, kWarn = 1, kInfo = 2 };
const char* SeverityName(Severity s);
std::optional<Severity> ParseSeverity(const std::string& s);

struct Text;

// The wording of one rule in the pack compiled into the binary: kept as its JSON line and parsed
// the first time one of its texts is read (thread-safe), so that a check parses only the wording
// of the rules that report. Packs loaded at run time (RulePack::Parse of a full pack) carry their
// texts directly.
class LazyWording {
 public:
  explicit LazyWording(std::string_view line);
  ~LazyWording();
  // The text at `key` ("title", "message", "variants/<name>/fix" …); empty when absent.
  const Text& Get(const std::string& key) const;

 private:
  std::string_view line_;  // into the embedded resource
  mutable std::once_flag once_;
  mutable std::unique_ptr<std::map<std::string, Text>> texts_;  // filled once, then read-only
};

// Read a text with In() or empty(): for the built-in pack's rules zh/en are empty and the text
// comes from the rule's lazily parsed wording.
struct Text {
  std::string zh;
  std::string en;
  // set for the texts of the built-in pack's rules: zh/en stay empty, the wording comes from there
  std::shared_ptr<const LazyWording> lazy;
  std::string key;

  const std::string& In(const std::string& locale) const {
    if (lazy) return Resolved().In(locale);
    return locale == "en" ? en : zh;
  }
  bool empty() const { return lazy ? Resolved().empty() : zh.empty() && en.empty(); }

 private:
  const Text& Resolved() const { return lazy->Get(key); }
};

struct RuleVariant {
  std::optional<Severity> severity;
  std::string confidence;  // overrides the rule's ("" = the rule's), e.g. V for one province's rule
  Text message;
  Text fix;
};

struct RuleDef {
  std::string id;
  std::string category;
  Text title;
  Severity severity = Severity::kWarn;
  std::string confidence;      // V, S, 1, D
  std::vector<int> provinces;  // two-digit GB/T 2260 codes; empty = nationwide
  Text source;
  Text message;
  Text fix;
  std::map<std::string, RuleVariant> variants;
  json params = json::object();
  bool evaluated = true;              // false: guidance listed by rules() but never run
  std::vector<std::string> restates;  // official rules this one restates (report: "also")
  bool engine = false;  // raised by the engine itself (INPUT-xxx, ENGINE-001): no rule function
  Text reason;          // why not evaluated
  // Where the rule reports: JSON Pointer patterns, "*" = any one key or index, a last "**" =
  // anything below (or nothing). Empty = unknown (the rule always runs). A field check
  // (CheckOptions::field) runs only the rules whose patterns reach into that field.
  std::vector<std::string> paths;
  json examples = json::array();
};

// True when a finding of `rule` can lie at or below the JSON Pointer `field` (see
// RuleDef::paths). An empty field or a rule without patterns always answers true.
bool MayReportUnder(const RuleDef& rule, const std::string& field);
// True when the JSON Pointer `path` is `field` or lies below it; an empty field holds everything.
bool PathIsUnder(const std::string& path, const std::string& field);
// The fields of a field check (CheckOptions::field and ::fields): JSON Pointers, union semantics.
// Empty = the whole application (a full check).
using FieldScope = std::vector<std::string>;
// MayReportUnder / PathIsUnder for any field of `scope`; an empty scope answers true.
bool MayReportUnderAny(const RuleDef& rule, const FieldScope& scope);
bool PathIsUnderAny(const std::string& path, const FieldScope& scope);
// True when the concrete JSON Pointer `path` matches one of `patterns` (RuleDef::paths).
bool PathMatches(const std::vector<std::string>& patterns, const std::string& path);

class RulePack {
 public:
  // Parses a merged pack (see scripts/gen_pack.py). On error returns nullptr and sets *error.
  // `wording`: for a pack whose rules carry no wording ("wording": "lines", the one compiled into
  // the binary), one JSON line of wording per rule, in rule order; the view must outlive the pack.
  static std::unique_ptr<RulePack> Parse(std::string_view text, std::string* error,
                                         std::string_view wording = {});
  // The pack compiled into this binary.
  static const RulePack& Builtin();

  const std::string& version() const { return version_; }
  const std::vector<RuleDef>& rules() const { return rules_; }
  const RuleDef* Find(const std::string& id) const;
  // A word list by name (e.g. "WL-FIN"); empty when absent.
  const std::vector<std::string>& List(const std::string& name) const;
  // The list compiled into one RE2::Set (built on first use, then cached for this pack).
  const WordMatcher& Matcher(const std::string& name) const;
  // The lists `names`, then the matchers `extra` (which must live as long as the pack: static
  // ones), scanned in one pass (built on first use, then cached for this pack).
  const WordMatcherGroup& MatcherGroup(const std::vector<std::string>& names,
                                       const std::vector<const WordMatcher*>& extra = {}) const;
  // Pack-level texts (e.g. "unofficial_note"), empty when absent.
  const Text& Message(const std::string& key) const;
  // Wording and sources of report.plan (pack "plan", e.g. "step.sync.basis"), empty when absent.
  const Text& PlanText(const std::string& key) const;
  // Source keys (e.g. "L-292") to their full citation.
  const std::map<std::string, std::string>& sources() const { return sources_; }

 private:
  std::string version_;
  std::vector<RuleDef> rules_;
  std::map<std::string, size_t> index_;
  std::map<std::string, std::vector<std::string>> lists_;
  std::map<std::string, Text> messages_;
  std::map<std::string, Text> plan_texts_;
  std::map<std::string, std::string> sources_;
  // Word-list matchers, compiled on first use; the lock lets checks run on several threads
  // (beian-check --jobs) with one pack.
  mutable std::mutex matchers_lock_;
  mutable std::map<std::string, std::unique_ptr<WordMatcher>> matchers_;
  mutable std::map<std::pair<std::vector<std::string>, std::vector<const WordMatcher*>>,
                   std::unique_ptr<WordMatcherGroup>>
      groups_;
};

Text ParseText(const json& v);

}  // namespace beian

#endif  // BEIAN_CORE_RULEPACK_H_
