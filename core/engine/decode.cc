#include "core/engine/decode.h"

#include <cstdint>
#include <cstring>
#include <vector>

#include "core/check.h"
#include "core/engine/parse.h"
#include "core/utf8.h"

namespace beian {
namespace {

// Long string values (uploaded pages, WHOIS replies, licence texts) are cut out of the document
// before nlohmann's lexer, which reads a string a byte at a time into a growing buffer (a fifth
// of a typical check natively, more in wasm), and decoded here by runs. Each becomes a short
// placeholder "\u0000<n>" that PutBack() replaces after parsing. Only plain strings are cut:
// one with a \u escape, a control character or a bad escape stays for nlohmann (which decodes or
// rejects it as before), and so do object keys. A document holding "\u0000" itself is parsed
// as it is, so a placeholder can never meet a seller's text.
constexpr size_t kLongString = 256;

// Bytes that end a run inside a string literal: the quote, the backslash, control characters.
constexpr ByteSet kStops({'"', '\\'}, 0x20);
// The characters after a backslash that decode to one byte here (\u stays for nlohmann).
constexpr ByteSet kSimpleEscapes({'"', '\\', '/', 'b', 'f', 'n', 'r', 't'});

// s.resize(n) for a string whose new bytes are all written next: without zero-filling them first
// where the library offers it (libc++'s __resize_default_init, as absl's
// STLStringResizeUninitialized uses it; 2 % of a field check in wasm), else resize.
template <typename S>
auto ResizeForOverwrite(S& s, size_t n, int) -> decltype(s.__resize_default_init(n)) {
  return s.__resize_default_init(n);
}
template <typename S>
void ResizeForOverwrite(S& s, size_t n, long) {
  s.resize(n);
}
void ResizeForOverwrite(std::string& s, size_t n) { ResizeForOverwrite(s, n, 0); }

// The long strings of the last document scanned on this thread (uploads: a page, a WHOIS reply,
// a licence text), as they were written and decoded. The page sends the whole application with
// every keystroke and the uploads rarely change between two calls: a string whose bytes are those
// of a remembered one (one memcmp) is taken decoded from here instead of being checked for UTF-8
// and unescaped again. Only strings of kMemoBytes and more, at most kMemoEntries of them (each
// string literal of the next document is compared with each: a bound on that work whatever the
// documents) and kMemoTotal bytes in all; each thread has its own (`--jobs`: no state shared
// between threads).
constexpr size_t kMemoBytes = 2048;
constexpr size_t kMemoEntries = 16;
constexpr size_t kMemoTotal = 8u << 20;
struct MemoEntry {
  std::string raw;      // the bytes between the quotes, as written
  std::string decoded;  // the value
};
using UploadMemo = std::vector<MemoEntry>;

// This thread's memory of uploads.
UploadMemo& ThreadMemo() {
  thread_local UploadMemo memo;
  return memo;
}

// The remembered string, not yet taken in this scan, that the string literal opening at text[i]
// (a quote) holds, if any; marks it taken.
MemoEntry* Remembered(UploadMemo& memo, std::vector<bool>& taken, std::string_view text, size_t i) {
  for (size_t k = 0; k < memo.size(); ++k) {
    const std::string& raw = memo[k].raw;
    const size_t end = i + 1 + raw.size();  // where its closing quote must be
    if (!taken[k] && end < text.size() && text[end] == '"' &&
        std::memcmp(text.data() + i + 1, raw.data(), raw.size()) == 0) {
      taken[k] = true;
      return &memo[k];
    }
  }
  return nullptr;
}

struct Scanned {
  size_t too_deep = std::string_view::npos;  // byte where nesting exceeds the limit
  std::string doc;                           // the text with long strings cut (when cut)
  std::vector<std::string> values;           // the cut strings, decoded
  // With `validate`: the scan stopped at a byte that is not UTF-8 inside a string, or at a byte
  // above ASCII outside one; nothing else in this result counts.
  bool unsure = false;
};

// The end of the string literal that opens at text[i] (a quote): the index of its closing quote,
// n when it is not closed (nlohmann then says where), or n + 1 when `validate` found a byte that
// is not UTF-8 (or one above ASCII right after a backslash). `plain` turns false at a \u escape,
// a bad escape or a control character (the string stays for nlohmann), `escapes` gets where the
// simple escapes are while it is plain, and `cut_ok` turns false at "\u0000".
size_t StringEnd(std::string_view text, size_t i, bool validate, bool* plain,
                 std::vector<size_t>* escapes, bool* cut_ok) {
  const char* p = text.data();
  const size_t n = text.size();
  size_t j = i + 1;
  while (j < n) {
    if (validate) {
      // ASCII without a stop byte 8 bytes a step, Chinese text two characters a step, any
      // other character checked on its own. A simple escape (\" \\ \/ \b \f \n \r \t: the
      // quotes and line ends of an uploaded page) is noted without leaving the ASCII run.
      for (uint64_t x; j + 8 <= n;) {
        std::memcpy(&x, p + j, 8);
        // the lowest flag is certain: the first byte above ASCII or the first stop byte
        const uint64_t m = (x & 0x8080808080808080ULL) | JsonStops8(x);
        if (!m) {
          j += 8;
          continue;
        }
        j += FirstFlaggedByte(m);
        if (p[j] != '\\' || j + 1 >= n || !kSimpleEscapes.on[static_cast<unsigned char>(p[j + 1])])
          break;
        if (*plain) escapes->push_back(j);
        j += 2;
      }
      for (uint64_t x; j + 8 <= n; j += 6) {
        std::memcpy(&x, p + j, 8);
        if (!TwoCjk(x)) break;
      }
      if (j >= n) break;
      if (static_cast<unsigned char>(p[j]) >= 0x80) {
        const size_t len = Utf8SequenceLengthFast(text, j);
        if (len == 0) return n + 1;
        j += len;
        continue;
      }
    } else {
      for (uint64_t x; j + 8 <= n; j += 8) {
        std::memcpy(&x, p + j, 8);
        if (uint64_t m = JsonStops8(x)) {
          j += FirstFlaggedByte(m);
          break;
        }
      }
      if (j >= n) break;
    }
    unsigned char d = static_cast<unsigned char>(p[j]);
    if (!kStops.on[d]) {
      ++j;
      continue;
    }
    if (d == '"') return j;
    if (d == '\\') {
      char e = j + 1 < n ? p[j + 1] : 0;
      if (validate && static_cast<unsigned char>(e) >= 0x80) return n + 1;  // else not checked
      if (e == 'u') {
        *plain = false;
        if (text.compare(j, 6, "\\u0000") == 0) *cut_ok = false;
      } else if (!JsonSimpleEscape(e)) {
        *plain = false;
      } else if (*plain) {
        escapes->push_back(j);
      }
      j += 2;
      continue;
    }
    *plain = false;  // a control character: nlohmann's error
    ++j;
  }
  return n;
}

// Whether text[at..] holds ':' after blanks (what follows a key).
bool KeyFollows(std::string_view text, size_t at) {
  const size_t n = text.size();
  while (at < n && (text[at] == ' ' || text[at] == '\n' || text[at] == '\r' || text[at] == '\t'))
    ++at;
  return at < n && text[at] == ':';
}

// One pass over the text (Scan below): its state, and the steps that run for few strings (taking
// a remembered upload, cutting a long string) as functions of their own. The loop over the text
// stays small: V8 counts a loop's iterations by the size of its body, and recompiles a function
// with TurboFan once they add up (during the first check, on the other core, when the loop
// carried these steps inline).
class Scanner {
 public:
  Scanner(std::string_view text, UploadMemo* memo)
      : text_(text), memo_(memo), taken_(memo->size()), cut_ok_(text.size() >= kLongString) {}

