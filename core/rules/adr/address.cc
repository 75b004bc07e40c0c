// ADR-001…006: the subject's addresses (通信地址, 证件住所): detailed to the door number, no
// shorthand, local wording, the selected province/city/district, personal filings at home. Parsed
// with core/geo/address.h (the mailing address once per check: core/facts/address.h), codes with
// core/geo/regions.h.
#include "core/facts/address.h"

#include <string>

#include "core/geo/address.h"
#include "core/geo/regions.h"
#include "core/model.h"
#include "core/rules/adr/adr.h"

namespace beian::rules {
namespace {

bool Contains(const std::string& s, const std::string& word) {
  return s.find(word) != std::string::npos;
}

// The first word of the params array `key` (non-strings skipped) found in `text` (short texts
// only: addresses), or "".
std::string FirstParamWord(const Ctx& c, const std::string& key, const std::string& text) {
  const json& words = c.Param(key);
  if (!words.is_array()) return "";
  for (const auto& w : words)
    if (w.is_string() && !w.get<std::string>().empty() && Contains(text, w.get<std::string>()))
      return w.get<std::string>();
  return "";
}

std::string RegionNameOf(int code) {
  const Region* r = CurrentRegion(code < 100 ? code * 10000 : code);
  return r ? std::string(r->name) : std::to_string(code);
}

// "a-b-c" digit groups: symbolic shorthand such as 42-2-1.
bool HasDashShorthand(const std::string& s) {
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] < '0' || s[i] > '9') {
      ++i;
      continue;
    }
    int groups = 0;
    size_t j = i;
    while (j < s.size()) {
      size_t k = j;
      while (k < s.size() && s[k] >= '0' && s[k] <= '9') ++k;
      if (k == j) break;
      ++groups;
      if (k < s.size() && s[k] == '-') {
        j = k + 1;
      } else {
        j = k;
        break;
      }
    }
    if (groups >= 3) return true;
    i = j > i ? j : i + 1;
  }
  return false;
}

}  // namespace

// ADR-001: detailed to the door number
void Adr001(Ctx& c) {
  auto addr = NonBlank(c.app(), "/subject/mailing_address");
  if (!addr) return c.Skip();
  const ParsedAddress& p = facts::MailingAddress(c);
  if (!p.house_number.empty() || !p.room.empty()) return;
  if (!FirstParamWord(c, "unit_words", p.normalized).empty()) return;
  auto remarks = NonBlank(c.app(), "/subject/remarks");
  if (remarks && !FirstParamWord(c, "most_detailed_remarks", *remarks).empty()) return;
  c.Emit("/subject/mailing_address", {{"value", *addr}}, Evidence(*addr));
}

// ADR-002: no shorthand, no PO box, Shanghai personal to 路-弄-号-室
void Adr002(Ctx& c) {
  auto addr = NonBlank(c.app(), "/subject/mailing_address");
  if (!addr) return c.Skip();
  const ParsedAddress& p = facts::MailingAddress(c);
  std::string box = FirstParamWord(c, "po_box_words", p.normalized);
  if (!box.empty()) {
    c.Emit("/subject/mailing_address", {{"value", *addr}, {"word", box}},
           Evidence(*addr, "po_box"));
  } else if (HasDashShorthand(p.rest)) {
    c.Emit("/subject/mailing_address", {{"value", *addr}}, Evidence(*addr));
  } else if (c.province() == 31 && IsIndividual(c.app()) &&
             (p.house_number.empty() || p.room.empty())) {
    c.Emit("/subject/mailing_address", {{"value", *addr}}, Evidence(*addr, "shanghai_personal"));
  }
}

// ADR-003: Tianjin wording
void Adr003(Ctx& c) {
  bool any = false;
  // Addresses only: a filing system's city drop-down may itself offer 市辖区.
  for (const char* path : {"/subject/mailing_address", "/subject/certificate_address"}) {
    auto v = NonBlank(c.app(), path);
    if (!v) continue;
    any = true;
    std::string n = NormalizeAddress(*v);
    if (Contains(n, "市辖区")) {
      c.Emit(path, {{"value", *v}}, Evidence(*v));
    } else if (!FirstParamWord(c, "binhai_words", n).empty() && !Contains(n, "滨海新区")) {
      c.Emit(path, {{"value", *v}, {"word", FirstParamWord(c, "binhai_words", n)}},
             Evidence(*v, "binhai"));
    } else if (Contains(n, "华苑") && !Contains(n, "南开区") && !Contains(n, "西青区")) {
      c.Emit(path, {{"value", *v}}, Evidence(*v, "huayuan"));
    }
  }
  if (!any) c.Skip();
}

