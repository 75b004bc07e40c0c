// CNT-001, 008, 010, 011: site content against the filing: 前置审批 topics without the approval
// (form and pages), pages that do not name the subject, interactive features, approval numbers
// not shown (facts from core/facts/site_pages.h).
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "core/facts/free_text.h"
#include "core/facts/site_pages.h"
#include "core/geo/address.h"
#include "core/model.h"
#include "core/rules/cnt/cnt.h"
#include "core/rules/params.h"
#include "core/scan.h"
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

// The harmless phrases of word list `list` (params "harmless": list → phrases), e.g. 公司新闻 for
// WL-PRE-NEWS (the company's own news), 支付方式 for WL-FIN (a shop's customers paying).
std::vector<std::string> HarmlessFor(const Ctx& c, const std::string& list) {
  return facts::StringList(ParamAt(c.Param("harmless"), list));
}

// What CNT-001 reads from the pack on every check, read once per pack: the topic table, then the
// topics that only the form is checked for (params "form_topics"); per topic its matcher and its
// harmless phrases (params "harmless"); the group that reads a text for every topic list at once.
struct Cnt001Setup {
  std::vector<facts::PreApprovalTopic> topics;
  size_t table = 0;  // topics[0, table) are the table's (the pages are read for those)
  std::vector<const WordMatcher*> matchers;
  std::vector<std::vector<std::string>> harmless;
  const WordMatcherGroup* group = nullptr;
};

const Cnt001Setup& SetupOf(Ctx& c) {
  const std::vector<facts::PreApprovalTopic>& table = facts::PreApprovalTopicsOf(c);  // (its lock)
  return c.pack().Derived<Cnt001Setup>("cnt001.setup", [&] {
    Cnt001Setup s;
    s.topics = table;
    s.table = table.size();
    for (auto& t : facts::ParsePreApprovalTopics(c.Param("form_topics")))
      s.topics.push_back(std::move(t));
    std::vector<std::string> names;
    for (const auto& t : s.topics) {
      names.push_back(t.list);
      s.matchers.push_back(&c.pack().Matcher(t.list));
      s.harmless.push_back(HarmlessFor(c, t.list));
    }
    s.group = &c.pack().MatcherGroup(names);
    return s;
  });
}

// The topic of 前置审批 field `field`, or nullptr.
const facts::PreApprovalTopic* TopicOfField(const std::vector<facts::PreApprovalTopic>& topics,
                                            const std::string& field) {
  for (const auto& t : topics)
    if (t.field == field) return &t;
  return nullptr;
}

}  // namespace

