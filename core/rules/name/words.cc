// NAME-009 … NAME-012, NAME-014, NAME-017 … NAME-024, NAME-029, NAME-030: words in the website
// name (网站名称) — 前置审批 fields, interactive services, foreign and blacklisted words, regulated
// fields the business scope lacks, the personal-name word lists (national, provincial,
// provider), idioms and absolute terms.
#include <re2/re2.h>

#include <algorithm>
#include <initializer_list>
#include <memory>
#include <string>
#include <vector>

#include "core/model.h"
#include "core/rules/name/name.h"
#include "core/rules/name/names.h"
#include "core/rules/params.h"
#include "core/text.h"

namespace beian::rules {
namespace {

// Emits the current rule for the first word of any of `lists` in a website name.
void WordRule(Ctx& c, std::initializer_list<const char*> lists) {
  EachBoundedName(c, [&](const NameRef& n) {
    for (const char* list : lists) {
      std::string word = FirstWord(c, list, n.norm);
      if (!word.empty()) {
        c.Emit(n.path, {{"value", n.raw}, {"word", word}}, Evidence(word));
        return;
      }
    }
  });
}

// Word-list rules that concern personal (个人) filings only.
void PersonalWordRule(Ctx& c, std::initializer_list<const char*> lists) {
  if (SubjectType(c.app()).empty()) return c.Skip();
  if (!IsIndividual(c.app())) return;
  WordRule(c, lists);
}

// Fields (pre_approvals[].field) held by website `i`.
std::vector<std::string> HeldFields(const json& app, size_t i) {
  std::vector<std::string> out;
  std::string base = "/websites/" + std::to_string(i) + "/pre_approvals";
  size_t n = Count(app, base);
  for (size_t k = 0; k < n; ++k)
    if (const std::string* f = Str(app, base + "/" + std::to_string(k) + "/field"))
      out.push_back(*f);
  return out;
}

bool HasApprovalNumber(const json& app, size_t i) {
  std::string base = "/websites/" + std::to_string(i) + "/pre_approvals";
  size_t n = Count(app, base);
  for (size_t k = 0; k < n; ++k)
    if (NonBlank(app, base + "/" + std::to_string(k) + "/approval_number")) return true;
  return false;
}

}  // namespace

// NAME-009: a 前置审批 field word in the name without that field's approval. params.fields maps
// each pre_approvals field to its word list, labels, the approval document, the other fields
// whose approval also covers it, and (education, medical) the provinces where the approval is
// still required per the 2017 table — elsewhere the finding is a warning (variant "relaxed").
void Name009(Ctx& c) {
  const json& fields = c.Param("fields");
  if (!fields.is_object()) return c.Skip();
  EachBoundedName(c, [&](const NameRef& n) {
    auto held = HeldFields(c.app(), n.website);
    auto holds = [&](const std::string& f) {
      return std::find(held.begin(), held.end(), f) != held.end();
    };
    for (auto it = fields.begin(); it != fields.end(); ++it) {
      const json& f = *it;
      if (!f.is_object()) continue;
      std::string list = PStr(f, "list");
      if (list.empty()) continue;
      std::string word = FirstWord(c, list, n.norm);
      if (word.empty() || holds(it.key())) continue;
      bool covered = false;
      if (const json* also = At(f, "/covered_by"); also && also->is_array())
        for (const auto& a : *also)
          if (a.is_string() && holds(a.get<std::string>())) covered = true;
      if (covered) continue;
      std::string label = f.contains("label") ? Localized(c, f["label"]) : it.key();
      std::string doc = f.contains("document") ? Localized(c, f["document"]) : "";
      const json* required_in = At(f, "/required_in");
      Vars vars = {{"value", n.raw}, {"word", word}, {"field", label}, {"document", doc}};
      if (required_in && required_in->is_array() && !InProvinces(*required_in, c.province())) {
        vars.push_back({"provinces", JoinStrings(*required_in, "、")});
        c.Emit(n.path, vars, Evidence(word, "relaxed"));
      } else {
        c.Emit(n.path, vars, Evidence(word));
      }
    }
  });
}

// NAME-010: interactive-service words (论坛, 博客, 在线, 社区, 交流, BBS) unless an approval is
// attached to the website.
// params.province_patterns: names a province expects in this form (江苏's "某某的个人博客", see
// NAME-023) are not reported there.
void Name010(Ctx& c) {
  std::vector<std::unique_ptr<RE2>> accepted;
  const json& patterns = c.Param("province_patterns");
  if (patterns.is_array())
    for (const auto& p : patterns) {
      const json* re = At(p, "/pattern");
      const json* provinces = At(p, "/provinces");
      if (re && re->is_string() && provinces && InProvinces(*provinces, c.province()))
        accepted.push_back(std::make_unique<RE2>(re->get<std::string>()));
    }
  EachBoundedName(c, [&](const NameRef& n) {
    if (HasApprovalNumber(c.app(), n.website)) return;
    for (const auto& re : accepted)
      if (re->ok() && RE2::FullMatch(n.norm, *re)) return;
    std::string word = FirstWord(c, "WL-NAME-INTERACTIVE", n.norm);
    if (!word.empty()) c.Emit(n.path, {{"value", n.raw}, {"word", word}}, Evidence(word));
  });
}

// NAME-011: Foreign country or international-organisation name.
void Name011(Ctx& c) { WordRule(c, {"WL-NAME-FOREIGN"}); }

// NAME-012: Name copied from provider examples.
void Name012(Ctx& c) { WordRule(c, {"WL-NAME-BLACKLIST"}); }

// NAME-014: the name names a regulated field (WL-FIN, WL-PRE-*) that the business scope does
// not mention at all.
void Name014(Ctx& c) {
  std::string type = SubjectType(c.app());
  auto scope = NonBlank(c.app(), "/subject/business_scope");
  if (type.empty() || type == "individual" || !scope) return c.Skip();
  const json& lists = c.Param("topic_lists");
  if (!lists.is_array()) return c.Skip();
  std::string scope_norm = Compact(*scope);
  EachBoundedName(c, [&](const NameRef& n) {
    for (const auto& l : lists) {
      if (!l.is_string()) continue;
      std::string list = l.get<std::string>();
      std::string word = FirstWord(c, list, n.norm);
      if (word.empty() || !FirstWord(c, list, scope_norm).empty()) continue;
      c.Emit(n.path, {{"value", n.raw}, {"word", word}}, Evidence(word));
      return;
    }
  });
}

// NAME-017: Nationally banned words in personal names.
void Name017(Ctx& c) { PersonalWordRule(c, {"WL-NAME-PERSONAL-A"}); }

// NAME-018: Extended restricted words in personal names.
void Name018(Ctx& c) { PersonalWordRule(c, {"WL-NAME-PERSONAL-B", "WL-NAME-PERSONAL-E"}); }

// NAME-019: Tianjin: restricted words in personal names.
void Name019(Ctx& c) { PersonalWordRule(c, {"WL-NAME-PERSONAL-TJ"}); }

// NAME-020: QingCloud restricted words in personal names.
void Name020(Ctx& c) { PersonalWordRule(c, {"WL-NAME-PERSONAL-QC"}); }

// NAME-021: Company-type words in a personal name.
void Name021(Ctx& c) { PersonalWordRule(c, {"WL-NAME-ORGWORDS"}); }

// NAME-022: Beijing: extra restricted words in personal names.
void Name022(Ctx& c) { PersonalWordRule(c, {"WL-NAME-BEIJING"}); }

// NAME-023 (江苏, older rule): personal names limited to "某某的个人博客/主页" (params.pattern).
void Name023(Ctx& c) {
  if (SubjectType(c.app()).empty()) return c.Skip();
  if (!IsIndividual(c.app())) return;
  const json& pattern = c.Param("pattern");
  if (!pattern.is_string()) return c.Skip();
  RE2 re(pattern.get<std::string>());
  if (!re.ok()) return c.Skip();
  EachBoundedName(c, [&](const NameRef& n) {
    if (!RE2::FullMatch(n.norm, re)) c.Emit(n.path, {{"value", n.raw}}, Evidence(n.raw));
  });
}

// NAME-024: Idiom as a personal site name.
void Name024(Ctx& c) { PersonalWordRule(c, {"WL-IDIOMS"}); }

// NAME-029: Absolute terms in the name.
void Name029(Ctx& c) { WordRule(c, {"WL-NAME-ABSOLUTE"}); }

// NAME-030: Words from an IDC list in a personal name.
void Name030(Ctx& c) { PersonalWordRule(c, {"WL-NAME-PERSONAL-IDC"}); }

}  // namespace beian::rules
