#include "core/readers/whois.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <unordered_map>

#include "core/date.h"
#include "core/scan.h"

namespace beian {

namespace {

constexpr size_t kMaxKey = 96;          // bytes of a line searched for the key separator
constexpr size_t kMaxValue = 1024;      // longer values are junk, not WHOIS fields
constexpr size_t kMaxPhraseLine = 512;  // longer lines are not checked for result phrases
constexpr size_t kMaxPhraseLines = 4000;
constexpr size_t kMaxList = 32;  // statuses / name servers kept

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
const std::unordered_map<std::string, KeyDef>& KeyTable() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string, KeyDef>();
    auto add = [t](std::initializer_list<const char*> keys, Field f, int prio = 1,
                   unsigned tags = 0) {
      for (const char* k : keys) {
        unsigned tg = tags;
        for (const char* p = k; *p; ++p)
          if (static_cast<unsigned char>(*p) >= 0x80) tg |= kTagChinese;
        (*t)[k] = {f, prio, tg};
      }
    };
    add({"domainname", "domain", "domainnameace", "域名", "域名名称", "查询域名"}, Field::kDomain);
    add({"registrantorganization", "registrantorganisation", "registrantorg", "registrantcompany",
         "registrantorganizationname", "registrantcontactorganization"},
        Field::kRegistrantOrg, 1, kTagRegistrant);
    add({"注册人单位", "注册人组织", "所有者单位", "所有者组织", "注册组织", "注册单位",
         "所有者机构", "注册人机构", "域名持有单位"},
        Field::kRegistrantOrg);
    add({"registrant"}, Field::kRegistrantName);
    add({"registrantname", "registrantcontactname", "holder", "domainholder", "owner",
         "domainowner"},
        Field::kRegistrantName, 1, kTagRegistrant);
    add({"注册人", "所有者", "注册人所有者", "域名所有者", "域名持有人", "域名持有者", "持有人",
         "持有者", "注册者", "注册人名称", "所有者名称", "注册人姓名", "所有者姓名", "域名所有人",
         "所有人"},
        Field::kRegistrantName);
    add({"registrantcontactemail", "registrantemail", "registrantemailaddress", "注册人邮箱",
         "所有者邮箱", "注册人电子邮箱", "所有者联系邮箱"},
        Field::kRegistrantEmail);
    add({"adminorganization", "adminname", "adminemail", "techorganization", "techname",
         "techemail", "administrativecontactorganization", "technicalcontactorganization",
         "billingorganization", "billingname"},
        Field::kOtherContact);
    add({"registrar", "registrarname", "注册商", "注册服务机构", "域名注册商", "所属注册商",
         "注册商名称", "注册服务商"},
        Field::kRegistrar);
    add({"sponsoringregistrar"}, Field::kRegistrar, 1, kTagCnnic);
    add({"registrarianaid", "sponsoringregistrarianaid", "ianaid"}, Field::kRegistrarIana);
    add({"creationdate",       "created",          "createdon",
         "createddate",        "creationtime",     "registrationdate",
         "registeredon",       "registered",       "domainregistrationdate",
         "registereddate",     "domaincreatedate", "createdate",
         "domaincreationdate", "注册时间",         "创建时间",
         "注册日期",           "创建日期",         "域名注册时间",
         "域名注册日期",       "域名创建时间",     "注册于"},
        Field::kCreated);
    add({"registrationtime"}, Field::kCreated, 1, kTagCnnic);
    add({"registryexpirydate"}, Field::kExpires, 2, kTagThin);
    add({"registrarregistrationexpirationdate"}, Field::kExpires, 1, kTagRegistrant);
    add({"expirationdate",
         "expirydate",
         "expires",
         "expireson",
         "expiredate",
         "expiry",
         "expire",
         "expiration",
         "paidtill",
         "validuntil",
         "domainexpirationdate",
         "registryexpirationdate",
         "过期时间",
         "到期时间",
         "过期日期",
         "到期日期",
         "域名到期时间",
         "域名过期时间",
         "到期日",
         "有效期至",
         "域名到期日期",
         "域名过期日期"},
        Field::kExpires);
    add({"expirationtime"}, Field::kExpires, 1, kTagCnnic);
    add({"domainstatus", "status", "registrationstatus", "domainstate", "域名状态", "状态"},
        Field::kStatus);
    add({"nameserver", "nameservers", "nserver", "dns", "dnsserver", "dnsservers", "dns服务器",
         "域名服务器", "dns解析服务器"},
        Field::kNameServer);
    add({"实名认证", "实名状态", "实名认证状态", "实名审核状态", "实名验证", "实名核验状态",
         "realnameverification", "realnamestatus", "realnameverificationstatus",
         "realnameverified"},
        Field::kRealName);
    add({"实名认证时间", "实名时间", "实名认证日期", "实名审核时间", "实名通过时间",
         "实名认证通过时间", "realnameverifiedon", "realnameverificationdate",
         "realnameverificationtime"},
        Field::kRealNameDate);
    add({"隐私保护", "whois隐私保护", "域名隐私保护", "隐私保护状态", "privacy", "whoisprivacy",
         "privacyprotection", "privacyservice", "whoisprivacyprotection"},
        Field::kPrivacy);
    add({"roid"}, Field::kIgnore, 1, kTagCnnic);
    add({"registrarwhoisserver"}, Field::kIgnore, 1, kTagThin);
    add({"registrarurl", "updateddate", "registrydomainid", "registrarabusecontactemail",
         "registrarabusecontactphone", "dnssec", "urloftheicann", "registrantstreet",
         "registrantcity", "registrantstateprovince", "registrantpostalcode", "registrantcountry",
         "registrantphone", "registrantfax", "registrantid", "registryregistrantid",
         "registrantcontactid", "更新时间", "更新日期"},
        Field::kIgnore);
    return t;
  }();
  return *table;
}

