// Internal to the licence reader (core/readers/license.cc, license_status.cc): the text helpers
// both files use. Not an API: include core/readers/license.h.
#ifndef BEIAN_CORE_READERS_LICENSE_TEXT_H_
#define BEIAN_CORE_READERS_LICENSE_TEXT_H_

#include <re2/re2.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/readers/license.h"

namespace beian::license_text {

struct Range {
  size_t begin = 0;
  size_t end = 0;
};

size_t SpaceAt(std::string_view s, size_t i);
size_t BlankAt(std::string_view s, size_t i);
Range Trim(std::string_view text, Range r);
LicenseValue MakeValue(std::string_view text, Range r);
const RE2& DateRe();
int DigitsValue(const std::string& s);
bool Contains(std::string_view hay, const char* needle);
bool IsColonAt(std::string_view s, size_t i, size_t* len);

// Reads every status fact of `text` (the licence, or with `registry` the registry page) into
// f->status, skipping `skip` (the 经营范围) in licence text.
void ScanStatus(std::string_view text, bool registry, Range skip, LicenseFacts* f);

}  // namespace beian::license_text

#endif  // BEIAN_CORE_READERS_LICENSE_TEXT_H_
