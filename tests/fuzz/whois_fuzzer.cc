// libFuzzer harness: the WHOIS reader (core/readers/whois.h) and its helpers.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/json.h"
#include "core/readers/whois.h"
#include "core/rulepack.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  beian::WhoisRecord r = beian::ParseWhois(text);
  std::string facts = beian::Dump(beian::WhoisFacts(r));
  (void)facts;
  for (const auto& v : {r.domain, r.registrant, r.registrar, r.created, r.expires}) {
    // Offsets must point into the text.
    if (v.present() && v.offset + v.length > size) __builtin_trap();
  }
  size_t used = 0;
  (void)beian::NormaliseWhoisDate(text.substr(0, 64), &used);
  if (used > 64) __builtin_trap();
  (void)beian::NormaliseDomainName(text.substr(0, 256));
  static const beian::RulePack& pack = beian::RulePack::Builtin();
  (void)beian::ClassifyRegistrar(r.registrar.value, r.registrar_iana_id.value,
                                 pack.Matcher("WL-REGISTRAR-CN"),
                                 pack.Matcher("WL-REGISTRAR-FOREIGN"));
  return 0;
}
