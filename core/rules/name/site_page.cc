// NAME-026: the filed site name against the homepage title (facts from
// core/facts/site_pages.h).
#include <string>

#include "core/facts/site_pages.h"
#include "core/model.h"
#include "core/rules/name/name.h"
#include "core/text.h"

namespace beian::rules {

// NAME-026: the filed site name should be what the site shows (title), spaces ignored.
void Name026(Ctx& c) {
  const facts::SitePages& sp = facts::SitePagesOf(c);
  if (sp.home < 0) return c.Skip();
  const HtmlPage& home = sp.pages[sp.home];
  int w = facts::WebsiteOf(c, sp.urls[sp.home]);
  if (w < 0 || home.title.empty()) return c.Skip();
  std::string path = "/websites/" + std::to_string(w) + "/name";
  auto name = NonBlank(c.app(), path);
  if (!name) return c.Skip();
  std::string title = Lower(Compact(home.title)), want = Lower(Compact(*name));
  if (want.empty() || title.find(want) != std::string::npos) return;
  EmitOptions o = facts::PageSpan(sp, sp.home, home.title_offset, home.title_length, home.title);
  if (c.province() == 46) o.variant = "hainan";
  c.Emit(path, {{"value", *name}, {"title", home.title}}, o);
}

}  // namespace beian::rules
