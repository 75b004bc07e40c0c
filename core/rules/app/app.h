// The APP-xxx rules (docs/rules-catalog.md). Each is defined in one file of this folder;
// core/rules/index.cc lists them.
#ifndef BEIAN_CORE_RULES_APP_APP_H_
#define BEIAN_CORE_RULES_APP_APP_H_

#include "core/rules/rule.h"

namespace beian::rules {

void App001(Ctx& c);  // APP-001 A mainland server or CDN requires an ICP filing
void App002(Ctx& c);  // APP-002 All servers outside the mainland: no filing needed or possible
void App003(Ctx& c);  // APP-003 A filed domain moved abroad loses its access
void App004(Ctx& c);  // APP-004 A CDN with mainland nodes needs a filing first
void App005(Ctx& c);  // APP-005 Sites reached by IP only must be filed too
void App006(Ctx& c);  // APP-006 Paid information services need an ICP licence
void App007(Ctx& c);  // APP-007 Marketplaces with third-party merchants need an EDI licence
void App008(Ctx& c);  // APP-008 Own-brand shop: filing or licence needs review
void App009(Ctx& c);  // APP-009 File through the provider that hosts the server
void App010(Ctx& c);  // APP-010 A new provider needs an access filing
void App011(Ctx& c);  // APP-011 Subdomains need no separate filing at the same provider
void App012(Ctx& c);  // APP-012 A foreign entity cannot file directly
void App013(Ctx& c);  // APP-013 Apps and mini programs are filed separately
void App014(Ctx& c);  // APP-014 Penalties for operating without a filing

}  // namespace beian::rules

#endif  // BEIAN_CORE_RULES_APP_APP_H_
