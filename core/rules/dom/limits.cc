// DOM-014, DOM-015: how many domains — per website entry, and the provincial limits per order,
// first filing or subject.
#include <string>

#include "core/facts/domains.h"
#include "core/model.h"
#include "core/rules/dom/dom.h"
#include "core/rules/params.h"

namespace beian::rules {

// DOM-014: one domain per website entry (Alibaba since 2019; 新疆, 广东, 四川, 山东, 北京 rules).
void Dom014(Ctx& c) {
  size_t n = Count(c.app(), "/websites");
  int max = IntValue(c.Param("max_domains_per_website"), 1);
  bool province = InProvinces(c.Param("provinces_explicit"), c.province());
  bool any = false;
  for (size_t i = 0; i < n; ++i) {
    std::string path = "/websites/" + std::to_string(i) + "/domains";
    size_t count = Count(c.app(), path);
    if (!count) continue;
    any = true;
    if (count <= static_cast<size_t>(max)) continue;
    c.Emit(path,
           {{"count", std::to_string(count)},
            {"max", std::to_string(max)},
            {"province", ProvinceShortName(c.province())}},
           Evidence(std::to_string(count), province ? "province" : ""));
  }
  if (!any) c.Skip();
}

// DOM-015: provincial limits on domains per order / first filing / subject total (params.limits,
// first violated entry wins); provinces without a listed limit get the providers' advice.
void Dom015(Ctx& c) {
  size_t fresh = facts::DistinctDomains(c);
  if (!fresh) return c.Skip();
  auto existing_num = Num(c.app(), "/subject/existing_filed_domains");
  int existing = existing_num && *existing_num > 0 ? static_cast<int>(*existing_num) : 0;
  std::string type = SubjectType(c.app());
  bool personal = type == "individual";
  std::string who = personal ? "individual" : "organisation";
  Vars base = {{"count", std::to_string(fresh)},
               {"existing", std::to_string(existing)},
               {"province", ProvinceShortName(c.province())}};
  const json& limits = c.Param("limits");
  bool province_listed = false;
  if (limits.is_array()) {
    for (const auto& l : limits) {
      if (!l.is_object() || !InProvinces(Member(l, "provinces"), c.province())) continue;
      const std::string* subject = Str(l, "/subject");
      if (subject && *subject != who) continue;
      province_listed = true;
      const std::string* kind = Str(l, "/kind");
      int max = IntValue(l.value("max", json()), 0);
      if (!kind || max <= 0) continue;
      Vars vars = base;
      vars.push_back({"max", std::to_string(max)});
      bool hit = false;
      if (*kind == "per_order") hit = static_cast<int>(fresh) > max;
      if (*kind == "first_filing") hit = existing == 0 && static_cast<int>(fresh) > max;
      if (*kind == "total") {
        hit = existing + static_cast<int>(fresh) > max;
        vars.push_back({"total", std::to_string(existing + static_cast<int>(fresh))});
      }
      if (*kind == "per_order_after") {
        int after = IntValue(l.value("after", json()), 0);
        hit = existing > after && static_cast<int>(fresh) > max;
        vars.push_back({"after", std::to_string(after)});
      }
      if (hit) {
        c.Emit("/websites", vars, Evidence(std::to_string(fresh), *kind));
        return;
      }
    }
  }
  if (province_listed) return;
  const json& advice = c.Param("provider_advice");
  int max = advice.is_object() ? IntValue(advice.value(who, json()), 0) : 0;
  if (max > 0 && static_cast<int>(fresh) > max) {
    Vars vars = base;
    vars.push_back({"max", std::to_string(max)});
    c.Emit("/websites", vars, Evidence(std::to_string(fresh), "provider"));
  }
}

}  // namespace beian::rules
