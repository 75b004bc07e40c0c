#include "core/engine/report.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "core/check.h"
#include "core/facts/site_pages.h"
#include "core/ids.h"
#include "core/json.h"
#include "core/mem.h"

namespace beian {

namespace {

// Every occurrence of each raw ID in `s` replaced by its masked form.
void MaskString(std::string& s, const std::vector<std::pair<std::string, std::string>>& masks) {
  for (const auto& [raw, masked] : masks) {
    for (size_t at = s.find(raw); at != std::string::npos; at = s.find(raw, at + masked.size()))
      s.replace(at, raw.size(), masked);
  }
}

// `shortest`: the length of the shortest raw ID (a shorter string holds none).
void MaskStrings(json& v, const std::vector<std::pair<std::string, std::string>>& masks,
                 size_t shortest) {
  if (v.is_string()) {
    std::string& s = v.get_ref<std::string&>();
    if (s.size() >= shortest) MaskString(s, masks);
  } else if (v.is_object() || v.is_array()) {
    for (auto& child : v) MaskStrings(child, masks, shortest);
  }
}

using Masks = std::vector<std::pair<std::string, std::string>>;

// Writes the report; every string value goes through the ID masks (MaskStrings does the same
// for the members that are JSON documents).
class ReportWriter {
 public:
  explicit ReportWriter(const Masks& masks) : masks_(masks) {
    // room for a report as long as this thread's last one (a batch's reports are ~18 KB: grown
    // from a small buffer, each was copied three times on the way)
    out_.reserve(std::max<size_t>(4096, LastSize() + LastSize() / 8));
    for (const auto& m : masks_) {
      shortest_mask_ = std::min(shortest_mask_, m.first.size());
      for (char ch : m.first)
        if (ch < 0x20 || ch > 0x7E || ch == '"' || ch == '\\') written_as_is_ = false;
    }
  }

  // Members of one object, in byte order of their keys (as nlohmann's sorted objects).
  void Open(char c) {
    out_ += c;
    first_ = true;
  }
  void Close(char c) {
    out_ += c;
    first_ = false;
  }
  // The report's own keys (plain ASCII names, as literals): written with the comma before them
  // in one append.
  template <size_t N>
  void Key(const char (&key)[N]) {
    static_assert(N <= 60, "a report key is a short name");
    OwnKey(key, N - 1);
  }
  void OwnKey(const char* key, size_t size) {
    char buf[64];
    size_t n = 0;
    if (!first_) buf[n++] = ',';
    buf[n++] = '"';
    std::memcpy(buf + n, key, size);
    n += size;
    buf[n++] = '"';
    buf[n++] = ':';
    out_.append(buf, n);
    first_ = true;  // the value follows without a comma
  }
  void Key(const std::string& key) {  // any key (placeholder names), escaped
    Comma();
    AppendJsonString(key, &out_);
    out_ += ':';
    first_ = true;
  }
  void Comma() {
    if (!first_) out_ += ',';
    first_ = false;
  }
  void String(const std::string& s) {
    Comma();
    if (unmasked_ || !AnyMaskIn(s)) {
      AppendJsonString(s, &out_);
      return;
    }
    masked_ = s;
    MaskString(masked_, masks_);
    ++masked_strings_;
    AppendJsonString(masked_, &out_);
  }
  void Number(long long v) {
    Comma();
    out_ += std::to_string(v);
  }
  // A member kept as a JSON document (facts, plan, ...); `extra`: one more member of the
  // object `v`, written from its bytes.
  void Document(const json& v, const ReportMember& extra = {}) {
    Comma();
    if (masks_.empty()) {
      Append(v, extra);
      return;
    }
    // Raw IDs of printable ASCII other than '"' and '\\' (ID numbers) are written as they are
    // wherever a string holds them (AppendJson copies such bytes, also around bytes that are not
    // UTF-8), so the written bytes tell whether a string needs masking: most documents need none,
    // and are then written once without a walk through their strings first.
    const size_t at = out_.size();
    if (written_as_is_) {
      Append(v, extra);
      if (!AnyMaskIn(Since(at))) return;
      out_.resize(at);
    }
    json masked = v;
    if (extra.key) masked[extra.key] = *extra.value;
    MaskStrings(masked, masks_, shortest_mask_);
    AppendJson(masked, &out_);
  }
  std::string Take() {
    LastSize() = out_.size();
    return std::move(out_);
  }

