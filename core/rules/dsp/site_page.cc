// DSP-001…008, 010, 011: what the uploaded site pages display (facts from
// core/facts/site_pages.h): the ICP filing number (present, well-formed, of this province and this
// site, linked to beian.miit.gov.cn, at the bottom, next to the company name) and the 公安 number
// (shown, linked to beian.mps.gov.cn, the issued one).
#include <re2/re2.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "core/facts/site_pages.h"
#include "core/model.h"
#include "core/province.h"
#include "core/rules/dsp/dsp.h"
#include "core/scan.h"
#include "core/text.h"

namespace beian::rules {
namespace {

// Filing numbers (not ICP证 licences) shown on a page.
std::vector<const HtmlNumber*> FilingNumbers(const HtmlPage& p) {
  std::vector<const HtmlNumber*> out;
  for (const auto& n : p.icp)
    if (!n.licence) out.push_back(&n);
  return out;
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

// The digits of a typed number (full-width digits folded).
std::string DigitsOf(const std::string& s) {
  std::string d;
  for (char ch : FoldWidth(s))
    if (ch >= '0' && ch <= '9') d.push_back(ch);
  return d;
}

// Visible characters of a page (blanks removed).
size_t VisibleChars(const HtmlPage& p) { return CodePoints(Compact(p.text)).size(); }

// An unrendered single-page-app shell: almost no visible text (params.shell_max_chars), or an app
// mount point (params.app_root_pattern over the raw HTML) with little text
// (params.app_root_max_chars).
bool IsAppShell(Ctx& c, const HtmlPage& p, const std::string& pointer) {
  size_t chars = VisibleChars(p);
  const json& few = c.Param("shell_max_chars");
  if (few.is_number_unsigned() && chars <= few.get<size_t>()) return true;
  const json& pattern = c.Param("app_root_pattern");
  const json& little = c.Param("app_root_max_chars");
  const std::string* html = Str(c.app(), pointer);
  if (!html || !pattern.is_string() || !little.is_number_unsigned() || chars > little.get<size_t>())
    return false;
  RE2 re(pattern.get<std::string>(), RE2::Quiet);
  return re.ok() && RE2::PartialMatch(*html, re);
}

}  // namespace

// DSP-001: the homepage shows an ICP filing number. A page whose HTML is an unrendered app shell
// (little visible text, or an app mount point with little text: the footer comes from JavaScript)
// and a first page taken as the homepage only because no URL says so are questions, not proof.
void Dsp001(Ctx& c) {
  const facts::SitePages& sp = facts::SitePagesOf(c);
  if (sp.home < 0) return c.Skip();
  const HtmlPage& home = sp.pages[sp.home];
  if (!FilingNumbers(home).empty()) return;
  bool filed = NonBlank(c.app(), "/public_security/icp_number").has_value();
  EmitOptions o;
  if (!filed) {
    o.variant = "before_filing";
  } else if (IsAppShell(c, home, sp.Pointer(sp.home))) {
    o.variant = "not_rendered";
  } else if (!sp.home_by_url) {
    o.variant = "first_page";
  }
  c.Emit(sp.Pointer(sp.home), {{"url", sp.urls[sp.home]}}, o);
}

// DSP-002: a recognisable ICP number that is malformed.
void Dsp002(Ctx& c) {
  const facts::SitePages& sp = facts::SitePagesOf(c);
  if (sp.pages.empty()) return c.Skip();
  for (size_t i = 0; i < sp.pages.size(); ++i) {
    std::set<std::string> seen;
    for (const HtmlNumber* n : FilingNumbers(sp.pages[i])) {
      if (n->valid || !seen.insert(n->text).second) continue;
      c.Emit(sp.Pointer(i), {{"number", n->text}},
             facts::PageSpan(sp, i, n->offset, n->length, n->text, n->error));
    }
  }
}

// DSP-003: the number's province abbreviation should be the filing province's. Next to a number
// of the filing province it is most likely a credit (e.g. the web agency's number): "credit".
void Dsp003(Ctx& c) {
  const facts::SitePages& sp = facts::SitePagesOf(c);
  if (sp.pages.empty() || c.province() == 0) return c.Skip();
  const ProvinceInfo* info = ProvinceByCode(c.province());
  for (size_t i = 0; i < sp.pages.size(); ++i) {
    std::vector<const HtmlNumber*> numbers = FilingNumbers(sp.pages[i]);
    bool own = std::any_of(numbers.begin(), numbers.end(),
                           [&](const HtmlNumber* n) { return n->province == c.province(); });
    std::set<std::string> seen;
    for (const HtmlNumber* n : numbers) {
      if (n->province == 0 || n->province == c.province() || !seen.insert(n->text).second) continue;
      std::string expected = info ? info->abbr : "";
      if (info && info->alt_abbr[0]) expected += std::string("/") + info->alt_abbr;
      c.Emit(sp.Pointer(i),
             {{"number", n->text},
              {"prefix", n->prefix},
              {"expected", expected},
              {"province", info ? info->short_name : ""}},
             facts::PageSpan(sp, i, n->offset, n->length, n->text, own ? "credit" : ""));
    }
  }
}

// DSP-004: the number must link to beian.miit.gov.cn.
void Dsp004(Ctx& c) {
  const facts::SitePages& sp = facts::SitePagesOf(c);
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
           facts::PageSpan(sp, i, n->offset, n->length, n->text, variant));
  }
  if (!any) c.Skip();
}

