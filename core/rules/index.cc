// Every rule of the catalog that the core evaluates, sorted by ID: the one place that ties a
// rule ID to its function. A rule lives in core/rules/<prefix in lower case>/; its wording,
// severity, provinces and examples in core/pack/rules/<ID>.json. Engine-only IDs (INPUT-001…008,
// 010: raised while the application is read) are marked "engine": true in the pack and are not
// listed here. tests/unit/rules/index_test.cc holds this table to the pack.
#include "core/rules/index.h"

#include "core/rules/adr/adr.h"
#include "core/rules/ai/ai.h"
#include "core/rules/app/app.h"
#include "core/rules/cnt/cnt.h"
#include "core/rules/con/con.h"
#include "core/rules/doc/doc.h"
#include "core/rules/dom/dom.h"
#include "core/rules/dsp/dsp.h"
#include "core/rules/ent/ent.h"
#include "core/rules/hst/hst.h"
#include "core/rules/input/input.h"
#include "core/rules/name/name.h"
#include "core/rules/ppl/ppl.h"
#include "core/rules/psb/psb.h"
#include "core/rules/seed/seed.h"
#include "core/rules/tim/tim.h"

namespace beian::rules {

const std::vector<RuleEntry>& Index() {
  static const std::vector<RuleEntry> kIndex = {
      {"ADR-001", Adr001},     {"ADR-002", Adr002},   {"ADR-003", Adr003},
      {"ADR-004", Adr004},     {"ADR-005", Adr005},   {"ADR-006", Adr006},
      {"AI-001", Ai001},       {"AI-002", Ai002},     {"AI-003", Ai003},
      {"AI-004", Ai004},       {"AI-005", Ai005},     {"APP-001", App001},
      {"APP-002", App002},     {"APP-003", App003},   {"APP-004", App004},
      {"APP-005", App005},     {"APP-006", App006},   {"APP-007", App007},
      {"APP-008", App008},     {"APP-009", App009},   {"APP-010", App010},
      {"APP-011", App011},     {"APP-012", App012},   {"APP-013", App013},
      {"APP-014", App014},     {"CNT-001", Cnt001},   {"CNT-002", Cnt002},
      {"CNT-003", Cnt003},     {"CNT-004", Cnt004},   {"CNT-005", Cnt005},
      {"CNT-006", Cnt006},     {"CNT-007", Cnt007},   {"CNT-008", Cnt008},
      {"CNT-009", Cnt009},     {"CNT-010", Cnt010},   {"CNT-011", Cnt011},
      {"CON-001", Con001},     {"CON-002", Con002},   {"CON-003", Con003},
      {"CON-004", Con004},     {"CON-005", Con005},   {"CON-006", Con006},
      {"CON-007", Con007},     {"CON-009", Con009},   {"CON-010", Con010},
      {"CON-011", Con011},     {"CON-012", Con012},   {"DOC-001", Doc001},
      {"DOC-002", Doc002},     {"DOC-003", Doc003},   {"DOC-004", Doc004},
      {"DOC-005", Doc005},     {"DOC-006", Doc006},   {"DOC-007", Doc007},
      {"DOC-008", Doc008},     {"DOC-009", Doc009},   {"DOC-010", Doc010},
      {"DOC-011", Doc011},     {"DOC-012", Doc012},   {"DOC-013", Doc013},
      {"DOC-014", Doc014},     {"DOM-001", Dom001},   {"DOM-002", Dom002},
      {"DOM-003", Dom003},     {"DOM-004", Dom004},   {"DOM-005", Dom005},
      {"DOM-006", Dom006},     {"DOM-007", Dom007},   {"DOM-008", Dom008},
      {"DOM-009", Dom009},     {"DOM-010", Dom010},   {"DOM-011", Dom011},
      {"DOM-012", Dom012},     {"DOM-013", Dom013},   {"DOM-014", Dom014},
      {"DOM-015", Dom015},     {"DOM-016", Dom016},   {"DOM-017", Dom017},
      {"DOM-018", Dom018},     {"DOM-019", Dom019},   {"DOM-020", Dom020},
      {"DOM-021", Dom021},  // domain certificate (issue 14)
      {"DSP-001", Dsp001},     {"DSP-002", Dsp002},   {"DSP-003", Dsp003},
      {"DSP-004", Dsp004},     {"DSP-005", Dsp005},   {"DSP-006", Dsp006},
      {"DSP-007", Dsp007},     {"DSP-008", Dsp008},   {"DSP-009", Dsp009},
      {"DSP-010", Dsp010},     {"DSP-011", Dsp011},   {"DSP-012", Dsp012},
      {"DSP-013", Dsp013},     {"DSP-014", Dsp014},   {"DSP-015", Dsp015},
      {"DSP-016", Dsp016},     {"DSP-017", Dsp017},   {"ENT-001", Ent001},
      {"ENT-002", Ent002},     {"ENT-003", Ent003},   {"ENT-004", Ent004},
      {"ENT-005", Ent005},     {"ENT-006", Ent006},   {"ENT-007", Ent007},
      {"ENT-008", Ent008},     {"ENT-009", Ent009},   {"ENT-010", Ent010},
      {"ENT-011", Ent011},     {"ENT-012", Ent012},   {"ENT-013", Ent013},
      {"ENT-014", Ent014},     {"ENT-015", Ent015},   {"ENT-017", Ent017},
      {"ENT-018", Ent018},     {"ENT-019", Ent019},   {"ENT-020", Ent020},
      {"ENT-021", Ent021},     {"ENT-022", Ent022},   {"ENT-023", Ent023},
      {"ENT-024", Ent024},     {"ENT-025", Ent025},  // licence credit code
      {"HST-001", Hst001},     {"HST-002", Hst002},
      {"HST-003", Hst003},     {"HST-004", Hst004},   {"HST-005", Hst005},
      {"HST-006", Hst006},     {"HST-007", Hst007},   {"HST-008", Hst008},
      {"HST-009", Hst009},     {"HST-010", Hst010},   {"INPUT-009", Input009},
      {"INPUT-011", Input011}, {"NAME-001", Name001}, {"NAME-002", Name002},
      {"NAME-003", Name003},   {"NAME-004", Name004}, {"NAME-005", Name005},
      {"NAME-006", Name006},   {"NAME-007", Name007}, {"NAME-008", Name008},
      {"NAME-009", Name009},   {"NAME-010", Name010}, {"NAME-011", Name011},
      {"NAME-012", Name012},   {"NAME-013", Name013}, {"NAME-014", Name014},
      {"NAME-015", Name015},   {"NAME-016", Name016}, {"NAME-017", Name017},
      {"NAME-018", Name018},   {"NAME-019", Name019}, {"NAME-020", Name020},
      {"NAME-021", Name021},   {"NAME-022", Name022}, {"NAME-023", Name023},
      {"NAME-024", Name024},   {"NAME-025", Name025}, {"NAME-026", Name026},
      {"NAME-027", Name027},   {"NAME-028", Name028}, {"NAME-029", Name029},
      {"NAME-030", Name030},   {"PPL-001", Ppl001},   {"PPL-002", Ppl002},
      {"PPL-003", Ppl003},     {"PPL-004", Ppl004},   {"PPL-005", Ppl005},
      {"PPL-006", Ppl006},     {"PPL-007", Ppl007},   {"PPL-008", Ppl008},
      {"PPL-009", Ppl009},     {"PPL-010", Ppl010},   {"PPL-011", Ppl011},
      {"PPL-012", Ppl012},     {"PPL-013", Ppl013},   {"PPL-014", Ppl014},
      {"PPL-015", Ppl015},     {"PPL-016", Ppl016},   {"PPL-017", Ppl017},
      {"PPL-018", Ppl018},     {"PPL-019", Ppl019},   {"PPL-020", Ppl020},
      {"PSB-001", Psb001},     {"PSB-002", Psb002},   {"PSB-003", Psb003},
      {"PSB-004", Psb004},     {"PSB-005", Psb005},   {"PSB-006", Psb006},
      {"PSB-007", Psb007},     {"PSB-008", Psb008},   {"SEED-001", Seed001},
      {"SEED-002", Seed002},   {"SEED-003", Seed003}, {"SEED-004", Seed004},
      {"SEED-005", Seed005},   {"SEED-006", Seed006}, {"SEED-007", Seed007},
      {"SEED-008", Seed008},   {"SEED-009", Seed009}, {"SEED-010", Seed010},
      {"SEED-011", Seed011},   {"SEED-012", Seed012}, {"SEED-013", Seed013},
      {"SEED-014", Seed014},   {"SEED-015", Seed015}, {"SEED-016", Seed016},
      {"SEED-017", Seed017},   {"SEED-018", Seed018}, {"SEED-019", Seed019},
      {"SEED-020", Seed020},   {"SEED-021", Seed021}, {"SEED-022", Seed022},
      {"SEED-023", Seed023},   {"SEED-024", Seed024}, {"SEED-025", Seed025},
      {"TIM-001", Tim001},     {"TIM-002", Tim002},   {"TIM-003", Tim003},
      {"TIM-004", Tim004},     {"TIM-005", Tim005},   {"TIM-006", Tim006},
      {"TIM-007", Tim007},     {"TIM-008", Tim008},   {"TIM-009", Tim009},
  };
  return kIndex;
}

}  // namespace beian::rules