 private:
  // `v` with `extra` among its members in key order (as nlohmann's object would hold it).
  void Append(const json& v, const ReportMember& extra) {
    if (!extra.key || !v.is_object() || v.contains(extra.key)) {
      AppendJson(v, &out_);
      return;
    }
    out_ += '{';
    bool first = true, placed = false;
    auto put_extra = [&] {
      if (!first) out_ += ',';
      first = false;
      AppendJsonString(extra.key, &out_);
      out_ += ':';
      out_ += *extra.written;
      placed = true;
    };
    for (const auto& [key, item] : v.get_ref<const json::object_t&>()) {
      if (!placed && std::string_view(extra.key) < key) put_extra();
      if (!first) out_ += ',';
      first = false;
      AppendJsonString(key, &out_);
      out_ += ':';
      AppendJson(item, &out_);
    }
    if (!placed) put_extra();
    out_ += '}';
  }

 public:
  // For FindingMemo: the bytes written since `at` (a size() taken before), bytes written before
  // appended as they are, and how many strings were written masked so far.
  size_t size() const { return out_.size(); }
  std::string_view Since(size_t at) const { return std::string_view(out_).substr(at); }
  void Raw(std::string_view bytes) {
    out_.append(bytes.data(), bytes.size());
    first_ = false;
  }
  size_t masked_strings() const { return masked_strings_; }
  // Whether the raw IDs can be looked for in what was written instead of in each string first:
  // there are some, and each is written as it is (see Document).
  bool MasksFoundInWritten() const { return !masks_.empty() && written_as_is_; }
  void set_unmasked(bool on) { unmasked_ = on; }  // String writes without looking for IDs
  void Truncate(size_t at) { out_.resize(at); }
  // Whether a raw ID occurs in `bytes`: String masks a string exactly then.
  bool AnyMaskIn(std::string_view bytes) const {
    if (bytes.size() < shortest_mask_) return false;  // (most strings are shorter than an ID)
    for (const auto& m : masks_)
      if (bytes.find(m.first) != std::string_view::npos) return true;
    return false;
  }

 private:
  static size_t& LastSize() {
    thread_local size_t size = 0;
    return size;
  }
  const Masks& masks_;
  std::string out_, masked_;
  size_t shortest_mask_ = std::string::npos;
  bool written_as_is_ = true;  // every raw ID is printable ASCII without '"' and '\\'
  bool unmasked_ = false;
  bool first_ = true;
  size_t masked_strings_ = 0;
};

void WriteSpan(ReportWriter& w, const Span& s) {
  w.Comma();
  w.Open('{');
  w.Key("attachment");
  w.String(s.attachment);
  w.Key("length");
  w.Number(static_cast<long long>(s.length));
  w.Key("offset");
  w.Number(static_cast<long long>(s.offset));
  w.Close('}');
}

// One finding (after the comma); its members in byte order of their keys.
void WriteFindingObject(ReportWriter& w, const Finding& f) {
  w.Open('{');
  if (!f.also.empty()) {
    w.Key("also");
    w.Open('[');
    for (const auto& id : f.also) w.String(id);
    w.Close(']');
  }
  if (!f.args.empty()) {
    // As a JSON object: keys in byte order, a repeated key keeps its last value.
    // (a handful of placeholders: insertion sort, stable)
    std::vector<const std::pair<std::string, std::string>*> args;
    for (const auto& a : f.args) {
      args.push_back(&a);
      for (size_t k = args.size() - 1; k > 0 && args[k]->first < args[k - 1]->first; --k)
        std::swap(args[k], args[k - 1]);
    }
    w.Key("args");
    w.Open('{');
    for (size_t i = 0; i < args.size(); ++i) {
      if (i + 1 < args.size() && args[i + 1]->first == args[i]->first) continue;
      w.Key(args[i]->first);
      w.String(args[i]->second);
    }
    w.Close('}');
  }
  if (!f.category.empty()) w.Key("category"), w.String(f.category);
  if (!f.confidence.empty()) w.Key("confidence"), w.String(f.confidence);
  if (!f.evidence.empty()) w.Key("evidence"), w.String(f.evidence);
  if (!f.fix.empty()) w.Key("fix"), w.String(f.fix);
  w.Key("message");
  w.String(f.message);
  if (!f.message_id.empty()) w.Key("message_id"), w.String(f.message_id);
  w.Key("path");
  w.String(f.path);
  w.Key("rule");
  w.String(f.rule);
  w.Key("severity");
  w.String(SeverityName(f.severity));
  if (!f.source.empty()) w.Key("source"), w.String(f.source);
  if (f.span) {
    w.Key("span");
    WriteSpan(w, *f.span);
  }
  if (!f.spans.empty()) {
    w.Key("spans");
    w.Open('[');
    for (const auto& s : f.spans) WriteSpan(w, s);
    w.Close(']');
  }
  w.Close('}');
}

// WriteFindingObject with the IDs masked as String masks them, looked for once in the finding's
// written bytes (when MasksFoundInWritten) instead of in each of its strings before writing it: a
// finding that holds none (nearly all) is written once.
void WriteFindingMasked(ReportWriter& w, const Finding& f) {
  if (w.MasksFoundInWritten()) {
    const size_t at = w.size();
    w.set_unmasked(true);
    WriteFindingObject(w, f);
    w.set_unmasked(false);
    if (!w.AnyMaskIn(w.Since(at))) return;
    w.Truncate(at);
  }
  WriteFindingObject(w, f);
}

// Findings written before, kept with their JSON. Checks repeat findings: a batch writes the same
// notices (the info findings every application gets: 22 of the 25 findings of a bench
// application, each a few hundred bytes of Chinese to validate and escape) for every application,
// and the page checks again on every change with mostly the same findings. One memo per thread
// (the batch's workers each have theirs), 256 slots, a finding in the slot of its hash (a
// collision replaces the older one); a finding of more than 4 KB is not kept.
//
// A finding is reused only when every member WriteFindingObject writes is equal (Same: a member
// added to Finding and written there must be compared there too; FindingMemo.EveryMemberCounts in
// report_memo_test.cc changes each one). A finding in which a raw ID of its report occurs is
// written with its strings masked and not kept; a kept one is reused only when none of this
// report's IDs occurs in its JSON, which holds every ID its strings hold (an ID number is ASCII
// letters and digits, which JSON writes as they are).
class FindingMemo {
 public:
  static FindingMemo& ForThisThread() {
    thread_local FindingMemo memo;
    return memo;
  }
  void Write(ReportWriter& w, const Finding& f) {
    size_t bytes = 0;
    const uint64_t hash = Hash(f, &bytes);
    if (bytes > kMaxBytes) {
      WriteFindingMasked(w, f);
      return;
    }
    Slot& slot = slots_[hash & (kSlots - 1)];
    if (slot.used && slot.hash == hash && Same(slot.finding, f) && !w.AnyMaskIn(slot.json)) {
      w.Raw(slot.json);
      return;
    }
    const size_t at = w.size(), masked = w.masked_strings();
    WriteFindingMasked(w, f);
    if (w.masked_strings() != masked) return;
    // Kept the second time it is written (a finding of one application only, e.g. one that names
    // its domain, is not copied into the memo, and does not push out one that repeats).
    if (slot.seen != hash) {
      slot.seen = hash;
      return;
    }
    slot.used = true;
    slot.hash = hash;
    slot.finding = f;
    slot.json.assign(w.Since(at));
  }

