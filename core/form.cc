#include "core/form.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <optional>
#include <vector>

#include "core/engine/completeness.h"
#include "core/engine/decode.h"
#include "core/engine/schema.h"
#include "core/geo/regions.h"
#include "core/model.h"
#include "core/province.h"
#include "core/text.h"

namespace beian {
namespace {

constexpr const char* kSitePattern = "/websites/*/";

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
    s.replace(at, from.size(), to);
  return s;
}

// Calls `fn` with the value (or nullptr) of every concrete pointer `pattern` stands for ("*": each
// item of the array there); stops at the first true answer.
bool AnyAt(const json& app, const std::string& pattern,
           const std::function<bool(const json*)>& fn) {
  size_t star = pattern.find("/*");
  while (star != std::string::npos && star + 2 < pattern.size() && pattern[star + 2] != '/')
    star = pattern.find("/*", star + 1);
  if (star == std::string::npos) return fn(At(app, pattern));
  std::string prefix = pattern.substr(0, star), rest = pattern.substr(star + 2);
  const json* arr = At(app, prefix);
  if (!arr || !arr->is_array()) return false;
  for (size_t i = 0; i < arr->size(); ++i)
    if (AnyAt(app, prefix + "/" + std::to_string(i) + rest, fn)) return true;
  return false;
}

bool Filled(const json* v) {
  if (!v || v->is_null()) return false;
  if (v->is_boolean()) return v->get<bool>();
  if (v->is_number()) return v->get<double>() != 0;
  if (v->is_string()) return !Trim(v->get_ref<const std::string&>()).empty();
  return !v->empty();
}

class Plan {
 public:
  Plan(const json& app, const RulePack& pack, const json& params)
      : app_(app), pack_(pack), params_(params) {
    if (const std::string* p = Str(app, "/subject/province")) province_ = ProvinceCode(*p);
  }

  // Whether `cond` holds for the concrete field `path`; `site` is "/websites/<i>/" when the
  // hidden item belongs to a website, else "".
  bool Holds(const json& cond, const std::string& path, const std::string& site) const {
    if (!cond.is_object() || cond.empty()) return false;
    for (const auto& [key, arg] : cond.items()) {
      if (!One(key, arg, path, site)) return false;
    }
    return true;
  }

 private:
  std::string Bind(const json& pointer, const std::string& site) const {
    if (!pointer.is_string()) return "\x01";  // matches nothing
    std::string p = pointer.get<std::string>();
    return site.empty() ? p : Replace(p, kSitePattern, site);
  }

  bool One(const std::string& key, const json& arg, const std::string& path,
           const std::string& site) const {
    if (key == "always") return arg.is_boolean() && arg.get<bool>();
    if (key == "individual") return arg.is_boolean() && IsIndividual(app_) == arg.get<bool>();
    if (key == "true")
      return AnyAt(app_, Bind(arg, site),
                   [](const json* v) { return v && v->is_boolean() && v->get<bool>(); });
    if (key == "filled") return AnyAt(app_, Bind(arg, site), Filled);
    if (key == "in") {
      const json* values = At(arg, "/values");
      const json* pointer = At(arg, "/path");
      if (!values || !values->is_array() || !pointer) return false;
      return AnyAt(app_, Bind(*pointer, site), [&](const json* v) {
        return v && std::find(values->begin(), values->end(), *v) != values->end();
      });
    }
    if (key == "not") return !Holds(arg, path, site);
    if (key == "any" || key == "all") {
      if (!arg.is_array()) return false;
      bool all = key == "all";
      for (const auto& c : arg)
        if (Holds(c, path, site) != all) return !all;
      return all;
    }
    if (key == "asked_elsewhere") return arg.is_boolean() && arg.get<bool>() && Elsewhere(path);
    return false;  // unknown condition: the field stays
  }

  // The rules asking for `path` are all limited to provinces other than the applicant's.
  bool Elsewhere(const std::string& path) const {
    if (!province_) return false;
    std::vector<const RuleDef*> askers;
    for (const auto& r : pack_.rules())
      if (!r.engine && PathMatches(r.paths, path)) askers.push_back(&r);
    if (const json* ids = At(params_, "/read_by"); ids && ids->is_object()) {
      auto it = ids->find(path);
      if (it != ids->end() && it->is_array())
        for (const auto& id : *it)
          if (id.is_string())
            if (const RuleDef* r = pack_.Find(id.get<std::string>())) askers.push_back(r);
    }
    if (askers.empty()) return false;
    for (const RuleDef* r : askers) {
      if (r->provinces.empty()) return false;
      if (std::find(r->provinces.begin(), r->provinces.end(), province_) != r->provinces.end())
        return false;
    }
    return true;
  }

  const json& app_;
  const RulePack& pack_;
  const json& params_;
  int province_ = 0;
};

}  // namespace

