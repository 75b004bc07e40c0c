// Reads a registrar's domain certificate (域名证书 / 域名注册证书) as typed, extracted from a PDF
// or joined from OCR lines: the domain, its holder, the registrar, the registration and expiry
// dates — the facts DOM-021 compares with the form.
//
// Layouts seen at Alibaba Cloud/万网, Tencent Cloud/DNSPod, 西部数码, 新网 and others:
// "label：value" on one line, label and value in two columns (a PDF text run with blanks between),
// several label/value pairs on one line, English labels (Domain Name, Registrant, Registrar,
// Registration Date, Expiration Date), bilingual labels ("域名 / Domain Name：…",
// "注册人(Registrant)"), a value on the line below an empty label, and the registrar printed only
// as the issuer at the bottom
// ("阿里云计算有限公司"). Ideographs are folded first (PDF radicals ⽲⽊, core/ideographs.h) in
// place, so every span is a span of the text given. A label counts only where a value can follow it
// (a colon, a blank or the end of the line after it): 域名注册证书 is a title, not the label 域名.
//
// Linear in the text (at most the first 1 MiB is read), bounded work per line; never throws, any
// bytes (invalid UTF-8 included).
#ifndef BEIAN_CORE_READERS_DOMAIN_CERT_H_
#define BEIAN_CORE_READERS_DOMAIN_CERT_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/json.h"
#include "core/readers/license_words.h"
#include "core/readers/whois.h"

namespace beian {

struct DomainCertificate {
  WhoisValue domain;      // lower-case, no trailing dot (NormaliseDomainName)
  WhoisValue holder;      // as printed, blanks between Chinese characters removed
  WhoisValue registrar;   // as printed
  WhoisValue registered;  // YYYY-MM-DD
  WhoisValue expires;     // YYYY-MM-DD
  bool found() const {
    return domain.present() || holder.present() || registrar.present() || registered.present() ||
           expires.present();
  }
};

DomainCertificate ReadDomainCertificate(std::string_view text);

// {domain, holder, registrar, registered, expires, spans: {field: {offset, length}}}, the fields
// that were read (report.facts.domain_certificates[], report.schema.json).
json DomainCertificateJson(const DomainCertificate& cert);

// A host name that can be a registered domain: valid syntax (core/domain.h), at least two labels,
// and a top-level domain that exists (a built-in list of the TLDs filings meet, Chinese ones and
// their xn-- forms included): an OCR misread such as example.corn or example.c0m is not one.
bool DomainWithKnownSuffix(const std::string& host);

// Words of a certificate image or PDF page (OCR or pdf.js runs with boxes): the fields domain,
// holder, registrar, registered, expires, at most one each. Gating as for the licence
// (core/readers/license_words.h): `accepted` only when every word reaches the gate (the holder,
// compared with the subject, the stricter gate + kOcrComparedFieldMargin) and the value parses (a
// domain with a known suffix, a real date); reason low_confidence or unreadable.
OcrLicense ReadDomainCertificateWords(const std::vector<OcrWord>& words,
                                      int gate = kOcrConfidenceGate);

// words_json as for LicenseFromWordsJson → {"fields": [...], "gate"}; each field's "line" is the
// field as certificate text ("域名：example.cn"), which ReadDomainCertificate reads back.
std::string DomainCertFromWordsJson(const std::string& words_json, int gate = kOcrConfidenceGate);

}  // namespace beian

#endif  // BEIAN_CORE_READERS_DOMAIN_CERT_H_
