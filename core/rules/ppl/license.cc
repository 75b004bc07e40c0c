// PPL-001: the 主体负责人 against the legal representative printed on the business licence (facts
// from core/facts/license.h) or typed in the form.
#include "core/facts/license.h"

#include <string>

#include "core/facts/documents.h"
#include "core/model.h"
#include "core/rules/ppl/ppl.h"
#include "core/text.h"

namespace beian::rules {
namespace {

// The legal representative's name from the licence (a partnership's 执行事务合伙人 may be a company
// with a 委派代表: use the delegate's name).
std::string LegalName(const LicenseValue& v) {
  std::string s = v.value;
  size_t p = s.find("委派代表");
  if (p != std::string::npos) {
    size_t b = p + std::string("委派代表").size();
    if (s.compare(b, 3, "：") == 0) b += 3;
    if (b < s.size() && s[b] == ':') b += 1;
    size_t e = s.find("）", b);
    if (e == std::string::npos) e = s.find(')', b);
    return s.substr(b, e == std::string::npos ? std::string::npos : e - b);
  }
  return s;
}

}  // namespace

// PPL-001: the 主体负责人 must be the legal representative (listed provinces).
void Ppl001(Ctx& c) {
  if (IsIndividual(c.app())) return;
  auto principal = NonBlank(c.app(), "/subject/principal/name");
  const LicenseFacts& lic = facts::LicenseOf(c);
  std::string legal;
  EmitOptions o;
  if (!lic.legal_representative.empty()) {
    legal = LegalName(lic.legal_representative);
    o = facts::LicenseSpan(lic.legal_representative, lic.legal_representative.value);
  } else if (auto typed = NonBlank(c.app(), "/subject/legal_representative_name")) {
    legal = *typed;
    o = Evidence(legal);
  }
  if (!principal || legal.empty()) return c.Skip();
  if (Compact(*principal) == Compact(legal)) return;
  // A legal representative without a mainland ID (name in Latin letters, as PPL-009 reads it)
  // appoints a mainland-ID principal with an authorisation letter (PPL-009): stated letter →
  // nothing to say; letter not stated → a question.
  bool latin = false;
  for (char ch : FoldWidth(legal))
    if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) latin = true;
  if (latin) {
    if (facts::DocumentReady(c.app(), "principal_authorization_letter")) return;
    o.variant = "non_mainland_rep";
  }
  c.Emit("/subject/principal/name", {{"value", *principal}, {"legal", legal}}, o);
}

}  // namespace beian::rules
