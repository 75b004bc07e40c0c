// Reads an uploaded site page (HTML, already decoded to UTF-8): the visible text, the <title>,
// ICP filing numbers (lenient scan, then the strict format with the specific error), 公安 filing
// numbers, links to the MIIT / MPS filing systems (and their retired hosts), whether each number
// sits inside such a link and in the footer area, hits of the word lists the caller passes (shop /
// interactive features, 前置审批 topics: one RE2::Set pass per list) and approval numbers shown.
// A leaf: it knows no rule pack and no check context (core/facts/site_pages.h feeds it the pack's
// lists and keeps the pages of a check).
//
// One linear pass over the page; the only copy is the visible text. All offsets are byte offsets
// into the original HTML, so findings can point into the attachment. Malformed HTML (unclosed
// tags, stray '<', unterminated comments, huge attributes) is read the way a browser would
// roughly read it, never crashes, never throws.
#ifndef BEIAN_CORE_READERS_HTML_H_
#define BEIAN_CORE_READERS_HTML_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/json.h"
#include "core/scan.h"

namespace beian {

enum class LinkKind { kOther, kMiit, kMiitRetired, kMps, kMpsRetired };
const char* LinkKindName(LinkKind k);  // other, miit, miit_retired, mps, mps_retired
// Classifies an href by host: beian.miit.gov.cn, www.miitbeian.gov.cn, beian.mps.gov.cn,
// www.beian.gov.cn (http, https or scheme-relative).
LinkKind ClassifyHref(std::string_view href);

struct HtmlLink {
  LinkKind kind = LinkKind::kOther;
  size_t offset = 0;  // of the href value in the HTML
  size_t length = 0;
};

// A filing number as displayed.
struct HtmlNumber {
  std::string text;    // as displayed, blanks removed, dashes normalised (浙ICP备2024012345号-1)
  std::string prefix;  // the character before ICP/公网安备 (浙), empty when none
  int province = 0;    // GB/T 2260 code of the prefix, 0 when it is no province abbreviation
  std::string digits;  // 2024012345
  std::string suffix;  // -1 (ICP website number), empty for the entity number
  bool licence = false;  // ICP证 (operating licence), not a filing number
  bool valid = false;    // matches RX-ICP / RX-PSB
  // First format problem: "", prefix, beian (ICP备案), digit_count, hyphen_before_hao,
  // missing_hao, no_hyphen_suffix; for 公安 numbers also prefix_mismatch.
  std::string error;
  int link = -1;           // index into HtmlPage::links of the enclosing <a>, -1 when none
  bool in_footer = false;  // inside <footer>/footer-like element, or in the last 20 % of the page
  size_t offset = 0;       // in the HTML
  size_t length = 0;
};

struct HtmlHit {
  std::string list;   // list name, e.g. WL-ECOM-HTML
  std::string word;   // the list entry (or the matched text for a "re:" entry)
  size_t offset = 0;  // in the HTML
  size_t length = 0;
};

struct HtmlPage {
  size_t size = 0;  // bytes of HTML
  std::string title;
  size_t title_offset = 0, title_length = 0;
  std::string text;  // visible text: no tags, scripts, styles, comments; entities decoded
  std::vector<HtmlLink> links;
  std::vector<HtmlNumber> icp;    // ICP filing numbers and ICP证 licences, in page order
  std::vector<HtmlNumber> psb;    // 公安 filing numbers
  std::vector<HtmlHit> features;  // hits of the shop/interactive lists (raw HTML, incl. markup)
  std::vector<HtmlHit> topics;    // hits of the topic lists (visible text)
  // Per topic list and text list scanned: the indices of its words that occur in `text`
  // (ascending, exception phrases applied; what WordMatcher::Which(text) returns), so a rule can
  // locate every occurrence (WordMatcher::FindAllOf) without scanning the page again.
  std::map<std::string, std::vector<size_t>> topic_words;
  std::vector<std::string> approvals;  // approval numbers shown: culture, drugs, av, news, …
  bool links_to_miit = false, links_to_miit_retired = false;
  bool links_to_mps = false, links_to_mps_retired = false;

  // Byte range in the HTML of [begin, end) of `text`.
  std::pair<size_t, size_t> RawRange(size_t begin, size_t end) const;
  // Whether any hit of list `name` was found (features or topics).
  bool Has(const std::string& list) const;

  struct Segment {
    uint32_t text_offset;
    uint32_t raw_offset;
    int32_t anchor;       // index into links, -1
    uint16_t raw_length;  // 0: text bytes equal the HTML bytes; else an entity of this length
    uint8_t footer;
  };
  std::vector<Segment> segments;
};

// The lists a page is scanned with (nullptr / empty: not scanned). `features` are scanned over
// the whole HTML (they include markup such as payment-SDK hosts), `topics` over the visible text.
// `text_lists` are scanned over the visible text too, for rules that look for their words in
// pages: only which words occur is kept (HtmlPage::topic_words), no HtmlPage::topics.
struct HtmlLists {
  std::vector<std::pair<std::string, const WordMatcher*>> features;
  std::vector<std::pair<std::string, const WordMatcher*>> topics;
  std::vector<std::pair<std::string, const WordMatcher*>> text_lists;
  // Optional: the same lists scanned in one pass each (the matchers of `features` / `topics` then
  // `text_lists`, in that order; `topic_group` may end with HtmlApprovalMatcher()); the hits are
  // the same, the page is read once per group instead of once per list.
  const WordMatcherGroup* feature_group = nullptr;
  const WordMatcherGroup* topic_group = nullptr;
};

// The words of approval numbers and licences shown on a page (网文, 视听节目许可证 …), read from
// the visible text into HtmlPage::approvals.
const WordMatcher& HtmlApprovalMatcher();

HtmlPage ReadHtml(std::string_view html, const HtmlLists& lists = {});

// Facts for one entry of report.facts.site_pages (report.schema.json).
json HtmlPageJson(const HtmlPage& page, const std::string& url);

}  // namespace beian

#endif  // BEIAN_CORE_READERS_HTML_H_
