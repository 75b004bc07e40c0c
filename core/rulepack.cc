#include "core/rulepack.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <utility>

#include "core/province.h"
#include "core/resources.h"

namespace beian {

const char* SeverityName(Severity s) {
  switch (s) {
    case Severity::kBlock:
      return "block";
    case Severity::kWarn:
      return "warn";
    case Severity::kInfo:
      return "info";
  }
  return "info";
}

std::optional<Severity> ParseSeverity(const std::string& s) {
  if (s == "block") return Severity::kBlock;
  if (s == "warn") return Severity::kWarn;
  if (s == "info") return Severity::kInfo;
  return std::nullopt;
}

Text ParseText(const json& v) {
  Text t;
  t.zh = TextIn(v, "zh-CN");
  t.en = TextIn(v, "en");
  return t;
}

// A text in one language, the other where it has none (one rule for ParseText and its callers).
std::string TextIn(const json& v, const std::string& locale) {
  if (v.is_string()) return v.get_ref<const std::string&>();
  if (!v.is_object()) return "";
  auto text = [&](const char* key) -> const std::string* {
    auto it = v.find(key);
    if (it == v.end() || !it->is_string() || it->get_ref<const std::string&>().empty())
      return nullptr;
    return &it->get_ref<const std::string&>();
  };
  const std::string* zh = text("zh-CN");
  const std::string* en = text("en");
  const std::string* pick = locale == "en" ? (en ? en : zh) : (zh ? zh : en);
  return pick ? *pick : "";
}

WordingLines::WordingLines(std::string_view text, std::string resource, std::string file)
    : resource_(std::move(resource)), file_(std::move(file)) {
  ForEachLine(text, [&](std::string_view l) { lines_.push_back(l); });
}

std::optional<std::string_view> WordingLines::Line(size_t n) const {
  std::lock_guard<std::mutex> lock(mu_);
  if (lines_.empty() && !resource_.empty())
    ForEachLine(Resource(resource_), [&](std::string_view l) { lines_.push_back(l); });
  if (lines_.empty()) return std::nullopt;
  return n < lines_.size() ? lines_[n] : std::string_view();
}

namespace {
thread_local std::string missing_wording;

// Calls f(key, text) for each record of a wording line (scripts/gen_pack.py wording_line:
// "key US text" records joined by RS); false when a record has no key.
template <typename F>
bool ForEachWordingRecord(std::string_view line, F f) {
  bool ok = true;
  for (size_t pos = 0; pos < line.size();) {
    size_t end = line.find('\x1e', pos);
    if (end == std::string_view::npos) end = line.size();
    std::string_view record = line.substr(pos, end - pos);
    size_t us = record.find('\x1f');
    if (us == 0 || us == std::string_view::npos) {
      ok = false;
    } else {
      f(record.substr(0, us), record.substr(us + 1));
    }
    pos = end + 1;
  }
  return ok;
}

std::map<std::string, std::string> ParseWordingLine(std::string_view line) {
  std::map<std::string, std::string> texts;
  ForEachWordingRecord(line, [&](std::string_view key, std::string_view text) {
    texts.emplace(std::string(key), std::string(text));
  });
  return texts;
}
}  // namespace

std::string TakeMissingWording() { return std::exchange(missing_wording, std::string()); }

namespace {
// A rule's parameters in the compiled pack (scripts/gen_pack.py compact_value). A value is
//   o<n>:  n members, each <bytes>:<key> then its value      a<n>:  n values
//   s<bytes>:<text>   u<digits>;   i-<digits>;   d<16 hex digits, the IEEE-754 bits>;
//   t  f  n           j<bytes>:<JSON text> (a string holding a tab, line break or separator)
// Strings are copied by their length: no escapes to undo and no character looked at one by one.
// The parameters a cold first check reads (~24 KB of 33) took 2 M instructions to parse as JSON
// natively; this reads them in 1.5 M, most of it building the JSON documents the rules read.
class CompactValueReader {
 public:
  explicit CompactValueReader(std::string_view s) : s_(s) {}
  // The one value the text holds; false when it is not exactly one value.
  bool ReadAll(json* out) { return Read(out, 0) && at_ == s_.size(); }

