// The rule pack: every rule's severity, wording (zh-CN, en), source, confidence, provinces,
// parameters, word lists and examples. Data, not code: merged from core/pack/ at build time,
// compiled into the binary, and loadable at run time (RulePack::Parse).
#ifndef BEIAN_CORE_RULEPACK_H_
#define BEIAN_CORE_RULEPACK_H_

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/json.h"
#include "core/mem.h"
#include "core/scan.h"

namespace beian {

enum class Severity { kBlock = 0, kWarn = 1, kInfo = 2 };
const char* SeverityName(Severity s);
std::optional<Severity> ParseSeverity(const std::string& s);

struct Text;

// The lines of one language's wording of the pack compiled into the binary (one line per rule, in
// rule order: records "key US text" joined by RS, scripts/gen_pack.py wording_line): a resource
// found by name when first needed, so that a file the page fetches later (the English wording) is
// picked up once it is provided (core/resources.h).
class WordingLines {
 public:
  // `text`: the lines themselves (may be empty); `resource`: where to look while `text` is empty;
  // `file`: the name under which a front end fetches that resource.
  WordingLines(std::string_view text, std::string resource, std::string file);
  // The line of rule `n`; nullopt while the file is not there.
  std::optional<std::string_view> Line(size_t n) const;
  const std::string& file() const { return file_; }

 private:
  std::string resource_;
  std::string file_;
  mutable std::mutex mu_;
  mutable std::vector<std::string_view> lines_;  // empty until the text is there
};

// The name of the wording file a text was asked for in but that is not there yet (read as Chinese
// meanwhile), since the last call, on this thread; then forgotten. "" when none.
std::string TakeMissingWording();

// The wording of one rule in the pack compiled into the binary: kept as its lines (Chinese,
// English) and split into texts the first time one of them is read in that language
// (thread-safe), so that a check reads only the wording of the rules that report. Packs loaded at
// run time (RulePack::Parse of a full pack) carry their texts directly.
class LazyWording {
 public:
  LazyWording(std::string_view zh_line, std::shared_ptr<const WordingLines> en, size_t rule_no);
  ~LazyWording();
  // The text at `key` ("title", "message", "variants/<name>/fix" …) in `locale`; empty when
  // absent. English reads as Chinese while the English file is not there (TakeMissingWording).
  const std::string& Get(const std::string& key, const std::string& locale) const;

 private:
  // (hashed: a finding reads three or four of a rule's texts, each lookup a string comparison or
  // two instead of one per level of a tree)
  using Texts = std::unordered_map<std::string, std::string>;
  const Texts& Parsed(bool en) const;
  std::string_view zh_line_;  // into the embedded resource
  std::shared_ptr<const WordingLines> en_;
  size_t rule_no_;
  mutable std::atomic<const Texts*> texts_[2] = {nullptr, nullptr};  // zh, en; set once each
};

// Hands the built-in pack the wording file `file` (RulePack::MissingWordingFile) that a front end
// fetched. "" when taken (or already there), else why not (another pack's file, not one line of
// texts per rule).
std::string ProvideBuiltinWording(const std::string& file, std::string text);

// Read a text with In() or empty(): for the built-in pack's rules zh/en are empty and the text
// comes from the rule's lazily parsed wording.
struct Text {
  std::string zh;
  std::string en;
  // set for the texts of the built-in pack's rules: zh/en stay empty, the wording comes from there
  std::shared_ptr<const LazyWording> lazy;
  std::string key;

  Text() = default;
  Text(const Text& o) : zh(o.zh), en(o.en), lazy(o.lazy), key(o.key) {}
  Text(Text&& o) noexcept
      : zh(std::move(o.zh)), en(std::move(o.en)), lazy(std::move(o.lazy)), key(std::move(o.key)) {}
  Text& operator=(const Text& o) {
    if (this != &o) *this = Text(o);
    return *this;
  }
  Text& operator=(Text&& o) noexcept {
    zh = std::move(o.zh);
    en = std::move(o.en);
    lazy = std::move(o.lazy);
    key = std::move(o.key);
    lazy_zh_.store(nullptr, std::memory_order_relaxed);
    return *this;
  }

  const std::string& In(const std::string& locale) const {
    if (!lazy) return locale == "en" ? en : zh;
    if (locale == "en") return lazy->Get(key, locale);
    // The Chinese text, once read from the wording (parsed once and never changed after, so the
    // answer stays valid): a finding reads three or four texts of its rule.
    if (const std::string* t = lazy_zh_.load(std::memory_order_acquire)) return *t;
    const std::string& t = lazy->Get(key, locale);
    lazy_zh_.store(&t, std::memory_order_release);
    return t;
  }
  // (the Chinese line holds every text, in English where it has no Chinese)
  bool empty() const { return lazy ? In("zh-CN").empty() : zh.empty() && en.empty(); }

