// SEED-014 (brief): more than five domains for one subject (distinct registrable domains from
// core/facts/domains.h). Only provincial/provider limits exist (DOM-015); the message names them.
#include <string>

#include "core/facts/domains.h"
#include "core/model.h"
#include "core/rules/params.h"
#include "core/rules/seed/seed.h"

namespace beian::rules {

// SEED-014 (brief): more than five domains for one subject. Only provincial/provider limits
// exist (DOM-015); the message names them.
void Seed014(Ctx& c) {
  size_t fresh = facts::DistinctDomains(c);
  if (!fresh) return c.Skip();
  auto existing_num = Num(c.app(), "/subject/existing_filed_domains");
  int existing = existing_num && *existing_num > 0 ? static_cast<int>(*existing_num) : 0;
  int max = IntValue(c.Param("max_domains"), 5);
  int total = existing + static_cast<int>(fresh);
  if (total <= max) return;
  c.Emit("/websites",
         {{"total", std::to_string(total)},
          {"existing", std::to_string(existing)},
          {"count", std::to_string(fresh)},
          {"max", std::to_string(max)}},
         Evidence(std::to_string(total)));
}

}  // namespace beian::rules
