// SEED-004, 005, 006: the business licence in the brief: scope of an online shop, validity, and
// the certificate address (facts from core/facts/license.h).
#include "core/facts/license.h"

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/facts/free_text.h"
#include "core/facts/site_pages.h"
#include "core/model.h"
#include "core/rules/seed/seed.h"
#include "core/text.h"

namespace beian::rules {
namespace {

// Whether a website of the application sells online (form data or page signals). Shop words
// (WL-ECOM) count outside negated clauses and SEED-004's params "not_shop_words" (贸易 alone is
// a trade, not a web shop).
std::string EcommerceSignal(Ctx& c) {
  size_t n = Count(c.app(), "/websites");
  const WordMatcher& ecom = c.pack().Matcher("WL-ECOM");
  const std::vector<std::string> not_shop = facts::StringList(c.Param("not_shop_words"));
  for (size_t i = 0; i < n; ++i) {
    std::string base = "/websites/" + std::to_string(i);
    for (const auto& t : Strings(c.app(), base + "/service_types"))
      if (Compact(t) == "网络购物" || Compact(t) == "网上支付") return t;
    if (Bool(c.app(), base + "/features/payment").value_or(false)) return "payment";
    for (const char* f : {"/name", "/service_content"}) {
      if (const std::string* s = Str(c.app(), base + f)) {
        facts::TextHit hit = facts::PositiveHit(ecom, Compact(*s), not_shop);
        if (hit.found()) return hit.word;
      }
    }
    for (const auto& col : Strings(c.app(), base + "/columns")) {
      facts::TextHit hit = facts::PositiveHit(ecom, Compact(col), not_shop);
      if (hit.found()) return hit.word;
    }
  }
  if (Count(c.app(), "/attachments/site_pages")) {
    for (const auto& page : facts::SitePagesOf(c).pages)
      for (const auto& h : page.features)
        if (h.list == "WL-ECOM-HTML") return h.word;
  }
  return "";
}

bool IsLongTerm(const std::string& s) {
  std::string t = Lower(Compact(s));
  return t.find("长期") != std::string::npos || t.find("永久") != std::string::npos ||
         t.find("long") != std::string::npos || t.find("无固定期限") != std::string::npos ||
         t.find("不约定期限") != std::string::npos;
}

}  // namespace

// SEED-004: an e-commerce site's business scope should cover online sales / information service.
void Seed004(Ctx& c) {
  if (IsIndividual(c.app())) return;
  auto scope = facts::ScopeOf(c);
  if (!scope) return c.Skip();
  std::string signal = EcommerceSignal(c);
  if (signal.empty()) return;
  if (!c.pack().Matcher("WL-SCOPE-ONLINE").Which(scope->text).empty()) return;
  EmitOptions o = scope->lic ? facts::LicenseSpan(*scope->lic, signal) : Evidence(signal);
  c.Emit(scope->path, {{"signal", signal}}, o);
}

// SEED-005: licence validity: expired → block; less than 6 months left → warn (brief only).
void Seed005(Ctx& c) {
  if (IsIndividual(c.app())) return;
  std::string value, path = "/subject/license_valid_until";
  EmitOptions o;
  const LicenseFacts& lic = facts::LicenseOf(c);
  if (auto typed = NonBlank(c.app(), path)) {
    value = *typed;
  } else if (!lic.valid_until.empty()) {
    value = lic.valid_until.value;
    path = facts::kLicenseAttachment;
    o = facts::LicenseSpan(lic.valid_until, value);
  } else {
    return c.Skip();
  }
  if (IsLongTerm(value)) return;
  std::optional<Date> until = Date::Parse(Compact(value));
  if (!until) {
    std::string iso = ParseLicenseDate(value);
    if (!iso.empty()) until = Date::Parse(iso);
  }
  if (!until) return c.Skip();
  int months = 6;
  if (const json& m = c.Param("months"); m.is_number_integer()) months = m.get<int>();
  Vars vars = {{"value", until->ToString()}, {"months", std::to_string(months)}};
  if (o.evidence.empty()) o.evidence = value;
  if (*until < c.today()) {
    o.variant = "expired";
    c.Emit(path, vars, o);
  } else if (*until < c.today().AddMonths(months)) {
    c.Emit(path, vars, o);
  }
}

// SEED-006: 证件住所 must equal the address printed on the licence (as ENT-010, for the brief).
void Seed006(Ctx& c) { facts::CompareLicenseAddress(c); }

}  // namespace beian::rules
