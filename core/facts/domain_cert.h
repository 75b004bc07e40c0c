// The domain certificates the seller uploaded (attachments.domain_certificates[i].text), read once
// per check by core/readers/domain_cert.h. DOM-021 (core/rules/dom/certificate.cc) compares them
// with the form; PrepareDomainCertificates (core/facts/prepare.h) writes
// report.facts.domain_certificates from the same readings.
#ifndef BEIAN_CORE_FACTS_DOMAIN_CERT_H_
#define BEIAN_CORE_FACTS_DOMAIN_CERT_H_

#include <optional>
#include <string>
#include <vector>

#include "core/engine/context.h"
#include "core/facts/whois.h"
#include "core/readers/domain_cert.h"

namespace beian::facts {

struct CertUpload {
  DomainCertificate cert;
  std::string path;        // /attachments/domain_certificates/<i>
  std::string attachment;  // /attachments/domain_certificates/<i>/text
  std::string claimed;     // the upload's "domain" field, normalised
  bool has_text = false;
};

// Every attachments.domain_certificates[i] in order (also those without text), read once.
const std::vector<CertUpload>& DomainCertificates(Ctx& c);

// The certificate's value `v` with its span in the certificate text (nullopt when not read).
std::optional<SourcedValue> FromCertificate(const CertUpload& u, const WhoisValue& v);

}  // namespace beian::facts

#endif  // BEIAN_CORE_FACTS_DOMAIN_CERT_H_
