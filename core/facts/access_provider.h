// The access provider (接入商, websites[].hosting.access_provider) as several rule prefixes tell
// providers apart (HST-003, DOC-008, SEED-018).
#ifndef BEIAN_CORE_FACTS_ACCESS_PROVIDER_H_
#define BEIAN_CORE_FACTS_ACCESS_PROVIDER_H_

#include <string>

namespace beian::facts {

// The provider as typed names Huawei Cloud (华为, huawei in any case).
bool IsHuaweiProvider(const std::string& provider);

}  // namespace beian::facts

#endif  // BEIAN_CORE_FACTS_ACCESS_PROVIDER_H_