 private:
  static constexpr int kMaxDepth = 64;

  // Decimal digits up to `end` (which is passed over).
  bool Number(char end, uint64_t* n) {
    const size_t start = at_;
    uint64_t v = 0;
    for (; at_ < s_.size() && s_[at_] >= '0' && s_[at_] <= '9'; ++at_) {
      const uint64_t d = static_cast<uint64_t>(s_[at_] - '0');
      if (v > (UINT64_MAX - d) / 10) return false;
      v = v * 10 + d;
    }
    if (at_ == start || at_ >= s_.size() || s_[at_] != end) return false;
    ++at_;
    *n = v;
    return true;
  }
  // <bytes>:<that many bytes>
  bool Bytes(std::string_view* out) {
    uint64_t n;
    if (!Number(':', &n) || n > s_.size() - at_) return false;
    *out = s_.substr(at_, n);
    at_ += n;
    return true;
  }
  bool Read(json* out, int depth) {
    if (at_ >= s_.size() || depth > kMaxDepth) return false;
    std::string_view text;
    uint64_t n = 0;
    switch (s_[at_++]) {
      case 't':
        *out = true;
        return true;
      case 'f':
        *out = false;
        return true;
      case 'n':
        *out = nullptr;
        return true;
      case 's':
        if (!Bytes(&text)) return false;
        *out = std::string(text);
        return true;
      case 'j':
        if (!Bytes(&text)) return false;
        *out = json::parse(text, nullptr, false);
        return !out->is_discarded() && out->is_string();
      case 'u':
        if (!Number(';', &n)) return false;
        *out = static_cast<json::number_unsigned_t>(n);
        return true;
      case 'i':
        if (at_ >= s_.size() || s_[at_++] != '-' || !Number(';', &n) || n == 0 ||
            n > (uint64_t{1} << 63))
          return false;
        *out = static_cast<json::number_integer_t>(0 - n);  // (two's complement: INT64_MIN too)
        return true;
      case 'd': {
        if (s_.size() - at_ < 17 || s_[at_ + 16] != ';') return false;
        uint64_t bits = 0;
        for (size_t k = 0; k < 16; ++k) {
          const char c = s_[at_ + k];
          const int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
          if (d < 0) return false;
          bits = bits << 4 | static_cast<uint64_t>(d);
        }
        at_ += 17;
        double v;
        std::memcpy(&v, &bits, sizeof v);
        if (!std::isfinite(v)) return false;  // (JSON has none)
        *out = v;
        return true;
      }
      case 'a': {
        if (!Number(':', &n) || n > s_.size() - at_) return false;  // (a value takes a byte)
        *out = json::array();
        auto& items = out->get_ref<json::array_t&>();
        items.reserve(static_cast<size_t>(n));
        for (uint64_t k = 0; k < n; ++k) {
          items.emplace_back();
          if (!Read(&items.back(), depth + 1)) return false;
        }
        return true;
      }
      case 'o': {
        if (!Number(':', &n) || n > s_.size() - at_) return false;
        *out = json::object();
        auto& members = out->get_ref<json::object_t&>();
        for (uint64_t k = 0; k < n; ++k) {
          if (!Bytes(&text)) return false;
          if (!Read(&members[std::string(text)], depth + 1)) return false;
        }
        return true;
      }
      default:
        return false;
    }
  }

