#include "core/rules/name/names.h"

#include <re2/re2.h>

#include <algorithm>
#include <string>

#include "core/rules/params.h"
#include "core/utf8.h"

namespace beian::rules {

std::vector<NameRef> BoundedWebsiteNames(const json& app) {
  std::vector<NameRef> out = WebsiteNames(app);
  for (auto& n : out) n.norm = std::string(Utf8Prefix(n.norm, kNameBytes));
  return out;
}

std::vector<WordMatcher::Hit> HitsInOrder(const Ctx& c, const char* list, const std::string& text) {
  auto hits = c.pack().Matcher(list).FindAll(text, 64);
  std::sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) {
    return a.offset != b.offset ? a.offset < b.offset : a.length > b.length;
  });
  return hits;
}

std::string HitWord(const Ctx& c, const char* list, const std::string& text,
                    const WordMatcher::Hit& h) {
  const std::string& word = c.pack().Matcher(list).words()[h.word];
  return word.rfind("re:", 0) == 0 ? text.substr(h.offset, h.length) : word;
}

std::string WithoutPhrases(const std::string& text, const json& phrases) {
  std::string out = text;
  if (!phrases.is_array()) return out;
  for (const auto& p : phrases) {
    if (!p.is_string() || p.get<std::string>().empty()) continue;
    const std::string& s = p.get_ref<const std::string&>();
    for (size_t pos = out.find(s); pos != std::string::npos; pos = out.find(s, pos + 1))
      out.replace(pos, s.size(), "|");
  }
  return out;
}

bool ProvinceAcceptsName(const Ctx& c, const std::string& norm) {
  const json& patterns = c.Param("province_patterns");
  if (!patterns.is_array()) return false;
  for (const auto& p : patterns) {
    const json& re = ParamAt(p, "pattern");
    if (!re.is_string() || !InProvinces(ParamAt(p, "provinces"), c.province())) continue;
    RE2 compiled(re.get<std::string>());
    if (compiled.ok() && RE2::FullMatch(norm, compiled)) return true;
  }
  return false;
}

}  // namespace beian::rules