bool IsSpaceAt(std::string_view s, size_t i, size_t* width) {
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
void Trim(std::string_view s, size_t* b, size_t* e) {
  size_t w;
  while (*b < *e && IsSpaceAt(s, *b, &w)) *b += w;
  while (*e > *b) {
    unsigned char c = static_cast<unsigned char>(s[*e - 1]);
    if (c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r' || c == 0) {
      --*e;
    } else if (*e - *b >= 2 && c == 0xA0 && static_cast<unsigned char>(s[*e - 2]) == 0xC2) {
      *e -= 2;
    } else if (*e - *b >= 3 && c == 0x80 && static_cast<unsigned char>(s[*e - 2]) == 0x80 &&
               static_cast<unsigned char>(s[*e - 3]) == 0xE3) {
      *e -= 3;
    } else {
      break;
    }
  }
}

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

// Key as stored in KeyTable: lower-case, without separators, dots, trailing parenthetical.
// Writes into `out` (reused by the parser, so no allocation per line).
const std::string& NormaliseKey(std::string_view k, std::string& out) {
  // Drop a trailing "(...)" / "（...）" qualifier such as "(中文)" or "(UTC)".
  size_t cut = k.size();
  size_t p = k.find('(');
  if (p != std::string_view::npos && p > 0) cut = std::min(cut, p);
  p = k.find("\xEF\xBC\x88");  // （
  if (p != std::string_view::npos && p > 0) cut = std::min(cut, p);
  out.clear();
  if (cut > kMaxKey) return out;
  for (size_t i = 0; i < cut; ++i) {
    char c = k[i];
    if (c == ' ' || c == '\t' || c == '_' || c == '-' || c == '.' || c == '/' || c == '[' ||
        c == ']' || c == '\r' || c == '*')
      continue;
    unsigned char uc = static_cast<unsigned char>(c);
    if (uc == 0xE3 && i + 2 < cut && static_cast<unsigned char>(k[i + 1]) == 0x80 &&
        static_cast<unsigned char>(k[i + 2]) == 0x80) {
      i += 2;  // ideographic space
      continue;
    }
    out.push_back(Lower(c));
  }
  return out;
}

// Valid UTF-8 copy; invalid bytes become U+FFFD, control characters become spaces.
std::string CleanUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out.push_back(c < 0x20 || c == 0x7F ? ' ' : static_cast<char>(c));
      ++i;
      continue;
    }
    size_t n = 0;
    unsigned cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
      n = 2;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 3;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 4;
      cp = c & 0x07;
    }
    bool ok = n > 0 && i + n <= s.size();
    for (size_t j = 1; ok && j < n; ++j) {
      unsigned char cc = static_cast<unsigned char>(s[i + j]);
      if ((cc & 0xC0) != 0x80) ok = false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (ok && ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
               (n == 4 && (cp < 0x10000 || cp > 0x10FFFF))))
      ok = false;
    if (!ok) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    out.append(s.data() + i, n);
    i += n;
  }
  return out;
}

bool HasNonAscii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  return false;
}

// ------------------------------------------------------------------------------------------
// Phrase patterns (compiled once).

RE2::Options PhraseOptions() {
  RE2::Options o;
  o.set_case_sensitive(false);
  o.set_log_errors(false);
  o.set_max_mem(16 << 20);
  return o;
}

enum PhraseKind { kPhNotFound = 0, kPhReserved, kPhRateLimit, kPhExclude, kPhCount };

const re2::RE2::Set& ResultPhrases() {
  static const re2::RE2::Set* set = [] {
    auto* s = new re2::RE2::Set(PhraseOptions(), RE2::UNANCHORED);
    const char* patterns[kPhCount] = {
        // not found / available
        R"(no match|not found|no data found|no entries found|no matching record|no object found|)"
        R"(object does not exist|does not exist|is available for registration|)"
        R"(is free|status:\s*(free|available)|^\s*(free|available)\s*$|domain (name )?(is )?available|)"
        R"(未找到|没有找到|找不到|未注册|未被注册|尚未注册|可以注册|可注册|不存在)",
        // reserved
        R"(\bis reserved|been reserved|reserved (domain|name|word|by|for|list)|registry reserved|)"
        R"(status:\s*(server)?reserved|^\s*reserved\s*$|prohibited (from registration|string)|)"
        R"(保留域名|系统保留|注册局保留|被保留|已保留|予以保留|禁止注册)",
        // rate limited
        R"(rate limit|limit exceeded|exceeded|too many (queries|requests|connections)|)"
        R"(try again later|quota|query limit|queries per|please wait|)"
        R"(过于频繁|查询频繁|请求频繁|超过.{0,12}限制|稍后再试|请稍后)",
        // lines that look like phrases but are not
        R"(rights reserved|reserves the right|保留.{0,8}权利)",
    };
    for (const char* p : patterns) s->Add(p, nullptr);
    s->Compile();
    return s;
  }();
  return *set;
}

// Values that hide the registrant behind a privacy/proxy service.
const RE2& ProxyPhrase() {
  static const RE2* re = new RE2(
      R"(privacy service|whoisguard|whois ?guard|domains by proxy|withheld for privacy|)"
      R"(contact privacy|privacy protect|whois privacy|privacyguardian|privacy guardian|)"
      R"(perfect privacy|identity protection|proxy protection|super privacy|private by design|)"
      R"(domain protection services|privacy\.link|隐私保护|隐私服务|代理注册)",
      PhraseOptions());
  return *re;
}

