// The embind layer: thin wrappers over core/check.h. Strings in, strings out; no exceptions
// cross the boundary (errors come back as {"error": "..."} JSON).
//
// JS API (both builds):
//   check(application, optionsJson) -> report JSON or {"error"}
//       application: string or Uint8Array (UTF-8); options: {"locale", "today", "field",
//       "fields": [JSON Pointer, …]} (field/fields: only findings at or below them)
//   rules(province, locale)         -> JSON array of the rule catalogue
//   loadRules(packJson)             -> "" on success, else the error (replaces the pack in use)
//   resetRules()                    -> back to the built-in pack
//   toSarif(reportJson, artifact, locale) -> SARIF 2.1.0 JSON
//   version()                       -> {"engine", "rulepack"} JSON
// The guided form (core/form.h):
//   formPlan(application, locale)   -> {"required", "hidden", "provided", "missing"} JSON
//   regions(parent, locale)         -> [{"code", "name"}] JSON ("" = the provinces)
// Queries (core/queries.h), so that the page only renders:
//   maskExport(text, application)   -> text with every ID number of the application masked
//   maskId(id)                      -> the ID number masked as evidence is (MaskId)
//   compareFacts(application, reportJson) -> typed counterparts of report.facts, same/differs
//   sameFact(kind, typed, read)     -> bool (name, person, code, address, date, holder, icp, psb)
//   whoisDomain(whoisText)          -> the domain the WHOIS reply is about, "" if none
//   isPersonalFiling(application)   -> bool
// Files fetched later (the page's module embeds the rules' Chinese wording only, and neither the
// regions nor the IP ranges: core/resources.h FetchedResourceFile):
//   missingWording()                -> the file an answer since the last call wanted and did not
//                                      have, "" if none: the English wording (the answer read it
//                                      as Chinese) or a data file (regions.<digest>.bin: the
//                                      answer is a stand-in, never to be shown)
//   wordingFile(locale)             -> the wording file to fetch for that language, "" if none
//   provideWording(file, bytes)     -> "" when taken, else why not (a wording or a data file)
//   dataFiles()                     -> the data files the module lacks, a line each ("" if none)
// web/core-run.js fetches the file next to the module, provides it and asks again.
#include <emscripten/bind.h>

#include <memory>
#include <string>

#include "core/check.h"
#include "core/form.h"
#include "core/json.h"
#include "core/queries.h"
#include "core/resources.h"
#include "core/sarif.h"
#include "core/utf8.h"

namespace {

std::unique_ptr<beian::RulePack>& CustomPack() {
  static std::unique_ptr<beian::RulePack> pack;
  return pack;
}

const beian::RulePack& Pack() { return CustomPack() ? *CustomPack() : beian::RulePack::Builtin(); }

std::string ErrorJson(const std::string& message) {
  return beian::Dump(beian::json{{"error", message}});
}

// UTF-16 code units as UTF-8, an unpaired surrogate as its own three bytes (ED A0 80 for
// U+D800): not UTF-8, so the core repairs it and reports where (INPUT-008) instead of reading a
// replacement character as if it had been typed.
std::string Utf16ToUtf8KeepingSurrogates(const std::u16string& units) {
  std::string out;
  out.reserve(units.size() * 3);
  for (size_t i = 0; i < units.size(); ++i) {
    char32_t c = units[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < units.size() && units[i + 1] >= 0xDC00 &&
        units[i + 1] <= 0xDFFF)
      c = 0x10000 + ((c - 0xD800) << 10) + (units[++i] - 0xDC00);
    beian::AppendUtf8(c, &out);
  }
  return out;
}

// The bytes of a JS string or of a Uint8Array (one TypedArray.set into a buffer that is not
// zero-filled first: the page sends ~100 KB of uploads with every field check; embind's own
// std::string conversion copies byte by byte, ~45 ms for a 20 MB page).
//
// A string (what a Node integrator passes: npm/checker.mjs stringifies an object) is written by
// the environment's TextEncoder.encodeInto straight into the buffer: embind's std::string
// conversion walks it twice in JavaScript (its UTF-8 length, then each unit), a fifth of a
// typical check. A string that is not well-formed UTF-16 (an unpaired surrogate, which
// TextEncoder would turn into U+FFFD and embind into a made-up character together with the unit
// after it), or one when String.prototype.isWellFormed is missing, is converted here from its
// UTF-16 units instead, surrogates kept as bytes the core reports.
class InputBytes {
 public:
  explicit InputBytes(const emscripten::val& v) {
    if (v.isString()) {
      const size_t units = v["length"].as<size_t>();
      if (units == 0) return;
      // (three bytes a unit at most; past 16 M units, ~48 MB, the exact-size conversion below)
      if (units <= (16u << 20) && WellFormed(v)) {
        static const emscripten::val encoder = emscripten::val::global("TextEncoder").new_();
        buf_.reset(new char[units * 3]);
        emscripten::val r = encoder.call<emscripten::val>(
            "encodeInto", v,
            emscripten::val(emscripten::typed_memory_view(
                units * 3, reinterpret_cast<unsigned char*>(buf_.get()))));
        view_ = std::string_view(buf_.get(), r["written"].as<size_t>());
        return;
      }
      str_ = Utf16ToUtf8KeepingSurrogates(v.as<std::u16string>());
      view_ = str_;
    } else if (!v.isNull() && !v.isUndefined()) {
      const size_t n = v["length"].as<size_t>();
      if (n) {
        buf_.reset(new char[n]);
        emscripten::val(
            emscripten::typed_memory_view(n, reinterpret_cast<unsigned char*>(buf_.get())))
            .call<void>("set", v);
        view_ = std::string_view(buf_.get(), n);
      }
    }
  }
  std::string_view view() const { return view_; }

