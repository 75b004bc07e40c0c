// CNT-002, CNT-003, CNT-005, CNT-006, CNT-007, CNT-009: 服务内容, 前置审批 and content words
// in the form fields (website name, 服务内容, 栏目, remarks) and, for CNT-009, the uploaded pages.
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "core/facts/free_text.h"
#include "core/facts/site_pages.h"
#include "core/model.h"
#include "core/rules/cnt/cnt.h"
#include "core/rules/params.h"
#include "core/text.h"

namespace beian::rules {
namespace {

struct TextRef {
  std::string path;
  std::string raw;
  std::string norm;  // Compact(raw)
};

// The free-text fields of website `i`: name, 服务内容, 栏目 and (`remarks`) the remarks.
std::vector<TextRef> WebsiteTexts(const json& app, size_t i, bool remarks = true) {
  std::vector<TextRef> out;
  std::string base = "/websites/" + std::to_string(i);
  for (const char* f : {"/name", "/service_content", "/remarks"}) {
    if (!remarks && std::string(f) == "/remarks") continue;
    if (auto s = NonBlank(app, base + f)) out.push_back({base + f, *s, Compact(*s)});
  }
  auto columns = Strings(app, base + "/columns");
  for (size_t k = 0; k < columns.size(); ++k)
    if (!Trim(columns[k]).empty())
      out.push_back({base + "/columns/" + std::to_string(k), columns[k], Compact(columns[k])});
  return out;
}

bool InStrings(const json& list, const std::string& value) {
  if (!list.is_array()) return false;
  for (const auto& v : list)
    if (v.is_string() && Compact(v.get<std::string>()) == value) return true;
  return false;
}

// Like FirstWord, skipping the words listed in `ignore` (a params array).
std::string FirstWordExcept(const Ctx& c, const std::string& list, const std::string& text,
                            const json& ignore) {
  const WordMatcher& m = c.pack().Matcher(list);
  auto hits = m.Find(text);
  std::sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) {
    return a.offset != b.offset ? a.offset < b.offset : a.length > b.length;
  });
  for (const auto& h : hits) {
    const std::string& w = m.words()[h.word];
    std::string word = w.rfind("re:", 0) == 0 ? text.substr(h.offset, h.length) : w;
    if (!InStrings(ignore, word)) return word;
  }
  return "";
}

// A non-blank 服务内容 category (websites[].service_types[]) and whether its website has remarks.
struct ServiceType {
  std::string path;
  std::string raw;
  std::string norm;  // Compact(raw)
  bool remark;
};

// Runs `check` on every non-blank service type of every website; Skip() when there is none.
template <typename F>
void EachServiceType(Ctx& c, F check) {
  size_t n = Count(c.app(), "/websites");
  bool any = false;
  for (size_t i = 0; i < n; ++i) {
    std::string base = "/websites/" + std::to_string(i);
    auto types = Strings(c.app(), base + "/service_types");
    bool remark = NonBlank(c.app(), base + "/remarks").has_value();
    for (size_t k = 0; k < types.size(); ++k) {
      std::string t = Compact(types[k]);
      if (t.empty()) continue;
      any = true;
      check(ServiceType{base + "/service_types/" + std::to_string(k), types[k], t, remark});
    }
  }
  if (!any) c.Skip();
}

bool HasField(const json& app, size_t i, const std::string& field) {
  std::string base = "/websites/" + std::to_string(i) + "/pre_approvals";
  size_t n = Count(app, base);
  for (size_t k = 0; k < n; ++k) {
    const std::string* f = Str(app, base + "/" + std::to_string(k) + "/field");
    if (f && (field.empty() || *f == field)) return true;
  }
  return false;
}

}  // namespace