// Values that are redacted (GDPR, registry policy, masking).
const RE2& RedactedPhrase() {
  static const RE2* re =
      new RE2(R"(redacted|data protected|not disclosed|non-public|gdpr|withheld|statutory masking|)"
              R"(hidden|masked|please query the rdds|private|privacy|\*\*|＊＊|已隐藏|保密|隐私|)"
              R"(未公开|不公开|不予显示|已屏蔽)",
              PhraseOptions());
  return *re;
}

bool IsPlaceholder(std::string_view v) {
  std::string l = LowerAscii(v);
  return l == "n/a" || l == "na" || l == "none" || l == "null" || l == "-" || l == "--" ||
         l == "not applicable" || l == "\xE6\x97\xA0" /* 无 */ || l == "unknown" || l == "." ||
         l == "\xE2\x80\x94";
}

// ------------------------------------------------------------------------------------------
// Status codes.

const std::unordered_map<std::string, const char*>& EppCodes() {
  static const auto* m = [] {
    auto* t = new std::unordered_map<std::string, const char*>();
    for (const char* c : {"ok",
                          "active",
                          "inactive",
                          "clientHold",
                          "serverHold",
                          "clientTransferProhibited",
                          "serverTransferProhibited",
                          "clientDeleteProhibited",
                          "serverDeleteProhibited",
                          "clientUpdateProhibited",
                          "serverUpdateProhibited",
                          "clientRenewProhibited",
                          "serverRenewProhibited",
                          "pendingCreate",
                          "pendingDelete",
                          "pendingRenew",
                          "pendingRestore",
                          "pendingTransfer",
                          "pendingUpdate",
                          "pendingVerification",
                          "redemptionPeriod",
                          "renewPeriod",
                          "autoRenewPeriod",
                          "addPeriod",
                          "transferPeriod",
                          "serverReserved"}) {
      (*t)[LowerAscii(c)] = c;
    }
    return t;
  }();
  return *m;
}

std::string AlnumLower(std::string_view s) {
  std::string out;
  for (char c : s) {
    char l = Lower(c);
    if ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9')) out.push_back(l);
  }
  return out;
}

bool Contains(std::string_view s, const char* needle) {
  return s.find(needle) != std::string_view::npos;
}

// Maps a Chinese status phrase to an EPP code, or nullptr.
const char* ChineseStatus(std::string_view p) {
  bool registry = Contains(p, "注册局");
  if (Contains(p, "暂停解析") || Contains(p, "禁止解析") || Contains(p, "停止解析"))
    return registry ? "serverHold" : "clientHold";
  if (Contains(p, "禁止转移") || Contains(p, "禁止转出"))
    return registry ? "serverTransferProhibited" : "clientTransferProhibited";
  if (Contains(p, "禁止删除"))
    return registry ? "serverDeleteProhibited" : "clientDeleteProhibited";
  if (Contains(p, "禁止更新") || Contains(p, "禁止修改"))
    return registry ? "serverUpdateProhibited" : "clientUpdateProhibited";
  if (Contains(p, "禁止续费")) return registry ? "serverRenewProhibited" : "clientRenewProhibited";
  if (Contains(p, "赎回期")) return "redemptionPeriod";
  if (Contains(p, "待删除") || Contains(p, "删除期") || Contains(p, "删除中"))
    return "pendingDelete";
  if (Contains(p, "转移中") || Contains(p, "待转移")) return "pendingTransfer";
  if (p == "正常" || p == "激活" || p == "正常状态") return "ok";
  return nullptr;
}

bool RealNameUnverifiedWord(std::string_view p) {
  return Contains(p, "未实名") || Contains(p, "实名未") || Contains(p, "实名审核中") ||
         Contains(p, "实名认证中") || Contains(p, "未认证") || Contains(p, "实名失败") ||
         Contains(p, "实名认证失败");
}

// ------------------------------------------------------------------------------------------
// Dates.

int MonthFromName(std::string_view w) {
  static const char* kNames[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                 "jul", "aug", "sep", "oct", "nov", "dec"};
  if (w.size() < 3) return 0;
  std::string l = LowerAscii(w);
  for (int i = 0; i < 12; ++i) {
    if (l.compare(0, 3, kNames[i]) == 0) {
      static const char* kFull[] = {"january",   "february", "march",    "april",
                                    "may",       "june",     "july",     "august",
                                    "september", "october",  "november", "december"};
      if (l.size() == 3 || l == kFull[i] || (i == 8 && l == "sept")) return i + 1;
      return 0;
    }
  }
  return 0;
}

