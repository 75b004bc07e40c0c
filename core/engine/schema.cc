#include "core/engine/schema.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <iterator>
#include <map>

#include "core/check.h"
#include "core/engine/sniff.h"
#include "core/resources.h"
#include "core/utf8.h"

namespace beian {
namespace {

// A schema "type", read once when the schema is compiled (kAny: none, or one this walk does not
// know, which every value matches).
enum class TypeCode { kAny, kObject, kArray, kString, kBoolean, kInteger, kNumber, kNull };

TypeCode TypeCodeOf(const std::string& type) {
  if (type == "object") return TypeCode::kObject;
  if (type == "array") return TypeCode::kArray;
  if (type == "string") return TypeCode::kString;
  if (type == "boolean") return TypeCode::kBoolean;
  if (type == "integer") return TypeCode::kInteger;
  if (type == "number") return TypeCode::kNumber;
  if (type == "null") return TypeCode::kNull;
  return TypeCode::kAny;
}

bool TypeMatches(TypeCode type, const json& v) {
  switch (type) {
    case TypeCode::kObject:
      return v.is_object();
    case TypeCode::kArray:
      return v.is_array();
    case TypeCode::kString:
      return v.is_string();
    case TypeCode::kBoolean:
      return v.is_boolean();
    case TypeCode::kInteger: {
      if (v.is_number_integer()) return true;
      if (!v.is_number_float()) return false;
      // A whole number within the 64-bit range (12 months as 12.0); beyond it the value is not
      // taken as an integer (converting it would be undefined: found by the check fuzzer).
      double d = v.get<double>();
      return std::isfinite(d) && d >= -9.2e18 && d <= 9.2e18 && d == std::trunc(d);
    }
    case TypeCode::kNumber:
      return v.is_number();
    case TypeCode::kNull:
      return v.is_null();
    case TypeCode::kAny:
      break;
  }
  return true;
}

// Appends "/" and `key` as a JSON Pointer token (~ as ~0, / as ~1) to `path`.
void AppendToken(std::string& path, const std::string& key) {
  path += '/';
  if (key.find('~') == std::string::npos && key.find('/') == std::string::npos) {
    path += key;
    return;
  }
  for (char c : key) {
    if (c == '~') {
      path += "~0";
    } else if (c == '/') {
      path += "~1";
    } else {
      path += c;
    }
  }
}

std::string Preview(const json& v) {
  std::string s = v.is_string() ? v.get<std::string>() : Dump(v);
  if (s.size() > 60) s = std::string(Utf8Prefix(s, 60)) + "…";
  return s;
}

// application.schema.json compiled once into a tree of nodes ($ref resolved, keywords looked up
// once), so that validating an application costs no schema lookups.
struct SchemaNode {
  struct Alt {
    const SchemaNode* node = nullptr;
    int kind = 0;  // 0: no "type" (always taken), 1: "type" is a string, 2: never taken
    std::string type;
    TypeCode code = TypeCode::kAny;
  };
  bool has_one_of = false;
  std::vector<Alt> one_of;
  const json* constant = nullptr;
  std::string type;  // empty: any
  TypeCode code = TypeCode::kAny;
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
        x.code = TypeCodeOf(x.type);
        x.node = Compile(*a);
        out->one_of.push_back(std::move(x));
      }
      return out;  // Walk dispatches to an alternative and reads nothing else
    }
    if (auto c = n->find("const"); c != n->end()) out->constant = &*c;
    if (auto t = n->find("type"); t != n->end() && t->is_string())
      out->type = t->get<std::string>();
    out->code = TypeCodeOf(out->type);
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
// What validation reads from the pack on every check (INPUT-010's code point ranges, INPUT-012's
// upload signatures), derived once per pack (RulePack::Derived).
struct InputSetup {
  std::vector<std::pair<unsigned long, unsigned long>> odd_ranges;  // sorted, disjoint
  bool odd_ascii[128] = {};
  std::vector<uint64_t> odd_bmp;  // bit cp of the BMP: InRanges(cp)
  bool ascii_controls_only = false;
  std::vector<std::string> odd_skip;
  int odd_listed = 3;
  UploadSniffer sniffer;

