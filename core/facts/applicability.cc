#include "core/facts/applicability.h"

#include <string>
#include <vector>

#include "core/domain.h"
#include "core/facts/hosting.h"
#include "core/facts/prepare.h"
#include "core/model.h"
#include "core/text.h"

namespace beian::facts {
namespace {

bool HasCnDomain(const json& app, std::string* path) {
  for (const auto& d : Domains(app)) {
    std::string host = ParseDomainInput(d.name).host;
    std::string tld = TopLevel(host);
    if (tld == "cn" || tld == "中国" || tld == "xn--fiqs8s") {
      *path = d.name_path;
      return true;
    }
  }
  return false;
}

Applicability Assess(const json& app) {
  Applicability a;
  a.any_input = At(app, "/market") != nullptr;
  size_t n = Count(app, "/websites");
  for (size_t i = 0; i < n; ++i) {
    if (!IsSite(app, i)) continue;
    ApplicabilitySite s;
    s.index = i;
    s.path = SitePath(i);
    if (const std::string* loc = Str(app, s.path + "/hosting/location")) s.location = *loc;
    if (auto name = NonBlank(app, s.path + "/name")) s.label = *name;
    if (s.label.empty()) {
      for (const auto& d : Domains(app))
        if (d.website == i) {
          s.label = d.name;
          break;
        }
    }
    if (s.label.empty()) s.label = "#" + std::to_string(i + 1);
    s.mainland_server = s.location == "mainland";
    s.mainland_cdn = !Strings(app, s.path + "/hosting/cdn_domestic_ips").empty();
    if (At(app, s.path + "/hosting")) a.any_input = true;
    a.sites.push_back(s);
  }

  auto indicator = [&](const char* key, const std::string& path) {
    a.indicators.push_back(key);
    a.indicator_paths.push_back(path);
  };
  std::string cn_path;
  if (HasCnDomain(app, &cn_path)) indicator("cn_domain", cn_path);
  if (!Strings(app, "/market/mainland_payment_methods").empty())
    indicator("mainland_payment", "/market/mainland_payment_methods");
  if (Bool(app, "/market/wechat_mini_program").value_or(false))
    indicator("mini_program", "/market/wechat_mini_program");
  if (Bool(app, "/market/chinese_customer_service").value_or(false))
    indicator("chinese_customer_service", "/market/chinese_customer_service");
  if (Bool(app, "/market/ships_to_mainland").value_or(false))
    indicator("ships_to_mainland", "/market/ships_to_mainland");
  if (Bool(app, "/market/targets_mainland_users").value_or(false))
    indicator("targets_mainland_users", "/market/targets_mainland_users");

  auto server_flag = Bool(app, "/market/server_in_mainland");
  bool isolated_claim = Bool(app, "/market/fully_isolated_from_mainland").value_or(false);
  bool audit = Bool(app, "/market/no_mainland_service_audit").value_or(false);
  a.platform_only = Bool(app, "/market/platform_subdomain_only").value_or(false);

  size_t abroad = 0;
  for (const auto& s : a.sites) {
    if (s.mainland_server) a.reasons.push_back({"mainland_server", {{"site", s.label}}});
    if (s.mainland_cdn) a.reasons.push_back({"mainland_cdn", {{"site", s.label}}});
    if (s.mainland_server || s.mainland_cdn) a.trigger = true;
    if (IsAbroad(s.location) && !s.mainland_cdn) ++abroad;
  }
  if (server_flag.value_or(false) && !a.trigger) {
    a.trigger = true;
    a.reasons.push_back({"server_flag", {}});
  }
  a.known_abroad = !a.trigger && (server_flag == false || isolated_claim ||
                                  (!a.sites.empty() && abroad == a.sites.size()));
  a.isolated = isolated_claim && audit && !HasChineseLanguage(app);

  if (a.trigger) {
    a.must_file = "yes";
    if (isolated_claim) a.reasons.push_back({"isolated_but_mainland", {}});
    if (a.platform_only) a.reasons.push_back({"platform_but_mainland", {}});
  } else if (a.platform_only) {
    a.must_file = "no";
    a.reasons.push_back({"platform", {}});
  } else if (a.isolated) {
    a.must_file = "no";
    a.reasons.push_back({"isolated", {}});
  } else if (a.known_abroad) {
    a.must_file = "no";
    a.reasons.push_back({"abroad", {}});
    if (isolated_claim && !audit) a.reasons.push_back({"isolated_no_audit", {}});
  } else {
    a.must_file = "unknown";
    a.reasons.push_back(
        {a.any_input || !a.indicators.empty() || !a.sites.empty() ? "unknown_hosting" : "no_data",
         {}});
  }
  if (!a.indicators.empty()) {
    const char* key = a.trigger             ? "indicators_with_trigger"
                      : a.must_file == "no" ? "indicators_abroad"
                                            : "indicators_unknown";
    a.reasons.push_back({key, {}});
  }
  if (!a.indicators.empty()) a.any_input = true;
  return a;
}

// SEED-001's params: the wording of the reasons and indicators.
const json& Seed001Params(const Ctx& c) {
  static const json kEmpty = json::object();
  const RuleDef* def = c.pack().Find("SEED-001");
  return def && def->params().is_object() ? def->params() : kEmpty;
}

// Replaces each {key} of `s` by its value, key by key.
std::string Substitute(std::string s, const Vars& vars) {
  for (const auto& [key, value] : vars) {
    std::string token = "{" + key + "}";
    for (size_t pos = s.find(token); pos != std::string::npos;
         pos = s.find(token, pos + value.size()))
      s.replace(pos, token.size(), value);
  }
  return s;
}

// The indicators as a localised, comma-separated list.
std::string IndicatorList(const Ctx& c, const Applicability& a) {
  const json& params = Seed001Params(c);
  std::string out;
  for (const auto& key : a.indicators) {
    std::string name = TextIn(Member(Member(params, "indicators"), key), c.locale());
    if (name.empty()) name = key;
    if (!out.empty()) out += c.locale() == "en" ? ", " : "、";
    out += name;
  }
  return out;
}

// `indicators`: IndicatorList(c, a), the same for every reason.
std::string ReasonText(const Ctx& c, const ApplicabilityReason& r, const std::string& indicators) {
  const json& params = Seed001Params(c);
  std::string tmpl = TextIn(Member(Member(params, "reasons"), r.key), c.locale());
  if (tmpl.empty()) return "";
  Vars vars = r.vars;
  vars.push_back({"indicators", indicators});
  return Substitute(tmpl, vars);
}

}  // namespace

const Applicability& ApplicabilityOf(Ctx& c) {
  return c.Memo<Applicability>("app.assessment", [&] { return Assess(c.app()); });
}

bool Answered(const Ctx& c, const Applicability& a) {
  return a.any_input || At(c.app(), "/websites") != nullptr;
}

const std::vector<std::string>& ReasonTexts(Ctx& c) {
  const Applicability& a = ApplicabilityOf(c);
  return c.Memo<std::vector<std::string>>("app.reason_texts", [&] {
    std::vector<std::string> out;
    const std::string indicators = a.reasons.empty() ? "" : IndicatorList(c, a);
    for (const auto& r : a.reasons) {
      std::string text = ReasonText(c, r, indicators);
      if (!text.empty()) out.push_back(text);
    }
    return out;
  });
}

bool HasChineseLanguage(const json& app) {
  std::vector<std::string> langs = Strings(app, "/market/site_languages");
  size_t n = Count(app, "/websites");
  for (size_t i = 0; i < n; ++i)
    for (const auto& l : Strings(app, SitePath(i) + "/languages")) langs.push_back(l);
  for (const auto& l : langs) {
    std::string s = Lower(Trim(l));
    if (s.rfind("zh", 0) == 0 || s.find("中文") != std::string::npos) return true;
  }
  return false;
}

std::vector<std::string> SitePaths(const json& app) {
  std::vector<std::string> out;
  size_t n = Count(app, "/websites");
  for (size_t i = 0; i < n; ++i)
    if (IsSite(app, i)) out.push_back(SitePath(i));
  return out;
}

std::vector<FeatureAnswer> FeatureAnswers(const json& app, const char* name) {
  std::vector<FeatureAnswer> out;
  for (const std::string& base : SitePaths(app)) {
    std::string path = base + "/features/" + name;
    if (auto v = Bool(app, path)) out.push_back({path, *v});
  }
  return out;
}

void PrepareApplicability(Ctx& c) {
  const Applicability& a = ApplicabilityOf(c);
  if (!Answered(c, a)) return;
  json reasons = json::array();
  for (const auto& text : ReasonTexts(c)) reasons.push_back(text);
  c.applicability()["must_file"] = a.must_file;
  c.applicability()["reasons"] = reasons;
}

}  // namespace beian::facts
