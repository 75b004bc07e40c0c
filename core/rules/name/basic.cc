// NAME-001 … NAME-008: the website name (网站名称) of every website entry — length, digits,
// Latin letters, domain-like tokens, symbols, and the national / public / sensitive word lists
// (core/facts/website_names.h, shared with the brief's SEED-011/013).
#include <re2/re2.h>

#include <cctype>
#include <string>

#include "core/domain.h"
#include "core/facts/website_names.h"
#include "core/model.h"
#include "core/rules/name/name.h"
#include "core/text.h"

namespace beian::rules {
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
  static const RE2 latin("^[A-Za-z0-9]+$");
  EachName(c, [&](const NameRef& n) {
    if (!IsAsciiDigits(n.norm) && RE2::FullMatch(n.norm, latin))
      c.Emit(n.path, {{"value", n.raw}}, Evidence(n.raw));
  });
}

// NAME-004: Website name must not be a domain.
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

// NAME-005: Symbols in the website name.
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

// NAME-006: No national-level words in the name.
void Name006(Ctx& c) {
  std::string type = SubjectType(c.app());
  if (type == "government") return c.Skip();  // national-level bodies may use these words
  facts::EmitNameWords(c, "WL-NAME-NATIONAL");
}

// NAME-007: No public-affairs words in the name.
void Name007(Ctx& c) {
  if (SubjectType(c.app()) == "government") return c.Skip();
  facts::EmitNameWords(c, "WL-NAME-PUBLIC");
}

// NAME-008: No illegal or sensitive words in the name.
void Name008(Ctx& c) { facts::EmitNameWords(c, "WL-NAME-SENSITIVE"); }

}  // namespace beian::rules