// DSP-005: the number should sit at the bottom of the page.
void Dsp005(Ctx& c) {
  const facts::SitePages& sp = facts::SitePagesOf(c);
  bool any = false;
  for (size_t i = 0; i < sp.pages.size(); ++i) {
    auto numbers = FilingNumbers(sp.pages[i]);
    if (numbers.empty()) continue;
    any = true;
    if (std::any_of(numbers.begin(), numbers.end(),
                    [](const HtmlNumber* n) { return n->in_footer; }))
      continue;
    const HtmlNumber* n = numbers.front();
    c.Emit(sp.Pointer(i), {{"number", n->text}},
           facts::PageSpan(sp, i, n->offset, n->length, n->text));
  }
  if (!any) c.Skip();
}

// DSP-006: 广东 shows the entity number (no -N); other provinces the website number (-N).
void Dsp006(Ctx& c) {
  const facts::SitePages& sp = facts::SitePagesOf(c);
  if (sp.pages.empty() || c.province() == 0) return c.Skip();
  bool gd = c.province() == 44;
  for (size_t i = 0; i < sp.pages.size(); ++i) {
    for (const HtmlNumber* n : FilingNumbers(sp.pages[i])) {
      if (!n->valid) continue;
      if (gd && !n->suffix.empty()) {
        c.Emit(sp.Pointer(i), {{"number", n->text}, {"suffix", n->suffix}},
               facts::PageSpan(sp, i, n->offset, n->length, n->text, "guangdong"));
        break;
      }
      if (!gd && n->suffix.empty()) {
        c.Emit(sp.Pointer(i), {{"number", n->text}},
               facts::PageSpan(sp, i, n->offset, n->length, n->text));
        break;
      }
    }
  }
}

