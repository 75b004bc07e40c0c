#include "core/facts/prepare.h"

namespace beian::facts {

const std::vector<PrepareStep>& PrepareSteps() {
  static const std::vector<PrepareStep> kSteps = {
      {"applicability", PrepareApplicability},
      {"license", PrepareLicense},
      {"plan", PreparePlan},
      {"site_pages", PrepareSitePages},
      {"whois", PrepareWhois},
      {"domain_certificates", PrepareDomainCertificates},
  };
  return kSteps;
}

}  // namespace beian::facts