// ADR-004: selected province/city/district vs 通信地址
void Adr004(Ctx& c) {
  auto addr = NonBlank(c.app(), "/subject/mailing_address");
  if (!addr || !c.province()) return c.Skip();
  const ParsedAddress& p = facts::MailingAddress(c);
  const std::string prov = facts::ProvinceFullName(c.province());
  Vars vars = {{"value", *addr}};
  if (p.province && p.province != c.province()) {
    vars.push_back({"selected", prov});
    vars.push_back({"found", RegionNameOf(p.province)});
    c.Emit("/subject/mailing_address", vars, Evidence(*addr, "province"));
    return;
  }
  auto city = NonBlank(c.app(), "/subject/city");
  if (!city) return;
  ParsedAddress sc = ParseAddress(prov + *city);
  if (sc.prefecture && p.prefecture && p.prefecture != sc.prefecture) {
    vars.push_back({"selected", *city});
    vars.push_back({"found", RegionNameOf(p.prefecture)});
    c.Emit("/subject/mailing_address", vars, Evidence(*addr, "city"));
    return;
  }
  auto district = NonBlank(c.app(), "/subject/district");
  if (!district) return;
  ParsedAddress sd = ParseAddress(prov + *city + *district);
  if (!sd.county) return;
  if (p.county && p.county != sd.county) {
    vars.push_back({"selected", *district});
    vars.push_back({"found", RegionNameOf(p.county)});
    c.Emit("/subject/mailing_address", vars, Evidence(*addr, "district"));
  } else if (p.county_text.empty()) {
    vars.push_back({"selected", *district});
    c.Emit("/subject/mailing_address", vars, Evidence(*addr, "district_missing"));
  }
}

// ADR-005: 通信地址 vs 证件住所 in the same city (河北, 河南, 贵州) / district (江苏)
void Adr005(Ctx& c) {
  auto mail = NonBlank(c.app(), "/subject/mailing_address");
  auto cert = NonBlank(c.app(), "/subject/certificate_address");
  if (!mail || !cert) return c.Skip();
  ParsedAddress m = ParseAddress(*mail), l = ParseAddress(*cert);
  Vars vars = {{"value", *mail}, {"licence", *cert}};
  bool province_differs = m.province && l.province && m.province != l.province;
  bool city_differs = m.prefecture && l.prefecture && m.prefecture != l.prefecture;
  if (c.province() == 32) {
    if (province_differs || city_differs || (m.county && l.county && m.county != l.county)) {
      vars.push_back({"mail_district", m.county ? RegionNameOf(m.county) : m.county_text});
      vars.push_back({"licence_district", l.county ? RegionNameOf(l.county) : l.county_text});
      c.Emit("/subject/mailing_address", vars, Evidence(*mail, "jiangsu"));
    }
    return;
  }
  if (province_differs || city_differs) {
    vars.push_back(
        {"mail_city", m.prefecture ? RegionNameOf(m.prefecture) : RegionNameOf(m.province)});
    vars.push_back(
        {"licence_city", l.prefecture ? RegionNameOf(l.prefecture) : RegionNameOf(l.province)});
    c.Emit("/subject/mailing_address", vars, Evidence(*mail));
  }
}

// ADR-006: personal filings use the home address
void Adr006(Ctx& c) {
  if (!IsIndividual(c.app())) return c.Skip();
  auto addr = NonBlank(c.app(), "/subject/mailing_address");
  if (!addr) return c.Skip();
  std::string word = FirstParamWord(c, "office_words", NormalizeAddress(*addr));
  if (!word.empty())
    c.Emit("/subject/mailing_address", {{"value", *addr}, {"word", word}}, Evidence(*addr));
}

}  // namespace beian::rules
