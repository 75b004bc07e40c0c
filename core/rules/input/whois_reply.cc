// INPUT-011: an uploaded WHOIS text that holds no registration record. A rate-limit notice, an
// empty paste, or text with no WHOIS field: the domain rules have nothing to check, so say so.
// "Not found" / "reserved" replies are DOM-005's. Reuses the replies parsed for the domain rules
// (core/facts/whois.h).
#include <string>
#include <vector>

#include "core/facts/whois.h"
#include "core/rules/input/input.h"
#include "core/rules/params.h"

namespace beian::rules {

// INPUT-011: each uploaded WHOIS text that is empty, rate-limited or unrecognised.
void Input011(Ctx& c) {
  const std::vector<facts::WhoisReply>& set = facts::WhoisReplies(c);
  if (set.empty()) return c.Skip();
  for (size_t i = 0; i < set.size(); ++i) {
    const facts::WhoisReply& p = set[i];
    if (!Str(c.app(), p.attachment)) continue;  // no text: INPUT-004 already says so
    const WhoisRecord& rec = p.rec;
    std::string index = std::to_string(i + 1);
    switch (rec.result) {
      case WhoisResult::kEmpty:
        c.Emit(p.attachment, {{"index", index}}, Variant("empty"));
        break;
      case WhoisResult::kRateLimited: {
        EmitOptions o = Evidence(rec.result_evidence.value, "rate_limited");
        if (rec.result_evidence.present())
          o.span = Span{p.attachment, rec.result_evidence.offset, rec.result_evidence.length};
        c.Emit(p.attachment, {{"index", index}, {"evidence", rec.result_evidence.value}}, o);
        break;
      }
      case WhoisResult::kUnrecognised: {
        const json* what = At(c.Param("what"), "/unrecognised");
        c.Emit(p.attachment,
               {{"index", index}, {"what", what ? Localized(c, *what) : std::string()}});
        break;
      }
      default:
        break;
    }
  }
}

}  // namespace beian::rules