std::optional<std::string> MakeDate(long y, long m, long d) {
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  Date dt{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
  if (d > DaysInMonth(dt.year, dt.month)) return std::nullopt;
  return dt.ToString();
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Reads up to `max` digits at *i; returns count read.
size_t ReadNum(std::string_view s, size_t* i, size_t max, long* out) {
  size_t n = 0;
  long v = 0;
  while (*i < s.size() && n < max && IsDigit(s[*i])) {
    v = v * 10 + (s[*i] - '0');
    ++*i;
    ++n;
  }
  *out = v;
  return n;
}

bool ReadWord(std::string_view s, size_t* i, std::string_view* w) {
  size_t b = *i;
  while (*i < s.size() && ((s[*i] >= 'a' && s[*i] <= 'z') || (s[*i] >= 'A' && s[*i] <= 'Z'))) ++*i;
  *w = s.substr(b, *i - b);
  return *i > b;
}

bool Lit(std::string_view s, size_t* i, const char* lit) {
  size_t n = std::strlen(lit);
  if (s.substr(*i, n) == lit) {
    *i += n;
    return true;
  }
  return false;
}

void SkipBlanks(std::string_view s, size_t* i) {
  while (*i < s.size() && (s[*i] == ' ' || s[*i] == '\t')) ++*i;
}

}  // namespace

std::optional<std::string> NormaliseWhoisDate(std::string_view text, size_t* used) {
  size_t b = 0, e = std::min(text.size(), static_cast<size_t>(80));
  Trim(text, &b, &e);
  std::string_view s = text.substr(b, e - b);
  size_t i = 0;
  long y = 0, m = 0, d = 0;
  std::optional<std::string> out;
  auto done = [&](std::optional<std::string> r) {
    if (r && used) *used = b + i;
    return r;
  };
  if (s.empty()) return std::nullopt;
  // Optional weekday prefix ("Tue, ").
  if (!IsDigit(s[0])) {
    size_t j = 0;
    std::string_view w;
    if (ReadWord(s, &j, &w) && w.size() == 3 && MonthFromName(w) == 0) {
      while (j < s.size() && (s[j] == ',' || s[j] == ' ')) ++j;
      s = s.substr(j);
      b += j;
    }
  }
  if (s.empty()) return std::nullopt;
  if (IsDigit(s[0])) {
    size_t n1 = ReadNum(s, &i, 8, &y);
    if (n1 == 8) {  // YYYYMMDD
      if (i < s.size() && IsDigit(s[i])) return std::nullopt;
      return done(MakeDate(y / 10000, (y / 100) % 100, y % 100));
    }
    if (n1 == 4) {  // YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD, YYYY年MM月DD日
      bool cjk = false;
      SkipBlanks(s, &i);
      if (Lit(s, &i, "年")) {
        cjk = true;
      } else if (i < s.size() && (s[i] == '-' || s[i] == '/' || s[i] == '.')) {
        ++i;
      } else {
        return std::nullopt;
      }
      SkipBlanks(s, &i);
      if (ReadNum(s, &i, 2, &m) == 0) return std::nullopt;
      SkipBlanks(s, &i);
      if (cjk) {
        if (!Lit(s, &i, "月")) return std::nullopt;
      } else if (i < s.size() && (s[i] == '-' || s[i] == '/' || s[i] == '.')) {
        ++i;
      } else {
        return std::nullopt;
      }
      SkipBlanks(s, &i);
      if (ReadNum(s, &i, 2, &d) == 0) return std::nullopt;
      if (i < s.size() && IsDigit(s[i])) return std::nullopt;
      if (cjk) {
        SkipBlanks(s, &i);
        Lit(s, &i, "日");
      }
      return done(MakeDate(y, m, d));
    }
    if (n1 == 1 || n1 == 2) {  // DD-Mon-YYYY, DD Mon YYYY, DD.MM.YYYY, DD/MM/YYYY
      d = y;
      if (i >= s.size()) return std::nullopt;
      char sep = s[i];
      if (sep != '-' && sep != '/' && sep != '.' && sep != ' ') return std::nullopt;
      ++i;
      SkipBlanks(s, &i);
      std::string_view w;
      if (ReadWord(s, &i, &w)) {
        m = MonthFromName(w);
        if (m == 0) return std::nullopt;
        if (i < s.size() &&
            (s[i] == '-' || s[i] == '/' || s[i] == '.' || s[i] == ' ' || s[i] == ','))
          ++i;
        SkipBlanks(s, &i);
        if (ReadNum(s, &i, 4, &y) != 4) return std::nullopt;
        return done(MakeDate(y, m, d));
      }
      long a = d, bnum = 0;
      if (ReadNum(s, &i, 2, &bnum) == 0) return std::nullopt;
      if (i >= s.size() || s[i] != sep) return std::nullopt;
      ++i;
      if (ReadNum(s, &i, 4, &y) != 4) return std::nullopt;
      if (i < s.size() && IsDigit(s[i])) return std::nullopt;
      if (sep == '/') {
        // Ambiguous unless one part is > 12.
        if (a > 12 && bnum <= 12) return done(MakeDate(y, bnum, a));
        if (bnum > 12 && a <= 12) return done(MakeDate(y, a, bnum));
        return std::nullopt;
      }
      return done(MakeDate(y, bnum, a));  // DD.MM.YYYY, DD-MM-YYYY
    }
    return std::nullopt;
  }
  // Mon DD, YYYY
  std::string_view w;
  if (ReadWord(s, &i, &w)) {
    m = MonthFromName(w);
    if (m == 0) return std::nullopt;
    if (i < s.size() && (s[i] == '-' || s[i] == '.')) ++i;
    SkipBlanks(s, &i);
    if (ReadNum(s, &i, 2, &d) == 0) return std::nullopt;
    if (i < s.size() && (s[i] == ',' || s[i] == '-')) ++i;
    SkipBlanks(s, &i);
    if (ReadNum(s, &i, 4, &y) != 4) return std::nullopt;
    return done(MakeDate(y, m, d));
  }
  return out;
}

std::string NormaliseDomainName(std::string_view text) {
  size_t b = 0, e = text.size();
  Trim(text, &b, &e);
  std::string_view s = text.substr(b, e - b);
  size_t scheme = s.find("://");
  if (scheme != std::string_view::npos && scheme < 10) s = s.substr(scheme + 3);
  size_t cut = s.find_first_of("/ \t?#");
  if (cut != std::string_view::npos) s = s.substr(0, cut);
  // Full-width dot (。 ．) used by some Chinese users.
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 3, "\xE3\x80\x82") == 0 || s.compare(i, 3, "\xEF\xBC\x8E") == 0) {
      out.push_back('.');
      i += 2;
      continue;
    }
    out.push_back(Lower(s[i]));
  }
  while (!out.empty() && out.back() == '.') out.pop_back();
  if (out.size() > 253 * 4) return "";
  return out;
}

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

