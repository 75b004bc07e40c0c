// Fills report.plan (core/time/plan.h) before the rules run, so TIM/SEED/PSB rules can quote it.
#include "core/time/plan.h"

#include "core/engine.h"

namespace beian {
namespace {

BEIAN_PREPARE("plan", [](Ctx& c) {
  json plan = BuildPlan(c.app(), c.today(), c.locale());
  if (!plan.empty()) c.plan() = std::move(plan);
});

}  // namespace
}  // namespace beian
