// libFuzzer harness: the business-licence text reader (core/readers/license.h).
// Input: licence text, optionally followed by "\n\x00REGISTRY\n" and the registry text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/json.h"
#include "core/readers/license.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view all(reinterpret_cast<const char*>(data), size);
  std::string_view text = all, registry;
  constexpr std::string_view kSep("\n\0REGISTRY\n", 11);
  if (size_t cut = all.find(kSep); cut != std::string_view::npos) {
    text = all.substr(0, cut);
    registry = all.substr(cut + kSep.size());
  }
  beian::LicenseFacts f = beian::ReadLicense(text, registry);
  std::string facts = beian::Dump(beian::LicenseJson(f));
  (void)facts;
  for (const auto* v : {&f.name, &f.credit_code, &f.address, &f.business_scope, &f.valid_until}) {
    if (!v->empty() && v->offset + v->length > text.size()) __builtin_trap();
  }
  size_t off = 0, len = 0;
  std::string date = beian::ParseLicenseDate(text.substr(0, 128), &off, &len);
  if (!date.empty() && off + len > 128 && off + len > text.size()) __builtin_trap();
  (void)beian::CompactText(text.substr(0, 4096));
  return 0;
}
