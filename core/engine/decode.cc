#include "core/engine/decode.h"

#include <vector>

#include "core/check.h"

namespace beian {
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

// Long string values (uploaded pages, WHOIS replies, licence texts) are cut out of the document
// before nlohmann's lexer, which reads a string a byte at a time into a growing buffer (a fifth
// of a typical check natively, more in wasm), and decoded here by runs. Each becomes a short
// placeholder "\u0000<n>" that PutBack() replaces after parsing. Only plain strings are cut:
// one with a \u escape, a control character or a bad escape stays for nlohmann (which decodes or
// rejects it as before), and so do object keys. A document holding "\u0000" itself is parsed
// as it is, so a placeholder can never meet a seller's text.
constexpr size_t kLongString = 256;

struct Extracted {
  std::string doc;
  std::vector<std::string> values;
};

// The string literal opening at text[open] ('"'), decoded into *value; the index of its closing
// quote, or npos when nlohmann must read it (\u escape, control character, bad escape, no end).
size_t DecodePlainString(std::string_view text, size_t open, std::string* value) {
  value->clear();
  size_t run = open + 1;
  for (size_t i = run; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    if (c < 0x20) return std::string_view::npos;
    value->append(text.data() + run, i - run);
    if (c == '"') return i;
    if (i + 1 >= text.size()) return std::string_view::npos;
    switch (text[++i]) {
      case '"':
        *value += '"';
        break;
      case '\\':
        *value += '\\';
        break;
      case '/':
        *value += '/';
        break;
      case 'b':
        *value += '\b';
        break;
      case 'f':
        *value += '\f';
        break;
      case 'n':
        *value += '\n';
        break;
      case 'r':
        *value += '\r';
        break;
      case 't':
        *value += '\t';
        break;
      default:
        return std::string_view::npos;  // \u.... or not an escape
    }
    run = i + 1;
  }
  return std::string_view::npos;
}

// False when nothing was cut (the document is parsed as it is).
bool ExtractLongStrings(std::string_view text, Extracted* out) {
  if (text.size() < kLongString || text.find("\\u0000") != std::string_view::npos) return false;
  std::string value;
  size_t copied = 0;  // text[copied..] is not in out->doc yet
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '"') continue;
    // Find the closing quote (escapes skipped) of this literal.
    size_t end = i + 1;
    while (end < text.size() && text[end] != '"') end += text[end] == '\\' ? 2 : 1;
    if (end >= text.size()) break;  // unterminated: nlohmann says where
    if (end - i > kLongString) {
      size_t next = end + 1;  // a key is followed by ':'
      while (next < text.size() &&
             (text[next] == ' ' || text[next] == '\n' || text[next] == '\r' || text[next] == '\t'))
        ++next;
      if ((next >= text.size() || text[next] != ':') && DecodePlainString(text, i, &value) == end) {
        out->doc.append(text.data() + copied, i - copied);
        out->doc += "\"\\u0000" + std::to_string(out->values.size()) + "\"";
        out->values.push_back(std::move(value));
        value = std::string();
        copied = end + 1;
      }
    }
    i = end;
  }
  if (out->values.empty()) return false;
  out->doc.append(text.data() + copied, text.size() - copied);
  return true;
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

Decoded DecodeApplication(std::string_view input) {
  if (input.size() > kMaxInputBytes) {
    return Failed("input is " + std::to_string(input.size() >> 20) + " MB; the limit is " +
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
    return Failed("JSON nested deeper than " + std::to_string(kMaxDepth) + " levels at byte " +
                  std::to_string(deep));
  }
  json app;
  Extracted cut;
  if (ExtractLongStrings(text, &cut)) {
    app = json::parse(cut.doc.begin(), cut.doc.end(), nullptr, false);
    if (!app.is_discarded()) PutBack(app, cut.values);
  }
  // Nothing cut, or a syntax error: the whole text (errors name its byte offsets).
  if (cut.values.empty() || app.is_discarded())
    app = json::parse(text.begin(), text.end(), nullptr, false);
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
