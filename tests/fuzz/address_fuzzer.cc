// libFuzzer harness: Chinese address normalisation, parsing and comparison (core/geo/address.h).
// Input: address A, optionally "\n" and address B.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/geo/address.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 16)) return 0;  // addresses are short; keep iterations fast
  std::string all(reinterpret_cast<const char*>(data), size);
  std::string a = all, b;
  if (size_t nl = all.find('\n'); nl != std::string::npos) {
    a = all.substr(0, nl);
    b = all.substr(nl + 1);
  }
  (void)beian::NormalizeAddress(a);
  (void)beian::ChineseNumeralToDigits(a);
  beian::ParsedAddress p = beian::ParseAddress(a);
  (void)p;
  beian::AddressDiff d = beian::CompareAddresses(a, b);
  if (d.equal() != (d.kind == beian::AddressDiffKind::kEqual)) __builtin_trap();
  (void)beian::AddressDiffName(d.kind);
  return 0;
}
