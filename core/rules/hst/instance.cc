// The cloud instance behind a filing: HST-002 (billing), HST-003 (subscription length),
// HST-004 (public IP), HST-006 (service-code quota), HST-007 (DNS after approval),
// HST-009 (instance expiry), HST-010 (shared instance). HST-001/005/008: hst/location.cc.
#include <map>
#include <string>
#include <vector>

#include "core/facts/access_provider.h"
#include "core/model.h"
#include "core/net/ip.h"
#include "core/rules/hst/hst.h"
#include "core/rules/params.h"
#include "core/text.h"

namespace beian::rules {
namespace {

std::string HostingOf(size_t i) { return "/websites/" + std::to_string(i) + "/hosting"; }

template <typename F>
void EachHosting(Ctx& c, F fn) {
  size_t n = Count(c.app(), "/websites");
  bool any = false;
  for (size_t i = 0; i < n; ++i) {
    if (!IsSite(c.app(), i)) continue;
    std::string base = HostingOf(i);
    if (!At(c.app(), base)) continue;
    // The instance rules concern a mainland filing instance; hosting abroad is APP-002's case.
    const std::string* loc = Str(c.app(), base + "/location");
    if (loc && *loc != "mainland") continue;
    if (fn(i, base)) any = true;
  }
  if (!any) c.Skip();
}

bool IsHuawei(const json& app, const std::string& base) {
  auto p = NonBlank(app, base + "/access_provider");
  if (!p) return false;
  return facts::IsHuaweiProvider(*p);
}

}  // namespace

// HST-002: The instance must be a subscription.
void Hst002(Ctx& c) {
  EachHosting(c, [&](size_t, const std::string& base) {
    const std::string* billing = Str(c.app(), base + "/instance_billing");
    if (!billing) return false;
    if (*billing == "pay_as_you_go")
      c.Emit(base + "/instance_billing", {},
             Evidence(c.EnumLabel(base + "/instance_billing", *billing)));
    return true;
  });
}

// HST-003: Subscription of at least 3 months.
void Hst003(Ctx& c) {
  long min = IntParam(c, "min_months", 3);
  EachHosting(c, [&](size_t, const std::string& base) {
    auto months = Num(c.app(), base + "/instance_months");
    if (!months) return false;
    const std::string* billing = Str(c.app(), base + "/instance_billing");
    if (billing && *billing == "pay_as_you_go") return true;  // HST-002
    long m = ToLong(*months);
    if (m < min) {
      c.Emit(base + "/instance_months",
             {{"months", std::to_string(m)}, {"min", std::to_string(min)}},
             Evidence(std::to_string(m), IsHuawei(c.app(), base) ? "huawei" : ""));
    }
    return true;
  });
}

// HST-004: The instance needs a public IP.
void Hst004(Ctx& c) {
  EachHosting(c, [&](size_t, const std::string& base) {
    auto pub = Bool(c.app(), base + "/public_ip");
    if (!pub) return false;
    if (!*pub) c.Emit(base + "/public_ip");
    return true;
  });
}

// HST-006: service codes per instance (Alibaba 5, Huawei 5); sites of this application that
// share the first server IP count against the same instance.
void Hst006(Ctx& c) {
  long limit = IntParam(c, "codes_per_instance", 5);
  size_t n = Count(c.app(), "/websites");
  std::map<std::string, long> per_ip;
  for (size_t i = 0; i < n; ++i) {
    if (!IsSite(c.app(), i)) continue;
    auto ips = Strings(c.app(), HostingOf(i) + "/server_ips");
    if (!ips.empty()) ++per_ip[Trim(ips.front())];
  }
  EachHosting(c, [&](size_t i, const std::string& base) {
    auto used = Num(c.app(), base + "/instance_codes_used");
    if (!used) return false;
    long new_ones = 1;
    auto ips = Strings(c.app(), base + "/server_ips");
    if (!ips.empty()) new_ones = per_ip[Trim(ips.front())];
    long u = ToLong(*used);
    if (u + new_ones > limit) {
      Vars vars = {{"used", std::to_string(u)},
                   {"new", std::to_string(new_ones)},
                   {"limit", std::to_string(limit)}};
      c.Emit(base + "/instance_codes_used", vars,
             Evidence(std::to_string(u), u >= limit ? "exhausted" : ""));
    }
    (void)i;
    return true;
  });
}

// HST-007: after approval the domain must keep resolving to the provider's mainland IP.
void Hst007(Ctx& c) {
  bool approved = NonBlank(c.app(), "/public_security/icp_number") ||
                  At(c.app(), "/public_security/icp_approved_on");
  size_t n = Count(c.app(), "/websites");
  bool any = false;
  for (size_t i = 0; i < n; ++i) {
    if (!IsSite(c.app(), i)) continue;
    std::string path = "/websites/" + std::to_string(i) + "/resolved_ips";
    auto ips = Strings(c.app(), path);
    std::vector<IpAddress> parsed;
    for (const auto& s : ips)
      if (auto ip = ParseIp(Trim(s))) parsed.push_back(*ip);
    if (parsed.empty()) continue;
    any = true;
    if (!approved) continue;
    bool mainland = false;
    for (const auto& ip : parsed) mainland = mainland || InMainlandChina(ip);
    if (!mainland) c.Emit(path, {{"value", Trim(ips.front())}}, Evidence(Trim(ips.front())));
  }
  if (!any || !approved) c.Skip();
}

// HST-009: An expiring instance endangers the filing.
void Hst009(Ctx& c) {
  long warn_days = IntParam(c, "warn_days", 60);
  EachHosting(c, [&](size_t, const std::string& base) {
    const std::string* s = Str(c.app(), base + "/instance_expires_on");
    auto expires = s ? Date::Parse(*s) : std::nullopt;
    if (!expires) return false;
    long left = expires->Days() - c.today().Days();
    Vars vars = {{"date", *s}, {"days", std::to_string(left < 0 ? -left : left)}};
    if (left < 0) {
      c.Emit(base + "/instance_expires_on", vars, Evidence(*s, "expired"));
    } else if (left <= warn_days) {
      c.Emit(base + "/instance_expires_on", vars, Evidence(*s));
    }
    return true;
  });
}

// HST-010: Several subjects on one server.
void Hst010(Ctx& c) {
  EachHosting(c, [&](size_t, const std::string& base) {
    auto shared = Bool(c.app(), base + "/shared_instance");
    if (!shared) return false;
    if (*shared) c.Emit(base + "/shared_instance");
    return true;
  });
}

}  // namespace beian::rules
