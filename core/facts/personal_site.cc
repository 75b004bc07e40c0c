#include "core/facts/personal_site.h"

#include "core/facts/free_text.h"
#include "core/model.h"
#include "core/text.h"

namespace beian::facts {

std::vector<PersonalSiteSignal> PersonalSiteSignals(Ctx& c, bool include_ugc) {
  std::vector<PersonalSiteSignal> out;
  size_t n = Count(c.app(), "/websites");
  const WordMatcher& shop = c.pack().Matcher("WL-ECOM");
  for (size_t i = 0; i < n; ++i) {
    std::string base = "/websites/" + std::to_string(i);
    for (const char* f : {"payment", "user_registration", "user_generated_content"}) {
      if (!include_ugc && std::string(f) == "user_generated_content") continue;
      if (Bool(c.app(), base + "/features/" + f).value_or(false))
        out.push_back({base + "/features/" + f, f, f, ""});
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
