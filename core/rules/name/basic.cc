// NAME-001 … NAME-008: the website name (网站名称) of every website entry — length, digits,
// Latin letters, domain-like tokens, symbols, and the national / public / sensitive word lists.
#include <re2/re2.h>

#include <cctype>
#include <string>

#include "core/domain.h"
#include "core/facts/model_of.h"
#include "core/model.h"
#include "core/rules/name/name.h"
#include "core/rules/name/names.h"
#include "core/rules/params.h"
#include "core/shapes.h"
#include "core/text.h"

namespace beian::rules {
namespace {

bool IsAllowedSymbol(const std::string& cp) {
  return cp == "(" || cp == ")" || cp == "-" || cp == "（" || cp == "）" || cp == "－";
}

// Runs `check` on every website name; Skip() when there is none.
template <typename F>
void EachName(Ctx& c, F check) {
  const auto& names = facts::WebsiteNamesOf(c);
  if (names.empty()) return c.Skip();
  for (const auto& n : names) check(n);
}

}  // namespace

// NAME-001: Website name of at least 3 characters.
void Name001(Ctx& c) {
  EachName(c, [&](const NameRef& n) {
    size_t count = 0;
    for (const auto& cp : CodePoints(n.norm))
      if (!IsAllowedSymbol(cp)) ++count;
    Vars vars = {{"value", n.raw}, {"count", std::to_string(count)}};
    if (count < 3) {
      c.Emit(n.path, vars, Evidence(n.raw));
    } else if (count < 4 && IsIndividual(c.app())) {
      c.Emit(n.path, vars, Evidence(n.raw, "personal_short"));
    }
  });
}

// NAME-002: Website name not digits only.
void Name002(Ctx& c) {
  EachName(c, [&](const NameRef& n) {
    if (IsAsciiDigits(n.norm)) c.Emit(n.path, {{"value", n.raw}}, Evidence(n.raw));
  });
}

// NAME-003: Website name not Latin letters only.
void Name003(Ctx& c) {
  EachName(c, [&](const NameRef& n) {
    if (!IsAsciiDigits(n.norm) && shapes::AsciiAlnum(n.norm))
      c.Emit(n.path, {{"value", n.raw}}, Evidence(n.raw));
  });
}

// A domain written in a name (qinghe.com, 青禾.cn): NAME-004's finding; NAME-005 does not count
// its dots again. Every match holds an ASCII dot: a name without one is not compiled for.
static bool MayBeDomainLike(const std::string& name) { return name.find('.') != std::string::npos; }
static const RE2& DomainLike() {
  static const RE2 re(
      "(?i)([a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|cn|net|org|top|xyz|vip|shop|club|site|online|"
      "wang|ren|xin|[a-z]{2,}"
      "))\\b");
  return re;
}

// NAME-004: Website name must not be a domain.
void Name004(Ctx& c) {
  const auto& domains = facts::DomainsOf(c);
  const auto& suffixes = c.pack().List("WL-PUBLIC-SUFFIX-2");
  EachName(c, [&](const NameRef& n) {
    std::string token;
    if (MayBeDomainLike(n.norm) && RE2::PartialMatch(n.norm, DomainLike(), &token)) {
      c.Emit(n.path, {{"value", n.raw}, {"token", token}}, Evidence(token));
      return;
    }
    std::string lower = Lower(n.norm);
    for (const auto& d : domains) {
      std::string sld = SecondLevelLabel(ParseDomainInput(d.name).host, suffixes);
      if (!sld.empty() && lower == sld) {
        c.Emit(n.path, {{"value", n.raw}, {"token", sld}}, Evidence(n.raw, "sld"));
        return;
      }
    }
  });
}

// NAME-005: Symbols in the website name.
void Name005(Ctx& c) {
  EachName(c, [&](const NameRef& n) {
    std::string bad, rest = n.norm;
    if (MayBeDomainLike(rest))
      RE2::GlobalReplace(&rest, DomainLike(), "");  // a domain is NAME-004's finding
    for (const auto& cp : CodePoints(rest)) {
      bool ok = IsCjk(cp) || IsAllowedSymbol(cp) ||
                (cp.size() == 1 && std::isalnum(static_cast<unsigned char>(cp[0])));
      if (!ok && bad.find(cp) == std::string::npos) bad += cp;
    }
    if (!bad.empty()) c.Emit(n.path, {{"value", n.raw}, {"chars", bad}}, Evidence(bad));
  });
}

// NAME-006: No national-level words in the name. A word that is part of the subject's own
// registered name (华夏茶业有限公司 → 华夏茶业官网) is a warning (variant "own_name"): the
// registry already granted it, the bureau may still ask.
void Name006(Ctx& c) {
  std::string type = SubjectType(c.app());
  if (type == "government") return c.Skip();  // national-level bodies may use these words
  std::string own;
  if (auto s = NonBlank(c.app(), "/subject/name")) own = Compact(*s);
  const char* kList = "WL-NAME-NATIONAL";
  EachName(c, [&](const NameRef& n) {
    std::string owned;
    for (const auto& h : HitsInOrder(c, kList, n.norm)) {
      std::string word = HitWord(c, kList, n.norm, h);
      if (own.empty() || own.find(word) == std::string::npos) {
        c.Emit(n.path, {{"value", n.raw}, {"word", word}}, Evidence(word));
        return;
      }
      if (owned.empty()) owned = word;
    }
    if (!owned.empty())
      c.Emit(n.path, {{"value", n.raw}, {"word", owned}, {"subject", own}},
             Evidence(owned, "own_name"));
  });
}

// NAME-007: public-affairs words. The source bans them as the first word of the name (字头,
// params.prefix_words: block); elsewhere in the name, and the words the catalog added
// (公安, 法院 …), they are a warning (variant "contains": 公安警用装备, 政府采购代理).
void Name007(Ctx& c) {
  if (SubjectType(c.app()) == "government") return c.Skip();
  const char* kList = "WL-NAME-PUBLIC";
  const json& prefix = c.Param("prefix_words");
  EachName(c, [&](const NameRef& n) {
    auto hits = HitsInOrder(c, kList, n.norm);
    if (hits.empty()) return;
    for (const auto& h : hits) {
      std::string word = HitWord(c, kList, n.norm, h);
      if (h.offset == 0 && ParamHas(prefix, word)) {
        c.Emit(n.path, {{"value", n.raw}, {"word", word}}, Evidence(word));
        return;
      }
    }
    std::string word = HitWord(c, kList, n.norm, hits.front());
    c.Emit(n.path, {{"value", n.raw}, {"word", word}}, Evidence(word, "contains"));
  });
}

// NAME-008: illegal or sensitive words in the name. Blocks on words every reading of which is
// prohibited (裸聊, 六合彩 …); words with lawful readings (params.warn_words: 成人, 大麻, 黑客,
// 外挂 …) and words right after a negating word (params.negations: 反邪教, 禁毒) are a warning
// (variant "unsure"); params.exceptions (成人教育, 工业大麻, 黑客马拉松 …) are not reported.
void Name008(Ctx& c) {
  const char* kList = "WL-NAME-SENSITIVE";
  const json& warn_words = c.Param("warn_words");
  const json& negations = c.Param("negations");
  const json& exceptions = c.Param("exceptions");
  auto negated = [&](const std::string& text, size_t offset) {
    if (!negations.is_array()) return false;
    std::string before = text.substr(0, offset);
    for (const auto& w : negations) {
      if (!w.is_string()) continue;
      const std::string& s = w.get_ref<const std::string&>();
      if (!s.empty() && before.size() >= s.size() &&
          before.compare(before.size() - s.size(), s.size(), s) == 0)
        return true;
    }
    return false;
  };
  EachName(c, [&](const NameRef& n) {
    std::string text = WithoutPhrases(n.norm, exceptions);
    auto hits = HitsInOrder(c, kList, text);
    if (hits.empty()) return;
    for (const auto& h : hits) {
      std::string word = HitWord(c, kList, text, h);
      if (!ParamHas(warn_words, word) && !negated(text, h.offset)) {
        c.Emit(n.path, {{"value", n.raw}, {"word", word}}, Evidence(word));
        return;
      }
    }
    std::string word = HitWord(c, kList, text, hits.front());
    c.Emit(n.path, {{"value", n.raw}, {"word", word}}, Evidence(word, "unsure"));
  });
}

}  // namespace beian::rules
