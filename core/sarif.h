// Report exports: SARIF 2.1.0 (for integrators' pipelines) and a plain-text summary.
#ifndef BEIAN_CORE_SARIF_H_
#define BEIAN_CORE_SARIF_H_

#include <string>

#include "core/json.h"
#include "core/rulepack.h"

namespace beian {

// Converts a report (report.schema.json) to one SARIF 2.1.0 log (null when `report` is not an
// object). `artifact` names the input file.
json ReportToSarifLog(const json& report, const std::string& artifact, const RulePack& pack,
                      const std::string& locale);
// The same from report text (for front ends that hold the report as JSON text). `artifact` names
// the input file. Returns "" when `report_json` is not a report.
std::string ReportToSarif(const std::string& report_json, const std::string& artifact,
                          const RulePack& pack, const std::string& locale);
// A readable terminal summary of a report.
std::string TextSummary(const json& report, const std::string& name);
std::string ReportToText(const std::string& report_json, const std::string& name);

}  // namespace beian

#endif  // BEIAN_CORE_SARIF_H_
