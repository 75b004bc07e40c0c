// ENT-001, ENT-008, ENT-012, ENT-013, ENT-017, ENT-023: consistency of the filing subject (type,
// certificate, name, investor), provincial handling of 个体工商户, branches and changes of the
// subject type. ENT-016 is guidance only (pack entry).
#include <optional>
#include <string>

#include "core/facts/license.h"
#include "core/facts/people.h"
#include "core/ids.h"
#include "core/model.h"
#include "core/rules/ent/ent.h"
#include "core/rules/params.h"
#include "core/text.h"

namespace beian::rules {
namespace {

bool HasWord(Ctx& c, const std::string& list, const std::string& text) {
  return !text.empty() && !c.pack().Matcher(list).Which(text).empty();
}

// The text of the first hit of `list` in `text` (as matched, unlike params.h FirstWord), or "".
std::string FirstHit(Ctx& c, const std::string& list, const std::string& text) {
  const WordMatcher& m = c.pack().Matcher(list);
  auto hits = m.Find(text);
  if (hits.empty()) return "";
  return text.substr(hits[0].offset, hits[0].length);
}

// 2–4 Chinese characters and nothing else: looks like a person's name, not an organisation.
bool PersonLikeName(const std::string& name) {
  auto cps = CodePoints(Compact(name));
  if (cps.size() < 2 || cps.size() > 4) return false;
  for (const auto& cp : cps)
    if (!IsCjk(cp) && cp != "\xC2\xB7" && cp != "\xE2\x80\xA2") return false;  // · •
  return true;
}

// Does a 个体工商户 have a 字号 (trade name)? Not when the name is blank, equals the operator's
// name, looks like a person's name, or already carries "个体工商户".
bool HasTradeName(Ctx& c, const std::string& name) {
  if (name.empty()) return false;
  std::string n = Compact(name);
  if (n.find("个体工商户") != std::string::npos) return false;
  std::string rep = facts::LegalRep(c);
  if (!rep.empty() && Compact(rep) == n) return false;
  if (auto p = NonBlank(c.app(), "/subject/principal/name"); p && Compact(*p) == n) return false;
  return !PersonLikeName(n);
}

}  // namespace

// ENT-001: 主办单位性质, 证件类型 and 主办单位名称 must tell the same story.
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
      std::string type_label = c.EnumLabel("/subject/type", type);
      std::string cert_label = c.EnumLabel("/subject/certificate_type", *cert);
      c.Emit("/subject/certificate_type", {{"type", type_label}, {"certificate", cert_label}},
             Evidence(type_label + " / " + cert_label));
      return;
    }
  }
  if (org_name && (type == "individual" || (type.empty() && cert && *cert == "resident_id"))) {
    std::string word = FirstHit(c, "WL-ENT-ORG-SUFFIX", Compact(*name));
    c.Emit(type.empty() ? "/subject/certificate_type" : "/subject/type",
           {{"name", *name}, {"word", word}}, Evidence(*name, "org_name"));
    return;
  }
  bool organisation_type = !type.empty() && type != "individual" && type != "sole_proprietor";
  // A heuristic (warn): 2–4 Chinese characters and no organisation word. Names of schools and
  // public bodies are short too (育才中学, 浙江大学, 外交部): params `institution_endings`.
  bool institution = false;
  if (name) {
    std::string n = Compact(*name);
    for (const auto& e : c.Param("institution_endings")) {
      if (!e.is_string() || e.get<std::string>().empty()) continue;
      const std::string& w = e.get_ref<const std::string&>();
      if (n.size() > w.size() && n.compare(n.size() - w.size(), w.size(), w) == 0)
        institution = true;
    }
  }
  if (organisation_type && name && !org_name && !institution && PersonLikeName(*name)) {
    c.Emit("/subject/name", {{"name", *name}, {"type", c.EnumLabel("/subject/type", type)}},
           Evidence(*name, "person_name"));
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
      c.Emit("/subject/certificate_number",
             {{"value", MaskId(n)}, {"type", c.EnumLabel("/subject/type", type)}},
             Evidence(MaskId(n), "id_for_org"));
    }
  }
}

