// SEED-001 (do I have to file?), SEED-002/003 (the brief's two exceptions), SEED-008 (sole
// proprietors and commercial services), SEED-025 (platform store vs independent site): the
// applicability answer (core/facts/applicability.h) as findings. These rules never block.
#include "core/facts/applicability.h"

#include <string>
#include <vector>

#include "core/facts/model_of.h"
#include "core/model.h"
#include "core/rules/seed/seed.h"

namespace beian::rules {

// SEED-001: the answer itself, as a finding
void Seed001(Ctx& c) {
  const facts::Applicability& a = facts::ApplicabilityOf(c);
  if (!facts::Answered(c, a)) return c.Skip();
  std::string reasons;
  for (const std::string& text : facts::ReasonTexts(c)) {
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
  // The choices of the server location, as the form names them (schema x-labels).
  std::string locations;
  const json& choices = c.Param("location_choices");
  for (size_t i = 0; choices.is_array() && i < choices.size(); ++i) {
    if (!choices[i].is_string()) continue;
    if (!locations.empty()) locations += c.locale() == "en" ? ", " : "、";
    locations += c.EnumLabel("/websites/0/hosting/location", choices[i].get<std::string>());
  }
  Vars vars = {{"answer", a.must_file}, {"reasons", reasons}};
  if (a.must_file == "unknown") vars.push_back({"locations", locations});
  c.Emit(path, vars, Variant(a.must_file));
}

// SEED-002: exception 1, fully isolated from the mainland
void Seed002(Ctx& c) {
  auto isolated = Bool(c.app(), "/market/fully_isolated_from_mainland");
  if (!isolated) return c.Skip();
  if (!*isolated) return;
  const facts::Applicability& a = facts::ApplicabilityOf(c);
  std::string variant;
  if (a.trigger) {
    variant = "mainland_hosting";
  } else if (!Bool(c.app(), "/market/no_mainland_service_audit").value_or(false)) {
    variant = "no_audit";
  } else if (facts::HasChineseLanguage(c.app())) {
    variant = "chinese";
  }
  c.Emit("/market/fully_isolated_from_mainland", {}, Variant(variant));
}

// SEED-003: platform subdomain only
void Seed003(Ctx& c) {
  auto only = Bool(c.app(), "/market/platform_subdomain_only");
  if (!only) return c.Skip();
  if (!*only) return;
  const facts::Applicability& a = facts::ApplicabilityOf(c);
  c.Emit("/market/platform_subdomain_only", {}, Variant(a.trigger ? "mainland_hosting" : ""));
}

// SEED-008: 个体工商户 and 经营性 services
void Seed008(Ctx& c) {
  std::string type = SubjectType(c.app());
  if (type.empty()) return c.Skip();
  if (type != "sole_proprietor") return;
  for (const facts::FeatureAnswer& paid :
       facts::FeatureAnswers(c.app(), "paid_information_service"))
    if (paid.value) c.Emit(paid.path);
}

// SEED-025: platform store vs independent site
void Seed025(Ctx& c) {
  const std::string* platform = Str(c.app(), "/market/platform");
  if (!platform) return c.Skip();
  bool only = Bool(c.app(), "/market/platform_subdomain_only").value_or(false);
  bool own_domain = !facts::DomainsOf(c).empty();
  std::string name = TextIn(Member(c.Param("platform_names"), *platform), c.locale());
  if (name.empty()) name = *platform;
  if (only) {
    c.Emit("/market/platform", {{"platform", name}}, Variant("platform_store"));
  } else if (own_domain || *platform == "self_built") {
    c.Emit("/market/platform", {{"platform", name}});
  }
}

}  // namespace beian::rules