  std::string_view s_;
  size_t at_ = 0;
};
}  // namespace

bool DecodeCompactParams(std::string_view text, json* out) {
  json v;
  if (!CompactValueReader(text).ReadAll(&v) || !v.is_object()) return false;
  *out = std::move(v);
  return true;
}

RuleParams::RuleParams(json value) : lazy_(std::make_shared<Lazy>()) {
  std::call_once(lazy_->once, [&] { lazy_->value = std::move(value); });
}

RuleParams::RuleParams(std::string_view text) : lazy_(std::make_shared<Lazy>()) {
  lazy_->text = text;
}

const json& RuleParams::get() const {
  static const json kEmpty = json::object();
  if (!lazy_) return kEmpty;
  std::call_once(lazy_->once, [this] { DecodeCompactParams(lazy_->text, &lazy_->value); });
  return lazy_->value;
}

LazyWording::LazyWording(std::string_view zh_line, std::shared_ptr<const WordingLines> en,
                         size_t rule_no)
    : zh_line_(zh_line), en_(std::move(en)), rule_no_(rule_no) {}

LazyWording::~LazyWording() {
  for (auto& t : texts_) delete t.load();
}

const LazyWording::Texts& LazyWording::Parsed(bool en) const {
  if (const Texts* t = texts_[en].load(std::memory_order_acquire)) return *t;
  std::string_view line = zh_line_;
  if (en) {
    std::optional<std::string_view> l = en_ ? en_->Line(rule_no_) : std::nullopt;
    if (!l) {
      if (en_) missing_wording = en_->file();
      return Parsed(false);
    }
    line = *l;
  }
  const auto parsed = ParseWordingLine(line);
  auto fresh = std::make_unique<Texts>(parsed.begin(), parsed.end());
  const Texts* expected = nullptr;
  if (texts_[en].compare_exchange_strong(expected, fresh.get(), std::memory_order_acq_rel))
    return *fresh.release();
  return *expected;  // another thread was first
}

const std::string& LazyWording::Get(const std::string& key, const std::string& locale) const {
  static const std::string kEmpty;
  const Texts& texts = Parsed(locale == "en");
  auto it = texts.find(key);
  return it == texts.end() ? kEmpty : it->second;
}

namespace {
// A text of a rule of the built-in pack, read from the rule's lazily parsed wording.
Text LazyText(const std::shared_ptr<const LazyWording>& words, const std::string& key) {
  Text t;
  t.lazy = words;
  t.key = key;
  return t;
}

std::string StrField(const json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<long long>());
  return "";
}
}  // namespace

std::unique_ptr<RulePack> RulePack::Parse(std::string_view text, std::string* error) {
  json doc = json::parse(text.begin(), text.end(), nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    if (error) *error = "rule pack is not a JSON object";
    return nullptr;
  }
  auto pack = std::make_unique<RulePack>();
  pack->version_ = StrField(doc, "version");
  auto rules = doc.find("rules");
  if (rules == doc.end() || !rules->is_array()) {
    if (error) *error = "rule pack has no \"rules\" array";
    return nullptr;
  }
  for (auto& r : *rules) {  // (not const: params and lists are moved out of the document)
    if (!r.is_object()) continue;
    RuleDef d;
    d.id = StrField(r, "id");
    if (d.id.empty()) {
      if (error) *error = "a rule in the pack has no id";
      return nullptr;
    }
    d.category = StrField(r, "category");
    if (auto it = r.find("title"); it != r.end()) d.title = ParseText(*it);
    auto sev = ParseSeverity(StrField(r, "severity"));
    if (!sev) {
      if (error) *error = "rule " + d.id + " has no valid severity";
      return nullptr;
    }
    d.severity = *sev;
    d.confidence = StrField(r, "confidence");
    if (auto it = r.find("provinces"); it != r.end() && it->is_array()) {
      for (const auto& p : *it) {
        int code = 0;
        if (p.is_string()) code = ProvinceCode(p.get<std::string>());
        if (p.is_number_integer()) code = static_cast<int>(p.get<long long>());
        if (code > 0) d.provinces.push_back(code);
      }
    }
    if (auto it = r.find("source"); it != r.end()) d.source = ParseText(*it);
    if (auto it = r.find("message"); it != r.end()) d.message = ParseText(*it);
    if (auto it = r.find("fix"); it != r.end()) d.fix = ParseText(*it);
    if (auto it = r.find("variants"); it != r.end() && it->is_object()) {
      for (auto v = it->begin(); v != it->end(); ++v) {
        if (!v->is_object()) continue;
        RuleVariant var;
        if (auto s = v->find("severity"); s != v->end() && s->is_string())
          var.severity = ParseSeverity(s->get<std::string>());
        if (auto c = v->find("confidence"); c != v->end() && c->is_string())
          var.confidence = c->get<std::string>();
        if (auto m = v->find("message"); m != v->end()) var.message = ParseText(*m);
        if (auto f = v->find("fix"); f != v->end()) var.fix = ParseText(*f);
        d.variants[v.key()] = std::move(var);
      }
    }
    if (auto it = r.find("params"); it != r.end() && it->is_object())
      d.params_ = RuleParams(std::move(*it));
    if (auto it = r.find("evaluated"); it != r.end() && it->is_boolean())
      d.evaluated = it->get<bool>();
    if (auto it = r.find("engine"); it != r.end() && it->is_boolean()) d.engine = it->get<bool>();
    if (auto it = r.find("reason"); it != r.end()) d.reason = ParseText(*it);
    if (auto it = r.find("restates"); it != r.end() && it->is_array()) {
      for (const auto& id : *it)
        if (id.is_string()) d.restates.push_back(id.get<std::string>());
    }
    if (auto it = r.find("paths"); it != r.end() && it->is_array()) {
      for (const auto& p : *it)
        if (p.is_string()) d.paths.push_back(p.get<std::string>());
    }
    if (auto it = r.find("examples"); it != r.end() && it->is_array()) d.examples = *it;
    pack->index_[d.id] = pack->rules_.size();
    pack->rules_.push_back(std::move(d));
  }
  if (auto it = doc.find("lists"); it != doc.end() && it->is_object()) {
    for (auto l = it->begin(); l != it->end(); ++l) {
      std::vector<std::string> words;
      if (l->is_array())
        for (auto& w : *l)
          if (w.is_string()) words.push_back(std::move(w.get_ref<std::string&>()));
      pack->lists_[l.key()] = std::move(words);
    }
  }
  if (auto it = doc.find("messages"); it != doc.end() && it->is_object()) {
    for (auto m = it->begin(); m != it->end(); ++m) pack->messages_[m.key()] = ParseText(*m);
  }
  if (auto it = doc.find("plan"); it != doc.end() && it->is_object()) {
    for (auto m = it->begin(); m != it->end(); ++m) pack->plan_texts_[m.key()] = ParseText(*m);
  }
  if (auto it = doc.find("sources"); it != doc.end() && it->is_object()) {
    for (auto s = it->begin(); s != it->end(); ++s)
      if (s->is_string()) pack->sources_[s.key()] = s->get<std::string>();
  }
  return pack;
}

