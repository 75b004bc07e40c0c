#include "core/engine/report.h"

#include <algorithm>

#include "core/check.h"
#include "core/facts/site_pages.h"
#include "core/ids.h"
#include "core/json.h"

namespace beian {

json FindingJson(const Finding& f) {
  json j = json::object();
  j["rule"] = f.rule;
  j["severity"] = SeverityName(f.severity);
  if (!f.category.empty()) j["category"] = f.category;
  j["path"] = f.path;
  j["message"] = f.message;
  if (!f.fix.empty()) j["fix"] = f.fix;
  if (!f.source.empty()) j["source"] = f.source;
  if (!f.evidence.empty()) j["evidence"] = f.evidence;
  if (!f.message_id.empty()) j["message_id"] = f.message_id;
  if (!f.args.empty()) {
    json args = json::object();
    for (const auto& [k, v] : f.args) args[k] = v;
    j["args"] = std::move(args);
  }
  if (!f.confidence.empty()) j["confidence"] = f.confidence;
  if (!f.also.empty()) j["also"] = f.also;
  auto span_json = [](const Span& s) {
    return json{{"attachment", s.attachment}, {"offset", s.offset}, {"length", s.length}};
  };
  if (f.span) j["span"] = span_json(*f.span);
  if (!f.spans.empty()) {
    json all = json::array();
    for (const auto& s : f.spans) all.push_back(span_json(s));
    j["spans"] = std::move(all);
  }
  return j;
}

namespace {

void MaskStrings(json& v, const std::vector<std::pair<std::string, std::string>>& masks) {
  if (v.is_string()) {
    std::string& s = v.get_ref<std::string&>();
    for (const auto& [raw, masked] : masks) {
      for (size_t at = s.find(raw); at != std::string::npos; at = s.find(raw, at + masked.size()))
        s.replace(at, raw.size(), masked);
    }
  } else if (v.is_object() || v.is_array()) {
    for (auto& child : v) MaskStrings(child, masks);
  }
}

// Drops the findings marked in `gone` (folded or merged into another), keeping the order.
void EraseMarked(std::vector<Finding>& findings, const std::vector<bool>& gone) {
  size_t k = 0;
  for (size_t i = 0; i < findings.size(); ++i)
    if (!gone[i]) {
      if (k != i) findings[k] = std::move(findings[i]);
      ++k;
    }
  findings.resize(k);
}

// The website whose uploaded page a span points into ("/attachments/site_pages/<k>/…", by the
// page's URL), or -1 for other uploads.
int PageWebsite(const json& app, const Span& span) {
  static const std::string kPages = "/attachments/site_pages/";
  if (span.attachment.compare(0, kPages.size(), kPages) != 0) return -1;
  size_t end = span.attachment.find('/', kPages.size());
  std::string page = span.attachment.substr(0, end);
  const std::string* url = Str(app, page + "/url");
  return facts::WebsiteOfUrl(app, url ? *url : "");
}

// Repeated hits of one rule in one website's uploaded pages (same message and severity) become
// one finding: the first keeps its path, message and `span`; `spans` lists every hit and the
// evidence every distinct hit. `findings` is sorted, so the first is the earliest.
void MergeRepeatedHits(std::vector<Finding>& findings, const json& app) {
  std::vector<int> website(findings.size(), -1);
  for (size_t i = 0; i < findings.size(); ++i)
    if (findings[i].span) website[i] = PageWebsite(app, *findings[i].span);
  std::vector<bool> merged(findings.size(), false);
  bool any = false;
  for (size_t i = 0; i < findings.size(); ++i) {
    if (merged[i] || website[i] < 0) continue;
    Finding& host = findings[i];
    for (size_t j = i + 1; j < findings.size(); ++j) {
      const Finding& f = findings[j];
      if (merged[j] || website[j] != website[i] || f.rule != host.rule ||
          f.message_id != host.message_id || f.severity != host.severity)
        continue;
      if (host.spans.empty()) host.spans.push_back(*host.span);
      host.spans.push_back(*f.span);
      for (const auto& id : f.also)
        if (std::find(host.also.begin(), host.also.end(), id) == host.also.end())
          host.also.push_back(id);
      if (!f.evidence.empty() &&
          ("；" + host.evidence + "；").find("；" + f.evidence + "；") == std::string::npos)
        host.evidence += host.evidence.empty() ? f.evidence : "；" + f.evidence;
      merged[j] = any = true;
    }
  }
  if (any) EraseMarked(findings, merged);
}

// Whether a finding lies at or below one of `fields`: its path, or (merged hits) one of its
// spans.
bool FindingUnder(const Finding& f, const FieldScope& fields) {
  if (PathIsUnderAny(f.path, fields)) return true;
  for (const auto& s : f.spans)
    if (PathIsUnderAny(s.attachment, fields)) return true;
  return false;
}

}  // namespace

json BuildReport(std::vector<Finding>& findings, Ctx& ctx, const RunCounts& run,
                 const FieldScope& fields, const std::vector<std::string>& sensitive,
                 ReportCounts* counts) {
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    if (a.severity != b.severity)
      return static_cast<int>(a.severity) < static_cast<int>(b.severity);
    if (a.path != b.path) return a.path < b.path;
    if (a.rule != b.rule) return a.rule < b.rule;
    size_t ao = a.span ? a.span->offset : 0, bo = b.span ? b.span->offset : 0;
    if (ao != bo) return ao < bo;
    if (a.evidence != b.evidence) return a.evidence < b.evidence;
    return a.message < b.message;
  });
  // One problem, one finding: a finding of a rule that restates an official one (pack
  // "restates") at the same path folds into the official finding's "also".
  const RulePack& pack = ctx.pack();
  std::vector<bool> folded(findings.size(), false);
  std::vector<size_t> into(findings.size(), 0);  // where a folded finding went
  for (size_t i = 0; i < findings.size(); ++i) {
    const RuleDef* def = pack.Find(findings[i].rule);
    if (!def || def->restates.empty() || folded[i]) continue;
    const auto& r = def->restates;
    for (size_t j = 0; j < findings.size(); ++j) {
      if (j == i || findings[j].path != findings[i].path) continue;
      if (std::find(r.begin(), r.end(), findings[j].rule) == r.end()) continue;
      size_t host = j;  // a finding already folded: follow it to the one that stays
      while (folded[host]) host = into[host];
      if (host == i) continue;
      // Never fold a more serious finding into a milder one (a block stays a block).
      if (static_cast<int>(findings[i].severity) < static_cast<int>(findings[host].severity))
        continue;
      // The folded finding's own `also` moves along (SEED-009 → CNT-004 → CNT-005).
      auto& also = findings[host].also;
      std::vector<std::string> moved = findings[i].also;
      moved.insert(moved.begin(), findings[i].rule);
      for (auto& id : moved)
        if (id != findings[host].rule && std::find(also.begin(), also.end(), id) == also.end())
          also.push_back(id);
      folded[i] = true;
      into[i] = host;
      break;
    }
  }
  EraseMarked(findings, folded);
  MergeRepeatedHits(findings, ctx.app());
  // A live field check keeps what lies at or below its fields (after folding and merging, so it
  // equals the full check's findings there).
  if (!fields.empty()) {
    findings.erase(std::remove_if(findings.begin(), findings.end(),
                                  [&](const Finding& f) { return !FindingUnder(f, fields); }),
                   findings.end());
  }
  ReportCounts c;
  json report = json::object();
  report["schema_version"] = 1;
  report["engine"] = {{"version", EngineVersion()}, {"rulepack_version", ctx.pack().version()}};
  report["today"] = ctx.today().ToString();
  json list = json::array();
  for (const auto& f : findings) {
    if (f.severity == Severity::kBlock) ++c.block;
    if (f.severity == Severity::kWarn) ++c.warn;
    if (f.severity == Severity::kInfo) ++c.info;
    list.push_back(FindingJson(f));
  }
  c.verdict = c.block ? "blocked" : c.warn ? "at_risk" : "ready";
  report["verdict"] = c.verdict;
  report["summary"] = {{"block", c.block},
                       {"warn", c.warn},
                       {"info", c.info},
                       {"rules_evaluated", run.evaluated},
                       {"rules_skipped", run.skipped}};
  // Moved, not copied: the context ends with the check.
  if (!ctx.applicability().empty()) report["applicability"] = std::move(ctx.applicability());
  report["findings"] = std::move(list);
  if (!ctx.facts().empty()) report["facts"] = std::move(ctx.facts());
  if (!ctx.plan().empty()) report["plan"] = std::move(ctx.plan());
  if (counts) *counts = c;
  if (!sensitive.empty()) {
    std::vector<std::pair<std::string, std::string>> masks;
    for (const auto& v : sensitive) masks.emplace_back(v, MaskId(v));
    MaskStrings(report, masks);
  }
  return report;
}

}  // namespace beian
