#include "core/facts/contact.h"

#include <re2/re2.h>

#include "core/text.h"

namespace beian::facts {

std::string NormalizePhone(const std::string& raw) {
  std::string s = Compact(raw);
  std::string out;
  for (char ch : s)
    if ((ch >= '0' && ch <= '9') || ch == '+') out += ch;
  if (out.rfind("+86", 0) == 0) {
    out = out.substr(3);
  } else if (out.rfind("0086", 0) == 0) {
    out = out.substr(4);
  } else if (out.size() == 13 && out.rfind("86", 0) == 0 && out[2] == '1') {
    out = out.substr(2);
  }
  return out;
}

const re2::RE2& MobileShape() {
  static const re2::RE2 re("^1[3-9]\\d{9}$");
  return re;
}

}  // namespace beian::facts
