// INPUT-012: an upload that is not text (a photo, a PDF, an archive dropped where text belongs).
// Recognised by the file signatures in the pack's INPUT-012 params (also after the page decoded
// the bytes as GBK: the ASCII part of a signature survives), or by a share of replacement and
// control characters no text has. Such a value is reported and not read.
#ifndef BEIAN_CORE_ENGINE_SNIFF_H_
#define BEIAN_CORE_ENGINE_SNIFF_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/json.h"
#include "core/rulepack.h"

namespace beian {

// Of the first `sample` characters of `text`: how many were read, and how many of them are
// U+FFFD (what a repaired byte that is not UTF-8 became), DEL or control characters other than
// tab and line ends.
struct SampleCount {
  size_t chars = 0;
  size_t bad = 0;
  size_t bytes = 0;  // of `text` read (the 8-byte steps may look up to 8 bytes further)
};
SampleCount CountBadCharacters(std::string_view text, size_t sample);

class UploadSniffer {
 public:
  explicit UploadSniffer(const RulePack& pack);
  bool active() const { return active_; }
  // "" when `text` looks like text; else the kind ("png", "jpeg", …, "binary").
  std::string KindOf(std::string_view text) const;
  // KindOf without a memory: what KindOf answers for a text it has not seen (tests compare).
  std::string KindOfUncached(std::string_view text, size_t* examined) const;
  // The seller's names of the kind and of the upload at `path`, in `locale`.
  std::string KindLabel(const std::string& kind, const std::string& locale) const;
  std::string FieldLabel(const std::string& path, const std::string& locale) const;

 private:
  struct Signature {
    std::string kind;
    size_t within = 0;  // code points allowed before the signature
    std::string text;
  };
  bool active_ = false;
  uint64_t id_ = 0;  // this sniffer's number among all (its verdicts remembered under it)
  std::vector<Signature> signatures_;
  double max_share_ = 0.1;
  size_t sample_ = 4096;
  json kinds_ = json::object();
  json fields_ = json::array();
};

}  // namespace beian

#endif  // BEIAN_CORE_ENGINE_SNIFF_H_