  explicit InputSetup(const RulePack& pack) : sniffer(pack) {
    // INPUT-010: code point ranges that never belong in a form entry (pack params).
    const RuleDef* def = pack.Find("INPUT-010");
    if (!def || !def->params().is_object()) return;
    for (const auto& r : Member(def->params(), "ranges")) {
      if (!r.is_array() || r.size() != 2 || !r[0].is_string() || !r[1].is_string()) continue;
      char* end = nullptr;
      unsigned long from = std::strtoul(r[0].get_ref<const std::string&>().c_str(), &end, 16);
      unsigned long to = std::strtoul(r[1].get_ref<const std::string&>().c_str(), &end, 16);
      if (from <= to) odd_ranges.emplace_back(from, to);
    }
    for (const auto& p : Member(def->params(), "skip"))
      if (p.is_string()) odd_skip.push_back(p.get<std::string>());
    if (auto m = def->params().find("max_listed");
        m != def->params().end() && m->is_number_integer())
      odd_listed = std::max(1, m->get<int>());
    // Sorted and merged for a binary search; ASCII answered from a table.
    std::sort(odd_ranges.begin(), odd_ranges.end());
    std::vector<std::pair<unsigned long, unsigned long>> merged;
    for (const auto& r : odd_ranges) {
      if (!merged.empty() && r.first <= merged.back().second + 1)
        merged.back().second = std::max(merged.back().second, r.second);
      else
        merged.push_back(r);
    }
    odd_ranges = std::move(merged);
    for (unsigned long cp = 0; cp < 128; ++cp) odd_ascii[cp] = InRanges(cp);
    // The Basic Multilingual Plane as bits (8 KB): a form's Chinese text answered without a search.
    odd_bmp.assign(0x10000 / 64, 0);
    for (const auto& [from, to] : odd_ranges)
      for (unsigned long cp = from; cp <= to && cp < 0x10000; ++cp)
        odd_bmp[cp >> 6] |= uint64_t{1} << (cp & 63);
    // Whether only control characters (and DEL) of ASCII are odd: then 8 bytes of ASCII without
    // them are passed in one step.
    ascii_controls_only = true;
    for (unsigned long cp = 0x20; cp < 0x7F; ++cp)
      if (odd_ascii[cp]) ascii_controls_only = false;
  }

  bool Odd(unsigned long cp) const {
    if (cp < 128) return odd_ascii[cp];
    if (cp < 0x10000) return odd_bmp[cp >> 6] >> (cp & 63) & 1;
    return InRanges(cp);
  }

  // INPUT-010: emoji, direction marks, zero-width and control characters in a form entry.
  bool InRanges(unsigned long cp) const {
    auto it = std::upper_bound(odd_ranges.begin(), odd_ranges.end(),
                               std::make_pair(cp, ~0UL));  // first range starting after cp
    return it != odd_ranges.begin() && cp <= std::prev(it)->second;
  }
};

class Validator {
 public:
  Validator(Ctx& ctx, const FieldScope& fields)
      : ctx_(ctx),
        fields_(fields),
        setup_(ctx.pack().Derived<InputSetup>("engine.input_setup",
                                              [&] { return InputSetup(ctx.pack()); })) {}

  // `path`: the value's JSON Pointer; children's tokens are appended to it and removed again.
  void Walk(json& value, const SchemaNode* n, std::string& path) {
    if (!n) return;
    if (n->has_one_of) {
      for (const auto& alt : n->one_of) {
        if (alt.kind == 0 || (alt.kind == 1 && TypeMatches(alt.code, value))) {
          Walk(value, alt.node, path);
          return;
        }
      }
      return Misfit(kOneOf, value, n, path);
    }
    if (n->constant && value != *n->constant) return Misfit(kConst, value, n, path);
    if (!n->type.empty() && !TypeMatches(n->code, value)) return Misfit(kType, value, n, path);
    if (const json* e = n->enumeration) {
      if (std::find(e->begin(), e->end(), value) == e->end()) return Misfit(kEnum, value, n, path);
    }
    if (const json* m = n->minimum; m && value.is_number()) {
      if (value.get<double>() < m->get<double>()) return Misfit(kMinimum, value, n, path);
    }
    if (value.is_string()) {
      const std::string& text = value.get_ref<const std::string&>();
      if (n->date && !Date::Parse(text)) return Misfit(kDate, value, n, path);
      if (setup_.sniffer.active() && path.compare(0, 13, "/attachments/") == 0) {
        std::string kind = setup_.sniffer.KindOf(text);
        if (!kind.empty()) return Misfit(kUploadKind, value, n, path, kind);  // never read as text
      }
      if (!setup_.odd_ranges.empty() && PathIsUnderAny(path, fields_)) OddCharacters(text, path);
      if (text.size() > kMaxAttachmentBytes) return Misfit(kTooLong, value, n, path);
    }
    if (value.is_object()) {
      std::vector<std::string> drop;
      const size_t base = path.size();
      for (auto it = value.begin(); it != value.end(); ++it) {
        AppendToken(path, it.key());
        auto prop = n->properties.find(it.key());
        if (!n->has_properties || prop == n->properties.end()) {
          Misfit(kUnknownField, value, n, path, it.key());
          drop.push_back(it.key());
        } else {
          remove_ = false;
          Walk(*it, prop->second, path);
          if (remove_) drop.push_back(it.key());
        }
        path.resize(base);
      }
      for (const auto& k : drop) value.erase(k);
      remove_ = false;
      for (const auto& k : n->required) {
        if (!value.contains(k)) {
          AppendToken(path, k);
          Misfit(kMissingField, value, n, path, k);
          path.resize(base);
        }
      }
    } else if (value.is_array()) {
      if (value.size() > kMaxArrayItems) {
        Report("INPUT-006", path,
               {{"count", std::to_string(value.size())}, {"limit", std::to_string(kMaxArrayItems)}},
               "");
        value.erase(value.begin() + kMaxArrayItems, value.end());
      }
      if (n->has_items) {
        const size_t base = path.size();
        for (size_t i = 0; i < value.size(); ++i) {
          remove_ = false;
          path += '/';
          path += std::to_string(i);
          Walk(value[i], n->items, path);
          path.resize(base);
          if (remove_) value[i] = nullptr;
        }
      }
      remove_ = false;
    }
  }