class Parser {
 public:
  explicit Parser(std::string_view text) : t_(text) {}

  WhoisRecord Run() {
    size_t pos = 0;
    const size_t n = t_.size();
    bool any_text = false;
    while (pos < n) {
      size_t end = pos;
      while (end < n && t_[end] != '\n' && t_[end] != '\r') ++end;
      Line(pos, end, &any_text);
      pos = end + 1;
    }
    Finish(any_text);
    return std::move(r_);
  }

 private:
  struct Slot {
    bool set = false;
    int priority = 0;
    WhoisValue v;
  };

  void Line(size_t b, size_t e, bool* any_text) {
    size_t lb = b, le = e;
    Trim(t_, &lb, &le);
    if (lb >= le) return;  // blank: a pending continuation survives blank lines
    *any_text = true;
    bool indented = lb > b;
    std::string_view line = t_.substr(lb, le - lb);
    if (line[0] == '%' || line[0] == '#' || line.substr(0, 2) == "--") {
      pending_ = false;
      Phrases(lb, le);
      return;
    }
    if (line.substr(0, 3) == ">>>") {
      pending_ = false;
      return;
    }
    if (pending_) {
      pending_ = false;
      if ((indented || pending_loose_) && !KeyValue(lb, le, /*dry=*/true)) {
        Assign(pending_def_, lb, le);
        // Lists continue over several indented lines ("Name servers:" then one per line).
        pending_ = pending_def_.field == Field::kNameServer || pending_def_.field == Field::kStatus;
        return;
      }
    }
    if (KeyValue(lb, le, false)) return;
    Phrases(lb, le);
  }

  // Recognises "Key: value", "Key：value", "[Key] value", "Key....: value" and, for known keys,
  // "Key<tab or 2 spaces>value" or "Key value" when the value checks out. Returns true when the
  // line was a known key (and, unless dry, records it).
  bool KeyValue(size_t lb, size_t le, bool dry) {
    std::string_view line = t_.substr(lb, le - lb);
    size_t window = std::min(line.size(), kMaxKey);
    // Separator: ':' or '：' within the window, or "[Key]".
    size_t key_end = std::string_view::npos, val_begin = 0;
    if (line[0] == '[') {
      size_t close = line.substr(0, window).find(']');
      if (close != std::string_view::npos) {
        key_end = close + 1;
        val_begin = close + 1;
      }
    }
    if (key_end == std::string_view::npos) {
      for (size_t i = 0; i < window; ++i) {
        if (line[i] == ':') {
          key_end = i;
          val_begin = i + 1;
          break;
        }
        if (static_cast<unsigned char>(line[i]) == 0xEF &&
            line.compare(i, 3, "\xEF\xBC\x9A") == 0) {
          key_end = i;
          val_begin = i + 3;
          break;
        }
      }
    }
    if (key_end != std::string_view::npos) {
      const auto& table = KeyTable();
      auto it = table.find(NormaliseKey(line.substr(0, key_end), key_));
      if (it != table.end()) {
        if (!dry) Record(it->second, lb + val_begin, le, it->first);
        return true;
      }
    }
    // Missing colon: the first 1..4 words as the key.
    return NoColon(lb, le, dry);
  }

  bool NoColon(size_t lb, size_t le, bool dry) {
    std::string_view line = t_.substr(lb, le - lb);
    size_t limit = std::min(line.size(), kMaxKey);
    size_t ends[4];
    size_t count = 0;
    size_t i = 0;
    while (count < 4 && i < limit) {
      size_t w;
      while (i < limit && !IsSpaceAt(line, i, &w)) ++i;
      if (i >= limit) break;
      ends[count++] = i;
      while (i < limit && IsSpaceAt(line, i, &w)) i += w;
    }
    const auto& table = KeyTable();
    if (count == 0 && line.size() <= kMaxKey) {
      // A key alone on its line ("注册商" / "Registrar") with the value on the next line.
      auto it = table.find(NormaliseKey(line, key_));
      if (it == table.end() || it->second.field == Field::kIgnore) return false;
      if (!dry) {
        tags_ |= it->second.tags;
        pending_ = true;
        pending_loose_ = true;
        pending_def_ = it->second;
      }
      return true;
    }
    for (size_t k = count; k-- > 0;) {
      auto it = table.find(NormaliseKey(line.substr(0, ends[k]), key_));
      if (it == table.end()) continue;
      const KeyDef& def = it->second;
      if (def.field == Field::kIgnore) return false;
      size_t vb = ends[k];
      bool wide = false;
      if (line[vb] == '\t') wide = true;
      size_t spaces = 0, j = vb, w;
      while (j < line.size() && IsSpaceAt(line, j, &w)) {
        spaces += 1;
        j += w;
      }
      if (spaces >= 2) wide = true;
      std::string_view val = line.substr(j);
      if (val.empty()) return false;
      // Chinese keys are unambiguous even with a single space ("注册商 阿里云…").
      if (!wide && !(def.tags & kTagChinese) && !Plausible(def.field, val)) return false;
      if (!dry) Record(def, lb + vb, le, it->first);
      return true;
    }
    return false;
  }

