// DOM-004 … DOM-012, SEED-007, SEED-019, INPUT-011: what the registrar's record (the form's domain
// object and/or a pasted WHOIS reply) says about each domain. The BEIAN_PREPARE step "whois" parses
// every attachments.whois[i].text once and fills report.facts.whois.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "core/ids.h"
#include "core/rules/rule.h"
#include "core/model.h"
#include "core/readers/whois.h"
#include "core/rules/params.h"
#include "core/text.h"
#include "core/time/calendar.h"

namespace beian {
namespace {

struct ParsedWhois {
  WhoisRecord rec;
  std::string attachment;  // /attachments/whois/<i>/text
  std::string path;        // /attachments/whois/<i>
  std::string claimed;     // the attachment's "domain" field, normalised
  RegistrarKind kind = RegistrarKind::kUnknown;
};

struct WhoisSet {
  std::vector<ParsedWhois> items;
};

const WhoisSet& Parsed(Ctx& c) {
  return c.Memo<WhoisSet>("whois.parsed", [&] {
    WhoisSet set;
    size_t n = Count(c.app(), "/attachments/whois");
    for (size_t i = 0; i < n; ++i) {
      std::string base = "/attachments/whois/" + std::to_string(i);
      ParsedWhois p;
      p.path = base;
      p.attachment = base + "/text";
      const std::string* text = Str(c.app(), p.attachment);
      if (text) p.rec = ParseWhois(*text);
      if (const std::string* d = Str(c.app(), base + "/domain"))
        p.claimed = NormaliseDomainName(*d);
      p.kind = ClassifyRegistrar(p.rec.registrar.value, p.rec.registrar_iana_id.value,
                                 c.pack().Matcher("WL-REGISTRAR-CN"),
                                 c.pack().Matcher("WL-REGISTRAR-FOREIGN"));
      set.items.push_back(std::move(p));
    }
    return set;
  });
}

}  // namespace
namespace facts {

void PrepareWhois(Ctx& c) {
  const WhoisSet& set = Parsed(c);
  if (set.items.empty()) return;
  json list = json::array();
  for (const auto& p : set.items) {
    json f = WhoisFacts(p.rec);
    if (!f.contains("domain") && !p.claimed.empty()) f["domain"] = p.claimed;
    f["registrar_kind"] = RegistrarKindName(p.kind);
    list.push_back(std::move(f));
  }
  c.facts()["whois"] = std::move(list);
}

}  // namespace facts
namespace {

// One domain as the rules see it: a form entry with its matching WHOIS reply, or a WHOIS reply
// that matches no form entry.
struct DomainView {
  std::string path;                    // /websites/0/domains/1 or /attachments/whois/2
  std::string name;                    // normalised
  const json* form = nullptr;          // the form's domain object (nullptr for a plain string)
  const ParsedWhois* whois = nullptr;  // a WHOIS reply that says something about this domain
};

std::string Bare(const std::string& d) { return d.rfind("www.", 0) == 0 ? d.substr(4) : d; }

const std::vector<DomainView>& Views(Ctx& c) {
  return c.Memo<std::vector<DomainView>>("whois.views", [&] {
    const WhoisSet& set = Parsed(c);
    std::vector<DomainView> out;
    std::vector<bool> used(set.items.size(), false);
    for (const auto& d : Domains(c.app())) {
      DomainView v;
      v.path = d.path;
      v.name = Bare(NormaliseDomainName(d.name));
      if (d.node && d.node->is_object()) v.form = d.node;
      for (size_t i = 0; i < set.items.size() && !v.name.empty(); ++i) {
        const ParsedWhois& p = set.items[i];
        if (Bare(p.claimed) == v.name || Bare(p.rec.domain.value) == v.name) {
          v.whois = &p;
          used[i] = true;
          break;
        }
      }
      out.push_back(v);
    }
    for (size_t i = 0; i < set.items.size(); ++i) {
      if (used[i]) continue;
      const ParsedWhois& p = set.items[i];
      DomainView v;
      v.path = p.path;
      v.name = p.rec.domain.present() ? p.rec.domain.value : p.claimed;
      v.whois = &p;
      out.push_back(v);
    }
    return out;
  });
}

// A value with where it came from: a form field (path) or a WHOIS reply (path + span).
struct Sourced {
  std::string value;
  std::string path;
  std::optional<Span> span;
};

EmitOptions Opts(const Sourced& s, const std::string& variant = "") {
  EmitOptions o;
  o.evidence = s.value;
  o.variant = variant;
  o.span = s.span;
  return o;
}

std::optional<Sourced> FromWhois(const DomainView& v, const WhoisValue& w) {
  if (!v.whois || !w.present()) return std::nullopt;
  Sourced s;
  s.value = w.value;
  s.path = v.path;
  s.span = Span{v.whois->attachment, w.offset, w.length};
  return s;
}

std::optional<Sourced> FromForm(const DomainView& v, const char* key) {
  if (!v.form) return std::nullopt;
  auto val = NonBlank(*v.form, std::string("/") + key);
  if (!val) return std::nullopt;
  return Sourced{*val, v.path + "/" + key, std::nullopt};
}

// The WHOIS value when the reply has it, else the form's.
std::optional<Sourced> Prefer(const DomainView& v, const WhoisValue* w, const char* key) {
  if (w) {
    if (auto s = FromWhois(v, *w)) return s;
  }
  return FromForm(v, key);
}

// A date a domain's record gives (expiry, registration, real-name check), with its source.
struct DomainDate {
  const DomainView* view = nullptr;
  Sourced source;
  Date date;
};

// Per domain, the WHOIS `field` when the reply has it, else the form's `key`, where it is a date.
// The date rules (DOM-006, DOM-008, SEED-007) skip when no domain has one.
std::vector<DomainDate> DomainDates(Ctx& c, WhoisValue WhoisRecord::*field, const char* key) {
  std::vector<DomainDate> out;
  for (const auto& v : Views(c)) {
    auto s = Prefer(v, v.whois ? &(v.whois->rec.*field) : nullptr, key);
    if (!s) continue;
    if (auto date = Date::Parse(s->value)) out.push_back({&v, *s, *date});
  }
  return out;
}

std::string Display(const DomainView& v) { return v.name.empty() ? v.path : v.name; }

// Comparison key for names: width folded, blanks removed, ASCII lower-case.
std::string NameKey(const std::string& s) { return Lower(Compact(s)); }

bool HasCjk(const std::string& s) {
  for (const auto& cp : CodePoints(s))
    if (IsCjk(cp)) return true;
  return false;
}

// Registrants of a domain: the form's value and the WHOIS value (both checked when present).
std::vector<Sourced> Registrants(const DomainView& v) {
  std::vector<Sourced> out;
  if (auto f = FromForm(v, "registrant")) out.push_back(*f);
  if (v.whois) {
    if (auto w = FromWhois(v, v.whois->rec.registrant)) {
      bool same = !out.empty() && NameKey(out[0].value) == NameKey(w->value);
      // A Latin-letter WHOIS registrant next to a Chinese one typed from the domain certificate
      // is the same holder transliterated: check the certificate's name only.
      bool transliterated = !out.empty() && !HasCjk(w->value) && HasCjk(out[0].value);
      if (!same && !transliterated) out.push_back(*w);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

}  // namespace
namespace rules {

void Dom004(Ctx& c) {
  bool any = false;
  for (const auto& v : Views(c)) {
    std::optional<Sourced> reg;
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
    Vars vars = {{"domain", Display(v)}, {"registrar", reg->value}};
    if (kind == RegistrarKind::kForeign) {
      c.Emit(reg->path, vars, Opts(*reg));
    } else if (kind == RegistrarKind::kUnlisted) {
      c.Emit(reg->path, vars, Opts(*reg, "unlisted"));
    }
  }
  if (!any) c.Skip();
}

}  // namespace rules
namespace {

bool InDeletion(const WhoisRecord& r, const WhoisValue** which) {
  for (const auto& s : r.statuses) {
    if (s.value == "redemptionPeriod" || s.value == "pendingDelete") {
      *which = &s;
      return true;
    }
  }
  return false;
}

}  // namespace
namespace rules {

void Dom005(Ctx& c) {
  bool any = false;
  for (const auto& v : Views(c)) {
    if (v.whois && !v.whois->rec.expires.present()) {
      const WhoisRecord& r = v.whois->rec;
      if (r.result == WhoisResult::kNotFound || r.result == WhoisResult::kReserved) {
        any = true;
        Sourced s{r.result_evidence.value, v.path,
                  Span{v.whois->attachment, r.result_evidence.offset, r.result_evidence.length}};
        c.Emit(v.path, {{"domain", Display(v)}},
               Opts(s, r.result == WhoisResult::kNotFound ? "not_registered" : "reserved"));
        continue;
      }
    }
    auto exp = Prefer(v, v.whois ? &v.whois->rec.expires : nullptr, "expires_on");
    const WhoisValue* deletion = nullptr;
    bool deleting = v.whois && InDeletion(v.whois->rec, &deletion);
    if (!exp && !deleting) continue;
    any = true;
    auto date = exp ? Date::Parse(exp->value) : std::nullopt;
    if (date && *date < c.today()) {
      c.Emit(exp->path, {{"domain", Display(v)}, {"expires", exp->value}}, Opts(*exp));
    } else if (deleting) {
      auto s = FromWhois(v, *deletion);
      if (s) c.Emit(s->path, {{"domain", Display(v)}, {"status", s->value}}, Opts(*s, "deleting"));
    }
  }
  if (!any) c.Skip();
}

}  // namespace rules
namespace {

bool ThreeMonthProvince(int code) {
  static const int kCodes[] = {11, 12, 13, 14, 15, 31, 32, 33, 35, 36, 42, 44, 52, 62, 50};
  return std::find(std::begin(kCodes), std::end(kCodes), code) != std::end(kCodes);
}

}  // namespace
namespace rules {

void Dom006(Ctx& c) {
  std::vector<DomainDate> expiries = DomainDates(c, &WhoisRecord::expires, "expires_on");
  if (expiries.empty()) return c.Skip();
  for (const DomainDate& exp : expiries) {
    if (exp.date < c.today()) continue;  // DOM-005
    long days = exp.date.Days() - c.today().Days();
    const Sourced& src = exp.source;
    Vars vars = {
        {"domain", Display(*exp.view)}, {"expires", src.value}, {"days", std::to_string(days)}};
    int prov = c.province();
    if (prov == 37) {
      if (days <= 45) c.Emit(src.path, vars, Opts(src, "shandong"));
    } else if (exp.date <= c.today().AddMonths(3)) {
      c.Emit(src.path, vars, Opts(src, ThreeMonthProvince(prov) ? "" : "elsewhere"));
    }
  }
}

}  // namespace rules
namespace {

}  // namespace
namespace rules {

void Dom007(Ctx& c) {
  bool any = false;
  for (const auto& v : Views(c)) {
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
    Vars vars = {{"domain", Display(v)}};
    if (hold) {
      auto s = FromWhois(v, *hold);
      vars.push_back({"status", s->value});
      c.Emit(s->path, vars, Opts(*s));
    } else if (form_verified && !*form_verified) {
      c.Emit(v.path + "/real_name_verified", vars,
             Opts(Sourced{"false", "", std::nullopt}, "not_verified"));
    } else if (v.whois && v.whois->rec.real_name_verified == false) {
      auto s = FromWhois(v, v.whois->rec.real_name_evidence);
      if (s) c.Emit(s->path, vars, Opts(*s, "not_verified"));
    }
  }
  if (!any) c.Skip();
}

}  // namespace rules
namespace {

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

}  // namespace
namespace rules {

void Dom008(Ctx& c) {
  std::vector<DomainDate> checks =
      DomainDates(c, &WhoisRecord::real_name_verified_on, "real_name_verified_on");
  if (checks.empty()) return c.Skip();
  for (const DomainDate& on : checks) {
    int wd = on.date > c.today() ? 0 : WorkingDaysAfter(on.date, c.today());
    if (wd >= 3) continue;
    c.Emit(on.source.path,
           {{"domain", Display(*on.view)},
            {"verified_on", on.source.value},
            {"days", std::to_string(wd)},
            {"earliest", AddWorking(on.date, 3).ToString()}},
           Opts(on.source));
  }
}

}  // namespace rules
namespace {

// Registrant checks shared by DOM-009, DOM-010, DOM-011 and SEED-019.
enum class Match { kSame, kSameLoose, kLegalRep, kLatin, kDifferent };

Match Compare(const std::string& registrant, const std::string& subject,
              const std::string& legal_rep) {
  if (Trim(registrant) == Trim(subject)) return Match::kSame;
  if (NameKey(registrant) == NameKey(subject)) return Match::kSameLoose;
  if (!legal_rep.empty() && NameKey(registrant) == NameKey(legal_rep)) return Match::kLegalRep;
  if (!HasCjk(registrant) && HasCjk(subject)) return Match::kLatin;
  return Match::kDifferent;
}

std::string SubjectName(Ctx& c, bool individual) {
  if (auto n = NonBlank(c.app(), "/subject/name")) return *n;
  if (individual) {
    if (auto n = NonBlank(c.app(), "/subject/principal/name")) return *n;
  }
  return "";
}

std::string LegalRep(Ctx& c) {
  auto n = NonBlank(c.app(), "/subject/legal_representative_name");
  return n ? *n : "";
}

Vars RegistrantVars(const DomainView& v, const Sourced& r, const std::string& subject) {
  return {{"domain", Display(v)}, {"registrant", r.value}, {"subject", subject}};
}

// Compares a registrant with the subject and reports what DOM-009, DOM-010 and SEED-019 all
// report: a Latin-letter name ("latin") or another holder. The caller decides the other matches.
Match CheckRegistrant(Ctx& c, const DomainView& v, const Sourced& r, const std::string& subject,
                      const std::string& legal_rep) {
  Match m = Compare(r.value, subject, legal_rep);
  if (m == Match::kLatin) {
    c.Emit(r.path, RegistrantVars(v, r, subject), Opts(r, "latin"));
  } else if (m == Match::kDifferent) {
    c.Emit(r.path, RegistrantVars(v, r, subject), Opts(r));
  }
  return m;
}

std::string Upper(std::string s) {
  for (char& ch : s)
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
  return s;
}

}  // namespace
namespace rules {

void Dom009(Ctx& c) {
  if (IsIndividual(c.app())) return c.Skip();  // DOM-010
  std::string subject = SubjectName(c, false);
  if (subject.empty()) return c.Skip();
  std::string rep = LegalRep(c);
  bool any = false;
  for (const auto& v : Views(c)) {
    bool rep_case = false;
    for (const auto& r : Registrants(v)) {
      any = true;
      if (CheckRegistrant(c, v, r, subject, rep) == Match::kLegalRep) rep_case = true;  // DOM-011
    }
    if (!v.form || rep_case) continue;
    // Certificate number and type of the registrant (domain certificate / real-name record).
    if (auto num = NonBlank(*v.form, "/registrant_certificate_number")) {
      any = true;
      auto want = NonBlank(c.app(), "/subject/certificate_number");
      if (want && Upper(Compact(*num)) != Upper(Compact(*want))) {
        c.Emit(v.path + "/registrant_certificate_number",
               {{"domain", Display(v)}, {"number", MaskId(*num)}, {"expected", MaskId(*want)}},
               Evidence(MaskId(*num), "certificate"));
      }
    }
    if (auto type = NonBlank(*v.form, "/registrant_certificate_type")) {
      auto want = NonBlank(c.app(), "/subject/certificate_type");
      if (want && (*want == "business_license" || *want == "resident_id") && *type != *want) {
        any = true;
        c.Emit(v.path + "/registrant_certificate_type",
               {{"domain", Display(v)}, {"type", *type}, {"expected", *want}},
               Evidence(*type, "certificate_type"));
      }
    }
  }
  if (!any) c.Skip();
}

}  // namespace rules
namespace {

}  // namespace
namespace rules {

void Dom010(Ctx& c) {
  if (!IsIndividual(c.app())) return c.Skip();
  std::string subject = SubjectName(c, true);
  if (subject.empty()) return c.Skip();
  bool any = false;
  for (const auto& v : Views(c)) {
    for (const auto& r : Registrants(v)) {
      any = true;
      CheckRegistrant(c, v, r, subject, "");
    }
  }
  if (!any) c.Skip();
}

}  // namespace rules
namespace {

bool LegalRepProvince(int code) {
  // 湖北, 广东, 福建, 山东, 山西, 甘肃, 天津
  static const int kCodes[] = {42, 44, 35, 37, 14, 62, 12};
  return std::find(std::begin(kCodes), std::end(kCodes), code) != std::end(kCodes);
}

}  // namespace
namespace rules {

void Dom011(Ctx& c) {
  if (IsIndividual(c.app())) return c.Skip();
  std::string subject = SubjectName(c, false);
  std::string rep = LegalRep(c);
  if (subject.empty() || rep.empty()) return c.Skip();
  bool any = false;
  for (const auto& v : Views(c)) {
    for (const auto& r : Registrants(v)) {
      any = true;
      if (Compare(r.value, subject, rep) != Match::kLegalRep) continue;
      int prov = c.province();
      std::string variant = prov == 64 ? "ningxia" : LegalRepProvince(prov) ? "" : "other";
      c.Emit(r.path, RegistrantVars(v, r, subject), Opts(r, variant));
    }
  }
  if (!any) c.Skip();
}

}  // namespace rules
namespace {

}  // namespace
namespace rules {

void Dom012(Ctx& c) {
  bool any = false;
  for (const auto& v : Views(c)) {
    std::optional<Sourced> on;
    if (v.form) {
      if (auto p = Bool(*v.form, "/privacy_protection")) {
        any = true;
        if (*p) on = Sourced{"privacy_protection: true", v.path + "/privacy_protection", {}};
      }
    }
    if (!on && v.whois && v.whois->rec.privacy.has_value()) {
      any = true;
      if (*v.whois->rec.privacy) on = FromWhois(v, v.whois->rec.privacy_evidence);
      if (*v.whois->rec.privacy && !on) on = Sourced{"privacy", v.path, {}};
    }
    if (on) c.Emit(on->path, {{"domain", Display(v)}}, Opts(*on));
  }
  if (!any) c.Skip();
}

}  // namespace rules
namespace {

}  // namespace
namespace rules {

void Seed007(Ctx& c) {
  std::vector<DomainDate> registrations = DomainDates(c, &WhoisRecord::created, "registered_on");
  if (registrations.empty()) return c.Skip();
  for (const DomainDate& reg : registrations) {
    long days = c.today().Days() - reg.date.Days();
    if (days >= 30) continue;
    c.Emit(reg.source.path,
           {{"domain", Display(*reg.view)},
            {"registered", reg.source.value},
            {"days", std::to_string(days < 0 ? 0 : days)},
            {"day30", reg.date.AddDays(30).ToString()}},
           Opts(reg.source));
  }
}

}  // namespace rules
namespace {

}  // namespace
namespace rules {

void Seed019(Ctx& c) {
  bool individual = IsIndividual(c.app());
  std::string subject = SubjectName(c, individual);
  if (subject.empty()) return c.Skip();
  std::string rep = individual ? "" : LegalRep(c);
  bool any = false;
  for (const auto& v : Views(c)) {
    for (const auto& r : Registrants(v)) {
      any = true;
      // A legal representative as registrant is DOM-011's to decide.
      if (CheckRegistrant(c, v, r, subject, rep) == Match::kSameLoose)
        c.Emit(r.path, RegistrantVars(v, r, subject), Opts(r, "format"));
    }
  }
  if (!any) c.Skip();
}

}  // namespace rules
namespace {

// ---- INPUT-011: an uploaded WHOIS text that holds no registration record ---------------------
// A rate-limit notice, an empty paste, or text with no WHOIS field: the domain rules above have
// nothing to check, so say so. "Not found" / "reserved" replies are DOM-005's.
}  // namespace
namespace rules {

void Input011(Ctx& c) {
  const WhoisSet& set = Parsed(c);
  if (set.items.empty()) return c.Skip();
  for (size_t i = 0; i < set.items.size(); ++i) {
    const ParsedWhois& p = set.items[i];
    if (!Str(c.app(), p.attachment)) continue;  // no text: INPUT-004 already says so
    const WhoisRecord& rec = p.rec;
    std::string index = std::to_string(i + 1);
    switch (rec.result) {
      case WhoisResult::kEmpty:
        c.Emit(p.attachment, {{"index", index}}, Variant("empty"));
        break;
      case WhoisResult::kRateLimited: {
        EmitOptions o = Evidence(rec.result_evidence.value, "rate_limited");
        if (rec.result_evidence.present())
          o.span = Span{p.attachment, rec.result_evidence.offset, rec.result_evidence.length};
        c.Emit(p.attachment, {{"index", index}, {"evidence", rec.result_evidence.value}}, o);
        break;
      }
      case WhoisResult::kUnrecognised: {
        const json* what = At(c.Param("what"), "/unrecognised");
        c.Emit(p.attachment,
               {{"index", index}, {"what", what ? Localized(c, *what) : std::string()}});
        break;
      }
      default:
        break;
    }
  }
}

}  // namespace rules
namespace {

}  // namespace
}  // namespace beian
