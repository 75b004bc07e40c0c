// ENT-007, 009, 010, 011, 018, 019, 020, 025: the subject against its business licence
// (attachments.business_license_text, registry_text; facts from core/facts/license.h) and
// wording in the scope, subject name and site names that needs a permit or approval.
#include "core/facts/license.h"

#include <algorithm>
#include <string>
#include <vector>

#include "core/facts/free_text.h"
#include "core/facts/site_pages.h"
#include "core/model.h"
#include "core/rules/ent/ent.h"
#include "core/rules/params.h"
#include "core/text.h"

namespace beian::rules {
namespace {

using facts::kLicenseAttachment;
using facts::kRegistryAttachment;
using facts::LicenseOf;
using facts::LicenseSpan;
using facts::PositiveWord;  // core/facts/free_text.h

// Whitespace removed, widths kept (（ ≠ (): the licence is compared as printed.
std::string NoSpaces(const std::string& s) { return CompactText(s); }

// Text fields that name the subject or its sites: 经营范围, 主办单位名称, 网站名称.
struct NamedText {
  std::string path;
  std::string text;
  const LicenseValue* lic = nullptr;  // when read from the licence (span)
};
std::vector<NamedText> NameScopeSiteTexts(Ctx& c) {
  std::vector<NamedText> out;
  if (auto s = facts::ScopeOf(c)) out.push_back({s->path, s->text, s->lic});
  const LicenseFacts& lic = LicenseOf(c);
  if (auto n = NonBlank(c.app(), "/subject/name")) {
    out.push_back({"/subject/name", *n});
  } else if (!lic.name.empty()) {
    out.push_back({kLicenseAttachment, lic.name.value, &lic.name});
  }
  size_t n = Count(c.app(), "/websites");
  for (size_t i = 0; i < n; ++i) {
    std::string p = "/websites/" + std::to_string(i) + "/name";
    if (auto name = NonBlank(c.app(), p)) out.push_back({p, *name});
  }
  return out;
}

EmitOptions TextOptions(const NamedText& t, const std::string& word, std::string variant = "") {
  if (t.lic) return LicenseSpan(*t.lic, word, std::move(variant));
  return Evidence(word, std::move(variant));
}

// Whether any website declares a 前置审批 of `field`.
bool HasApproval(Ctx& c, const std::string& field) {
  size_t n = Count(c.app(), "/websites");
  for (size_t i = 0; i < n; ++i)
    if (facts::WebsiteHasApproval(c, static_cast<int>(i), field)) return true;
  return false;
}

}  // namespace

// ENT-007: 主办单位名称 must equal the licence name exactly.
void Ent007(Ctx& c) {
  auto name = NonBlank(c.app(), "/subject/name");
  const LicenseFacts& lic = LicenseOf(c);
  if (!name || lic.name.empty()) return c.Skip();
  if (NoSpaces(*name) == NoSpaces(lic.name.value)) return;
  Vars vars = {{"value", *name}, {"license", lic.name.value}};
  if (Compact(*name) == Compact(lic.name.value)) {
    c.Emit("/subject/name", vars, LicenseSpan(lic.name, lic.name.value, "width"));
  } else {
    c.Emit("/subject/name", vars, LicenseSpan(lic.name, lic.name.value));
  }
}

// ENT-025: 证件号码 must be the credit code printed on the licence (spaces and widths aside): a
// licence read from a PDF or photo of another company is caught here.
void Ent025(Ctx& c) {
  auto number = NonBlank(c.app(), "/subject/certificate_number");
  const LicenseFacts& lic = LicenseOf(c);
  if (!number || lic.credit_code.empty()) return c.Skip();
  std::string n = Compact(*number);
  for (char& ch : n)
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 32);
  if (n == lic.credit_code.value) return;
  c.Emit("/subject/certificate_number", {{"value", *number}, {"license", lic.credit_code.value}},
         LicenseSpan(lic.credit_code, lic.credit_code.value));
}

// ENT-009: the registration status in the licence or the registry text. Blocks on a bad
// 登记状态/经营状态 value (吊销, 注销, 撤销, 歇业, 停业) or an 经营异常 entry listed and not
// removed; a bare status word elsewhere (a branch "已注销", a heading) is a question: warn, or info
// when the text states an active 登记状态.
void Ent009(Ctx& c) {
  if (!Str(c.app(), kLicenseAttachment) && !Str(c.app(), kRegistryAttachment)) return c.Skip();
  const LicenseFacts& lic = LicenseOf(c);
  auto where = [](const LicenseStatus& s) {
    return s.in_registry ? kRegistryAttachment : kLicenseAttachment;
  };
  auto options = [&](const LicenseStatus& s, const std::string& evidence, std::string variant) {
    EmitOptions o = Evidence(evidence, std::move(variant));
    o.span = Span{where(s), s.offset, s.length};
    return o;
  };
  bool stated = false;
  std::vector<std::string> seen;
  for (const auto& s : lic.status) {
    if (!s.bad || s.kind == StatusKind::kWord) continue;
    stated = true;
    std::string key = s.word + (s.kind == StatusKind::kValue ? "" : "|abnormal");
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
    seen.push_back(key);
    if (s.kind == StatusKind::kValue) {
      c.Emit(where(s), {{"status", s.value}}, options(s, s.value, ""));
    } else {
      c.Emit(where(s), {{"status", s.word}, {"date", s.value}},
             options(s, s.value.empty() ? s.word : s.value,
                     s.value.empty() ? "abnormal" : "abnormal_dated"));
    }
  }
  if (stated) return;
  const char* variant = lic.active_status() ? "word_active" : "word";
  for (const auto& s : lic.status) {
    if (!s.bad || s.kind != StatusKind::kWord ||
        std::find(seen.begin(), seen.end(), s.word) != seen.end())
      continue;
    seen.push_back(s.word);
    Vars vars = {{"word", s.word}, {"context", s.context}};
    if (const LicenseStatus* a = lic.active_status()) vars.push_back({"status", a->value});
    c.Emit(where(s), vars, options(s, s.context, variant));
  }
}

