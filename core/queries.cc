#include "core/queries.h"

#include <algorithm>
#include <optional>

#include "core/geo/address.h"
#include "core/ids.h"
#include "core/model.h"
#include "core/readers/html.h"
#include "core/readers/license.h"
#include "core/readers/whois.h"
#include "core/text.h"

namespace beian {
namespace {

std::string ErrorJson(const std::string& message) { return Dump(json{{"error", message}}); }

// A scalar of the application as text: a trimmed string, or a number in its JSON spelling.
std::optional<std::string> ValueText(const json* v) {
  if (!v) return std::nullopt;
  std::string s;
  if (v->is_string()) {
    s = Trim(v->get<std::string>());
  } else if (v->is_number()) {
    s = Dump(*v);
  } else {
    return std::nullopt;
  }
  if (s.empty()) return std::nullopt;
  return s;
}

void AddSensitive(std::vector<std::string>* out, const std::optional<std::string>& value) {
  if (!value || CountCodePoints(*value) <= 8) return;
  out->push_back(*value);
}

void WalkIds(const json& v, const std::string& key, std::vector<std::string>* out) {
  // (the containers' own loops: nlohmann's iterators dispatch on the value's type at every step)
  if (v.is_array()) {
    for (const auto& x : v.get_ref<const json::array_t&>()) WalkIds(x, key, out);
  } else if (v.is_object()) {
    for (const auto& [k, x] : v.get_ref<const json::object_t&>()) WalkIds(x, k, out);
  } else if (std::string_view(key) == std::string_view("id_number") ||
             std::string_view(key) == std::string_view("registrant_certificate_number")) {
    AddSensitive(out, ValueText(&v));
  }
}

bool IdChar(char c) { return (c >= '0' && c <= '9') || c == 'X' || c == 'x'; }

// Every 18-character run of digits/X in `text` that has the resident-ID format (ParseResidentId),
// as written and normalised.
void CardNumbers(const std::string& text, std::vector<std::string>* out) {
  constexpr size_t kLen = 18;
  for (size_t i = 0; i < text.size();) {
    if (!IdChar(text[i])) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < text.size() && IdChar(text[end])) ++end;
    for (size_t at = i; at + kLen <= end; ++at) {
      std::string raw = text.substr(at, kLen);
      std::string norm = NormalizeCode(raw);
      if (!ParseResidentId(norm).format_ok) continue;
      out->push_back(raw);
      if (norm != raw) out->push_back(norm);
    }
    i = end;
  }
}

void ReplaceAll(std::string* s, const std::string& from, const std::string& to) {
  if (from.empty() || from == to) return;
  for (size_t at = s->find(from); at != std::string::npos; at = s->find(from, at + to.size()))
    s->replace(at, from.size(), to);
}

std::string Bare(std::string d) { return d.rfind("www.", 0) == 0 ? d.substr(4) : d; }

// Strings of a read fact: one string, or the strings of an array.
std::vector<std::string> ReadValues(const json& v) {
  std::vector<std::string> out;
  if (v.is_string()) {
    out.push_back(v.get<std::string>());
  } else if (v.is_array()) {
    for (const auto& x : v)
      if (x.is_string()) out.push_back(x.get<std::string>());
  }
  return out;
}

// One row of CompareFacts: the typed value at `pointer` of `typed_doc` (`base` + `pointer` in
// the application) against `read` (may be null), compared as `kind`. A row needs a typed value
// or a read one; `read` is left out for ID numbers (`mask`: the report shows them masked).
void Row(json* dst, const char* key, const char* kind, const json& typed_doc,
         const std::string& pointer, const json* read, bool mask = false,
         const std::string& base = "") {
  auto typed = ValueText(At(typed_doc, pointer));
  std::vector<std::string> values;
  if (read) values = ReadValues(*read);
  values.erase(std::remove_if(values.begin(), values.end(),
                              [](const std::string& v) { return Trim(v).empty(); }),
               values.end());
  if (!typed && values.empty()) return;
  json row = json::object();
  if (typed) row["typed"] = mask ? MaskIdValue(*typed) : *typed;
  if (typed && !values.empty()) {
    bool same = std::all_of(values.begin(), values.end(),
                            [&](const std::string& r) { return SameFact(kind, *typed, r); });
    row["same"] = same;
  }
  row["path"] = base + pointer;
  if (!values.empty() && !mask) row["read"] = values.front();
  (*dst)[key] = std::move(row);
}

const json* MemberOf(const json* obj, const char* key) {
  if (!obj || !obj->is_object()) return nullptr;
  auto it = obj->find(key);
  return it == obj->end() ? nullptr : &*it;
}

// A date in any form the licence or WHOIS readers accept, as YYYY-MM-DD ("" when none).
std::string AnyDate(const std::string& s) {
  std::string d = ParseLicenseDate(s);
  if (d.empty()) {
    if (auto w = NormaliseWhoisDate(s)) d = *w;
  }
  return d;
}

// The first filing number the HTML reader finds in `s` (ICP or 公安), "" when none.
std::string FilingNumber(const std::string& s, bool psb) {
  HtmlPage p = ReadHtml(s);
  const auto& list = psb ? p.psb : p.icp;
  return list.empty() ? "" : list.front().text;
}

// Rows for records of a domain's registration (WHOIS replies, domain certificates): per record
// the form's domain object it names (domain_path) and its registrant, registrar, created and
// expires rows against that object's fields. `holder_key`/`created_key`: the record's names for
// the registrant and the registration date.
void RegistrationRows(const json* records, const json& app, const char* holder_key,
                      const char* created_key, json* dst) {
  if (!records || !records->is_array()) return;
  std::vector<DomainRef> domains = Domains(app);
  for (const auto& w : *records) {
    json rows = {{"domain_path", nullptr}};
    const json* name = MemberOf(&w, "domain");
    std::string want =
        name && name->is_string() ? Bare(NormaliseDomainName(name->get<std::string>())) : "";
    for (const auto& d : domains) {
      if (want.empty() || Bare(NormaliseDomainName(d.name)) != want) continue;
      rows["domain_path"] = d.path;
      if (d.node && d.node->is_object()) {
        Row(&rows, "registrant", "holder", *d.node, "/registrant", MemberOf(&w, holder_key), false,
            d.path);
        Row(&rows, "registrar", "holder", *d.node, "/registrar", MemberOf(&w, "registrar"), false,
            d.path);
        Row(&rows, "created", "date", *d.node, "/registered_on", MemberOf(&w, created_key), false,
            d.path);
        Row(&rows, "expires", "date", *d.node, "/expires_on", MemberOf(&w, "expires"), false,
            d.path);
      }
      break;
    }
    dst->push_back(std::move(rows));
  }
}

}  // namespace

