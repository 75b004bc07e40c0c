#include "core/engine/context.h"

#include <algorithm>

#include "core/engine/schema.h"
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
  findings_.push_back(std::move(f));
}

}  // namespace beian