 private:
  mutable std::atomic<const std::string*> lazy_zh_{nullptr};
};

// A rule's parameters as the compiled pack writes them (scripts/gen_pack.py compact_value), read
// into *out; false (and *out untouched) when `text` is not one object in that form.
bool DecodeCompactParams(std::string_view text, json* out);

// A rule's parameters (a JSON object): given parsed (packs loaded at run time), or in the compiled
// pack's form (DecodeCompactParams), read the first time they are asked for (thread-safe): a check
// reads only the parameters of the rules that read theirs.
class RuleParams {
 public:
  RuleParams() = default;
  explicit RuleParams(json value);
  explicit RuleParams(std::string_view text);
  const json& get() const;

 private:
  struct Lazy {
    std::string_view text;
    std::once_flag once;
    json value = json::object();
  };
  std::shared_ptr<Lazy> lazy_ = nullptr;  // null: no parameters
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
  RuleParams params_;  // read with params()
  const json& params() const { return params_.get(); }
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
  // Parses a merged pack with its texts (rulepack.json, scripts/gen_pack.py). On error returns
  // nullptr and sets *error.
  static std::unique_ptr<RulePack> Parse(std::string_view text, std::string* error);
  // The pack compiled into this binary, from its compact form (scripts/gen_pack.py
  // compact_pack: TAB-separated lines, parameters as JSON) and its wording lines; nullptr and
  // *error when the text is not such a pack. The views must outlive the pack.
  static std::unique_ptr<RulePack> ParseCompact(std::string_view text, std::string* error,
                                                std::string_view wording,
                                                std::string_view wording_en = {});
  // The pack compiled into this binary.
  static const RulePack& Builtin();

  const std::string& version() const { return version_; }
  const std::vector<RuleDef>& rules() const { return rules_; }
  const RuleDef* Find(const std::string& id) const;
  // A word list by name (e.g. "WL-FIN"); empty when absent.
  const std::vector<std::string>& List(const std::string& name) const;
  // The list compiled into one RE2::Set (built on first use, then cached for this pack). Answered
  // from this thread's small cache of the names it asked for, so that the pack's lock is taken
  // once per name and thread, not on each of a check's ~28 asks.
  const WordMatcher& Matcher(std::string_view name) const;
  // This pack among all packs of the process (for caches of what is derived from a pack).
  uint64_t uid() const { return uid_; }
  // The lists `names`, then the matchers `extra` (which must live as long as the pack: static
  // ones), scanned in one pass (built on first use, then cached for this pack).
  const WordMatcherGroup& MatcherGroup(const std::vector<std::string>& names,
                                       const std::vector<const WordMatcher*>& extra = {}) const;
  // Pack-level texts (e.g. "unofficial_note"), empty when absent.
  const Text& Message(const std::string& key) const;
  // Wording and sources of report.plan (pack "plan", e.g. "step.sync.basis"), empty when absent.
  const Text& PlanText(const std::string& key) const;
  // The file a front end fetches for the wording in `locale` while it is not there (the built-in
  // pack's English in the page's module); "" when there is nothing to fetch.
  std::string MissingWordingFile(const std::string& locale) const;
  // Source keys (e.g. "L-292") to their full citation.
  const std::map<std::string, std::string>& sources() const { return sources_; }
  // Data the engine derives from the pack (e.g. from a rule's params) that every check reads:
  // built by `build` on first use under `key`, then kept as long as the pack (thread-safe).
  template <typename T, typename F>
  const T& Derived(const std::string& key, F build) const {
    std::lock_guard<std::mutex> lock(derived_lock_);  // (its own: `build` may ask for matchers)
    std::shared_ptr<void>& slot = derived_[key];
    if (!slot) slot = std::make_shared<T>(build());
    return *static_cast<const T*>(slot.get());
  }

 private:
  std::string version_;
  std::vector<RuleDef> rules_;
  std::unordered_map<std::string, size_t> index_;  // by rule id (a report asks for each finding's)
  std::unordered_map<std::string, std::vector<std::string>> lists_;
  std::map<std::string, Text> messages_;
  std::map<std::string, Text> plan_texts_;
  std::shared_ptr<const WordingLines> wording_en_;  // the built-in pack's English lines
  friend std::string ProvideBuiltinWording(const std::string& file, std::string text);
  std::map<std::string, std::string> sources_;
  // Word-list matchers, compiled on first use; the lock lets checks run on several threads
  // (beian-check --jobs) with one pack.
  const uint64_t uid_ = mem::NewUid();  // this pack among all packs (Matcher's caches)
  mutable std::mutex matchers_lock_;
  mutable std::unordered_map<std::string, std::unique_ptr<WordMatcher>> matchers_;
  mutable std::map<std::pair<std::vector<std::string>, std::vector<const WordMatcher*>>,
                   std::unique_ptr<WordMatcherGroup>>
      groups_;
  mutable std::mutex derived_lock_;
  mutable std::map<std::string, std::shared_ptr<void>> derived_;
};

Text ParseText(const json& v);
// ParseText(v).In(locale) without building the Text (which copies both languages).
std::string TextIn(const json& v, const std::string& locale);

}  // namespace beian

#endif  // BEIAN_CORE_RULEPACK_H_