// ENT-008: Latin letters or digits in the subject name.
void Ent008(Ctx& c) {
  auto name = NonBlank(c.app(), "/subject/name");
  if (!name || !facts::IsOrganisation(c.app())) return c.Skip();
  std::string folded = FoldWidth(*name);
  std::string chars;
  for (char ch : folded) {
    bool bad = (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    if (bad && chars.size() < 20 && chars.find(ch) == std::string::npos) chars += ch;
  }
  if (!chars.empty())
    c.Emit("/subject/name", {{"value", *name}, {"chars", chars}}, Evidence(*name));
}

// ENT-012: 个体工商户 — provincial handling (remark, name form, seal, or filing as a person).
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
  std::string filing = PStr(cfg, "filing");
  Vars vars = {{"name", name.value_or("")}};
  if (!trade_name) {
    bool ok = false;
    if (filing == "enterprise") {
      std::string need_name = PStr(cfg, "name_contains");
      std::string need_remark = PStr(cfg, "remark_contains");
      bool name_ok =
          need_name.empty() || (name && FoldWidth(*name).find(need_name) != std::string::npos);
      bool remark_ok = need_remark.empty() || remarks.find(need_remark) != std::string::npos;
      ok = name_ok && remark_ok;
    }
    if (!ok)
      c.Emit(name ? "/subject/name" : "/subject/type", vars, Evidence(name.value_or(""), code));
    return;
  }
  std::string info = PStr(cfg, "with_trade_name");
  if (!info.empty()) c.Emit("/subject/name", vars, Evidence(*name, info));
}

// ENT-013: 投资人或主管单位.
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
  std::string word = FirstHit(c, "WL-ENT-GOV-BODY", Compact(*investor));
  if (!word.empty() && (type == "enterprise" || type == "sole_proprietor"))
    c.Emit("/subject/investor", {{"value", *investor}, {"word", word}}, Evidence(*investor));
}

// ENT-017: a branch (分公司 …) files under its own licence, not the head office's.
void Ent017(Ctx& c) {
  auto name = NonBlank(c.app(), "/subject/name");
  if (!name || !facts::IsOrganisation(c.app())) return c.Skip();
  std::string n = Compact(*name);
  std::string branch = FirstHit(c, "WL-ENT-BRANCH", n);
  const LicenseFacts& lic = facts::LicenseOf(c);
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

// ENT-023: changing the 主办单位性质 of an existing filing (subject.previous_type).
void Ent023(Ctx& c) {
  const std::string* prev = Str(c.app(), "/subject/previous_type");
  std::string type = SubjectType(c.app());
  if (!prev || type.empty()) return c.Skip();
  if (*prev == type) return;
  std::string code = std::to_string(c.province());
  // In the seller's words (schema x-labels): 个人 → 企业.
  std::string from = c.EnumLabel("/subject/previous_type", *prev);
  std::string to = c.EnumLabel("/subject/type", type);
  Vars vars = {{"from", from}, {"to", to}};
  if (ParamHas(c.Param("any_direction"), code)) {
    c.Emit("/subject/type", vars, Evidence(from + " → " + to, "allowed"));
    return;
  }
  if (*prev == "individual" && type != "individual" &&
      ParamHas(c.Param("personal_to_enterprise_if_legal_rep"), code)) {
    const json* principal = At(c.app(), "/subject/principal");
    std::optional<bool> is_rep;
    if (principal && principal->is_object()) is_rep = facts::IsLegalRep(c, *principal);
    c.Emit("/subject/type", vars,
           Evidence(from + " → " + to, is_rep && *is_rep ? "allowed_legal_rep" : "legal_rep"));
    return;
  }
  c.Emit("/subject/type", vars, Evidence(from + " → " + to));
}

}  // namespace beian::rules
