// libFuzzer harness: the domain-certificate readers (core/readers/domain_cert.h).
// First byte 0 or 1: the rest is certificate text (spans must lie inside it, values must be
// valid UTF-8, dates YYYY-MM-DD). 2 or 3: the rest decodes to a words array (tests/fuzz/
// fuzz_words.h), read directly and through its JSON; every field's certificate line must read
// back to the value accepted. Anything else: the rest is the words JSON as given.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/json.h"
#include "core/readers/domain_cert.h"
#include "core/utf8.h"
#include "tests/fuzz/fuzz_words.h"

namespace {

void CheckText(std::string_view text) {
  beian::DomainCertificate c = beian::ReadDomainCertificate(text);
  for (const beian::WhoisValue* v :
       {&c.domain, &c.holder, &c.registrar, &c.registered, &c.expires}) {
    if (!v->present()) continue;
    if (v->offset + v->length > text.size()) __builtin_trap();
    if (beian::ScanUtf8(v->value).invalid_count) __builtin_trap();
  }
  for (const beian::WhoisValue* v : {&c.registered, &c.expires})
    if (v->present() && v->value.size() != 10) __builtin_trap();
  (void)beian::Dump(beian::DomainCertificateJson(c));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (data[0] < 2) {
    CheckText(rest);
    return 0;
  }
  if (data[0] < 4) {
    beian::fuzz::Bytes in(data + 1, size - 1);
    std::vector<beian::OcrWord> words = beian::fuzz::DecodeWords(&in);
    beian::OcrLicense cert = beian::ReadDomainCertificateWords(words);
    for (const beian::OcrField& f : cert.fields)
      if (f.accepted && f.value.empty()) __builtin_trap();
    rest = beian::fuzz::WordsJson(words);
  }
  std::string out = beian::DomainCertFromWordsJson(rest);
  beian::json j = beian::ParseJson(out);
  if (j.is_discarded()) __builtin_trap();
  std::string text;
  for (const beian::json& f : j["fields"]) {
    text += f["line"].get<std::string>() + "\n";
  }
  CheckText(text);
  return 0;
}
