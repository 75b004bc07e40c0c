// ENT-001, ENT-008, ENT-012 … ENT-017, ENT-021 … ENT-024: consistency of the filing subject
// (type, certificate, name, investor), provincial handling of 个体工商户, branches, licence
// seal/format and domain suffixes of public bodies. ENT-016 is guidance only (pack entry).
#include <optional>
#include <string>
#include <vector>

#include "core/rules/rule.h"
#include "core/ids.h"
#include "core/model.h"
#include "core/rules/ppl_catalog_util.h"
#include "core/text.h"

namespace beian {
namespace {

using catb::ParamAt;
using catb::ParamHas;

bool HasWord(Ctx& c, const std::string& list, const std::string& text) {
  return !text.empty() && !c.pack().Matcher(list).Which(text).empty();
}

// First matching word of `list` in `text`, or "".
std::string FirstWord(Ctx& c, const std::string& list, const std::string& text) {
  const WordMatcher& m = c.pack().Matcher(list);
  auto hits = m.Find(text);
  if (hits.empty()) return "";
  return text.substr(hits[0].offset, hits[0].length);
}

// ENT-001: 主办单位性质, 证件类型 and 主办单位名称 must tell the same story.
}  // namespace
namespace rules {

void Ent001(Ctx& c) {
  std::string type = SubjectType(c.app());
  const std::string* cert = Str(c.app(), "/subject/certificate_type");
  auto name = NonBlank(c.app(), "/subject/name");
  auto number = NonBlank(c.app(), "/subject/certificate_number");
  int known = (!type.empty()) + (cert != nullptr) + (name.has_value()) + (number.has_value());
  if (known < 2 || (type.empty() && !cert)) return c.Skip();
  bool org_name = name && HasWord(c, "WL-ENT-ORG-SUFFIX", Compact(*name));
  if (!type.empty() && cert) {
    const json& allowed = ParamAt(c.Param("certificate_types"), type);
    if (allowed.is_array() && !ParamHas(allowed, *cert)) {
      c.Emit("/subject/certificate_type", {{"type", type}, {"certificate", *cert}},
             Evidence(type + " / " + *cert));
      return;
    }
  }
  if (org_name && (type == "individual" || (type.empty() && cert && *cert == "resident_id"))) {
    std::string word = FirstWord(c, "WL-ENT-ORG-SUFFIX", Compact(*name));
    c.Emit(type.empty() ? "/subject/certificate_type" : "/subject/type",
           {{"name", *name}, {"word", word}}, Evidence(*name, "org_name"));
    return;
  }
  bool organisation_type = !type.empty() && type != "individual" && type != "sole_proprietor";
  if (organisation_type && name && !org_name && catb::PersonLikeName(*name)) {
    c.Emit("/subject/name", {{"name", *name}, {"type", type}}, Evidence(*name, "person_name"));
    return;
  }
  if (number) {
    std::string n = NormalizeCode(*number);
    ResidentId rid = ParseResidentId(n);
    bool is_id = rid.format_ok && rid.checksum_ok;
    bool is_uscc = !is_id && UsccFormatOk(n) && UsccChecksumOk(n);
    if (type == "individual" && is_uscc) {
      c.Emit("/subject/certificate_number", {{"value", n}}, Evidence(n, "uscc_for_individual"));
    } else if ((organisation_type || type == "sole_proprietor") && is_id) {
      c.Emit("/subject/certificate_number", {{"value", MaskId(n)}, {"type", type}},
             Evidence(MaskId(n), "id_for_org"));
    }
  }
}

}  // namespace rules
namespace {

// ENT-008: Latin letters or digits in the subject name.
}  // namespace
namespace rules {

void Ent008(Ctx& c) {
  auto name = NonBlank(c.app(), "/subject/name");
  if (!name || !catb::IsOrganisation(c.app())) return c.Skip();
  std::string folded = FoldWidth(*name);
  std::string chars;
  for (char ch : folded) {
    bool bad = (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    if (bad && chars.size() < 20 && chars.find(ch) == std::string::npos) chars += ch;
  }
  if (!chars.empty())
    c.Emit("/subject/name", {{"value", *name}, {"chars", chars}}, Evidence(*name));
}

}  // namespace rules
namespace {

// Does a 个体工商户 have a 字号 (trade name)? Not when the name is blank, equals the operator's
// name, looks like a person's name, or already carries "个体工商户".
bool HasTradeName(Ctx& c, const std::string& name) {
  if (name.empty()) return false;
  std::string n = Compact(name);
  if (n.find("个体工商户") != std::string::npos) return false;
  std::string rep = catb::LegalRep(c);
  if (!rep.empty() && Compact(rep) == n) return false;
  if (auto p = NonBlank(c.app(), "/subject/principal/name"); p && Compact(*p) == n) return false;
  return !catb::PersonLikeName(n);
}

// ENT-012: 个体工商户 — provincial handling (remark, name form, seal, or filing as a person).
}  // namespace
namespace rules {

void Ent012(Ctx& c) {
  std::string type = SubjectType(c.app());
  auto number = NonBlank(c.app(), "/subject/certificate_number");
  bool sole = type == "sole_proprietor" ||
              (type.empty() && number && NormalizeCode(*number).rfind("92", 0) == 0);
  if (!sole) return c.Skip();
  std::string code = std::to_string(c.province());
  const json& cfg = ParamAt(c.Param("by_province"), code);
  if (!cfg.is_object()) return c.Skip();
  auto name = NonBlank(c.app(), "/subject/name");
  std::string remarks = Compact(NonBlank(c.app(), "/subject/remarks").value_or(""));
  bool trade_name = HasTradeName(c, name.value_or(""));
  std::string filing = catb::ParamString(cfg, "filing");
  Vars vars = {{"name", name.value_or("")}};
  if (!trade_name) {
    bool ok = false;
    if (filing == "enterprise") {
      std::string need_name = catb::ParamString(cfg, "name_contains");
      std::string need_remark = catb::ParamString(cfg, "remark_contains");
      bool name_ok =
          need_name.empty() || (name && FoldWidth(*name).find(need_name) != std::string::npos);
      bool remark_ok = need_remark.empty() || remarks.find(need_remark) != std::string::npos;
      ok = name_ok && remark_ok;
    }
    if (!ok)
      c.Emit(name ? "/subject/name" : "/subject/type", vars, Evidence(name.value_or(""), code));
    return;
  }
  std::string info = catb::ParamString(cfg, "with_trade_name");
  if (!info.empty()) c.Emit("/subject/name", vars, Evidence(*name, info));
}

}  // namespace rules
namespace {

// ENT-013: 投资人或主管单位.
}  // namespace
namespace rules {

void Ent013(Ctx& c) {
  std::string type = SubjectType(c.app());
  auto investor = NonBlank(c.app(), "/subject/investor");
  auto name = NonBlank(c.app(), "/subject/name");
  std::string code = std::to_string(c.province());
  bool superior_needed =
      ParamHas(c.Param("superior_provinces"), code) && ParamHas(c.Param("superior_types"), type);
  if (superior_needed) {
    if (!investor || (name && Compact(*investor) == Compact(*name))) {
      c.Emit("/subject/investor", {{"value", investor.value_or("")}, {"name", name.value_or("")}},
             Evidence(investor.value_or(""), "superior"));
    }
    return;
  }
  if (!investor || type.empty()) return c.Skip();
  if (type == "individual") {
    if (name && Compact(*investor) != Compact(*name))
      c.Emit("/subject/investor", {{"value", *investor}, {"name", *name}},
             Evidence(*investor, "individual"));
    return;
  }
  std::string word = FirstWord(c, "WL-ENT-GOV-BODY", Compact(*investor));
  if (!word.empty() && (type == "enterprise" || type == "sole_proprietor"))
    c.Emit("/subject/investor", {{"value", *investor}, {"word", word}}, Evidence(*investor));
}

}  // namespace rules
namespace {

// ENT-014: one provider account = one filing subject (input:
// subject.provider_account_other_subject).
}  // namespace
namespace rules {

void Ent014(Ctx& c) {
  auto other = Bool(c.app(), "/subject/provider_account_other_subject");
  if (!other) return c.Skip();
  if (*other) c.Emit("/subject/provider_account_other_subject");
}

}  // namespace rules
namespace {

// ENT-015: only one filing order in progress per subject.
}  // namespace
namespace rules {

void Ent015(Ctx& c) {
  auto n = Num(c.app(), "/subject/other_orders_in_progress");
  if (!n) return c.Skip();
  if (*n >= 1) {
    std::string count = std::to_string(static_cast<long long>(*n));
    c.Emit("/subject/other_orders_in_progress", {{"count", count}}, Evidence(count));
  }
}

}  // namespace rules
namespace {

// ENT-017: a branch (分公司 …) files under its own licence, not the head office's.
}  // namespace
namespace rules {

void Ent017(Ctx& c) {
  auto name = NonBlank(c.app(), "/subject/name");
  if (!name || !catb::IsOrganisation(c.app())) return c.Skip();
  std::string n = Compact(*name);
  std::string branch = FirstWord(c, "WL-ENT-BRANCH", n);
  const LicenseFacts& lic = catb::License(c);
  std::string lic_name = Compact(lic.name.value);
  if (branch.empty()) {
    // A head office filing for a site that names one of its branches is fine; nothing to say.
    return;
  }
  Vars vars = {{"name", *name}, {"word", branch}, {"license_name", lic.name.value}};
  if (!lic_name.empty() && lic_name != n && !HasWord(c, "WL-ENT-BRANCH", lic_name) &&
      n.find(lic_name) != std::string::npos) {
    EmitOptions o = Evidence(lic.name.value, "head_office_license");
    o.span = Span{"/attachments/business_license_text", lic.name.offset, lic.name.length};
    c.Emit("/attachments/business_license_text", vars, o);
    return;
  }
  c.Emit("/subject/name", vars, Evidence(*name, "branch"));
}

}  // namespace rules
namespace {

// ENT-021: 海南 — licence seal 海南省市场监督管理局商事登记专用章 with a 琼 number.
}  // namespace
namespace rules {

void Ent021(Ctx& c) {
  if (IsIndividual(c.app())) return c.Skip();
  const std::string* text = Str(c.app(), "/attachments/business_license_text");
  std::string seal = catb::ParamString(c.Param("seal"), "text");
  std::string mark = catb::ParamString(c.Param("seal"), "marker");
  if (!text || seal.empty() || mark.empty()) {
    if (!text && catb::IsOrganisation(c.app()))
      c.Emit("/subject", {{"seal", seal}}, Variant("check"));
    return;
  }
  std::string t = Compact(*text);
  if (t.find(mark) == std::string::npos) {
    c.Emit("/attachments/business_license_text", {{"seal", seal}}, Variant("check"));
    return;
  }
  if (t.find(seal) == std::string::npos) {
    // Evidence: the licence line that holds the seal text, without its 登记机关 label.
    std::string found;
    size_t offset = 0, length = 0;
    for (size_t start = 0; start <= text->size();) {
      size_t end = text->find('\n', start);
      if (end == std::string::npos) end = text->size();
      std::string line = Compact(text->substr(start, end - start));
      if (line.find(mark) != std::string::npos) {
        for (const char* label : {"登记机关", ":", "\xEF\xBC\x9A"})
          if (line.rfind(label, 0) == 0) line = line.substr(std::string(label).size());
        found = line;
        offset = start;
        length = end - start;
        break;
      }
      start = end + 1;
    }
    EmitOptions o = Evidence(found);
    if (length) o.span = Span{"/attachments/business_license_text", offset, length};
    c.Emit("/attachments/business_license_text", {{"seal", seal}, {"found", found}}, o);
    return;
  }
  std::string prefix = catb::ParamString(c.Param("seal"), "number_prefix");
  bool numbered = false;
  for (size_t p = t.find(prefix); !prefix.empty() && p != std::string::npos;
       p = t.find(prefix, p + 1)) {
    size_t q = p + prefix.size();
    if (q < t.size() && t[q] >= '0' && t[q] <= '9') numbered = true;
  }
  if (!numbered) c.Emit("/attachments/business_license_text", {{"seal", seal}}, Variant("number"));
}

}  // namespace rules
namespace {

// ENT-022: 上海 — the electronic business licence is not accepted.
}  // namespace
namespace rules {

void Ent022(Ctx& c) {
  if (!catb::IsOrganisation(c.app())) return c.Skip();
  auto electronic = Bool(c.app(), "/subject/license_is_electronic");
  const std::string* text = Str(c.app(), "/attachments/business_license_text");
  std::string marker = catb::ParamString(c.Param("markers"), "electronic");
  if (electronic && *electronic) {
    c.Emit("/subject/license_is_electronic");
  } else if (!electronic && text && !marker.empty() &&
             Compact(*text).find(marker) != std::string::npos) {
    c.Emit("/attachments/business_license_text", {}, Evidence(marker));
  } else if (!electronic) {
    c.Emit("/subject", {}, Variant("check"));
  }
}

}  // namespace rules
namespace {

// ENT-023: changing the 主办单位性质 of an existing filing (subject.previous_type).
}  // namespace
namespace rules {

void Ent023(Ctx& c) {
  const std::string* prev = Str(c.app(), "/subject/previous_type");
  std::string type = SubjectType(c.app());
  if (!prev || type.empty()) return c.Skip();
  if (*prev == type) return;
  std::string code = std::to_string(c.province());
  Vars vars = {{"from", *prev}, {"to", type}};
  if (ParamHas(c.Param("any_direction"), code)) {
    c.Emit("/subject/type", vars, Evidence(*prev + " → " + type, "allowed"));
    return;
  }
  if (*prev == "individual" && type != "individual" &&
      ParamHas(c.Param("personal_to_enterprise_if_legal_rep"), code)) {
    const json* principal = At(c.app(), "/subject/principal");
    std::optional<bool> is_rep;
    if (principal && principal->is_object()) is_rep = catb::IsLegalRep(c, *principal);
    c.Emit("/subject/type", vars,
           Evidence(*prev + " → " + type, is_rep && *is_rep ? "allowed_legal_rep" : "legal_rep"));
    return;
  }
  c.Emit("/subject/type", vars, Evidence(*prev + " → " + type));
}

}  // namespace rules
namespace {

// ENT-024: domains of public institutions (.cn / .公益) and government bodies (.gov.cn / .政务);
// 江西 and 内蒙古 also want the 编办 approval.
}  // namespace
namespace rules {

void Ent024(Ctx& c) {
  std::string type = SubjectType(c.app());
  const json& suffixes = ParamAt(c.Param("suffixes"), type);
  if (!suffixes.is_array()) return c.Skip();
  auto domains = Domains(c.app());
  std::string allowed;
  for (const auto& s : suffixes)  // punycode forms are matched but not shown
    if (s.is_string() && s.get<std::string>().rfind(".xn--", 0) != 0)
      allowed += (allowed.empty() ? "" : ", ") + s.get<std::string>();
  for (const auto& d : domains) {
    std::string name = Lower(Compact(d.name));
    while (!name.empty() && name.back() == '.') name.pop_back();
    bool ok = false;
    for (const auto& s : suffixes) {
      if (!s.is_string()) continue;
      std::string suf = Lower(s.get<std::string>());
      if (name.size() >= suf.size() && name.compare(name.size() - suf.size(), suf.size(), suf) == 0)
        ok = true;
    }
    if (!ok) c.Emit(d.name_path, {{"domain", d.name}, {"allowed", allowed}}, Evidence(d.name));
  }
  if (ParamHas(c.Param("approval_provinces"), std::to_string(c.province())))
    c.Emit("/subject/type", {{"allowed", allowed}}, Variant("approval"));
}

}  // namespace rules
namespace {

}  // namespace
}  // namespace beian
