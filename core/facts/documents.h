// The documents section (documents.*: what the seller has ready) as the materials rules (DOC)
// and other prefixes (SEED-018, PPL) read it, and when a domain certificate is asked for.
#ifndef BEIAN_CORE_FACTS_DOCUMENTS_H_
#define BEIAN_CORE_FACTS_DOCUMENTS_H_

#include <string>

#include "core/engine/context.h"
#include "core/json.h"

namespace beian::facts {

// The application has a documents section (else a checklist cannot tell what is missing).
bool HasDocuments(const json& app);

// documents.<key> is true (the item is ready); the domain certificate also when one was uploaded
// (attachments.domain_certificates with text).
bool DocumentReady(const json& app, const std::string& key);

// JSON Pointer of documents.<key>.
std::string DocumentPath(const std::string& key);

// The province (or provider) situation in which a domain certificate is asked for, "" when
// none: the variant of DOC-008, whose pack params hold the province cases. *count receives the
// number of domains the case counts.
std::string DomainCertificateCase(const Ctx& c, long* count);

}  // namespace beian::facts

#endif  // BEIAN_CORE_FACTS_DOCUMENTS_H_
