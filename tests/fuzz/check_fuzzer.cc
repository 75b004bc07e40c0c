// libFuzzer harness: the application JSON parser, schema validation and every rule (Check()).
// Built and run by scripts/fuzz (clang++-14 -fsanitize=fuzzer,address,undefined).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/check.h"
#include "core/engine/decode.h"
#include "core/json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  beian::CheckOptions opts;
  opts.today = "2026-11-28";
  // The first byte picks the locale and the field-check mode, so both paths are fuzzed.
  if (size > 0 && (data[0] & 1)) opts.locale = "en";
  if (size > 0 && (data[0] & 2)) opts.field = "/subject";
  beian::CheckResult r = beian::Check(input, opts);
  // Decoding cuts long strings out before parsing (core/engine/decode.cc): same document as
  // nlohmann's parse of the repaired text.
  beian::Decoded d = beian::DecodeApplication(input);
  if (d.ok) {
    std::string text = beian::RepairUtf8(input);
    if (beian::ParseJson(text) != d.app) __builtin_trap();
  }
  if (r.ok && r.report.empty()) __builtin_trap();  // a successful check always has a report
  if (!r.ok && r.error.empty()) __builtin_trap();  // a failure always says why
  return 0;
}
