// Wording the reader recognises in values and free lines: not found / reserved / rate limited
// replies, privacy services, redactions and placeholders, and the status words (EPP codes and
// their Chinese renderings).
#include "core/readers/whois/internal.h"

namespace beian::whois {

// ------------------------------------------------------------------------------------------
// Phrase patterns (compiled once).

namespace {

RE2::Options PhraseOptions() {
  RE2::Options o;
  o.set_case_sensitive(false);
  o.set_log_errors(false);
  o.set_max_mem(16 << 20);
  return o;
}

}  // namespace

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

const RE2& ProxyPhrase() {
  static const RE2* re = new RE2(
      R"(privacy service|whoisguard|whois ?guard|domains by proxy|withheld for privacy|)"
      R"(contact privacy|privacy protect|whois privacy|privacyguardian|privacy guardian|)"
      R"(perfect privacy|identity protection|proxy protection|super privacy|private by design|)"
      R"(domain protection services|privacy\.link|隐私保护|隐私服务|代理注册)",
      PhraseOptions());
  return *re;
}

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

}  // namespace beian::whois
