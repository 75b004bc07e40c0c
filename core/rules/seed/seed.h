// The SEED-xxx rules (docs/rules-catalog.md). Each is defined in one file of this folder;
// core/rules/index.cc lists them.
#ifndef BEIAN_CORE_RULES_SEED_SEED_H_
#define BEIAN_CORE_RULES_SEED_SEED_H_

#include "core/rules/rule.h"

namespace beian::rules {

void Seed001(Ctx& c);  // SEED-001 Do I have to file? (applicability)
void Seed002(Ctx& c);  // SEED-002 Exception 1: English-only site isolated from the mainland
void Seed003(Ctx& c);  // SEED-003 Exception 2: platform subdomain only
void Seed004(Ctx& c);  // SEED-004 An online shop's business scope should cover online sales
void Seed005(Ctx& c);  // SEED-005 Business licence validity
void Seed006(Ctx& c);  // SEED-006 Certificate address differs from the licence (brief)
void Seed007(Ctx& c);  // SEED-007 Domain registered less than 30 days ago
void Seed008(Ctx& c);  // SEED-008 Sole proprietors may not run commercial information services
void Seed009(Ctx& c);  // SEED-009 Personal filings only for non-interactive sites
void Seed010(Ctx& c);  // SEED-010 Overseas hosting needs a cross-border compliance statement
void Seed011(Ctx& c);  // SEED-011 Name contains 全球/国际/跨境
void Seed012(Ctx& c);  // SEED-012 Columns or service content mention 代购/海淘/转运
void Seed013(Ctx& c);  // SEED-013 Name contains 全球购/保税仓/代运营
void Seed014(Ctx& c);  // SEED-014 More than five domains for one subject
void Seed015(Ctx& c);  // SEED-015 Server IP belongs to a CDN or proxy
void Seed016(Ctx& c);  // SEED-016 What the 公安 filing needs
void Seed017(Ctx& c);  // SEED-017 Public-security filing within 30 days of ICP approval (brief)
void Seed018(Ctx& c);  // SEED-018 Materials listed by industry articles
void Seed019(Ctx& c);  // SEED-019 Domain holder must match the licence name exactly
void Seed020(Ctx& c);  // SEED-020 MLPS level-2 basic protection
void Seed021(Ctx& c);  // SEED-021 What filing costs
void Seed022(Ctx& c);  // SEED-022 Filing time and cost of delay
void Seed023(Ctx& c);  // SEED-023 Correct within 5 working days after a rejection (brief)
void Seed024(Ctx& c);  // SEED-024 Yearly self-check after the public-security filing
void Seed025(Ctx& c);  // SEED-025 Platform store vs independent site

}  // namespace beian::rules

#endif  // BEIAN_CORE_RULES_SEED_SEED_H_
