// 公安联网备案 preparation: PSB-002 (ICP number first), PSB-003 (account type), PSB-004 (form
// completeness), PSB-006 (domains of one site), PSB-008 (penalty), SEED-016 (brief's list).
// PSB-001/005/007 live elsewhere (geo_time.cc, licence/HTML helper).
//
// The step is "reached" when the application has a public_security section or an ICP number.
// SEED-016 reports the ICP number, server IP, security officer and 《网络安全承诺书》; PSB-004 the
// other form fields, so that one missing item gives one finding.
#include <string>
#include <vector>

#include "core/rules/rule.h"
#include "core/model.h"
#include "core/text.h"

namespace beian {
namespace {

bool Reached(const Ctx& c) { return At(c.app(), "/public_security") != nullptr; }

bool HasIcp(const Ctx& c) {
  return NonBlank(c.app(), "/public_security/icp_number").has_value() ||
         At(c.app(), "/public_security/icp_approved_on") != nullptr;
}

bool PsbDone(const Ctx& c) {
  return NonBlank(c.app(), "/public_security/psb_number").has_value() ||
         At(c.app(), "/public_security/psb_approved_on") != nullptr;
}

std::string Label(const Ctx& c, const std::string& key) {
  const json& labels = c.Param("labels");
  if (!labels.is_object()) return key;
  const json* l = At(labels, "/" + key + "/" + c.locale());
  if (!l) l = At(labels, "/" + key + "/zh-CN");
  return l && l->is_string() ? l->get<std::string>() : key;
}

}  // namespace
namespace rules {

void Psb002(Ctx& c) {
  if (!Reached(c)) return c.Skip();
  if (HasIcp(c) || PsbDone(c)) return;
  c.Emit("/public_security/icp_number");
}

}  // namespace rules
namespace {

}  // namespace
namespace rules {

void Psb003(Ctx& c) {
  if (!Reached(c) && !HasIcp(c)) return c.Skip();
  std::string type = SubjectType(c.app());
  if (PsbDone(c)) return;
  c.Emit("/public_security", {},
         Variant(type == "individual" ? "personal"
                 : type.empty()       ? ""
                                      : "unit"));
}

}  // namespace rules
namespace {

}  // namespace
namespace rules {

void Psb004(Ctx& c) {
  if (!Reached(c)) return c.Skip();
  if (PsbDone(c)) return;
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

}  // namespace rules
namespace {

}  // namespace
namespace rules {

void Psb006(Ctx& c) {
  if (!Reached(c) && !HasIcp(c)) return c.Skip();
  size_t n = Count(c.app(), "/websites");
  auto domains = Domains(c.app());
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

}  // namespace rules
namespace {

}  // namespace
namespace rules {

void Psb008(Ctx& c) {
  if (!Reached(c)) return c.Skip();
  if (PsbDone(c)) return;
  c.Emit("/public_security");
}

}  // namespace rules
namespace {

}  // namespace
namespace rules {

void Seed016(Ctx& c) {
  if (!Reached(c)) return c.Skip();
  if (PsbDone(c)) return;
  const json& app = c.app();
  if (!HasIcp(c)) c.Emit("/public_security/icp_number", {}, Variant("icp"));
  size_t n = Count(app, "/websites");
  for (size_t i = 0; i < n; ++i) {
    if (!IsSite(app, i)) continue;
    std::string base = "/websites/" + std::to_string(i) + "/hosting";
    const std::string* loc = Str(app, base + "/location");
    bool abroad = loc && *loc != "mainland";
    if (abroad) {
      if (Strings(app, base + "/cdn_domestic_ips").empty())
        c.Emit(base + "/cdn_domestic_ips", {}, Variant("cdn_ip"));
    } else if (Strings(app, base + "/server_ips").empty()) {
      c.Emit(base + "/server_ips", {}, Variant("server_ip"));
    }
  }
  if (!NonBlank(app, "/public_security/security_officer/name"))
    c.Emit("/public_security/security_officer", {}, Variant("officer"));
  if (!Bool(app, "/documents/security_commitment").value_or(false))
    c.Emit("/documents/security_commitment", {}, Variant("commitment"));
}

}  // namespace rules
namespace {

}  // namespace
}  // namespace beian
