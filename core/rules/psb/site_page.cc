// PSB-005, 007: the 公安 filing as seen on the uploaded site pages (facts from
// core/facts/site_pages.h) and in the form: interactive services, format of the 公安 number.
#include <set>
#include <string>

#include "core/facts/site_pages.h"
#include "core/model.h"
#include "core/readers/html.h"
#include "core/rules/psb/psb.h"
#include "core/text.h"

namespace beian::rules {

// PSB-005: interactive services face an on-site / security assessment after online approval.
void Psb005(Ctx& c) {
  auto declared = Bool(c.app(), "/public_security/interactive_service");
  bool pages = Count(c.app(), "/attachments/site_pages") > 0;
  if (!declared && !pages) return c.Skip();
  if (declared && *declared) {
    c.Emit("/public_security/interactive_service", {{"words", "交互式服务"}}, Variant("declared"));
    return;
  }
  if (!pages) return;
  const facts::SitePages& sp = facts::SitePagesOf(c);
  for (size_t i = 0; i < sp.pages.size(); ++i) {
    const HtmlHit* first = nullptr;
    std::string words = facts::FeatureWords(sp.pages[i], "WL-INTERACTIVE-HTML", &first);
    if (!first) continue;
    c.Emit(sp.Pointer(i), {{"words", words}},
           facts::PageSpan(sp, i, first->offset, first->length, words));
    return;  // once per application
  }
}

// PSB-007: format of the 公安 number (form and pages): 14 or 12 digits, prefix = division.
void Psb007(Ctx& c) {
  auto typed = NonBlank(c.app(), "/public_security/psb_number");
  bool pages = Count(c.app(), "/attachments/site_pages") > 0;
  if (!typed && !pages) return c.Skip();
  if (typed) {
    HtmlPage p = ReadHtml(*typed);
    if (p.psb.empty()) {
      c.Emit("/public_security/psb_number", {{"number", *typed}}, Evidence(*typed, "unreadable"));
    } else if (!p.psb[0].valid || Compact(*typed) != p.psb[0].text) {
      std::string variant = p.psb[0].valid ? "extra_text" : p.psb[0].error;
      c.Emit("/public_security/psb_number", {{"number", *typed}}, Evidence(*typed, variant));
    }
  }
  if (!pages) return;
  const facts::SitePages& sp = facts::SitePagesOf(c);
  for (size_t i = 0; i < sp.pages.size(); ++i) {
    std::set<std::string> seen;
    for (const auto& n : sp.pages[i].psb) {
      if (n.valid || !seen.insert(n.text).second) continue;
      c.Emit(sp.Pointer(i), {{"number", n.text}},
             facts::PageSpan(sp, i, n.offset, n.length, n.text, n.error));
    }
  }
}

}  // namespace beian::rules
