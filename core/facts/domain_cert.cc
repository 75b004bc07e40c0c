// The domain certificates of a check (read once) and the prepare step "domain_certificates".
#include "core/facts/domain_cert.h"

#include <utility>

#include "core/facts/prepare.h"
#include "core/model.h"
#include "core/out_of_line.h"

namespace beian::facts {

namespace {

// Reads certificate upload `i`; out of line, so that an application without certificates never
// runs it (it stays out of the page's first verdict: scripts/split_wasm.mjs).
[[gnu::noinline]] CertUpload ReadCertUpload(Ctx& c, size_t i) {
  CertUpload u;
  u.path = "/attachments/domain_certificates/" + std::to_string(i);
  u.attachment = u.path + "/text";
  if (const std::string* text = Str(c.app(), u.attachment)) {
    u.cert = ReadDomainCertificate(*text);
    u.has_text = true;
  }
  if (const std::string* d = Str(c.app(), u.path + "/domain")) u.claimed = NormaliseDomainName(*d);
  return u;
}

[[gnu::noinline]] void PrepareDomainCertificatesNow(Ctx& c, const std::vector<CertUpload>& set) {
  json list = json::array();
  for (const CertUpload& u : set) {
    json f = DomainCertificateJson(u.cert);
    // the domain the certificate was uploaded for, when its text names none (as for WHOIS)
    if (!f.contains("domain") && !u.claimed.empty()) f["domain"] = u.claimed;
    f["path"] = u.path;
    f["attachment"] = u.attachment;
    list.push_back(std::move(f));
  }
  c.facts()["domain_certificates"] = std::move(list);
}

}  // namespace

const std::vector<CertUpload>& DomainCertificates(Ctx& c) {
  return c.Memo<std::vector<CertUpload>>("domain_cert.read", [&] {
    std::vector<CertUpload> set;
    size_t n = Count(c.app(), "/attachments/domain_certificates");
    for (size_t i = 0; i < n; ++i) set.push_back(OutOfLine(&ReadCertUpload)(c, i));
    return set;
  });
}

std::optional<SourcedValue> FromCertificate(const CertUpload& u, const WhoisValue& v) {
  if (!v.present()) return std::nullopt;
  return SourcedValue{v.value, u.path, Span{u.attachment, v.offset, v.length}};
}

void PrepareDomainCertificates(Ctx& c) {
  const std::vector<CertUpload>& set = DomainCertificates(c);
  if (!set.empty()) OutOfLine (&PrepareDomainCertificatesNow)(c, set);
}

}  // namespace beian::facts
