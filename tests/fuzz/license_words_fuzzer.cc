// libFuzzer harness: the licence words reader (core/readers/license_words.h).
// First byte even: the rest is the words JSON as the page would send it (any bytes: bad JSON,
// wrong types, huge numbers). Odd: the rest decodes to a words array (tests/fuzz/fuzz_words.h),
// read directly and through its JSON; the fields must be JSON again and boxes must hold words.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/json.h"
#include "core/readers/license_words.h"
#include "tests/fuzz/fuzz_words.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  if ((data[0] & 1) == 0) {
    std::string out = beian::LicenseFromWordsJson(
        std::string(reinterpret_cast<const char*>(data) + 1, size - 1), data[0] >> 1);
    if (beian::ParseJson(out).is_discarded()) __builtin_trap();
    return 0;
  }
  beian::fuzz::Bytes in(data + 1, size - 1);
  std::vector<beian::OcrWord> words = beian::fuzz::DecodeWords(&in);
  beian::OcrLicense lic = beian::ReadLicenseWords(words, data[0] >> 1);
  for (const beian::OcrField& f : lic.fields) {
    if (f.accepted && f.value.empty()) __builtin_trap();
  }
  std::string out = beian::LicenseFromWordsJson(beian::fuzz::WordsJson(words));
  if (beian::ParseJson(out).is_discarded()) __builtin_trap();
  return 0;
}
