// For the modules that embed no optional resource (the page's core, the OCR modules): the English
// wording is fetched when first asked for and handed over with ProvideResource (core/resources.h).
#include "core/resources.h"

namespace beian {

std::string_view OptionalEmbeddedResource(std::string_view) { return std::string_view(); }

}  // namespace beian
