#include "core/facts/website_names.h"

#include "core/facts/model_of.h"
#include "core/model.h"

namespace beian::facts {

void EmitNameWords(Ctx& c, const char* list) {
  const auto& names = facts::WebsiteNamesOf(c);
  if (names.empty()) return c.Skip();
  const WordMatcher& m = c.pack().Matcher(list);
  for (const auto& n : names) {
    auto hits = m.Find(n.norm);
    if (!hits.empty()) {
      const std::string& word = m.words()[hits.front().word];
      c.Emit(n.path, {{"value", n.raw}, {"word", word}}, Evidence(word));
    }
  }
}

}  // namespace beian::facts