// CNT-002: 教育 / 医疗保健 approvals survive only in a few provinces (2017 table); 电子公告 is
// abolished. Informs when a website's texts touch these fields (params.topics).
void Cnt002(Ctx& c) {
  size_t n = Count(c.app(), "/websites");
  const json& topics = c.Param("topics");
  if (!n || !topics.is_object()) return c.Skip();
  std::string here = ProvinceShortName(c.province());
  // Each text is read once by the topics' lists together (WordMatcherGroup: per list the hits
  // of its own Find).
  std::vector<std::string> lists;
  for (auto it = topics.begin(); it != topics.end(); ++it)
    if (it->is_object()) lists.push_back(PStr(*it, "list"));
  const WordMatcherGroup& group = c.pack().MatcherGroup(lists);
  for (size_t i = 0; i < n; ++i) {
    // Not the remarks: that is where the seller says no approval is needed (DOC-011).
    auto texts = WebsiteTexts(c.app(), i, false);
    std::vector<std::vector<std::vector<WordMatcher::Hit>>> hits;  // per text, per list
    for (const auto& tx : texts) hits.push_back(group.Find(tx.norm));
    size_t l = 0;  // the topic's list in the group
    for (auto it = topics.begin(); it != topics.end(); ++it) {
      const json& t = *it;
      if (!t.is_object()) continue;
      const size_t list = l++;
      std::string field = PStr(t, "field");
      std::string word, path;
      for (size_t x = 0; x < texts.size(); ++x) {
        word = FirstWordOf(*group.lists()[list], hits[x][list], texts[x].norm);
        if (!word.empty()) {
          path = texts[x].path;
          break;
        }
      }
      if (word.empty() && !field.empty() && HasField(c.app(), i, field)) {
        path = "/websites/" + std::to_string(i) + "/pre_approvals";
        // The stated 前置审批 field, in the seller's words (schema x-labels).
        word = c.EnumLabel(path + "/0/field", field);
      }
      if (word.empty()) continue;
      const json* required_in = At(t, "/required_in");
      std::string provinces = required_in ? JoinStrings(*required_in, "、") : "";
      Vars vars = {{"word", word},
                   {"topic", t.contains("label") ? Localized(c, t["label"]) : it.key()},
                   {"provinces", provinces},
                   {"province", here}};
      std::string variant;
      if (!required_in || !required_in->is_array() || required_in->empty())
        variant = "abolished";
      else if (InProvinces(*required_in, c.province()))
        variant = "required_here";
      c.Emit(path, vars, Evidence(word, variant));
    }
  }
}

// CNT-003: topic words but no 前置审批 entered and no commitment letter → if the authority
// says none is needed, a remark or a commitment letter helps (see DOC-011).
void Cnt003(Ctx& c) {
  size_t n = Count(c.app(), "/websites");
  const json& lists = c.Param("topic_lists");
  const json& ignore = c.Param("ignore_words");  // e.g. 支付: customers paying is no topic
  if (!n || !lists.is_array()) return c.Skip();
  if (Bool(c.app(), "/documents/no_preapproval_commitment").value_or(false)) return;
  for (size_t i = 0; i < n; ++i) {
    if (HasField(c.app(), i, "")) continue;
    bool done = false;
    for (const auto& tx : WebsiteTexts(c.app(), i, false)) {  // the remarks are the answer
      for (const auto& l : lists) {
        if (!l.is_string()) continue;
        std::string word = FirstWordExcept(c, l.get<std::string>(), tx.norm, ignore);
        if (word.empty()) continue;
        c.Emit(tx.path, {{"value", tx.raw}, {"word", word}}, Evidence(word));
        done = true;
        break;
      }
      if (done) break;
    }
  }
}

// CNT-005: personal filings may choose only 博客/个人空间 or 其他 (其他 with a remark).
void Cnt005(Ctx& c) {
  if (SubjectType(c.app()).empty()) return c.Skip();
  if (!IsIndividual(c.app())) return;
  const json& allowed = c.Param("allowed");
  const json& needs_remark = c.Param("needs_remark");
  EachServiceType(c, [&](const ServiceType& s) {
    if (!InStrings(allowed, s.norm)) {
      c.Emit(s.path, {{"value", s.raw}}, Evidence(s.raw));
    } else if (InStrings(needs_remark, s.norm) && !s.remark) {
      c.Emit(s.path, {{"value", s.raw}}, Evidence(s.raw, "other_no_remark"));
    }
  });
}

// CNT-006: organisations normally choose 单位门户网站; other categories invite licence questions,
// and 湖北 wants a content remark for anything else (variant "hubei").
void Cnt006(Ctx& c) {
  std::string type = SubjectType(c.app());
  if (type.empty()) return c.Skip();
  if (type == "individual") return;
  const json& plain = c.Param("plain");
  const json& neutral = c.Param("neutral");
  bool hubei = InProvinces(c.Param("remark_provinces"), c.province());
  EachServiceType(c, [&](const ServiceType& s) {
    if (InStrings(plain, s.norm)) return;
    Vars vars = {{"value", s.raw}, {"province", ProvinceShortName(c.province())}};
    if (hubei && !s.remark) {
      c.Emit(s.path, vars, Evidence(s.raw, "hubei"));
    } else if (!InStrings(neutral, s.norm)) {
      c.Emit(s.path, vars, Evidence(s.raw));
    }
  });
}