// ENT-010: 证件住所 must equal the address printed on the licence.
void Ent010(Ctx& c) { facts::CompareLicenseAddress(c); }

// ENT-011: old licence with a 15-digit 注册号 instead of the 18-character code.
void Ent011(Ctx& c) {
  const LicenseFacts& lic = LicenseOf(c);
  std::string variant = c.province() == 42 ? "hubei" : "";
  if (lic.found()) {
    if (lic.old_format())
      c.Emit(kLicenseAttachment, {{"value", lic.registration_number.value}},
             LicenseSpan(lic.registration_number, lic.registration_number.value, variant));
    return;
  }
  auto number = NonBlank(c.app(), "/subject/certificate_number");
  const std::string* type = Str(c.app(), "/subject/certificate_type");
  if (!number || IsIndividual(c.app()) || (type && *type != "business_license")) return c.Skip();
  std::string n = Compact(*number);
  if (n.size() == 15 && IsAsciiDigits(n))
    c.Emit("/subject/certificate_number", {{"value", n}}, Evidence(n, variant));
}

// ENT-018: financial services in 广东, 四川, 山东. A website that states a financial service
// (服务类型 网上支付, a finance or online-lending 前置审批) blocks in 广东; financial words in
// the scope, subject name or site names are a question (warn), except standard non-financial
// scope items (params `non_financial_phrases`, e.g. 以自有资金从事投资活动) and negated clauses.
void Ent018(Ctx& c) {
  auto texts = NameScopeSiteTexts(c);
  size_t sites = Count(c.app(), "/websites");
  if (texts.empty() && !sites) return c.Skip();
  bool guangdong = c.province() == 44;
  std::string variant = guangdong ? "guangdong" : c.province() == 51 ? "sichuan" : "shandong";
  bool stated = false;
  if (guangdong) {
    for (size_t i = 0; i < sites; ++i) {
      std::string base = "/websites/" + std::to_string(i);
      for (const auto& t : Strings(c.app(), base + "/service_types")) {
        if (!ParamHas(c.Param("financial_service_types"), Compact(t))) continue;
        stated = true;
        c.Emit(base + "/service_types", {{"word", t}, {"value", t}},
               Evidence(t, "guangdong_stated"));
      }
      for (const auto& f : c.Param("financial_approvals")) {
        if (!f.is_string() ||
            !facts::WebsiteHasApproval(c, static_cast<int>(i), f.get<std::string>()))
          continue;
        stated = true;
        std::string label = Localized(c, ParamAt(c.Param("approval_names"), f.get<std::string>()));
        c.Emit(base + "/pre_approvals", {{"word", label}, {"value", label}},
               Evidence(label, "guangdong_stated"));
      }
    }
  }
  if (stated) return;
  const WordMatcher& fin = c.pack().Matcher("WL-FIN");
  for (const auto& t : texts) {
    std::string text = t.text;
    for (const auto& phrase : c.Param("non_financial_phrases")) {
      if (!phrase.is_string() || phrase.get<std::string>().empty()) continue;
      const std::string& p = phrase.get_ref<const std::string&>();
      for (size_t at = text.find(p); at != std::string::npos; at = text.find(p, at))
        text.replace(at, p.size(), "；");
    }
    std::string word = PositiveWord(fin, text);
    if (word.empty()) continue;
    c.Emit(t.path, {{"word", word}, {"value", t.text}}, TextOptions(t, word, variant));
  }
}

// ENT-019: scope with drugs / medical devices / precursor chemicals (山东) or hazardous
// chemicals (江苏) needs the sector permit first.
void Ent019(Ctx& c) {
  auto scope = facts::ScopeOf(c);
  if (!scope) return c.Skip();
  NamedText t{scope->path, scope->text, scope->lic};
  const WordMatcher& chem = c.pack().Matcher("WL-CHEM");
  std::string hazardous, precursor;
  for (const auto& h : chem.Find(scope->text)) {
    const std::string& w = chem.words()[h.word];
    if (w.find("易制毒") != std::string::npos) {
      if (precursor.empty()) precursor = w;
    } else if (hazardous.empty()) {
      hazardous = w;
    }
  }
  if (c.province() == 37) {
    std::string w = PositiveWord(c.pack().Matcher("WL-PRE-DRUGS"), scope->text);
    if (!w.empty()) {
      c.Emit(t.path, {{"word", w}}, TextOptions(t, w, "drugs"));
    }
    if (!precursor.empty())
      c.Emit(t.path, {{"word", precursor}}, TextOptions(t, precursor, "precursor"));
  } else if (c.province() == 32) {
    if (!hazardous.empty())
      c.Emit(t.path, {{"word", hazardous}}, TextOptions(t, hazardous, "hazardous"));
  }
}

// ENT-020 (湖北): name/scope/site name mention a 前置审批 field the site holds no approval for
// (topics: core/facts/site_pages.h).
void Ent020(Ctx& c) {
  auto texts = NameScopeSiteTexts(c);
  if (texts.empty()) return c.Skip();
  for (const auto& t : texts) {
    for (const auto& topic : facts::PreApprovalTopicsOf(c)) {
      std::string w = PositiveWord(c.pack().Matcher(topic.list), t.text);
      if (w.empty() || HasApproval(c, topic.field)) continue;
      c.Emit(t.path, {{"word", w}, {"approval", topic.approval.In(c.locale())}}, TextOptions(t, w));
      break;  // one finding per field
    }
  }
}

}  // namespace beian::rules
