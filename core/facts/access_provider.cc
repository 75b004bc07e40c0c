#include "core/facts/access_provider.h"

#include "core/text.h"

namespace beian::facts {

bool IsHuaweiProvider(const std::string& provider) {
  return provider.find("华为") != std::string::npos ||
         Lower(provider).find("huawei") != std::string::npos;
}

}  // namespace beian::facts
