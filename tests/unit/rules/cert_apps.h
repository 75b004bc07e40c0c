// An enterprise filing whose one domain has its certificate uploaded (domain, holder = the
// subject, registrar, dates): shared by the certificate reader's and DOM-021's tests.
#ifndef BEIAN_TESTS_UNIT_RULES_CERT_APPS_H_
#define BEIAN_TESTS_UNIT_RULES_CERT_APPS_H_

#include "core/json.h"

namespace beian::testing::cert {

inline json CertApp() {
  return json::parse(R"({
    "subject": {"type": "enterprise", "province": "浙江", "name": "杭州青禾茶业有限公司",
                "certificate_type": "business_license", "certificate_number": "91330106MA2H3K7Q4Q",
                "legal_representative_name": "沈青禾"},
    "websites": [{"name": "青禾茶叶", "domains": [{"name": "qinghe-tea.cn",
                  "registrant": "杭州青禾茶业有限公司", "registered_on": "2019-05-12"}]}],
    "attachments": {"domain_certificates": [{"text":
      "域名：qinghe-tea.cn\n域名持有者：杭州青禾茶业有限公司\n注册服务机构：阿里云计算有限公司（万网）\n注册日期：2019年05月12日\n到期日期：2027年05月12日\n"}]}
  })");
}

}  // namespace beian::testing::cert

#endif  // BEIAN_TESTS_UNIT_RULES_CERT_APPS_H_