namespace {
// The fields of a line of the compact pack, split at `sep` ("" is one empty field).
std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  for (size_t pos = 0;;) {
    size_t end = s.find(sep, pos);
    out.push_back(s.substr(pos, end == std::string_view::npos ? s.size() - pos : end - pos));
    if (end == std::string_view::npos) break;
    pos = end + 1;
  }
  return out;
}

// A list field as strings (ForEachItem).
std::vector<std::string> Strings(std::string_view s) {
  std::vector<std::string> out;
  ForEachItem(s, [&](std::string_view item) { out.emplace_back(item); });
  return out;
}

// The TAB-separated fields of a line (at most kMax; size() is kMax + 1 when there are more).
struct Fields {
  static constexpr size_t kMax = 12;
  std::string_view f[kMax];
  size_t n = 0;
  explicit Fields(std::string_view line) {
    for (size_t pos = 0;;) {
      size_t end = line.find('\t', pos);
      if (n == kMax) {
        ++n;
        break;
      }
      f[n++] = line.substr(pos, end == std::string_view::npos ? line.size() - pos : end - pos);
      if (end == std::string_view::npos) break;
      pos = end + 1;
    }
  }
  size_t size() const { return n; }
  std::string_view operator[](size_t i) const { return f[i]; }
};
// A rule's R line of the compact pack, read by three functions: its fields but the variants,
// its variants, its texts (read from its wording line when first asked for). Each returns "" or
// why the line is not a rule. They are called through pointers no optimiser sees through, so that
// each stays a function of its own: inlined into the pack reader, they made one 11.8 KB
// WebAssembly function that V8 recompiled with TurboFan during every first check (70-126 ms of
// compile on the other core for code that runs once); apart, none runs long enough for V8 to
// recompile it.
std::string ReadRuleFields(const Fields& f, RuleDef& d) {
  d.id = std::string(f[1]);
  d.category = std::string(f[2]);
  auto sev = ParseSeverity(std::string(f[3]));
  if (d.id.empty() || !sev) return "rule " + d.id + " has no id or no valid severity";
  d.severity = *sev;
  d.confidence = std::string(f[4]);
  ForEachItem(f[5], [&](std::string_view p) {
    int code = 0;
    if (!p.empty() && p[0] == '#') {
      for (char c : p.substr(1)) {
        if (c < '0' || c > '9' || code > 1000000) {
          code = 0;
          break;
        }
        code = code * 10 + (c - '0');
      }
    } else {
      code = ProvinceCode(std::string(p));
    }
    if (code > 0) d.provinces.push_back(code);
  });
  d.paths = Strings(f[6]);
  d.restates = Strings(f[7]);
  d.evaluated = f[8].find('n') == std::string_view::npos;
  d.engine = f[8].find('g') != std::string_view::npos;
  if (!f[9].empty()) {  // read when first asked for (DecodeCompactParams)
    if (f[9].front() != 'o') return "rule " + d.id + " has parameters that are not an object";
    d.params_ = RuleParams(f[9]);
  }
  return "";
}