 private:
  // What does not fit the schema: its finding, and the value removed (but for a field that is
  // missing or unknown). Apart from Walk, and called from several places of it (so that Binaryen
  // does not inline it back): Walk is the function V8 recompiles for every check's walk, and the
  // findings' code made it 9.9 KB of WebAssembly.
  enum MisfitKind {
    kOneOf,
    kConst,
    kType,
    kEnum,
    kMinimum,
    kDate,
    kUploadKind,
    kTooLong,
    kUnknownField,
    kMissingField
  };
  [[gnu::noinline]] void Misfit(MisfitKind kind, const json& value, const SchemaNode* n,
                                const std::string& path, const std::string& word = "") {
    switch (kind) {
      case kOneOf: {
        std::string expected;
        for (const auto& alt : n->one_of)
          if (alt.kind == 1) expected += (expected.empty() ? "" : " | ") + alt.type;
        Report("INPUT-002", path, {{"expected", expected}, {"actual", TypeName(value)}},
               Preview(value));
        break;
      }
      case kConst:
        Report("INPUT-003", path, {{"allowed", Dump(*n->constant)}, {"value", Preview(value)}},
               Preview(value));
        break;
      case kType:
        Report("INPUT-002", path, {{"expected", n->type}, {"actual", TypeName(value)}},
               Preview(value));
        break;
      case kEnum: {
        // The choices in the seller's words (x-labels); the codes stay in args.codes.
        std::string allowed, codes;
        for (const auto& x : *n->enumeration) {
          std::string code = x.is_string() ? x.get<std::string>() : Dump(x);
          std::string label = x.is_string() ? EnumLabel(path, code, ctx_.locale()) : code;
          allowed += (allowed.empty() ? "" : ctx_.locale() == "en" ? ", " : "、") + label;
          codes += (codes.empty() ? "" : ", ") + code;
        }
        Report("INPUT-003", path,
               {{"allowed", allowed}, {"codes", codes}, {"value", Preview(value)}}, Preview(value));
        break;
      }
      case kMinimum:
        Report("INPUT-003", path, {{"allowed", ">= " + Dump(*n->minimum)}, {"value", Dump(value)}},
               Dump(value));
        break;
      case kDate:
        Report("INPUT-005", path, {{"value", Preview(value)}}, Preview(value));
        break;
      case kUploadKind:
        Report("INPUT-012", path,
               {{"field", setup_.sniffer.FieldLabel(path, ctx_.locale())},
                {"kind", setup_.sniffer.KindLabel(word, ctx_.locale())}},
               word);
        break;
      case kTooLong:
        Report("INPUT-007", path,
               {{"size", std::to_string(value.get_ref<const std::string&>().size() >> 20)},
                {"limit", std::to_string(kMaxAttachmentBytes >> 20)}},
               "");
        break;
      case kUnknownField:
        Report("INPUT-001", path, {{"field", word}}, word);
        return;
      case kMissingField:
        Report("INPUT-004", path, {{"field", word}}, "");
        return;
    }
    Remove();
  }