 private:
  static constexpr size_t kSlots = 256, kMaxBytes = 4096;
  struct Slot {
    bool used = false;
    uint64_t seen = 0;  // the hash of the last finding written here but not kept
    uint64_t hash = 0;
    Finding finding;
    std::string json;
  };
  static bool Same(const Span& a, const Span& b) {
    return a.offset == b.offset && a.length == b.length && a.attachment == b.attachment;
  }
  static bool Same(const Finding& a, const Finding& b) {
    if (a.severity != b.severity || a.rule != b.rule || a.path != b.path ||
        a.message != b.message || a.fix != b.fix || a.source != b.source ||
        a.evidence != b.evidence || a.category != b.category || a.message_id != b.message_id ||
        a.confidence != b.confidence || a.also != b.also || a.args != b.args ||
        a.span.has_value() != b.span.has_value() || a.spans.size() != b.spans.size())
      return false;
    if (a.span && !Same(*a.span, *b.span)) return false;
    for (size_t i = 0; i < a.spans.size(); ++i)
      if (!Same(a.spans[i], b.spans[i])) return false;
    return true;
  }
  // A hash of the members that tell findings apart (Same compares them all), and the size of
  // all of them in `bytes`.
  static uint64_t Hash(const Finding& f, size_t* bytes) {
    uint64_t h = static_cast<uint64_t>(f.severity);
    auto mix = [&](uint64_t v) { h = mem::Mix(h, v); };
    mix(mem::HashBytes(f.rule));
    mix(mem::HashBytes(f.path));
    mix(mem::HashBytes(f.message));
    mix(mem::HashBytes(f.evidence));
    mix(f.span ? f.span->offset : f.spans.size());
    for (const auto& arg : f.args) mix(mem::HashBytes(arg.second));
    size_t n = f.rule.size() + f.path.size() + f.message.size() + f.fix.size() + f.source.size() +
               f.evidence.size() + f.category.size() + f.message_id.size() + f.confidence.size();
    for (const auto& a : f.also) n += a.size();
    for (const auto& [name, value] : f.args) n += name.size() + value.size();
    if (f.span) n += f.span->attachment.size();
    for (const auto& s : f.spans) n += s.attachment.size() + 16;
    *bytes = n;
    return h;
  }

