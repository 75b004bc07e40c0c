#include "core/engine/schema.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <map>
#include <optional>
#include <string_view>

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

// application.schema.json as compiled at build time (scripts/gen_schema_table.py: one line per
// node, $refs resolved, node 0 the root), read into a tree of nodes when first needed, so that a
// check neither parses the schema's JSON nor looks up a keyword.
struct SchemaNode {
  struct Alt {
    const SchemaNode* node = nullptr;
    int kind = 0;  // 0: no "type" (always taken), 1: "type" is a string, 2: never taken
    std::string type;
    TypeCode code = TypeCode::kAny;
  };
  struct Label {
    std::string_view value, zh, en;  // into the embedded table
  };
  bool has_one_of = false;
  std::vector<Alt> one_of;
  std::optional<json> constant;
  std::string type;  // empty: any
  TypeCode code = TypeCode::kAny;
  std::optional<json> enumeration;  // an array of strings
  std::optional<json> minimum;
  bool date = false;
  bool has_properties = false;
  std::map<std::string, const SchemaNode*, std::less<>> properties;
  std::vector<std::string> required;
  bool has_items = false;
  const SchemaNode* items = nullptr;
  std::vector<Label> labels;  // x-labels
};

// The RS-separated parts of an item, at most N (missing ones empty).
template <size_t N>
std::array<std::string_view, N> Parts(std::string_view item) {
  std::array<std::string_view, N> out{};
  for (size_t i = 0, pos = 0; i < N && pos <= item.size(); ++i) {
    size_t end = i + 1 == N ? std::string_view::npos : item.find('\x1e', pos);
    if (end == std::string_view::npos) end = item.size();
    out[i] = item.substr(pos, end - pos);
    pos = end + 1;
  }
  return out;
}

const SchemaNode* NodeOf(const std::vector<SchemaNode>& nodes, std::string_view number) {
  size_t n = 0;
  if (number.empty() || number.size() > 6) return nullptr;
  for (char c : number) {
    if (c < '0' || c > '9') return nullptr;
    n = n * 10 + static_cast<size_t>(c - '0');
  }
  return n < nodes.size() ? &nodes[n] : nullptr;
}

std::optional<json> Value(std::string_view text) {
  if (text.empty()) return std::nullopt;
  json v = json::parse(text.begin(), text.end(), nullptr, false);
  if (v.is_discarded()) return std::nullopt;
  return v;
}

// One node of the table (scripts/gen_schema_table.py): N type flags const minimum enum required
// properties items oneOf labels; `nodes`: all of them (for the numbers of children).
void ReadNode(std::string_view line, const std::vector<SchemaNode>& nodes, SchemaNode& out) {
  std::array<std::string_view, 11> f{};
  for (size_t i = 0, pos = 0; i < f.size() && pos <= line.size(); ++i) {
    size_t end = line.find('\t', pos);
    if (end == std::string_view::npos) end = line.size();
    f[i] = line.substr(pos, end - pos);
    pos = end + 1;
  }
  if (f[0] != "N") return;
  const std::string_view flags = f[2];
  auto flag = [&](char c) { return flags.find(c) != std::string_view::npos; };
  ForEachItem(f[10], [&](std::string_view item) {
    auto [value, zh, en] = Parts<3>(item);
    out.labels.push_back({value, zh, en});
  });
  if (flag('o')) {
    out.has_one_of = true;
    ForEachItem(f[9], [&](std::string_view item) {
      auto [kind, type, node] = Parts<3>(item);
      SchemaNode::Alt& alt = out.one_of.emplace_back();
      alt.kind = kind == "0" ? 0 : kind == "1" ? 1 : 2;
      alt.type = std::string(type);
      alt.code = TypeCodeOf(alt.type);
      alt.node = NodeOf(nodes, node);
    });
    return;  // Walk dispatches to an alternative and reads nothing else
  }
  out.type = std::string(f[1]);
  out.code = TypeCodeOf(out.type);
  out.constant = Value(f[3]);
  out.minimum = Value(f[4]);
  if (out.minimum && !out.minimum->is_number()) out.minimum.reset();
  if (flag('e')) {
    out.enumeration = json::array();
    ForEachItem(f[5], [&](std::string_view v) { out.enumeration->push_back(std::string(v)); });
  }
  out.date = flag('d');
  ForEachItem(f[6], [&](std::string_view k) { out.required.emplace_back(k); });
  if (flag('p')) {
    out.has_properties = true;
    ForEachItem(f[7], [&](std::string_view item) {
      auto [name, node] = Parts<2>(item);
      out.properties.emplace(std::string(name), NodeOf(nodes, node));
    });
  }
  if (flag('i')) {
    out.has_items = true;
    out.items = NodeOf(nodes, f[8]);
  }
}

