// What the registrar's record says about each domain: the WHOIS replies the seller uploaded
// (attachments.whois[i].text, parsed once per check by core/readers/whois.h) matched with the
// form's domain objects. Shared by DOM-004…012 (core/rules/dom/whois.cc), SEED-007 and SEED-019
// (core/rules/seed/whois.cc) and INPUT-011 (core/rules/input/whois_reply.cc); PrepareWhois
// (core/facts/prepare.h) writes report.facts.whois from the same parsed replies.
#ifndef BEIAN_CORE_FACTS_WHOIS_H_
#define BEIAN_CORE_FACTS_WHOIS_H_

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/engine/context.h"
#include "core/readers/whois.h"

namespace beian::facts {

// One uploaded WHOIS reply, parsed.
struct WhoisReply {
  WhoisRecord rec;
  std::string attachment;  // /attachments/whois/<i>/text
  std::string path;        // /attachments/whois/<i>
  std::string claimed;     // the attachment's "domain" field, normalised
  RegistrarKind kind = RegistrarKind::kUnknown;
};

// Every attachments.whois[i] in order (also those without text), parsed once per check.
const std::vector<WhoisReply>& WhoisReplies(Ctx& c);

// Whether the reply's own text names a domain other than `name` (normalised; "www." ignored).
// An internationalised name is not compared with its xn-- form: false then.
bool NamesOtherDomain(const WhoisReply& p, const std::string& name);

// One domain as the rules see it: a form entry with its matching WHOIS reply, or a WHOIS reply
// that matches no form entry.
struct DomainView {
  std::string path;                   // /websites/0/domains/1 or /attachments/whois/2
  std::string name;                   // normalised
  const json* form = nullptr;         // the form's domain object (nullptr for a plain string)
  const WhoisReply* whois = nullptr;  // a WHOIS reply that says something about this domain
};

// The form's domains (with the first reply naming them, "www." ignored; a reply uploaded for a
// domain whose text names another domain does not count), then the replies that matched none;
// once per check.
const std::vector<DomainView>& DomainViews(Ctx& c);

// The domain's name for messages (its path when it has none).
std::string DomainLabel(const DomainView& v);

// A value with where it came from: a form field (path) or a WHOIS reply (path + span).
struct SourcedValue {
  std::string value;
  std::string path;
  std::optional<Span> span;
};

// Emit options showing `s` as the evidence (with its span), for `variant`.
EmitOptions SourcedEvidence(const SourcedValue& s, const std::string& variant = "");

// The reply's value `w` (nullopt when the domain has no reply or the reply lacks the value).
std::optional<SourcedValue> FromWhois(const DomainView& v, const WhoisValue& w);
// The form's non-blank field `key` of the domain object.
std::optional<SourcedValue> FromForm(const DomainView& v, const char* key);
// The WHOIS value when the reply has it (w may be nullptr), else the form's `key`.
std::optional<SourcedValue> PreferWhois(const DomainView& v, const WhoisValue* w, const char* key);

// A date a domain's record gives (expiry, registration, real-name check), with its source.
struct DomainDate {
  const DomainView* view = nullptr;
  SourcedValue source;
  Date date;
};

// Per domain, the WHOIS `field` when the reply has it, else the form's `key`, where it is a date.
// The date rules (DOM-006, DOM-008, SEED-007) skip when no domain has one.
std::vector<DomainDate> DomainDates(Ctx& c, WhoisValue WhoisRecord::*field, const char* key);

// ---- Registrant checks shared by DOM-009, DOM-010, DOM-011 and SEED-019 ----------------------

// Registrants of a domain: the form's value and the WHOIS value (both checked when present).
std::vector<SourcedValue> Registrants(const DomainView& v);

enum class RegistrantMatch { kSame, kSameLoose, kLegalRep, kLatin, kDifferent };

// How a registrant relates to the subject: the same text, the same but for width, blanks and
// case, the legal representative, a Latin-letter name for a Chinese subject, or someone else.
RegistrantMatch CompareRegistrant(const std::string& registrant, const std::string& subject,
                                  const std::string& legal_rep);

// The name the registrant must equal: subject.name, for a person also subject.principal.name.
std::string ExpectedRegistrant(Ctx& c, bool individual);

// subject.legal_representative_name as typed ("" when blank).
std::string LegalRepName(Ctx& c);

// {domain, registrant, subject} for the registrant messages.
Vars RegistrantVars(const DomainView& v, const SourcedValue& r, const std::string& subject);

// Compares a registrant with the subject and reports what DOM-009, DOM-010 and SEED-019 all
// report: a Latin-letter name ("latin") or another holder. The caller decides the other matches.
RegistrantMatch CheckRegistrant(Ctx& c, const DomainView& v, const SourcedValue& r,
                                const std::string& subject, const std::string& legal_rep);

}  // namespace beian::facts

#endif  // BEIAN_CORE_FACTS_WHOIS_H_
