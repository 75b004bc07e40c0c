// The HST-xxx rules (docs/rules-catalog.md). Each is defined in one file of this folder;
// core/rules/index.cc lists them.
#ifndef BEIAN_CORE_RULES_HST_HST_H_
#define BEIAN_CORE_RULES_HST_HST_H_

#include "core/rules/rule.h"

namespace beian::rules {

void Hst001(Ctx& c);  // HST-001 Server must be in the mainland
void Hst002(Ctx& c);  // HST-002 The instance must be a subscription
void Hst003(Ctx& c);  // HST-003 Subscription of at least 3 months
void Hst004(Ctx& c);  // HST-004 The instance needs a public IP
void Hst005(Ctx& c);  // HST-005 IPs must be valid public addresses
void Hst006(Ctx& c);  // HST-006 Service codes per instance are limited
void Hst007(
    Ctx& c);  // HST-007 After approval the domain must resolve to the provider's mainland IP
void Hst008(Ctx& c);  // HST-008 Resolved IP equals the filed IP
void Hst009(Ctx& c);  // HST-009 An expiring instance endangers the filing
void Hst010(Ctx& c);  // HST-010 Several subjects on one server

}  // namespace beian::rules

#endif  // BEIAN_CORE_RULES_HST_HST_H_
