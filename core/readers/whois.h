// WHOIS reader: extracts the facts a filing check needs from a pasted WHOIS reply.
//
// Covers CNNIC (.cn), Verisign thin (.com/.net), ICANN RDDS thick replies and the web/whois output
// of the registrars sellers use (Alibaba Cloud/HiChina, Tencent Cloud/DNSPod, Xinnet, West.cn,
// GoDaddy, Namecheap, MarkMonitor …) including Chinese keys (域名, 注册商, 注册人 …).
// One pass over the lines (linear time), bounded work per line; never throws. The code is in
// core/readers/whois/ (parser.cc, keys.cc, phrases.cc, text.cc, record.cc); dates are read with
// core/date_lenient.h.
#ifndef BEIAN_CORE_READERS_WHOIS_H_
#define BEIAN_CORE_READERS_WHOIS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/json.h"

namespace beian {

class WordMatcher;

// One extracted value and where it sits in the text (byte offset/length of the raw value).
struct WhoisValue {
  std::string value;  // normalised (dates YYYY-MM-DD, host names lower-case), valid UTF-8
  size_t offset = 0;
  size_t length = 0;
  bool present() const { return !value.empty(); }
};

enum class WhoisResult {
  kEmpty,         // no text (or only white space)
  kFound,         // registration data present
  kNotFound,      // "No match", "NOT FOUND", 未找到 … : not registered / available
  kReserved,      // reserved by the registry
  kRateLimited,   // the WHOIS server refused the query (too many queries)
  kUnrecognised,  // text without any WHOIS data
};
const char* WhoisResultName(WhoisResult r);

enum class WhoisFormat { kUnknown, kCnnic, kVerisignThin, kIcannThick, kChineseKeys };
const char* WhoisFormatName(WhoisFormat f);

struct WhoisRecord {
  WhoisResult result = WhoisResult::kEmpty;
  WhoisFormat format = WhoisFormat::kUnknown;
  WhoisValue domain;      // lower-case, no trailing dot
  WhoisValue registrant;  // organisation, else name; empty when absent or redacted
  WhoisValue registrar;
  WhoisValue registrar_iana_id;            // digits
  WhoisValue created;                      // YYYY-MM-DD
  WhoisValue expires;                      // YYYY-MM-DD
  WhoisValue real_name_verified_on;        // YYYY-MM-DD, from 实名认证时间-style keys
  std::optional<bool> real_name_verified;  // from 实名认证/实名状态-style keys or statuses
  WhoisValue real_name_evidence;           // the value that says so
  std::vector<WhoisValue> statuses;        // EPP codes (clientHold …) or Chinese status words
  std::vector<WhoisValue> name_servers;    // lower-case, no trailing dot
  // Fields whose value was redacted ("registrant", "registrant_email", "registrar" …).
  std::vector<std::string> redacted;
  // A privacy/proxy service is on (WhoisGuard, Domains By Proxy, 隐私保护 …): nullopt = unknown.
  std::optional<bool> privacy;
  WhoisValue privacy_evidence;  // the text that says so
  WhoisValue result_evidence;   // the line that says not found / reserved / rate limited

  bool HasStatus(std::string_view code) const;
  bool IsRedacted(std::string_view field) const;
};

// Parses a pasted WHOIS reply. Safe on any bytes (binary junk, invalid UTF-8, multi-MB input).
WhoisRecord ParseWhois(std::string_view text);

// Normalises a date as WHOIS servers write it (ISO 8601 with/without time, zone and fractions,
// 2003-03-17 12:20:05, 17-Mar-2003, 2003/03/17, 2003.03.17, 2003年03月17日, 17.03.2003, 20030317)
// to YYYY-MM-DD: the first 80 bytes, trimmed of white space, read by ParseLenientDate
// (core/date_lenient.h). Returns the length of the consumed date text in *used when given.
std::optional<std::string> NormaliseWhoisDate(std::string_view text, size_t* used = nullptr);

// Lower-case domain without surrounding blanks, scheme, path or trailing dot ("" if none).
std::string NormaliseDomainName(std::string_view text);

enum class RegistrarKind { kUnknown, kDomestic, kForeign, kUnlisted };
const char* RegistrarKindName(RegistrarKind k);

// Classifies a registrar name (and IANA id, may be empty) with the pack's word lists:
// `foreign` (e.g. WL-REGISTRAR-FOREIGN: foreign registrars and the international sites of Chinese
// groups) and `domestic` (WL-REGISTRAR-CN: MIIT-approved registrars). An IANA id on exactly one
// list decides (matched as "[IANA:<id>]", so list entries look like "[IANA:420]"). Else the name:
// entries count only as whole tokens ("Name.com" does not hit "eName.com"); when both lists hit,
// the longest entry decides ("Alibaba Cloud International" is foreign, "Alibaba Cloud" domestic).
// kUnknown: no registrar given; kUnlisted: on neither list, or both equally.
RegistrarKind ClassifyRegistrar(std::string_view name, std::string_view iana_id,
                                const WordMatcher& domestic, const WordMatcher& foreign);

// The record as report.facts.whois[] describes it (plus result/format/privacy/redacted).
json WhoisFacts(const WhoisRecord& r);

}  // namespace beian

#endif  // BEIAN_CORE_READERS_WHOIS_H_
