#include "core/engine/runner.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "core/facts/prepare.h"

namespace beian {
namespace {

// The rules a check of `fields` runs, as (rule table slot or -1 for an engine-only rule, index
// into pack.rules()). Kept per thread for the last packs and fields seen: a pack is identified
// by its address, version and size, so a list never points into another pack's rules.
// (`provincial`: the rule runs in some provinces only; the others' entries are not read before
// they run: one cache line fewer per rule and check.)
struct RunEntry {
  int slot;
  size_t def;
  bool provincial;
};
using RunList = std::vector<RunEntry>;

const RunList& RunListFor(const RulePack& pack, const std::vector<rules::RuleEntry>& index,
                          const FieldScope& fields) {
  using Key = std::tuple<const RulePack*, const void*, std::string, size_t, FieldScope>;
  thread_local std::map<Key, RunList> cache;
  Key key{&pack, &index, pack.version(), pack.rules().size(), fields};
  auto it = cache.find(key);
  if (it != cache.end()) return it->second;
  if (cache.size() >= 256) cache.clear();
  RunList list;
  const auto& defs = pack.rules();
  std::vector<size_t> order(defs.size());
  for (size_t i = 0; i < defs.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return defs[a].id < defs[b].id; });
  for (size_t i : order) {
    const RuleDef& def = defs[i];
    if (!def.evaluated || !MayReportUnderAny(def, fields)) continue;
    auto slot = std::lower_bound(
        index.begin(), index.end(), def.id,
        [](const rules::RuleEntry& e, const std::string& id) { return e.id < id; });
    if (slot != index.end() && slot->id == def.id) {
      list.push_back({static_cast<int>(slot - index.begin()), i, !def.provinces.empty()});
    } else if (def.engine) {
      list.push_back({-1, i, false});  // raised while reading the input; counted as evaluated
    }
  }
  return cache.emplace(std::move(key), std::move(list)).first->second;
}

// Runs one rule or preparation step; true when it completed.
bool Guarded(void (*fn)(Ctx&), Ctx& ctx, std::string* error) {
#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
  try {
    fn(ctx);
    return true;
  } catch (const std::exception& e) {
    *error = e.what();
  } catch (...) {
    *error = "unknown exception";
  }
  return false;
#else
  (void)error;
  fn(ctx);
  return true;
#endif
}

}  // namespace

void Runner::Prime(Ctx& ctx, const FieldScope& fields, const Ctx& read) {
  ctx.set_fields(fields);
  for (const auto& f : read.findings()) ctx.AddFinding(f);
}

RunCounts Runner::Run(Ctx& ctx, const FieldScope& fields) const {
  RunCounts counts;
  const RulePack& pack = ctx.pack();
  auto failed = [&](const std::string& who, const std::string& error, size_t keep) {
    ctx.mutable_findings().resize(keep);  // a half-run rule's findings are dropped
    ctx.Begin(nullptr);
    EmitOptions o;
    o.rule = "ENGINE-001";
    o.evidence = who;
    ctx.Emit("", {{"rule", who}, {"error", error}}, o);
  };
  // Preparation steps only fill report.facts/plan/applicability, which a field check leaves out.
  if (fields.empty()) {
    for (const auto& step : facts::PrepareSteps()) {
      ctx.Begin(nullptr);
      std::string error;
      size_t before = ctx.findings().size();
      if (!Guarded(step.fn, ctx, &error)) failed(std::string(step.name), error, before);
    }
  }
  for (const auto& [slot, def_index, provincial] : RunListFor(pack, index_, fields)) {
    const RuleDef& def = pack.rules()[def_index];
    if (provincial && std::find(def.provinces.begin(), def.provinces.end(), ctx.province()) ==
                          def.provinces.end())
      continue;
    if (slot < 0) {
      ++counts.evaluated;
      continue;
    }
    ctx.Begin(&def);
    size_t before = ctx.findings().size();
    std::string error;
    if (!Guarded(index_[slot].fn, ctx, &error)) {
      failed(def.id, error, before);
      ++counts.skipped;
      continue;
    }
    constexpr size_t kMaxPerRule = 100;
    if (ctx.findings().size() - before > kMaxPerRule)
      ctx.mutable_findings().resize(before + kMaxPerRule);
    if (ctx.skipped()) {
      ++counts.skipped;
    } else {
      ++counts.evaluated;
    }
  }
  return counts;
}

}  // namespace beian
