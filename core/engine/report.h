// Report building: sorts the findings (severity, path, rule, span offset, evidence, message),
// counts them, and writes the report object of schemas/report.schema.json.
#ifndef BEIAN_CORE_ENGINE_REPORT_H_
#define BEIAN_CORE_ENGINE_REPORT_H_

#include <string>
#include <vector>

#include "core/date.h"
#include "core/engine/context.h"
#include "core/engine/runner.h"
#include "core/json.h"

namespace beian {

struct ReportCounts {
  int block = 0, warn = 0, info = 0;
  std::string verdict;  // blocked / at_risk / ready
};

// The report of a check. `findings` stay where they are (the report sorts pointers to them);
// folding and merging change the `also`, `spans` and `evidence` of the ones that take others in.
// A field check (`fields` non-empty) keeps only the findings at or below one of them. Every string
// of the report that holds one of `sensitive` (the application's ID numbers, SensitiveValues in
// core/queries.h, taken before validation removed any of them) shows it masked (MaskId), whatever
// rule or reader put it there. The context's facts, plan and applicability are written into the
// report; `completeness` (full checks) is its "completeness" member. Returns the report as one line
// of JSON, written directly (no JSON document is built for the findings): the bytes nlohmann's dump
// of the same document would give (keys in byte order), tested in json_dump_test.cc.
std::string BuildReport(std::vector<Finding>& findings, Ctx& ctx, const RunCounts& run,
                        const FieldScope& fields, const std::vector<std::string>& sensitive,
                        const json* completeness, ReportCounts* counts);

}  // namespace beian

#endif  // BEIAN_CORE_ENGINE_REPORT_H_
