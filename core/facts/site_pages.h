// The uploaded site pages of the application being checked (attachments.site_pages[]), read once
// per check by the reader core/readers/html.h with the pack's word lists, and the helpers the
// page rules of several prefixes share (DSP, PSB, CNT, NAME, SEED, ENT).
//
// The page scan and the 前置审批 topic table are pack data, in CNT-001's params: "topics" (word
// list, pre_approvals field, the approval's name, the kind of approval number a page shows for
// it) and "page_feature_lists" (lists scanned over every page's raw HTML). A pack without CNT-001
// scans pages for numbers only.
#ifndef BEIAN_CORE_FACTS_SITE_PAGES_H_
#define BEIAN_CORE_FACTS_SITE_PAGES_H_

#include <string>
#include <vector>

#include "core/engine/context.h"
#include "core/readers/html.h"

namespace beian::facts {

// One 前置审批 topic.
struct PreApprovalTopic {
  std::string list;   // word list, e.g. WL-PRE-NEWS
  std::string field;  // websites[].pre_approvals[].field (TBL-PRE)
  Text approval;      // name of the approval, e.g. 互联网新闻信息服务许可证
  std::string shown;  // kind of approval number a page shows for it (HtmlPage::approvals), "" none
};
// The topics of a params array such as CNT-001's "topics" (entries without a list are skipped).
std::vector<PreApprovalTopic> ParsePreApprovalTopics(const json& topics);
// The topic table of `pack` (CNT-001 params "topics"), in pack order; empty when absent.
std::vector<PreApprovalTopic> PreApprovalTopics(const RulePack& pack);
// The same, read once per pack (RulePack::Derived).
const std::vector<PreApprovalTopic>& PreApprovalTopicsOf(Ctx& c);
// Lists scanned over every page's raw HTML (CNT-001 params "page_feature_lists"), in pack order.
std::vector<std::string> PageFeatureLists(const RulePack& pack);

// Lists rules look for in the visible text of pages (CNT-009: prohibited content): read with the
// topics in one pass (HtmlLists::text_lists), their hit words in HtmlPage::topic_words.
constexpr const char* kProhibitedList = "WL-CNT-PROHIBITED";
constexpr const char* kPageTextLists[] = {kProhibitedList};

// PageFeatureLists as features, the PreApprovalTopics lists as topics and kPageTextLists as text
// lists, compiled by `pack` (the matchers live as long as the pack).
HtmlLists PackHtmlLists(const RulePack& pack);

// The pages of the check.
struct SitePages {
  std::vector<HtmlPage> pages;
  std::vector<size_t> index;      // attachments.site_pages index of pages[i]
  std::vector<std::string> urls;  // as given ("" when absent)
  // pages[] index of the homepage (URL path "/" or index.*, else the first page); -1 when none.
  int home = -1;
  // Whether the homepage was recognised by its URL (else it is the first page by default).
  bool home_by_url = false;
  // "/attachments/site_pages/<index>/html"
  std::string Pointer(size_t i) const;
};
// Read once per check with PackHtmlLists (Ctx::Memo).
const SitePages& SitePagesOf(Ctx& c);

// Evidence (and message variant) with a span on bytes [offset, offset + length) of page `page`.
EmitOptions PageSpan(const SitePages& sp, size_t page, size_t offset, size_t length,
                     std::string evidence, std::string variant = "");

// Index of the website a page URL belongs to (by host: its domains, else its home_url), else 0;
// -1 when the application has no websites.
int WebsiteOf(Ctx& c, const std::string& url);
int WebsiteOfUrl(const json& app, const std::string& url);

// Whether website `website` (index, -1: none) declares a 前置审批 of `field`.
bool WebsiteHasApproval(Ctx& c, int website, const std::string& field);

// The words of list `list` found among a page's features (joined by 、, at most 5); *first is
// the first such hit, nullptr when none.
std::string FeatureWords(const HtmlPage& p, const std::string& list, const HtmlHit** first);

}  // namespace beian::facts

#endif  // BEIAN_CORE_FACTS_SITE_PAGES_H_
