// TIM-001…009: process, time and cost guidance. Dates and figures come from the check's plan
// (core/facts/plan.h PlanOf, core/time/plan.h), launch dates from core/facts/time.h.
#include "core/facts/time.h"

#include <string>
#include <vector>

#include "core/facts/plan.h"
#include "core/province.h"
#include "core/rules/tim/tim.h"
#include "core/text.h"

namespace beian::rules {
namespace {

size_t SiteCount(const Ctx& c) { return Count(c.app(), "/websites"); }

// Whether the ICP filing is already done (approved, or a number given).
bool IcpDone(const Ctx& c) {
  return At(c.app(), "/public_security/icp_approved_on") ||
         At(c.app(), "/public_security/icp_number");
}

}  // namespace

// TIM-001: filing is free.
void Tim001(Ctx& c) {
  if (!facts::HasFiling(c.app())) return c.Skip();
  c.Emit("");
}

// TIM-002: real cost: a qualifying mainland server.
void Tim002(Ctx& c) {
  for (size_t i = 0; i < SiteCount(c); ++i) {
    std::string base = "/websites/" + std::to_string(i) + "/hosting";
    if (!At(c.app(), base)) continue;
    c.Emit(base);
    return;
  }
  c.Skip();
}

// TIM-003: provider initial review: 1–2 working days.
void Tim003(Ctx& c) {
  if (!SiteCount(c)) return c.Skip();
  if (IcpDone(c)) return;
  auto provider = NonBlank(c.app(), "/websites/0/hosting/access_provider");
  if (provider) {
    c.Emit("/websites/0/hosting/access_provider", {{"provider", *provider}}, Variant("named"));
  } else {
    c.Emit("");
  }
}

// TIM-004: MIIT SMS verification.
void Tim004(Ctx& c) {
  if (!SiteCount(c)) return c.Skip();
  if (IcpDone(c)) return;
  bool mobile = NonBlank(c.app(), "/subject/principal/mobile").has_value();
  for (size_t i = 0; i < SiteCount(c) && !mobile; ++i)
    mobile = NonBlank(c.app(), "/websites/" + std::to_string(i) + "/responsible_person/mobile")
                 .has_value();
  if (!mobile) return c.Skip();
  c.Emit("");
}

// TIM-005: the administration decides within 20 working days.
void Tim005(Ctx& c) {
  if (!c.province()) return c.Skip();
  if (IcpDone(c)) return;
  const ProvinceInfo* prov = ProvinceByCode(c.province());
  std::string name = prov ? (c.locale() == "en" ? prov->pinyin : prov->name) : "";
  if (c.locale() == "en" && !name.empty()) name[0] = static_cast<char>(name[0] - 'a' + 'A');
  std::string latest = facts::PlanStr(c, "/estimate/latest_decision");
  Vars vars = {{"province", name}, {"latest", latest}};
  c.Emit("/subject/province", vars, latest.empty() ? Variant("no_calendar") : EmitOptions{});
}

// TIM-006: domain real-name sync: 3–5 working days.
void Tim006(Ctx& c) {
  bool domains = false;
  for (size_t i = 0; i < SiteCount(c); ++i)
    domains = domains || Count(c.app(), "/websites/" + std::to_string(i) + "/domains") > 0;
  if (!domains) return c.Skip();
  if (IcpDone(c)) return;
  std::string earliest = facts::PlanStr(c, "/estimate/earliest_submission");
  if (!earliest.empty()) {
    c.Emit("/websites/0/domains", {{"date", earliest}}, Variant("dated"));
  } else {
    c.Emit("/websites/0/domains");
  }
}

// TIM-007: overall time estimate.
void Tim007(Ctx& c) {
  if (!SiteCount(c) || !At(facts::PlanOf(c), "/estimate/steps")) return c.Skip();
  Vars vars = {{"min", facts::PlanNum(c, "/estimate/working_days_min")},
               {"max", facts::PlanNum(c, "/estimate/working_days_max")},
               {"days", facts::PlanNum(c, "/estimated_days")},
               {"latest", facts::PlanStr(c, "/estimate/latest_decision")},
               {"today", c.today().ToString()}};
  c.Emit("", vars,
         facts::PlanStr(c, "/estimate/latest_decision").empty() ? Variant("no_calendar")
                                                                : EmitOptions{});
}

// TIM-008: Huawei Cloud compensates filing time.
void Tim008(Ctx& c) {
  bool any = false;
  for (size_t i = 0; i < SiteCount(c); ++i) {
    std::string path = "/websites/" + std::to_string(i) + "/hosting/access_provider";
    auto p = NonBlank(c.app(), path);
    if (!p) continue;
    any = true;
    std::string lower = Lower(*p);
    if (p->find("华为") != std::string::npos || lower.find("huawei") != std::string::npos) {
      c.Emit(path, {{"provider", *p}});
      return;
    }
  }
  if (!any) c.Skip();
}

// TIM-009: penalty for operating without a filing.
void Tim009(Ctx& c) {
  std::vector<facts::Launch> launches = facts::Launches(c.app());
  if (launches.empty()) return c.Skip();
  for (const facts::Launch& l : launches) {
    if (l.on <= c.today() && !IcpDone(c)) {
      c.Emit(l.path, {{"date", l.on.ToString()}}, Evidence(l.on.ToString()));
    }
  }
}

}  // namespace beian::rules
