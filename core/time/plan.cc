// report.plan: the figures are computed here; every wording and source is pack text (meta.json
// "plan", RulePack::PlanText), so that a custom pack can change them.
#include "core/time/plan.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/facts/time.h"
#include "core/rulepack.h"
#include "core/time/calendar.h"

namespace beian {

namespace {

using facts::DateAt;

// The pack's plan texts in one locale; a pack without them (made before they moved into the
// pack) gets the built-in wording.
struct Texts {
  const RulePack& pack;
  const std::string& locale;
  const std::string& operator()(const std::string& key) const {
    const Text& text = pack.PlanText(key);
    return (text.empty() ? RulePack::Builtin().PlanText(key) : text).In(locale);
  }
};

// Latest real-name verification date over all domain objects, if every domain object that has
// one is known; nullopt when none is given.
std::optional<Date> LatestRealName(const json& app) {
  std::optional<Date> latest;
  const json* sites = At(app, "/websites");
  if (!sites || !sites->is_array()) return latest;
  for (const json& site : *sites) {
    const json* domains = At(site, "/domains");
    if (!domains || !domains->is_array()) continue;
    for (const json& d : *domains) {
      if (!d.is_object()) continue;
      auto v = DateAt(d, "/real_name_verified_on");
      if (v && (!latest || *latest < *v)) latest = v;
    }
  }
  return latest;
}

std::string SiteLabel(const json& site, size_t index) {
  if (const std::string* n = Str(site, "/name"); n && !n->empty()) return *n;
  const json* domains = At(site, "/domains");
  if (domains && domains->is_array() && !domains->empty()) {
    const json& d = (*domains)[0];
    if (d.is_string()) return d.get<std::string>();
    if (const std::string* n = Str(d, "/name")) return *n;
  }
  return "#" + std::to_string(index + 1);
}

// An object built member by member, the keys given in byte order (each a hinted insert at the
// end): the plan is built for every application, and nlohmann's initializer lists copy every
// value twice and test each element for a key/value pair.
class Members {
 public:
  Members& Add(const char* key, json value) {
    obj_->emplace_hint(obj_->end(), key, std::move(value));
    return *this;
  }
  json Take() { return std::move(doc_); }

