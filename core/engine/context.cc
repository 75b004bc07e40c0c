#include "core/engine/context.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "core/engine/schema.h"
#include "core/mem.h"
#include "core/province.h"

namespace beian {

Ctx::Ctx(const json& app, const RulePack& pack, Date today, std::string locale)
    : app_(app), pack_(pack), today_(today), locale_(std::move(locale)) {
  if (const std::string* p = Str(app, "/subject/province")) province_ = ProvinceCode(*p);
}

const json& Ctx::Param(std::string_view key) const {
  static const json kNull;
  if (!current_ || !current_->params().is_object()) return kNull;
  auto it = current_->params().find(key);
  return it == current_->params().end() ? kNull : *it;
}

namespace {
std::string Fill(const std::string& tmpl, const Vars& vars) {
  if (vars.empty() || tmpl.find('{') == std::string::npos) return tmpl;
  std::string out;
  out.reserve(tmpl.size() + 32);
  // the text between placeholders copied as runs; a {name} without a value stays as written
  size_t run = 0;  // start of the bytes not yet copied
  for (size_t open = tmpl.find('{'); open != std::string::npos; open = tmpl.find('{', open + 1)) {
    size_t close = tmpl.find('}', open + 1);
    if (close == std::string::npos) break;
    std::string_view key(tmpl.data() + open + 1, close - open - 1);
    for (const auto& kv : vars) {
      if (kv.first != key) continue;
      out.append(tmpl, run, open - run);
      out += kv.second;
      run = close + 1;
      open = close;  // the search goes on after the placeholder
      break;
    }
  }
  out.append(tmpl, run, std::string::npos);
  return out;
}
}  // namespace

namespace {

// Findings emitted before, by what Emit renders them from: the rule (of which pack), the path,
// the placeholder values, the options and the language. Emit is a function of these alone, so an
// equal key gives the finding it rendered then (its message and fix filled, its texts looked up).
// One cache per thread, 256 slots, a finding in the slot of its key's hash (every part of the key
// compared as well); it is kept the second time it is rendered (one application's own findings
// do not push out the repeated ones).
class EmitCache {
 public:
  struct Slot {
    uint64_t hash = 0, seen = 0;  // seen: the key last rendered here but not kept
    bool used = false;
    uint64_t pack = 0;
    const RuleDef* rule = nullptr;
    std::string path, locale;
    Vars vars;
    EmitOptions opts;
    Finding finding;
    uint64_t key_hash = 0;  // of the key last asked for (SlotFor)

    bool Holds(const RulePack& p, const RuleDef* r, const std::string& pa, const Vars& v,
               const EmitOptions& o, const std::string& l) const {
      return used && hash == key_hash && pack == p.uid() && rule == r && path == pa &&
             locale == l && vars == v && opts.variant == o.variant && opts.evidence == o.evidence &&
             opts.severity == o.severity && opts.rule == o.rule && SameSpan(opts.span, o.span);
    }
    void Keep(const RulePack& p, const RuleDef* r, const std::string& pa, const Vars& v,
              const EmitOptions& o, const std::string& l, const Finding& f) {
      if (seen != key_hash) {
        seen = key_hash;
        return;
      }
      used = true;
      hash = key_hash;
      pack = p.uid();
      rule = r;
      path = pa;
      locale = l;
      vars = v;
      opts = o;
      finding = f;
    }
  };