// CNT-007: e-commerce wording (WL-ECOM) in 经营范围, remarks, website names or 服务内容 (the
// catalog row's fields: not the subject's name), outside negated clauses ("不涉及电子商务").
// 湖北: the 电子商务情况说明书 is needed (warn); elsewhere an info pointer to APP-006…008.
void Cnt007(Ctx& c) {
  std::vector<TextRef> texts;
  for (const char* p : {"/subject/business_scope", "/subject/remarks"})
    if (auto s = NonBlank(c.app(), p)) texts.push_back({p, *s, Compact(*s)});
  size_t n = Count(c.app(), "/websites");
  for (size_t i = 0; i < n; ++i) {
    std::string base = "/websites/" + std::to_string(i);
    for (const char* f : {"/name", "/remarks", "/service_content"})
      if (auto s = NonBlank(c.app(), base + f)) texts.push_back({base + f, *s, Compact(*s)});
  }
  if (texts.empty()) return c.Skip();
  bool hubei = InProvinces(c.Param("statement_provinces"), c.province());
  if (hubei && Bool(c.app(), "/documents/ecommerce_statement").value_or(false)) return;
  const WordMatcher& m = c.pack().Matcher("WL-ECOM");
  for (const auto& tx : texts) {
    facts::TextHit hit = facts::PositiveHit(m, tx.norm);
    if (!hit.found()) continue;
    c.Emit(tx.path, {{"value", tx.raw}, {"word", hit.word}, {"context", hit.context}},
           Evidence(hit.word, hubei ? "" : "elsewhere"));
    return;  // one statement / one pointer covers the whole application
  }
}

// CNT-009: words of the nine prohibited categories (九不准, L-292 Art 15) in the form's text
// fields and in the uploaded pages' visible text. A word is a question for the seller, never a
// rejection (no form field states prohibited content): warn, quoting the word and its clause;
// words in a negated clause ("不含赌博、色情等违法内容") are skipped, and words with lawful
// readings (params.dual_use: 毒品犯罪辩护, 资质办证 …) only inform. Website names hit by
// WL-NAME-SENSITIVE are left to NAME-008.
void Cnt009(Ctx& c) {
  const char* kList = facts::kProhibitedList;
  std::vector<TextRef> texts;
  for (const char* p : {"/subject/name", "/subject/remarks"})
    if (auto s = NonBlank(c.app(), p)) texts.push_back({p, *s, Compact(*s)});
  size_t n = Count(c.app(), "/websites");
  const WordMatcher& sensitive = c.pack().Matcher("WL-NAME-SENSITIVE");
  for (size_t i = 0; i < n; ++i)
    for (auto& tx : WebsiteTexts(c.app(), i)) {
      bool is_name = tx.path.size() > 5 && tx.path.compare(tx.path.size() - 5, 5, "/name") == 0;
      if (is_name && !sensitive.Which(tx.norm).empty()) continue;
      texts.push_back(std::move(tx));
    }
  size_t pages = Count(c.app(), "/attachments/site_pages");
  if (texts.empty() && !pages) return c.Skip();
  const WordMatcher& m = c.pack().Matcher(kList);
  const json& dual_use = c.Param("dual_use");
  const std::vector<std::string> harmless = facts::StringList(c.Param("harmless"));
  for (const auto& tx : texts) {
    facts::TextHit hit = facts::PositiveHit(m, tx.norm, harmless);
    if (!hit.found()) continue;
    std::string variant = ParamHas(dual_use, hit.word) ? "dual_use" : "";
    c.Emit(tx.path, {{"value", tx.raw}, {"word", hit.word}, {"context", hit.context}},
           Evidence(hit.word, variant));
  }
  // (page findings lie under the pages: a field check elsewhere does not read them)
  if (!pages || !c.Reports("/attachments/site_pages")) return;
  const facts::SitePages& sp = facts::SitePagesOf(c);  // read once per check by the HTML rules
  for (size_t p = 0; p < sp.pages.size(); ++p) {
    const HtmlPage& page = sp.pages[p];
    // ReadHtml kept which of the list's words occur (kPageTextLists): the page is not scanned
    // again, and not at all without a hit.
    auto seen = page.topic_words.find(kList);
    facts::TextHit hit =
        seen != page.topic_words.end()
            ? (seen->second.empty() ? facts::TextHit{}
                                    : facts::PositiveHitOf(m, page.text, seen->second, harmless))
            : facts::PositiveHit(m, page.text, harmless);
    if (!hit.found()) continue;
    auto range = page.RawRange(hit.offset, hit.offset + hit.length);
    EmitOptions o = Evidence(hit.word, ParamHas(dual_use, hit.word) ? "dual_use" : "page");
    o.span = Span{sp.Pointer(p), range.first, range.second - range.first};
    c.Emit(sp.Pointer(p), {{"value", hit.context}, {"word", hit.word}, {"context", hit.context}},
           o);
  }
}

}  // namespace beian::rules
