#include "core/check.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <iterator>
#include <map>

#include "core/engine.h"
#include "core/province.h"
#include "core/resources.h"
#include "core/utf8.h"

namespace beian {

const char* EngineVersion() { return BEIAN_VERSION; }

namespace {

// Byte offset of the first place where nesting exceeds `max_depth`, or npos.
size_t DepthExceeded(std::string_view text, int max_depth) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > max_depth) return i;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return std::string_view::npos;
}

std::string TypeName(const json& v) {
  switch (v.type()) {
    case json::value_t::object:
      return "object";
    case json::value_t::array:
      return "array";
    case json::value_t::string:
      return "string";
    case json::value_t::boolean:
      return "boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
      return "integer";
    case json::value_t::number_float:
      return "number";
    case json::value_t::null:
      return "null";
    default:
      return "unknown";
  }
}

bool TypeMatches(const std::string& type, const json& v) {
  if (type == "object") return v.is_object();
  if (type == "array") return v.is_array();
  if (type == "string") return v.is_string();
  if (type == "boolean") return v.is_boolean();
  if (type == "integer")
    return v.is_number_integer() ||
           (v.is_number_float() &&
            v.get<double>() == static_cast<double>(static_cast<long long>(v.get<double>())));
  if (type == "number") return v.is_number();
  if (type == "null") return v.is_null();
  return true;
}

