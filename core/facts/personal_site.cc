#include "core/facts/personal_site.h"

#include "core/facts/free_text.h"
#include "core/model.h"
#include "core/rules/params.h"
#include "core/text.h"

namespace beian::facts {

std::vector<PersonalSiteSignal> PersonalSiteSignals(Ctx& c, bool include_ugc) {
  std::vector<PersonalSiteSignal> out;
  size_t n = Count(c.app(), "/websites");
  const WordMatcher& shop = c.pack().Matcher("WL-ECOM");
  // The features' names in the seller's words: CNT-004's params "feature_labels" (shared with
  // SEED-009, which reads the same signals).
  const RuleDef* cnt004 = c.pack().Find("CNT-004");
  static const json kNone;
  const json& labels = cnt004 ? ParamAt(cnt004->params(), "feature_labels") : kNone;
  for (size_t i = 0; i < n; ++i) {
    std::string base = "/websites/" + std::to_string(i);
    for (const char* f : {"payment", "user_registration", "user_generated_content"}) {
      if (!include_ugc && std::string(f) == "user_generated_content") continue;
      if (!Bool(c.app(), base + "/features/" + f).value_or(false)) continue;
      std::string label = Localized(c, ParamAt(labels, f));
      out.push_back({base + "/features/" + f, label.empty() ? f : label, f, ""});
    }
    auto types = Strings(c.app(), base + "/service_types");
    for (size_t k = 0; k < types.size(); ++k) {
      const auto& banned = c.Param("banned_service_types");
      for (const auto& b : banned)
        if (b.is_string() && Compact(types[k]) == b.get<std::string>())
          out.push_back(
              {base + "/service_types/" + std::to_string(k), types[k], "service_type", ""});
    }
    if (!include_ugc) continue;
    auto columns = Strings(c.app(), base + "/columns");
    for (size_t k = 0; k < columns.size(); ++k) {
      TextHit hit = PositiveHit(shop, Compact(columns[k]));
      if (hit.found())
        out.push_back({base + "/columns/" + std::to_string(k), hit.word, "column", hit.context});
    }
  }
  return out;
}

}  // namespace beian::facts
