// HST-001 (server IP outside the mainland ranges, instance region), HST-005 (public IPs),
// HST-008 (resolved vs filed IPs), SEED-010 (overseas hosting), SEED-015 (CDN/proxy IPs).
#include <string>
#include <vector>

#include "core/rules/rule.h"
#include "core/net/ip.h"

namespace beian {
namespace {

struct IpRef {
  std::string path;
  std::string raw;
  std::optional<IpAddress> ip;
  std::string field;  // server_ips | cdn_domestic_ips | resolved_ips
};

std::vector<IpRef> IpsOf(const json& site, const std::string& base, const char* field,
                         const char* rel) {
  std::vector<IpRef> out;
  const json* arr = At(site, rel);
  if (!arr || !arr->is_array()) return out;
  for (size_t j = 0; j < arr->size(); ++j) {
    const json& v = (*arr)[j];
    if (!v.is_string()) continue;
    std::string raw = v.get<std::string>();
    // Trim ASCII whitespace only; anything else must parse as it stands.
    size_t b = raw.find_first_not_of(" \t\r\n"), e = raw.find_last_not_of(" \t\r\n");
    std::string t = b == std::string::npos ? "" : raw.substr(b, e - b + 1);
    if (t.empty()) continue;
    out.push_back({base + rel + "/" + std::to_string(j), t, ParseIp(t), field});
  }
  return out;
}

const json* Sites(const Ctx& c) {
  const json* s = At(c.app(), "/websites");
  return s && s->is_array() ? s : nullptr;
}

std::string Base(size_t i) { return "/websites/" + std::to_string(i); }

// The addresses the applicant filed for site i: server IPs first, then domestic CDN IPs.
std::vector<IpRef> FiledIpsOf(const json& site, size_t i) {
  std::vector<IpRef> out = IpsOf(site, Base(i), "server_ips", "/hosting/server_ips");
  for (auto& r : IpsOf(site, Base(i), "cdn_domestic_ips", "/hosting/cdn_domestic_ips"))
    out.push_back(r);
  return out;
}

// Every address of every site, site by site; a site's filed addresses come before its resolved
// ones (report order).
std::vector<IpRef> AllIps(const Ctx& c) {
  std::vector<IpRef> out;
  const json* sites = Sites(c);
  for (size_t i = 0; sites && i < sites->size(); ++i) {
    const json& s = (*sites)[i];
    for (auto& r : FiledIpsOf(s, i)) out.push_back(r);
    for (auto& r : IpsOf(s, Base(i), "resolved_ips", "/resolved_ips")) out.push_back(r);
  }
  return out;
}

bool IsOverseas(const std::string& location) {
  return location == "hong_kong" || location == "macao" || location == "taiwan" ||
         location == "overseas";
}

// ---- HST-005 --------------------------------------------------------------------------------
}  // namespace
namespace rules {

void Hst005(Ctx& c) {
  std::vector<IpRef> all = AllIps(c);
  if (all.empty()) return c.Skip();
  for (const IpRef& r : all) {
    if (!r.ip) {
      c.Emit(r.path, {{"value", r.raw}}, Evidence(r.raw, "syntax"));
      continue;
    }
    IpKind kind = ClassifyIp(*r.ip);
    if (kind != IpKind::kPublic) {
      c.Emit(
          r.path,
          {{"value", r.raw}, {"kind", c.locale() == "en" ? IpKindName(kind) : IpKindNameZh(kind)}},
          Evidence(r.raw));
    }
  }
}

}  // namespace rules
namespace {

// ---- HST-008 --------------------------------------------------------------------------------
}  // namespace
namespace rules {

void Hst008(Ctx& c) {
  const json* sites = Sites(c);
  bool any = false;
  for (size_t i = 0; sites && i < sites->size(); ++i) {
    const json& s = (*sites)[i];
    std::vector<IpRef> filed = FiledIpsOf(s, i);
    std::vector<IpRef> resolved = IpsOf(s, Base(i), "resolved_ips", "/resolved_ips");
    std::vector<IpAddress> filed_ips;
    std::string filed_text;
    for (const auto& f : filed) {
      if (!f.ip) continue;
      filed_ips.push_back(*f.ip);
      filed_text += (filed_text.empty() ? "" : ", ") + f.ip->ToString();
    }
    if (filed_ips.empty() || resolved.empty()) continue;
    any = true;
    for (const IpRef& r : resolved) {
      if (!r.ip) continue;  // HST-005
      bool match = false;
      for (const auto& f : filed_ips) match = match || f == *r.ip;
      if (!match) c.Emit(r.path, {{"value", r.raw}, {"filed", filed_text}}, Evidence(r.raw));
    }
  }
  if (!any) c.Skip();
}

}  // namespace rules
namespace {

// ---- HST-001 (instance region; server IP outside the mainland ranges) -----------------------
}  // namespace
namespace rules {

void Hst001(Ctx& c) {
  const json* sites = Sites(c);
  bool any = false;
  for (size_t i = 0; sites && i < sites->size(); ++i) {
    const json& s = (*sites)[i];
    const std::string* location = Str(s, "/hosting/location");
    if (location && *location != "mainland") continue;  // APP-002 / SEED-010 speak to those
    if (const std::string* region = Str(s, "/hosting/instance_region")) {
      any = true;
      std::string lower;
      for (char ch : *region) lower += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
      const json& words = c.Param("overseas_region_words");
      std::string hit;
      if (words.is_array())
        for (const auto& w : words)
          if (w.is_string() && hit.empty() && lower.find(w.get<std::string>()) != std::string::npos)
            hit = w.get<std::string>();
      if (!hit.empty())
        c.Emit(Base(i) + "/hosting/instance_region", {{"value", *region}}, Evidence(*region));
    }
    for (const IpRef& r : IpsOf(s, Base(i), "server_ips", "/hosting/server_ips")) {
      if (!r.ip || !IsPublicIp(*r.ip)) continue;  // HST-005
      any = true;
      if (InMainlandChina(*r.ip)) continue;
      EmitOptions o = Evidence(r.raw, location ? "ip_not_mainland" : "ip_not_mainland_unstated");
      c.Emit(r.path, {{"value", r.raw}}, o);
    }
  }
  if (!any) c.Skip();
}

}  // namespace rules
namespace {

// ---- SEED-010 -------------------------------------------------------------------------------
}  // namespace
namespace rules {

void Seed010(Ctx& c) {
  const json* sites = Sites(c);
  bool any = false;
  auto statement = Bool(c.app(), "/documents/cross_border_compliance_statement");
  for (size_t i = 0; sites && i < sites->size(); ++i) {
    const std::string* location = Str((*sites)[i], "/hosting/location");
    if (!location) continue;
    any = true;
    if (!IsOverseas(*location) || statement.value_or(false)) continue;
    c.Emit(Base(i) + "/hosting/location", {{"value", *location}}, Evidence(*location));
  }
  if (!any) c.Skip();
}

}  // namespace rules
namespace {

// ---- SEED-015 -------------------------------------------------------------------------------
}  // namespace
namespace rules {

void Seed015(Ctx& c) {
  bool any = false;
  for (const IpRef& r : AllIps(c)) {
    if (!r.ip) continue;
    any = true;
    if (!InCloudflare(*r.ip)) continue;
    c.Emit(r.path, {{"value", r.raw}, {"provider", "Cloudflare"}},
           Evidence(r.raw, r.field == "resolved_ips" ? "resolved" : ""));
  }
  if (!any) c.Skip();
}

}  // namespace rules
namespace {

}  // namespace
}  // namespace beian
