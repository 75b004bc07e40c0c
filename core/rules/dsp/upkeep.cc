// DSP-009, DSP-012 … DSP-017: post-filing display and upkeep — penalties, APP display, the
// subject's other filed sites, licence numbers, change filings, MIIT spot checks.
#include <re2/re2.h>

#include <optional>
#include <string>

#include "core/model.h"
#include "core/rules/dsp/dsp.h"
#include "core/text.h"

namespace beian::rules {
namespace {

bool HasWebsites(const json& app) { return Count(app, "/websites") > 0; }

// Whether the subject already holds filed data (so later changes need change filings).
bool HasFiledData(const json& app) {
  if (NonBlank(app, "/public_security/icp_number")) return true;
  if (Num(app, "/subject/existing_filed_domains").value_or(0) > 0) return true;
  if (Count(app, "/subject/filed_sites") > 0) return true;
  size_t n = Count(app, "/websites");
  for (size_t i = 0; i < n; ++i)
    if (NonBlank(app, "/websites/" + std::to_string(i) + "/filed_via")) return true;
  return false;
}

}  // namespace

// DSP-009: penalties for not showing the number (guidance once websites are entered).
void Dsp009(Ctx& c) {
  if (!HasWebsites(c.app())) return c.Skip();
  c.Emit("/websites");
}

// DSP-012: APPs show the number in settings/about (when the seller has an app).
void Dsp012(Ctx& c) {
  auto app = Bool(c.app(), "/market/mobile_app");
  if (!app) return c.Skip();
  if (*app) c.Emit("/market/mobile_app");
}

// DSP-013: every already-filed site of the subject must be reachable and show its number
// (subject.filed_sites); when only a count is known, a reminder (variant "check").
void Dsp013(Ctx& c) {
  size_t n = Count(c.app(), "/subject/filed_sites");
  if (!n) {
    auto existing = Num(c.app(), "/subject/existing_filed_domains");
    if (!existing) return c.Skip();
    if (*existing > 0)
      c.Emit("/subject/existing_filed_domains",
             {{"value", std::to_string(static_cast<long long>(*existing))}}, Variant("check"));
    return;
  }
  for (size_t i = 0; i < n; ++i) {
    std::string base = "/subject/filed_sites/" + std::to_string(i);
    std::string domain = NonBlank(c.app(), base + "/domain").value_or("");
    std::string number = NonBlank(c.app(), base + "/icp_number").value_or("");
    Vars vars = {{"value", domain.empty() ? number : domain}, {"number", number}};
    if (Bool(c.app(), base + "/reachable") == std::optional<bool>(false)) {
      c.Emit(base + "/reachable", vars, Evidence(vars[0].second, "unreachable"));
    } else if (Bool(c.app(), base + "/shows_icp_number") == std::optional<bool>(false)) {
      c.Emit(base + "/shows_icp_number", vars, Evidence(vars[0].second));
    }
  }
}

// DSP-014: the legacy 备案电子验证标识 file (L-33 Art 13), no longer enforced.
void Dsp014(Ctx& c) {
  if (!HasWebsites(c.app())) return c.Skip();
  c.Emit("/websites");
}

// DSP-015: a value-added telecom (ICP) licence: show "X ICP证NNNNNN号"; check its format.
void Dsp015(Ctx& c) {
  auto lic = NonBlank(c.app(), "/subject/value_added_telecom_license");
  if (!lic) return c.Skip();
  static const RE2 vatl("^\\p{Han}?B[12]-\\d{8}$");
  static const RE2 icplic(
      "^(?:京|津|冀|晋|蒙|辽|吉|黑|沪|苏|浙|皖|闽|赣|鲁|豫|鄂|湘|粤|桂|琼|渝|川|蜀|黔|贵|滇|云|藏|"
      "陕|甘|青|宁|新)ICP证\\d{6}号$");
  std::string v = Compact(*lic);
  bool ok = RE2::FullMatch(v, vatl) || RE2::FullMatch(v, icplic);
  c.Emit("/subject/value_added_telecom_license", {{"value", *lic}},
         Evidence(*lic, ok ? "" : "format"));
}

// DSP-016: changes to filed data must be filed 30 days in advance (reminder when the subject
// already has filings; the application carries no planned-change data).
void Dsp016(Ctx& c) {
  if (!HasFiledData(c.app())) return c.Skip();
  c.Emit("/subject", {}, Variant("reminder"));
}

// DSP-017: what MIIT's accuracy spot checks compare (guidance once a subject is entered).
void Dsp017(Ctx& c) {
  if (!NonBlank(c.app(), "/subject/name") && !NonBlank(c.app(), "/subject/certificate_number"))
    return c.Skip();
  c.Emit("/subject");
}

}  // namespace beian::rules