std::string MaskIdValue(std::string_view id) { return MaskId(Trim(std::string(id))); }

std::vector<std::string> SensitiveValues(const json& app) {
  std::vector<std::string> out;
  WalkIds(app, "", &out);
  if (SubjectCertificateIsPersonalId(app))
    AddSensitive(&out, ValueText(At(app, "/subject/certificate_number")));
  size_t cards = Count(app, "/attachments/id_card_texts");
  for (size_t i = 0; i < cards; ++i) {
    if (const std::string* t =
            Str(app, "/attachments/id_card_texts/" + std::to_string(i) + "/text"))
      CardNumbers(*t, &out);
  }
  std::sort(out.begin(), out.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::string MaskExport(std::string_view text, std::string_view app_json) {
  std::string out(text);
  json app = ParseJson(app_json);
  if (app.is_discarded()) return out;
  for (const auto& v : SensitiveValues(app)) {
    std::string masked = MaskId(v);
    ReplaceAll(&out, v, masked);
    std::string escaped = Dump(json(v));
    escaped = escaped.substr(1, escaped.size() - 2);
    if (escaped != v) ReplaceAll(&out, escaped, masked);
  }
  return out;
}

bool IsPersonalFiling(const json& app) { return IsIndividual(app); }

bool IsPersonalFiling(std::string_view app_json) {
  json app = ParseJson(app_json);
  return !app.is_discarded() && IsPersonalFiling(app);
}

bool SubjectCertificateIsPersonalId(const json& app) {
  auto number = ValueText(At(app, "/subject/certificate_number"));
  if (!number) return false;
  if (IsPersonalFiling(app)) return true;
  if (const std::string* type = Str(app, "/subject/certificate_type"))
    return *type == "resident_id";
  if (!SubjectType(app).empty()) return false;
  return ParseResidentId(NormalizeCode(*number)).format_ok;
}

std::string WhoisDomain(std::string_view whois_text) { return ParseWhois(whois_text).domain.value; }

bool SameFact(std::string_view kind, std::string_view typed_in, std::string_view read_in) {
  std::string typed = Trim(std::string(typed_in));
  std::string read = Trim(std::string(read_in));
  if (kind == "name") return CompactText(typed) == CompactText(read);
  if (kind == "person") return Compact(typed) == Compact(read);
  if (kind == "code") return NormalizeCode(typed) == NormalizeCode(read);
  if (kind == "address") return CompareAddresses(typed, read).equal();
  if (kind == "holder") return Lower(Compact(typed)) == Lower(Compact(read));
  if (kind == "date") {
    std::string a = AnyDate(typed), b = AnyDate(read);
    if (a.empty() && b.empty()) return CompactText(typed) == CompactText(read);
    return a == b;
  }
  if (kind == "icp" || kind == "psb") {
    std::string a = FilingNumber(typed, kind == "psb"), b = FilingNumber(read, kind == "psb");
    if (a.empty() || b.empty()) return Compact(typed) == Compact(read);
    return a == b;
  }
  return typed == read;
}

std::string CompareFacts(std::string_view app_json, std::string_view report_json) {
  json app = ParseJson(app_json);
  if (app.is_discarded() || !app.is_object()) return ErrorJson("application is not a JSON object");
  json report = ParseJson(report_json);
  if (report.is_discarded() || !report.is_object()) return ErrorJson("report is not a JSON object");
  const json* facts = At(report, "/facts");
  json out = {{"license", json::object()},
              {"whois", json::array()},
              {"domain_certificates", json::array()},
              {"site_pages", json::array()}};

  const json* lic = MemberOf(facts, "license");
  if (lic && lic->is_object()) {
    json& rows = out["license"];
    Row(&rows, "name", "name", app, "/subject/name", MemberOf(lic, "name"));
    Row(&rows, "credit_code", "code", app, "/subject/certificate_number",
        MemberOf(lic, "credit_code"), SubjectCertificateIsPersonalId(app));
    Row(&rows, "address", "address", app, "/subject/certificate_address", MemberOf(lic, "address"));
    Row(&rows, "legal_representative", "person", app, "/subject/legal_representative_name",
        MemberOf(lic, "legal_representative"));
    Row(&rows, "business_scope", "name", app, "/subject/business_scope",
        MemberOf(lic, "business_scope"));
    Row(&rows, "valid_from", "date", app, "/subject/license_valid_from",
        MemberOf(lic, "valid_from"));
    Row(&rows, "valid_until", "date", app, "/subject/license_valid_until",
        MemberOf(lic, "valid_until"));
  }

  RegistrationRows(MemberOf(facts, "whois"), app, "registrant", "created", &out["whois"]);
  // the same rows for the domain certificates, so the page can offer the certificate's values
  RegistrationRows(MemberOf(facts, "domain_certificates"), app, "holder", "registered",
                   &out["domain_certificates"]);

  const json* pages = MemberOf(facts, "site_pages");
  if (pages && pages->is_array()) {
    for (const auto& p : *pages) {
      json rows = json::object();
      Row(&rows, "icp_numbers", "icp", app, "/public_security/icp_number",
          MemberOf(&p, "icp_numbers"));
      Row(&rows, "psb_numbers", "psb", app, "/public_security/psb_number",
          MemberOf(&p, "psb_numbers"));
      out["site_pages"].push_back(std::move(rows));
    }
  }
  return Dump(out);
}

}  // namespace beian