  std::array<Slot, kSlots> slots_;
};

void WriteFinding(ReportWriter& w, const Finding& f) {
  w.Comma();
  FindingMemo::ForThisThread().Write(w, f);
}

// Drops the findings marked in `gone` (folded or merged into another), keeping the order.
// (the report works on pointers into the check's findings: sorting, folding and merging move
// 8-byte pointers, not ~400-byte findings)
using FindingList = std::vector<Finding*>;

void EraseMarked(FindingList& findings, const std::vector<bool>& gone) {
  size_t k = 0;
  for (size_t i = 0; i < findings.size(); ++i)
    if (!gone[i]) {
      if (k != i) findings[k] = findings[i];
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
void MergeRepeatedHits(FindingList& findings, const json& app) {
  std::vector<int> website(findings.size(), -1);
  for (size_t i = 0; i < findings.size(); ++i)
    if (findings[i]->span) website[i] = PageWebsite(app, *findings[i]->span);
  std::vector<bool> merged(findings.size(), false);
  bool any = false;
  for (size_t i = 0; i < findings.size(); ++i) {
    if (merged[i] || website[i] < 0) continue;
    Finding& host = *findings[i];
    for (size_t j = i + 1; j < findings.size(); ++j) {
      const Finding& f = *findings[j];
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

std::string BuildReport(std::vector<Finding>& all, Ctx& ctx, const RunCounts& run,
                        const FieldScope& fields, const std::vector<std::string>& sensitive,
                        const json* completeness, ReportCounts* counts) {
  // The findings in report order (stable: ties keep the order the rules emitted them in).
  FindingList findings(all.size());
  for (size_t i = 0; i < all.size(); ++i) findings[i] = &all[i];
  std::stable_sort(findings.begin(), findings.end(), [](const Finding* pa, const Finding* pb) {
    const Finding& a = *pa;
    const Finding& b = *pb;
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
    const RuleDef* def = pack.Find(findings[i]->rule);
    if (!def || def->restates.empty() || folded[i]) continue;
    const auto& r = def->restates;
    for (size_t j = 0; j < findings.size(); ++j) {
      if (j == i || findings[j]->path != findings[i]->path) continue;
      if (std::find(r.begin(), r.end(), findings[j]->rule) == r.end()) continue;
      size_t host = j;  // a finding already folded: follow it to the one that stays
      while (folded[host]) host = into[host];
      if (host == i) continue;
      // Never fold a more serious finding into a milder one (a block stays a block).
      if (static_cast<int>(findings[i]->severity) < static_cast<int>(findings[host]->severity))
        continue;
      // The folded finding's own `also` moves along (SEED-009 → CNT-004 → CNT-005).
      auto& also = findings[host]->also;
      std::vector<std::string> moved = findings[i]->also;
      moved.insert(moved.begin(), findings[i]->rule);
      for (auto& id : moved)
        if (id != findings[host]->rule && std::find(also.begin(), also.end(), id) == also.end())
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
                                  [&](const Finding* f) { return !FindingUnder(*f, fields); }),
                   findings.end());
  }
  ReportCounts c;
  for (const Finding* f : findings) {
    if (f->severity == Severity::kBlock) ++c.block;
    if (f->severity == Severity::kWarn) ++c.warn;
    if (f->severity == Severity::kInfo) ++c.info;
  }
  c.verdict = c.block ? "blocked" : c.warn ? "at_risk" : "ready";
  if (counts) *counts = c;
  Masks masks;
  for (const auto& v : sensitive) masks.emplace_back(v, MaskId(v));
  // The members in byte order of their keys.
  ReportWriter w(masks);
  w.Open('{');
  if (!ctx.applicability().empty()) w.Key("applicability"), w.Document(ctx.applicability());
  if (completeness) w.Key("completeness"), w.Document(*completeness);
  w.Key("engine");
  w.Open('{');
  w.Key("rulepack_version");
  w.String(ctx.pack().version());
  w.Key("version");
  w.String(EngineVersion());
  w.Close('}');
  if (!ctx.facts().empty()) w.Key("facts"), w.Document(ctx.facts());
  w.Key("findings");
  w.Open('[');
  for (const Finding* f : findings) WriteFinding(w, *f);
  w.Close(']');
  if (const json* plan = ctx.plan(); plan && !plan->empty())
    w.Key("plan"), w.Document(*plan, ctx.plan_extra());
  w.Key("schema_version");
  w.Number(1);
  w.Key("summary");
  w.Open('{');
  w.Key("block");
  w.Number(c.block);
  w.Key("info");
  w.Number(c.info);
  w.Key("rules_evaluated");
  w.Number(run.evaluated);
  w.Key("rules_skipped");
  w.Number(run.skipped);
  w.Key("warn");
  w.Number(c.warn);
  w.Close('}');
  w.Key("today");
  w.String(ctx.today().ToString());
  w.Key("verdict");
  w.String(c.verdict);
  w.Close('}');
  return w.Take();
}

}  // namespace beian
