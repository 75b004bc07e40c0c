// SEED-011, SEED-012, SEED-013 (brief): misleading and "top 3" words in the website name
// (core/facts/website_names.h), 代购 / 海淘 / 转运 in the 栏目 and service content.
#include <string>
#include <utility>
#include <vector>

#include "core/facts/website_names.h"
#include "core/model.h"
#include "core/rules/seed/seed.h"
#include "core/text.h"

namespace beian::rules {

// SEED-011: Name contains 全球/国际/跨境.
void Seed011(Ctx& c) { facts::EmitNameWords(c, "WL-SEED-MISLEADING"); }

// SEED-012: 栏目 or service content mentioning 代购, 海淘, 转运.
void Seed012(Ctx& c) {
  size_t n = Count(c.app(), "/websites");
  const WordMatcher& m = c.pack().Matcher("WL-SEED-COLUMNS");
  bool any = false;
  for (size_t i = 0; i < n; ++i) {
    std::string base = "/websites/" + std::to_string(i);
    std::vector<std::pair<std::string, std::string>> texts;
    auto columns = Strings(c.app(), base + "/columns");
    for (size_t k = 0; k < columns.size(); ++k)
      texts.push_back({base + "/columns/" + std::to_string(k), columns[k]});
    if (auto s = NonBlank(c.app(), base + "/service_content"))
      texts.push_back({base + "/service_content", *s});
    for (const auto& [path, text] : texts) {
      any = true;
      auto hits = m.Find(Compact(text));
      if (!hits.empty()) {
        const std::string& word = m.words()[hits.front().word];
        c.Emit(path, {{"value", text}, {"word", word}}, Evidence(word));
      }
    }
  }
  if (!any) c.Skip();
}

// SEED-013: Name contains 全球购/保税仓/代运营.
void Seed013(Ctx& c) { facts::EmitNameWords(c, "WL-SEED-TOP3"); }

}  // namespace beian::rules
