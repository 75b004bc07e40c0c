// Check(): decode → validate → run → report (one file per step in core/engine/).
#include "core/check.h"

#include <algorithm>

#include "core/engine/check_with.h"
#include "core/engine/completeness.h"
#include "core/engine/decode.h"
#include "core/engine/report.h"
#include "core/engine/runner.h"
#include "core/engine/schema.h"
#include "core/province.h"
#include "core/queries.h"

namespace beian {

const char* EngineVersion() { return BEIAN_VERSION; }

namespace {

std::string_view IdOf(const rules::RuleEntry& e) { return e.id; }
std::string_view IdOf(const std::string& id) { return id; }

CheckResult Fail(std::string error) {
  CheckResult r;
  r.ok = false;
  r.error = std::move(error);
  return r;
}

// The rules' loop, called through a pointer no optimiser sees through. Binaryen inlines a function
// with one caller into it, so the runner's loop ended up inside the module's check entry (21.7 KB
// with everything else inlined there), and V8 recompiled that whole entry with TurboFan during
// the first check because of the loop: 30 ms of compiling on a second thread while the check ran
// (docs/performance-log.md, sixth session). Apart, only the loop's function is recompiled.
RunCounts RunRules(const std::vector<rules::RuleEntry>& index, Ctx& run, const FieldScope& scope) {
  return Runner(index).Run(run, scope);
}
RunCounts (*volatile const run_rules)(const std::vector<rules::RuleEntry>&, Ctx&,
                                      const FieldScope&) = &RunRules;

CheckResult CheckImpl(std::string_view input, const CheckOptions& options,
                      const std::vector<rules::RuleEntry>& index) {
  const RulePack& pack = options.pack ? *options.pack : RulePack::Builtin();
  Decoded in = DecodeApplication(input);
  if (!in.ok) return Fail(std::move(in.error));
  json& app = in.app;

  std::string locale = options.locale;
  if (locale.empty()) {
    if (const std::string* l = Str(app, "/context/locale")) locale = *l;
  }
  if (locale != "en") locale = "zh-CN";
  std::optional<Date> today;
  if (!options.today.empty()) {
    today = Date::Parse(options.today);
    if (!today) return Fail("--today must be a date YYYY-MM-DD, got '" + options.today + "'");
  }
  if (!today) {
    if (const std::string* t = Str(app, "/context/today")) today = Date::Parse(*t);
  }
  if (!today) today = Date::Today();

  Ctx read(app, pack, *today, locale);
  if (in.utf8.invalid_count > 0) {
    EmitOptions o;
    o.rule = "INPUT-008";
    o.evidence = "byte " + std::to_string(in.utf8.first_invalid);
    read.Emit("",
              {{"offset", std::to_string(in.utf8.first_invalid)},
               {"count", std::to_string(in.utf8.invalid_count)}},
              o);
  }
  // The ID numbers to mask in the report, before validation removes wrongly typed ones.
  std::vector<std::string> sensitive = SensitiveValues(app);
  const FieldScope scope = FieldScopeOf(options);
  ValidateApplication(app, read, scope);
  // From here on the application is only read: its lookups by JSON Pointer are remembered.
  FrozenLookups frozen(app);
  // Province may have been removed by validation: the rules run in a fresh context.
  Ctx run(app, pack, *today, locale);
  Runner::Prime(run, scope, read);
  RunCounts counts = run_rules(index, run, scope);

  // What a real submission still lacks (full checks only): a half-filled form is never "ready".
  std::optional<Completeness> completeness;
  if (scope.empty()) completeness = CompletenessOf(app, pack, locale);
  const json* subject = At(app, "/subject");
  bool sections = subject && subject->is_object() && !subject->empty() && Count(app, "/websites");
  if (completeness && !completeness->missing.empty() && sections) {  // else INPUT-009 says it
    const RuleDef* def = pack.Find("INPUT-013");
    size_t listed = 3;
    if (const json* n = def ? At(def->params(), "/listed") : nullptr; n && n->is_number_unsigned())
      listed = n->get<size_t>();
    std::string items;
    for (size_t i = 0; i < completeness->missing.size() && i < listed; ++i)
      items += (i ? (locale == "en" ? ", " : "、") : "") +
               completeness->missing[i].value("label", std::string());
    if (completeness->missing.size() > listed) items += locale == "en" ? ", …" : "等";
    EmitOptions o;
    o.rule = "INPUT-013";
    o.evidence = items;  // the seller's labels (the paths are in report.completeness)
    run.Emit("", {{"count", std::to_string(completeness->missing.size())}, {"items", items}}, o);
  }

  // A quick check (options.fields) answers about its fields only: findings that just ask for
  // other input first (INPUT-013 params "quick_check_omits": [{"rule", "variant"}]) are left out.
  if (!options.fields.empty()) {
    const RuleDef* def = pack.Find("INPUT-013");
    const json* omits = def ? At(def->params(), "/quick_check_omits") : nullptr;
    if (omits && omits->is_array()) {
      auto& fs = Runner::Findings(run);
      fs.erase(std::remove_if(fs.begin(), fs.end(),
                              [&](const Finding& f) {
                                for (const auto& o : *omits)
                                  if (o.is_object() && o.value("rule", "") == f.rule &&
                                      o.value("variant", "default") == f.message_id)
                                    return true;
                                return false;
                              }),
               fs.end());
    }
  }

  CheckResult result;
  result.ok = true;
  ReportCounts rc;
  json completeness_json;
  if (completeness) completeness_json = completeness->ToJson();
  result.report = BuildReport(Runner::Findings(run), run, counts, scope, sensitive,
                              completeness ? &completeness_json : nullptr, &rc);
  result.block = rc.block;
  result.warn = rc.warn;
  result.info = rc.info;
  result.verdict = rc.verdict;
  return result;
}

}  // namespace

std::vector<std::string> FieldScopeOf(const CheckOptions& options) {
  std::vector<std::string> scope;
  auto add = [&](const std::string& f) {
    if (std::find(scope.begin(), scope.end(), f) == scope.end()) scope.push_back(f);
  };
  if (!options.field.empty()) add(options.field);
  for (const auto& f : options.fields)
    if (!f.empty()) add(f);
  return scope;
}

CheckResult CheckWith(std::string_view input, const CheckOptions& options,
                      const std::vector<rules::RuleEntry>& index) {
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
  try {
    return CheckImpl(input, options, index);
  } catch (const std::exception& e) {
    return Fail(std::string("internal error: ") + e.what());
  } catch (...) {
    return Fail("internal error");
  }
#else
  return CheckImpl(input, options, index);
#endif
}

CheckResult Check(std::string_view input, const CheckOptions& options) {
  return CheckWith(input, options, rules::Index());
}

std::string RulesJson(const RulePack& pack, const std::string& province,
                      const std::string& locale) {
  int code = province.empty() ? 0 : ProvinceCode(province);
  const auto& index = rules::Index();
  json out = json::array();
  for (const auto& r : pack.rules()) {
    if (code && !r.provinces.empty() &&
        std::find(r.provinces.begin(), r.provinces.end(), code) == r.provinces.end())
      continue;
    bool has_code =
        r.engine ||
        std::binary_search(index.begin(), index.end(), r.id, [](const auto& a, const auto& b) {
          return std::string_view(IdOf(a)) < std::string_view(IdOf(b));
        });
    json j = json::object();
    j["id"] = r.id;
    j["title"] = r.title.In(locale);
    j["severity"] = SeverityName(r.severity);
    j["category"] = r.category;
    json provs = json::array();
    for (int p : r.provinces)
      if (const ProvinceInfo* info = ProvinceByCode(p)) provs.push_back(info->short_name);
    j["provinces"] = provs;
    j["source"] = r.source.In(locale);
    j["confidence"] = r.confidence;
    if (!r.paths.empty()) j["paths"] = r.paths;
    bool evaluated = r.evaluated && has_code;
    j["evaluated"] = evaluated;
    if (!evaluated) {
      j["reason"] = !r.reason.empty() ? r.reason.In(locale)
                                      : (locale == "en" ? std::string("not implemented yet")
                                                        : std::string("尚未实现"));
    }
    out.push_back(std::move(j));
  }
  return Dump(out);
}

}  // namespace beian
