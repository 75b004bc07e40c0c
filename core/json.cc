#include "core/json.h"

#include <cstdlib>

namespace beian {

const json* At(const json& doc, const std::string& pointer) {
  const json* cur = &doc;
  size_t i = 0;
  if (pointer.empty()) return cur;
  if (pointer[0] != '/') return nullptr;
  while (i < pointer.size()) {
    size_t next = pointer.find('/', i + 1);
    std::string token =
        pointer.substr(i + 1, next == std::string::npos ? std::string::npos : next - i - 1);
    std::string key;
    for (size_t k = 0; k < token.size(); ++k) {
      if (token[k] == '~' && k + 1 < token.size()) {
        key += token[k + 1] == '1' ? '/' : '~';
        ++k;
      } else {
        key += token[k];
      }
    }
    if (cur->is_object()) {
      auto it = cur->find(key);
      if (it == cur->end()) return nullptr;
      cur = &*it;
    } else if (cur->is_array()) {
      if (key.empty() || key.size() > 9) return nullptr;
      for (char ch : key)
        if (ch < '0' || ch > '9') return nullptr;
      size_t idx = static_cast<size_t>(std::strtoul(key.c_str(), nullptr, 10));
      if (idx >= cur->size()) return nullptr;
      cur = &(*cur)[idx];
    } else {
      return nullptr;
    }
    if (next == std::string::npos) break;
    i = next;
  }
  return cur;
}

const std::string* Str(const json& doc, const std::string& pointer) {
  const json* v = At(doc, pointer);
  if (!v || !v->is_string()) return nullptr;
  return v->get_ptr<const std::string*>();
}

std::optional<std::string> NonBlank(const json& doc, const std::string& pointer) {
  const std::string* s = Str(doc, pointer);
  if (!s) return std::nullopt;
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
  if (b >= e) return std::nullopt;
  return s->substr(b, e - b);
}

std::optional<bool> Bool(const json& doc, const std::string& pointer) {
  const json* v = At(doc, pointer);
  if (!v || !v->is_boolean()) return std::nullopt;
  return v->get<bool>();
}

std::optional<double> Num(const json& doc, const std::string& pointer) {
  const json* v = At(doc, pointer);
  if (!v || !v->is_number()) return std::nullopt;
  return v->get<double>();
}

size_t Count(const json& doc, const std::string& pointer) {
  const json* v = At(doc, pointer);
  return v && v->is_array() ? v->size() : 0;
}

std::vector<std::string> Strings(const json& doc, const std::string& pointer) {
  std::vector<std::string> out;
  const json* v = At(doc, pointer);
  if (!v || !v->is_array()) return out;
  for (const auto& item : *v)
    if (item.is_string()) out.push_back(item.get<std::string>());
  return out;
}

std::string Dump(const json& value, int indent) {
  return value.dump(indent, ' ', false, json::error_handler_t::replace);
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
