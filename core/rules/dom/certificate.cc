// DOM-021: the uploaded domain certificates (core/facts/domain_cert.h) against the form: the
// certificate's holder must be the filing subject, its domain one of the typed domains, and both
// must be readable.
#include <string>
#include <vector>

#include "core/facts/domain_cert.h"
#include "core/facts/model_of.h"
#include "core/facts/whois.h"
#include "core/model.h"
#include "core/rules/dom/dom.h"
#include "core/text.h"

namespace beian::rules {
namespace {

using facts::CertUpload;
using facts::DomainView;
using facts::RegistrantMatch;

std::string Bare(const std::string& d) { return d.rfind("www.", 0) == 0 ? d.substr(4) : d; }

// The form's domain (as DomainViews has it) the certificate is for, nullptr when none: the domain
// its text names, else the one it was uploaded for.
const DomainView* FormDomainOf(Ctx& c, const CertUpload& u) {
  std::string name = u.cert.domain.present() ? u.cert.domain.value : u.claimed;
  if (name.empty()) return nullptr;
  for (const DomainView& v : facts::DomainViews(c)) {
    if (v.path.rfind("/attachments/", 0) == 0) continue;  // a WHOIS reply matching no entry
    if (!v.name.empty() && v.name == Bare(name)) return &v;
  }
  return nullptr;
}

// DOM-009/DOM-010 already report this domain's holder from its WHOIS reply, or from the form's
// registrant when that is the certificate's holder: the same problem, reported once.
bool HolderAlreadyReported(const DomainView* v, const std::string& holder,
                           const std::string& subject, const std::string& rep) {
  if (!v) return false;
  for (const auto& r : facts::Registrants(*v)) {
    RegistrantMatch m = facts::CompareRegistrant(r.value, subject, rep);
    if (m != RegistrantMatch::kDifferent && m != RegistrantMatch::kLatin) continue;
    bool from_whois = r.path == v->path && v->whois;
    bool same_holder = Lower(Compact(r.value)) == Lower(Compact(holder));
    if (from_whois || same_holder) return true;
  }
  return false;
}

}  // namespace

// DOM-021: per uploaded certificate with text: (c) no readable domain or holder → info; (b) a
// domain that is none of the typed ones → warn (the certificate says nothing about them, so its
// holder is not compared either); (a) a holder other than the subject (organisation) or the
// person (personal filing) → block, unless DOM-009/DOM-010 report that domain already.
void Dom021(Ctx& c) {
  const std::vector<CertUpload>& certs = facts::DomainCertificates(c);
  bool individual = IsIndividual(c.app());
  std::string subject = facts::ExpectedRegistrant(c, individual);
  std::string rep = individual ? "" : facts::LegalRepName(c);
  const auto& typed = facts::DomainsOf(c);
  bool any = false;
  for (size_t i = 0; i < certs.size(); ++i) {
    const CertUpload& u = certs[i];
    const std::string* text = Str(c.app(), u.attachment);
    if (!u.has_text || !text || Trim(*text).empty()) continue;
    any = true;
    std::string index = std::to_string(i + 1);
    const DomainCertificate& cert = u.cert;
    if (!cert.domain.present() || !cert.holder.present()) {
      c.Emit(u.attachment, {{"index", index}}, Evidence("", "unreadable"));
      if (!cert.holder.present()) continue;
    }
    const DomainView* view = FormDomainOf(c, u);
    if (cert.domain.present() && !typed.empty() && !view) {
      std::string list;
      for (const DomainRef& d : typed) list += (list.empty() ? "" : "、") + d.name;
      auto s = facts::FromCertificate(u, cert.domain);
      c.Emit(u.path, {{"index", index}, {"cert_domain", cert.domain.value}, {"domain", list}},
             facts::SourcedEvidence(*s, "other_domain"));
      continue;
    }
    if (subject.empty()) continue;
    RegistrantMatch m = facts::CompareRegistrant(cert.holder.value, subject, rep);
    // a legal representative holding an organisation's domain is DOM-011's question
    if (m != RegistrantMatch::kDifferent && m != RegistrantMatch::kLatin) continue;
    if (HolderAlreadyReported(view, cert.holder.value, subject, rep)) continue;
    auto s = facts::FromCertificate(u, cert.holder);
    std::string domain = cert.domain.present() ? cert.domain.value : (view ? view->name : "");
    c.Emit(
        view ? view->path : u.path,
        {{"index", index}, {"domain", domain}, {"holder", cert.holder.value}, {"subject", subject}},
        facts::SourcedEvidence(*s, m == RegistrantMatch::kLatin ? "latin" : ""));
  }
  if (!any) c.Skip();
}

}  // namespace beian::rules
