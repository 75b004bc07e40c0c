// CNT-004, SEED-009: an individual (个人) filing for a site that sells, takes payments, lets
// users register or post. Form data here; page signals come from the HTML reader.
#include <string>

#include "core/rules/rule.h"
#include "core/facts/site_pages.h"
#include "core/model.h"
#include "core/text.h"

namespace beian {
namespace {

struct Signal {
  std::string path;
  std::string what;  // evidence
};

// Form-level signals that a personal site is a shop or an interactive service.
std::vector<Signal> FormSignals(Ctx& c, bool include_ugc) {
  std::vector<Signal> out;
  size_t n = Count(c.app(), "/websites");
  const WordMatcher& shop = c.pack().Matcher("WL-ECOM");
  for (size_t i = 0; i < n; ++i) {
    std::string base = "/websites/" + std::to_string(i);
    for (const char* f : {"payment", "user_registration", "user_generated_content"}) {
      if (!include_ugc && std::string(f) == "user_generated_content") continue;
      if (Bool(c.app(), base + "/features/" + f).value_or(false))
        out.push_back({base + "/features/" + f, f});
    }
    auto types = Strings(c.app(), base + "/service_types");
    for (size_t k = 0; k < types.size(); ++k) {
      const auto& banned = c.Param("banned_service_types");
      for (const auto& b : banned)
        if (b.is_string() && Compact(types[k]) == b.get<std::string>())
          out.push_back({base + "/service_types/" + std::to_string(k), types[k]});
    }
    if (!include_ugc) continue;
    auto columns = Strings(c.app(), base + "/columns");
    for (size_t k = 0; k < columns.size(); ++k) {
      auto hits = shop.Find(Compact(columns[k]));
      if (!hits.empty())
        out.push_back({base + "/columns/" + std::to_string(k), shop.words()[hits.front().word]});
    }
  }
  return out;
}

// Page signals (core/facts/site_pages.h): shop and interactive features found on the uploaded
// pages, one finding per page and list, pointing at the first hit.
void PageSignals(Ctx& c) {
  if (!Count(c.app(), "/attachments/site_pages")) return;
  const facts::SitePages& sp = facts::SitePagesOf(c);
  const std::vector<std::string> lists = facts::PageFeatureLists(c.pack());
  for (size_t i = 0; i < sp.pages.size(); ++i) {
    for (const std::string& list : lists) {
      for (const auto& h : sp.pages[i].features) {
        if (h.list != list) continue;
        EmitOptions o = Evidence(h.word);
        o.span = Span{sp.Pointer(i), h.offset, h.length};
        c.Emit(sp.Pointer(i), {{"value", h.word}}, o);
        break;
      }
    }
  }
}

}  // namespace
namespace rules {

void Cnt004(Ctx& c) {
  if (SubjectType(c.app()).empty()) return c.Skip();
  if (!IsIndividual(c.app())) return;
  for (const auto& s : FormSignals(c, true)) c.Emit(s.path, {{"value", s.what}}, Evidence(s.what));
  PageSignals(c);
}

}  // namespace rules
namespace {

}  // namespace
namespace rules {

void Seed009(Ctx& c) {
  if (SubjectType(c.app()).empty()) return c.Skip();
  if (!IsIndividual(c.app())) return;
  for (const auto& s : FormSignals(c, false)) c.Emit(s.path, {{"value", s.what}}, Evidence(s.what));
}

}  // namespace rules
namespace {

}  // namespace
}  // namespace beian