  static bool Plausible(Field f, std::string_view v) {
    switch (f) {
      case Field::kCreated:
      case Field::kExpires:
      case Field::kRealNameDate:
        return NormaliseWhoisDate(v).has_value();
      case Field::kDomain:
      case Field::kNameServer: {
        std::string d = NormaliseDomainName(v);
        return d.find('.') != std::string::npos && v.find(' ') == std::string_view::npos;
      }
      case Field::kStatus:
        return EppCodes().count(AlnumLower(v.substr(0, v.find(' ')))) > 0;
      case Field::kRegistrarIana:
        return !v.empty() && IsDigit(v[0]);
      default:
        return false;
    }
  }

  void Record(const KeyDef& def, size_t vb, size_t ve, const std::string& key) {
    tags_ |= def.tags;
    if (key == "registryexpirydate") saw_registry_expiry_ = true;
    Trim(t_, &vb, &ve);
    if (vb >= ve) {
      if (def.field != Field::kIgnore) {
        pending_ = true;
        pending_loose_ = (def.tags & kTagChinese) != 0;
        pending_def_ = def;
      }
      return;
    }
    Assign(def, vb, ve);
  }

  void Assign(const KeyDef& def, size_t vb, size_t ve) {
    if (ve - vb > kMaxValue) return;
    if (Taken(def)) return;
    std::string_view raw = t_.substr(vb, ve - vb);
    switch (def.field) {
      case Field::kIgnore:
        return;
      case Field::kDomain: {
        std::string d = NormaliseDomainName(raw);
        if (d.empty() || d.find('.') == std::string::npos) return;
        size_t tok = raw.find_first_of(" \t");
        SetSlot(&domain_, def.priority, CleanUtf8(d), vb,
                tok == std::string_view::npos ? raw.size() : tok);
        if (tok != std::string_view::npos) Phrases(vb, ve);  // "域名 a.cn 未注册"
        return;
      }
      case Field::kRegistrantOrg:
        Contact(&org_, "registrant_organization", def, raw, vb);
        return;
      case Field::kRegistrantName:
        Contact(&name_, "registrant_name", def, raw, vb);
        return;
      case Field::kRegistrantEmail: {
        Slot dummy;
        Contact(&dummy, "registrant_email", def, raw, vb);
        return;
      }
      case Field::kOtherContact:
        Proxy(raw, vb);
        return;
      case Field::kRegistrar: {
        if (IsPlaceholder(raw)) return;
        SetSlot(&registrar_, def.priority, CleanUtf8(raw), vb, raw.size());
        return;
      }
      case Field::kRegistrarIana: {
        size_t i = 0;
        while (i < raw.size() && IsDigit(raw[i])) ++i;
        if (i == 0 || i > 10) return;
        SetSlot(&iana_, def.priority, std::string(raw.substr(0, i)), vb, i);
        return;
      }
      case Field::kCreated:
      case Field::kExpires:
      case Field::kRealNameDate: {
        const char* name = def.field == Field::kCreated   ? "created"
                           : def.field == Field::kExpires ? "expires"
                                                          : "real_name_verified_on";
        auto d = NormaliseWhoisDate(raw);
        if (!d) {
          if (RE2::PartialMatch(re2::StringPiece(raw.data(), raw.size()), RedactedPhrase()))
            AddRedacted(name);
          return;
        }
        Slot* slot = def.field == Field::kCreated   ? &created_
                     : def.field == Field::kExpires ? &expires_
                                                    : &realname_date_;
        SetSlot(slot, def.priority, *d, vb, raw.size());
        return;
      }
      case Field::kStatus:
        Status(raw, vb);
        return;
      case Field::kNameServer: {
        size_t tok = raw.find_first_of(" \t,");
        std::string_view first = raw.substr(0, tok);
        std::string ns = NormaliseDomainName(first);
        if (ns.empty() || ns.find('.') == std::string::npos) return;
        if (r_.name_servers.size() >= kMaxList) return;
        for (const auto& x : r_.name_servers)
          if (x.value == ns) return;
        r_.name_servers.push_back({CleanUtf8(ns), vb, first.size()});
        // Several servers on one line ("ns1.a.com, ns2.a.com" / "ns1 ns2").
        if (tok != std::string_view::npos) {
          size_t next = raw.find_first_not_of(" \t,", tok);
          if (next != std::string_view::npos) {
            std::string_view rest = raw.substr(next);
            if (NormaliseDomainName(rest.substr(0, rest.find_first_of(" \t,"))).find('.') !=
                    std::string::npos &&
                !IsDigit(rest[0]))
              Assign(def, vb + next, vb + raw.size());
          }
        }
        return;
      }
      case Field::kRealName: {
        if (RealNameUnverifiedWord(raw) || Contains(LowerAscii(raw), "not verified") ||
            Contains(LowerAscii(raw), "unverified") || Contains(raw, "未通过") ||
            Contains(raw, "审核中") || Contains(raw, "待审核") || Contains(raw, "失败")) {
          r_.real_name_verified = false;
          r_.real_name_evidence = {CleanUtf8(raw), vb, raw.size()};
        } else if (Contains(raw, "已认证") || Contains(raw, "已实名") || Contains(raw, "通过") ||
                   Contains(raw, "成功") || Contains(raw, "已完成") ||
                   Contains(LowerAscii(raw), "verified") || LowerAscii(raw) == "yes") {
          if (!r_.real_name_verified.has_value()) {
            r_.real_name_verified = true;
            r_.real_name_evidence = {CleanUtf8(raw), vb, raw.size()};
          }
        }
        return;
      }
      case Field::kPrivacy: {
        std::string l = LowerAscii(raw);
        bool off = Contains(raw, "未开启") || Contains(raw, "关闭") || Contains(raw, "未启用") ||
                   Contains(raw, "未开通") || Contains(raw, "否") || raw == "无" || l == "off" ||
                   l == "no" || l == "false" || l == "disabled" || l == "inactive" || l == "none";
        bool on = !off && (Contains(raw, "开启") || Contains(raw, "已启用") ||
                           Contains(raw, "开通") || Contains(raw, "是") || l == "on" ||
                           l == "yes" || l == "true" || l == "enabled" || l == "active");
        if (off || on) {
          privacy_explicit_ = true;
          r_.privacy = on;
          r_.privacy_evidence = {CleanUtf8(raw), vb, raw.size()};
        }
        return;
      }
    }
  }

