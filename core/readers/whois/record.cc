// What the reader returns: the names of its enums, the record's look-ups, the registrar
// classification against the pack's word lists, and the record as report.facts.whois[] shows it.
#include <array>
#include <string>

#include "core/mem.h"
#include "core/readers/whois.h"
#include "core/readers/whois/internal.h"
#include "core/scan.h"

namespace beian {

const char* WhoisResultName(WhoisResult r) {
  switch (r) {
    case WhoisResult::kEmpty:
      return "empty";
    case WhoisResult::kFound:
      return "found";
    case WhoisResult::kNotFound:
      return "not_found";
    case WhoisResult::kReserved:
      return "reserved";
    case WhoisResult::kRateLimited:
      return "rate_limited";
    case WhoisResult::kUnrecognised:
      return "unrecognised";
  }
  return "unrecognised";
}

const char* WhoisFormatName(WhoisFormat f) {
  switch (f) {
    case WhoisFormat::kCnnic:
      return "cnnic";
    case WhoisFormat::kVerisignThin:
      return "thin";
    case WhoisFormat::kIcannThick:
      return "icann";
    case WhoisFormat::kChineseKeys:
      return "chinese";
    case WhoisFormat::kUnknown:
      return "unknown";
  }
  return "unknown";
}

const char* RegistrarKindName(RegistrarKind k) {
  switch (k) {
    case RegistrarKind::kDomestic:
      return "domestic";
    case RegistrarKind::kForeign:
      return "foreign";
    case RegistrarKind::kUnlisted:
      return "unlisted";
    case RegistrarKind::kUnknown:
      return "unknown";
  }
  return "unknown";
}

bool WhoisRecord::HasStatus(std::string_view code) const {
  for (const auto& s : statuses)
    if (s.value == code) return true;
  return false;
}

bool WhoisRecord::IsRedacted(std::string_view field) const {
  for (const auto& f : redacted)
    if (f == field) return true;
  return false;
}

namespace {

bool AsciiAlnum(char ch) {
  return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

// Byte length of the longest hit of `m` in `text` that stands as a whole token: a letter or digit
// at either end of the hit does not run on into a letter or digit of the text ("Name.com" is not
// a hit in "eName.com"); 0 when none.
size_t LongestTokenHit(const WordMatcher& m, std::string_view text) {
  size_t best = 0;
  for (const WordMatcher::Hit& h : m.FindAll(text, 256)) {
    if (h.length == 0 || h.offset + h.length > text.size()) continue;
    size_t e = h.offset + h.length;
    bool left = h.offset == 0 || !AsciiAlnum(text[h.offset - 1]) || !AsciiAlnum(text[h.offset]);
    bool right = e == text.size() || !AsciiAlnum(text[e]) || !AsciiAlnum(text[e - 1]);
    if (left && right && h.length > best) best = h.length;
  }
  return best;
}

}  // namespace

namespace {
RegistrarKind ClassifyRegistrarNow(std::string_view name, std::string_view iana_id,
                                   const WordMatcher& domestic, const WordMatcher& foreign);
}  // namespace

RegistrarKind ClassifyRegistrar(std::string_view name, std::string_view iana_id,
                                const WordMatcher& domestic, const WordMatcher& foreign) {
  // Answers remembered per thread (a batch meets the same few registrars again and again; each
  // answer is four searches of the lists): by the two lists and the name and IANA id as given.
  struct Slot {
    uint64_t domestic = 0, foreign = 0;  // WordMatcher::uid (0: empty)
    std::string name, iana_id;
    RegistrarKind kind = RegistrarKind::kUnknown;
  };
  thread_local std::array<Slot, 32> cache;
  Slot& s = cache[(mem::HashBytes(name) ^ mem::HashBytes(iana_id) * 7) % cache.size()];
  if (s.domestic == domestic.uid() && s.foreign == foreign.uid() && s.name == name &&
      s.iana_id == iana_id)
    return s.kind;
  const RegistrarKind kind = ClassifyRegistrarNow(name, iana_id, domestic, foreign);
  s = Slot{domestic.uid(), foreign.uid(), std::string(name), std::string(iana_id), kind};
  return kind;
}

namespace {
RegistrarKind ClassifyRegistrarNow(std::string_view name, std::string_view iana_id,
                                   const WordMatcher& domestic, const WordMatcher& foreign) {
  size_t b = 0, e = name.size();
  whois::Trim(name, &b, &e);
  name = name.substr(b, e - b);
  if (name.empty() && iana_id.empty()) return RegistrarKind::kUnknown;
  // The IANA id, when a list knows it, decides.
  if (!iana_id.empty()) {
    std::string id = "[IANA:" + std::string(iana_id.substr(0, 12)) + "]";
    bool fo = LongestTokenHit(foreign, id) > 0, cn = LongestTokenHit(domestic, id) > 0;
    if (fo != cn) return fo ? RegistrarKind::kForeign : RegistrarKind::kDomestic;
  }
  // Else the name: whole-token hits only; when both lists hit, the longer (more specific) entry
  // decides ("Alibaba Cloud International" over "Alibaba Cloud"), a tie is no decision.
  std::string_view probe = name.substr(0, whois::kMaxValue);
  size_t fo = LongestTokenHit(foreign, probe), cn = LongestTokenHit(domestic, probe);
  if (fo > cn) return RegistrarKind::kForeign;
  if (cn > fo) return RegistrarKind::kDomestic;
  return RegistrarKind::kUnlisted;
}
}  // namespace

json WhoisFacts(const WhoisRecord& r) {
  json o = json::object();
  if (r.domain.present()) o["domain"] = r.domain.value;
  if (r.registrant.present()) o["registrant"] = r.registrant.value;
  if (r.registrar.present()) o["registrar"] = r.registrar.value;
  if (r.registrar_iana_id.present()) o["registrar_iana_id"] = r.registrar_iana_id.value;
  if (r.created.present()) o["created"] = r.created.value;
  if (r.expires.present()) o["expires"] = r.expires.value;
  json st = json::array();
  for (const auto& s : r.statuses) st.push_back(s.value);
  o["status"] = st;
  json ns = json::array();
  for (const auto& s : r.name_servers) ns.push_back(s.value);
  o["name_servers"] = ns;
  if (r.real_name_verified.has_value()) o["real_name_verified"] = *r.real_name_verified;
  if (r.real_name_verified_on.present()) o["real_name_verified_on"] = r.real_name_verified_on.value;
  if (r.privacy.has_value()) o["privacy"] = *r.privacy;
  json red = json::array();
  for (const auto& f : r.redacted) red.push_back(f);
  o["redacted"] = red;
  o["result"] = WhoisResultName(r.result);
  o["format"] = WhoisFormatName(r.format);
  return o;
}

}  // namespace beian
