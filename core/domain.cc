#include "core/domain.h"

#include <algorithm>

#include "core/text.h"

namespace beian {

namespace {
std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t p = s.find(sep, start);
    out.push_back(s.substr(start, p == std::string::npos ? std::string::npos : p - start));
    if (p == std::string::npos) break;
    start = p + 1;
  }
  return out;
}
}  // namespace

DomainInput ParseDomainInput(const std::string& typed) {
  DomainInput in;
  std::string s = Lower(Compact(typed));
  // Chinese full stop used as a dot.
  for (std::string from : {"。", "．"}) {
    size_t p;
    while ((p = s.find(from)) != std::string::npos) s.replace(p, from.size(), ".");
  }
  size_t scheme = s.find("://");
  if (scheme != std::string::npos) {
    in.had_scheme = true;
    s = s.substr(scheme + 3);
  }
  size_t cut = s.find_first_of("/?#");
  if (cut != std::string::npos) {
    if (cut + 1 < s.size() || s[cut] != '/') in.had_path = true;
    if (cut + 1 < s.size()) in.had_path = true;
    s = s.substr(0, cut);
  }
  size_t colon = s.rfind(':');
  if (colon != std::string::npos && colon + 1 < s.size() && IsAsciiDigits(s.substr(colon + 1))) {
    in.had_port = true;
    s = s.substr(0, colon);
  }
  while (!s.empty() && s.back() == '.') s.pop_back();
  in.host = s;
  return in;
}

bool DomainSyntaxOk(const std::string& host, std::string* why, std::string* bad_label) {
  auto fail = [&](const char* w, const std::string& label) {
    if (why) *why = w;
    if (bad_label) *bad_label = label;
    return false;
  };
  if (host.empty()) return fail("empty", "");
  if (host.size() > 253) return fail("too_long", "");
  auto labels = Split(host, '.');
  if (labels.size() < 2) return fail("single_label", host);
  for (const auto& label : labels) {
    if (label.empty()) return fail("label_empty", label);
    bool ascii = true;
    for (unsigned char ch : label)
      if (ch >= 0x80) ascii = false;
    if (ascii) {
      if (label.size() > 63) return fail("label_too_long", label);
      for (char ch : label)
        if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-'))
          return fail("bad_char", label);
      if (label.front() == '-' || label.back() == '-') return fail("hyphen_edge", label);
    } else {
      auto cps = CodePoints(label);
      if (cps.size() > 63) return fail("label_too_long", label);
      for (const auto& cp : cps) {
        if (cp.size() == 1) {
          char ch = cp[0];
          if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-'))
            return fail("bad_char", label);
        } else if (!IsCjk(cp) && cp.size() < 2) {
          return fail("bad_char", label);
        }
      }
    }
  }
  if (IsAsciiDigits(labels.back())) return fail("numeric_tld", labels.back());
  return true;
}

std::string RegistrableDomain(const std::string& host, const std::vector<std::string>& suffixes2) {
  auto labels = Split(host, '.');
  if (labels.size() <= 2) return host;
  std::string last2 = labels[labels.size() - 2] + "." + labels.back();
  size_t keep = std::find(suffixes2.begin(), suffixes2.end(), last2) != suffixes2.end() ? 3 : 2;
  if (labels.size() <= keep) return host;
  std::string out;
  for (size_t i = labels.size() - keep; i < labels.size(); ++i)
    out += (out.empty() ? "" : ".") + labels[i];
  return out;
}

std::string SecondLevelLabel(const std::string& host, const std::vector<std::string>& suffixes2) {
  std::string reg = RegistrableDomain(host, suffixes2);
  size_t dot = reg.find('.');
  return dot == std::string::npos ? reg : reg.substr(0, dot);
}

std::string TopLevel(const std::string& host) {
  size_t dot = host.rfind('.');
  return dot == std::string::npos ? host : host.substr(dot + 1);
}

}  // namespace beian
