// The runner: the preparation steps (core/facts/prepare.h), then every rule of the index whose
// pack entry is evaluated, applies in the application's province and can report under the
// checked field. A rule that throws yields one ENGINE-001 finding naming it; the others run.
#ifndef BEIAN_CORE_ENGINE_RUNNER_H_
#define BEIAN_CORE_ENGINE_RUNNER_H_

#include <string>
#include <vector>

#include "core/engine/context.h"
#include "core/rules/index.h"

namespace beian {

struct RunCounts {
  int evaluated = 0;
  int skipped = 0;
};

class Runner {
 public:
  // `index`: the rule table (rules::Index() in production; tests pass their own).
  explicit Runner(const std::vector<rules::RuleEntry>& index) : index_(index) {}

  // Runs on `ctx` (whose findings so far come from reading the input). `fields` empty: a full
  // check, preparation steps included.
  RunCounts Run(Ctx& ctx, const FieldScope& fields) const;

  // Sets up `ctx` for a check of `fields` with the findings `read` raised while the input was
  // read and validated.
  static void Prime(Ctx& ctx, const FieldScope& fields, const Ctx& read);
  // The findings of a finished run (for the report builder, which sorts them).
  static std::vector<Finding>& Findings(Ctx& ctx) { return ctx.mutable_findings(); }

 private:
  const std::vector<rules::RuleEntry>& index_;
};

}  // namespace beian

#endif  // BEIAN_CORE_ENGINE_RUNNER_H_
