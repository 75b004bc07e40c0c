// The WHOIS keys the reader knows (English RDDS/registry keys and the Chinese keys of registrar
// web pages), the field each one names, and how a key is normalised before the look-up.
#include <algorithm>
#include <initializer_list>

#include "core/readers/whois/internal.h"

namespace beian::whois {

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

}  // namespace beian::whois
