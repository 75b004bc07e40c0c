#include "core/engine/completeness.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

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

// INPUT-013's lists (params "subject" and "website"), read once per pack: each item's path,
// whom it applies to and the item itself (for its label, read only when the field is missing).
struct RequiredItem {
  std::string path;
  enum Applies { kAll, kOrganisation, kIndividual } applies = kAll;
  const json* item;
};
struct RequiredItems {
  std::vector<RequiredItem> subject, website;
};

std::vector<RequiredItem> ReadItems(const json& list) {
  std::vector<RequiredItem> out;
  for (const auto& item : list) {
    const std::string* path = Str(item, "/path");
    if (!path) continue;
    std::string applies = item.value("applies", "all");
    out.push_back({*path,
                   applies == "organisation" ? RequiredItem::kOrganisation
                   : applies == "individual" ? RequiredItem::kIndividual
                                             : RequiredItem::kAll,
                   &item});
  }
  return out;
}

}  // namespace

json Completeness::ToJson() const {
  return {{"required", required}, {"provided", provided}, {"missing", missing}};
}

std::optional<Completeness> CompletenessOf(const json& app, const RulePack& pack,
                                           const std::string& locale, size_t min_websites) {
  const RuleDef* def = pack.Find("INPUT-013");
  if (!def || !def->params().is_object()) return std::nullopt;
  const RequiredItems& items = pack.Derived<RequiredItems>("engine.completeness", [&] {
    return RequiredItems{ReadItems(Member(def->params(), "subject")),
                         ReadItems(Member(def->params(), "website"))};
  });
  Completeness c;
  bool individual = IsIndividual(app);
  std::string full;
  auto check = [&](const RequiredItem& item, const std::string& base) {
    if (item.applies == RequiredItem::kOrganisation && individual) return;
    if (item.applies == RequiredItem::kIndividual && !individual) return;
    ++c.required;
    full = base;
    full += item.path;
    c.paths.push_back(full);
    if (Provided(At(app, full))) {
      ++c.provided;
    } else {
      c.missing.push_back({{"path", full}, {"label", Label(*item.item, locale)}});
    }
  };
  for (const auto& item : items.subject) check(item, "");
  size_t sites = std::max(Count(app, "/websites"), min_websites);
  for (size_t i = 0; i < sites; ++i) {
    const std::string base = "/websites/" + std::to_string(i);
    for (const auto& item : items.website) check(item, base);
  }
  return c;
}

}  // namespace beian
