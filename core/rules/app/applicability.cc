// APP-001…014: must this site file, and how? The answer itself (core/facts/applicability.h)
// is shared with SEED-001…003. These rules never block.
//
// Severities: the catalog lists APP-001/004/010/012 as block; the catalog's resolution
// "applicability rules never block" wins, so the pack gives info (APP-001, APP-004) and warn
// (APP-010, APP-012).
#include "core/facts/applicability.h"

#include <string>
#include <vector>

#include "core/domain.h"
#include "core/facts/free_text.h"
#include "core/facts/hosting.h"
#include "core/model.h"
#include "core/net/ip.h"
#include "core/rules/app/app.h"
#include "core/text.h"

namespace beian::rules {
namespace {

using Site = facts::ApplicabilitySite;

// The sites that state a hosting location: the location rules (APP-001…003) speak of no other.
std::vector<const Site*> LocatedSites(const facts::Applicability& a) {
  std::vector<const Site*> out;
  for (const auto& s : a.sites)
    if (!s.location.empty()) out.push_back(&s);
  return out;
}

// The sites with a hosting block: the provider rules (APP-004, APP-009) speak of no other.
std::vector<const Site*> HostedSites(const Ctx& c, const facts::Applicability& a) {
  std::vector<const Site*> out;
  for (const auto& s : a.sites)
    if (At(c.app(), s.path + "/hosting")) out.push_back(&s);
  return out;
}

bool AlreadyFiled(const json& app, const std::string& base) {
  return NonBlank(app, base + "/filed_via") || NonBlank(app, "/public_security/icp_number");
}

bool Feature(const json& app, const std::string& base, const char* name) {
  return Bool(app, base + "/features/" + name).value_or(false);
}

// Where a site says it sells: payment feature, a shopping service type, or shop words (WL-ECOM)
// outside negated clauses and the rule's params "not_shop_words" (贸易 alone is a trade, not a
// web shop).
std::string ShopSignal(Ctx& c, const std::string& base, std::string* evidence) {
  if (Feature(c.app(), base, "payment")) {
    *evidence = "payment";
    return base + "/features/payment";
  }
  auto types = Strings(c.app(), base + "/service_types");
  const WordMatcher& shop = c.pack().Matcher("WL-ECOM");
  const std::vector<std::string> not_shop = facts::StringList(c.Param("not_shop_words"));
  for (size_t k = 0; k < types.size(); ++k) {
    if (facts::PositiveHit(shop, Compact(types[k]), not_shop).found() ||
        Compact(types[k]) == "网上支付") {
      *evidence = types[k];
      return base + "/service_types/" + std::to_string(k);
    }
  }
  for (const char* field : {"/name", "/service_content"}) {
    auto text = NonBlank(c.app(), base + field);
    if (!text) continue;
    facts::TextHit hit = facts::PositiveHit(shop, Compact(*text), not_shop);
    if (hit.found()) {
      *evidence = hit.word;
      return base + field;
    }
  }
  return "";
}

}  // namespace

// APP-001: mainland server → filing required
void App001(Ctx& c) {
  const facts::Applicability& a = facts::ApplicabilityOf(c);
  std::vector<const Site*> located = LocatedSites(a);
  auto flag = Bool(c.app(), "/market/server_in_mainland");
  if (located.empty() && !flag) return c.Skip();
  for (const Site* s : located)
    if (s->mainland_server)
      c.Emit(s->path + "/hosting/location", {{"site", s->label}},
             Evidence(c.EnumLabel(s->path + "/hosting/location", s->location)));
  if (flag) {
    bool site_reported = false;
    for (const auto& s : a.sites) site_reported = site_reported || s.mainland_server;
    if (*flag && !site_reported)
      c.Emit("/market/server_in_mainland", {{"site", ""}}, Variant("market_flag"));
  }
}

// APP-002: every server outside the mainland
void App002(Ctx& c) {
  std::vector<const Site*> located = LocatedSites(facts::ApplicabilityOf(c));
  if (located.empty()) return c.Skip();
  for (const Site* s : located)
    if (facts::IsAbroad(s->location) && !s->mainland_cdn) {
      std::string where = c.EnumLabel(s->path + "/hosting/location", s->location);
      c.Emit(s->path + "/hosting/location", {{"site", s->label}, {"location", where}},
             Evidence(where));
    }
}

// APP-003: filed domain now served only from abroad
void App003(Ctx& c) {
  std::vector<const Site*> located = LocatedSites(facts::ApplicabilityOf(c));
  if (located.empty()) return c.Skip();
  for (const Site* s : located) {
    if (facts::IsAbroad(s->location) && !s->mainland_cdn && AlreadyFiled(c.app(), s->path)) {
      auto icp = NonBlank(c.app(), "/public_security/icp_number");
      c.Emit(s->path + "/hosting/location", {{"site", s->label}, {"icp", icp ? *icp : ""}},
             Evidence(c.EnumLabel(s->path + "/hosting/location", s->location)));
    }
  }
}

// APP-004: CDN with mainland nodes
void App004(Ctx& c) {
  std::vector<const Site*> hosted = HostedSites(c, facts::ApplicabilityOf(c));
  if (hosted.empty()) return c.Skip();
  for (const Site* s : hosted) {
    if (!s->mainland_cdn) continue;
    auto provider = NonBlank(c.app(), s->path + "/hosting/cdn_provider");
    c.Emit(s->path + "/hosting/cdn_domestic_ips",
           {{"site", s->label}, {"cdn", provider ? *provider : "CDN"}},
           Evidence(provider ? *provider : ""));
  }
}

// APP-005: reachable by IP only
void App005(Ctx& c) {
  bool any = false;
  for (const std::string& base : facts::SitePaths(c.app())) {
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

// APP-006: paid information services (经营性)
void App006(Ctx& c) {
  std::vector<facts::FeatureAnswer> answers =
      facts::FeatureAnswers(c.app(), "paid_information_service");
  if (answers.empty()) return c.Skip();
  for (const facts::FeatureAnswer& paid : answers) {
    // Every subject type, 个体工商户 included (the catalog row says all; SEED-008 says the same
    // for them, the engine merges duplicates).
    if (paid.value)
      c.Emit(paid.path, {},
             Variant(SubjectType(c.app()) == "sole_proprietor" ? "sole_proprietor" : ""));
  }
}

// APP-007: marketplace with third-party merchants
void App007(Ctx& c) {
  std::vector<facts::FeatureAnswer> answers =
      facts::FeatureAnswers(c.app(), "third_party_merchants");
  if (answers.empty()) return c.Skip();
  for (const facts::FeatureAnswer& merchants : answers)
    if (merchants.value) c.Emit(merchants.path);
}

// APP-008: a shop that has not said whether third-party merchants sell on it. Stated true is
// APP-007's finding; stated false is a shop selling its own goods, not a platform: nothing to
// ask.
void App008(Ctx& c) {
  std::string type = SubjectType(c.app());
  if (!Count(c.app(), "/websites") || type.empty()) return c.Skip();
  if (type == "individual") return;  // personal shops: CNT-004 / SEED-009
  for (const std::string& base : facts::SitePaths(c.app())) {
    if (Bool(c.app(), base + "/features/third_party_merchants")) continue;  // answered
    std::string evidence;
    std::string path = ShopSignal(c, base, &evidence);
    if (path.empty()) continue;
    if (evidence == "payment") {
      std::string label = ParseText(c.Param("payment_label")).In(c.locale());
      if (!label.empty()) evidence = label;
    }
    c.Emit(path, {{"value", evidence}}, Evidence(evidence, c.province() == 42 ? "hubei" : ""));
  }
}

// APP-009: file through the hosting provider
void App009(Ctx& c) {
  std::vector<const Site*> hosted = HostedSites(c, facts::ApplicabilityOf(c));
  if (hosted.empty()) return c.Skip();
  for (const Site* s : hosted) {
    if (facts::IsAbroad(s->location)) continue;  // APP-002
    auto provider = NonBlank(c.app(), s->path + "/hosting/access_provider");
    if (provider) {
      c.Emit(s->path + "/hosting/access_provider", {{"provider", *provider}, {"site", s->label}},
             Evidence(*provider));
    } else {
      c.Emit(s->path + "/hosting", {{"site", s->label}}, Variant("unnamed"));
    }
  }
}

// APP-010: filed elsewhere, now hosted here → 新增接入
void App010(Ctx& c) {
  bool any = false;
  for (const std::string& base : facts::SitePaths(c.app())) {
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

// APP-011: subdomains
void App011(Ctx& c) {
  const auto& suffixes = c.pack().List("WL-PUBLIC-SUFFIX-2");
  bool any = false;
  for (const std::string& base : facts::SitePaths(c.app())) {
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

// APP-012: foreign entity
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

// APP-013: apps and mini programs
void App013(Ctx& c) {
  auto mini = Bool(c.app(), "/market/wechat_mini_program");
  auto app = Bool(c.app(), "/market/mobile_app");
  if (!mini && !app) return c.Skip();
  if (mini.value_or(false)) c.Emit("/market/wechat_mini_program", {}, Variant("mini_program"));
  if (app.value_or(false)) c.Emit("/market/mobile_app");
}

// APP-014: penalties for operating without a filing
void App014(Ctx& c) {
  const facts::Applicability& a = facts::ApplicabilityOf(c);
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

}  // namespace beian::rules