 private:
  // false also where the method is missing (Chrome < 111, Safari < 16.4, Firefox < 119)
  static bool WellFormed(const emscripten::val& s) {
    return s["isWellFormed"].typeOf().as<std::string>() == "function" &&
           s.call<bool>("isWellFormed");
  }
  std::string str_;
  std::unique_ptr<char[]> buf_;
  std::string_view view_;
};

// The same bytes as a string of their own (texts and applications of the other entry points).
std::string Bytes(const emscripten::val& v) { return std::string(InputBytes(v).view()); }

// A JSON answer back to JS: its UTF-16 code units written here and made a string by the
// environment's TextDecoder("utf-16le") straight from the module's memory. embind's std::string
// conversion first walks every byte in JavaScript, twice, looking for NUL bytes (4 % of a typical
// check in Node), and Node's UTF-8 TextDecoder takes ~135 µs for a typical report (21 KB) where
// the conversion here and its UTF-16 decoder take about a third of that together.
emscripten::val JsString(const std::string& s) {
  static const emscripten::val decoder =
      emscripten::val::global("TextDecoder").new_(emscripten::val("utf-16le"));
  std::unique_ptr<char16_t[]> units(new char16_t[s.size() + 1]);
  const size_t n = beian::Utf8ToUtf16(s, units.get());
  return decoder.call<emscripten::val>(
      "decode", emscripten::val(emscripten::typed_memory_view(
                    n * 2, reinterpret_cast<const unsigned char*>(units.get()))));
}

std::string CheckJson(const emscripten::val& application_value, const std::string& options_json) {
  InputBytes input(application_value);
  std::string_view application = input.view();
  beian::CheckOptions opts;
  opts.pack = &Pack();
  if (!options_json.empty()) {
    beian::json o = beian::ParseJson(options_json);
    if (o.is_discarded() || !o.is_object()) return ErrorJson("options must be a JSON object");
    if (const std::string* s = beian::Str(o, "/locale")) opts.locale = *s;
    if (const std::string* s = beian::Str(o, "/today")) opts.today = *s;
    if (const std::string* s = beian::Str(o, "/field")) opts.field = *s;
    if (const beian::json* fs = beian::At(o, "/fields")) {
      if (!fs->is_array()) return ErrorJson("options.fields must be an array of JSON Pointers");
      for (const auto& f : *fs) {
        if (!f.is_string()) return ErrorJson("options.fields must be an array of JSON Pointers");
        opts.fields.push_back(f.get<std::string>());
      }
    }
  }
  beian::CheckResult r = beian::Check(application, opts);
  return r.ok ? r.report : ErrorJson(r.error);
}

emscripten::val Check(const emscripten::val& application, const std::string& options_json) {
  return JsString(CheckJson(application, options_json));
}

emscripten::val Rules(const std::string& province, const std::string& locale) {
  return JsString(beian::RulesJson(Pack(), province, locale.empty() ? "zh-CN" : locale));
}

std::string LoadRules(const std::string& pack_json) {
  std::string error;
  auto pack = beian::RulePack::Parse(pack_json, &error);
  if (!pack) return error.empty() ? "invalid rule pack" : error;
  CustomPack() = std::move(pack);
  return "";
}

void ResetRules() { CustomPack().reset(); }

std::string ToSarif(const std::string& report, const std::string& artifact,
                    const std::string& locale) {
  return beian::ReportToSarif(report, artifact, Pack(), locale.empty() ? "zh-CN" : locale);
}

std::string Version() {
  return beian::Dump(
      beian::json{{"engine", beian::EngineVersion()}, {"rulepack", Pack().version()}});
}

std::string MaskExport(const std::string& text, const emscripten::val& application) {
  return beian::MaskExport(text, Bytes(application));
}

std::string MaskIdValue(const std::string& id) { return beian::MaskIdValue(id); }

std::string CompareFacts(const emscripten::val& application, const std::string& report) {
  return beian::CompareFacts(Bytes(application), report);
}

bool SameFact(const std::string& kind, const std::string& typed, const std::string& read) {
  return beian::SameFact(kind, typed, read);
}

std::string WhoisDomain(const emscripten::val& text) { return beian::WhoisDomain(Bytes(text)); }

std::string FormPlan(const emscripten::val& application, const std::string& locale) {
  return beian::FormPlanJson(Bytes(application), Pack(), locale.empty() ? "zh-CN" : locale);
}

std::string Regions(const std::string& parent, const std::string& locale) {
  return beian::RegionsJson(parent, locale.empty() ? "zh-CN" : locale);
}

bool IsPersonalFiling(const emscripten::val& application) {
  return beian::IsPersonalFiling(std::string_view(Bytes(application)));
}

std::string MissingWording() {
  std::string wording = beian::TakeMissingWording();
  std::string data = beian::TakeMissingResourceFile();
  return !data.empty() ? data : wording;  // a stand-in answer first: the other is asked again
}

std::string DataFiles() {
  std::string out;
  size_t n = 0;
  const beian::FetchedFile* files = beian::FetchedResourceFiles(&n);
  for (size_t i = 0; i < n; ++i)
    if (beian::Resource(files[i].name).empty()) out.append(files[i].file).append("\n");
  beian::TakeMissingResourceFile();  // asked, not wanted by an answer
  return out;
}

std::string WordingFile(const std::string& locale) { return Pack().MissingWordingFile(locale); }

std::string ProvideWording(const std::string& file, const emscripten::val& text) {
  if (beian::IsFetchedFile(file)) return beian::ProvideFetchedFile(file, Bytes(text));
  return beian::ProvideBuiltinWording(file, Bytes(text));
}

}  // namespace

EMSCRIPTEN_BINDINGS(beian_core) {
  emscripten::function("check", &Check);
  emscripten::function("rules", &Rules);
  emscripten::function("loadRules", &LoadRules);
  emscripten::function("resetRules", &ResetRules);
  emscripten::function("toSarif", &ToSarif);
  emscripten::function("version", &Version);
  emscripten::function("maskExport", &MaskExport);
  emscripten::function("maskId", &MaskIdValue);
  emscripten::function("compareFacts", &CompareFacts);
  emscripten::function("sameFact", &SameFact);
  emscripten::function("whoisDomain", &WhoisDomain);
  emscripten::function("isPersonalFiling", &IsPersonalFiling);
  emscripten::function("formPlan", &FormPlan);
  emscripten::function("regions", &Regions);
  emscripten::function("missingWording", &MissingWording);
  emscripten::function("wordingFile", &WordingFile);
  emscripten::function("dataFiles", &DataFiles);
  emscripten::function("provideWording", &ProvideWording);
}
