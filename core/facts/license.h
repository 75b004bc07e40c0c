// The business licence of the application being checked (attachments.business_license_text and
// attachments.registry_text), read once per check by the reader core/readers/license.h, and the
// helpers the licence rules of several prefixes share (ENT, SEED, PPL and the catalog-B rules).
#ifndef BEIAN_CORE_FACTS_LICENSE_H_
#define BEIAN_CORE_FACTS_LICENSE_H_

#include <optional>
#include <string>

#include "core/engine/context.h"
#include "core/readers/license.h"

namespace beian::facts {

constexpr char kLicenseAttachment[] = "/attachments/business_license_text";
constexpr char kRegistryAttachment[] = "/attachments/registry_text";

// The licence facts, parsed once per check (Ctx::Memo); empty facts when neither attachment is
// there.
const LicenseFacts& LicenseOf(Ctx& c);

// Evidence `evidence` (and message variant `variant`) with a span on the printed licence value,
// when the value has a position.
EmitOptions LicenseSpan(const LicenseValue& v, std::string evidence = "", std::string variant = "");

// The business scope: typed in the form (subject.business_scope), else read from the licence.
struct Scope {
  std::string text;
  std::string path;                   // where a finding points
  const LicenseValue* lic = nullptr;  // when read from the licence (span)
};
std::optional<Scope> ScopeOf(Ctx& c);

// ENT-010 and SEED-006: 证件住所 (subject.certificate_address) must equal the address printed on
// the licence; emits for the current rule, skips when either is missing or for individuals.
void CompareLicenseAddress(Ctx& c);

}  // namespace beian::facts

#endif  // BEIAN_CORE_FACTS_LICENSE_H_