std::string ReadRuleVariants(std::string_view field,
                             const std::shared_ptr<const LazyWording>& words, RuleDef& d) {
  if (field.empty()) return "";
  for (std::string_view v : Split(field, '\x1e')) {
    std::vector<std::string_view> vf = Split(v, '\x1f');
    if (vf.size() != 3) return "rule " + d.id + " has a malformed variant";
    RuleVariant var;
    if (!vf[1].empty()) var.severity = ParseSeverity(std::string(vf[1]));
    var.confidence = std::string(vf[2]);
    std::string name(vf[0]);
    var.message = LazyText(words, "variants/" + name + "/message");
    var.fix = LazyText(words, "variants/" + name + "/fix");
    d.variants[name] = std::move(var);
  }
  return "";
}

void SetRuleTexts(const std::shared_ptr<const LazyWording>& words, RuleDef& d) {
  d.title = LazyText(words, "title");
  d.source = LazyText(words, "source");
  d.message = LazyText(words, "message");
  d.fix = LazyText(words, "fix");
  d.reason = LazyText(words, "reason");
}

std::string (*volatile const read_rule_fields)(const Fields&, RuleDef&) = &ReadRuleFields;
std::string (*volatile const read_rule_variants)(std::string_view,
                                                 const std::shared_ptr<const LazyWording>&,
                                                 RuleDef&) = &ReadRuleVariants;
void (*volatile const set_rule_texts)(const std::shared_ptr<const LazyWording>&,
                                      RuleDef&) = &SetRuleTexts;
}  // namespace

