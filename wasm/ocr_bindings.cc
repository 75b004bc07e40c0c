// The document-reading module (site/ocr/beian-ocr.mjs): loaded by the page only when a PDF or an
// image is uploaded, so the first load does not carry the OCR words parser. Same core library.
//   licenseFromWords(wordsJson)    -> fields JSON (core/readers/license_words.h)
//   domainCertFromWords(wordsJson) -> fields JSON of a domain certificate
//   (core/readers/domain_cert.h) normalizeText(text)           -> text with radicals and
//   compatibility ideographs folded
#include <emscripten/bind.h>

#include <string>

#include "core/ideographs.h"
#include "core/readers/domain_cert.h"
#include "core/readers/license_words.h"

namespace {

std::string LicenseFromWords(const std::string& words_json) {
  return beian::LicenseFromWordsJson(words_json);
}

std::string DomainCertFromWords(const std::string& words_json) {
  return beian::DomainCertFromWordsJson(words_json);
}

std::string NormalizeText(const std::string& text) { return beian::NormalizeIdeographs(text); }

}  // namespace

EMSCRIPTEN_BINDINGS(beian_ocr) {
  emscripten::function("licenseFromWords", &LicenseFromWords);
  emscripten::function("domainCertFromWords", &DomainCertFromWords);
  emscripten::function("normalizeText", &NormalizeText);
}