std::string EscapeToken(const std::string& key) {
  std::string out;
  for (char c : key) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

std::string Preview(const json& v) {
  std::string s = v.is_string() ? v.get<std::string>() : Dump(v);
  if (s.size() > 60) {
    size_t cut = 60;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    s = s.substr(0, cut) + "…";
  }
  return s;
}

// application.schema.json compiled once into a tree of nodes ($ref resolved, keywords looked up
// once), so that validating an application costs no schema lookups.
struct SchemaNode {
  struct Alt {
    const SchemaNode* node = nullptr;
    int kind = 0;  // 0: no "type" (always taken), 1: "type" is a string, 2: never taken
    std::string type;
  };
  bool has_one_of = false;
  std::vector<Alt> one_of;
  const json* constant = nullptr;
  std::string type;  // empty: any
  const json* enumeration = nullptr;
  const json* minimum = nullptr;
  bool date = false;
  bool has_properties = false;
  std::map<std::string, const SchemaNode*, std::less<>> properties;
  std::vector<std::string> required;
  bool has_items = false;
  const SchemaNode* items = nullptr;
};

class CompiledSchema {
 public:
  explicit CompiledSchema(const json& schema) : schema_(schema) { root_ = Compile(schema); }
  const SchemaNode* root() const { return root_; }

 private:
  const json* Resolve(const json& node) const {
    const json* n = &node;
    for (int guard = 0; guard < 8 && n->is_object(); ++guard) {
      auto ref = n->find("$ref");
      if (ref == n->end() || !ref->is_string()) break;
      std::string r = ref->get<std::string>();
      if (r.rfind("#", 0) != 0) return nullptr;
      n = At(schema_, r.substr(1));
      if (!n) return nullptr;
    }
    return n;
  }

  const SchemaNode* Compile(const json& node) {
    const json* n = Resolve(node);
    if (!n || !n->is_object()) return nullptr;
    if (auto it = done_.find(n); it != done_.end()) return it->second;
    SchemaNode* out = &nodes_.emplace_back();
    done_[n] = out;
    if (auto one = n->find("oneOf"); one != n->end() && one->is_array()) {
      out->has_one_of = true;
      for (const auto& alt : *one) {
        const json* a = Resolve(alt);
        if (!a || !a->is_object()) continue;
        SchemaNode::Alt x;
        auto t = a->find("type");
        x.kind = t == a->end() ? 0 : t->is_string() ? 1 : 2;
        if (x.kind == 1) x.type = t->get<std::string>();
        x.node = Compile(*a);
        out->one_of.push_back(std::move(x));
      }
      return out;  // Walk dispatches to an alternative and reads nothing else
    }
    if (auto c = n->find("const"); c != n->end()) out->constant = &*c;
    if (auto t = n->find("type"); t != n->end() && t->is_string())
      out->type = t->get<std::string>();
    if (auto e = n->find("enum"); e != n->end() && e->is_array()) out->enumeration = &*e;
    if (auto m = n->find("minimum"); m != n->end() && m->is_number()) out->minimum = &*m;
    if (auto f = n->find("format"); f != n->end() && *f == "date") out->date = true;
    if (auto p = n->find("properties"); p != n->end() && p->is_object()) {
      out->has_properties = true;
      for (auto it = p->begin(); it != p->end(); ++it)
        out->properties[it.key()] = Compile(it.value());
    }
    if (auto r = n->find("required"); r != n->end() && r->is_array())
      for (const auto& k : *r)
        if (k.is_string()) out->required.push_back(k.get<std::string>());
    if (auto items = n->find("items"); items != n->end()) {
      out->has_items = true;
      out->items = Compile(*items);
    }
    return out;
  }

  const json& schema_;
  const SchemaNode* root_ = nullptr;
  std::deque<SchemaNode> nodes_;
  std::map<const json*, SchemaNode*> done_;
};

// Walks the application against application.schema.json: reports unknown fields, wrong types,
// values outside an enum, bad dates, oversize texts and arrays, and removes the offending
// values (objects: erased; arrays: replaced by null so indices keep their meaning).
class Validator {
 public:
  explicit Validator(Ctx& ctx) : ctx_(ctx) {
    // INPUT-010: code point ranges that never belong in a form entry (pack params).
    if (const RuleDef* def = ctx.pack().Find("INPUT-010"); def && def->params.is_object()) {
      for (const auto& r : def->params.value("ranges", json::array())) {
        if (!r.is_array() || r.size() != 2 || !r[0].is_string() || !r[1].is_string()) continue;
        char* end = nullptr;
        unsigned long from = std::strtoul(r[0].get_ref<const std::string&>().c_str(), &end, 16);
        unsigned long to = std::strtoul(r[1].get_ref<const std::string&>().c_str(), &end, 16);
        if (from <= to) odd_ranges_.emplace_back(from, to);
      }
      for (const auto& p : def->params.value("skip", json::array()))
        if (p.is_string()) odd_skip_.push_back(p.get<std::string>());
      if (auto m = def->params.find("max_listed"); m != def->params.end() && m->is_number_integer())
        odd_listed_ = std::max(1, m->get<int>());
      // Sorted and merged for a binary search; ASCII answered from a table.
      std::sort(odd_ranges_.begin(), odd_ranges_.end());
      std::vector<std::pair<unsigned long, unsigned long>> merged;
      for (const auto& r : odd_ranges_) {
        if (!merged.empty() && r.first <= merged.back().second + 1)
          merged.back().second = std::max(merged.back().second, r.second);
        else
          merged.push_back(r);
      }
      odd_ranges_ = std::move(merged);
      for (unsigned long cp = 0; cp < 128; ++cp) odd_ascii_[cp] = InRanges(cp);
    }
  }

  void Walk(json& value, const SchemaNode* n, const std::string& path) {
    if (!n) return;
    if (n->has_one_of) {
      for (const auto& alt : n->one_of) {
        if (alt.kind == 0 || (alt.kind == 1 && TypeMatches(alt.type, value))) {
          Walk(value, alt.node, path);
          return;
        }
      }
      std::string expected;
      for (const auto& alt : n->one_of)
        if (alt.kind == 1) expected += (expected.empty() ? "" : " | ") + alt.type;
      Report("INPUT-002", path, {{"expected", expected}, {"actual", TypeName(value)}},
             Preview(value));
      Remove();
      return;
    }
    if (n->constant && value != *n->constant) {
      Report("INPUT-003", path, {{"allowed", Dump(*n->constant)}, {"value", Preview(value)}},
             Preview(value));
      Remove();
      return;
    }
    if (!n->type.empty() && !TypeMatches(n->type, value)) {
      Report("INPUT-002", path, {{"expected", n->type}, {"actual", TypeName(value)}},
             Preview(value));
      Remove();
      return;
    }
    if (const json* e = n->enumeration) {
      if (std::find(e->begin(), e->end(), value) == e->end()) {
        std::string allowed;
        for (const auto& x : *e)
          allowed +=
              (allowed.empty() ? "" : ", ") + (x.is_string() ? x.get<std::string>() : Dump(x));
        Report("INPUT-003", path, {{"allowed", allowed}, {"value", Preview(value)}},
               Preview(value));
        Remove();
        return;
      }
    }
    if (const json* m = n->minimum; m && value.is_number()) {
      if (value.get<double>() < m->get<double>()) {
        Report("INPUT-003", path, {{"allowed", ">= " + Dump(*m)}, {"value", Dump(value)}},
               Dump(value));
        Remove();
        return;
      }
    }
    if (value.is_string()) {
      const std::string& text = value.get_ref<const std::string&>();
      if (n->date && !Date::Parse(text)) {
        Report("INPUT-005", path, {{"value", Preview(value)}}, Preview(value));
        Remove();
        return;
      }
      if (!odd_ranges_.empty()) OddCharacters(text, path);
      if (text.size() > kMaxAttachmentBytes) {
        Report("INPUT-007", path,
               {{"size", std::to_string(text.size() >> 20)},
                {"limit", std::to_string(kMaxAttachmentBytes >> 20)}},
               "");
        Remove();
        return;
      }
    }
    if (value.is_object()) {
      std::vector<std::string> drop;
      for (auto it = value.begin(); it != value.end(); ++it) {
        std::string child = path + "/" + EscapeToken(it.key());
        auto prop = n->properties.find(it.key());
        if (!n->has_properties || prop == n->properties.end()) {
          Report("INPUT-001", child, {{"field", it.key()}}, it.key());
          drop.push_back(it.key());
          continue;
        }
        remove_ = false;
        Walk(*it, prop->second, child);
        if (remove_) drop.push_back(it.key());
      }
      for (const auto& k : drop) value.erase(k);
      remove_ = false;
      for (const auto& k : n->required) {
        if (!value.contains(k))
          Report("INPUT-004", path + "/" + EscapeToken(k), {{"field", k}}, "");
      }
    } else if (value.is_array()) {
      if (value.size() > kMaxArrayItems) {
        Report("INPUT-006", path,
               {{"count", std::to_string(value.size())}, {"limit", std::to_string(kMaxArrayItems)}},
               "");
        value.erase(value.begin() + kMaxArrayItems, value.end());
      }
      if (n->has_items) {
        for (size_t i = 0; i < value.size(); ++i) {
          remove_ = false;
          Walk(value[i], n->items, path + "/" + std::to_string(i));
          if (remove_) value[i] = nullptr;
        }
      }
      remove_ = false;
    }
  }

 private:
  // INPUT-010: emoji, direction marks, zero-width and control characters in a form entry.
  bool InRanges(unsigned long cp) const {
    auto it = std::upper_bound(odd_ranges_.begin(), odd_ranges_.end(),
                               std::make_pair(cp, ~0UL));  // first range starting after cp
    return it != odd_ranges_.begin() && cp <= std::prev(it)->second;
  }

  void OddCharacters(const std::string& text, const std::string& path) {
    for (const auto& skip : odd_skip_)
      if (path.compare(0, skip.size(), skip) == 0) return;
    int count = 0;
    std::string listed;
    for (size_t i = 0; i < text.size();) {
      unsigned char c = static_cast<unsigned char>(text[i]);
      size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
      if (i + len > text.size()) len = text.size() - i;
      unsigned long cp = len == 1 ? c : c & (0xFF >> (len + 1));
      for (size_t k = 1; k < len; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
      i += len;
      if (cp == '\t' || cp == '\n' || cp == '\r') continue;
      if (!(cp < 128 ? odd_ascii_[cp] : InRanges(cp))) continue;
      if (++count <= odd_listed_) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "U+%04lX", cp);
        listed += (listed.empty() ? "" : ", ") + std::string(buf);
      }
    }
    if (!count) return;
    if (count > odd_listed_) listed += ", …";
    Report("INPUT-010", path, {{"count", std::to_string(count)}, {"chars", listed}}, listed);
  }

  void Remove() { remove_ = true; }
  void Report(const char* rule, const std::string& path, const Vars& vars,
              const std::string& evidence) {
    if (++reported_ > kMaxInputFindings) return;
    EmitOptions o;
    o.rule = rule;
    o.evidence = evidence;
    ctx_.Emit(path, vars, o);
  }

  static constexpr int kMaxInputFindings = 200;
  Ctx& ctx_;
  bool remove_ = false;
  int reported_ = 0;
  std::vector<std::pair<unsigned long, unsigned long>> odd_ranges_;  // sorted, disjoint
  bool odd_ascii_[128] = {};
  std::vector<std::string> odd_skip_;
  int odd_listed_ = 3;
};