json FormPlan(const json& app, const RulePack& pack, const std::string& locale) {
  std::string loc = locale == "en" ? "en" : "zh-CN";
  json out = {{"required", json::array()},
              {"hidden", json::array()},
              {"provided", 0},
              {"missing", json::array()}};
  std::optional<Completeness> c = CompletenessOf(app, pack, loc, 1);
  std::vector<std::string> required;
  if (c) {
    required = c->paths;
    out["required"] = required;
    out["provided"] = c->provided;
    out["missing"] = c->missing;
  }
  const RuleDef* def = pack.Find("INPUT-013");
  static const json kEmpty = json::object();
  const json& params = def && def->params().is_object() ? def->params() : kEmpty;
  const json* items = At(params, "/hidden");
  if (!items || !items->is_array()) return out;
  Plan plan(app, pack, params);
  size_t sites = std::max<size_t>(1, Count(app, "/websites"));
  std::vector<std::string> hidden;
  auto hide = [&](const std::string& path) {
    // Never hide a required field, nor a field holding one.
    for (const auto& r : required)
      if (PathIsUnder(r, path)) return;
    if (std::find(hidden.begin(), hidden.end(), path) == hidden.end()) hidden.push_back(path);
  };
  for (const auto& item : *items) {
    const std::string* path = Str(item, "/path");
    const json* when = At(item, "/when");
    if (!path || !when) continue;
    std::vector<std::pair<std::string, std::string>> concrete;  // (path, site)
    if (path->find(kSitePattern) != std::string::npos) {
      for (size_t i = 0; i < sites; ++i) {
        std::string site = "/websites/" + std::to_string(i) + "/";
        concrete.emplace_back(Replace(*path, kSitePattern, site), site);
      }
    } else if (path->size() > 2 && path->compare(path->size() - 2, 2, "/*") == 0) {
      for (const auto& flag : BooleanFieldsOf(path->substr(0, path->size() - 2)))
        concrete.emplace_back(flag, "");
    } else {
      concrete.emplace_back(*path, "");
    }
    for (const auto& [p, site] : concrete)
      if (plan.Holds(*when, p, site)) hide(p);
  }
  out["hidden"] = hidden;
  return out;
}

std::string FormPlanJson(std::string_view app_json, const RulePack& pack,
                         const std::string& locale) {
  Decoded in = DecodeApplication(app_json);
  if (!in.ok) return Dump(json{{"error", in.error}});
  return Dump(FormPlan(in.app, pack, locale));
}

std::string RegionsJson(const std::string& parent_text, const std::string& /*locale*/) {
  json out = json::array();
  auto add = [&](const Region* r) {
    if (!r) return;
    char code[8];
    std::snprintf(code, sizeof code, "%06d", r->code);
    out.push_back({{"code", code}, {"name", r->name}});
  };
  std::string parent = Trim(parent_text);
  if (parent.empty()) {
    // the provinces from the province table (core/province.h), the same codes and names as the
    // region table's (a unit test compares them): the page's first list, asked for before the
    // region table, which its module fetches, is there
    for (int p = 11; p <= 82; ++p) {
      const ProvinceInfo* info = ProvinceByCode(p);
      if (!info) continue;
      char code[8];
      std::snprintf(code, sizeof code, "%02d0000", p);
      out.push_back({{"code", code}, {"name", info->name}});
    }
    return Dump(out);
  }
  int code = 0;  // two digits: a province; six: a prefecture
  bool digits = parent.find_first_not_of("0123456789") == std::string::npos;
  if (digits && parent.size() == 2) {
    code = std::atoi(parent.c_str());
    if (!ProvinceByCode(code)) code = 0;
  } else if (digits && parent.size() == 6) {
    int six = std::atoi(parent.c_str());
    const Region* r = CurrentRegion(six);
    if (r && r->level == RegionLevel::kProvince) code = six / 10000;
    if (r && r->level == RegionLevel::kPrefecture) code = six;
  } else if (!digits) {
    for (int p = 11; p <= 82 && !code; ++p) {
      const ProvinceInfo* info = ProvinceByCode(p);
      if (info &&
          (parent == info->name || parent == info->short_name || Lower(parent) == info->pinyin))
        code = p;
    }
    for (int pass = 0; pass < 2 && !code; ++pass) {
      const Region* found = nullptr;
      int matches = 0;
      for (const Region* r : CurrentRegions(RegionLevel::kPrefecture)) {
        if ((pass == 0 ? r->name : r->short_name) == parent) {
          found = r;
          ++matches;
        }
      }
      if (matches == 1) code = found->code;
    }
  }
  if (!code) return Dump(out);
  for (const Region* r : CurrentChildren(code)) add(r);
  return Dump(out);
}

}  // namespace beian
