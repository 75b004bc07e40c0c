// CNT-001, 008, 010, 011: site content against the filing: 前置审批 topics without the approval
// (form and pages), pages that do not name the subject, interactive features, approval numbers
// not shown (facts from core/facts/site_pages.h).
#include <re2/re2.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "core/facts/site_pages.h"
#include "core/geo/address.h"
#include "core/model.h"
#include "core/rules/cnt/cnt.h"
#include "core/rules/params.h"
#include "core/text.h"

namespace beian::rules {
namespace {

// Approvals that exist only in some provinces (CNT-002): elsewhere a hit is a warning. Params
// "kept_in": field → the provinces that still require it.
bool RegionalOnly(const Ctx& c, const std::string& field) {
  const json& kept = c.Param("kept_in");
  if (!kept.is_object() || !kept.contains(field)) return false;
  return !InProvinces(kept[field], c.province());
}

// The subject's trade name (字号): the name without leading division names and legal-form suffix,
// first two characters (e.g. 杭州青禾数码科技有限公司 → 青禾).
std::string TradeName(const std::string& name) {
  ParsedAddress a = ParseAddress(name);
  std::string rest = a.rest.empty() ? Compact(name) : a.rest;
  auto cps = CodePoints(rest);
  if (cps.size() < 2) return "";
  return cps[0] + cps[1];
}

}  // namespace

// CNT-001: 前置审批 topic words without the matching approval: block in the form (网站名称,
// 服务内容, 栏目), warn on the pages.
void Cnt001(Ctx& c) {
  size_t n = Count(c.app(), "/websites");
  bool pages = Count(c.app(), "/attachments/site_pages") > 0;
  if (n == 0 && !pages) return c.Skip();
  // The topic table (params "topics", core/facts/site_pages.h), then topics that only the form
  // is checked for (params "form_topics").
  std::vector<facts::PreApprovalTopic> topics = facts::PreApprovalTopicsOf(c);
  for (auto& t : facts::ParsePreApprovalTopics(c.Param("form_topics")))
    topics.push_back(std::move(t));
  for (size_t i = 0; i < n; ++i) {
    std::string base = "/websites/" + std::to_string(i);
    std::vector<std::pair<std::string, std::string>> fields;  // path, text
    if (const std::string* s = Str(c.app(), base + "/name")) fields.push_back({base + "/name", *s});
    if (const std::string* s = Str(c.app(), base + "/service_content"))
      fields.push_back({base + "/service_content", *s});
    auto cols = Strings(c.app(), base + "/columns");
    for (size_t k = 0; k < cols.size(); ++k)
      fields.push_back({base + "/columns/" + std::to_string(k), cols[k]});
    for (const auto& t : topics) {
      if (facts::WebsiteHasApproval(c, static_cast<int>(i), t.field)) continue;
      const WordMatcher& m = c.pack().Matcher(t.list);
      for (const auto& [path, text] : fields) {
        auto hits = m.Find(text);
        if (hits.empty()) continue;
        const std::string& w = m.words()[hits.front().word];
        EmitOptions o = Evidence(w);
        if (RegionalOnly(c, t.field)) o.variant = "regional";
        c.Emit(path, {{"word", w}, {"approval", t.approval.In(c.locale())}}, o);
        break;  // one finding per website and topic
      }
    }
  }
  if (!pages) return;
  const facts::SitePages& sp = facts::SitePagesOf(c);
  for (size_t i = 0; i < sp.pages.size(); ++i) {
    int website = facts::WebsiteOf(c, sp.urls[i]);
    for (const auto& t : facts::PreApprovalTopicsOf(c)) {
      if (facts::WebsiteHasApproval(c, website, t.field)) continue;
      for (const auto& h : sp.pages[i].topics) {
        if (h.list != t.list) continue;
        c.Emit(sp.Pointer(i), {{"word", h.word}, {"approval", t.approval.In(c.locale())}},
               facts::PageSpan(sp, i, h.offset, h.length, h.word, "html"));
        break;
      }
    }
  }
}

// CNT-008: an enterprise site's content should belong to the filing subject.
void Cnt008(Ctx& c) {
  const facts::SitePages& sp = facts::SitePagesOf(c);
  std::string type = SubjectType(c.app());
  auto subject = NonBlank(c.app(), "/subject/name");
  if (sp.home < 0 || !subject) return c.Skip();
  if (type == "individual") return;
  const HtmlPage& home = sp.pages[sp.home];
  if (home.text.size() + home.title.size() < 8) return c.Skip();  // an empty page says nothing
  std::vector<std::string> names = {Compact(*subject)};
  std::string trade = TradeName(*subject);
  if (!trade.empty()) names.push_back(trade);
  int w = facts::WebsiteOf(c, sp.urls[sp.home]);
  if (w >= 0)
    if (auto site = NonBlank(c.app(), "/websites/" + std::to_string(w) + "/name"))
      names.push_back(Compact(*site));
  std::string pattern;
  for (const auto& n : names)
    if (!n.empty()) pattern += (pattern.empty() ? "" : "|") + RE2::QuoteMeta(n);
  RE2 re(pattern, RE2::Quiet);
  if (!re.ok()) return;
  // Spaces inside names on the page ("青禾 数码") are common: compare the compacted title too.
  if (RE2::PartialMatch(home.text, re) || RE2::PartialMatch(Compact(home.title), re)) return;
  c.Emit(sp.Pointer(sp.home), {{"name", *subject}}, Evidence(home.title));
}

// CNT-010: interactive features on the pages ⇒ interactive service in the 公安 filing.
void Cnt010(Ctx& c) {
  const facts::SitePages& sp = facts::SitePagesOf(c);
  if (sp.pages.empty()) return c.Skip();
  auto declared = Bool(c.app(), "/public_security/interactive_service");
  for (size_t i = 0; i < sp.pages.size(); ++i) {
    const HtmlHit* first = nullptr;
    std::string words = facts::FeatureWords(sp.pages[i], "WL-INTERACTIVE-HTML", &first);
    if (!first) continue;
    std::string variant = declared && !*declared ? "declared_no" : "";
    if (declared && *declared) variant = "declared_yes";
    c.Emit(sp.Pointer(i), {{"words", words}},
           facts::PageSpan(sp, i, first->offset, first->length, words, variant));
  }
}

// CNT-011: pages with approval-field content should show the approval number too.
void Cnt011(Ctx& c) {
  const facts::SitePages& sp = facts::SitePagesOf(c);
  if (sp.pages.empty()) return c.Skip();
  for (size_t i = 0; i < sp.pages.size(); ++i) {
    const HtmlPage& p = sp.pages[i];
    for (const auto& t : facts::PreApprovalTopicsOf(c)) {
      if (t.shown.empty()) continue;
      if (std::find(p.approvals.begin(), p.approvals.end(), t.shown) != p.approvals.end()) continue;
      for (const auto& h : p.topics) {
        if (h.list != t.list) continue;
        c.Emit(sp.Pointer(i), {{"word", h.word}, {"approval", t.approval.In(c.locale())}},
               facts::PageSpan(sp, i, h.offset, h.length, h.word));
        break;
      }
    }
  }
}

}  // namespace beian::rules