const json& ApplicationSchema() {
  static const json* schema = [] {
    std::string_view text = Resource("application_schema");
    json* j = new json(json::parse(text.begin(), text.end(), nullptr, false));
    if (j->is_discarded()) *j = json::object();
    return j;
  }();
  return *schema;
}

const SchemaNode* CompiledApplicationSchema() {
  static const CompiledSchema* compiled = new CompiledSchema(ApplicationSchema());
  return compiled->root();
}

int SeverityRank(Severity s) { return static_cast<int>(s); }

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
  if (f.span) {
    j["span"] = {
        {"attachment", f.span->attachment}, {"offset", f.span->offset}, {"length", f.span->length}};
  }
  return j;
}

CheckResult Fail(std::string error) {
  CheckResult r;
  r.ok = false;
  r.error = std::move(error);
  return r;
}

CheckResult CheckImpl(std::string_view input, const CheckOptions& options) {
  const RulePack& pack = options.pack ? *options.pack : RulePack::Builtin();
  if (input.size() > kMaxInputBytes) {
    return Fail("input is " + std::to_string(input.size() >> 20) + " MB; the limit is " +
                std::to_string(kMaxInputBytes >> 20) + " MB");
  }
  // Invalid UTF-8 is repaired (U+FFFD) and reported, so that nothing else is lost.
  Utf8Report utf8 = ScanUtf8(input);
  std::string repaired;
  std::string_view text = input;
  if (utf8.invalid_count > 0) {
    repaired = RepairUtf8(input);
    text = repaired;
  }
  size_t deep = DepthExceeded(text, kMaxDepth);
  if (deep != std::string_view::npos) {
    return Fail("JSON nested deeper than " + std::to_string(kMaxDepth) + " levels at byte " +
                std::to_string(deep));
  }
  json app = json::parse(text.begin(), text.end(), nullptr, false);
  if (app.is_discarded()) {
    // Re-parse with a handler that tells where the syntax error is.
    std::string where;
    struct Sax : nlohmann::json_sax<json> {
      std::string* where;
      bool null() override { return true; }
      bool boolean(bool) override { return true; }
      bool number_integer(number_integer_t) override { return true; }
      bool number_unsigned(number_unsigned_t) override { return true; }
      bool number_float(number_float_t, const string_t&) override { return true; }
      bool string(string_t&) override { return true; }
      bool binary(binary_t&) override { return true; }
      bool start_object(std::size_t) override { return true; }
      bool key(string_t&) override { return true; }
      bool end_object() override { return true; }
      bool start_array(std::size_t) override { return true; }
      bool end_array() override { return true; }
      bool parse_error(std::size_t pos, const std::string& token,
                       const nlohmann::detail::exception& ex) override {
        std::string msg = ex.what();
        size_t colon = msg.find("syntax error");
        *where = "byte " + std::to_string(pos > 0 ? pos - 1 : 0) + " (near '" +
                 token.substr(0, 20) +
                 "'): " + (colon == std::string::npos ? msg : msg.substr(colon));
        return false;
      }
    } sax;
    sax.where = &where;
    json::sax_parse(text.begin(), text.end(), &sax, nlohmann::detail::input_format_t::json, true);
    return Fail("not valid JSON at " + (where.empty() ? std::string("unknown position") : where));
  }
  if (!app.is_object()) {
    return Fail("the application must be a JSON object, got " + TypeName(app));
  }

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

  Ctx ctx(app, pack, *today, locale);
  if (utf8.invalid_count > 0) {
    EmitOptions o;
    o.rule = "INPUT-008";
    o.evidence = "byte " + std::to_string(utf8.first_invalid);
    ctx.Emit("",
             {{"offset", std::to_string(utf8.first_invalid)},
              {"count", std::to_string(utf8.invalid_count)}},
             o);
  }
  Validator validator(ctx);
  validator.Walk(app, CompiledApplicationSchema(), "");
  // Province may have been removed by validation: recompute through a fresh context.
  Ctx run(app, pack, *today, locale);
  run.set_field(options.field);
  for (auto& f : ctx.findings()) run.AddFinding(std::move(f));

  // Preparation steps only fill report.facts/plan/applicability, which a field check leaves out.
  if (options.field.empty()) {
    for (auto& [name, fn] : PrepareRegistry()) {
      (void)name;
      run.Begin(nullptr);
      fn(run);
    }
  }
  int evaluated = 0, skipped = 0;
  static const std::vector<const RuleImpl*> impls = [] {
    std::vector<const RuleImpl*> v;
    for (const auto& impl : RuleRegistry()) v.push_back(&impl);
    std::sort(v.begin(), v.end(),
              [](const RuleImpl* a, const RuleImpl* b) { return a->id < b->id; });
    return v;
  }();
  // The rules to run, per field: a field check runs only the rules that can report at or below
  // the field (pack "paths"). Cached in the pack, per field.
  auto& run_lists = pack.run_lists();
  auto to_run = run_lists.find(options.field);
  if (to_run == run_lists.end()) {
    if (run_lists.size() >= 256) run_lists.clear();
    RulePack::RunList l;
    for (size_t i = 0; i < impls.size(); ++i) {
      const RuleDef* def = pack.Find(impls[i]->id);
      if (def && def->evaluated && MayReportUnder(*def, options.field)) l.emplace_back(i, def);
    }
    to_run = run_lists.emplace(options.field, std::move(l)).first;
  }
  for (const auto& [slot, def] : to_run->second) {
    const RuleImpl* impl = impls[slot];
    if (!def->provinces.empty() && std::find(def->provinces.begin(), def->provinces.end(),
                                             run.province()) == def->provinces.end())
      continue;
    run.Begin(def);
    size_t before = run.findings().size();
    impl->fn(run);
    constexpr size_t kMaxPerRule = 100;
    if (run.findings().size() - before > kMaxPerRule) run.findings().resize(before + kMaxPerRule);
    if (run.skipped()) {
      ++skipped;
    } else {
      ++evaluated;
    }
  }

  std::vector<Finding>& findings = run.findings();
  if (!options.field.empty()) {
    findings.erase(
        std::remove_if(findings.begin(), findings.end(),
                       [&](const Finding& f) { return !PathIsUnder(f.path, options.field); }),
        findings.end());
  }
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    if (a.severity != b.severity) return SeverityRank(a.severity) < SeverityRank(b.severity);
    if (a.path != b.path) return a.path < b.path;
    if (a.rule != b.rule) return a.rule < b.rule;
    size_t ao = a.span ? a.span->offset : 0, bo = b.span ? b.span->offset : 0;
    if (ao != bo) return ao < bo;
    if (a.evidence != b.evidence) return a.evidence < b.evidence;
    return a.message < b.message;
  });

  CheckResult result;
  result.ok = true;
  json report = json::object();
  report["schema_version"] = 1;
  report["engine"] = {{"version", EngineVersion()}, {"rulepack_version", pack.version()}};
  report["today"] = today->ToString();
  json list = json::array();
  for (const auto& f : findings) {
    if (f.severity == Severity::kBlock) ++result.block;
    if (f.severity == Severity::kWarn) ++result.warn;
    if (f.severity == Severity::kInfo) ++result.info;
    list.push_back(FindingJson(f));
  }
  result.verdict = result.block ? "blocked" : result.warn ? "at_risk" : "ready";
  report["verdict"] = result.verdict;
  report["summary"] = {{"block", result.block},
                       {"warn", result.warn},
                       {"info", result.info},
                       {"rules_evaluated", evaluated},
                       {"rules_skipped", skipped}};
  if (!run.applicability().empty()) report["applicability"] = run.applicability();
  report["findings"] = std::move(list);
  if (!run.facts().empty()) report["facts"] = run.facts();
  if (!run.plan().empty()) report["plan"] = run.plan();
  result.report = Dump(report);
  return result;
}

}  // namespace

CheckResult Check(std::string_view input, const CheckOptions& options) {
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
  try {
    return CheckImpl(input, options);
  } catch (const std::exception& e) {
    return Fail(std::string("internal error: ") + e.what());
  } catch (...) {
    return Fail("internal error");
  }
#else
  return CheckImpl(input, options);
#endif
}

std::string RulesJson(const RulePack& pack, const std::string& province,
                      const std::string& locale) {
  int code = province.empty() ? 0 : ProvinceCode(province);
  std::vector<std::string> implemented;
  for (const auto& impl : RuleRegistry()) implemented.push_back(impl.id);
  json out = json::array();
  for (const auto& r : pack.rules()) {
    if (code && !r.provinces.empty() &&
        std::find(r.provinces.begin(), r.provinces.end(), code) == r.provinces.end())
      continue;
    bool has_code = std::find(implemented.begin(), implemented.end(), r.id) != implemented.end();
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
