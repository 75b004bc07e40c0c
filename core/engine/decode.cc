#include "core/engine/decode.h"

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
