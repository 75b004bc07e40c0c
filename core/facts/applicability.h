// Applicability: must this site file at all? One derivation (ApplicabilityOf, memoised) feeds
// report.applicability (filled by the "applicability" preparation step) and the findings of the
// APP rules and SEED-001/002/003. The legal trigger is a mainland server or a CDN with mainland
// nodes (APP-001, APP-004); the brief's market indicators (.cn domain, WeChat Pay/Alipay, mini
// program, Chinese customer service, shipping to the mainland) only colour the reasons. Reason
// wording lives in the pack (SEED-001 params), so that it is data, not code.
#ifndef BEIAN_CORE_FACTS_APPLICABILITY_H_
#define BEIAN_CORE_FACTS_APPLICABILITY_H_

#include <string>
#include <vector>

#include "core/engine/context.h"

namespace beian::facts {

// One reason of the answer: a key of SEED-001 params.reasons and its placeholder values.
struct ApplicabilityReason {
  std::string key;
  Vars vars;
};

// A website entry as the applicability rules see it.
struct ApplicabilitySite {
  size_t index = 0;
  std::string path;      // /websites/i
  std::string location;  // hosting.location or ""
  std::string label;     // site name or first domain, for messages
  bool mainland_server = false;
  bool mainland_cdn = false;
};

struct Applicability {
  std::string must_file = "unknown";  // yes | no | unknown
  std::vector<ApplicabilityReason> reasons;
  std::vector<ApplicabilitySite> sites;
  std::vector<std::string> indicators;  // keys of SEED-001 params.indicators
  std::vector<std::string> indicator_paths;
  bool trigger = false;        // APP-001/004: mainland server or CDN
  bool known_abroad = false;   // every server outside the mainland, no mainland CDN
  bool platform_only = false;  // SEED-003
  bool isolated = false;       // SEED-002 complete (isolated + audit + not Chinese-language)
  bool any_input = false;
};

// The assessment of this check's application (memoised).
const Applicability& ApplicabilityOf(Ctx& c);

// Whether the application answers the question at all: report.applicability and SEED-001 appear
// once it has market data or a website; a bare subject gets neither.
bool Answered(const Ctx& c, const Applicability& a);

// The reasons of ApplicabilityOf(c) worded in the check's locale (SEED-001 params), empty texts
// left out; worded once per check (report.applicability and SEED-001 both show them).
const std::vector<std::string>& ReasonTexts(Ctx& c);

// Whether the market or a site lists a Chinese language (zh…, 中文).
bool HasChineseLanguage(const json& app);

// The paths (/websites/i) of the entries that are websites, in order.
std::vector<std::string> SitePaths(const json& app);

struct FeatureAnswer {
  std::string path;  // /websites/i/features/<name>
  bool value = false;
};

// Each site's answer to features/<name>, where the site gives one (APP-006/007, SEED-008).
std::vector<FeatureAnswer> FeatureAnswers(const json& app, const char* name);

}  // namespace beian::facts

#endif  // BEIAN_CORE_FACTS_APPLICABILITY_H_
