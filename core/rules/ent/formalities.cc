// ENT-014, ENT-015, ENT-021, ENT-022, ENT-024: formalities around the subject — one provider
// account and one order in progress, the licence seal (海南) and the electronic licence (上海),
// the domain suffixes of public bodies.
#include <string>

#include "core/facts/model_of.h"
#include "core/facts/people.h"
#include "core/model.h"
#include "core/rules/ent/ent.h"
#include "core/rules/params.h"
#include "core/text.h"

namespace beian::rules {

// ENT-014: one provider account = one filing subject (input:
// subject.provider_account_other_subject).
void Ent014(Ctx& c) {
  auto other = Bool(c.app(), "/subject/provider_account_other_subject");
  if (!other) return c.Skip();
  if (*other) c.Emit("/subject/provider_account_other_subject");
}

// ENT-015: only one filing order in progress per subject.
void Ent015(Ctx& c) {
  auto n = Num(c.app(), "/subject/other_orders_in_progress");
  if (!n) return c.Skip();
  if (*n >= 1) {
    std::string count = std::to_string(static_cast<long long>(*n));
    c.Emit("/subject/other_orders_in_progress", {{"count", count}}, Evidence(count));
  }
}

// ENT-021: 海南 — licence seal 海南省市场监督管理局商事登记专用章 with a 琼 number.
void Ent021(Ctx& c) {
  if (IsIndividual(c.app())) return c.Skip();
  const std::string* text = Str(c.app(), "/attachments/business_license_text");
  std::string seal = PStr(c.Param("seal"), "text");
  std::string mark = PStr(c.Param("seal"), "marker");
  if (!text || seal.empty() || mark.empty()) {
    if (!text && facts::IsOrganisation(c.app()))
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
  std::string prefix = PStr(c.Param("seal"), "number_prefix");
  bool numbered = false;
  for (size_t p = t.find(prefix); !prefix.empty() && p != std::string::npos;
       p = t.find(prefix, p + 1)) {
    size_t q = p + prefix.size();
    if (q < t.size() && t[q] >= '0' && t[q] <= '9') numbered = true;
  }
  if (!numbered) c.Emit("/attachments/business_license_text", {{"seal", seal}}, Variant("number"));
}

// ENT-022: 上海 — the electronic business licence is not accepted.
void Ent022(Ctx& c) {
  if (!facts::IsOrganisation(c.app())) return c.Skip();
  auto electronic = Bool(c.app(), "/subject/license_is_electronic");
  const std::string* text = Str(c.app(), "/attachments/business_license_text");
  std::string marker = PStr(c.Param("markers"), "electronic");
  if (electronic && *electronic) {
    c.Emit("/subject/license_is_electronic");
  } else if (!electronic && text && !marker.empty() &&
             Compact(*text).find(marker) != std::string::npos) {
    c.Emit("/attachments/business_license_text", {}, Evidence(marker));
  } else if (!electronic) {
    c.Emit("/subject", {}, Variant("check"));
  }
}

// ENT-024: domains of public institutions (.cn / .公益) and government bodies (.gov.cn / .政务);
// 江西 and 内蒙古 also want the 编办 approval.
void Ent024(Ctx& c) {
  std::string type = SubjectType(c.app());
  const json& suffixes = ParamAt(c.Param("suffixes"), type);
  if (!suffixes.is_array()) return c.Skip();
  const auto& domains = facts::DomainsOf(c);
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

}  // namespace beian::rules
