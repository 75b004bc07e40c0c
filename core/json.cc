#include "core/json.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "core/mem.h"
#include "core/utf8.h"

namespace beian {

namespace {

thread_local FrozenLookups* t_frozen = nullptr;

const json* AtUncached(const json& doc, std::string_view pointer);
// The member or element `token` (one reference token of a pointer, escaped) of `cur`.
const json* StepInto(const json& cur, std::string_view token);

}  // namespace

void FrozenLookups::Table::Reset() {
  keys.clear();
  used = 0;
  if (++generation == 0) {  // wrapped around (after 2^32 scopes): clear for real
    for (Slot& s : slots) s.generation = 0;
    generation = 1;
  }
}

namespace {
// A pointer's hash for the table: its length and its first and last 16 bytes (all of a pointer of
// up to 32 bytes, most of them; longer ones that differ only in between share a hash and are told
// apart by comparing them), four 8-byte loads instead of a pass over every byte.
uint64_t HashPointer(std::string_view s) {
  if (s.size() < 16) return mem::HashBytes(s);
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  uint64_t h = n * 0x9E3779B97F4A7C15ULL;
  for (const unsigned char* q : {p, p + 8, p + n - 16, p + n - 8}) h = mem::Mix(h, mem::Load8(q));
  return h ^ (h >> 29);
}

FrozenLookups::Table& ThreadTable() {
  thread_local FrozenLookups::Table table;
  return table;
}
}  // namespace

FrozenLookups::FrozenLookups(const json& doc) : doc_(&doc), outer_(t_frozen) {
  Table& mine = ThreadTable();
  if (mine.busy) {
    own_ = std::make_unique<Table>();
    table_ = own_.get();
  } else {
    table_ = &mine;
    mine.busy = true;
  }
  table_->Reset();
  t_frozen = this;
}

FrozenLookups::~FrozenLookups() {
  t_frozen = outer_;
  if (!own_) table_->busy = false;
}

const json* FrozenLookups::Find(std::string_view pointer) {
  if (pointer.empty()) return doc_;  // the whole document (and no memcmp on a null view)
  Table& t = *table_;
  const uint64_t hash = HashPointer(pointer);
  const uint32_t hash32 = static_cast<uint32_t>(hash);
  constexpr size_t mask = Table::kSlots - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& s = t.slots[i];
    if (s.generation != t.generation) break;
    if (s.hash == hash32 && s.key_size == pointer.size() &&
        mem::Equal(reinterpret_cast<const unsigned char*>(t.keys.data()) + s.key_at,
                   reinterpret_cast<const unsigned char*>(pointer.data()), pointer.size()))
      return s.value;
  }
  // Not asked before: one step from the parent's answer, which is looked up (and remembered) the
  // same way, so that "/websites/0/domains/0/name" and "/websites/0/domains/0/registrant" walk
  // from the root once between them. Very long pointers are walked from the root.
  const json* value;
  const size_t cut = pointer.rfind('/');
  if (cut == std::string_view::npos) {
    value = nullptr;  // not a pointer (no leading '/')
  } else if (pointer.size() > kMaxStepped) {
    value = AtUncached(*doc_, pointer);
  } else {
    const json* parent = Find(pointer.substr(0, cut));
    value = parent ? StepInto(*parent, pointer.substr(cut + 1)) : nullptr;
  }
  // at most half full (linear probing stays short); beyond that, answers are not kept. The slot
  // is found again: the parent's lookup may have filled the one the probe above stopped at.
  if (t.used < Table::kSlots / 2 && t.keys.size() + pointer.size() < UINT32_MAX) {
    size_t i = hash & mask;
    while (t.slots[i].generation == t.generation) i = (i + 1) & mask;
    Slot& s = t.slots[i];
    s.generation = t.generation;
    s.hash = hash32;
    s.key_at = static_cast<uint32_t>(t.keys.size());
    s.key_size = static_cast<uint32_t>(pointer.size());
    s.value = value;
    t.keys.append(pointer.data(), pointer.size());
    ++t.used;
  }
  return value;
}

const json* At(const json& doc, std::string_view pointer) {
  if (FrozenLookups* f = t_frozen; f && f->doc() == &doc) return f->Find(pointer);
  return AtUncached(doc, pointer);
}

