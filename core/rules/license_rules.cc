// Rules that read the business licence (attachments.business_license_text, registry_text) and the
// licence data typed into the form: ENT-007, ENT-009, ENT-010, ENT-011, ENT-018, ENT-019,
// ENT-020, PPL-001, SEED-004, SEED-005, SEED-006. The reader runs once (prepare step "license")
// and its facts go to report.facts.license.
#include <re2/re2.h>

#include <string>
#include <vector>

#include "core/rules/rule.h"
#include "core/geo/address.h"
#include "core/model.h"
#include "core/readers/html.h"
#include "core/readers/license.h"
#include "core/text.h"

namespace beian {

const LicenseFacts& LicenseOf(Ctx& c) {
  return c.Memo<LicenseFacts>("license.parsed", [&] {
    const std::string* text = Str(c.app(), kLicenseAttachment);
    const std::string* registry = Str(c.app(), kRegistryAttachment);
    return ReadLicense(text ? std::string_view(*text) : std::string_view(),
                       registry ? std::string_view(*registry) : std::string_view());
  });
}

namespace {

}  // namespace
namespace facts {

void PrepareLicense(Ctx& c) {
  if (!Str(c.app(), kLicenseAttachment) && !Str(c.app(), kRegistryAttachment)) return;
  const LicenseFacts& lic = LicenseOf(c);
  if (!lic.found() && lic.status.empty()) return;
  c.facts()["license"] = LicenseJson(lic);
}

}  // namespace facts
namespace {

EmitOptions SpanOf(const LicenseValue& v, std::string evidence = "", std::string variant = "") {
  EmitOptions o;
  o.evidence = std::move(evidence);
  o.variant = std::move(variant);
  if (v.length) o.span = Span{kLicenseAttachment, v.offset, v.length};
  return o;
}

// Whitespace removed, widths kept (（ ≠ (): the licence is compared as printed.
std::string NoSpaces(const std::string& s) { return CompactText(s); }

bool IsPersonal(const Ctx& c) { return IsIndividual(c.app()); }

// The business scope: typed in the form, else read from the licence.
struct Scope {
  std::string text;
  std::string path;
  const LicenseValue* lic = nullptr;
};
std::optional<Scope> ScopeOf(Ctx& c) {
  if (auto s = NonBlank(c.app(), "/subject/business_scope"))
    return Scope{*s, "/subject/business_scope"};
  const LicenseFacts& lic = LicenseOf(c);
  if (!lic.business_scope.empty())
    return Scope{lic.business_scope.value, kLicenseAttachment, &lic.business_scope};
  return std::nullopt;
}

// Text fields that name the subject or its sites: 经营范围, 主办单位名称, 网站名称.
struct NamedText {
  std::string path;
  std::string text;
  const LicenseValue* lic = nullptr;  // when read from the licence (span)
};
std::vector<NamedText> NameScopeSiteTexts(Ctx& c) {
  std::vector<NamedText> out;
  if (auto s = ScopeOf(c)) out.push_back({s->path, s->text, s->lic});
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

// The first word of `m` in `text` that is not negated in its clause ("不得从事金融业务",
// "除依法须经批准的项目外", "不含…"), or "".
std::string PositiveWord(const WordMatcher& m, const std::string& text) {
  static const RE2 negation("(不得|不含|不涉及|不从事|禁止|除)[^；;。，,（）()]{0,30}$");
  for (const auto& h : m.FindAll(text, 64)) {
    size_t from = h.offset > 60 ? h.offset - 60 : 0;
    // Keep the window on a UTF-8 boundary.
    while (from < h.offset && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) ++from;
    re2::StringPiece before(text.data() + from, h.offset - from);
    if (RE2::PartialMatch(before, negation)) continue;
    return m.words()[h.word];
  }
  return "";
}

EmitOptions TextOptions(const NamedText& t, const std::string& word, std::string variant = "") {
  if (t.lic) return SpanOf(*t.lic, word, std::move(variant));
  return Evidence(word, std::move(variant));
}

// ENT-007: 主办单位名称 must equal the licence name exactly.
}  // namespace
namespace rules {

void Ent007(Ctx& c) {
  auto name = NonBlank(c.app(), "/subject/name");
  const LicenseFacts& lic = LicenseOf(c);
  if (!name || lic.name.empty()) return c.Skip();
  if (NoSpaces(*name) == NoSpaces(lic.name.value)) return;
  Vars vars = {{"value", *name}, {"license", lic.name.value}};
  if (Compact(*name) == Compact(lic.name.value)) {
    c.Emit("/subject/name", vars, SpanOf(lic.name, lic.name.value, "width"));
  } else {
    c.Emit("/subject/name", vars, SpanOf(lic.name, lic.name.value));
  }
}

}  // namespace rules
namespace {

// ENT-009: status words (吊销, 注销, 经营异常, 歇业 …) in the licence or the registry text.
}  // namespace
namespace rules {

void Ent009(Ctx& c) {
  if (!Str(c.app(), kLicenseAttachment) && !Str(c.app(), kRegistryAttachment)) return c.Skip();
  const LicenseFacts& lic = LicenseOf(c);
  std::vector<std::string> seen;
  for (const auto& s : lic.status) {
    if (!s.bad || std::find(seen.begin(), seen.end(), s.word) != seen.end()) continue;
    seen.push_back(s.word);
    const char* where = s.in_registry ? kRegistryAttachment : kLicenseAttachment;
    EmitOptions o = Evidence(s.word);
    o.span = Span{where, s.offset, s.length};
    c.Emit(where, {{"status", s.word}}, o);
  }
}

}  // namespace rules
namespace {

// ENT-010 and SEED-006: 证件住所 must equal the address printed on the licence.
void CompareLicenseAddress(Ctx& c) {
  auto typed = NonBlank(c.app(), "/subject/certificate_address");
  const LicenseFacts& lic = LicenseOf(c);
  if (!typed || lic.address.empty() || IsPersonal(c)) return c.Skip();
  AddressDiff d = CompareAddresses(*typed, lic.address.value);
  if (d.equal()) return;
  std::string details;
  for (const auto& line : d.details) details += (details.empty() ? "" : "；") + line;
  if (details.empty()) details = AddressDiffName(d.kind);
  c.Emit("/subject/certificate_address",
         {{"value", *typed}, {"license", lic.address.value}, {"diff", details}},
         SpanOf(lic.address, lic.address.value));
}
}  // namespace
namespace rules {

void Ent010(Ctx& c) { CompareLicenseAddress(c); }

}  // namespace rules
namespace {
}  // namespace
namespace rules {

void Seed006(Ctx& c) { CompareLicenseAddress(c); }

}  // namespace rules
namespace {

// ENT-011: old licence with a 15-digit 注册号 instead of the 18-character code.
}  // namespace
namespace rules {

void Ent011(Ctx& c) {
  const LicenseFacts& lic = LicenseOf(c);
  std::string variant = c.province() == 42 ? "hubei" : "";
  if (lic.found()) {
    if (lic.old_format())
      c.Emit(kLicenseAttachment, {{"value", lic.registration_number.value}},
             SpanOf(lic.registration_number, lic.registration_number.value, variant));
    return;
  }
  auto number = NonBlank(c.app(), "/subject/certificate_number");
  const std::string* type = Str(c.app(), "/subject/certificate_type");
  if (!number || IsPersonal(c) || (type && *type != "business_license")) return c.Skip();
  std::string n = Compact(*number);
  if (n.size() == 15 && IsAsciiDigits(n))
    c.Emit("/subject/certificate_number", {{"value", n}}, Evidence(n, variant));
}

}  // namespace rules
namespace {

// The legal representative's name from the licence (a partnership's 执行事务合伙人 may be a company
// with a 委派代表: use the delegate's name).
std::string LegalName(const LicenseValue& v) {
  std::string s = v.value;
  size_t p = s.find("委派代表");
  if (p != std::string::npos) {
    size_t b = p + std::string("委派代表").size();
    if (s.compare(b, 3, "：") == 0) b += 3;
    if (b < s.size() && s[b] == ':') b += 1;
    size_t e = s.find("）", b);
    if (e == std::string::npos) e = s.find(')', b);
    return s.substr(b, e == std::string::npos ? std::string::npos : e - b);
  }
  return s;
}

// PPL-001: the 主体负责人 must be the legal representative (listed provinces).
}  // namespace
namespace rules {

void Ppl001(Ctx& c) {
  if (IsPersonal(c)) return;
  auto principal = NonBlank(c.app(), "/subject/principal/name");
  const LicenseFacts& lic = LicenseOf(c);
  std::string legal;
  EmitOptions o;
  if (!lic.legal_representative.empty()) {
    legal = LegalName(lic.legal_representative);
    o = SpanOf(lic.legal_representative, lic.legal_representative.value);
  } else if (auto typed = NonBlank(c.app(), "/subject/legal_representative_name")) {
    legal = *typed;
    o = Evidence(legal);
  }
  if (!principal || legal.empty()) return c.Skip();
  if (Compact(*principal) == Compact(legal)) return;
  c.Emit("/subject/principal/name", {{"value", *principal}, {"legal", legal}}, o);
}

}  // namespace rules
namespace {

// Whether a website of the application sells online (form data or page signals).
std::string EcommerceSignal(Ctx& c) {
  size_t n = Count(c.app(), "/websites");
  const WordMatcher& ecom = c.pack().Matcher("WL-ECOM");
  for (size_t i = 0; i < n; ++i) {
    std::string base = "/websites/" + std::to_string(i);
    for (const auto& t : Strings(c.app(), base + "/service_types"))
      if (Compact(t) == "网络购物" || Compact(t) == "网上支付") return t;
    if (Bool(c.app(), base + "/features/payment").value_or(false)) return "payment";
    for (const char* f : {"/name", "/service_content"}) {
      if (const std::string* s = Str(c.app(), base + f)) {
        auto hits = ecom.Find(*s);
        if (!hits.empty()) return ecom.words()[hits.front().word];
      }
    }
    for (const auto& col : Strings(c.app(), base + "/columns")) {
      auto hits = ecom.Find(col);
      if (!hits.empty()) return ecom.words()[hits.front().word];
    }
  }
  if (Count(c.app(), "/attachments/site_pages")) {
    for (const auto& page : SitePagesOf(c).pages)
      for (const auto& h : page.features)
        if (h.list == "WL-ECOM-HTML") return h.word;
  }
  return "";
}

// SEED-004: an e-commerce site's business scope should cover online sales / information service.
}  // namespace
namespace rules {

void Seed004(Ctx& c) {
  if (IsPersonal(c)) return;
  auto scope = ScopeOf(c);
  if (!scope) return c.Skip();
  std::string signal = EcommerceSignal(c);
  if (signal.empty()) return;
  if (!c.pack().Matcher("WL-SCOPE-ONLINE").Which(scope->text).empty()) return;
  EmitOptions o = scope->lic ? SpanOf(*scope->lic, signal) : Evidence(signal);
  c.Emit(scope->path, {{"signal", signal}}, o);
}

}  // namespace rules
namespace {

bool IsLongTerm(const std::string& s) {
  std::string t = Lower(Compact(s));
  return t.find("长期") != std::string::npos || t.find("永久") != std::string::npos ||
         t.find("long") != std::string::npos || t.find("无固定期限") != std::string::npos ||
         t.find("不约定期限") != std::string::npos;
}

// SEED-005: licence validity: expired → block; less than 6 months left → warn (brief only).
}  // namespace
namespace rules {

void Seed005(Ctx& c) {
  if (IsPersonal(c)) return;
  std::string value, path = "/subject/license_valid_until";
  EmitOptions o;
  const LicenseFacts& lic = LicenseOf(c);
  if (auto typed = NonBlank(c.app(), path)) {
    value = *typed;
  } else if (!lic.valid_until.empty()) {
    value = lic.valid_until.value;
    path = kLicenseAttachment;
    o = SpanOf(lic.valid_until, value);
  } else {
    return c.Skip();
  }
  if (IsLongTerm(value)) return;
  std::optional<Date> until = Date::Parse(Compact(value));
  if (!until) {
    std::string iso = ParseLicenseDate(value);
    if (!iso.empty()) until = Date::Parse(iso);
  }
  if (!until) return c.Skip();
  int months = 6;
  if (const json& m = c.Param("months"); m.is_number_integer()) months = m.get<int>();
  Vars vars = {{"value", until->ToString()}, {"months", std::to_string(months)}};
  if (o.evidence.empty()) o.evidence = value;
  if (*until < c.today()) {
    o.variant = "expired";
    c.Emit(path, vars, o);
  } else if (*until < c.today().AddMonths(months)) {
    c.Emit(path, vars, o);
  }
}

}  // namespace rules
namespace {

// ENT-018: financial words in scope, subject name or site name (广东 block, 四川/山东 warn).
}  // namespace
namespace rules {

void Ent018(Ctx& c) {
  auto texts = NameScopeSiteTexts(c);
  if (texts.empty()) return c.Skip();
  const WordMatcher& fin = c.pack().Matcher("WL-FIN");
  std::string variant = c.province() == 44   ? "guangdong"
                        : c.province() == 51 ? "sichuan"
                                             : "shandong";
  for (const auto& t : texts) {
    std::string word = PositiveWord(fin, t.text);
    if (word.empty()) continue;
    c.Emit(t.path, {{"word", word}, {"value", t.text}}, TextOptions(t, word, variant));
  }
}

}  // namespace rules
namespace {

// ENT-019: scope with drugs / medical devices / precursor chemicals (山东) or hazardous
// chemicals (江苏) needs the sector permit first.
}  // namespace
namespace rules {

void Ent019(Ctx& c) {
  auto scope = ScopeOf(c);
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

}  // namespace rules
namespace {

// Whether any website declares a 前置审批 of `field`.
bool HasApproval(Ctx& c, const std::string& field) {
  size_t n = Count(c.app(), "/websites");
  for (size_t i = 0; i < n; ++i) {
    size_t m = Count(c.app(), "/websites/" + std::to_string(i) + "/pre_approvals");
    for (size_t k = 0; k < m; ++k) {
      const std::string* f = Str(c.app(), "/websites/" + std::to_string(i) + "/pre_approvals/" +
                                              std::to_string(k) + "/field");
      if (f && *f == field) return true;
    }
  }
  return false;
}

// ENT-020 (湖北): name/scope/site name mention a 前置审批 field the site holds no approval for.
}  // namespace
namespace rules {

void Ent020(Ctx& c) {
  auto texts = NameScopeSiteTexts(c);
  if (texts.empty()) return c.Skip();
  for (const auto& t : texts) {
    for (const auto& topic : PreApprovalTopics()) {
      std::string w = PositiveWord(c.pack().Matcher(topic.list), t.text);
      if (w.empty() || HasApproval(c, topic.field)) continue;
      c.Emit(t.path, {{"word", w}, {"approval", c.locale() == "en" ? topic.en : topic.zh}},
             TextOptions(t, w));
      break;  // one finding per field
    }
  }
}

}  // namespace rules
namespace {

}  // namespace
}  // namespace beian
