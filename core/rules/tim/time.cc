// Process, time and cost guidance (TIM-001…009), the 公安 filing deadline (PSB-001, SEED-017)
// and the brief's cost/time rows (SEED-020…024). Dates and figures come from the check's plan
// (PlanOf, core/time/plan.h).
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "core/rules/rule.h"
#include "core/province.h"
#include "core/rules/plan.h"
#include "core/time/calendar.h"
#include "core/time/plan.h"

namespace beian {
namespace {

bool HasFiling(const Ctx& c) { return At(c.app(), "/subject") || At(c.app(), "/websites"); }

size_t SiteCount(const Ctx& c) { return Count(c.app(), "/websites"); }

std::string PlanStr(Ctx& c, const std::string& pointer) {
  const std::string* s = Str(PlanOf(c), pointer);
  return s ? *s : "";
}

std::string PlanNum(Ctx& c, const std::string& pointer) {
  auto n = Num(PlanOf(c), pointer);
  if (!n) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.0f", *n);
  return buf;
}

std::string Money(double v) {
  char buf[48];
  if (std::fabs(v - std::round(v)) < 0.005)
    std::snprintf(buf, sizeof buf, "%.0f", v);
  else
    std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

std::optional<Date> DateAt(const json& doc, const std::string& pointer) {
  const std::string* s = Str(doc, pointer);
  return s ? Date::Parse(*s) : std::nullopt;
}

struct Launch {
  std::string path;  // /websites/i/launched_on
  Date on;
};

// The sites that give a launch date, in site order.
std::vector<Launch> Launches(const Ctx& c) {
  std::vector<Launch> out;
  for (size_t i = 0; i < SiteCount(c); ++i) {
    std::string path = "/websites/" + std::to_string(i) + "/launched_on";
    if (auto on = DateAt(c.app(), path)) out.push_back({path, *on});
  }
  return out;
}

// The 公安 filing is due 30 days after the day that starts the clock (launch, or ICP approval in
// the brief's reading).
Date PsbDue(const Date& start) { return start.AddDays(30); }

bool PsbFiled(const Ctx& c) {
  return At(c.app(), "/public_security/filed_on") || At(c.app(), "/public_security/psb_number") ||
         At(c.app(), "/public_security/psb_approved_on");
}

bool IcpDone(const Ctx& c) {
  return At(c.app(), "/public_security/icp_approved_on") ||
         At(c.app(), "/public_security/icp_number");
}

}  // namespace
namespace rules {

void Tim001(Ctx& c) {
  if (!HasFiling(c)) return c.Skip();
  c.Emit("");
}

}  // namespace rules
namespace {

}  // namespace
namespace rules {

void Tim002(Ctx& c) {
  for (size_t i = 0; i < SiteCount(c); ++i) {
    std::string base = "/websites/" + std::to_string(i) + "/hosting";
    if (!At(c.app(), base)) continue;
    c.Emit(base);
    return;
  }
  c.Skip();
}

}  // namespace rules
namespace {

}  // namespace
namespace rules {

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

}  // namespace rules
namespace {

}  // namespace
namespace rules {

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

}  // namespace rules
namespace {

}  // namespace
namespace rules {

void Tim005(Ctx& c) {
  if (!c.province()) return c.Skip();
  if (IcpDone(c)) return;
  const ProvinceInfo* prov = ProvinceByCode(c.province());
  std::string name = prov ? (c.locale() == "en" ? prov->pinyin : prov->name) : "";
  if (c.locale() == "en" && !name.empty()) name[0] = static_cast<char>(name[0] - 'a' + 'A');
  std::string latest = PlanStr(c, "/estimate/latest_decision");
  Vars vars = {{"province", name}, {"latest", latest}};
  c.Emit("/subject/province", vars, latest.empty() ? Variant("no_calendar") : EmitOptions{});
}

}  // namespace rules
namespace {

}  // namespace
namespace rules {

void Tim006(Ctx& c) {
  bool domains = false;
  for (size_t i = 0; i < SiteCount(c); ++i)
    domains = domains || Count(c.app(), "/websites/" + std::to_string(i) + "/domains") > 0;
  if (!domains) return c.Skip();
  if (IcpDone(c)) return;
  std::string earliest = PlanStr(c, "/estimate/earliest_submission");
  if (!earliest.empty()) {
    c.Emit("/websites/0/domains", {{"date", earliest}}, Variant("dated"));
  } else {
    c.Emit("/websites/0/domains");
  }
}

}  // namespace rules
namespace {

}  // namespace
namespace rules {

void Tim007(Ctx& c) {
  if (!SiteCount(c) || !At(PlanOf(c), "/estimate/steps")) return c.Skip();
  Vars vars = {{"min", PlanNum(c, "/estimate/working_days_min")},
               {"max", PlanNum(c, "/estimate/working_days_max")},
               {"days", PlanNum(c, "/estimated_days")},
               {"latest", PlanStr(c, "/estimate/latest_decision")},
               {"today", c.today().ToString()}};
  c.Emit("", vars,
         PlanStr(c, "/estimate/latest_decision").empty() ? Variant("no_calendar") : EmitOptions{});
}

}  // namespace rules
namespace {

}  // namespace
namespace rules {

void Tim008(Ctx& c) {
  bool any = false;
  for (size_t i = 0; i < SiteCount(c); ++i) {
    std::string path = "/websites/" + std::to_string(i) + "/hosting/access_provider";
    auto p = NonBlank(c.app(), path);
    if (!p) continue;
    any = true;
    std::string lower;
    for (char ch : *p) lower += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    if (p->find("华为") != std::string::npos || lower.find("huawei") != std::string::npos) {
      c.Emit(path, {{"provider", *p}});
      return;
    }
  }
  if (!any) c.Skip();
}

}  // namespace rules
namespace {

}  // namespace
namespace rules {

void Tim009(Ctx& c) {
  std::vector<Launch> launches = Launches(c);
  if (launches.empty()) return c.Skip();
  for (const Launch& l : launches) {
    if (l.on <= c.today() && !IcpDone(c)) {
      c.Emit(l.path, {{"date", l.on.ToString()}}, Evidence(l.on.ToString()));
    }
  }
}

}  // namespace rules
namespace {

// ---- PSB-001: 公安 filing within 30 days of launch ------------------------------------------
}  // namespace
namespace rules {

void Psb001(Ctx& c) {
  std::vector<Launch> launches = Launches(c);
  if (launches.empty()) return c.Skip();
  for (const Launch& l : launches) {
    Date due = PsbDue(l.on);
    std::string launched = l.on.ToString();
    Vars vars = {{"launched", launched}, {"due", due.ToString()}};
    if (auto filed = DateAt(c.app(), "/public_security/filed_on")) {
      if (*filed > due) {
        vars.push_back({"filed", filed->ToString()});
        c.Emit(l.path, vars, Evidence(filed->ToString(), "late"));
      }
      continue;
    }
    if (PsbFiled(c)) continue;
    if (c.today() > due) {
      vars.push_back({"days", std::to_string(c.today().Days() - due.Days())});
      c.Emit(l.path, vars, Evidence(launched));
    } else if (l.on > c.today()) {
      c.Emit(l.path, vars, Evidence(launched, "planned"));
    } else {
      vars.push_back({"days", std::to_string(due.Days() - c.today().Days())});
      c.Emit(l.path, vars, Evidence(launched, "upcoming"));
    }
  }
}

}  // namespace rules
namespace {

// ---- SEED-017: the brief's "30 days after ICP approval" -------------------------------------
}  // namespace
namespace rules {

void Seed017(Ctx& c) {
  auto approved = DateAt(c.app(), "/public_security/icp_approved_on");
  if (!approved) return c.Skip();
  Date due = PsbDue(*approved);
  std::vector<Launch> launches = Launches(c);
  std::string law_due = launches.empty() ? "" : PsbDue(launches.front().on).ToString();
  Vars vars = {{"approved", approved->ToString()},
               {"due", due.ToString()},
               {"law_due", law_due.empty() ? (c.locale() == "en" ? "30 days after launch"
                                                                 : "网站开通之日起30日")
                                           : law_due}};
  if (PsbFiled(c)) return;
  if (c.today() > due) {
    c.Emit("/public_security/icp_approved_on", vars, Evidence(approved->ToString()));
  } else {
    c.Emit("/public_security/icp_approved_on", vars, Evidence(approved->ToString(), "upcoming"));
  }
}

}  // namespace rules
namespace {

// ---- SEED-020: 等保 basic protection --------------------------------------------------------
}  // namespace
namespace rules {

void Seed020(Ctx& c) {
  if (!At(c.app(), "/public_security")) return c.Skip();
  std::vector<std::string> have = Strings(c.app(), "/public_security/mlps_protection");
  auto has = [&](const char* k) {
    for (const auto& h : have)
      if (h == k) return true;
    return false;
  };
  std::string missing;
  if (!has("waf")) missing += "WAF";
  if (!has("log_audit"))
    missing +=
        std::string(missing.empty() ? "" : " + ") + (c.locale() == "en" ? "log audit" : "日志审计");
  if (missing.empty()) return;
  std::string path = At(c.app(), "/public_security/mlps_protection")
                         ? "/public_security/mlps_protection"
                         : "/public_security";
  c.Emit(path, {{"missing", missing}});
}

}  // namespace rules
namespace {

}  // namespace
namespace rules {

void Seed021(Ctx& c) {
  if (!HasFiling(c)) return c.Skip();
  c.Emit("");
}

}  // namespace rules
namespace {

}  // namespace
namespace rules {

void Seed022(Ctx& c) {
  if (!HasFiling(c)) return c.Skip();
  auto gmv = Num(c.app(), "/context/daily_gmv_cny");
  if (gmv && *gmv > 0) {
    c.Emit("/context/daily_gmv_cny",
           {{"gmv", Money(*gmv)},
            {"per_day", Money(*gmv * kDelayCostShareOfGmv)},
            {"max", PlanNum(c, "/estimate/working_days_max")}},
           Variant("gmv"));
  } else {
    c.Emit("");
  }
}

}  // namespace rules
namespace {

}  // namespace
namespace rules {

void Seed023(Ctx& c) {
  if (!SiteCount(c)) return c.Skip();
  if (At(c.app(), "/public_security/icp_approved_on")) return;
  c.Emit("");
}

}  // namespace rules
namespace {

}  // namespace
namespace rules {

void Seed024(Ctx& c) {
  if (!PsbFiled(c) && !At(c.app(), "/public_security/icp_approved_on")) return c.Skip();
  c.Emit("/public_security");
}

}  // namespace rules
namespace {

}  // namespace
}  // namespace beian
