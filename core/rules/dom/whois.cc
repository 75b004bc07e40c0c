// DOM-004…012, DOM-020: what the registrar's record (the form's domain object and/or a pasted WHOIS
// reply) says about each domain: registrar, registration period, real-name check, registrant,
// privacy (facts from core/facts/whois.h), and whether an uploaded reply is the one for the typed
// domain.
#include "core/facts/whois.h"

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/facts/model_of.h"
#include "core/ids.h"
#include "core/model.h"
#include "core/readers/whois.h"
#include "core/rules/dom/dom.h"
#include "core/rules/params.h"
#include "core/text.h"
#include "core/time/calendar.h"

namespace beian::rules {
namespace {

using facts::DomainDate;
using facts::DomainLabel;
using facts::DomainView;
using facts::DomainViews;
using facts::FromForm;
using facts::FromWhois;
using facts::RegistrantMatch;
using facts::SourcedEvidence;
using facts::SourcedValue;

bool InDeletion(const WhoisRecord& r, const WhoisValue** which) {
  for (const auto& s : r.statuses) {
    if (s.value == "redemptionPeriod" || s.value == "pendingDelete") {
      *which = &s;
      return true;
    }
  }
  return false;
}

// Working days in (a, b]: the holiday calendar when it covers the dates, else Monday–Friday.
int WorkingDaysAfter(const Date& a, const Date& b) {
  if (auto n = WorkingDaysBetween(a, b)) return *n;
  if (b <= a) return 0;
  int n = 0;
  for (long d = a.Days() + 1; d <= b.Days() && n < 100; ++d)
    if (Date::FromDays(d).Weekday() < 5) ++n;
  return n;
}

Date AddWorking(const Date& a, int n) {
  if (auto d = AddWorkingDays(a, n)) return *d;
  Date d = a;
  for (int k = 0; k < n;) {
    d = d.AddDays(1);
    if (d.Weekday() < 5) ++k;
  }
  return d;
}

std::string NoWww(const std::string& d) { return d.rfind("www.", 0) == 0 ? d.substr(4) : d; }

std::string Upper(std::string s) {
  for (char& ch : s)
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
  return s;
}

}  // namespace

// DOM-004: the registrar must be an MIIT-approved domestic one (pack lists WL-REGISTRAR-CN and
// WL-REGISTRAR-FOREIGN).
void Dom004(Ctx& c) {
  bool any = false;
  for (const auto& v : DomainViews(c)) {
    std::optional<SourcedValue> reg;
    RegistrarKind kind = RegistrarKind::kUnknown;
    if (v.whois && v.whois->rec.registrar.present()) {
      reg = FromWhois(v, v.whois->rec.registrar);
      kind = v.whois->kind;
    } else if ((reg = FromForm(v, "registrar"))) {
      kind = ClassifyRegistrar(reg->value, "", c.pack().Matcher("WL-REGISTRAR-CN"),
                               c.pack().Matcher("WL-REGISTRAR-FOREIGN"));
    }
    if (!reg) continue;
    any = true;
    Vars vars = {{"domain", DomainLabel(v)}, {"registrar", reg->value}};
    if (kind == RegistrarKind::kForeign) {
      c.Emit(reg->path, vars, SourcedEvidence(*reg));
    } else if (kind == RegistrarKind::kUnlisted) {
      c.Emit(reg->path, vars, SourcedEvidence(*reg, "unlisted"));
    }
  }
  if (!any) c.Skip();
}

// DOM-005: the domain must be registered and within its registration period (not expired, not
// being deleted).
void Dom005(Ctx& c) {
  bool any = false;
  for (const auto& v : DomainViews(c)) {
    if (v.whois && !v.whois->rec.expires.present()) {
      const WhoisRecord& r = v.whois->rec;
      if (r.result == WhoisResult::kNotFound || r.result == WhoisResult::kReserved) {
        any = true;
        SourcedValue s{
            r.result_evidence.value, v.path,
            Span{v.whois->attachment, r.result_evidence.offset, r.result_evidence.length}};
        c.Emit(
            v.path, {{"domain", DomainLabel(v)}},
            SourcedEvidence(s, r.result == WhoisResult::kNotFound ? "not_registered" : "reserved"));
        continue;
      }
    }
    auto exp = facts::PreferWhois(v, v.whois ? &v.whois->rec.expires : nullptr, "expires_on");
    const WhoisValue* deletion = nullptr;
    bool deleting = v.whois && InDeletion(v.whois->rec, &deletion);
    if (!exp && !deleting) continue;
    any = true;
    auto date = exp ? Date::Parse(exp->value) : std::nullopt;
    if (date && *date < c.today()) {
      c.Emit(exp->path, {{"domain", DomainLabel(v)}, {"expires", exp->value}},
             SourcedEvidence(*exp));
    } else if (deleting) {
      auto s = FromWhois(v, *deletion);
      if (s)
        c.Emit(s->path, {{"domain", DomainLabel(v)}, {"status", s->value}},
               SourcedEvidence(*s, "deleting"));
    }
  }
  if (!any) c.Skip();
}

// DOM-006: more than 3 months of validity left (params.three_month_provinces), Shandong 45 days;
// elsewhere a warning.
void Dom006(Ctx& c) {
  std::vector<DomainDate> expiries = facts::DomainDates(c, &WhoisRecord::expires, "expires_on");
  if (expiries.empty()) return c.Skip();
  for (const DomainDate& exp : expiries) {
    if (exp.date < c.today()) continue;  // DOM-005
    long days = exp.date.Days() - c.today().Days();
    const SourcedValue& src = exp.source;
    Vars vars = {
        {"domain", DomainLabel(*exp.view)}, {"expires", src.value}, {"days", std::to_string(days)}};
    int prov = c.province();
    if (prov == 37) {  // 山东
      if (days <= 45) c.Emit(src.path, vars, SourcedEvidence(src, "shandong"));
    } else if (exp.date <= c.today().AddMonths(3)) {
      bool three_months = InProvinces(c.Param("three_month_provinces"), prov);
      c.Emit(src.path, vars, SourcedEvidence(src, three_months ? "" : "elsewhere"));
    }
  }
}

// DOM-007: the domain must be real-name verified and not on hold.
void Dom007(Ctx& c) {
  bool any = false;
  for (const auto& v : DomainViews(c)) {
    const WhoisValue* hold = nullptr;
    if (v.whois) {
      const WhoisRecord& r = v.whois->rec;
      if (!r.statuses.empty() || r.real_name_verified.has_value()) any = true;
      for (const auto& s : r.statuses)
        if (s.value == "clientHold" || s.value == "serverHold") {
          hold = &s;
          break;
        }
    }
    std::optional<bool> form_verified =
        v.form ? Bool(*v.form, "/real_name_verified") : std::nullopt;
    if (form_verified) any = true;
    Vars vars = {{"domain", DomainLabel(v)}};
    if (hold) {
      auto s = FromWhois(v, *hold);
      vars.push_back({"status", s->value});
      c.Emit(s->path, vars, SourcedEvidence(*s));
    } else if (form_verified && !*form_verified) {
      c.Emit(v.path + "/real_name_verified", vars,
             SourcedEvidence(SourcedValue{"false", "", std::nullopt}, "not_verified"));
    } else if (v.whois && v.whois->rec.real_name_verified == false) {
      auto s = FromWhois(v, v.whois->rec.real_name_evidence);
      if (s) c.Emit(s->path, vars, SourcedEvidence(*s, "not_verified"));
    }
  }
  if (!any) c.Skip();
}

// DOM-008: wait 3 working days after the real-name verification before submitting.
void Dom008(Ctx& c) {
  std::vector<DomainDate> checks =
      facts::DomainDates(c, &WhoisRecord::real_name_verified_on, "real_name_verified_on");
  if (checks.empty()) return c.Skip();
  for (const DomainDate& on : checks) {
    int wd = on.date > c.today() ? 0 : WorkingDaysAfter(on.date, c.today());
    if (wd >= 3) continue;
    c.Emit(on.source.path,
           {{"domain", DomainLabel(*on.view)},
            {"verified_on", on.source.value},
            {"days", std::to_string(wd)},
            {"earliest", AddWorking(on.date, 3).ToString()}},
           SourcedEvidence(on.source));
  }
}

// DOM-009: an organisation's domain must be held by the organisation itself (name, certificate
// number and type of the registrant).
void Dom009(Ctx& c) {
  if (IsIndividual(c.app())) return c.Skip();  // DOM-010
  std::string subject = facts::ExpectedRegistrant(c, false);
  if (subject.empty()) return c.Skip();
  std::string rep = facts::LegalRepName(c);
  bool any = false;
  for (const auto& v : DomainViews(c)) {
    bool rep_case = false;
    for (const auto& r : facts::Registrants(v)) {
      any = true;
      if (facts::CheckRegistrant(c, v, r, subject, rep) == RegistrantMatch::kLegalRep)
        rep_case = true;  // DOM-011
    }
    if (!v.form || rep_case) continue;
    // Certificate number and type of the registrant (domain certificate / real-name record).
    if (auto num = NonBlank(*v.form, "/registrant_certificate_number")) {
      any = true;
      auto want = NonBlank(c.app(), "/subject/certificate_number");
      if (want && Upper(Compact(*num)) != Upper(Compact(*want))) {
        c.Emit(v.path + "/registrant_certificate_number",
               {{"domain", DomainLabel(v)}, {"number", MaskId(*num)}, {"expected", MaskId(*want)}},
               Evidence(MaskId(*num), "certificate"));
      }
    }
    if (auto type = NonBlank(*v.form, "/registrant_certificate_type")) {
      auto want = NonBlank(c.app(), "/subject/certificate_type");
      if (want && (*want == "business_license" || *want == "resident_id") && *type != *want) {
        any = true;
        c.Emit(v.path + "/registrant_certificate_type",
               {{"domain", DomainLabel(v)}, {"type", *type}, {"expected", *want}},
               Evidence(*type, "certificate_type"));
      }
    }
  }
  if (!any) c.Skip();
}

// DOM-010: a personal filing's domain must be held by the person.
void Dom010(Ctx& c) {
  if (!IsIndividual(c.app())) return c.Skip();
  std::string subject = facts::ExpectedRegistrant(c, true);
  if (subject.empty()) return c.Skip();
  bool any = false;
  for (const auto& v : DomainViews(c)) {
    for (const auto& r : facts::Registrants(v)) {
      any = true;
      facts::CheckRegistrant(c, v, r, subject, "");
    }
  }
  if (!any) c.Skip();
}

// DOM-011: an organisation's domain held by its legal representative: accepted in some provinces
// (params.legal_rep_provinces), refused in Ningxia, discouraged elsewhere.
void Dom011(Ctx& c) {
  if (IsIndividual(c.app())) return c.Skip();
  std::string subject = facts::ExpectedRegistrant(c, false);
  std::string rep = facts::LegalRepName(c);
  if (subject.empty() || rep.empty()) return c.Skip();
  bool any = false;
  for (const auto& v : DomainViews(c)) {
    for (const auto& r : facts::Registrants(v)) {
      any = true;
      if (facts::CompareRegistrant(r.value, subject, rep) != RegistrantMatch::kLegalRep) continue;
      int prov = c.province();
      std::string variant = "other";
      if (prov == 64) {  // 宁夏
        variant = "ningxia";
      } else if (InProvinces(c.Param("legal_rep_provinces"), prov)) {
        variant = "";
      }
      c.Emit(r.path, facts::RegistrantVars(v, r, subject), SourcedEvidence(r, variant));
    }
  }
  if (!any) c.Skip();
}

// DOM-012: WHOIS privacy protection must be off (Tianjin).
void Dom012(Ctx& c) {
  bool any = false;
  for (const auto& v : DomainViews(c)) {
    std::optional<SourcedValue> on;
    if (v.form) {
      if (auto p = Bool(*v.form, "/privacy_protection")) {
        any = true;
        if (*p)
          on = SourcedValue{
              Localized(c, c.Param("form_evidence")), v.path + "/privacy_protection", {}};
      }
    }
    if (!on && v.whois && v.whois->rec.privacy.has_value()) {
      any = true;
      if (*v.whois->rec.privacy) on = FromWhois(v, v.whois->rec.privacy_evidence);
      if (*v.whois->rec.privacy && !on) on = SourcedValue{"privacy", v.path, {}};
    }
    if (on) c.Emit(on->path, {{"domain", DomainLabel(v)}}, SourcedEvidence(*on));
  }
  if (!any) c.Skip();
}

// DOM-020: an uploaded WHOIS reply whose own text names another domain than the typed one: the
// reply uploaded for a typed domain (its `domain` field), or, without that field, a reply that
// names none of the typed domains (reported at the domain when only one is typed).
void Dom020(Ctx& c) {
  const std::vector<facts::WhoisReply>& replies = facts::WhoisReplies(c);
  const auto& typed = facts::DomainsOf(c);
  bool any = false;
  for (size_t i = 0; i < replies.size(); ++i) {
    const facts::WhoisReply& p = replies[i];
    if (!p.rec.domain.present() || typed.empty()) continue;
    any = true;
    std::string path, domain;
    if (!p.claimed.empty()) {
      if (!facts::NamesOtherDomain(p, p.claimed)) continue;
      path = p.path + "/domain";
      domain = p.claimed;
      for (const DomainRef& d : typed)
        if (NoWww(NormaliseDomainName(d.name)) == NoWww(p.claimed)) {
          path = d.name_path;  // the typed domain the reply was uploaded for
          domain = d.name;
          break;
        }
    } else {
      bool named = false;
      for (const DomainRef& d : typed) named = named || !facts::NamesOtherDomain(p, d.name);
      if (named) continue;
      for (const DomainRef& d : typed) domain += (domain.empty() ? "" : "、") + d.name;
      path = typed.size() == 1 ? typed[0].name_path : p.attachment;
    }
    EmitOptions o = Evidence(p.rec.domain.value);
    o.span = Span{p.attachment, p.rec.domain.offset, p.rec.domain.length};
    c.Emit(path,
           {{"index", std::to_string(i + 1)},
            {"domain", domain},
            {"whois_domain", p.rec.domain.value}},
           o);
  }
  if (!any) c.Skip();
}

}  // namespace beian::rules
