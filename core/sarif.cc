#include "core/sarif.h"

#include <algorithm>
#include <set>

namespace beian {

namespace {
const char* SarifLevel(const std::string& severity) {
  if (severity == "block") return "error";
  if (severity == "warn") return "warning";
  return "note";
}
}  // namespace

json ReportToSarifLog(const json& report, const std::string& artifact, const RulePack& pack,
                      const std::string& locale) {
  if (!report.is_object()) return json();
  const json* findings = At(report, "/findings");
  std::set<std::string> ids;
  if (findings && findings->is_array())
    for (const auto& f : *findings)
      if (const std::string* r = Str(f, "/rule")) ids.insert(*r);
  json rules = json::array();
  std::vector<std::string> order(ids.begin(), ids.end());
  for (const auto& id : order) {
    json r = {{"id", id}};
    if (const RuleDef* d = pack.Find(id)) {
      r["name"] = id;
      r["shortDescription"] = {{"text", d->title.In(locale)}};
      r["fullDescription"] = {{"text", d->message.In(locale)}};
      r["help"] = {{"text", d->fix.In(locale)}};
      r["defaultConfiguration"] = {{"level", SarifLevel(SeverityName(d->severity))}};
      r["properties"] = {{"category", d->category},
                         {"confidence", d->confidence},
                         {"source", d->source.In(locale)}};
    }
    rules.push_back(std::move(r));
  }
  json results = json::array();
  if (findings && findings->is_array()) {
    for (const auto& f : *findings) {
      std::string rule = Str(f, "/rule") ? *Str(f, "/rule") : "";
      std::string sev = Str(f, "/severity") ? *Str(f, "/severity") : "info";
      std::string path = Str(f, "/path") ? *Str(f, "/path") : "";
      std::string text = Str(f, "/message") ? *Str(f, "/message") : "";
      if (const std::string* fix = Str(f, "/fix")) text += "\n" + *fix;
      size_t index = std::find(order.begin(), order.end(), rule) - order.begin();
      json location = {
          {"physicalLocation", {{"artifactLocation", {{"uri", artifact}}}}},
          {"logicalLocations", json::array({{{"fullyQualifiedName", path}, {"kind", "member"}}})}};
      if (const json* span = At(f, "/span"); span && span->is_object()) {
        json region = json::object();
        if (auto o = Num(*span, "/offset")) region["byteOffset"] = static_cast<long long>(*o);
        if (auto l = Num(*span, "/length")) region["byteLength"] = static_cast<long long>(*l);
        location["physicalLocation"]["region"] = region;
        if (const std::string* a = Str(*span, "/attachment"))
          location["logicalLocations"].push_back(
              {{"fullyQualifiedName", *a}, {"kind", "resource"}});
      }
      json result = {{"ruleId", rule},
                     {"ruleIndex", index},
                     {"level", SarifLevel(sev)},
                     {"message", {{"text", text}}},
                     {"locations", json::array({location})}};
      json props = json::object();
      if (const std::string* s = Str(f, "/source")) props["source"] = *s;
      if (const std::string* e = Str(f, "/evidence")) props["evidence"] = *e;
      props["severity"] = sev;
      result["properties"] = props;
      results.push_back(std::move(result));
    }
  }
  json run = {{"tool",
               {{"driver",
                 {{"name", "beian-precheck"},
                  {"informationUri", "https://example.invalid/beian-precheck"},
                  {"version",
                   At(report, "/engine/version") ? Dump(*At(report, "/engine/version")) : "\"\""},
                  {"semanticVersion",
                   Str(report, "/engine/version") ? *Str(report, "/engine/version") : ""},
                  {"properties",
                   {{"rulepack_version", Str(report, "/engine/rulepack_version")
                                             ? *Str(report, "/engine/rulepack_version")
                                             : ""}}},
                  {"rules", rules}}}}},
              {"results", results},
              {"properties",
               {{"verdict", Str(report, "/verdict") ? *Str(report, "/verdict") : ""},
                {"today", Str(report, "/today") ? *Str(report, "/today") : ""}}}};
  run["tool"]["driver"].erase("version");
  json log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
              {"version", "2.1.0"},
              {"runs", json::array({run})}};
  return log;
}

std::string ReportToSarif(const std::string& report_json, const std::string& artifact,
                          const RulePack& pack, const std::string& locale) {
  json report = ParseJson(report_json);
  if (report.is_discarded() || !report.is_object()) return "";
  return Dump(ReportToSarifLog(report, artifact, pack, locale));
}

std::string ReportToText(const std::string& report_json, const std::string& name) {
  json report = ParseJson(report_json);
  if (report.is_discarded()) return "";
  return TextSummary(report, name);
}

std::string TextSummary(const json& report, const std::string& name) {
  if (!report.is_object()) return "";
  std::string out;
  std::string verdict = Str(report, "/verdict") ? *Str(report, "/verdict") : "";
  auto num = [&](const char* p) {
    auto v = Num(report, p);
    return std::to_string(v ? static_cast<long long>(*v) : 0);
  };
  out += name + ": " + verdict + "  (block " + num("/summary/block") + ", warn " +
         num("/summary/warn") + ", info " + num("/summary/info") + "; " +
         num("/summary/rules_evaluated") + " rules evaluated)\n";
  if (const json* f = At(report, "/findings"); f && f->is_array()) {
    for (const auto& x : *f) {
      auto s = [&](const char* p) {
        const std::string* v = Str(x, p);
        return v ? *v : std::string();
      };
      std::string sev = s("/severity");
      std::string tag = sev == "block" ? "BLOCK" : sev == "warn" ? "WARN " : "INFO ";
      out += "  " + tag + " " + s("/rule") + "  " + (s("/path").empty() ? "/" : s("/path")) + "\n";
      out += "        " + s("/message") + "\n";
      if (!s("/fix").empty()) out += "        → " + s("/fix") + "\n";
    }
  }
  return out;
}

}  // namespace beian
