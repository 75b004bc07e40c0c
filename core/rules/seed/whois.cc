// SEED-007 and SEED-019: what the registrar's record says about a domain that the brief's
// material checks too: a very new registration, a holder name not exactly the licence's (facts
// from core/facts/whois.h).
#include "core/facts/whois.h"

#include <string>
#include <vector>

#include "core/facts/license.h"
#include "core/model.h"
#include "core/rules/seed/seed.h"

namespace beian::rules {

// SEED-007: a domain registered less than 30 days ago.
void Seed007(Ctx& c) {
  std::vector<facts::DomainDate> registrations =
      facts::DomainDates(c, &WhoisRecord::created, "registered_on");
  if (registrations.empty()) return c.Skip();
  for (const facts::DomainDate& reg : registrations) {
    long days = c.today().Days() - reg.date.Days();
    if (days >= 30) continue;
    c.Emit(reg.source.path,
           {{"domain", facts::DomainLabel(*reg.view)},
            {"registered", reg.source.value},
            {"days", std::to_string(days < 0 ? 0 : days)},
            {"day30", reg.date.AddDays(30).ToString()}},
           facts::SourcedEvidence(reg.source));
  }
}

// SEED-019: the domain holder must match the licence name exactly (same name but for width,
// blanks or case: "format"): the name read from the uploaded licence, else the typed name.
void Seed019(Ctx& c) {
  bool individual = IsIndividual(c.app());
  const LicenseFacts& lic = facts::LicenseOf(c);
  std::string subject =
      !individual && !lic.name.empty() ? lic.name.value : facts::ExpectedRegistrant(c, individual);
  if (subject.empty()) return c.Skip();
  std::string rep = individual ? "" : facts::LegalRepName(c);
  bool any = false;
  for (const auto& v : facts::DomainViews(c)) {
    for (const auto& r : facts::Registrants(v)) {
      any = true;
      // A legal representative as registrant is DOM-011's to decide.
      if (facts::CheckRegistrant(c, v, r, subject, rep) == facts::RegistrantMatch::kSameLoose)
        c.Emit(r.path, facts::RegistrantVars(v, r, subject), facts::SourcedEvidence(r, "format"));
    }
  }
  if (!any) c.Skip();
}

}  // namespace beian::rules
