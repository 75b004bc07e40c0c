// AI-001…005: a website whose form says it has a generative-AI feature
// (websites[].features.generative_ai) gets reminders of the obligations that come with it, read
// from the optional websites[].ai object. None of them blocks: no source says the ICP filing is
// refused for an AI feature (docs/rules-catalog.md, section 15).
#include <string>
#include <vector>

#include "core/rules/ai/ai.h"

namespace beian::rules {
namespace {

// Indexes of the websites whose form ticks the generative-AI feature.
std::vector<size_t> AiSites(const Ctx& c) {
  std::vector<size_t> out;
  size_t n = Count(c.app(), "/websites");
  for (size_t i = 0; i < n; ++i) {
    auto on = Bool(c.app(), "/websites/" + std::to_string(i) + "/features/generative_ai");
    if (on && *on) out.push_back(i);
  }
  return out;
}

std::string SitePath(size_t i) { return "/websites/" + std::to_string(i); }

// Visitors do not use the feature (the seller only uses AI internally): the service rules
// (Interim Measures Art. 2) do not reach it.
bool InternalOnly(const Ctx& c, size_t i) {
  auto pub = Bool(c.app(), SitePath(i) + "/ai/public_facing");
  return pub && !*pub;
}

bool OwnModel(const Ctx& c, size_t i) {
  auto own = Bool(c.app(), SitePath(i) + "/ai/own_model");
  return own && *own;
}

}  // namespace

// AI-001: the feature is there: its obligations come on top of the ICP filing.
void Ai001(Ctx& c) {
  auto sites = AiSites(c);
  if (sites.empty()) return c.Skip();
  for (size_t i : sites) {
    std::string path = SitePath(i) + "/features/generative_ai";
    if (InternalOnly(c, i)) {
      c.Emit(path, {}, Variant("internal"));
    } else {
      c.Emit(path);
    }
  }
}

// AI-002: the seller's own model offered to the public needs the model and algorithm filings.
void Ai002(Ctx& c) {
  auto sites = AiSites(c);
  if (sites.empty()) return c.Skip();
  for (size_t i : sites) {
    if (!OwnModel(c, i) || InternalOnly(c, i)) continue;
    if (auto number = NonBlank(c.app(), SitePath(i) + "/ai/model_filing_number")) {
      c.Emit(SitePath(i) + "/ai/model_filing_number", {{"number", *number}}, Variant("numbered"));
    } else {
      c.Emit(SitePath(i) + "/ai/own_model");
    }
  }
}

// AI-003: a third-party model (or one not said to be the seller's own): use a registered one and
// show its name and number; registration where the province asks.
void Ai003(Ctx& c) {
  auto sites = AiSites(c);
  if (sites.empty()) return c.Skip();
  for (size_t i : sites) {
    if (OwnModel(c, i) || InternalOnly(c, i)) continue;
    if (auto number = NonBlank(c.app(), SitePath(i) + "/ai/model_filing_number")) {
      c.Emit(SitePath(i) + "/ai/model_filing_number", {{"number", *number}}, Variant("numbered"));
    } else if (auto provider = NonBlank(c.app(), SitePath(i) + "/ai/provider")) {
      c.Emit(SitePath(i) + "/ai/provider", {{"provider", *provider}}, Variant("named"));
    } else {
      c.Emit(SitePath(i) + "/features/generative_ai");
    }
  }
}

// AI-004: generated content carries visible and metadata labels (from 2025-09-01).
void Ai004(Ctx& c) {
  auto sites = AiSites(c);
  if (sites.empty()) return c.Skip();
  for (size_t i : sites) {
    if (InternalOnly(c, i)) continue;
    auto labelled = Bool(c.app(), SitePath(i) + "/ai/output_labelled");
    if (!labelled) {
      c.Emit(SitePath(i) + "/features/generative_ai", {}, Variant("unstated"));
    } else if (!*labelled) {
      c.Emit(SitePath(i) + "/ai/output_labelled");
    }
  }
}

// AI-005: visitors use the feature: agreement, complaint entry, real-name before publishing,
// security assessment where the service has public-opinion attributes.
void Ai005(Ctx& c) {
  auto sites = AiSites(c);
  if (sites.empty()) return c.Skip();
  for (size_t i : sites) {
    auto pub = Bool(c.app(), SitePath(i) + "/ai/public_facing");
    if (pub && *pub) c.Emit(SitePath(i) + "/ai/public_facing");
  }
}

}  // namespace beian::rules