  // True when the field already has a value that this one may not replace (or a full list).
  bool Taken(const KeyDef& def) const {
    const Slot* s = nullptr;
    switch (def.field) {
      case Field::kDomain:
        s = &domain_;
        break;
      case Field::kRegistrantOrg:
        s = &org_;
        break;
      case Field::kRegistrantName:
        s = &name_;
        break;
      case Field::kRegistrar:
        s = &registrar_;
        break;
      case Field::kRegistrarIana:
        s = &iana_;
        break;
      case Field::kCreated:
        s = &created_;
        break;
      case Field::kExpires:
        s = &expires_;
        break;
      case Field::kRealNameDate:
        s = &realname_date_;
        break;
      case Field::kStatus:
        return r_.statuses.size() >= kMaxList;
      case Field::kNameServer:
        return r_.name_servers.size() >= kMaxList;
      default:
        return false;
    }
    return s->set && def.priority <= s->priority;
  }

  void SetSlot(Slot* s, int priority, std::string value, size_t off, size_t len) {
    if (s->set && priority <= s->priority) return;
    s->set = true;
    s->priority = priority;
    s->v = {std::move(value), off, len};
  }

  void AddRedacted(const std::string& f) {
    for (const auto& x : r_.redacted)
      if (x == f) return;
    r_.redacted.push_back(f);
  }

  bool Proxy(std::string_view raw, size_t vb) {
    if (!RE2::PartialMatch(re2::StringPiece(raw.data(), raw.size()), ProxyPhrase())) return false;
    if (!privacy_explicit_ && !proxy_seen_) {
      proxy_seen_ = true;
      proxy_evidence_ = {CleanUtf8(raw), vb, raw.size()};
    }
    return true;
  }

  void Contact(Slot* slot, const char* field, const KeyDef& def, std::string_view raw, size_t vb) {
    if (IsPlaceholder(raw)) return;
    bool proxy = Proxy(raw, vb);
    if (proxy || RE2::PartialMatch(re2::StringPiece(raw.data(), raw.size()), RedactedPhrase())) {
      AddRedacted(field);
      return;
    }
    SetSlot(slot, def.priority, CleanUtf8(raw), vb, raw.size());
  }

  void AddStatus(const std::string& code, size_t off, size_t len) {
    if (r_.statuses.size() >= kMaxList) return;
    for (const auto& s : r_.statuses)
      if (s.value == code) return;
    r_.statuses.push_back({code, off, len});
  }

  // "clientTransferProhibited https://icann.org/epp#…", "ok", "clientHold, serverHold",
  // "注册商设置禁止转移(clientTransferProhibited)", "注册局设置暂停解析", "未实名审核".
  void Status(std::string_view raw, size_t vb) {
    const auto& codes = EppCodes();
    size_t i = 0;
    while (i <= raw.size()) {
      // Pieces split by , ， 、 ; ；  |
      size_t j = i;
      size_t sep_len = 0;
      while (j < raw.size()) {
        if (raw[j] == ',' || raw[j] == ';' || raw[j] == '|') {
          sep_len = 1;
          break;
        }
        unsigned char lead = static_cast<unsigned char>(raw[j]);
        if ((lead == 0xEF || lead == 0xE3) &&
            (raw.compare(j, 3, "，") == 0 || raw.compare(j, 3, "、") == 0 ||
             raw.compare(j, 3, "；") == 0)) {
          sep_len = 3;
          break;
        }
        ++j;
      }
      size_t pb = i, pe = j;
      Trim(raw, &pb, &pe);
      if (pb < pe) {
        std::string_view piece = raw.substr(pb, pe - pb);
        bool found = false;
        // Tokens split on blanks and brackets; URLs are skipped.
        size_t k = 0;
        while (k < piece.size()) {
          size_t tb = k;
          while (k < piece.size() && piece[k] != ' ' && piece[k] != '\t' && piece[k] != '(' &&
                 piece[k] != ')' && static_cast<unsigned char>(piece[k]) < 0x80)
            ++k;
          if (k > tb) {
            std::string_view tok = piece.substr(tb, k - tb);
            if (tok.find("://") == std::string_view::npos &&
                tok.find('#') == std::string_view::npos) {
              auto it = codes.find(AlnumLower(tok));
              if (it != codes.end()) {
                AddStatus(it->second, vb + pb + tb, tok.size());
                found = true;
              }
            }
          }
          if (k < piece.size()) ++k;
        }
        if (!found) {
          auto it = codes.find(AlnumLower(piece));  // "client hold", "Client Transfer Prohibited"
          if (it != codes.end() && !HasNonAscii(piece)) {
            AddStatus(it->second, vb + pb, piece.size());
            found = true;
          }
        }
        if (!found && Phrases(vb + pb, vb + pe)) found = true;  // "free", "未注册", "reserved"
        if (!found && HasNonAscii(piece)) {
          if (RealNameUnverifiedWord(piece)) {
            r_.real_name_verified = false;
            r_.real_name_evidence = {CleanUtf8(piece), vb + pb, piece.size()};
          }
          const char* code = ChineseStatus(piece);
          std::string word = code ? code : CleanUtf8(piece.substr(0, 96));
          AddStatus(word, vb + pb, piece.size());
        }
      }
      if (j >= raw.size()) break;
      i = j + sep_len;
    }
  }

