#include "core/facts/contact.h"

#include "core/shapes.h"
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

bool LandlineOk(const std::string& raw, bool* is_mobile) {
  std::string s = FoldWidth(raw);
  std::string t;
  for (size_t i = 0; i < s.size(); ++i) {
    char ch = s[i];
    if (ch == ' ' || ch == '(' || ch == ')') {
      if (ch == ')') t += '-';
      continue;
    }
    t += ch;
  }
  // （0571）: full-width parentheses are folded by FoldWidth.
  if (t.rfind("+86-", 0) == 0)
    t = "0" + t.substr(4);
  else if (t.rfind("+86", 0) == 0)
    t = "0" + t.substr(3);
  else if (t.rfind("0086", 0) == 0)
    t = "0" + t.substr(4);
  *is_mobile = shapes::MobileShape(t);
  return shapes::Landline(t) || shapes::ServiceNumber(t);
}

}  // namespace beian::facts
