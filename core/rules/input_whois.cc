// INPUT-011: an uploaded WHOIS text that holds no registration record (a rate-limit notice, an
// empty paste, or text in which no WHOIS field is recognised). Without it the domain rules that
// read WHOIS (DOM-004…012, SEED-007/019) silently have nothing to check; say so. "Not found" and
// "reserved" replies are domain findings of their own (DOM-005).
#include <string>

#include "core/engine.h"
#include "core/readers/whois.h"
#include "core/rules/params.h"

namespace beian {
namespace {

BEIAN_RULE("INPUT-011", [](Ctx& c) {
  size_t n = Count(c.app(), "/attachments/whois");
  if (!n) return c.Skip();
  for (size_t i = 0; i < n; ++i) {
    std::string path = "/attachments/whois/" + std::to_string(i) + "/text";
    const std::string* text = Str(c.app(), path);
    if (!text) continue;
    WhoisRecord rec = ParseWhois(*text);
    std::string index = std::to_string(i + 1);
    switch (rec.result) {
      case WhoisResult::kEmpty:
        c.Emit(path, {{"index", index}}, Variant("empty"));
        break;
      case WhoisResult::kRateLimited: {
        EmitOptions o = Evidence(rec.result_evidence.value, "rate_limited");
        if (rec.result_evidence.present())
          o.span = Span{path, rec.result_evidence.offset, rec.result_evidence.length};
        c.Emit(path, {{"index", index}, {"evidence", rec.result_evidence.value}}, o);
        break;
      }
      case WhoisResult::kUnrecognised: {
        const json* what = At(c.Param("what"), "/unrecognised");
        c.Emit(path, {{"index", index}, {"what", what ? Localized(c, *what) : std::string()}});
        break;
      }
      default:
        break;
    }
  }
});

}  // namespace
}  // namespace beian
