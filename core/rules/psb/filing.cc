// 公安联网备案 preparation: PSB-002 (ICP number first), PSB-003 (account type), PSB-004 (form
// completeness), PSB-006 (domains of one site), PSB-008 (penalty). The brief's list is SEED-016
// (seed/psb.cc); PSB-001/005/007 live elsewhere.
//
// The step is "reached" when the application has a public_security section or an ICP number
// (core/facts/public_security.h). SEED-016 reports the ICP number, server IP, security officer
// and 《网络安全承诺书》; PSB-004 the other form fields, so that one missing item gives one
// finding.
#include <string>
#include <vector>

#include "core/facts/model_of.h"
#include "core/facts/public_security.h"
#include "core/model.h"
#include "core/rules/psb/psb.h"

namespace beian::rules {
namespace {

std::string Label(const Ctx& c, const std::string& key) {
  const json& labels = c.Param("labels");
  if (!labels.is_object()) return key;
  const json* l = At(labels, "/" + key + "/" + c.locale());
  if (!l) l = At(labels, "/" + key + "/zh-CN");
  return l && l->is_string() ? l->get<std::string>() : key;
}

}  // namespace

// PSB-002: The 公安 filing needs the ICP number first.
void Psb002(Ctx& c) {
  if (!facts::PsbReached(c.app())) return c.Skip();
  if (facts::HasIcpNumber(c.app()) || facts::PsbDone(c.app())) return;
  c.Emit("/public_security/icp_number");
}

// PSB-003: Account type for the 公安 filing.
void Psb003(Ctx& c) {
  if (!facts::PsbReached(c.app()) && !facts::HasIcpNumber(c.app())) return c.Skip();
  std::string type = SubjectType(c.app());
  if (facts::PsbDone(c.app())) return;
  c.Emit("/public_security", {},
         Variant(type == "individual" ? "personal"
                 : type.empty()       ? ""
                                      : "unit"));
}

// PSB-004: Is the 公安 filing form complete?.
void Psb004(Ctx& c) {
  if (!facts::PsbReached(c.app())) return c.Skip();
  if (facts::PsbDone(c.app())) return;
  const json& app = c.app();
  auto need = [&](const std::string& path, const std::string& key) {
    if (!NonBlank(app, path)) c.Emit(path, {{"field", Label(c, key)}});
  };
  bool person = IsIndividual(app);
  need("/subject/name", "subject_name");
  need("/subject/certificate_number", "certificate_number");
  if (!person) need("/subject/legal_representative_name", "legal_representative");
  need("/subject/mailing_address", "mailing_address");
  need("/subject/principal/name", "principal_name");
  need("/subject/principal/mobile", "principal_mobile");
  size_t n = Count(app, "/websites");
  for (size_t i = 0; i < n; ++i) {
    if (!IsSite(app, i)) continue;
    std::string base = "/websites/" + std::to_string(i);
    need(base + "/name", "site_name");
    need(base + "/launched_on", "launched_on");
    need(base + "/hosting/access_provider", "access_provider");
    if (!Count(app, base + "/domains") && !NonBlank(app, base + "/home_url"))
      c.Emit(base + "/domains", {{"field", Label(c, "domains")}});
    // 域名注册服务商: from the domain objects or an uploaded WHOIS record.
    size_t nd = Count(app, base + "/domains");
    if (nd && !Count(app, "/attachments/whois")) {
      bool registrar = false;
      for (size_t k = 0; k < nd; ++k)
        registrar =
            registrar ||
            NonBlank(app, base + "/domains/" + std::to_string(k) + "/registrar").has_value();
      if (!registrar)
        c.Emit(base + "/domains", {{"field", Label(c, "registrar")}}, Variant("registrar"));
    }
  }
  if (At(app, "/public_security/security_officer")) {
    need("/public_security/security_officer/id_number", "officer_id");
    need("/public_security/security_officer/mobile", "officer_mobile");
    need("/public_security/security_officer/email", "officer_email");
  }
}

// PSB-006: Several domains of one site in the 公安 filing.
void Psb006(Ctx& c) {
  if (!facts::PsbReached(c.app()) && !facts::HasIcpNumber(c.app())) return c.Skip();
  size_t n = Count(c.app(), "/websites");
  const auto& domains = facts::DomainsOf(c);
  for (size_t i = 0; i < n; ++i) {
    if (!IsSite(c.app(), i)) continue;
    std::string base = "/websites/" + std::to_string(i);
    std::vector<std::string> names;
    for (const auto& d : domains)
      if (d.website == i && !d.name.empty()) names.push_back(d.name);
    if (names.size() > 1) {
      std::string others;
      for (size_t k = 1; k < names.size(); ++k) others += (k > 1 ? ", " : "") + names[k];
      c.Emit(base + "/domains", {{"main", names.front()}, {"others", others}},
             Evidence(names.front()));
    } else if (names.empty()) {
      auto url = NonBlank(c.app(), base + "/home_url");
      c.Emit(base, {{"url", url ? *url : ""}}, Variant("no_domain"));
    }
  }
}

// PSB-008: Penalty for not filing with public security.
void Psb008(Ctx& c) {
  if (!facts::PsbReached(c.app())) return c.Skip();
  if (facts::PsbDone(c.app())) return;
  c.Emit("/public_security");
}

}  // namespace beian::rules