namespace {

const json* StepInto(const json& cur, std::string_view token) {
  // No allocation unless the token holds an escape (~0, ~1): rules look up constant pointers on
  // every check, and the object keys compare with string_view directly (std::less<>).
  std::string unescaped;
  if (token.find('~') != std::string_view::npos) {
    for (size_t k = 0; k < token.size(); ++k) {
      if (token[k] == '~' && k + 1 < token.size()) {
        unescaped += token[k + 1] == '1' ? '/' : '~';
        ++k;
      } else {
        unescaped += token[k];
      }
    }
    token = unescaped;
  }
  if (cur.is_object()) {
    const auto& obj = cur.get_ref<const json::object_t&>();
    auto it = obj.find(token);
    return it == obj.end() ? nullptr : &it->second;
  }
  if (cur.is_array()) {
    if (token.empty() || token.size() > 9) return nullptr;
    size_t idx = 0;
    for (char ch : token) {
      if (ch < '0' || ch > '9') return nullptr;
      idx = idx * 10 + static_cast<size_t>(ch - '0');
    }
    if (idx >= cur.size()) return nullptr;
    return &cur[idx];
  }
  return nullptr;
}

const json* AtUncached(const json& doc, std::string_view pointer) {
  const json* cur = &doc;
  if (pointer.empty()) return cur;
  if (pointer[0] != '/') return nullptr;
  for (size_t i = 0; cur && i < pointer.size();) {
    size_t next = pointer.find('/', i + 1);
    if (next == std::string_view::npos) next = pointer.size();
    cur = StepInto(*cur, pointer.substr(i + 1, next - i - 1));
    i = next;
  }
  return cur;
}

}  // namespace

const json& Member(const json& obj, std::string_view key) {
  static const json kNull;
  if (!obj.is_object()) return kNull;
  const auto& o = obj.get_ref<const json::object_t&>();
  auto it = o.find(key);
  return it == o.end() ? kNull : it->second;
}

const std::string* Str(const json& doc, std::string_view pointer) {
  const json* v = At(doc, pointer);
  if (!v || !v->is_string()) return nullptr;
  return v->get_ptr<const std::string*>();
}

Trimmed NonBlank(const json& doc, std::string_view pointer) {
  const std::string* s = Str(doc, pointer);
  if (!s) return {};
  size_t b = 0, e = s->size();
  auto is_space = [&](size_t pos, size_t* len) {
    unsigned char c = static_cast<unsigned char>((*s)[pos]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      *len = 1;
      return true;
    }
    // U+3000 ideographic space: E3 80 80
    if (c == 0xE3 && pos + 2 < s->size() + 0 && static_cast<unsigned char>((*s)[pos + 1]) == 0x80 &&
        static_cast<unsigned char>((*s)[pos + 2]) == 0x80) {
      *len = 3;
      return true;
    }
    return false;
  };
  size_t len = 0;
  while (b < e && is_space(b, &len)) b += len;
  while (e > b) {
    if (e >= 3 && e - 3 >= b && is_space(e - 3, &len) && len == 3) {
      e -= 3;
    } else if (is_space(e - 1, &len) && len == 1) {
      e -= 1;
    } else {
      break;
    }
  }
  if (b >= e) return {};
  if (b == 0 && e == s->size()) return Trimmed::Same(s);
  return Trimmed::Copy(s->substr(b, e - b));
}

std::optional<bool> Bool(const json& doc, std::string_view pointer) {
  const json* v = At(doc, pointer);
  if (!v || !v->is_boolean()) return std::nullopt;
  return v->get<bool>();
}

std::optional<double> Num(const json& doc, std::string_view pointer) {
  const json* v = At(doc, pointer);
  if (!v || !v->is_number()) return std::nullopt;
  return v->get<double>();
}

size_t Count(const json& doc, std::string_view pointer) {
  const json* v = At(doc, pointer);
  return v && v->is_array() ? v->size() : 0;
}

std::vector<std::string> Strings(const json& doc, std::string_view pointer) {
  std::vector<std::string> out;
  const json* v = At(doc, pointer);
  if (!v || !v->is_array()) return out;
  for (const auto& item : *v)
    if (item.is_string()) out.push_back(item.get<std::string>());
  return out;
}

