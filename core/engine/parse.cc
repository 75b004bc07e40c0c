#include "core/engine/parse.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <utility>

#include "core/utf8.h"

namespace beian {
namespace {

// Bytes that end a run of a string's characters: the quote, the backslash, control characters.
constexpr ByteSet kStringStops({'"', '\\'}, 0x20);

class Reader {
 public:
  Reader(std::string_view text, const QuickLimits& limits)
      : p_(text.data()), end_(text.data() + text.size()), limits_(limits) {}

  bool Document(json* out) {
    SkipBlanks();
    if (!Value(out, 0)) return false;
    SkipBlanks();
    return p_ == end_;
  }

 private:
  void SkipBlanks() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
  }

  // Whether the text goes on with `word` (true, false, null); consumes it.
  bool Word(const char* word, size_t n) {
    if (static_cast<size_t>(end_ - p_) < n || std::memcmp(p_, word, n) != 0) return false;
    p_ += n;
    return true;
  }

  bool Value(json* out, int depth) {
    if (p_ == end_) return false;
    switch (*p_) {
      case '{':
        return Object(out, depth + 1);
      case '[':
        return Array(out, depth + 1);
      case '"': {
        *out = json(json::value_t::string);
        return String(out->get_ptr<std::string*>());
      }
      case 't':
        *out = true;
        return Word("true", 4);
      case 'f':
        *out = false;
        return Word("false", 5);
      case 'n':
        *out = nullptr;
        return Word("null", 4);
      default:
        return Number(out);
    }
  }

  bool Object(json* out, int depth) {
    if (depth > limits_.max_depth) return false;
    ++p_;  // '{'
    *out = json(json::value_t::object);
    json::object_t& obj = *out->get_ptr<json::object_t*>();
    SkipBlanks();
    if (p_ < end_ && *p_ == '}') {
      ++p_;
      return true;
    }
    std::string key;
    for (;;) {
      if (p_ == end_ || *p_ != '"') return false;
      key.clear();
      if (!String(&key)) return false;
      SkipBlanks();
      if (p_ == end_ || *p_ != ':') return false;
      ++p_;
      SkipBlanks();
      // A repeated key takes the last value, as nlohmann's document builder does.
      json& member = obj[key];
      if (!Value(&member, depth)) return false;
      const int more = Next('}');
      if (more <= 0) return more == 0;
    }
  }

  bool Array(json* out, int depth) {
    if (depth > limits_.max_depth) return false;
    ++p_;  // '['
    *out = json(json::value_t::array);
    json::array_t& arr = *out->get_ptr<json::array_t*>();
    SkipBlanks();
    if (p_ < end_ && *p_ == ']') {
      ++p_;
      return true;
    }
    for (;;) {
      arr.emplace_back();
      if (!Value(&arr.back(), depth)) return false;
      const int more = Next(']');
      if (more <= 0) return more == 0;
    }
  }

  // After a member or an element: 1 when a comma follows (another one to read), 0 when `close`
  // ends the container, -1 at anything else.
  int Next(char close) {
    SkipBlanks();
    if (p_ == end_) return -1;
    if (*p_ == ',') {
      ++p_;
      SkipBlanks();
      return 1;
    }
    if (*p_ != close) return -1;
    ++p_;
    return 0;
  }

