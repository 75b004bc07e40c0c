// SEED-018: the brief's materials checklist (documents.*, core/facts/documents.h): one finding per
// missing item, as the catalog row says, also where DOC-004 or DOC-008 report the same document
// (they give the official rule; this one the brief's list). The licence validity is SEED-005's.
// Runs only when the application has a documents section.
#include <string>

#include "core/facts/documents.h"
#include "core/model.h"
#include "core/rules/seed/seed.h"

namespace beian::rules {

using facts::DocumentPath;
using facts::DocumentReady;
using facts::HasDocuments;

// SEED-018: the brief's materials list
void Seed018(Ctx& c) {
  if (!HasDocuments(c.app())) return c.Skip();
  bool person = IsIndividual(c.app());
  if (!person) {
    if (!DocumentReady(c.app(), "business_license_scan"))
      c.Emit(DocumentPath("business_license_scan"), {}, Variant("license_scan"));
    else if (!DocumentReady(c.app(), "business_license_sealed"))
      c.Emit(DocumentPath("business_license_sealed"), {}, Variant("seal"));
  }
  if (!DocumentReady(c.app(), "id_card_front_back"))
    c.Emit(DocumentPath("id_card_front_back"), {},
           Variant(person ? "id_card_personal" : "id_card"));
  if (!DocumentReady(c.app(), "liveness_verified"))
    c.Emit(DocumentPath("liveness_verified"), {},
           Variant(person ? "liveness_personal" : "liveness"));
  if (!DocumentReady(c.app(), "domain_certificate"))
    c.Emit(DocumentPath("domain_certificate"), {}, Variant("domain_cert"));
  if (!DocumentReady(c.app(), "server_access_proof"))
    c.Emit(DocumentPath("server_access_proof"), {}, Variant("access_proof"));
  if (!DocumentReady(c.app(), "content_self_check_form")) {
    c.Emit(DocumentPath("content_self_check_form"), {},
           Variant(person ? "self_check_personal" : "self_check"));
  } else if (!person && !DocumentReady(c.app(), "self_check_form_signed_by_legal_rep")) {
    c.Emit(DocumentPath("self_check_form_signed_by_legal_rep"), {}, Variant("self_check_signed"));
  }
}

}  // namespace beian::rules
