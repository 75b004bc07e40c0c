// NAME-026: the filed site name against what the homepage shows — its title, and (海南) its
// visible text and image alt texts (facts from core/facts/site_pages.h).
#include <re2/re2.h>

#include <algorithm>
#include <string>

#include "core/facts/site_pages.h"
#include "core/model.h"
#include "core/rules/name/name.h"
#include "core/rules/name/names.h"
#include "core/rules/params.h"
#include "core/text.h"

namespace beian::rules {
namespace {

// Whether an <img alt="…"> of `html` contains `core` (compact, lower case; at most 200 images).
bool AltShows(const std::string& html, const std::string& core) {
  static const RE2 alt("(?is)<img\\b[^>]*?\\balt\\s*=\\s*[\"']([^\"'<>]*)[\"']");
  re2::StringPiece in(html);
  std::string text;
  for (int k = 0; k < 200 && RE2::FindAndConsume(&in, alt, &text); ++k)
    if (Lower(Compact(text)).find(core) != std::string::npos) return true;
  return false;
}

}  // namespace

// NAME-026: the filed site name should be what the site shows, spaces and the words of
// params.ignore_words (官网, 网站 …) ignored. The title is compared first; when it lacks the
// name, 海南 blocks (variant "hainan") only if neither the visible text (h1, logo text …) nor an
// image alt text shows the name either; otherwise it is a warning (variant "hainan_shown").
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
  if (want.empty()) return;
  std::string core = WithoutPhrases(want, c.Param("ignore_words"));
  core.erase(std::remove(core.begin(), core.end(), '|'), core.end());
  if (core.empty()) core = want;
  if (title.find(want) != std::string::npos || title.find(core) != std::string::npos) return;
  EmitOptions o = facts::PageSpan(sp, sp.home, home.title_offset, home.title_length, home.title);
  Vars vars = {{"value", *name}, {"title", home.title}};
  if (c.province() == 46) {
    const std::string* html = Str(c.app(), sp.Pointer(sp.home));
    bool shown = Lower(Compact(home.text)).find(core) != std::string::npos ||
                 (html && AltShows(*html, core));
    o.variant = shown ? "hainan_shown" : "hainan";
    vars.push_back({"core", core});
  }
  c.Emit(path, vars, o);
}

}  // namespace beian::rules