  // The string literal at p_ (a quote) appended to *s: runs between escapes copied at once, 8
  // bytes a step while no quote, backslash or control character (with check_utf8: no byte above
  // ASCII) is among them. Gives up at limits_.max_string bytes without the closing quote.
  bool String(std::string* s) {
    const char* const open = p_++;  // the opening quote
    const char* const end =
        limits_.max_string < static_cast<size_t>(end_ - p_) ? p_ + limits_.max_string : end_;
    const bool utf8 = limits_.check_utf8;
    const uint64_t highs = utf8 ? 0x8080808080808080ULL : 0;
    const char* run = p_;
    for (;;) {
      for (uint64_t x; end - p_ >= 8; p_ += 8) {
        std::memcpy(&x, p_, 8);
        if (uint64_t m = JsonStops8(x) | (x & highs)) {
          p_ += FirstFlaggedByte(m);
          break;
        }
      }
      while (p_ < end && !kStringStops.on[static_cast<unsigned char>(*p_)] &&
             !(utf8 && static_cast<unsigned char>(*p_) >= 0x80))
        ++p_;
      if (p_ >= end) return false;  // not closed (or longer than the limit)
      const char c = *p_;
      if (utf8 && static_cast<unsigned char>(c) >= 0x80) {
        // Chinese text two characters a step, any other character checked on its own
        for (uint64_t x; end - p_ >= 8; p_ += 6) {
          std::memcpy(&x, p_, 8);
          if (!TwoCjk(x)) break;
        }
        if (p_ < end && static_cast<unsigned char>(*p_) >= 0x80) {
          const std::string_view all(open, static_cast<size_t>(end_ - open));
          const size_t len = Utf8SequenceLengthFast(all, static_cast<size_t>(p_ - open));
          if (len == 0) return false;  // not UTF-8: the caller repairs and reports it
          p_ += len;
        }
        continue;
      }
      if (c == '"') {
        s->append(run, static_cast<size_t>(p_ - run));
        ++p_;
        return true;
      }
      if (c != '\\') return false;  // a control character (nlohmann names it)
      s->append(run, static_cast<size_t>(p_ - run));
      if (!Escape(s)) return false;
      run = p_;
    }
  }

  // The escape at p_ (a backslash) decoded onto *s.
  bool Escape(std::string* s) {
    if (end_ - p_ < 2) return false;
    const char e = p_[1];
    p_ += 2;
    if (e != 'u') {
      const char byte = JsonSimpleEscape(e);
      if (!byte) return false;
      s->push_back(byte);
      return true;
    }
    int32_t unit = Hex4();
    if (unit < 0) return false;
    char32_t cp = static_cast<char32_t>(unit);
    if (unit >= 0xDC00 && unit <= 0xDFFF) return false;  // a low surrogate first
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      // must be followed by \u and a low surrogate
      if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return false;
      p_ += 2;
      const int32_t low = Hex4();
      if (low < 0xDC00 || low > 0xDFFF) return false;
      cp = 0x10000 + ((static_cast<char32_t>(unit) - 0xD800) << 10) +
           (static_cast<char32_t>(low) - 0xDC00);
    }
    AppendUtf8(cp, s);
    return true;
  }

  // Four hexadecimal digits at p_ (consumed), or -1.
  int32_t Hex4() {
    if (end_ - p_ < 4) return -1;
    int32_t v = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = p_[k];
      int d;
      if (c >= '0' && c <= '9')
        d = c - '0';
      else if (c >= 'a' && c <= 'f')
        d = c - 'a' + 10;
      else if (c >= 'A' && c <= 'F')
        d = c - 'A' + 10;
      else
        return -1;
      v = v * 16 + d;
    }
    p_ += 4;
    return v;
  }

  // An integer of up to 18 digits (no overflow possible): without a sign an unsigned number,
  // with a minus sign a signed one, as nlohmann types them. Anything else is left to nlohmann
  // (a fraction or exponent: its own decimal conversion; longer integers: its overflow rules).
  bool Number(json* out) {
    const bool negative = *p_ == '-';
    if (negative) ++p_;
    const char* first = p_;
    uint64_t v = 0;
    while (p_ < end_ && *p_ >= '0' && *p_ <= '9') {
      v = v * 10 + static_cast<uint64_t>(*p_ - '0');
      ++p_;
    }
    const size_t digits = static_cast<size_t>(p_ - first);
    if (digits == 0 || digits > 18 || (digits > 1 && *first == '0')) return false;
    if (p_ < end_ && (*p_ == '.' || *p_ == 'e' || *p_ == 'E')) return false;
    if (negative)
      *out = -static_cast<int64_t>(v);
    else
      *out = v;
    return true;
  }

  const char* p_;
  const char* end_;
  const QuickLimits& limits_;
};

}  // namespace

bool ParseJsonQuick(std::string_view text, json* out, const QuickLimits& limits) {
  return Reader(text, limits).Document(out);
}

}  // namespace beian