  static EmitCache& ForThisThread() {
    thread_local EmitCache cache;
    return cache;
  }
  Slot& SlotFor(const RulePack& p, const RuleDef* r, const std::string& path, const Vars& vars,
                const EmitOptions& o, const std::string& locale) {
    uint64_t h = p.uid() * 0x9E3779B97F4A7C15ULL;
    auto mix = [&](uint64_t v) { h = mem::Mix(h, v); };
    mix(reinterpret_cast<uintptr_t>(r));
    mix(mem::HashBytes(path));
    for (const auto& [name, value] : vars) mix(mem::HashBytes(name) ^ mem::HashBytes(value) * 3);
    mix(mem::HashBytes(o.variant));
    mix(mem::HashBytes(o.evidence));
    mix(mem::HashBytes(o.rule));
    mix(o.severity ? static_cast<uint64_t>(*o.severity) + 1 : 0);
    mix(o.span ? o.span->offset * 31 + o.span->length : 1);
    mix(locale == "en");
    Slot& s = slots_[h % slots_.size()];
    s.key_hash = h | 1;  // (never 0: `seen` starts at 0)
    return s;
  }

 private:
  static bool SameSpan(const std::optional<Span>& a, const std::optional<Span>& b) {
    if (a.has_value() != b.has_value()) return false;
    return !a ||
           (a->offset == b->offset && a->length == b->length && a->attachment == b->attachment);
  }
  std::array<Slot, 256> slots_;
};

}  // namespace

std::string Ctx::EnumLabel(const std::string& pointer, const std::string& value) const {
  return beian::EnumLabel(pointer, value, locale_);
}

bool Ctx::Reports(const std::string& path) const {
  if (fields_.empty()) return true;
  for (const auto& f : fields_)
    if (PathIsUnder(path, f) || PathIsUnder(f, path)) return true;
  return false;
}

void Ctx::Emit(const std::string& path, const Vars& vars, const EmitOptions& opts) {
  // Live field checks build only findings under the field, and every hit in an upload: repeated
  // hits of one rule in one website merge into one finding before the report keeps the field's.
  if (!PathIsUnderAny(path, fields_) && !opts.span) return;
  const RuleDef* rule = current_;
  if (!opts.rule.empty()) {
    rule = pack_.Find(opts.rule);
  }
  if (!rule) return;
  // (a batch's checks emit most findings again as they were: from the cache, EmitCache above)
  EmitCache::Slot& slot =
      EmitCache::ForThisThread().SlotFor(pack_, rule, path, vars, opts, locale_);
  if (slot.Holds(pack_, rule, path, vars, opts, locale_)) {
    if (findings_.capacity() == 0) findings_.reserve(32);
    findings_.push_back(slot.finding);
    return;
  }
  Finding f;
  f.rule = rule->id;
  f.category = rule->category;
  f.path = path;
  f.severity = rule->severity;
  const Text* message = &rule->message;
  const Text* fix = &rule->fix;
  f.message_id = "default";
  std::string confidence = rule->confidence;
  if (!opts.variant.empty()) {
    auto it = rule->variants.find(opts.variant);
    if (it != rule->variants.end()) {
      f.message_id = opts.variant;
      if (it->second.severity) f.severity = *it->second.severity;
      if (!it->second.confidence.empty()) confidence = it->second.confidence;
      if (!it->second.message.empty()) message = &it->second.message;
      if (!it->second.fix.empty()) fix = &it->second.fix;
    }
  }
  if (opts.severity) f.severity = *opts.severity;
  f.message = Fill(message->In(locale_), vars);
  f.fix = Fill(fix->In(locale_), vars);
  if (confidence == "1") {
    if (f.severity == Severity::kBlock) f.severity = Severity::kWarn;
    f.message += pack_.Message("unofficial_note").In(locale_);
  }
  f.source = rule->source.In(locale_);
  f.evidence = opts.evidence;
  f.span = opts.span;
  f.args = vars;
  f.confidence = confidence;
  // (a blocked application has ~25: the first push reserves for them, instead of five moves of
  // every finding while the vector grows)
  if (findings_.capacity() == 0) findings_.reserve(32);
  // (not while the language's wording is still to be fetched: its texts read as Chinese till then)
  if (pack_.MissingWordingFile(locale_).empty())
    slot.Keep(pack_, rule, path, vars, opts, locale_, f);
  findings_.push_back(std::move(f));
}

}  // namespace beian
