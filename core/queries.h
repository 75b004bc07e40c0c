// Questions the front ends ask the core about an application or a report, so that the page (and
// any other front end) only renders: which values are ID numbers and how they are masked, whether
// a typed value and a value read from an upload are the same, which domain a WHOIS reply is
// about, whether a filing is a personal one. Pure functions over JSON text; none changes a report.
#ifndef BEIAN_CORE_QUERIES_H_
#define BEIAN_CORE_QUERIES_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/json.h"

namespace beian {

// MaskId (core/engine.h) of one ID number as typed (surrounding blanks trimmed first).
std::string MaskIdValue(std::string_view id);

// The ID numbers of an application that must never leave a front end unmasked, as they appear
// in the application (trimmed; numbers given as JSON numbers in their JSON spelling):
//   - every person's id_number and every domain's registrant_certificate_number,
//   - subject.certificate_number when it is a personal ID (see SubjectCertificateIsPersonalId),
//   - every resident-ID-shaped number in attachments.id_card_texts[].text.
// Values of 8 code points or fewer are left out (MaskId would mask them whole, and replacing a
// short value everywhere in a text would garble it). Longest first, no duplicates.
std::vector<std::string> SensitiveValues(const json& app);

// `text` (an export: report JSON, SARIF, …) with every SensitiveValues() value replaced by its
// MaskId, both as written and in its JSON-escaped form. Unparseable `app_json`: text unchanged.
std::string MaskExport(std::string_view text, std::string_view app_json);

// A personal filing (个人备案): the subject is an individual (IsIndividual, core/model.h).
bool IsPersonalFiling(const json& app);
bool IsPersonalFiling(std::string_view app_json);

// subject.certificate_number is a personal ID number, not a credit code: a personal filing, a
// certificate_type of resident_id, or, without either type, a number in the resident-ID format
// (the same gate as the USCC rules ENT-002…ENT-005).
bool SubjectCertificateIsPersonalId(const json& app);

// The domain a pasted WHOIS reply is about (ParseWhois: lower-case, no trailing dot), "" if none.
std::string WhoisDomain(std::string_view whois_text);

// Whether a typed value and a value read from an upload say the same, with the normalisation the
// rules compare that kind of value with. Kinds:
//   "name"     licence name, business scope: blanks removed, widths kept (CompactText; ENT-007)
//   "person"   a person's name: width folded, blanks removed (Compact; PPL-001)
//   "code"     credit code and other certificate numbers (NormalizeCode)
//   "address"  postal address (CompareAddresses: equal after normalisation and inference)
//   "date"     licence / WHOIS dates in any written form (ParseLicenseDate, NormaliseWhoisDate);
//              values that are no date (长期) compare as "name"
//   "holder"   domain registrant / registrar: width folded, blanks removed, ASCII lower-case
//   "icp", "psb"  filing numbers as the HTML reader reads them (ReadHtml)
// Any other kind: equal after trimming.
bool SameFact(std::string_view kind, std::string_view typed, std::string_view read);

// The typed counterpart of every fact in report.facts (license, whois[], domain_certificates[],
// site_pages[]) and whether the two agree (SameFact). Returns JSON:
//   {"license": {"<fact>": ROW, …},
//    "whois": [{"domain_path": "/websites/0/domains/0" | null,
//               "registrant"|"registrar"|"created"|"expires": ROW}, …],
//    "domain_certificates": [same rows as whois: the certificate's holder as "registrant",
//                            its registration date as "created"],
//    "site_pages": [{"icp_numbers"|"psb_numbers": ROW}, …]}
//   ROW = {"typed": "…", "same": true|false, "path": "/subject/name", "read": "…"}
// whois[], domain_certificates[] and site_pages[] are index-aligned with the report's. A row is
// present when the application has a typed value or the report a read one: "typed" when typed,
// "same" when both are there, "path" always (the application field the fact belongs to: where "fill
// in the read value" writes), "read" when read (the first value when the reader found several; left
// out for a personal ID number, which the report masks). WHOIS rows exist only for a domain entry
// given as an object. Typed ID numbers are masked (SubjectCertificateIsPersonalId). Bad JSON in:
// {"error": "…"}.
std::string CompareFacts(std::string_view app_json, std::string_view report_json);

}  // namespace beian

#endif  // BEIAN_CORE_QUERIES_H_
