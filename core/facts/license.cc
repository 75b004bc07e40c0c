// The licence of a check (read once) and the prepare step "license" (report.facts.license).
#include "core/facts/license.h"

#include <string_view>

#include "core/facts/prepare.h"
#include "core/geo/address.h"
#include "core/model.h"
#include "core/out_of_line.h"

namespace beian::facts {

const LicenseFacts& LicenseOf(Ctx& c) {
  return c.Memo<LicenseFacts>("license.parsed", [&] {
    const std::string* text = Str(c.app(), kLicenseAttachment);
    const std::string* registry = Str(c.app(), kRegistryAttachment);
    // nothing to read: what the reader finds in no text (a unit test checks it), without running
    // it (the reader stays out of the page's first verdict: scripts/split_wasm.mjs)
    if (!text && !registry) return LicenseFacts{};
    return OutOfLine(&ReadLicense)(text ? std::string_view(*text) : std::string_view(),
                                   registry ? std::string_view(*registry) : std::string_view());
  });
}

namespace {

[[gnu::noinline]] void PrepareLicenseNow(Ctx& c) {
  const LicenseFacts& lic = LicenseOf(c);
  if (!lic.found() && lic.status.empty()) return;
  c.facts()["license"] = LicenseJson(lic);
}

}  // namespace

void PrepareLicense(Ctx& c) {
  if (!Str(c.app(), kLicenseAttachment) && !Str(c.app(), kRegistryAttachment)) return;
  OutOfLine (&PrepareLicenseNow)(c);  // core/out_of_line.h
}

EmitOptions LicenseSpan(const LicenseValue& v, std::string evidence, std::string variant) {
  EmitOptions o;
  o.evidence = std::move(evidence);
  o.variant = std::move(variant);
  if (v.length) o.span = Span{kLicenseAttachment, v.offset, v.length};
  return o;
}

std::optional<Scope> ScopeOf(Ctx& c) {
  if (auto s = NonBlank(c.app(), "/subject/business_scope"))
    return Scope{*s, "/subject/business_scope"};
  const LicenseFacts& lic = LicenseOf(c);
  if (!lic.business_scope.empty())
    return Scope{lic.business_scope.value, kLicenseAttachment, &lic.business_scope};
  return std::nullopt;
}

void CompareLicenseAddress(Ctx& c) {
  auto typed = NonBlank(c.app(), "/subject/certificate_address");
  const LicenseFacts& lic = LicenseOf(c);
  if (!typed || lic.address.empty() || IsIndividual(c.app())) return c.Skip();
  AddressDiff d = CompareAddresses(*typed, lic.address.value);
  if (d.equal()) return;
  std::string details;
  for (const auto& line : d.details) details += (details.empty() ? "" : "；") + line;
  if (details.empty()) details = AddressDiffName(d.kind);
  c.Emit("/subject/certificate_address",
         {{"value", *typed}, {"license", lic.address.value}, {"diff", details}},
         LicenseSpan(lic.address, lic.address.value));
}

}  // namespace beian::facts