std::unique_ptr<RulePack> RulePack::ParseCompact(std::string_view text, std::string* error,
                                                 std::string_view wording,
                                                 std::string_view wording_en) {
  auto pack = std::make_unique<RulePack>();
  std::vector<std::string_view> lines;
  ForEachLine(wording, [&](std::string_view l) { lines.push_back(l); });
  std::string en_file;
  bool ok = true;
  auto fail = [&](const std::string& why) {
    if (ok && error) *error = "compiled rule pack: " + why;
    ok = false;
  };
  // Each line is read by a function of its own, called through a pointer no optimiser sees
  // through (see ReadRuleFields): the loops below stay small, and no function runs long enough
  // for V8 to recompile it. (Lambdas here to reach the pack's members.)
  using LineReader =
      std::string (*)(RulePack&, std::string_view, std::string*, std::vector<std::string_view>*);
  static LineReader volatile const read_line =
      [](RulePack& p, std::string_view line, std::string* en_file,
         std::vector<std::string_view>* rule_lines) -> std::string {
    Fields f(line);
    const std::string_view tag = f[0];
    if (tag == "V" && f.size() == 2) {
      p.version_ = std::string(f[1]);
    } else if (tag == "E" && f.size() == 2) {
      *en_file = std::string(f[1]);
    } else if (tag == "R" && f.size() == 11) {
      rule_lines->push_back(line);
    } else if (tag == "L" && f.size() == 3) {
      p.lists_[std::string(f[1])] = Strings(f[2]);
    } else if ((tag == "M" || tag == "P") && f.size() == 4) {
      Text t;
      t.zh = std::string(f[2]);
      t.en = std::string(f[3]);
      (tag == "M" ? p.messages_ : p.plan_texts_)[std::string(f[1])] = std::move(t);
    } else if (tag == "S" && f.size() == 3) {
      p.sources_[std::string(f[1])] = std::string(f[2]);
    } else {
      return "unexpected line \"" + std::string(line.substr(0, 40)) + "\"";
    }
    return "";
  };
  using RuleReader = std::string (*)(RulePack&, std::string_view, std::string_view, size_t);
  static RuleReader volatile const read_rule = [](RulePack& p, std::string_view line,
                                                  std::string_view zh, size_t rule_no) {
    Fields f(line);
    auto words = std::make_shared<LazyWording>(zh, p.wording_en_, rule_no);
    RuleDef& d = p.rules_.emplace_back();  // built in place (a pack that fails is dropped whole)
    std::string why = read_rule_fields(f, d);
    if (why.empty()) why = read_rule_variants(f[10], words, d);
    if (!why.empty()) return why;
    set_rule_texts(words, d);
    p.index_[d.id] = p.rules_.size() - 1;
    return std::string();
  };
  // The English lines are found when first needed, after the E line named their file.
  std::vector<std::string_view> rule_lines;
  ForEachLine(text, [&](std::string_view line) {
    if (ok) {
      std::string why = read_line(*pack, line, &en_file, &rule_lines);
      if (!why.empty()) fail(why);
    }
  });
  pack->wording_en_ = std::make_shared<WordingLines>(
      wording_en, wording_en.empty() ? "rulepack_wording_en" : "", en_file);
  pack->rules_.reserve(rule_lines.size());
  for (size_t rule_no = 0; ok && rule_no < rule_lines.size(); ++rule_no) {
    std::string why =
        read_rule(*pack, rule_lines[rule_no],
                  rule_no < lines.size() ? lines[rule_no] : std::string_view(), rule_no);
    if (!why.empty()) fail(why);
  }
  if (ok && pack->rules_.empty()) fail("no rules");
  if (!ok) return nullptr;
  return pack;
}

std::string RulePack::MissingWordingFile(const std::string& locale) const {
  if (locale != "en" || !wording_en_ || wording_en_->Line(0)) return "";
  return wording_en_->file();
}

std::string ProvideBuiltinWording(const std::string& file, std::string text) {
  const RulePack& pack = RulePack::Builtin();
  if (file.empty() || file != pack.MissingWordingFile("en"))
    return file == (pack.wording_en_ ? pack.wording_en_->file() : "") && !file.empty()
               ? ""  // already there
               : "not a wording file of this rule pack: " + file;
  size_t lines = 0;
  bool records = true;
  ForEachLine(text, [&](std::string_view l) {
    ++lines;
    records = records && !l.empty() && ForEachWordingRecord(l, [](auto, auto) {});
  });
  if (lines != pack.rules().size() || !records)
    return file + " is not the wording of this rule pack (one line of texts per rule)";
  ProvideResource("rulepack_wording_en", std::move(text));
  return "";
}

const RulePack& RulePack::Builtin() {
  static const RulePack* pack = [] {
    std::string error;
    auto p = ParseCompact(Resource("rulepack_compact"), &error, Resource("rulepack_wording"));
    if (!p) p = std::make_unique<RulePack>();
    return p.release();
  }();
  return *pack;
}

namespace {
// The reference tokens of a JSON Pointer ("" has none); escapes are kept as written.
std::vector<std::string_view> Tokens(std::string_view pointer) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < pointer.size() && pointer[i] == '/') {
    size_t next = pointer.find('/', i + 1);
    if (next == std::string_view::npos) next = pointer.size();
    out.push_back(pointer.substr(i + 1, next - i - 1));
    i = next;
  }
  return out;
}

bool TokenMatches(std::string_view pattern, std::string_view token) {
  return pattern == "*" || pattern == token;
}
}  // namespace

bool PathIsUnder(const std::string& path, const std::string& field) {
  if (field.empty()) return true;
  if (path.compare(0, field.size(), field) != 0) return false;
  return path.size() == field.size() || path[field.size()] == '/';
}

