// NAME-001 … NAME-008: the website name (网站名称) of every website entry.
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <string>

#include "core/domain.h"
#include "core/rules/rule.h"
#include "core/model.h"
#include "core/text.h"

namespace beian {
namespace {

bool IsAllowedSymbol(const std::string& cp) {
  return cp == "(" || cp == ")" || cp == "-" || cp == "（" || cp == "）" || cp == "－";
}

// Runs `check` on every website name; Skip() when there is none.
template <typename F>
void EachName(Ctx& c, F check) {
  auto names = WebsiteNames(c.app());
  if (names.empty()) return c.Skip();
  for (const auto& n : names) check(n);
}

// Emits the current rule for every word of `list` found in the name.
void WordRule(Ctx& c, const char* list) {
  EachName(c, [&](const NameRef& n) {
    const WordMatcher& m = c.pack().Matcher(list);
    auto hits = m.Find(n.norm);
    if (!hits.empty()) {
      const std::string& word = m.words()[hits.front().word];
      c.Emit(n.path, {{"value", n.raw}, {"word", word}}, Evidence(word));
    }
  });
}

}  // namespace
namespace rules {

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

}  // namespace rules
namespace {

}  // namespace
namespace rules {

void Name002(Ctx& c) {
  EachName(c, [&](const NameRef& n) {
    if (IsAsciiDigits(n.norm)) c.Emit(n.path, {{"value", n.raw}}, Evidence(n.raw));
  });
}

}  // namespace rules
namespace {

}  // namespace
namespace rules {

void Name003(Ctx& c) {
  static const RE2 latin("^[A-Za-z0-9]+$");
  EachName(c, [&](const NameRef& n) {
    if (!IsAsciiDigits(n.norm) && RE2::FullMatch(n.norm, latin))
      c.Emit(n.path, {{"value", n.raw}}, Evidence(n.raw));
  });
}

}  // namespace rules
namespace {

}  // namespace
namespace rules {

void Name004(Ctx& c) {
  static const RE2 domain_like(
      "(?i)([a-z0-9-]+\\.(?:com|cn|net|org|top|xyz|vip|shop|club|site|online|wang|ren|xin|[a-z]{2,}"
      "))\\b");
  auto domains = Domains(c.app());
  const auto& suffixes = c.pack().List("WL-PUBLIC-SUFFIX-2");
  EachName(c, [&](const NameRef& n) {
    std::string token;
    if (RE2::PartialMatch(n.norm, domain_like, &token)) {
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

}  // namespace rules
namespace {

}  // namespace
namespace rules {

void Name005(Ctx& c) {
  EachName(c, [&](const NameRef& n) {
    std::string bad;
    for (const auto& cp : CodePoints(n.norm)) {
      bool ok = IsCjk(cp) || IsAllowedSymbol(cp) ||
                (cp.size() == 1 && std::isalnum(static_cast<unsigned char>(cp[0])));
      if (!ok && bad.find(cp) == std::string::npos) bad += cp;
    }
    if (!bad.empty()) c.Emit(n.path, {{"value", n.raw}, {"chars", bad}}, Evidence(bad));
  });
}

}  // namespace rules
namespace {

}  // namespace
namespace rules {

void Name006(Ctx& c) {
  std::string type = SubjectType(c.app());
  if (type == "government") return c.Skip();  // national-level bodies may use these words
  WordRule(c, "WL-NAME-NATIONAL");
}

}  // namespace rules
namespace {
}  // namespace
namespace rules {

void Name007(Ctx& c) {
  if (SubjectType(c.app()) == "government") return c.Skip();
  WordRule(c, "WL-NAME-PUBLIC");
}

}  // namespace rules
namespace {
}  // namespace
namespace rules {

void Name008(Ctx& c) { WordRule(c, "WL-NAME-SENSITIVE"); }

}  // namespace rules
namespace {
}  // namespace
namespace rules {

void Seed011(Ctx& c) { WordRule(c, "WL-SEED-MISLEADING"); }

}  // namespace rules
namespace {
}  // namespace
namespace rules {

void Seed013(Ctx& c) { WordRule(c, "WL-SEED-TOP3"); }

}  // namespace rules
namespace {

// SEED-012: 栏目 or service content mentioning 代购, 海淘, 转运.
}  // namespace
namespace rules {

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

}  // namespace rules
namespace {

}  // namespace
}  // namespace beian
