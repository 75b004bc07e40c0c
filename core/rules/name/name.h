// The NAME-xxx rules (docs/rules-catalog.md). Each is defined in one file of this folder;
// core/rules/index.cc lists them.
#ifndef BEIAN_CORE_RULES_NAME_NAME_H_
#define BEIAN_CORE_RULES_NAME_NAME_H_

#include "core/rules/rule.h"

namespace beian::rules {

void Name001(Ctx& c);  // NAME-001 Website name of at least 3 characters
void Name002(Ctx& c);  // NAME-002 Website name not digits only
void Name003(Ctx& c);  // NAME-003 Website name not Latin letters only
void Name004(Ctx& c);  // NAME-004 Website name must not be a domain
void Name005(Ctx& c);  // NAME-005 Symbols in the website name
void Name006(Ctx& c);  // NAME-006 No national-level words in the name
void Name007(Ctx& c);  // NAME-007 No public-affairs words in the name
void Name008(Ctx& c);  // NAME-008 No illegal or sensitive words in the name
void Name009(Ctx& c);  // NAME-009 Name points to a field needing pre-approval
void Name010(Ctx& c);  // NAME-010 Interactive-service words in the name
void Name011(Ctx& c);  // NAME-011 Foreign country or international-organisation name
void Name012(Ctx& c);  // NAME-012 Name copied from provider examples
void Name013(Ctx& c);  // NAME-013 Organisation's site name unrelated to its trade name
void Name014(Ctx& c);  // NAME-014 Name beyond the business scope
void Name015(Ctx& c);  // NAME-015 Guangdong: company name + 官网 suggested
void Name016(Ctx& c);  // NAME-016 Personal site name with a person's or place name
void Name017(Ctx& c);  // NAME-017 Nationally banned words in personal names
void Name018(Ctx& c);  // NAME-018 Extended restricted words in personal names
void Name019(Ctx& c);  // NAME-019 Tianjin: restricted words in personal names
void Name020(Ctx& c);  // NAME-020 QingCloud restricted words in personal names
void Name021(Ctx& c);  // NAME-021 Company-type words in a personal name
void Name022(Ctx& c);  // NAME-022 Beijing: extra restricted words in personal names
void Name023(Ctx& c);  // NAME-023 Jiangsu: personal site name pattern
void Name024(Ctx& c);  // NAME-024 Idiom as a personal site name
void Name025(Ctx& c);  // NAME-025 Name starting with a province/city/county name
void Name026(Ctx& c);  // NAME-026 The homepage shows the filed site name
void Name027(Ctx& c);  // NAME-027 APP name equals the name under the icon
void Name028(Ctx& c);  // NAME-028 Several sites of one organisation may share a name
void Name029(Ctx& c);  // NAME-029 Absolute terms in the name
void Name030(Ctx& c);  // NAME-030 Words from an IDC list in a personal name

}  // namespace beian::rules

#endif  // BEIAN_CORE_RULES_NAME_NAME_H_