// CNT-001: 前置审批 fields without the approval. Block when the form states the regulated
// service (a chosen service type, params "service_types": 网络视听, 在线教育 …) and lists no
// approval for it; topic words in free text (网站名称, 服务内容, 栏目) and on the pages only warn,
// quoting the word and its clause. Negated clauses and harmless phrases (params "harmless":
// 公司新闻/新闻中心 = the company's own news, 支付方式/在线下单和支付 of a shop) are no hits.
void Cnt001(Ctx& c) {
  size_t n = Count(c.app(), "/websites");
  bool pages = Count(c.app(), "/attachments/site_pages") > 0;
  if (n == 0 && !pages) return c.Skip();
  // The topic table (params "topics", core/facts/site_pages.h), then topics that only the form
  // is checked for (params "form_topics").
  const Cnt001Setup& setup = SetupOf(c);
  const std::vector<facts::PreApprovalTopic>& topics = setup.topics;
  const json& stated = c.Param("service_types");
  // Each free-text field is read once by all the topic lists together (the words of every list
  // that occur: WordMatcher::Which of each list, WordMatcherGroup).
  const WordMatcherGroup& group = *setup.group;
  for (size_t i = 0; i < n; ++i) {
    std::string base = "/websites/" + std::to_string(i);
    int site = static_cast<int>(i);
    // Service types that state a regulated service.
    std::vector<std::string> reported;  // fields already reported for this website
    auto types = Strings(c.app(), base + "/service_types");
    for (size_t k = 0; k < types.size(); ++k) {
      std::string field = PStr(stated, Compact(types[k]));
      const facts::PreApprovalTopic* t = TopicOfField(topics, field);
      if (!t || facts::WebsiteHasApproval(c, site, field)) continue;
      if (std::find(reported.begin(), reported.end(), field) != reported.end()) continue;
      reported.push_back(field);
      EmitOptions o = Evidence(types[k], RegionalOnly(c, field) ? "regional" : "service_type");
      c.Emit(base + "/service_types/" + std::to_string(k),
             {{"value", types[k]},
              {"word", types[k]},
              {"context", types[k]},
              {"approval", t->approval.In(c.locale())}},
             o);
    }
    // Topic words in free text.
    struct Field {
      std::string path, text, compact;
      std::vector<std::vector<size_t>> words;  // per topic: the words of its list that occur
    };
    std::vector<Field> fields;
    if (const std::string* s = Str(c.app(), base + "/name"))
      fields.push_back({base + "/name", *s, Compact(*s), {}});
    if (const std::string* s = Str(c.app(), base + "/service_content"))
      fields.push_back({base + "/service_content", *s, Compact(*s), {}});
    auto cols = Strings(c.app(), base + "/columns");
    for (size_t k = 0; k < cols.size(); ++k)
      fields.push_back({base + "/columns/" + std::to_string(k), cols[k], Compact(cols[k]), {}});
    for (auto& f : fields) {
      for (const auto& hits : group.Find(f.compact)) {
        std::vector<size_t> w;
        for (const auto& h : hits) w.push_back(h.word);
        std::sort(w.begin(), w.end());
        f.words.push_back(std::move(w));
      }
    }
    for (size_t k = 0; k < topics.size(); ++k) {
      const auto& t = topics[k];
      if (facts::WebsiteHasApproval(c, site, t.field)) continue;
      if (std::find(reported.begin(), reported.end(), t.field) != reported.end()) continue;
      const WordMatcher& m = *setup.matchers[k];
      const std::vector<std::string>& harmless = setup.harmless[k];
      for (const auto& [path, text, compact, words] : fields) {
        if (k >= words.size() || words[k].empty()) continue;
        facts::TextHit hit = facts::PositiveHitOf(m, compact, words[k], harmless);
        if (!hit.found()) continue;
        EmitOptions o = Evidence(hit.word);
        // Outside the provinces that keep the approval a word in free text is only a reminder.
        if (RegionalOnly(c, t.field)) o.variant = "regional_text";
        c.Emit(path,
               {{"value", text},
                {"word", hit.word},
                {"context", hit.context},
                {"approval", t.approval.In(c.locale())}},
               o);
        break;  // one finding per website and topic
      }
    }
  }
  // (page findings lie under the pages: a field check elsewhere does not read them)
  if (!pages || !c.Reports("/attachments/site_pages")) return;
  const facts::SitePages& sp = facts::SitePagesOf(c);
  for (size_t i = 0; i < sp.pages.size(); ++i) {
    const HtmlPage& page = sp.pages[i];
    int website = facts::WebsiteOf(c, sp.urls[i]);
    for (size_t k = 0; k < setup.table; ++k) {
      const facts::PreApprovalTopic& t = topics[k];
      // ReadHtml scanned the page with every topic list (PackHtmlLists, the same matchers) and
      // kept which words occur: the page is not scanned again, and not at all for a list
      // without a hit.
      auto seen = page.topic_words.find(t.list);
      if (seen != page.topic_words.end() && seen->second.empty()) continue;
      if (facts::WebsiteHasApproval(c, website, t.field)) continue;
      const WordMatcher& m = *setup.matchers[k];
      facts::TextHit hit = seen != page.topic_words.end()
                               ? facts::PositiveHitOf(m, page.text, seen->second, setup.harmless[k])
                               : facts::PositiveHit(m, page.text, setup.harmless[k]);
      if (!hit.found()) continue;
      auto range = page.RawRange(hit.offset, hit.offset + hit.length);
      c.Emit(sp.Pointer(i),
             {{"value", hit.context},
              {"word", hit.word},
              {"context", hit.context},
              {"approval", t.approval.In(c.locale())}},
             facts::PageSpan(sp, i, range.first, range.second - range.first, hit.word, "html"));
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
  // Spaces inside names on the page ("青禾 数码") are common: compare the compacted title too.
  const std::string title = Compact(home.title);
  bool any = false;
  for (const auto& n : names) {
    if (n.empty()) continue;
    any = true;
    // (the page's text is long: FindLong, not std::string::find, which stops at every byte that
    // begins a Chinese character like the name's first)
    if (FindLong(home.text, n, 0) != std::string::npos || title.find(n) != std::string::npos)
      return;
  }
  if (!any) return;
  c.Emit(sp.Pointer(sp.home), {{"name", *subject}}, Evidence(home.title));
}

// CNT-010: interactive features ⇒ interactive service in the 公安 filing: the features the form
// states (params "features": feature → label; one finding per website) and those found on the
// uploaded pages.
void Cnt010(Ctx& c) {
  auto declared = Bool(c.app(), "/public_security/interactive_service");
  std::string variant = declared && !*declared ? "declared_no" : "";
  if (declared && *declared) variant = "declared_yes";
  const json& labels = c.Param("features");
  size_t n = Count(c.app(), "/websites");
  bool any = false;
  for (size_t i = 0; i < n && labels.is_object(); ++i) {
    std::string base = "/websites/" + std::to_string(i) + "/features/";
    std::string words, first;
    for (auto it = labels.begin(); it != labels.end(); ++it) {
      auto on = Bool(c.app(), base + it.key());
      if (!on) continue;
      any = true;
      if (!*on) continue;
      if (first.empty()) first = base + it.key();
      words += (words.empty() ? "" : "、") + Localized(c, *it);
    }
    if (!first.empty()) c.Emit(first, {{"words", words}}, Evidence(words, variant));
  }
  if (!Count(c.app(), "/attachments/site_pages")) {
    if (!any) c.Skip();
    return;
  }
  const facts::SitePages& sp = facts::SitePagesOf(c);
  if (sp.pages.empty() && !any) return c.Skip();
  for (size_t i = 0; i < sp.pages.size(); ++i) {
    const HtmlHit* hit = nullptr;
    std::string words = facts::FeatureWords(sp.pages[i], "WL-INTERACTIVE-HTML", &hit);
    if (!hit) continue;
    c.Emit(sp.Pointer(i), {{"words", words}},
           facts::PageSpan(sp, i, hit->offset, hit->length, words, variant));
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