  void OddCharacters(const std::string& text, const std::string& path) {
    for (const auto& skip : setup_.odd_skip)
      if (path.compare(0, skip.size(), skip) == 0) return;
    int count = 0;
    std::string listed;
    constexpr uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
    for (size_t i = 0; i < text.size();) {
      if (setup_.ascii_controls_only && i + 8 <= text.size()) {
        uint64_t x;
        std::memcpy(&x, text.data() + i, 8);
        // 8 ASCII characters, none a control character or DEL
        if (((x | (x + kOnes)) & kHighs) == 0 && ((x - kOnes * 0x20) & ~x & kHighs) == 0) {
          i += 8;
          continue;
        }
      }
      unsigned long cp = NextCodePoint(text, &i);
      if (cp == '\t' || cp == '\n' || cp == '\r') continue;
      if (!setup_.Odd(cp)) continue;
      if (++count <= setup_.odd_listed) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "U+%04lX", cp);
        listed += (listed.empty() ? "" : ", ") + std::string(buf);
      }
    }
    if (!count) return;
    if (count > setup_.odd_listed) listed += ", …";
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
  const FieldScope& fields_;  // a field check's fields (empty: full check)
  bool remove_ = false;
  int reported_ = 0;
  const InputSetup& setup_;
};

}  // namespace

const json& ApplicationSchema() {
  static const json* schema = [] {
    std::string_view text = Resource("application_schema");
    json* j = new json(json::parse(text.begin(), text.end(), nullptr, false));
    if (j->is_discarded()) *j = json::object();
    return j;
  }();
  return *schema;
}

namespace {
std::string EnumLabelUncached(const std::string& pointer, const std::string& value,
                              const std::string& locale) {
  const json& root = ApplicationSchema();
  auto resolve = [&](const json* n) {
    for (int guard = 0; guard < 8 && n && n->is_object(); ++guard) {
      auto ref = n->find("$ref");
      if (ref == n->end() || !ref->is_string()) break;
      std::string r = ref->get<std::string>();
      n = r.rfind("#", 0) == 0 ? At(root, r.substr(1)) : nullptr;
    }
    return n;
  };
  // The schema node of `pointer`: properties by name, items by index; a oneOf takes the first
  // alternative that has the step.
  const json* n = resolve(&root);
  size_t at = 0;
  while (n && at < pointer.size() && pointer[at] == '/') {
    size_t end = pointer.find('/', at + 1);
    std::string token = pointer.substr(at + 1, end == std::string::npos ? end : end - at - 1);
    at = end == std::string::npos ? pointer.size() : end;
    bool index = !token.empty() && token.find_first_not_of("0123456789") == std::string::npos;
    auto step = [&](const json* node) -> const json* {
      if (!node || !node->is_object()) return nullptr;
      if (index) return node->contains("items") ? resolve(&(*node)["items"]) : nullptr;
      const json* props = At(*node, "/properties");
      return props && props->is_object() && props->contains(token) ? resolve(&(*props)[token])
                                                                   : nullptr;
    };
    const json* next = step(n);
    if (!next && n->is_object() && n->contains("oneOf") && (*n)["oneOf"].is_array())
      for (const auto& alt : (*n)["oneOf"])
        if ((next = step(resolve(&alt)))) break;
    n = next;
  }
  if (!n || !n->is_object()) return value;
  const json* labels = At(*n, "/x-labels");
  if (!labels || !labels->is_object() || !labels->contains(value)) return value;
  const json& l = (*labels)[value];
  const std::string* text = Str(l, locale == "en" ? "/en" : "/zh-CN");
  if (!text || text->empty()) text = Str(l, "/zh-CN");
  return text && !text->empty() ? *text : value;
}
}  // namespace

std::string EnumLabel(const std::string& pointer, const std::string& value,
                      const std::string& locale) {
  // Rules ask for the same few labels on every check: kept per thread (the built-in schema
  // does not change); at most kKept entries, then the cache starts again.
  constexpr size_t kKept = 512;
  thread_local std::map<std::string, std::string, std::less<>> kept;
  std::string key = locale + '\n' + pointer + '\n' + value;
  if (auto it = kept.find(key); it != kept.end()) return it->second;
  std::string label = EnumLabelUncached(pointer, value, locale);
  if (kept.size() >= kKept) kept.clear();
  kept.emplace(std::move(key), label);
  return label;
}

namespace {

const SchemaNode* CompiledApplicationSchema() {
  static const CompiledSchema* compiled = new CompiledSchema(ApplicationSchema());
  return compiled->root();
}

}  // namespace

void ValidateApplication(json& app, Ctx& ctx, const FieldScope& fields) {
  Validator validator(ctx, fields);
  std::string root;
  validator.Walk(app, CompiledApplicationSchema(), root);
}

}  // namespace beian
