// Input decoding: the bytes of an application document to a JSON object. Refuses oversize and
// too deeply nested input before parsing, repairs invalid UTF-8 (and says where), and names the
// byte offset of a syntax error. Never throws.
#ifndef BEIAN_CORE_ENGINE_DECODE_H_
#define BEIAN_CORE_ENGINE_DECODE_H_

#include <string>
#include <string_view>

#include "core/json.h"
#include "core/utf8.h"

namespace beian {

struct Decoded {
  bool ok = false;
  std::string error;  // when !ok: what is wrong and where
  json app;           // when ok: a JSON object
  Utf8Report utf8;    // invalid UTF-8 found (and repaired) in the input
};

Decoded DecodeApplication(std::string_view input);

// The bytes of uploads (long strings) this thread remembers from the last document it decoded,
// to take them back when the next document holds the same (at most 8 MB; for tests).
size_t RememberedUploadBytes();

}  // namespace beian

#endif  // BEIAN_CORE_ENGINE_DECODE_H_
