// The WHOIS facts of core/facts/whois.h and the preparation step "whois" (report.facts.whois).
#include "core/facts/whois.h"

#include <utility>

#include "core/facts/model_of.h"
#include "core/facts/prepare.h"
#include "core/model.h"
#include "core/out_of_line.h"
#include "core/text.h"
#include "core/utf8.h"

namespace beian::facts {
namespace {

std::string Bare(const std::string& d) { return d.rfind("www.", 0) == 0 ? d.substr(4) : d; }

// Comparison key for names: width folded, blanks removed, ASCII lower-case.
std::string NameKey(const std::string& s) { return Lower(Compact(s)); }

bool HasCjk(const std::string& s) {
  // as IsCjk over CodePoints(s), without building the pieces
  for (size_t i = 0; i < s.size();) {
    size_t len = Utf8SequenceLength(s, i);
    if (len == 0) len = 1;
    if (len == 3 && IsCjk(s.substr(i, 3))) return true;
    i += len;
  }
  return false;
}

}  // namespace

bool NamesOtherDomain(const WhoisReply& p, const std::string& name) {
  if (!p.rec.domain.present() || name.empty()) return false;
  std::string a = Bare(p.rec.domain.value), b = Bare(NormaliseDomainName(name));
  if (a == b) return false;
  auto non_ascii = [](const std::string& s) {
    for (char ch : s)
      if (static_cast<unsigned char>(ch) >= 0x80) return true;
    return false;
  };
  auto ace = [](const std::string& s) { return s.find("xn--") != std::string::npos; };
  return non_ascii(a) == non_ascii(b) && ace(a) == ace(b);
}

namespace {

// Reads WHOIS upload `i`; out of line, so that an application without WHOIS replies never runs it
// (it stays out of the page's first verdict: scripts/split_wasm.mjs).
[[gnu::noinline]] WhoisReply ReadWhoisReply(Ctx& c, size_t i) {
  std::string base = "/attachments/whois/" + std::to_string(i);
  WhoisReply p;
  p.path = base;
  p.attachment = base + "/text";
  const std::string* text = Str(c.app(), p.attachment);
  if (text) p.rec = ParseWhois(*text);
  if (const std::string* d = Str(c.app(), base + "/domain")) p.claimed = NormaliseDomainName(*d);
  p.kind = ClassifyRegistrar(p.rec.registrar.value, p.rec.registrar_iana_id.value,
                             c.pack().Matcher("WL-REGISTRAR-CN"),
                             c.pack().Matcher("WL-REGISTRAR-FOREIGN"));
  return p;
}

[[gnu::noinline]] void PrepareWhoisNow(Ctx& c, const std::vector<WhoisReply>& set) {
  json list = json::array();
  for (const auto& p : set) {
    json f = WhoisFacts(p.rec);
    if (!f.contains("domain") && !p.claimed.empty()) f["domain"] = p.claimed;
    f["registrar_kind"] = RegistrarKindName(p.kind);
    list.push_back(std::move(f));
  }
  c.facts()["whois"] = std::move(list);
}

}  // namespace

const std::vector<WhoisReply>& WhoisReplies(Ctx& c) {
  return c.Memo<std::vector<WhoisReply>>("whois.parsed", [&] {
    std::vector<WhoisReply> set;
    size_t n = Count(c.app(), "/attachments/whois");
    for (size_t i = 0; i < n; ++i) set.push_back(OutOfLine(&ReadWhoisReply)(c, i));
    return set;
  });
}

void PrepareWhois(Ctx& c) {
  const std::vector<WhoisReply>& set = WhoisReplies(c);
  if (!set.empty()) OutOfLine (&PrepareWhoisNow)(c, set);
}

const std::vector<DomainView>& DomainViews(Ctx& c) {
  return c.Memo<std::vector<DomainView>>("whois.views", [&] {
    const std::vector<WhoisReply>& set = WhoisReplies(c);
    std::vector<DomainView> out;
    std::vector<bool> used(set.size(), false);
    for (const auto& d : facts::DomainsOf(c)) {
      DomainView v;
      v.path = d.path;
      v.name = Bare(NormaliseDomainName(d.name));
      if (d.node && d.node->is_object()) v.form = d.node;
      for (size_t i = 0; i < set.size() && !v.name.empty(); ++i) {
        const WhoisReply& p = set[i];
        bool claimed = Bare(p.claimed) == v.name && !NamesOtherDomain(p, v.name);
        if (claimed || Bare(p.rec.domain.value) == v.name) {
          v.whois = &p;
          used[i] = true;
          break;
        }
      }
      out.push_back(v);
    }
    for (size_t i = 0; i < set.size(); ++i) {
      if (used[i]) continue;
      const WhoisReply& p = set[i];
      DomainView v;
      v.path = p.path;
      v.name = p.rec.domain.present() ? p.rec.domain.value : p.claimed;
      v.whois = &p;
      out.push_back(v);
    }
    return out;
  });
}

std::string DomainLabel(const DomainView& v) { return v.name.empty() ? v.path : v.name; }

EmitOptions SourcedEvidence(const SourcedValue& s, const std::string& variant) {
  EmitOptions o;
  o.evidence = s.value;
  o.variant = variant;
  o.span = s.span;
  return o;
}

std::optional<SourcedValue> FromWhois(const DomainView& v, const WhoisValue& w) {
  if (!v.whois || !w.present()) return std::nullopt;
  SourcedValue s;
  s.value = w.value;
  s.path = v.path;
  s.span = Span{v.whois->attachment, w.offset, w.length};
  return s;
}

std::optional<SourcedValue> FromForm(const DomainView& v, const char* key) {
  if (!v.form) return std::nullopt;
  auto val = NonBlank(*v.form, std::string("/") + key);
  if (!val) return std::nullopt;
  return SourcedValue{*val, v.path + "/" + key, std::nullopt};
}

std::optional<SourcedValue> PreferWhois(const DomainView& v, const WhoisValue* w, const char* key) {
  if (w) {
    if (auto s = FromWhois(v, *w)) return s;
  }
  return FromForm(v, key);
}

std::vector<DomainDate> DomainDates(Ctx& c, WhoisValue WhoisRecord::*field, const char* key) {
  std::vector<DomainDate> out;
  for (const auto& v : DomainViews(c)) {
    auto s = PreferWhois(v, v.whois ? &(v.whois->rec.*field) : nullptr, key);
    if (!s) continue;
    if (auto date = Date::Parse(s->value)) out.push_back({&v, *s, *date});
  }
  return out;
}

std::vector<SourcedValue> Registrants(const DomainView& v) {
  std::vector<SourcedValue> out;
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

RegistrantMatch CompareRegistrant(const std::string& registrant, const std::string& subject,
                                  const std::string& legal_rep) {
  if (Trim(registrant) == Trim(subject)) return RegistrantMatch::kSame;
  if (NameKey(registrant) == NameKey(subject)) return RegistrantMatch::kSameLoose;
  if (!legal_rep.empty() && NameKey(registrant) == NameKey(legal_rep))
    return RegistrantMatch::kLegalRep;
  if (!HasCjk(registrant) && HasCjk(subject)) return RegistrantMatch::kLatin;
  return RegistrantMatch::kDifferent;
}

std::string ExpectedRegistrant(Ctx& c, bool individual) {
  if (auto n = NonBlank(c.app(), "/subject/name")) return *n;
  if (individual) {
    if (auto n = NonBlank(c.app(), "/subject/principal/name")) return *n;
  }
  return "";
}

std::string LegalRepName(Ctx& c) {
  auto n = NonBlank(c.app(), "/subject/legal_representative_name");
  return n ? *n : "";
}

Vars RegistrantVars(const DomainView& v, const SourcedValue& r, const std::string& subject) {
  return {{"domain", DomainLabel(v)}, {"registrant", r.value}, {"subject", subject}};
}

RegistrantMatch CheckRegistrant(Ctx& c, const DomainView& v, const SourcedValue& r,
                                const std::string& subject, const std::string& legal_rep) {
  RegistrantMatch m = CompareRegistrant(r.value, subject, legal_rep);
  if (m == RegistrantMatch::kLatin) {
    c.Emit(r.path, RegistrantVars(v, r, subject), SourcedEvidence(r, "latin"));
  } else if (m == RegistrantMatch::kDifferent) {
    c.Emit(r.path, RegistrantVars(v, r, subject), SourcedEvidence(r));
  }
  return m;
}

}  // namespace beian::facts
