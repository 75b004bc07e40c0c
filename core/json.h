// nlohmann/json plus non-throwing accessors by JSON Pointer used throughout the core.
#ifndef BEIAN_CORE_JSON_H_
#define BEIAN_CORE_JSON_H_

#include <cstdint>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/mem.h"

namespace beian {

// The order of a JSON object's keys: std::string's operator< (so members iterate and serialise
// exactly as nlohmann::json's std::less<> orders them), compared inline instead of by a call to
// the C library's memcmp per step of a map lookup (most keys are shorter than 32 bytes).
// Transparent: objects are searched by std::string_view and const char* without a copy.
struct KeyLess {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const { return mem::Order(a, b) < 0; }
};
// std::map with KeyLess whatever comparator nlohmann names (its default, std::less<>, orders
// the same).
template <class Key, class Value, class Compare, class Alloc>
using KeyMap = std::map<Key, Value, KeyLess, Alloc>;

using json = nlohmann::basic_json<KeyMap>;

// The value at `pointer` (RFC 6901, e.g. "/subject/name"), or nullptr when absent. Never throws.
const json* At(const json& doc, std::string_view pointer);
// While a FrozenLookups for `doc` lives, At(doc, pointer) on this thread remembers its answers:
// the rules of one check ask the application for about a hundred distinct pointers ~770 times
// (15 % of a batch was At and its key comparisons). `doc` must not change while the scope lives
// (the application after validation: the rules only read it). Scopes nest; other documents are
// looked up as before.
class FrozenLookups {
 public:
  explicit FrozenLookups(const json& doc);
  ~FrozenLookups();
  FrozenLookups(const FrozenLookups&) = delete;
  FrozenLookups& operator=(const FrozenLookups&) = delete;

  // The answer for `pointer` (computed and remembered on the first ask).
  const json* Find(std::string_view pointer);
  const json* doc() const { return doc_; }

  // The table of answers (open addressing, kSlots slots). A slot counts only when it carries the
  // table's current generation: a scope starts with an empty table without clearing it, and the
  // outermost scope of a thread reuses that thread's table (a batch checks thousands of
  // applications: allocating and zeroing a table each time touched its whole 24 KB).
  struct Slot {
    const json* value = nullptr;
    uint32_t key_at = 0;  // in keys
    uint32_t key_size = 0;
    uint32_t hash = 0;  // the low 32 bits of the pointer's hash
    uint32_t generation = 0;
  };
  struct Table {
    static constexpr size_t kSlots = 512;
    std::vector<Slot> slots = std::vector<Slot>(kSlots);
    std::string keys;  // the pointers remembered, one after another
    uint32_t generation = 0;
    size_t used = 0;
    bool busy = false;  // a scope of this thread uses it
    void Reset();       // a new generation: no slot counts
  };

 private:
  static constexpr size_t kMaxStepped = 256;  // longer pointers: no parent looked up (recursion)
  const json* doc_;
  FrozenLookups* outer_;
  std::unique_ptr<Table> own_;  // a nested scope's table (the thread's is busy)
  Table* table_;
};
// obj[key] without copying (obj.value(key, default) copies): a null value when `obj` is not an
// object or has no such key; iterating a null value visits nothing.
const json& Member(const json& obj, std::string_view key);
// The string at `pointer`, or nullptr when absent or not a string.
const std::string* Str(const json& doc, std::string_view pointer);
// A string of a document without the whitespace around it: the document's own string when it has
// none (nearly every one: no copy), else a trimmed copy; or nothing. Read like the
// std::optional<std::string> it converts to; it refers into the document, so it lives no longer
// than the document (NonBlank takes no temporary one).
class Trimmed {
 public:
  Trimmed() = default;
  static Trimmed Same(const std::string* s) {
    Trimmed t;
    t.same_ = s;
    return t;
  }
  static Trimmed Copy(std::string s) {
    Trimmed t;
    t.copy_ = std::move(s);
    return t;
  }

  bool has_value() const { return get() != nullptr; }
  explicit operator bool() const { return get() != nullptr; }
  const std::string& operator*() const { return *get(); }
  const std::string* operator->() const { return get(); }
  std::string value_or(std::string_view absent) const {
    return get() ? *get() : std::string(absent);
  }
  operator std::optional<std::string>() const {
    return get() ? std::optional<std::string>(*get()) : std::nullopt;
  }

 private:
  const std::string* get() const { return copy_ ? &*copy_ : same_; }
  const std::string* same_ = nullptr;  // the document's string
  std::optional<std::string> copy_;    // or a trimmed copy
};
// The string at `pointer` with surrounding whitespace removed; nothing when absent or blank.
Trimmed NonBlank(const json& doc, std::string_view pointer);
Trimmed NonBlank(json&& doc, std::string_view pointer) = delete;
// The boolean at `pointer`, or nullopt.
std::optional<bool> Bool(const json& doc, std::string_view pointer);
// The number at `pointer`, or nullopt.
std::optional<double> Num(const json& doc, std::string_view pointer);
// Size of the array at `pointer` (0 when absent or not an array).
size_t Count(const json& doc, std::string_view pointer);
// Strings of the array at `pointer` (non-strings skipped).
std::vector<std::string> Strings(const json& doc, std::string_view pointer);
// The JSON type of a value as JSON Schema names it: object, array, string, boolean, integer,
// number, null.
std::string TypeName(const json& value);
// Serialises without throwing (invalid UTF-8 replaced by U+FFFD).
std::string Dump(const json& value, int indent = -1);
// nlohmann's parse without exceptions: a discarded value (`is_discarded()`) when `text` is not
// JSON. Out of line, so that callers (the fuzz harnesses) do not instantiate the parser again.
json ParseJson(std::string_view text);
// Dump(value) appended to `out`; AppendJsonString: one string as Dump(json(s)) writes it. For
// writers that build a document directly (the report): same bytes as a DOM dumped by nlohmann,
// whose objects list their keys in byte order.
void AppendJson(const json& value, std::string* out);
void AppendJsonString(const std::string& s, std::string* out);

}  // namespace beian

#endif  // BEIAN_CORE_JSON_H_
