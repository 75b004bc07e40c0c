// Applicability: must this site file at all? (APP-001 … APP-014, SEED-001/002/003/025, SEED-008)
//
// One derivation (Assess, memoised) feeds report.applicability (filled by a preparation step) and
// the findings. The legal trigger is a mainland server or a CDN with mainland nodes (APP-001,
// APP-004); the brief's market indicators (.cn domain, WeChat Pay/Alipay, mini program, Chinese
// customer service, shipping to the mainland) only colour the reasons. These rules never block.
// Reason wording lives in the pack (SEED-001 params), so that it is data, not code.
//
// Severities: the catalog lists APP-001/004/010/012 as block; the catalog's resolution
// "applicability rules never block" wins, so the pack gives info (APP-001, APP-004) and warn
// (APP-010, APP-012).
#include <string>
#include <vector>

#include "core/domain.h"
#include "core/rules/rule.h"
#include "core/model.h"
#include "core/net/ip.h"
#include "core/text.h"

namespace beian {
namespace {

std::string SiteBase(size_t i) { return "/websites/" + std::to_string(i); }

// The paths (/websites/i) of the entries that are websites, in order.
std::vector<std::string> SitePaths(const json& app) {
  std::vector<std::string> out;
  size_t n = Count(app, "/websites");
  for (size_t i = 0; i < n; ++i)
    if (IsSite(app, i)) out.push_back(SiteBase(i));
  return out;
}

bool IsAbroad(const std::string& location) {
  return location == "hong_kong" || location == "macao" || location == "taiwan" ||
         location == "overseas";
}

struct Reason {
  std::string key;  // params.reasons.<key> of SEED-001
  Vars vars;
};

struct Site {
  size_t index = 0;
  std::string path;      // /websites/i
  std::string location;  // hosting.location or ""
  std::string label;     // site name or first domain, for messages
  bool mainland_server = false;
  bool mainland_cdn = false;
};

struct Assessment {
  std::string must_file = "unknown";
  std::vector<Reason> reasons;
  std::vector<Site> sites;
  std::vector<std::string> indicators;  // keys of params.indicators
  std::vector<std::string> indicator_paths;
  bool trigger = false;        // APP-001/004: mainland server or CDN
  bool known_abroad = false;   // every server outside the mainland, no mainland CDN
  bool platform_only = false;  // SEED-003
  bool isolated = false;       // SEED-002 complete (isolated + audit + not Chinese-language)
  bool any_input = false;
};

bool HasChineseLanguage(const json& app) {
  std::vector<std::string> langs = Strings(app, "/market/site_languages");
  size_t n = Count(app, "/websites");
  for (size_t i = 0; i < n; ++i)
    for (const auto& l : Strings(app, SiteBase(i) + "/languages")) langs.push_back(l);
  for (const auto& l : langs) {
    std::string s = Lower(Trim(l));
    if (s.rfind("zh", 0) == 0 || s.find("中文") != std::string::npos) return true;
  }
  return false;
}

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

Assessment Assess(const json& app) {
  Assessment a;
  a.any_input = At(app, "/market") != nullptr;
  size_t n = Count(app, "/websites");
  for (size_t i = 0; i < n; ++i) {
    if (!IsSite(app, i)) continue;
    Site s;
    s.index = i;
    s.path = SiteBase(i);
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

const Assessment& Get(Ctx& c) {
  return c.Memo<Assessment>("app.assessment", [&] { return Assess(c.app()); });
}

// The sites that state a hosting location: the location rules (APP-001…003) speak of no other.
std::vector<const Site*> LocatedSites(const Assessment& a) {
  std::vector<const Site*> out;
  for (const auto& s : a.sites)
    if (!s.location.empty()) out.push_back(&s);
  return out;
}

// The sites with a hosting block: the provider rules (APP-004, APP-009) speak of no other.
std::vector<const Site*> HostedSites(const Ctx& c, const Assessment& a) {
  std::vector<const Site*> out;
  for (const auto& s : a.sites)
    if (At(c.app(), s.path + "/hosting")) out.push_back(&s);
  return out;
}

const json& Seed001Params(const Ctx& c) {
  static const json kEmpty = json::object();
  const RuleDef* def = c.pack().Find("SEED-001");
  return def && def->params.is_object() ? def->params : kEmpty;
}

std::string Localized(const json& text, const std::string& locale) {
  if (text.is_string()) return text.get<std::string>();
  if (!text.is_object()) return "";
  if (const std::string* s = Str(text, "/" + locale)) return *s;
  if (const std::string* s = Str(text, "/zh-CN")) return *s;
  return "";
}

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
std::string IndicatorList(const Ctx& c, const Assessment& a) {
  const json& params = Seed001Params(c);
  std::string out;
  for (const auto& key : a.indicators) {
    std::string name =
        Localized(params.value("indicators", json::object()).value(key, json()), c.locale());
    if (name.empty()) name = key;
    if (!out.empty()) out += c.locale() == "en" ? ", " : "、";
    out += name;
  }
  return out;
}

std::string ReasonText(const Ctx& c, const Assessment& a, const Reason& r) {
  const json& params = Seed001Params(c);
  std::string tmpl =
      Localized(params.value("reasons", json::object()).value(r.key, json()), c.locale());
  if (tmpl.empty()) return "";
  Vars vars = r.vars;
  vars.push_back({"indicators", IndicatorList(c, a)});
  return Substitute(tmpl, vars);
}

// The applicability section (and SEED-001) appear once the application has market data or a
// website; a bare subject gets neither.
bool Answered(const Ctx& c, const Assessment& a) {
  return a.any_input || At(c.app(), "/websites") != nullptr;
}

}  // namespace
namespace facts {

void PrepareApplicability(Ctx& c) {
  const Assessment& a = Get(c);
  if (!Answered(c, a)) return;
  json reasons = json::array();
  for (const auto& r : a.reasons) {
    std::string text = ReasonText(c, a, r);
    if (!text.empty()) reasons.push_back(text);
  }
  c.applicability()["must_file"] = a.must_file;
  c.applicability()["reasons"] = reasons;
}

}  // namespace facts
namespace {

// ---- SEED-001: the answer itself, as a finding ------------------------------------------------
}  // namespace
namespace rules {

void Seed001(Ctx& c) {
  const Assessment& a = Get(c);
  if (!Answered(c, a)) return c.Skip();
  std::string reasons;
  for (const auto& r : a.reasons) {
    std::string text = ReasonText(c, a, r);
    if (text.empty()) continue;
    if (!reasons.empty()) reasons += c.locale() == "en" ? " " : "";
    reasons += text;
  }
  std::string path = !a.indicator_paths.empty() ? a.indicator_paths.front()
                     : At(c.app(), "/market")   ? "/market"
                                                : "";
  for (const auto& s : a.sites)
    if (s.mainland_server || s.mainland_cdn) {
      path = s.path + "/hosting";
      break;
    }
  c.Emit(path, {{"answer", a.must_file}, {"reasons", reasons}}, Variant(a.must_file));
}

}  // namespace rules
namespace {

// ---- APP-001: mainland server → filing required ------------------------------------------------
}  // namespace
namespace rules {

void App001(Ctx& c) {
  const Assessment& a = Get(c);
  std::vector<const Site*> located = LocatedSites(a);
  auto flag = Bool(c.app(), "/market/server_in_mainland");
  if (located.empty() && !flag) return c.Skip();
  for (const Site* s : located)
    if (s->mainland_server)
      c.Emit(s->path + "/hosting/location", {{"site", s->label}}, Evidence(s->location));
  if (flag) {
    bool site_reported = false;
    for (const auto& s : a.sites) site_reported = site_reported || s.mainland_server;
    if (*flag && !site_reported)
      c.Emit("/market/server_in_mainland", {{"site", ""}}, Variant("market_flag"));
  }
}

}  // namespace rules
namespace {

// ---- APP-002: every server outside the mainland -------------------------------------------------
}  // namespace
namespace rules {

void App002(Ctx& c) {
  std::vector<const Site*> located = LocatedSites(Get(c));
  if (located.empty()) return c.Skip();
  for (const Site* s : located)
    if (IsAbroad(s->location) && !s->mainland_cdn)
      c.Emit(s->path + "/hosting/location", {{"site", s->label}, {"location", s->location}},
             Evidence(s->location));
}

}  // namespace rules
namespace {

bool AlreadyFiled(const json& app, const std::string& base) {
  return NonBlank(app, base + "/filed_via") || NonBlank(app, "/public_security/icp_number");
}

// ---- APP-003: filed domain now served only from abroad -----------------------------------------
}  // namespace
namespace rules {

void App003(Ctx& c) {
  std::vector<const Site*> located = LocatedSites(Get(c));
  if (located.empty()) return c.Skip();
  for (const Site* s : located) {
    if (IsAbroad(s->location) && !s->mainland_cdn && AlreadyFiled(c.app(), s->path)) {
      auto icp = NonBlank(c.app(), "/public_security/icp_number");
      c.Emit(s->path + "/hosting/location", {{"site", s->label}, {"icp", icp ? *icp : ""}},
             Evidence(s->location));
    }
  }
}

}  // namespace rules
namespace {

// ---- APP-004: CDN with mainland nodes ---------------------------------------------------------
}  // namespace
namespace rules {

void App004(Ctx& c) {
  std::vector<const Site*> hosted = HostedSites(c, Get(c));
  if (hosted.empty()) return c.Skip();
  for (const Site* s : hosted) {
    if (!s->mainland_cdn) continue;
    auto provider = NonBlank(c.app(), s->path + "/hosting/cdn_provider");
    c.Emit(s->path + "/hosting/cdn_domestic_ips",
           {{"site", s->label}, {"cdn", provider ? *provider : "CDN"}},
           Evidence(provider ? *provider : ""));
  }
}

}  // namespace rules
namespace {

// ---- APP-005: reachable by IP only ------------------------------------------------------------
}  // namespace
namespace rules {

void App005(Ctx& c) {
  bool any = false;
  for (const std::string& base : SitePaths(c.app())) {
    auto url = NonBlank(c.app(), base + "/home_url");
    size_t domains = Count(c.app(), base + "/domains");
    std::vector<std::string> ips = Strings(c.app(), base + "/hosting/server_ips");
    if (!url && !domains && ips.empty()) continue;
    any = true;
    if (url) {
      std::string host = ParseDomainInput(*url).host;
      if (host.size() > 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
      if (ParseIp(host)) {
        c.Emit(base + "/home_url", {{"value", *url}}, Evidence(*url));
        continue;
      }
    }
    if (!domains && !url && !ips.empty())
      c.Emit(base + "/hosting/server_ips", {{"value", ips.front()}}, Evidence(ips.front()));
  }
  if (!any) c.Skip();
}

}  // namespace rules
namespace {

bool Feature(const json& app, const std::string& base, const char* name) {
  return Bool(app, base + "/features/" + name).value_or(false);
}

struct FeatureAnswer {
  std::string path;  // /websites/i/features/<name>
  bool value = false;
};

// Each site's answer to features/<name>, where the site gives one.
std::vector<FeatureAnswer> FeatureAnswers(const json& app, const char* name) {
  std::vector<FeatureAnswer> out;
  for (const std::string& base : SitePaths(app)) {
    std::string path = base + "/features/" + name;
    if (auto v = Bool(app, path)) out.push_back({path, *v});
  }
  return out;
}

// ---- APP-006: paid information services (经营性)
// -------------------------------------------------
}  // namespace
namespace rules {

void App006(Ctx& c) {
  std::vector<FeatureAnswer> answers = FeatureAnswers(c.app(), "paid_information_service");
  if (answers.empty()) return c.Skip();
  for (const FeatureAnswer& paid : answers) {
    // 个体工商户: reported under SEED-008, the more specific rule.
    if (paid.value && SubjectType(c.app()) != "sole_proprietor") c.Emit(paid.path);
  }
}

}  // namespace rules
namespace {

// ---- APP-007: marketplace with third-party merchants ------------------------------------------
}  // namespace
namespace rules {

void App007(Ctx& c) {
  std::vector<FeatureAnswer> answers = FeatureAnswers(c.app(), "third_party_merchants");
  if (answers.empty()) return c.Skip();
  for (const FeatureAnswer& merchants : answers)
    if (merchants.value) c.Emit(merchants.path);
}

}  // namespace rules
namespace {

// Where a site says it sells: payment feature, a shopping service type, or shop words.
std::string ShopSignal(Ctx& c, const std::string& base, std::string* evidence) {
  if (Feature(c.app(), base, "payment")) {
    *evidence = "payment";
    return base + "/features/payment";
  }
  auto types = Strings(c.app(), base + "/service_types");
  const WordMatcher& shop = c.pack().Matcher("WL-ECOM");
  for (size_t k = 0; k < types.size(); ++k) {
    auto hits = shop.Find(Compact(types[k]));
    if (!hits.empty() || Compact(types[k]) == "网上支付") {
      *evidence = types[k];
      return base + "/service_types/" + std::to_string(k);
    }
  }
  for (const char* field : {"/name", "/service_content"}) {
    auto text = NonBlank(c.app(), base + field);
    if (!text) continue;
    auto hits = shop.Find(Compact(*text));
    if (!hits.empty()) {
      *evidence = shop.words()[hits.front().word];
      return base + field;
    }
  }
  return "";
}

// ---- APP-008: own-brand shop — filing or licence? ----------------------------------------------
}  // namespace
namespace rules {

void App008(Ctx& c) {
  std::string type = SubjectType(c.app());
  if (!Count(c.app(), "/websites") || type.empty()) return c.Skip();
  if (type == "individual") return;  // personal shops: CNT-004 / SEED-009
  for (const std::string& base : SitePaths(c.app())) {
    if (Feature(c.app(), base, "third_party_merchants")) continue;  // APP-007
    std::string evidence;
    std::string path = ShopSignal(c, base, &evidence);
    if (path.empty()) continue;
    if (evidence == "payment") {
      std::string label = Localized(c.Param("payment_label"), c.locale());
      if (!label.empty()) evidence = label;
    }
    c.Emit(path, {{"value", evidence}}, Evidence(evidence, c.province() == 42 ? "hubei" : ""));
  }
}

}  // namespace rules
namespace {

// ---- APP-009: file through the hosting provider -----------------------------------------------
}  // namespace
namespace rules {

void App009(Ctx& c) {
  std::vector<const Site*> hosted = HostedSites(c, Get(c));
  if (hosted.empty()) return c.Skip();
  for (const Site* s : hosted) {
    if (IsAbroad(s->location)) continue;  // APP-002
    auto provider = NonBlank(c.app(), s->path + "/hosting/access_provider");
    if (provider) {
      c.Emit(s->path + "/hosting/access_provider", {{"provider", *provider}, {"site", s->label}},
             Evidence(*provider));
    } else {
      c.Emit(s->path + "/hosting", {{"site", s->label}}, Variant("unnamed"));
    }
  }
}

}  // namespace rules
namespace {

// ---- APP-010: filed elsewhere, now hosted here → 新增接入 --------------------------------------
}  // namespace
namespace rules {

void App010(Ctx& c) {
  bool any = false;
  for (const std::string& base : SitePaths(c.app())) {
    auto filed = NonBlank(c.app(), base + "/filed_via");
    auto now = NonBlank(c.app(), base + "/hosting/access_provider");
    if (!filed || !now) continue;
    any = true;
    if (Lower(Compact(*filed)) != Lower(Compact(*now)))
      c.Emit(base + "/hosting/access_provider", {{"old", *filed}, {"new", *now}},
             Evidence(*filed + " → " + *now));
  }
  if (!any) c.Skip();
}

}  // namespace rules
namespace {

// ---- APP-011: subdomains ----------------------------------------------------------------------
}  // namespace
namespace rules {

void App011(Ctx& c) {
  const auto& suffixes = c.pack().List("WL-PUBLIC-SUFFIX-2");
  bool any = false;
  for (const std::string& base : SitePaths(c.app())) {
    auto url = NonBlank(c.app(), base + "/home_url");
    if (!url) continue;
    std::string host = ParseDomainInput(*url).host;
    if (host.empty() || ParseIp(host)) continue;
    any = true;
    std::string reg = RegistrableDomain(host, suffixes);
    if (reg.empty() || reg == host || host == "www." + reg) continue;
    c.Emit(base + "/home_url", {{"host", host}, {"domain", reg}}, Evidence(host));
  }
  if (!any) c.Skip();
}

}  // namespace rules
namespace {

// ---- APP-012: foreign entity -------------------------------------------------------------------
}  // namespace
namespace rules {

void App012(Ctx& c) {
  auto country = NonBlank(c.app(), "/subject/country");
  if (!country) return c.Skip();
  std::string code = Compact(*country);
  for (auto& ch : code)
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 32);
  if (code == "CN" || code == "CHN" || code == "CHINA" || code == "PRC" || code == "中国" ||
      code == "中国大陆" || code == "中华人民共和国")
    return;
  if (IsIndividual(c.app())) return;  // foreign individuals: PPL-011
  c.Emit("/subject/country", {{"value", *country}}, Evidence(*country));
}

}  // namespace rules
namespace {

// ---- APP-013: apps and mini programs ----------------------------------------------------------
}  // namespace
namespace rules {

void App013(Ctx& c) {
  auto mini = Bool(c.app(), "/market/wechat_mini_program");
  auto app = Bool(c.app(), "/market/mobile_app");
  if (!mini && !app) return c.Skip();
  if (mini.value_or(false)) c.Emit("/market/wechat_mini_program", {}, Variant("mini_program"));
  if (app.value_or(false)) c.Emit("/market/mobile_app");
}

}  // namespace rules
namespace {

// ---- APP-014: penalties for operating without a filing -----------------------------------------
}  // namespace
namespace rules {

void App014(Ctx& c) {
  const Assessment& a = Get(c);
  if (!a.any_input) return c.Skip();
  if (a.must_file != "yes") return;
  bool filed = NonBlank(c.app(), "/public_security/icp_number").has_value();
  for (const auto& s : a.sites) {
    const std::string* launched = Str(c.app(), s.path + "/launched_on");
    auto day = launched ? Date::Parse(*launched) : std::nullopt;
    if (!filed && day && *day <= c.today() && (s.mainland_server || s.mainland_cdn)) {
      c.Emit(s.path + "/launched_on", {{"date", *launched}, {"site", s.label}},
             Evidence(*launched, "operating"));
      return;
    }
  }
  c.Emit("");
}

}  // namespace rules
namespace {

// ---- SEED-002: exception 1, fully isolated from the mainland ----------------------------------
}  // namespace
namespace rules {

void Seed002(Ctx& c) {
  auto isolated = Bool(c.app(), "/market/fully_isolated_from_mainland");
  if (!isolated) return c.Skip();
  if (!*isolated) return;
  const Assessment& a = Get(c);
  std::string variant;
  if (a.trigger) {
    variant = "mainland_hosting";
  } else if (!Bool(c.app(), "/market/no_mainland_service_audit").value_or(false)) {
    variant = "no_audit";
  } else if (HasChineseLanguage(c.app())) {
    variant = "chinese";
  }
  c.Emit("/market/fully_isolated_from_mainland", {}, Variant(variant));
}

}  // namespace rules
namespace {

// ---- SEED-003: platform subdomain only -------------------------------------------------------
}  // namespace
namespace rules {

void Seed003(Ctx& c) {
  auto only = Bool(c.app(), "/market/platform_subdomain_only");
  if (!only) return c.Skip();
  if (!*only) return;
  const Assessment& a = Get(c);
  c.Emit("/market/platform_subdomain_only", {}, Variant(a.trigger ? "mainland_hosting" : ""));
}

}  // namespace rules
namespace {

// ---- SEED-025: platform store vs independent site ---------------------------------------------
}  // namespace
namespace rules {

void Seed025(Ctx& c) {
  const std::string* platform = Str(c.app(), "/market/platform");
  if (!platform) return c.Skip();
  bool only = Bool(c.app(), "/market/platform_subdomain_only").value_or(false);
  bool own_domain = !Domains(c.app()).empty();
  std::string name = Localized(c.Param("platform_names").value(*platform, json()), c.locale());
  if (name.empty()) name = *platform;
  if (only) {
    c.Emit("/market/platform", {{"platform", name}}, Variant("platform_store"));
  } else if (own_domain || *platform == "self_built") {
    c.Emit("/market/platform", {{"platform", name}});
  }
}

}  // namespace rules
namespace {

// ---- SEED-008: 个体工商户 and 经营性 services
// ----------------------------------------------------
}  // namespace
namespace rules {

void Seed008(Ctx& c) {
  std::string type = SubjectType(c.app());
  if (type.empty()) return c.Skip();
  if (type != "sole_proprietor") return;
  for (const FeatureAnswer& paid : FeatureAnswers(c.app(), "paid_information_service"))
    if (paid.value) c.Emit(paid.path);
}

}  // namespace rules
namespace {

}  // namespace
}  // namespace beian