// DSP-007: the displayed number must be this subject's own (public_security.icp_number): the
// entity number or any website number (-N) of the same filing, since each website of the subject
// shows its own -N. A page with no such number is blocked; another number next to one (a web
// agency's credit, a partner) is a question ("extra").
void Dsp007(Ctx& c) {
  auto filed = NonBlank(c.app(), "/public_security/icp_number");
  const facts::SitePages& sp = facts::SitePagesOf(c);
  if (!filed || sp.pages.empty()) return c.Skip();
  Typed t = ParseTypedIcp(*filed);
  if (t.digits.empty()) return c.Skip();  // the typed number is unreadable (PSB/ICP format rules)
  auto ours = [&](const HtmlNumber* n) {
    return n->digits == t.digits &&
           (n->prefix == t.prefix || ProvinceByAbbr(n->prefix) == ProvinceByAbbr(t.prefix));
  };
  for (size_t i = 0; i < sp.pages.size(); ++i) {
    std::vector<const HtmlNumber*> numbers;
    for (const HtmlNumber* n : FilingNumbers(sp.pages[i]))
      if (!n->digits.empty()) numbers.push_back(n);
    bool own = std::any_of(numbers.begin(), numbers.end(), ours);
    std::set<std::string> seen;
    for (const HtmlNumber* n : numbers) {
      if (ours(n) || !seen.insert(n->text).second) continue;
      c.Emit(sp.Pointer(i), {{"number", n->text}, {"filed", *filed}},
             facts::PageSpan(sp, i, n->offset, n->length, n->text, own ? "extra" : ""));
    }
  }
}

// DSP-008: enterprises: company name or 版权所有 next to the number (recommended).
void Dsp008(Ctx& c) {
  const facts::SitePages& sp = facts::SitePagesOf(c);
  std::string type = SubjectType(c.app());
  if (sp.home < 0 || type.empty()) return c.Skip();
  if (type != "enterprise" && type != "sole_proprietor") return;
  const HtmlPage& home = sp.pages[sp.home];
  if (FilingNumbers(home).empty()) return;
  // 版权所有, ©, "copyright" in any ASCII case, or the company name without spaces: literal
  // searches, as the regex of literals they replace (no letter of "copyright" has a non-ASCII
  // case form in RE2)
  const std::string& text = home.text;
  auto has = [&](std::string_view w) { return FindLong(text, w, 0) != std::string::npos; };
  if (has("版权所有") || has("©") ||
      FindIgnoringAsciiCase(text, "copyright", 0) != std::string::npos)
    return;
  if (auto name = NonBlank(c.app(), "/subject/name")) {
    const std::string core = Compact(*name);
    if (core.empty() || has(core)) return;
  }
  const HtmlNumber* n = FilingNumbers(home).front();
  c.Emit(sp.Pointer(sp.home), {{"number", n->text}},
         facts::PageSpan(sp, sp.home, n->offset, n->length, n->text));
}

// DSP-010: once the 公安 number is granted, show it at the bottom, linked to beian.mps.gov.cn.
void Dsp010(Ctx& c) {
  const facts::SitePages& sp = facts::SitePagesOf(c);
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
         facts::PageSpan(sp, sp.home, n.offset, n.length, n.text,
                         kind == LinkKind::kMpsRetired ? "retired" : "no_link"));
}

// DSP-011: the displayed 公安 number must be the issued one. Each website has its own 公安
// number and the form holds one: with several websites, a page of another website ("other_site")
// or a second number next to the issued one ("extra") is a question.
void Dsp011(Ctx& c) {
  auto issued = NonBlank(c.app(), "/public_security/psb_number");
  const facts::SitePages& sp = facts::SitePagesOf(c);
  if (!issued || sp.pages.empty()) return c.Skip();
  std::string want = DigitsOf(*issued);
  if (want.empty()) return c.Skip();
  bool several_sites = Count(c.app(), "/websites") > 1;
  for (size_t i = 0; i < sp.pages.size(); ++i) {
    const auto& numbers = sp.pages[i].psb;
    bool own = std::any_of(numbers.begin(), numbers.end(),
                           [&](const HtmlNumber& n) { return n.digits == want; });
    std::set<std::string> seen;
    for (const auto& n : numbers) {
      if (n.digits == want || !seen.insert(n.digits).second) continue;
      std::string variant = own ? "extra" : several_sites ? "other_site" : "";
      c.Emit(sp.Pointer(i), {{"number", n.text}, {"issued", *issued}},
             facts::PageSpan(sp, i, n.offset, n.length, n.text, variant));
    }
  }
}

}  // namespace beian::rules
