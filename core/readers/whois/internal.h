// Inside the WHOIS reader (core/readers/whois.h is its API): the key table, the text helpers and
// the phrase lists that the line parser (parser.cc) and the record helpers (record.cc) share.
//   keys.cc     which keys name which field (域名, Registrar, Registry Expiry Date …)
//   text.cc     white space, clean UTF-8 copies, domain names, WHOIS dates
//   phrases.cc  not found / reserved / rate limited wording, privacy and redaction words, statuses
#ifndef BEIAN_CORE_READERS_WHOIS_INTERNAL_H_
#define BEIAN_CORE_READERS_WHOIS_INTERNAL_H_

#include <re2/re2.h>
#include <re2/set.h>

#include <string>
#include <string_view>
#include <unordered_map>

namespace beian::whois {

constexpr size_t kMaxKey = 96;          // bytes of a line searched for the key separator
constexpr size_t kMaxValue = 1024;      // longer values are junk, not WHOIS fields
constexpr size_t kMaxPhraseLine = 512;  // longer lines are not checked for result phrases
constexpr size_t kMaxPhraseLines = 4000;
constexpr size_t kMaxList = 32;       // statuses / name servers kept
constexpr size_t kMaxScan = 1 << 20;  // bytes searched for a 域名 key no line rule read

// ---- Keys (keys.cc) ------------------------------------------------------------------------

enum class Field {
  kDomain,
  kRegistrantOrg,
  kRegistrantName,
  kRegistrantEmail,
  kOtherContact,  // admin/tech organisation, name, e-mail: only for privacy detection
  kRegistrar,
  kRegistrarIana,
  kCreated,
  kExpires,
  kStatus,
  kNameServer,
  kRealName,
  kRealNameDate,
  kPrivacy,
  kIgnore,  // known keys that must not be read as another key without a colon
};

// Tags for format detection.
enum : unsigned {
  kTagCnnic = 1,       // ROID, Registration Time, Expiration Time, Sponsoring Registrar
  kTagThin = 2,        // Registry Expiry Date, Registrar WHOIS Server
  kTagRegistrant = 4,  // registrant keys in English
  kTagChinese = 8,     // Chinese keys
};

struct KeyDef {
  Field field;
  int priority;  // a later value replaces an earlier one only with a higher priority
  unsigned tags;
};

// Keys are stored lower-case with every space, '_', '-', '.', '/' removed.
const std::unordered_map<std::string, KeyDef>& KeyTable();

// Key as stored in KeyTable: lower-case, without separators, dots, trailing parenthetical.
// Writes into `out` (reused by the parser, so no allocation per line).
const std::string& NormaliseKey(std::string_view k, std::string& out);

// ---- Text (text.cc; the small ones inline, the parser calls them per byte) ------------------

inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }
inline char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
std::string LowerAscii(std::string_view s);

inline bool Contains(std::string_view s, const char* needle) {
  return s.find(needle) != std::string_view::npos;
}

inline bool HasNonAscii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  return false;
}

// Whether s[i] starts white space (ASCII blanks, NUL, NBSP, U+3000); its length in *width.
inline bool IsSpaceAt(std::string_view s, size_t i, size_t* width) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r' || c == 0) {
    *width = 1;
    return true;
  }
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
    *width = 2;  // NBSP
    return true;
  }
  if (c == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      static_cast<unsigned char>(s[i + 2]) == 0x80) {
    *width = 3;  // ideographic space
    return true;
  }
  return false;
}

// [b, e) trimmed of white space (ASCII, NBSP, U+3000).
void Trim(std::string_view s, size_t* b, size_t* e);

// Valid UTF-8 copy; invalid bytes become U+FFFD, control characters become spaces.
std::string CleanUtf8(std::string_view s);

// Byte length of the domain name that starts `s`: letters, digits, '-', '.', '_' and, when `s`
// does not start with an ASCII character, other non-punctuation characters (an IDN such as
// 青禾茶业.中国, 。 and ． as dots); it ends at white space or punctuation such as "（已注册）".
size_t DomainTokenLength(std::string_view s);

// ---- Phrases (phrases.cc) ------------------------------------------------------------------

enum PhraseKind { kPhNotFound = 0, kPhReserved, kPhRateLimit, kPhExclude, kPhCount };

// Not found / reserved / rate limited wording, one pattern per PhraseKind.
const re2::RE2::Set& ResultPhrases();
// Values that hide the registrant behind a privacy/proxy service.
const RE2& ProxyPhrase();
// Values that are redacted (GDPR, registry policy, masking).
const RE2& RedactedPhrase();
// "n/a", "none", "无" … : no value.
bool IsPlaceholder(std::string_view v);

// EPP status codes by their lower-case letters and digits ("clienthold" → "clientHold").
const std::unordered_map<std::string, const char*>& EppCodes();
// The ASCII letters and digits of `s`, lower-case.
std::string AlnumLower(std::string_view s);
// Maps a Chinese status phrase to an EPP code, or nullptr.
const char* ChineseStatus(std::string_view p);
// 未实名, 实名审核中 … : real-name verification not done.
bool RealNameUnverifiedWord(std::string_view p);

}  // namespace beian::whois

#endif  // BEIAN_CORE_READERS_WHOIS_INTERNAL_H_
