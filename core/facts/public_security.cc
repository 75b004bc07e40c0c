#include "core/facts/public_security.h"

#include "core/model.h"

namespace beian::facts {

bool PsbReached(const json& app) { return At(app, "/public_security") != nullptr; }

bool HasIcpNumber(const json& app) {
  return NonBlank(app, "/public_security/icp_number").has_value() ||
         At(app, "/public_security/icp_approved_on") != nullptr;
}

bool PsbDone(const json& app) {
  return NonBlank(app, "/public_security/psb_number").has_value() ||
         At(app, "/public_security/psb_approved_on") != nullptr;
}

}  // namespace beian::facts