namespace {

// One string, quoted and escaped exactly as nlohmann's dump(-1, ' ', false, replace) does it:
// '"', '\\' and the C0 controls escaped (\b \f \n \r \t by name, others as \u00xx), everything
// else copied. A string that is not valid UTF-8 goes to nlohmann (it replaces the bad bytes).
void WriteString(const std::string& s, std::string* out) {
  static const char kHex[] = "0123456789abcdef";
  const size_t start = out->size(), n = s.size();
  const unsigned char* b = reinterpret_cast<const unsigned char*>(s.data());
  out->push_back('"');
  size_t run = 0;  // start of the bytes not yet copied
  for (size_t i = 0; i < n;) {
    // runs that are copied as they are: ASCII without a stop byte 8 bytes a step, Chinese text
    // two characters a step
    for (uint64_t x; i + 8 <= n;) {
      std::memcpy(&x, b + i, 8);
      const uint64_t m = (x & 0x8080808080808080ULL) | JsonStops8(x);
      if (!m) {
        i += 8;
        continue;
      }
      i += FirstFlaggedByte(m);  // the first byte above ASCII or to escape (exact: the lowest)
      break;
    }
    for (uint64_t x; i + 8 <= n; i += 6) {
      std::memcpy(&x, b + i, 8);
      if (!TwoCjk(x)) break;
    }
    if (i >= n) break;
    unsigned char c = b[i];
    if (c >= 0x80) {
      size_t len = Utf8SequenceLengthFast(s, i);
      if (len == 0) {  // not valid UTF-8: nlohmann replaces the bad bytes
        out->resize(start);
        *out += json(s).dump(-1, ' ', false, json::error_handler_t::replace);
        return;
      }
      i += len;
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    out->append(s, run, i - run);
    run = ++i;
    switch (c) {
      case '"':
        *out += "\\\"";
        break;
      case '\\':
        *out += "\\\\";
        break;
      case '\b':
        *out += "\\b";
        break;
      case '\f':
        *out += "\\f";
        break;
      case '\n':
        *out += "\\n";
        break;
      case '\r':
        *out += "\\r";
        break;
      case '\t':
        *out += "\\t";
        break;
      default: {
        char esc[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
        out->append(esc, 6);
      }
    }
  }
  out->append(s, run, std::string::npos);
  out->push_back('"');
}

void WriteCompact(const json& v, std::string* out) {
  switch (v.type()) {
    case json::value_t::object: {
      out->push_back('{');
      bool first = true;
      for (const auto& [key, item] : v.get_ref<const json::object_t&>()) {
        if (!first) out->push_back(',');
        first = false;
        WriteString(key, out);
        out->push_back(':');
        WriteCompact(item, out);
      }
      out->push_back('}');
      return;
    }
    case json::value_t::array: {
      out->push_back('[');
      bool first = true;
      for (const auto& item : v.get_ref<const json::array_t&>()) {
        if (!first) out->push_back(',');
        first = false;
        WriteCompact(item, out);
      }
      out->push_back(']');
      return;
    }
    case json::value_t::string:
      WriteString(v.get_ref<const std::string&>(), out);
      return;
    case json::value_t::boolean:
      *out += v.get<bool>() ? "true" : "false";
      return;
    case json::value_t::null:
      *out += "null";
      return;
    case json::value_t::number_integer:
      *out += std::to_string(v.get<std::int64_t>());
      return;
    case json::value_t::number_unsigned:
      *out += std::to_string(v.get<std::uint64_t>());
      return;
    case json::value_t::number_float: {
      // A whole number below 10^15 (the plan's amounts and days): nlohmann's shortest form is its
      // digits and ".0"; any other float is written by nlohmann (each such call sets up a
      // serializer: ~1,000 instructions).
      const double d = v.get<double>();
      if (d > -1e15 && d < 1e15 && d == static_cast<double>(static_cast<int64_t>(d)) &&
          !(d == 0 && std::signbit(d))) {
        *out += std::to_string(static_cast<int64_t>(d));
        *out += ".0";
        return;
      }
      *out += v.dump(-1, ' ', false, json::error_handler_t::replace);
      return;
    }
    default:  // binary, discarded
      *out += v.dump(-1, ' ', false, json::error_handler_t::replace);
  }
}

}  // namespace

void AppendJson(const json& value, std::string* out) { WriteCompact(value, out); }
void AppendJsonString(const std::string& s, std::string* out) { WriteString(s, out); }

json ParseJson(std::string_view text) { return json::parse(text, nullptr, false); }

std::string Dump(const json& value, int indent) {
  if (indent >= 0) return value.dump(indent, ' ', false, json::error_handler_t::replace);
  // The one-line form (every report, every batch line) without nlohmann's byte-by-byte UTF-8
  // state machine; byte-identical to it (tests/unit/json_test.cc).
  std::string out;
  out.reserve(256);
  WriteCompact(value, &out);
  return out;
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

}  // namespace beian
