// ADR-001…006 (addresses), ENT-006 (cross-province enterprise filing), PPL-017 (cross-province
// personal filing). Addresses are parsed with core/geo/address.h, codes with core/geo/regions.h.
#include <algorithm>
#include <string>
#include <vector>

#include "core/rules/rule.h"
#include "core/geo/address.h"
#include "core/geo/regions.h"
#include "core/ids.h"
#include "core/model.h"
#include "core/province.h"

namespace beian {
namespace {

bool Contains(const std::string& s, const std::string& word) {
  return s.find(word) != std::string::npos;
}

// Strings of a parameter array (non-strings skipped).
std::vector<std::string> ParamWords(const Ctx& c, const std::string& key) {
  std::vector<std::string> out;
  const json& v = c.Param(key);
  if (!v.is_array()) return out;
  for (const auto& w : v)
    if (w.is_string()) out.push_back(w.get<std::string>());
  return out;
}

// First word of `words` found in `text` (short texts only: addresses), or "".
std::string FirstWord(const std::string& text, const std::vector<std::string>& words) {
  for (const auto& w : words)
    if (!w.empty() && Contains(text, w)) return w;
  return "";
}

bool ParamHasProvince(const Ctx& c, const std::string& key, int province) {
  for (const auto& p : ParamWords(c, key))
    if (ProvinceCode(p) == province) return true;
  return false;
}

std::string ProvinceName(int code) {
  const ProvinceInfo* p = ProvinceByCode(code);
  return p ? p->name : std::to_string(code);
}

std::string RegionNameOf(int code) {
  const Region* r = CurrentRegion(code < 100 ? code * 10000 : code);
  return r ? r->name : std::to_string(code);
}

const ParsedAddress& Mailing(Ctx& c) {
  return c.Memo<ParsedAddress>("geo.mailing_address", [&] {
    auto s = NonBlank(c.app(), "/subject/mailing_address");
    return s ? ParseAddress(*s) : ParsedAddress{};
  });
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

// ---- ADR-001: detailed to the door number ---------------------------------------------------
}  // namespace
namespace rules {

void Adr001(Ctx& c) {
  auto addr = NonBlank(c.app(), "/subject/mailing_address");
  if (!addr) return c.Skip();
  const ParsedAddress& p = Mailing(c);
  if (!p.house_number.empty() || !p.room.empty()) return;
  if (!FirstWord(p.normalized, ParamWords(c, "unit_words")).empty()) return;
  auto remarks = NonBlank(c.app(), "/subject/remarks");
  if (remarks && !FirstWord(*remarks, ParamWords(c, "most_detailed_remarks")).empty()) return;
  c.Emit("/subject/mailing_address", {{"value", *addr}}, Evidence(*addr));
}

}  // namespace rules
namespace {

// ---- ADR-002: no shorthand, no PO box, Shanghai personal to 路-弄-号-室 ---------------------
}  // namespace
namespace rules {

void Adr002(Ctx& c) {
  auto addr = NonBlank(c.app(), "/subject/mailing_address");
  if (!addr) return c.Skip();
  const ParsedAddress& p = Mailing(c);
  std::string box = FirstWord(p.normalized, ParamWords(c, "po_box_words"));
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

}  // namespace rules
namespace {

// ---- ADR-003: Tianjin wording ---------------------------------------------------------------
}  // namespace
namespace rules {

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
    } else if (!FirstWord(n, ParamWords(c, "binhai_words")).empty() && !Contains(n, "滨海新区")) {
      c.Emit(path, {{"value", *v}, {"word", FirstWord(n, ParamWords(c, "binhai_words"))}},
             Evidence(*v, "binhai"));
    } else if (Contains(n, "华苑") && !Contains(n, "南开区") && !Contains(n, "西青区")) {
      c.Emit(path, {{"value", *v}}, Evidence(*v, "huayuan"));
    }
  }
  if (!any) c.Skip();
}

}  // namespace rules
namespace {

// ---- ADR-004: selected province/city/district vs 通信地址 -----------------------------------
}  // namespace
namespace rules {

void Adr004(Ctx& c) {
  auto addr = NonBlank(c.app(), "/subject/mailing_address");
  if (!addr || !c.province()) return c.Skip();
  const ParsedAddress& p = Mailing(c);
  const std::string prov = ProvinceName(c.province());
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

}  // namespace rules
namespace {

// ---- ADR-005: 通信地址 vs 证件住所 in the same city (河北, 河南, 贵州) / district (江苏) --------
}  // namespace
namespace rules {

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

}  // namespace rules
namespace {

// ---- ADR-006: personal filings use the home address -----------------------------------------
}  // namespace
namespace rules {

void Adr006(Ctx& c) {
  if (!IsIndividual(c.app())) return c.Skip();
  auto addr = NonBlank(c.app(), "/subject/mailing_address");
  if (!addr) return c.Skip();
  std::string word = FirstWord(NormalizeAddress(*addr), ParamWords(c, "office_words"));
  if (!word.empty())
    c.Emit("/subject/mailing_address", {{"value", *addr}, {"word", word}}, Evidence(*addr));
}

}  // namespace rules
namespace {

// ---- ENT-006: USCC region vs filing province ------------------------------------------------
}  // namespace
namespace rules {

void Ent006(Ctx& c) {
  if (IsIndividual(c.app())) return c.Skip();
  const std::string* type = Str(c.app(), "/subject/certificate_type");
  if (type && *type == "resident_id") return c.Skip();
  auto raw = NonBlank(c.app(), "/subject/certificate_number");
  if (!raw) return c.Skip();
  std::string code = NormalizeCode(*raw);
  if (!UsccFormatOk(code)) return c.Skip();  // ENT-002 reports the format
  std::string region = code.substr(2, 6);
  int uscc_province = (code[2] - '0') * 10 + (code[3] - '0');
  Vars vars = {{"value", code}, {"region", region}};
  if (c.province() && ProvinceByCode(uscc_province) && uscc_province != c.province()) {
    vars.push_back({"uscc_province", ProvinceName(uscc_province)});
    vars.push_back({"province", ProvinceName(c.province())});
    c.Emit("/subject/certificate_number", vars, Evidence(code));
  } else if (region != "100000" && !IsKnownRegion(region)) {
    c.Emit("/subject/certificate_number", vars, Evidence(code, "region_unknown"));
  }
  if (auto addr = NonBlank(c.app(), "/subject/certificate_address"); addr && c.province()) {
    ParsedAddress a = ParseAddress(*addr);
    if (a.province && a.province != c.province()) {
      c.Emit("/subject/certificate_address",
             {{"value", *addr},
              {"found", ProvinceName(a.province)},
              {"province", ProvinceName(c.province())}},
             Evidence(*addr, "address"));
    }
  }
  if (!c.province()) c.Skip();
}

}  // namespace rules
namespace {

// ---- PPL-017: personal filing outside the ID's province -------------------------------------
}  // namespace
namespace rules {

void Ppl017(Ctx& c) {
  if (!IsIndividual(c.app()) || !c.province()) return c.Skip();
  std::string id, path;
  const std::string* cert_type = Str(c.app(), "/subject/certificate_type");
  auto cert = NonBlank(c.app(), "/subject/certificate_number");
  if (cert && (!cert_type || *cert_type == "resident_id")) {
    id = NormalizeCode(*cert);
    path = "/subject/certificate_number";
  }
  if (!ParseResidentId(id).format_ok) {
    auto pid = NonBlank(c.app(), "/subject/principal/id_number");
    const std::string* ptype = Str(c.app(), "/subject/principal/id_type");
    if (!pid || (ptype && *ptype != "resident_id")) return c.Skip();
    id = NormalizeCode(*pid);
    path = "/subject/principal/id_number";
  }
  ResidentId parsed = ParseResidentId(id);
  if (!parsed.format_ok || !ProvinceByCode(parsed.province) || parsed.province > 70)
    return c.Skip();
  int filing = c.province();
  if (parsed.province == filing) return;
  Vars vars = {{"value", MaskId(id)},
               {"id_province", ProvinceName(parsed.province)},
               {"province", ProvinceName(filing)}};
  EmitOptions o = Evidence(MaskId(id));
  if (ParamHasProvince(c, "allowed", filing)) return;
  if (ParamHasProvince(c, "not_allowed", filing)) {
    o.variant = "not_allowed";
  } else if (ParamHasProvince(c, "residence_permit", filing) ||
             ParamHasProvince(c, "student_card_or_permit", filing)) {
    auto permit = NonBlank(c.app(), "/subject/principal/residence_permit_province");
    if (permit && ProvinceCode(*permit) == filing) return;
    o.variant = ParamHasProvince(c, "student_card_or_permit", filing) ? "student_card_or_permit"
                : filing == 31                                        ? "shanghai"
                                                                      : "residence_permit";
  }
  c.Emit(path, vars, o);
}

}  // namespace rules
namespace {

}  // namespace
}  // namespace beian