  Scanned Run(int max_depth, bool validate);

  // The steps Run takes for few strings (called through pointers, below).
  // A remembered upload as the string literal at text[i]: its bytes compared, its value copied.
  // Returns where the scan goes on (the closing quote), or npos when there is none to take.
  size_t TakeRemembered(size_t i);
  // Cuts the plain string literal [i, end] (end: its closing quote) when it is long and a value.
  void CutLong(size_t i, size_t end);

 private:
  // The long strings to remember: the value's index, and the remembered entry it was taken
  // from or else where its bytes are ([first, end) of the text).
  struct Keep {
    size_t value;
    MemoEntry* remembered;
    size_t first, end;
  };

  void Placeholder(size_t i) {
    out_.doc.append(text_.data() + copied_, i - copied_);
    out_.doc += "\"\\u0000" + std::to_string(out_.values.size()) + "\"";
  }
  void Remember();

  std::string_view text_;
  UploadMemo* memo_;
  Scanned out_;
  std::vector<Keep> kept_;
  std::vector<bool> taken_;
  size_t kept_bytes_ = 0;
  bool cut_ok_;  // false once "\u0000" is seen: nothing is cut
  std::string value_;
  std::vector<size_t> escapes_;
  size_t copied_ = 0;  // text[copied..] is not in out.doc yet
};

size_t Scanner::TakeRemembered(size_t i) {
  MemoEntry* e = Remembered(*memo_, taken_, text_, i);
  if (!e) return std::string_view::npos;
  const size_t end = i + 1 + e->raw.size();
  if (KeyFollows(text_, end + 1)) return std::string_view::npos;
  Placeholder(i);
  // remembered again while the memory holds at most kMemoTotal bytes in all
  if ((kept_bytes_ += e->raw.size()) <= kMemoTotal && kept_.size() < kMemoEntries)
    kept_.push_back({out_.values.size(), e, 0, 0});
  out_.values.push_back(e->decoded);
  copied_ = end + 1;
  return end;
}

void Scanner::CutLong(size_t i, size_t end) {
  if (KeyFollows(text_, end + 1)) return;
  const char* p = text_.data();
  // the runs between the escapes copied once, each escape decoded in place
  ResizeForOverwrite(value_, end - i - 1 - escapes_.size());
  char* w = &value_[0];
  size_t run = i + 1;
  for (size_t at : escapes_) {
    std::memcpy(w, p + run, at - run);
    w += at - run;
    *w++ = JsonSimpleEscape(p[at + 1]);  // (a simple escape: StringEnd noted only those)
    run = at + 2;
  }
  std::memcpy(w, p + run, end - run);
  Placeholder(i);
  if (end - i - 1 >= kMemoBytes && (kept_bytes_ += end - i - 1) <= kMemoTotal &&
      kept_.size() < kMemoEntries) {
    kept_.push_back({out_.values.size(), nullptr, i + 1, end});
  }
  out_.values.push_back(std::move(value_));
  value_ = std::string();
  copied_ = end + 1;
}

// Remember this document's long strings (the ones taken from the memo move over), and only
// them: nothing when none was cut.
void Scanner::Remember() {
  UploadMemo next;
  if (cut_ok_) {
    for (const Keep& k : kept_) {
      if (k.remembered)
        next.push_back(std::move(*k.remembered));
      else
        next.push_back(
            {std::string(text_.data() + k.first, text_.data() + k.end), out_.values[k.value]});
    }
  }
  *memo_ = std::move(next);
}

// The steps above are called through pointers no optimiser sees through: Binaryen inlines a
// function with one caller, and inlined they made Scan's loop 5.6 KB of WebAssembly (see Scanner).
size_t (*volatile const string_end)(std::string_view, size_t, bool, bool*, std::vector<size_t>*,
                                    bool*) = &StringEnd;
size_t (Scanner::*volatile const take_remembered)(size_t) = &Scanner::TakeRemembered;
void (Scanner::*volatile const cut_long)(size_t, size_t) = &Scanner::CutLong;

// One pass over the text: nesting depth, and the long plain strings cut out. The text is valid
// UTF-8, or `validate` checks it on the way (the characters of strings as they are read; outside
// strings JSON has ASCII only) and gives up at the first doubt: the caller then scans the text
// for UTF-8 first (ScanUtf8) and repairs it. Valid input is read once instead of twice.
Scanned Scanner::Run(int max_depth, bool validate) {
  const char* p = text_.data();
  const size_t n = text_.size();
  int depth = 0;
  for (size_t i = 0; i < n; ++i) {
    // outside string literals: to the next bracket, quote or (validating) byte above ASCII
    unsigned char c;
    while ((c = static_cast<unsigned char>(p[i])) != '"' && c != '{' && c != '[' && c != '}' &&
           c != ']' && c < 0x80) {
      if (++i == n) break;
    }
    if (i == n) break;
    if (c == '{' || c == '[') {
      if (++depth > max_depth) {
        out_.too_deep = i;
        return std::move(out_);
      }
      continue;
    }
    if (c == '}' || c == ']') {
      --depth;
      continue;
    }
    if (c != '"') {  // above ASCII
      if (validate) {
        out_.unsure = true;
        return std::move(out_);
      }
      continue;
    }
    if (cut_ok_ && !memo_->empty()) {
      const size_t end = (this->*take_remembered)(i);
      if (end != std::string_view::npos) {
        i = end;
        continue;
      }
    }
    // A string literal: find its end; note whether it is plain (decodable here).
    bool plain = true;
    escapes_.clear();  // where the plain escapes are (decoded without a second search)
    const size_t end = string_end(text_, i, validate, &plain, &escapes_, &cut_ok_);
    if (end > n) {
      out_.unsure = true;
      return std::move(out_);
    }
    if (end == n) break;  // unterminated: nlohmann says where
    if (cut_ok_ && plain && end - i > kLongString) (this->*cut_long)(i, end);
    i = end;
  }
  if (!cut_ok_) out_.values.clear();
  if (!out_.values.empty()) out_.doc.append(p + copied_, n - copied_);
  Remember();
  return std::move(out_);
}

Scanned Scan(std::string_view text, int max_depth, bool validate, UploadMemo* memo) {
  return Scanner(text, memo).Run(max_depth, validate);
}

// Puts the cut strings back in place of their placeholders.
void PutBack(json& v, std::vector<std::string>& values) {
  if (v.is_string()) {
    std::string& s = v.get_ref<std::string&>();
    if (s.size() < 2 || s[0] != '\0') return;
    size_t n = 0;
    for (size_t k = 1; k < s.size(); ++k) {
      if (s[k] < '0' || s[k] > '9') return;
      n = n * 10 + static_cast<size_t>(s[k] - '0');
    }
    if (n < values.size()) s = std::move(values[n]);
  } else if (v.is_object() || v.is_array()) {
    for (auto& child : v) PutBack(child, values);
  }
}

Decoded Failed(std::string error) {
  Decoded d;
  d.error = std::move(error);
  return d;
}

}  // namespace

size_t RememberedUploadBytes() {
  size_t n = 0;
  for (const MemoEntry& e : ThreadMemo()) n += e.raw.size();
  return n;
}

Decoded DecodeApplication(std::string_view input) {
  if (input.size() > kMaxInputBytes) {
    return Failed("input is " + std::to_string(input.size() >> 20) + " MB; the limit is " +
                  std::to_string(kMaxInputBytes >> 20) + " MB");
  }
  UploadMemo& memo = ThreadMemo();
  // Most applications (a batch's, a form without uploads) are valid UTF-8, nested less deeply
  // than the limit and hold no string long enough to remember: read in one pass. The memory of
  // uploads stays empty, as the scan below would leave it (only strings of kMemoBytes and more
  // are remembered). At the first doubt the reader gives up and the steps below decide. Not
  // tried while uploads are remembered: the page sends its uploads again with every change, and
  // the reader would give up at the first of them after reading what comes before it.
  if (memo.empty()) {
    QuickLimits quick;
    quick.check_utf8 = true;
    quick.max_string = kMemoBytes;
    quick.max_depth = kMaxDepth;
    Decoded d;
    if (ParseJsonQuick(input, &d.app, quick) && d.app.is_object()) {
      d.ok = true;
      return d;
    }
  }
  // Invalid UTF-8 is repaired (U+FFFD) and reported, so that nothing else is lost. Valid input
  // (nearly all) is checked while it is scanned; at the first doubt it is scanned for UTF-8 on
  // its own, repaired when it has to be, and scanned again.
  Utf8Report utf8;
  std::string repaired;
  std::string_view text = input;
  Scanned cut = Scan(text, kMaxDepth, true, &memo);
  if (cut.unsure) {
    utf8 = ScanUtf8(input);
    if (utf8.invalid_count > 0) {
      repaired = RepairUtf8(input);
      text = repaired;
    }
    cut = Scan(text, kMaxDepth, false, &memo);
  }
  if (cut.too_deep != std::string_view::npos) {
    return Failed("JSON nested deeper than " + std::to_string(kMaxDepth) + " levels at byte " +
                  std::to_string(cut.too_deep));
  }
  // Read by ParseJsonQuick, or by nlohmann where that gives up (errors, fractions, long numbers).
  auto parse = [](std::string_view t) {
    json v;
    if (!ParseJsonQuick(t, &v)) v = json::parse(t.data(), t.data() + t.size(), nullptr, false);
    return v;
  };
  json app;
  if (!cut.values.empty()) {
    app = parse(cut.doc);
    if (!app.is_discarded()) PutBack(app, cut.values);
  }
  // Nothing cut, or a syntax error: the whole text (errors name its byte offsets).
  if (cut.values.empty() || app.is_discarded()) app = parse(text);
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
                 std::string(Utf8Prefix(token, 20)) +
                 "'): " + (colon == std::string::npos ? msg : msg.substr(colon));
        return false;
      }
    } sax;
    sax.where = &where;
    json::sax_parse(text.begin(), text.end(), &sax, nlohmann::detail::input_format_t::json, true);
    // The parser quotes the bytes it stopped at, which may end inside a character.
    return Failed("not valid JSON at " +
                  (where.empty() ? std::string("unknown position") : RepairUtf8(where)));
  }
  if (!app.is_object()) {
    return Failed("the application must be a JSON object, got " + TypeName(app));
  }

  Decoded d;
  d.ok = true;
  d.app = std::move(app);
  d.utf8 = utf8;
  return d;
}

}  // namespace beian
