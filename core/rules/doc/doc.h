// The DOC-xxx rules (docs/rules-catalog.md). Each is defined in one file of this folder;
// core/rules/index.cc lists them.
#ifndef BEIAN_CORE_RULES_DOC_DOC_H_
#define BEIAN_CORE_RULES_DOC_DOC_H_

#include "core/rules/rule.h"

namespace beian::rules {

void Doc001(Ctx& c);  // DOC-001 Colour photo or scan of the original
void Doc002(Ctx& c);  // DOC-002 Format and size of uploads
void Doc003(Ctx& c);  // DOC-003 Watermarks must not cover key data
void Doc004(Ctx& c);  // DOC-004 Is the core document set complete?
void Doc005(Ctx& c);  // DOC-005 Guangdong: filing commitment letter
void Doc006(Ctx& c);  // DOC-006 Jiangsu: authenticity notice and commitment
void Doc007(Ctx& c);  // DOC-007 How to fill in the verification form
void Doc008(Ctx& c);  // DOC-008 When a domain certificate is needed
void Doc009(Ctx& c);  // DOC-009 The real-name screenshot must show four items
void Doc010(Ctx& c);  // DOC-010 Website construction plan
void Doc011(Ctx& c);  // DOC-011 Say so when no pre-approval is needed
void Doc012(Ctx& c);  // DOC-012 Hubei: e-commerce statement
void Doc013(Ctx& c);  // DOC-013 The personal-site declaration in the remarks
void Doc014(Ctx& c);  // DOC-014 Site remarks should state the purpose

}  // namespace beian::rules

#endif  // BEIAN_CORE_RULES_DOC_DOC_H_
