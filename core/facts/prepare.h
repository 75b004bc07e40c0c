// Preparation steps: run once per full check before the rules, they read the uploads and fill
// report.facts, report.plan and report.applicability (a field check skips them).
#ifndef BEIAN_CORE_FACTS_PREPARE_H_
#define BEIAN_CORE_FACTS_PREPARE_H_

#include <string_view>
#include <vector>

#include "core/engine/context.h"

namespace beian::facts {

void PrepareApplicability(Ctx& c);       // report.applicability
void PrepareDomainCertificates(Ctx& c);  // report.facts.domain_certificates
void PrepareLicense(Ctx& c);             // report.facts.license
void PreparePlan(Ctx& c);                // report.plan
void PrepareSitePages(Ctx& c);           // report.facts.site_pages
void PrepareWhois(Ctx& c);               // report.facts.whois

struct PrepareStep {
  std::string_view name;
  void (*fn)(Ctx&);
};

// In the order they run.
const std::vector<PrepareStep>& PrepareSteps();

}  // namespace beian::facts

#endif  // BEIAN_CORE_FACTS_PREPARE_H_
