// NAME-009 … NAME-012, NAME-014, NAME-017 … NAME-024, NAME-029, NAME-030: words in the website
// name (网站名称) — 前置审批 fields, interactive services, foreign and blacklisted words, regulated
// fields the business scope lacks, the personal-name word lists (national, provincial,
// provider), idioms and absolute terms.
#include <re2/re2.h>

#include <algorithm>
#include <initializer_list>
#include <string>
#include <vector>

#include "core/facts/free_text.h"
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

// The phrases a province's required name pattern itself demands (NAME-023 in 江苏: the name
// must end in 的个人博客/的个人主页, params "pattern" and "pattern_words"), when `norm` follows
// that pattern; the word lists of other personal-name rules do not count hits inside them.
std::vector<std::string> RequiredPhrases(const Ctx& c, const std::string& norm) {
  const RuleDef* rule = c.pack().Find("NAME-023");
  if (!rule || std::find(rule->provinces.begin(), rule->provinces.end(), c.province()) ==
                   rule->provinces.end())
    return {};
  const json& pattern = ParamAt(rule->params(), "pattern");
  if (!pattern.is_string()) return {};
  RE2 re(pattern.get<std::string>());
  if (!re.ok() || !RE2::FullMatch(norm, re)) return {};
  return facts::StringList(ParamAt(rule->params(), "pattern_words"));
}

// Word-list rules that concern personal (个人) filings only. A name that follows the province's
// required pattern is not faulted for the words that pattern demands (one rule may not ask for
// what another forbids).
void PersonalWordRule(Ctx& c, std::initializer_list<const char*> lists) {
  if (SubjectType(c.app()).empty()) return c.Skip();
  if (!IsIndividual(c.app())) return;
  EachBoundedName(c, [&](const NameRef& n) {
    std::vector<std::string> required = RequiredPhrases(c, n.norm);
    for (const char* list : lists) {
      const WordMatcher& m = c.pack().Matcher(list);
      auto hits = m.FindAll(n.norm, 64);
      // Earliest first; among words starting at one place, the longest (as FirstWord).
      std::stable_sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) {
        return a.offset != b.offset ? a.offset < b.offset : a.length > b.length;
      });
      for (const auto& hit : hits) {
        bool inside = false;
        for (const auto& phrase : required)
          for (size_t at = n.norm.find(phrase); at != std::string::npos && !inside;
               at = n.norm.find(phrase, at + 1))
            inside = at <= hit.offset && hit.offset + hit.length <= at + phrase.size();
        if (inside) continue;
        const std::string& w = m.words()[hit.word];
        std::string word = w.rfind("re:", 0) == 0 ? n.norm.substr(hit.offset, hit.length) : w;
        c.Emit(n.path, {{"value", n.raw}, {"word", word}}, Evidence(word));
        return;
      }
    }
  });
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

}  // namespace

// NAME-009: a 前置审批 field word in the name without that field's approval. params.fields maps
// each pre_approvals field to its word list, labels, the approval document, the other fields
// whose approval also covers it, the service types (网站服务内容) that state the regulated
// service itself, and (education, medical) the provinces where the approval is still required
// per the 2017 table. A word alone is a question for the seller (warn: say in the remarks or a
// commitment letter that the site does no such business, cf. DOC-011); it blocks (variant
// "stated") only when the website's service_types state the service. Outside the provinces
// that keep the approval the finding is a warning (variant "relaxed").
void Name009(Ctx& c) {
  const json& fields = c.Param("fields");
  if (!fields.is_object()) return c.Skip();
  EachBoundedName(c, [&](const NameRef& n) {
    auto held = HeldFields(c.app(), n.website);
    auto holds = [&](const std::string& f) {
      return std::find(held.begin(), held.end(), f) != held.end();
    };
    auto types = Strings(c.app(), "/websites/" + std::to_string(n.website) + "/service_types");
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
      std::string stated;
      for (const auto& t : types)
        if (ParamHas(ParamAt(f, "service_types"), t)) stated = t;
      if (required_in && required_in->is_array() && !InProvinces(*required_in, c.province())) {
        vars.push_back({"provinces", JoinStrings(*required_in, "、")});
        c.Emit(n.path, vars, Evidence(word, "relaxed"));
      } else if (!stated.empty()) {
        vars.push_back({"service", stated});
        c.Emit(n.path, vars, Evidence(word, "stated"));
      } else {
        c.Emit(n.path, vars, Evidence(word));
      }
    }
  });
}

// NAME-010: interactive-service words (论坛, 博客, 在线, 社区, 交流, BBS): a warning. Providers'
// naming rules still ask for a "pre-approval" for them, but that approval (电子公告/BBS 专项备案)
// was abolished (CNT-002), so none can be required or attached.
// params.province_patterns: names a province expects in this form (江苏's "某某的个人博客", see
// NAME-023) are not reported there.
void Name010(Ctx& c) {
  EachBoundedName(c, [&](const NameRef& n) {
    if (ProvinceAcceptsName(c, n.norm)) return;
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

// NAME-017: Nationally banned words in personal names; names of the form a province expects
// (params.province_patterns, as NAME-010: 江苏's "某某的个人主页") are not reported there.
void Name017(Ctx& c) {
  if (SubjectType(c.app()).empty()) return c.Skip();
  if (!IsIndividual(c.app())) return;
  EachBoundedName(c, [&](const NameRef& n) {
    if (ProvinceAcceptsName(c, n.norm)) return;
    std::string word = FirstWord(c, "WL-NAME-PERSONAL-A", n.norm);
    if (!word.empty()) c.Emit(n.path, {{"value", n.raw}, {"word", word}}, Evidence(word));
  });
}

// NAME-018: Extended restricted words in personal names.
void Name018(Ctx& c) { PersonalWordRule(c, {"WL-NAME-PERSONAL-B", "WL-NAME-PERSONAL-E"}); }

// NAME-019: Tianjin: restricted words in personal names.
void Name019(Ctx& c) { PersonalWordRule(c, {"WL-NAME-PERSONAL-TJ"}); }

// NAME-020: QingCloud restricted words in personal names.
void Name020(Ctx& c) { PersonalWordRule(c, {"WL-NAME-PERSONAL-QC"}); }

// NAME-021: Company-type words in a personal name. Blocks on the words a provider or the filing
// standard names (params.block_words: 有限公司, 公司, 企业 …); the words only industry articles
// list are a warning (variant "unsure"). One-character words (厂, 店) count only as the last
// character of the name (小山茶叶店, not 酒店测评日记).
void Name021(Ctx& c) {
  if (SubjectType(c.app()).empty()) return c.Skip();
  if (!IsIndividual(c.app())) return;
  const char* kList = "WL-NAME-ORGWORDS";
  const json& block_words = c.Param("block_words");
  EachBoundedName(c, [&](const NameRef& n) {
    std::string warn_word;
    for (const auto& h : HitsInOrder(c, kList, n.norm)) {
      std::string word = HitWord(c, kList, n.norm, h);
      if (CountCodePoints(word) == 1 && h.offset + h.length != n.norm.size()) continue;
      if (ParamHas(block_words, word)) {
        c.Emit(n.path, {{"value", n.raw}, {"word", word}}, Evidence(word));
        return;
      }
      if (warn_word.empty()) warn_word = word;
    }
    if (!warn_word.empty())
      c.Emit(n.path, {{"value", n.raw}, {"word", warn_word}}, Evidence(warn_word, "unsure"));
  });
}

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
