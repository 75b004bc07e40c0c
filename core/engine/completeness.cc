#include "core/engine/completeness.h"

#include <algorithm>
#include <optional>

#include "core/model.h"

namespace beian {
namespace {

bool Provided(const json* v) {
  if (!v || v->is_null()) return false;
  if (v->is_string())
    return v->get_ref<const std::string&>().find_first_not_of(" \t\r\n") != std::string::npos;
  if (v->is_array() || v->is_object()) return !v->empty();
  return true;
}

std::string Label(const json& item, const std::string& locale) {
  const json* label = At(item, "/label");
  if (!label) return "";
  const std::string* text = Str(*label, locale == "en" ? "/en" : "/zh-CN");
  if (!text || text->empty()) text = Str(*label, "/zh-CN");
  return text ? *text : "";
}

}  // namespace

json Completeness::ToJson() const {
  return {{"required", required}, {"provided", provided}, {"missing", missing}};
}

std::optional<Completeness> CompletenessOf(const json& app, const RulePack& pack,
                                           const std::string& locale, size_t min_websites) {
  const RuleDef* def = pack.Find("INPUT-013");
  if (!def || !def->params().is_object()) return std::nullopt;
  Completeness c;
  bool individual = IsIndividual(app);
  auto check = [&](const json& item, const std::string& base) {
    const std::string* path = Str(item, "/path");
    if (!path) return;
    std::string applies = item.value("applies", "all");
    if (applies == "organisation" && individual) return;
    if (applies == "individual" && !individual) return;
    ++c.required;
    std::string full = base + *path;
    c.paths.push_back(full);
    if (Provided(At(app, full))) {
      ++c.provided;
    } else {
      c.missing.push_back({{"path", full}, {"label", Label(item, locale)}});
    }
  };
  for (const auto& item : Member(def->params(), "subject")) check(item, "");
  size_t sites = std::max(Count(app, "/websites"), min_websites);
  for (size_t i = 0; i < sites; ++i)
    for (const auto& item : Member(def->params(), "website"))
      check(item, "/websites/" + std::to_string(i));
  return c;
}

}  // namespace beian