 private:
  json doc_ = json(json::value_t::object);
  json::object_t* obj_ = doc_.get_ptr<json::object_t*>();
};

json Step(const std::string& step, int min_wd, int max_wd, const std::string& basis) {
  return Members()
      .Add("basis", basis)
      .Add("max_working_days", max_wd)
      .Add("min_working_days", min_wd)
      .Add("step", step)
      .Take();
}

json Deadline(const std::string& what, const Date& due, const std::string& basis,
              const std::string& rule, bool done, const Date& today) {
  return Members()
      .Add("basis", basis)
      .Add("due", due.ToString())
      .Add("rule", rule)
      .Add("status", done ? "done" : (due < today ? "overdue" : "open"))
      .Add("what", what)
      .Take();
}

// `recurring`: none, once, monthly or yearly; its seller's label is the pack's plan text
// "cost.recurring.<code>".
json Cost(const Texts& t, const std::string& item, std::optional<double> min,
          std::optional<double> max, const std::string& recurring, bool mandatory,
          const std::string& basis) {
  json c = {{"item", item},
            {"recurring", recurring},
            {"recurring_label", t("cost.recurring." + recurring)},
            {"mandatory", mandatory},
            {"basis", basis}};
  if (min) c["min_cny"] = *min;
  if (max) c["max_cny"] = *max;
  return c;
}

// The steps a generative-AI feature adds besides the ICP filing (AI-002…004): the provincial
// cyberspace administration handles them and publishes no processing time, so they carry no
// date; the algorithm filing counts 10 working days from the feature's launch. Sites whose AI is
// used internally only (public_facing false) add none.
void AddAiSteps(const json& app, const Texts& t, json& deadlines) {
  const json* sites = At(app, "/websites");
  if (!sites || !sites->is_array()) return;
  bool own = false, third = false, unlabelled = false;
  for (const json& site : *sites) {
    auto on = Bool(site, "/features/generative_ai");
    if (!on || !*on) continue;
    auto pub = Bool(site, "/ai/public_facing");
    if (pub && !*pub) continue;
    auto mine = Bool(site, "/ai/own_model");
    (mine && *mine ? own : third) = true;
    auto labelled = Bool(site, "/ai/output_labelled");
    if (!labelled || !*labelled) unlabelled = true;
  }
  if (own) {
    deadlines.push_back({{"what", t("deadline.ai_filing.what")},
                         {"basis", t("deadline.ai_filing.basis")},
                         {"rule", "AI-002"}});
    deadlines.push_back({{"what", t("deadline.ai_algorithm.what")},
                         {"within_working_days", 10},
                         {"from", t("deadline.ai_algorithm.from")},
                         {"basis", t("deadline.ai_algorithm.basis")},
                         {"rule", "AI-002"}});
  }
  if (third) {
    deadlines.push_back({{"what", t("deadline.ai_register.what")},
                         {"basis", t("deadline.ai_register.basis")},
                         {"rule", "AI-003"}});
  }
  if (unlabelled) {
    deadlines.push_back({{"what", t("deadline.ai_label.what")},
                         {"basis", t("deadline.ai_label.basis")},
                         {"rule", "AI-004"}});
  }
}

}  // namespace

namespace {
json Costs(const RulePack& pack, const std::string& locale) {
  Texts t{pack, locale};
  json costs = json::array();
  costs.push_back(Cost(t, t("cost.icp.item"), 0.0, 0.0, "none", true, t("cost.icp.basis")));
  costs.push_back(Cost(t, t("cost.server.item"), std::nullopt, std::nullopt, "monthly", true,
                       t("cost.server.basis")));
  costs.push_back(
      Cost(t, t("cost.assist.item"), 100.0, 300.0, "once", false, t("cost.assist.basis")));
  costs.push_back(
      Cost(t, t("cost.real_name.item"), 100.0, 110.0, "yearly", false, t("cost.real_name.basis")));
  costs.push_back(
      Cost(t, t("cost.mlps.item"), 2000.0, 8000.0, "yearly", false, t("cost.mlps.basis")));
  return costs;
}
}  // namespace

const PlanCosts* SharedPlanCosts(const std::string& locale, const RulePack& pack) {
  // (only once the language's wording is there: English that is fetched later must not be kept
  // as Chinese)
  if (!pack.MissingWordingFile(locale).empty()) return nullptr;
  return &pack.Derived<PlanCosts>("plan.costs." + locale, [&] {
    PlanCosts c;
    c.value = Costs(pack, locale);
    AppendJson(c.value, &c.written);
    return c;
  });
}

json BuildPlan(const json& app, const Date& today, const std::string& locale, const RulePack& pack,
               bool leave_out_shared_costs) {
  Texts t{pack, locale};
  if (!app.is_object()) return json::object();
  bool relevant = At(app, "/subject") || At(app, "/websites") || At(app, "/public_security") ||
                  Num(app, "/context/daily_gmv_cny");
  if (!relevant) return json::object();

  json plan = json::object();
  bool calendar_ok = true;

  // ---- Estimate: domain real-name sync → provider review → SMS → 管局 --------------------
  json estimate = json::object();
  auto icp_approved = DateAt(app, "/public_security/icp_approved_on");
  if (icp_approved) {
    estimate["status"] = "icp_approved";
    estimate["icp_approved_on"] = icp_approved->ToString();
    plan["estimated_days"] = 0;
  } else {
    int sync_min = 3, sync_max = 5;
    if (auto verified = LatestRealName(app)) {
      auto elapsed = WorkingDaysBetween(*verified, today);
      if (elapsed) {
        sync_min = std::max(0, 3 - *elapsed);
        sync_max = std::max(0, 5 - *elapsed);
        if (auto earliest = AddWorkingDays(*verified, 3))
          estimate["earliest_submission"] = (*earliest < today ? today : *earliest).ToString();
      } else {
        calendar_ok = false;
      }
    }
    json steps = json::array();
    steps.push_back(Step(t("step.sync.step"), sync_min, sync_max, t("step.sync.basis")));
    steps.push_back(Step(t("step.provider.step"), 1, 2, t("step.provider.basis")));
    steps.push_back(Step(t("step.sms.step"), 0, 1, t("step.sms.basis")));
    steps.push_back(Step(t("step.miit.step"), 1, 20, t("step.miit.basis")));
    int min_wd = sync_min + 1 + 0 + 1, max_wd = sync_max + 2 + 1 + 20;
    estimate["steps"] = std::move(steps);
    estimate["working_days_min"] = min_wd;
    estimate["working_days_max"] = max_wd;
    estimate["start"] = today.ToString();
    auto earliest = AddWorkingDays(today, min_wd);
    auto latest = AddWorkingDays(today, max_wd);
    if (earliest) estimate["earliest_decision"] = earliest->ToString();
    if (latest) {
      estimate["latest_decision"] = latest->ToString();
      plan["estimated_days"] = latest->Days() - today.Days();
    } else {
      calendar_ok = false;
      // Calendar not published: no guess at holidays; 5 working days per calendar week.
      plan["estimated_days"] = static_cast<int>(std::ceil(max_wd * 7.0 / 5.0));
      estimate["note"] = t("estimate.no_calendar_note");
    }
    estimate["brief_average_days"] = 18.6;
    estimate["brief_average_basis"] = t("estimate.brief_average_basis");
  }
  plan["estimate"] = std::move(estimate);

  // ---- Deadlines ----------------------------------------------------------------------------
  json deadlines = json::array();
  bool psb_done = At(app, "/public_security/filed_on") || Str(app, "/public_security/psb_number") ||
                  At(app, "/public_security/psb_approved_on");
  for (const facts::Launch& l : facts::Launches(app)) {
    std::string label = SiteLabel(app.at("websites").at(l.site), l.site);
    deadlines.push_back(Deadline(t("deadline.psb_launch.what") + label, facts::PsbDue(l.on),
                                 t("deadline.psb_launch.basis"), "PSB-001", psb_done, today));
  }
  if (icp_approved) {
    deadlines.push_back(Deadline(t("deadline.psb_brief.what"), facts::PsbDue(*icp_approved),
                                 t("deadline.psb_brief.basis"), "SEED-017", psb_done, today));
  }
  if (auto psb_approved = DateAt(app, "/public_security/psb_approved_on")) {
    deadlines.push_back(Deadline(t("deadline.psb_display.what"), psb_approved->AddDays(30),
                                 t("deadline.psb_display.basis"), "DSP-010", false, today));
  }
  std::stable_sort(deadlines.begin(), deadlines.end(), [](const json& a, const json& b) {
    return a.value("due", std::string()) < b.value("due", std::string());
  });
  deadlines.push_back(Members()
                          .Add("basis", t("deadline.correction.basis"))
                          .Add("from", t("deadline.correction.from"))
                          .Add("rule", "SEED-023")
                          .Add("what", t("deadline.correction.what"))
                          .Add("within_working_days", 5)
                          .Take());
  AddAiSteps(app, t, deadlines);
  plan["deadlines"] = std::move(deadlines);

  // ---- Costs (the same for every application: SharedPlanCosts) ----------------------------
  if (const PlanCosts* shared = SharedPlanCosts(locale, pack)) {
    if (!leave_out_shared_costs) plan["costs"] = shared->value;
  } else {
    plan["costs"] = Costs(pack, locale);
  }

  // ---- Delay cost --------------------------------------------------------------------------
  if (auto gmv = Num(app, "/context/daily_gmv_cny"); gmv && *gmv >= 0) {
    double per_day = std::round(*gmv * kDelayCostShareOfGmv * 100.0) / 100.0;
    plan["delay_cost_cny_per_day"] = per_day;
    plan["delay_cost_basis"] = t("delay_cost_basis");
  }
  plan["calendar_published"] = calendar_ok;
  return plan;
}

}  // namespace beian
