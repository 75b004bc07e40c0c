// Rules that read the uploaded site pages (attachments.site_pages[]): DSP-001 … DSP-008, DSP-010,
// DSP-011, CNT-001, CNT-008, CNT-010, CNT-011, NAME-026, PSB-005, PSB-007. The pages are read
// once (prepare step "site_pages") and summarised in report.facts.site_pages.
#include <re2/re2.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "core/rules/rule.h"
#include "core/geo/address.h"
#include "core/model.h"
#include "core/province.h"
#include "core/readers/html.h"
#include "core/text.h"

namespace beian {

namespace {

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

const SitePages& SitePagesOf(Ctx& c) {
  return c.Memo<SitePages>("html.pages", [&] {
    SitePages out;
    HtmlLists lists = PackHtmlLists(c.pack());
    size_t n = Count(c.app(), "/attachments/site_pages");
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
    if (out.home < 0 && !out.pages.empty()) out.home = 0;
    return out;
  });
}

namespace {

}  // namespace
namespace facts {

void PrepareSitePages(Ctx& c) {
  if (!Count(c.app(), "/attachments/site_pages")) return;
  const SitePages& sp = SitePagesOf(c);
  json pages = json::array();
  for (size_t i = 0; i < sp.pages.size(); ++i) {
    json j = HtmlPageJson(sp.pages[i], sp.urls[i]);
    j["homepage"] = static_cast<int>(i) == sp.home;
    pages.push_back(std::move(j));
  }
  c.facts()["site_pages"] = std::move(pages);
}

}  // namespace facts
namespace {

EmitOptions PageSpan(const SitePages& sp, size_t page, size_t offset, size_t length,
                     std::string evidence, std::string variant = "") {
  EmitOptions o;
  o.evidence = std::move(evidence);
  o.variant = std::move(variant);
  o.span = Span{sp.Pointer(page), offset, length};
  return o;
}

// Filing numbers (not ICP证 licences) shown on a page.
std::vector<const HtmlNumber*> FilingNumbers(const HtmlPage& p) {
  std::vector<const HtmlNumber*> out;
  for (const auto& n : p.icp)
    if (!n.licence) out.push_back(&n);
  return out;
}

// Index of the website a page belongs to (by host), else 0 (-1 when there are no websites).
int WebsiteOf(Ctx& c, const std::string& url) {
  size_t n = Count(c.app(), "/websites");
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
  for (const auto& d : Domains(c.app()))
    if (matches(d.name)) return static_cast<int>(d.website);
  for (size_t i = 0; i < n; ++i) {
    if (const std::string* home = Str(c.app(), "/websites/" + std::to_string(i) + "/home_url")) {
      std::string h, p;
      SplitUrl(*home, &h, &p);
      if (!h.empty() && h == host) return static_cast<int>(i);
    }
  }
  return 0;
}

// Digits and suffix of a number typed in the form (浙ICP备2024012345号-1 → "浙", digits, "-1").
struct Typed {
  std::string prefix, digits, suffix;
};
Typed ParseTypedIcp(const std::string& s) {
  HtmlPage p = ReadHtml(s);
  Typed t;
  if (!p.icp.empty()) {
    t.prefix = p.icp[0].prefix;
    t.digits = p.icp[0].digits;
    t.suffix = p.icp[0].suffix;
  }
  return t;
}

// DSP-001: the homepage shows an ICP filing number.
}  // namespace
namespace rules {

void Dsp001(Ctx& c) {
  const SitePages& sp = SitePagesOf(c);
  if (sp.home < 0) return c.Skip();
  const HtmlPage& home = sp.pages[sp.home];
  if (!FilingNumbers(home).empty()) return;
  bool filed = NonBlank(c.app(), "/public_security/icp_number").has_value();
  EmitOptions o;
  if (!filed) o.variant = "before_filing";
  c.Emit(sp.Pointer(sp.home), {{"url", sp.urls[sp.home]}}, o);
}

}  // namespace rules
namespace {

// DSP-002: a recognisable ICP number that is malformed.
}  // namespace
namespace rules {

void Dsp002(Ctx& c) {
  const SitePages& sp = SitePagesOf(c);
  if (sp.pages.empty()) return c.Skip();
  for (size_t i = 0; i < sp.pages.size(); ++i) {
    std::set<std::string> seen;
    for (const HtmlNumber* n : FilingNumbers(sp.pages[i])) {
      if (n->valid || !seen.insert(n->text).second) continue;
      c.Emit(sp.Pointer(i), {{"number", n->text}},
             PageSpan(sp, i, n->offset, n->length, n->text, n->error));
    }
  }
}

}  // namespace rules
namespace {

// DSP-003: the number's province abbreviation must be the filing province's.
}  // namespace
namespace rules {

void Dsp003(Ctx& c) {
  const SitePages& sp = SitePagesOf(c);
  if (sp.pages.empty() || c.province() == 0) return c.Skip();
  const ProvinceInfo* info = ProvinceByCode(c.province());
  for (size_t i = 0; i < sp.pages.size(); ++i) {
    std::set<std::string> seen;
    for (const HtmlNumber* n : FilingNumbers(sp.pages[i])) {
      if (n->province == 0 || n->province == c.province() || !seen.insert(n->text).second) continue;
      std::string expected = info ? info->abbr : "";
      if (info && info->alt_abbr[0]) expected += std::string("/") + info->alt_abbr;
      c.Emit(sp.Pointer(i),
             {{"number", n->text},
              {"prefix", n->prefix},
              {"expected", expected},
              {"province", info ? info->short_name : ""}},
             PageSpan(sp, i, n->offset, n->length, n->text));
    }
  }
}

}  // namespace rules
namespace {

// DSP-004: the number must link to beian.miit.gov.cn.
}  // namespace
namespace rules {

void Dsp004(Ctx& c) {
  const SitePages& sp = SitePagesOf(c);
  bool any = false;
  for (size_t i = 0; i < sp.pages.size(); ++i) {
    const HtmlPage& p = sp.pages[i];
    auto numbers = FilingNumbers(p);
    if (numbers.empty()) continue;
    any = true;
    const HtmlNumber* n = numbers.front();
    // One finding per page: the best-linked number decides.
    for (const HtmlNumber* m : numbers)
      if (m->link >= 0 && p.links[m->link].kind == LinkKind::kMiit) n = m;
    LinkKind kind = n->link >= 0 ? p.links[n->link].kind : LinkKind::kOther;
    if (kind == LinkKind::kMiit) continue;
    std::string variant;
    if (kind == LinkKind::kMiitRetired) {
      variant = "retired";
    } else if (p.links_to_miit) {
      variant = "link_elsewhere";
    }
    c.Emit(sp.Pointer(i), {{"number", n->text}},
           PageSpan(sp, i, n->offset, n->length, n->text, variant));
  }
  if (!any) c.Skip();
}

}  // namespace rules
namespace {

// DSP-005: the number should sit at the bottom of the page.
}  // namespace
namespace rules {

void Dsp005(Ctx& c) {
  const SitePages& sp = SitePagesOf(c);
  bool any = false;
  for (size_t i = 0; i < sp.pages.size(); ++i) {
    auto numbers = FilingNumbers(sp.pages[i]);
    if (numbers.empty()) continue;
    any = true;
    if (std::any_of(numbers.begin(), numbers.end(),
                    [](const HtmlNumber* n) { return n->in_footer; }))
      continue;
    const HtmlNumber* n = numbers.front();
    c.Emit(sp.Pointer(i), {{"number", n->text}}, PageSpan(sp, i, n->offset, n->length, n->text));
  }
  if (!any) c.Skip();
}

}  // namespace rules
namespace {

// DSP-006: 广东 shows the entity number (no -N); other provinces the website number (-N).
}  // namespace
namespace rules {

void Dsp006(Ctx& c) {
  const SitePages& sp = SitePagesOf(c);
  if (sp.pages.empty() || c.province() == 0) return c.Skip();
  bool gd = c.province() == 44;
  for (size_t i = 0; i < sp.pages.size(); ++i) {
    for (const HtmlNumber* n : FilingNumbers(sp.pages[i])) {
      if (!n->valid) continue;
      if (gd && !n->suffix.empty()) {
        c.Emit(sp.Pointer(i), {{"number", n->text}, {"suffix", n->suffix}},
               PageSpan(sp, i, n->offset, n->length, n->text, "guangdong"));
        break;
      }
      if (!gd && n->suffix.empty()) {
        c.Emit(sp.Pointer(i), {{"number", n->text}},
               PageSpan(sp, i, n->offset, n->length, n->text));
        break;
      }
    }
  }
}

}  // namespace rules
namespace {

// DSP-007: the displayed number must be this site's own (public_security.icp_number).
}  // namespace
namespace rules {

void Dsp007(Ctx& c) {
  auto filed = NonBlank(c.app(), "/public_security/icp_number");
  const SitePages& sp = SitePagesOf(c);
  if (!filed || sp.pages.empty()) return c.Skip();
  Typed t = ParseTypedIcp(*filed);
  if (t.digits.empty()) return c.Skip();  // the typed number is unreadable (PSB/ICP format rules)
  for (size_t i = 0; i < sp.pages.size(); ++i) {
    std::set<std::string> seen;
    for (const HtmlNumber* n : FilingNumbers(sp.pages[i])) {
      if (n->digits.empty()) continue;
      bool same = n->digits == t.digits &&
                  (n->prefix == t.prefix || ProvinceByAbbr(n->prefix) == ProvinceByAbbr(t.prefix));
      // The entity number (no suffix) of the same filing is this site's number too (DSP-006).
      if (same && (n->suffix.empty() || t.suffix.empty() || n->suffix == t.suffix)) continue;
      if (!seen.insert(n->text).second) continue;
      c.Emit(sp.Pointer(i), {{"number", n->text}, {"filed", *filed}},
             PageSpan(sp, i, n->offset, n->length, n->text));
    }
  }
}

}  // namespace rules
namespace {

// DSP-008: enterprises: company name or 版权所有 next to the number (recommended).
}  // namespace
namespace rules {

void Dsp008(Ctx& c) {
  const SitePages& sp = SitePagesOf(c);
  std::string type = SubjectType(c.app());
  if (sp.home < 0 || type.empty()) return c.Skip();
  if (type != "enterprise" && type != "sole_proprietor") return;
  const HtmlPage& home = sp.pages[sp.home];
  if (FilingNumbers(home).empty()) return;
  std::string pattern = "版权所有|©|(?i:copyright)";
  if (auto name = NonBlank(c.app(), "/subject/name"))
    pattern += "|" + RE2::QuoteMeta(Compact(*name));
  RE2 re(pattern, RE2::Quiet);
  if (re.ok() && RE2::PartialMatch(home.text, re)) return;
  const HtmlNumber* n = FilingNumbers(home).front();
  c.Emit(sp.Pointer(sp.home), {{"number", n->text}},
         PageSpan(sp, sp.home, n->offset, n->length, n->text));
}

}  // namespace rules
namespace {

// DSP-010: once the 公安 number is granted, show it at the bottom, linked to beian.mps.gov.cn.
}  // namespace
namespace rules {

void Dsp010(Ctx& c) {
  const SitePages& sp = SitePagesOf(c);
  if (sp.home < 0) return c.Skip();
  auto number = NonBlank(c.app(), "/public_security/psb_number");
  auto approved = NonBlank(c.app(), "/public_security/psb_approved_on");
  const HtmlPage& home = sp.pages[sp.home];
  std::string due;
  if (approved) {
    if (auto d = Date::Parse(*approved)) due = d->AddDays(30).ToString();
  }
  if (home.psb.empty()) {
    if (!number && !approved) return;
    c.Emit(sp.Pointer(sp.home), {{"due", due.empty() ? "—" : due}},
           Evidence(number ? *number : "", due.empty() ? "" : "due"));
    return;
  }
  const HtmlNumber& n = home.psb.front();
  LinkKind kind = n.link >= 0 ? home.links[n.link].kind : LinkKind::kOther;
  if (kind == LinkKind::kMps) return;
  c.Emit(sp.Pointer(sp.home), {{"number", n.text}},
         PageSpan(sp, sp.home, n.offset, n.length, n.text,
                  kind == LinkKind::kMpsRetired ? "retired" : "no_link"));
}

}  // namespace rules
namespace {

std::string DigitsOf(const std::string& s) {
  std::string d;
  for (char ch : FoldWidth(s))
    if (ch >= '0' && ch <= '9') d.push_back(ch);
  return d;
}

// DSP-011: the displayed 公安 number must be the issued one.
}  // namespace
namespace rules {

void Dsp011(Ctx& c) {
  auto issued = NonBlank(c.app(), "/public_security/psb_number");
  const SitePages& sp = SitePagesOf(c);
  if (!issued || sp.pages.empty()) return c.Skip();
  std::string want = DigitsOf(*issued);
  if (want.empty()) return c.Skip();
  for (size_t i = 0; i < sp.pages.size(); ++i) {
    std::set<std::string> seen;
    for (const auto& n : sp.pages[i].psb) {
      if (n.digits == want || !seen.insert(n.digits).second) continue;
      c.Emit(sp.Pointer(i), {{"number", n.text}, {"issued", *issued}},
             PageSpan(sp, i, n.offset, n.length, n.text));
    }
  }
}

}  // namespace rules
namespace {

// PSB-007: format of the 公安 number (form and pages): 14 or 12 digits, prefix = division.
}  // namespace
namespace rules {

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
  const SitePages& sp = SitePagesOf(c);
  for (size_t i = 0; i < sp.pages.size(); ++i) {
    std::set<std::string> seen;
    for (const auto& n : sp.pages[i].psb) {
      if (n.valid || !seen.insert(n.text).second) continue;
      c.Emit(sp.Pointer(i), {{"number", n.text}},
             PageSpan(sp, i, n.offset, n.length, n.text, n.error));
    }
  }
}

}  // namespace rules
namespace {

// Words of the interactive list found on a page (comma-separated, at most 5).
std::string Words(const HtmlPage& p, const char* list, const HtmlHit** first) {
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

// CNT-010: interactive features on the pages ⇒ interactive service in the 公安 filing.
}  // namespace
namespace rules {

void Cnt010(Ctx& c) {
  const SitePages& sp = SitePagesOf(c);
  if (sp.pages.empty()) return c.Skip();
  auto declared = Bool(c.app(), "/public_security/interactive_service");
  for (size_t i = 0; i < sp.pages.size(); ++i) {
    const HtmlHit* first = nullptr;
    std::string words = Words(sp.pages[i], "WL-INTERACTIVE-HTML", &first);
    if (!first) continue;
    std::string variant = declared && !*declared ? "declared_no" : "";
    if (declared && *declared) variant = "declared_yes";
    c.Emit(sp.Pointer(i), {{"words", words}},
           PageSpan(sp, i, first->offset, first->length, words, variant));
  }
}

}  // namespace rules
namespace {

// PSB-005: interactive services face an on-site / security assessment after online approval.
}  // namespace
namespace rules {

void Psb005(Ctx& c) {
  auto declared = Bool(c.app(), "/public_security/interactive_service");
  bool pages = Count(c.app(), "/attachments/site_pages") > 0;
  if (!declared && !pages) return c.Skip();
  if (declared && *declared) {
    c.Emit("/public_security/interactive_service", {{"words", "交互式服务"}}, Variant("declared"));
    return;
  }
  if (!pages) return;
  const SitePages& sp = SitePagesOf(c);
  for (size_t i = 0; i < sp.pages.size(); ++i) {
    const HtmlHit* first = nullptr;
    std::string words = Words(sp.pages[i], "WL-INTERACTIVE-HTML", &first);
    if (!first) continue;
    c.Emit(sp.Pointer(i), {{"words", words}}, PageSpan(sp, i, first->offset, first->length, words));
    return;  // once per application
  }
}

}  // namespace rules
namespace {

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

// Approvals that exist only in some provinces (CNT-002): elsewhere a hit is a warning.
bool RegionalOnly(const std::string& field, int province) {
  if (field == "education") return province != 33 && province != 63 && province != 54;
  if (field == "medical") return province != 13 && province != 54;
  return false;
}

// CNT-001: 前置审批 topic words without the matching approval: block in the form (网站名称,
// 服务内容, 栏目), warn on the pages.
}  // namespace
namespace rules {

void Cnt001(Ctx& c) {
  size_t n = Count(c.app(), "/websites");
  bool pages = Count(c.app(), "/attachments/site_pages") > 0;
  if (n == 0 && !pages) return c.Skip();
  struct Topic {
    const char* list;
    const char* field;
    const char* zh;
    const char* en;
  };
  std::vector<Topic> topics;
  for (const auto& t : PreApprovalTopics()) topics.push_back({t.list, t.field, t.zh, t.en});
  topics.push_back({"WL-FIN", "finance", "金融行业主管部门的许可或批准文件",
                    "the financial regulator's licence or approval"});
  auto approval = [&](const Topic& t) { return std::string(c.locale() == "en" ? t.en : t.zh); };
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
      if (WebsiteHasApproval(c, static_cast<int>(i), t.field)) continue;
      const WordMatcher& m = c.pack().Matcher(t.list);
      for (const auto& [path, text] : fields) {
        auto hits = m.Find(text);
        if (hits.empty()) continue;
        const std::string& w = m.words()[hits.front().word];
        EmitOptions o = Evidence(w);
        if (RegionalOnly(t.field, c.province())) o.variant = "regional";
        c.Emit(path, {{"word", w}, {"approval", approval(t)}}, o);
        break;  // one finding per website and topic
      }
    }
  }
  if (!pages) return;
  const SitePages& sp = SitePagesOf(c);
  for (size_t i = 0; i < sp.pages.size(); ++i) {
    int website = WebsiteOf(c, sp.urls[i]);
    for (const auto& t : PreApprovalTopics()) {
      if (WebsiteHasApproval(c, website, t.field)) continue;
      for (const auto& h : sp.pages[i].topics) {
        if (h.list != t.list) continue;
        c.Emit(sp.Pointer(i), {{"word", h.word}, {"approval", c.locale() == "en" ? t.en : t.zh}},
               PageSpan(sp, i, h.offset, h.length, h.word, "html"));
        break;
      }
    }
  }
}

}  // namespace rules
namespace {

// CNT-011: pages with approval-field content should show the approval number too.
}  // namespace
namespace rules {

void Cnt011(Ctx& c) {
  const SitePages& sp = SitePagesOf(c);
  if (sp.pages.empty()) return c.Skip();
  for (size_t i = 0; i < sp.pages.size(); ++i) {
    const HtmlPage& p = sp.pages[i];
    for (const auto& t : PreApprovalTopics()) {
      if (!t.shown[0]) continue;
      if (std::find(p.approvals.begin(), p.approvals.end(), t.shown) != p.approvals.end()) continue;
      for (const auto& h : p.topics) {
        if (h.list != t.list) continue;
        c.Emit(sp.Pointer(i), {{"word", h.word}, {"approval", c.locale() == "en" ? t.en : t.zh}},
               PageSpan(sp, i, h.offset, h.length, h.word));
        break;
      }
    }
  }
}

}  // namespace rules
namespace {

// The subject's trade name (字号): the name without leading division names and legal-form suffix,
// first two characters (e.g. 杭州青禾数码科技有限公司 → 青禾).
std::string TradeName(const std::string& name) {
  ParsedAddress a = ParseAddress(name);
  std::string rest = a.rest.empty() ? Compact(name) : a.rest;
  auto cps = CodePoints(rest);
  if (cps.size() < 2) return "";
  return cps[0] + cps[1];
}

// CNT-008: an enterprise site's content should belong to the filing subject.
}  // namespace
namespace rules {

void Cnt008(Ctx& c) {
  const SitePages& sp = SitePagesOf(c);
  std::string type = SubjectType(c.app());
  auto subject = NonBlank(c.app(), "/subject/name");
  if (sp.home < 0 || !subject) return c.Skip();
  if (type == "individual") return;
  const HtmlPage& home = sp.pages[sp.home];
  if (home.text.size() + home.title.size() < 8) return c.Skip();  // an empty page says nothing
  std::vector<std::string> names = {Compact(*subject)};
  std::string trade = TradeName(*subject);
  if (!trade.empty()) names.push_back(trade);
  int w = WebsiteOf(c, sp.urls[sp.home]);
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

}  // namespace rules
namespace {

// NAME-026: the filed site name should be what the site shows (title), spaces ignored.
}  // namespace
namespace rules {

void Name026(Ctx& c) {
  const SitePages& sp = SitePagesOf(c);
  if (sp.home < 0) return c.Skip();
  const HtmlPage& home = sp.pages[sp.home];
  int w = WebsiteOf(c, sp.urls[sp.home]);
  if (w < 0 || home.title.empty()) return c.Skip();
  std::string path = "/websites/" + std::to_string(w) + "/name";
  auto name = NonBlank(c.app(), path);
  if (!name) return c.Skip();
  std::string title = Lower(Compact(home.title)), want = Lower(Compact(*name));
  if (want.empty() || title.find(want) != std::string::npos) return;
  EmitOptions o = PageSpan(sp, sp.home, home.title_offset, home.title_length, home.title);
  if (c.province() == 46) o.variant = "hainan";
  c.Emit(path, {{"value", *name}, {"title", home.title}}, o);
}

}  // namespace rules
namespace {

}  // namespace
}  // namespace beian