bool PathMatches(const std::vector<std::string>& patterns, const std::string& path) {
  auto q = Tokens(path);
  for (const auto& pattern : patterns) {
    auto p = Tokens(pattern);
    size_t i = 0;
    bool ok = true;
    for (; i < p.size(); ++i) {
      if (p[i] == "**" && i + 1 == p.size()) break;
      if (i >= q.size() || !TokenMatches(p[i], q[i])) {
        ok = false;
        break;
      }
    }
    if (ok && (i < p.size() || q.size() == p.size())) return true;
  }
  return false;
}

bool MayReportUnder(const RuleDef& rule, const std::string& field) {
  if (field.empty() || rule.paths.empty()) return true;
  auto f = Tokens(field);
  for (const auto& pattern : rule.paths) {
    auto p = Tokens(pattern);
    bool ok = true;
    for (size_t i = 0; i < f.size(); ++i) {
      if (i < p.size() && p[i] == "**" && i + 1 == p.size()) break;  // anything below
      if (i >= p.size() || !TokenMatches(p[i], f[i])) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}

bool MayReportUnderAny(const RuleDef& rule, const FieldScope& scope) {
  if (scope.empty()) return true;
  for (const auto& f : scope)
    if (MayReportUnder(rule, f)) return true;
  return false;
}

bool PathIsUnderAny(const std::string& path, const FieldScope& scope) {
  if (scope.empty()) return true;
  for (const auto& f : scope)
    if (PathIsUnder(path, f)) return true;
  return false;
}

const RuleDef* RulePack::Find(const std::string& id) const {
  auto it = index_.find(id);
  return it == index_.end() ? nullptr : &rules_[it->second];
}

const std::vector<std::string>& RulePack::List(const std::string& name) const {
  static const std::vector<std::string> kEmpty;
  auto it = lists_.find(name);
  return it == lists_.end() ? kEmpty : it->second;
}

namespace {
const WordMatcher& MatcherLocked(
    const RulePack& pack, std::unordered_map<std::string, std::unique_ptr<WordMatcher>>* matchers,
    const std::string& name) {
  auto it = matchers->find(name);
  if (it == matchers->end()) {
    it = matchers
             ->emplace(name,
                       std::make_unique<WordMatcher>(pack.List(name), pack.List(name + ":except")))
             .first;
  }
  return *it->second;
}
}  // namespace

const WordMatcher& RulePack::Matcher(std::string_view name) const {
  // A slot per name's hash on each thread (with --jobs 2, two threads taking the lock on every ask
  // moved its cache line between the cores ~56 times an application).
  struct Slot {
    uint64_t pack = 0;  // uid_ (0: empty)
    std::string name;
    const WordMatcher* matcher = nullptr;
  };
  thread_local std::array<Slot, 64> cache;
  Slot& s = cache[mem::HashBytes(name) % cache.size()];
  if (s.pack == uid_ && s.name == name) return *s.matcher;
  s.pack = 0;  // (empty until filled again)
  s.name = name;
  {
    std::lock_guard<std::mutex> hold(matchers_lock_);
    s.matcher = &MatcherLocked(*this, &matchers_, s.name);
  }
  s.pack = uid_;
  return *s.matcher;
}

const WordMatcherGroup& RulePack::MatcherGroup(const std::vector<std::string>& names,
                                               const std::vector<const WordMatcher*>& extra) const {
  std::lock_guard<std::mutex> hold(matchers_lock_);
  auto key = std::make_pair(names, extra);
  auto it = groups_.find(key);
  if (it == groups_.end()) {
    std::vector<const WordMatcher*> lists;
    for (const std::string& name : names) lists.push_back(&MatcherLocked(*this, &matchers_, name));
    lists.insert(lists.end(), extra.begin(), extra.end());
    it = groups_.emplace(key, std::make_unique<WordMatcherGroup>(std::move(lists))).first;
  }
  return *it->second;
}

const Text& RulePack::Message(const std::string& key) const {
  static const Text kEmpty;
  auto it = messages_.find(key);
  return it == messages_.end() ? kEmpty : it->second;
}

const Text& RulePack::PlanText(const std::string& key) const {
  static const Text kEmpty;
  auto it = plan_texts_.find(key);
  return it == plan_texts_.end() ? kEmpty : it->second;
}

}  // namespace beian