  // Looks for not found / reserved / rate limited wording; true when some was found.
  bool Phrases(size_t lb, size_t le) {
    if (le - lb > kMaxPhraseLine || phrase_lines_ >= kMaxPhraseLines) return false;
    ++phrase_lines_;
    std::vector<int> hits;
    std::string_view line = t_.substr(lb, le - lb);
    if (!ResultPhrases().Match(re2::StringPiece(line.data(), line.size()), &hits)) return false;
    bool any = false;
    bool exclude = std::find(hits.begin(), hits.end(), kPhExclude) != hits.end();
    for (int h : hits) {
      if (h == kPhExclude) continue;
      if (exclude && h == kPhReserved) continue;
      any = true;
      std::optional<WhoisValue>* slot = h == kPhNotFound   ? &notfound_line_
                                        : h == kPhReserved ? &reserved_line_
                                                           : &ratelimit_line_;
      if (!*slot) *slot = WhoisValue{CleanUtf8(line), lb, le - lb};
    }
    return any;
  }

  void Finish(bool any_text) {
    if (domain_.set) r_.domain = domain_.v;
    if (registrar_.set) r_.registrar = registrar_.v;
    if (iana_.set) r_.registrar_iana_id = iana_.v;
    if (created_.set) r_.created = created_.v;
    if (expires_.set) r_.expires = expires_.v;
    if (realname_date_.set) r_.real_name_verified_on = realname_date_.v;
    if (org_.set) {
      r_.registrant = org_.v;
    } else if (name_.set) {
      r_.registrant = name_.v;
    } else if (r_.IsRedacted("registrant_organization") || r_.IsRedacted("registrant_name")) {
      r_.redacted.insert(r_.redacted.begin(), "registrant");
    }
    if (!privacy_explicit_) {
      if (proxy_seen_) {
        r_.privacy = true;
        r_.privacy_evidence = proxy_evidence_;
      } else if (r_.registrant.present()) {
        r_.privacy = false;
      }
    }
    if (r_.HasStatus("serverReserved")) status_reserved_ = true;
    if (status_reserved_ && !reserved_line_) {
      for (const auto& s : r_.statuses)
        if (s.value == "serverReserved") reserved_line_ = s;
    }
    bool has_record = r_.registrar.present() || r_.created.present() || r_.expires.present() ||
                      r_.registrant.present() || !r_.statuses.empty() || !r_.name_servers.empty();
    if (!any_text) {
      r_.result = WhoisResult::kEmpty;
    } else if (has_record && !(status_reserved_ && !r_.created.present())) {
      r_.result = WhoisResult::kFound;
    } else if (ratelimit_line_) {
      r_.result = WhoisResult::kRateLimited;
      r_.result_evidence = *ratelimit_line_;
    } else if (reserved_line_) {
      r_.result = WhoisResult::kReserved;
      r_.result_evidence = *reserved_line_;
    } else if (notfound_line_) {
      r_.result = WhoisResult::kNotFound;
      r_.result_evidence = *notfound_line_;
    } else {
      r_.result = WhoisResult::kUnrecognised;
    }
    if (tags_ & kTagCnnic && !(tags_ & kTagRegistrant) && (tags_ & kTagChinese) == 0) {
      r_.format = WhoisFormat::kCnnic;
    } else if (tags_ & kTagChinese) {
      r_.format = WhoisFormat::kChineseKeys;
    } else if (tags_ & kTagRegistrant) {
      r_.format = WhoisFormat::kIcannThick;
    } else if (tags_ & kTagThin) {
      r_.format = WhoisFormat::kVerisignThin;
    }
  }

  std::string_view t_;
  WhoisRecord r_;
  Slot domain_, org_, name_, registrar_, iana_, created_, expires_, realname_date_;
  std::string key_;  // scratch buffer for NormaliseKey
  bool pending_ = false;
  bool pending_loose_ = false;  // the value may follow without indentation
  KeyDef pending_def_{Field::kIgnore, 0, 0};
  unsigned tags_ = 0;
  bool saw_registry_expiry_ = false;
  bool privacy_explicit_ = false;
  bool proxy_seen_ = false;
  bool status_reserved_ = false;
  WhoisValue proxy_evidence_;
  size_t phrase_lines_ = 0;
  std::optional<WhoisValue> notfound_line_, reserved_line_, ratelimit_line_;
};

}  // namespace

WhoisRecord ParseWhois(std::string_view text) { return Parser(text).Run(); }

RegistrarKind ClassifyRegistrar(std::string_view name, std::string_view iana_id,
                                const WordMatcher& domestic, const WordMatcher& foreign) {
  size_t b = 0, e = name.size();
  Trim(name, &b, &e);
  name = name.substr(b, e - b);
  if (name.empty() && iana_id.empty()) return RegistrarKind::kUnknown;
  std::string probe(name.substr(0, kMaxValue));
  if (!iana_id.empty()) {
    probe += " [IANA:";
    probe += std::string(iana_id.substr(0, 12));
    probe += "]";
  }
  if (!foreign.Which(probe).empty()) return RegistrarKind::kForeign;
  if (!domestic.Which(probe).empty()) return RegistrarKind::kDomestic;
  return RegistrarKind::kUnlisted;
}

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
