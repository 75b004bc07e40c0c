// The pages of a check (read once), the prepare step "site_pages" (report.facts.site_pages) and
// the 前置审批 topic table from the pack.
#include "core/facts/site_pages.h"

#include "core/facts/prepare.h"
#include "core/model.h"
#include "core/out_of_line.h"
#include "core/text.h"

namespace beian::facts {

namespace {

// The params of CNT-001, which configure the page scan (null when the pack has no CNT-001).
const json& ScanParams(const RulePack& pack) {
  static const json kNull;
  const RuleDef* def = pack.Find("CNT-001");
  return def ? def->params() : kNull;
}

// Path of a URL ("/" when none), host lower-cased.
void SplitUrl(const std::string& url, std::string* host, std::string* path) {
  std::string u = Trim(url);
  size_t s = u.find("://");
  size_t b = s == std::string::npos ? (u.rfind("//", 0) == 0 ? 2 : 0) : s + 3;
  size_t e = u.find_first_of("/?#", b);
  *host = Lower(u.substr(b, e == std::string::npos ? std::string::npos : e - b));
  size_t colon = host->find(':');
  if (colon != std::string::npos) host->resize(colon);
  *path = e == std::string::npos ? "/" : u.substr(e);
  size_t q = path->find_first_of("?#");
  if (q != std::string::npos) path->resize(q);
  if (path->empty()) *path = "/";
}

bool IsHomePath(const std::string& path) {
  if (path == "/") return true;
  std::string p = Lower(path);
  for (const char* idx : {"/index.html", "/index.htm", "/index.php", "/default.html",
                          "/default.htm", "/default.aspx", "/index.jsp", "/index.asp"})
    if (p == idx) return true;
  return false;
}

}  // namespace

std::vector<PreApprovalTopic> ParsePreApprovalTopics(const json& topics) {
  std::vector<PreApprovalTopic> out;
  if (!topics.is_array()) return out;
  for (const auto& t : topics) {
    const std::string* list = Str(t, "/list");
    if (!list) continue;
    PreApprovalTopic topic;
    topic.list = *list;
    if (const std::string* f = Str(t, "/field")) topic.field = *f;
    if (const json* a = At(t, "/approval")) topic.approval = ParseText(*a);
    if (const std::string* s = Str(t, "/shown")) topic.shown = *s;
    out.push_back(std::move(topic));
  }
  return out;
}

std::vector<PreApprovalTopic> PreApprovalTopics(const RulePack& pack) {
  const json& params = ScanParams(pack);
  return ParsePreApprovalTopics(Member(params, "topics"));
}

const std::vector<PreApprovalTopic>& PreApprovalTopicsOf(Ctx& c) {
  const RulePack& pack = c.pack();
  return pack.Derived<std::vector<PreApprovalTopic>>("site_pages.topics",
                                                     [&] { return PreApprovalTopics(pack); });
}

std::vector<std::string> PageFeatureLists(const RulePack& pack) {
  std::vector<std::string> out;
  const json& params = ScanParams(pack);
  if (!params.is_object()) return out;
  auto it = params.find("page_feature_lists");
  if (it == params.end() || !it->is_array()) return out;
  for (const auto& name : *it)
    if (name.is_string()) out.push_back(name.get<std::string>());
  return out;
}

HtmlLists PackHtmlLists(const RulePack& pack) {
  HtmlLists lists;
  std::vector<std::string> features, topics;
  for (const std::string& name : PageFeatureLists(pack)) {
    lists.features.push_back({name, &pack.Matcher(name)});
    features.push_back(name);
  }
  for (const auto& t : PreApprovalTopics(pack)) {
    lists.topics.push_back({t.list, &pack.Matcher(t.list)});
    topics.push_back(t.list);
  }
  for (const char* name : kPageTextLists) {
    lists.text_lists.push_back({name, &pack.Matcher(name)});
    topics.push_back(name);
  }
  // each group reads the page once (HTML for the features, visible text for the topics and the
  // text lists)
  if (!features.empty()) lists.feature_group = &pack.MatcherGroup(features);
  lists.topic_group = &pack.MatcherGroup(topics, {&HtmlApprovalMatcher()});
  return lists;
}

std::string SitePages::Pointer(size_t i) const {
  return "/attachments/site_pages/" + std::to_string(i < index.size() ? index[i] : i) + "/html";
}

namespace {

// The reading of the pages and their facts, out of line (core/out_of_line.h): an application
// without pages never runs them (they stay out of the page's first verdict).
[[gnu::noinline]] void PrepareSitePagesNow(Ctx& c);

[[gnu::noinline]] SitePages ReadSitePages(Ctx& c) {
  SitePages out;
  size_t n = Count(c.app(), "/attachments/site_pages");
  // the page lists are compiled only when there is a page to read
  HtmlLists lists = n ? PackHtmlLists(c.pack()) : HtmlLists{};
  for (size_t i = 0; i < n; ++i) {
    std::string base = "/attachments/site_pages/" + std::to_string(i);
    const std::string* html = Str(c.app(), base + "/html");
    if (!html) continue;
    const std::string* url = Str(c.app(), base + "/url");
    out.pages.push_back(ReadHtml(*html, lists));
    out.index.push_back(i);
    out.urls.push_back(url ? *url : "");
  }
  for (size_t i = 0; i < out.pages.size() && out.home < 0; ++i) {
    if (out.urls[i].empty()) continue;
    std::string host, path;
    SplitUrl(out.urls[i], &host, &path);
    if (IsHomePath(path)) out.home = static_cast<int>(i);
  }
  out.home_by_url = out.home >= 0;
  if (out.home < 0 && !out.pages.empty()) out.home = 0;
  return out;
}

}  // namespace

const SitePages& SitePagesOf(Ctx& c) {
  if (!Count(c.app(), "/attachments/site_pages")) {
    static const SitePages none;
    return none;
  }
  return c.Memo<SitePages>("html.pages", [&] { return OutOfLine(&ReadSitePages)(c); });
}

void PrepareSitePages(Ctx& c) {
  if (!Count(c.app(), "/attachments/site_pages")) return;
  OutOfLine (&PrepareSitePagesNow)(c);
}

namespace {

void PrepareSitePagesNow(Ctx& c) {
  const SitePages& sp = SitePagesOf(c);
  json pages = json::array();
  for (size_t i = 0; i < sp.pages.size(); ++i) {
    json j = HtmlPageJson(sp.pages[i], sp.urls[i]);
    j["homepage"] = static_cast<int>(i) == sp.home;
    pages.push_back(std::move(j));
  }
  c.facts()["site_pages"] = std::move(pages);
}

}  // namespace

EmitOptions PageSpan(const SitePages& sp, size_t page, size_t offset, size_t length,
                     std::string evidence, std::string variant) {
  EmitOptions o;
  o.evidence = std::move(evidence);
  o.variant = std::move(variant);
  o.span = Span{sp.Pointer(page), offset, length};
  return o;
}

int WebsiteOf(Ctx& c, const std::string& url) { return WebsiteOfUrl(c.app(), url); }

int WebsiteOfUrl(const json& app, const std::string& url) {
  size_t n = Count(app, "/websites");
  if (n == 0) return -1;
  if (url.empty() || n == 1) return 0;
  std::string host, path;
  SplitUrl(url, &host, &path);
  auto matches = [&](const std::string& domain) {
    std::string d = Lower(Trim(domain));
    if (d.empty()) return false;
    return host == d ||
           (host.size() > d.size() && host.compare(host.size() - d.size(), d.size(), d) == 0 &&
            host[host.size() - d.size() - 1] == '.');
  };
  for (const auto& d : Domains(app))
    if (matches(d.name)) return static_cast<int>(d.website);
  for (size_t i = 0; i < n; ++i) {
    if (const std::string* home = Str(app, "/websites/" + std::to_string(i) + "/home_url")) {
      std::string h, p;
      SplitUrl(*home, &h, &p);
      if (!h.empty() && h == host) return static_cast<int>(i);
    }
  }
  return 0;
}

bool WebsiteHasApproval(Ctx& c, int website, const std::string& field) {
  if (website < 0) return false;
  std::string base = "/websites/" + std::to_string(website) + "/pre_approvals";
  size_t m = Count(c.app(), base);
  for (size_t k = 0; k < m; ++k) {
    const std::string* f = Str(c.app(), base + "/" + std::to_string(k) + "/field");
    if (f && *f == field) return true;
  }
  return false;
}

std::string FeatureWords(const HtmlPage& p, const std::string& list, const HtmlHit** first) {
  std::string out;
  int k = 0;
  *first = nullptr;
  for (const auto& h : p.features) {
    if (h.list != list) continue;
    if (!*first) *first = &h;
    if (k++ < 5) out += (out.empty() ? "" : "、") + h.word;
  }
  return out;
}

}  // namespace beian::facts
