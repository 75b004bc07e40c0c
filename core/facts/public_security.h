// The 公安联网备案 step as the PSB rules and SEED-016 see it: reached, ICP number in hand, done.
#ifndef BEIAN_CORE_FACTS_PUBLIC_SECURITY_H_
#define BEIAN_CORE_FACTS_PUBLIC_SECURITY_H_

#include "core/json.h"

namespace beian::facts {

// The application has a public_security section (the step is reached).
bool PsbReached(const json& app);

// The ICP filing is approved: an ICP number or an approval date.
bool HasIcpNumber(const json& app);

// The 公安 filing is done: a 公安 number or an approval date.
bool PsbDone(const json& app);

}  // namespace beian::facts

#endif  // BEIAN_CORE_FACTS_PUBLIC_SECURITY_H_
