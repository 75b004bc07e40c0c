// SEED-016 (brief): what the 公安联网备案 needs from the seller — ICP number, server or CDN IP,
// security officer, 《网络安全承诺书》 (the other form fields: PSB-004).
#include <string>

#include "core/facts/public_security.h"
#include "core/model.h"
#include "core/rules/seed/seed.h"

namespace beian::rules {

// SEED-016: What the 公安 filing needs.
void Seed016(Ctx& c) {
  if (!facts::PsbReached(c.app())) return c.Skip();
  if (facts::PsbDone(c.app())) return;
  const json& app = c.app();
  if (!facts::HasIcpNumber(c.app())) c.Emit("/public_security/icp_number", {}, Variant("icp"));
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

}  // namespace beian::rules