// Called through a pointer no optimiser sees through: inlined into the loop over the nodes, it
// made a function that V8 recompiled with TurboFan during every first check (26 ms on the other
// core, for code that runs once); apart, it never runs long enough for that.
void (*volatile const read_node)(std::string_view, const std::vector<SchemaNode>&,
                                 SchemaNode&) = &ReadNode;

class CompiledSchema {
 public:
  explicit CompiledSchema(std::string_view table) {
    std::vector<std::string_view> lines;
    ForEachLine(table, [&](std::string_view l) { lines.push_back(l); });
    nodes_.resize(lines.size());  // never resized again: nodes point at each other
    for (size_t i = 0; i < lines.size(); ++i) read_node(lines[i], nodes_, nodes_[i]);
  }
  const SchemaNode* root() const { return nodes_.empty() ? nullptr : &nodes_[0]; }

 private:
  std::vector<SchemaNode> nodes_;
};

const SchemaNode* CompiledApplicationSchema() {
  static const CompiledSchema* compiled = new CompiledSchema(Resource("application_schema"));
  return compiled->root();
}

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
  bool clean_lead[16] = {};  // lead byte 0xE0 + i: no character of its block is odd
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
    // Whether no character of a three-byte lead's block (E4: U+4000..U+4FFF, ...) is odd: then a
    // character with that lead is passed without decoding it (Chinese text: E4..E9).
    for (unsigned lead = 0; lead < 16; ++lead) {
      clean_lead[lead] = true;
      for (size_t w = (lead << 12) / 64; w < ((lead + 1) << 12) / 64; ++w)
        if (odd_bmp[w]) clean_lead[lead] = false;
    }
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
  // Walk itself is small and the work for each kind of node a function of its own, called
  // through a pointer (below) so that Binaryen does not inline it back: V8 charges each return
  // from a function to its recompiling budget by the size of the function, and Walk returns once
  // per node. As one 5.7 KB function, V8 recompiled it with TurboFan during every first check
  // (on the other core, while the check ran: the cold first check 16-22 ms slower in Node).
  void Walk(json& value, const SchemaNode* n, std::string& path) {
    if (!n) return;
    if (n->has_one_of) return (this->*walk_one_of)(value, n, path);
    if (n->constant || n->enumeration || n->minimum ||
        (!n->type.empty() && !TypeMatches(n->code, value))) {
      if (!(this->*value_fits)(value, n, path)) return;
    }
    if (value.is_string())
      (this->*check_string)(value, n, path);
    else if (value.is_object())
      (this->*walk_object)(value, n, path);
    else if (value.is_array())
      (this->*walk_array)(value, n, path);
  }

  void WalkOneOf(json& value, const SchemaNode* n, std::string& path) {
    for (const auto& alt : n->one_of) {
      if (alt.kind == 0 || (alt.kind == 1 && TypeMatches(alt.code, value))) {
        Walk(value, alt.node, path);
        return;
      }
    }
    Misfit(kOneOf, value, n, path);
  }

  // The node's const, type, enum and minimum; false when the value does not fit (reported).
  bool ValueFits(json& value, const SchemaNode* n, std::string& path) {
    MisfitKind misfit;
    if (n->constant && value != *n->constant) {
      misfit = kConst;
    } else if (!n->type.empty() && !TypeMatches(n->code, value)) {
      misfit = kType;
    } else if (n->enumeration && std::find(n->enumeration->begin(), n->enumeration->end(), value) ==
                                     n->enumeration->end()) {
      misfit = kEnum;
    } else if (n->minimum && value.is_number() && value.get<double>() < n->minimum->get<double>()) {
      misfit = kMinimum;
    } else {
      return true;
    }
    Misfit(misfit, value, n, path);
    return false;
  }

  void CheckString(json& value, const SchemaNode* n, std::string& path) {
    const std::string& text = value.get_ref<const std::string&>();
    if (n->date && !Date::Parse(text)) return Misfit(kDate, value, n, path);
    if (setup_.sniffer.active() && path.compare(0, 13, "/attachments/") == 0) {
      std::string kind = setup_.sniffer.KindOf(text);
      if (!kind.empty()) return Misfit(kUploadKind, value, n, path, kind);  // never read as text
    }
    if (!setup_.odd_ranges.empty() && PathIsUnderAny(path, fields_))
      (this->*odd_characters)(text, path);
    if (text.size() > kMaxAttachmentBytes) return Misfit(kTooLong, value, n, path);
  }

  void WalkObject(json& value, const SchemaNode* n, std::string& path) {
    std::vector<std::string> drop;
    const size_t base = path.size();
    // The members and the schema's properties are both in byte order of their keys: one walk
    // through both (a comparison or two a member instead of a search of the properties each).
    auto prop = n->properties.begin();
    const auto props_end = n->properties.end();
    // (the map's own loop: nlohmann's iterators dispatch on the value's type at every step)
    for (auto& [key, member] : value.get_ref<json::object_t&>()) {
      AppendToken(path, key);
      int order = 1;  // of the property against the key
      while (prop != props_end && (order = mem::Order(prop->first, key)) < 0) ++prop;
      const bool known = prop != props_end && order == 0;
      if (!n->has_properties || !known) {
        Misfit(kUnknownField, value, n, path, key);
        drop.push_back(key);
      } else {
        remove_ = false;
        Walk(member, prop->second, path);
        if (remove_) drop.push_back(key);
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
  }

  void WalkArray(json& value, const SchemaNode* n, std::string& path) {
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

  using Step = void (Validator::*)(json&, const SchemaNode*, std::string&);
  static Step volatile const walk_one_of, check_string, walk_object, walk_array;
  static bool (Validator::*volatile const value_fits)(json&, const SchemaNode*, std::string&);
  static void (Validator::*volatile const odd_characters)(const std::string&, const std::string&);

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
      const unsigned char lead = static_cast<unsigned char>(text[i]);
      if (lead >= 0xE0 && lead <= 0xEF && setup_.clean_lead[lead - 0xE0] && i + 2 < text.size() &&
          (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80 &&
          (static_cast<unsigned char>(text[i + 2]) & 0xC0) == 0x80) {
        i += 3;
        continue;
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

Validator::Step volatile const Validator::walk_one_of = &Validator::WalkOneOf;
Validator::Step volatile const Validator::check_string = &Validator::CheckString;
Validator::Step volatile const Validator::walk_object = &Validator::WalkObject;
Validator::Step volatile const Validator::walk_array = &Validator::WalkArray;
bool (Validator::*volatile const Validator::value_fits)(json&, const SchemaNode*,
                                                        std::string&) = &Validator::ValueFits;
void (Validator::*volatile const Validator::odd_characters)(
    const std::string&, const std::string&) = &Validator::OddCharacters;

}  // namespace

namespace {
std::string EnumLabelUncached(const std::string& pointer, const std::string& value,
                              const std::string& locale) {
  // The schema node of `pointer`: properties by name, items by index; a oneOf takes the first
  // alternative that has the step.
  const SchemaNode* n = CompiledApplicationSchema();
  size_t at = 0;
  while (n && at < pointer.size() && pointer[at] == '/') {
    size_t end = pointer.find('/', at + 1);
    std::string_view token = std::string_view(pointer).substr(
        at + 1, end == std::string::npos ? std::string::npos : end - at - 1);
    at = end == std::string::npos ? pointer.size() : end;
    bool index = !token.empty() && token.find_first_not_of("0123456789") == std::string::npos;
    auto step = [&](const SchemaNode* node) -> const SchemaNode* {
      if (!node) return nullptr;
      if (index) return node->has_items ? node->items : nullptr;
      auto it = node->properties.find(token);
      return it == node->properties.end() ? nullptr : it->second;
    };
    const SchemaNode* next = step(n);
    if (!next)
      for (const auto& alt : n->one_of)
        if ((next = step(alt.node))) break;
    n = next;
  }
  if (!n) return value;
  for (const SchemaNode::Label& l : n->labels) {
    if (l.value != value) continue;
    std::string_view text = locale == "en" ? l.en : l.zh;
    if (text.empty()) text = l.zh;
    return text.empty() ? value : std::string(text);
  }
  return value;
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

std::vector<std::string> BooleanFieldsOf(const std::string& pointer) {
  std::vector<std::string> out;
  const SchemaNode* n = CompiledApplicationSchema();
  for (size_t at = 0; n && at < pointer.size();) {
    size_t end = pointer.find('/', at + 1);
    if (end == std::string::npos) end = pointer.size();
    auto it = n->properties.find(std::string_view(pointer).substr(at + 1, end - at - 1));
    n = it == n->properties.end() ? nullptr : it->second;
    at = end;
  }
  if (!n) return out;
  for (const auto& [name, node] : n->properties)
    if (node && node->code == TypeCode::kBoolean) out.push_back(pointer + "/" + name);
  return out;
}

void ValidateApplication(json& app, Ctx& ctx, const FieldScope& fields) {
  Validator validator(ctx, fields);
  std::string root;
  validator.Walk(app, CompiledApplicationSchema(), root);
}

}  // namespace beian
