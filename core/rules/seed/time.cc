// SEED-017 (the brief's "公安 filing within 30 days of ICP approval"), SEED-020…024 (the brief's
// cost and time rows: 等保, costs, cost of delay, corrections, yearly self-check). Figures come
// from the check's plan (core/facts/plan.h), dates from core/facts/time.h.
#include "core/facts/time.h"

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "core/facts/plan.h"
#include "core/rules/params.h"
#include "core/rules/seed/seed.h"
#include "core/time/plan.h"

namespace beian::rules {
namespace {

// A CNY amount: whole numbers without decimals, else two decimals.
std::string Money(double v) {
  char buf[48];
  if (std::fabs(v - std::round(v)) < 0.005)
    std::snprintf(buf, sizeof buf, "%.0f", v);
  else
    std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

}  // namespace

// SEED-017: the brief's "30 days after ICP approval"
void Seed017(Ctx& c) {
  auto approved = facts::DateAt(c.app(), "/public_security/icp_approved_on");
  if (!approved) return c.Skip();
  Date due = facts::PsbDue(*approved);
  std::vector<facts::Launch> launches = facts::Launches(c.app());
  std::string law_due = launches.empty() ? "" : facts::PsbDue(launches.front().on).ToString();
  Vars vars = {{"approved", approved->ToString()},
               {"due", due.ToString()},
               {"law_due", law_due.empty() ? Localized(c, c.Param("law_due_unknown")) : law_due}};
  if (facts::PsbFiled(c.app())) return;
  if (c.today() > due) {
    c.Emit("/public_security/icp_approved_on", vars, Evidence(approved->ToString()));
  } else {
    c.Emit("/public_security/icp_approved_on", vars, Evidence(approved->ToString(), "upcoming"));
  }
}

// SEED-020: 等保 basic protection
void Seed020(Ctx& c) {
  if (!At(c.app(), "/public_security")) return c.Skip();
  std::vector<std::string> have = Strings(c.app(), "/public_security/mlps_protection");
  auto has = [&](const char* k) {
    for (const auto& h : have)
      if (h == k) return true;
    return false;
  };
  std::string missing;
  for (const char* item : {"waf", "log_audit"}) {
    if (has(item)) continue;
    if (!missing.empty()) missing += " + ";
    missing += Localized(c, ParamAt(c.Param("names"), item));
  }
  if (missing.empty()) return;
  std::string path = At(c.app(), "/public_security/mlps_protection")
                         ? "/public_security/mlps_protection"
                         : "/public_security";
  c.Emit(path, {{"missing", missing}});
}

// SEED-021: what filing costs.
void Seed021(Ctx& c) {
  if (!facts::HasFiling(c.app())) return c.Skip();
  c.Emit("");
}

// SEED-022: filing time and cost of delay.
void Seed022(Ctx& c) {
  if (!facts::HasFiling(c.app())) return c.Skip();
  auto gmv = Num(c.app(), "/context/daily_gmv_cny");
  if (gmv && *gmv > 0) {
    c.Emit("/context/daily_gmv_cny",
           {{"gmv", Money(*gmv)},
            {"per_day", Money(*gmv * kDelayCostShareOfGmv)},
            {"max", facts::PlanNum(c, "/estimate/working_days_max")}},
           Variant("gmv"));
  } else {
    c.Emit("");
  }
}

// SEED-023: correct within 5 working days after a rejection (brief).
void Seed023(Ctx& c) {
  if (!Count(c.app(), "/websites")) return c.Skip();
  if (At(c.app(), "/public_security/icp_approved_on")) return;
  c.Emit("");
}

// SEED-024: yearly self-check after the public-security filing.
void Seed024(Ctx& c) {
  if (!facts::PsbFiled(c.app()) && !At(c.app(), "/public_security/icp_approved_on"))
    return c.Skip();
  c.Emit("/public_security");
}

}  // namespace beian::rules
