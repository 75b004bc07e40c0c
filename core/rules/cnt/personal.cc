// CNT-004: an individual (个人) filing for a site that sells, takes payments, lets users register
// or post. Form data (core/facts/personal_site.h, shared with SEED-009) and page signals from the
// HTML reader.
#include <string>
#include <vector>

#include "core/facts/personal_site.h"
#include "core/facts/site_pages.h"
#include "core/model.h"
#include "core/rules/cnt/cnt.h"

namespace beian::rules {
namespace {

// Page signals (core/facts/site_pages.h): shop and interactive features found on the uploaded
// pages, one finding per page and list, pointing at the first hit; a question (variant "page"),
// since a word on a page ("评论") does not state the feature.
void PageSignals(Ctx& c) {
  if (!Count(c.app(), "/attachments/site_pages")) return;
  const facts::SitePages& sp = facts::SitePagesOf(c);
  const std::vector<std::string> lists = facts::PageFeatureLists(c.pack());
  for (size_t i = 0; i < sp.pages.size(); ++i) {
    for (const std::string& list : lists) {
      for (const auto& h : sp.pages[i].features) {
        if (h.list != list) continue;
        EmitOptions o = Evidence(h.word, "page");
        o.span = Span{sp.Pointer(i), h.offset, h.length};
        c.Emit(sp.Pointer(i), {{"value", h.word}, {"context", h.word}}, o);
        break;
      }
    }
  }
}

}  // namespace

// CNT-004: Personal filings may not sell or host interaction. Block only what the form states
// (payment, user content, a shop or payment service type); user registration alone (the sources
// name shops, payments and forums, not sign-up), shop words in columns and page signals warn.
void Cnt004(Ctx& c) {
  if (SubjectType(c.app()).empty()) return c.Skip();
  if (!IsIndividual(c.app())) return;
  for (const auto& s : facts::PersonalSiteSignals(c, true)) {
    std::string variant = s.kind == "user_registration" ? "registration"
                          : s.kind == "column"          ? "text"
                                                        : "";
    c.Emit(s.path, {{"value", s.what}, {"context", s.context.empty() ? s.what : s.context}},
           Evidence(s.what, variant));
  }
  PageSignals(c);
}

}  // namespace beian::rules
