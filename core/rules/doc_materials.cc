// Materials (材料): DOC-001 … DOC-014 and the brief's checklist SEED-018, read from documents.*
// (what the seller has ready), the subject/website texts and the filing province.
//
// Checklist rules (DOC-004/005/006/008/010, SEED-018) run only when the application has a
// documents section: without it we cannot tell what is missing. One finding per missing item;
// the pack variant says what the document is and who signs it. SEED-018 leaves out the items
// DOC-004 and DOC-008 already report, and the licence validity (SEED-005).
#include <string>
#include <vector>

#include "core/rules/rule.h"
#include "core/model.h"
#include "core/rules/params.h"
#include "core/text.h"

namespace beian {
namespace {

const char* kDocs = "/documents";

bool HasDocs(const Ctx& c) {
  const json* d = At(c.app(), kDocs);
  return d && d->is_object();
}

bool Ready(const Ctx& c, const char* key) {
  return Bool(c.app(), std::string(kDocs) + "/" + key).value_or(false);
}

std::string DocPath(const char* key) { return std::string(kDocs) + "/" + key; }

std::string SiteBase(size_t i) { return "/websites/" + std::to_string(i); }

// Like params.h's Localized, but an empty translation is kept (not replaced by the zh-CN text).
std::string Translation(const Ctx& c, const json& text) {
  if (const json* t = At(text, "/" + c.locale()); t && t->is_string()) return t->get<std::string>();
  if (const json* t = At(text, "/zh-CN"); t && t->is_string()) return t->get<std::string>();
  return "";
}

// Names compared the way a reviewer would: width-folded, no spaces.
bool SameName(const std::string& a, const std::string& b) { return Compact(a) == Compact(b); }

bool AnyScan(const Ctx& c) {
  return Ready(c, "business_license_scan") || Ready(c, "id_card_front_back");
}

// ---- DOC-001: colour original ------------------------------------------------------------------
}  // namespace
namespace rules {

void Doc001(Ctx& c) {
  const std::string* q = Str(c.app(), DocPath("scan_quality"));
  if (q) {
    if (*q != "colour_original") c.Emit(DocPath("scan_quality"), {}, Evidence(*q, *q));
    return;
  }
  if (!AnyScan(c)) return c.Skip();
  c.Emit(kDocs, {}, Variant("reminder"));
}

}  // namespace rules
namespace {

// ---- DOC-002: file format and size --------------------------------------------------------------
}  // namespace
namespace rules {

void Doc002(Ctx& c) {
  size_t n = Count(c.app(), DocPath("files"));
  if (!n) return c.Skip();
  long max_kb = IntParam(c, "max_kb", 4096);
  long psb_max_kb = IntParam(c, "public_security_max_kb", 400);
  for (size_t i = 0; i < n; ++i) {
    std::string base = DocPath("files") + "/" + std::to_string(i);
    auto name = NonBlank(c.app(), base + "/name");
    auto kb = Num(c.app(), base + "/size_kb");
    const std::string* purpose = Str(c.app(), base + "/purpose");
    std::string file = name ? *name : "#" + std::to_string(i + 1);
    if (name) {
      std::string lower = Lower(*name);
      size_t dot = lower.rfind('.');
      std::string ext = dot == std::string::npos ? "" : lower.substr(dot + 1);
      if (ext != "jpg" && ext != "jpeg" && ext != "png") {
        c.Emit(base + "/name", {{"file", file}, {"ext", ext.empty() ? "?" : ext}},
               Evidence(*name, "format"));
      }
    }
    if (!kb) continue;
    long size = ToLong(*kb);
    bool psb = purpose && *purpose == "public_security";
    long limit = psb ? psb_max_kb : max_kb;
    if (size > limit) {
      c.Emit(base + "/size_kb",
             {{"file", file}, {"size", std::to_string(size)}, {"limit", std::to_string(limit)}},
             Evidence(std::to_string(size) + " KB", psb ? "public_security" : ""));
    }
  }
}

}  // namespace rules
namespace {

// ---- DOC-003: watermarks ------------------------------------------------------------------------
}  // namespace
namespace rules {

void Doc003(Ctx& c) {
  if (!HasDocs(c)) return c.Skip();
  if (AnyScan(c)) c.Emit(kDocs);
}

}  // namespace rules
namespace {

// ---- DOC-004: the core document set
// --------------------------------------------------------------
}  // namespace
namespace rules {

void Doc004(Ctx& c) {
  std::string type = SubjectType(c.app());
  if (!HasDocs(c) || type.empty()) return c.Skip();
  if (type == "individual") {
    if (!Ready(c, "id_card_front_back"))
      c.Emit(DocPath("id_card_front_back"), {}, Variant("personal_id"));
    return;
  }
  if (!Ready(c, "business_license_scan")) {
    std::string doc = Translation(c, c.Param("certificate_names").value(type, json()));
    if (doc.empty()) doc = Translation(c, c.Param("certificate_names").value("other", json()));
    c.Emit(DocPath("business_license_scan"), {{"document", doc}}, Variant("license"));
  }
  if (!Ready(c, "id_card_front_back")) c.Emit(DocPath("id_card_front_back"), {}, Variant("ids"));
  auto legal = NonBlank(c.app(), "/subject/legal_representative_name");
  if (!legal) return;
  // PPL-002: a principal other than the legal rep is allowed with an authorisation letter in
  // 安徽, 江苏, 甘肃 (elsewhere PPL-001 rejects it outright).
  auto principal = NonBlank(c.app(), "/subject/principal/name");
  int p = c.province();
  if (principal && !SameName(*principal, *legal) && (p == 34 || p == 32 || p == 62) &&
      !Ready(c, "principal_authorization_letter")) {
    c.Emit(DocPath("principal_authorization_letter"), {{"person", *principal}, {"legal", *legal}},
           Variant("principal_auth"));
  }
  // PPL-004: a website owner other than the legal rep needs the 法人授权书.
  if (!Ready(c, "site_authorization_letter")) {
    size_t n = Count(c.app(), "/websites");
    for (size_t i = 0; i < n; ++i) {
      if (!IsSite(c.app(), i)) continue;
      auto owner = NonBlank(c.app(), SiteBase(i) + "/responsible_person/name");
      if (owner && !SameName(*owner, *legal)) {
        c.Emit(DocPath("site_authorization_letter"), {{"person", *owner}, {"legal", *legal}},
               Variant("site_auth"));
        break;
      }
    }
  }
}

}  // namespace rules
namespace {

// ---- DOC-005 (广东), DOC-006 (江苏): provincial commitment letters
// --------------------------------
}  // namespace
namespace rules {

void Doc005(Ctx& c) {
  if (!HasDocs(c)) return c.Skip();
  if (!Ready(c, "filing_commitment_letter"))
    c.Emit(DocPath("filing_commitment_letter"), {},
           Variant(IsIndividual(c.app()) ? "personal" : ""));
}

}  // namespace rules
namespace {

}  // namespace
namespace rules {

void Doc006(Ctx& c) {
  if (!HasDocs(c)) return c.Skip();
  if (!Ready(c, "authenticity_notice")) c.Emit(DocPath("authenticity_notice"));
}

}  // namespace rules
namespace {

// ---- DOC-007: 真实性核验单 where still used (广东, 江西)
// ----------------------------------------------
}  // namespace
namespace rules {

void Doc007(Ctx& c) {
  auto form = Bool(c.app(), DocPath("verification_form"));
  if (!form) return c.Skip();
  if (!*form) return;
  std::string variant = c.province() == 36 ? "jiangxi" : "";
  if (IsIndividual(c.app())) variant += variant.empty() ? "personal" : "_personal";
  c.Emit(DocPath("verification_form"), {}, Variant(variant));
}

}  // namespace rules
namespace {

// Province (or provider) situations in which a domain certificate is asked for; "" when none.
std::string DomainCertCase(const Ctx& c, long* count) {
  long domains = static_cast<long>(Domains(c.app()).size());
  long existing = ToLong(Num(c.app(), "/subject/existing_filed_domains").value_or(0));
  *count = domains;
  switch (c.province()) {
    case 53:
      return "yunnan";
    case 50:
      return "chongqing";
    case 14:
      if (domains + existing >= 5) {
        *count = domains + existing;
        return "shanxi";
      }
      break;
    default:
      break;
  }
  if (domains >= 4) return "many";
  size_t n = Count(c.app(), "/websites");
  for (size_t i = 0; i < n; ++i) {
    if (!IsSite(c.app(), i)) continue;
    auto p = NonBlank(c.app(), SiteBase(i) + "/hosting/access_provider");
    if (p &&
        (p->find("华为") != std::string::npos || Lower(*p).find("huawei") != std::string::npos))
      return "huawei";
  }
  return "";
}

// ---- DOC-008: domain certificate ---------------------------------------------------------------
}  // namespace
namespace rules {

void Doc008(Ctx& c) {
  if (!HasDocs(c)) return c.Skip();
  if (Ready(c, "domain_certificate")) return;
  long count = 0;
  std::string why = DomainCertCase(c, &count);
  if (why.empty()) return;
  c.Emit(DocPath("domain_certificate"), {{"count", std::to_string(count)}}, Variant(why));
}

}  // namespace rules
namespace {

// ---- DOC-009: what the real-name screenshot shows
// --------------------------------------------------
}  // namespace
namespace rules {

void Doc009(Ctx& c) {
  if (!Ready(c, "domain_realname_screenshot") || !At(c.app(), DocPath("domain_screenshot_shows")))
    return c.Skip();
  std::vector<std::string> shows = Strings(c.app(), DocPath("domain_screenshot_shows"));
  std::string missing;
  for (const char* item : {"domain", "holder", "certificate_type", "certificate_number"}) {
    bool found = false;
    for (const auto& s : shows) found = found || s == item;
    if (found) continue;
    std::string label = Translation(c, c.Param("items").value(item, json()));
    if (!missing.empty()) missing += c.locale() == "en" ? ", " : "、";
    missing += label.empty() ? item : label;
  }
  if (!missing.empty())
    c.Emit(DocPath("domain_screenshot_shows"), {{"missing", missing}}, Evidence(missing));
}

}  // namespace rules
namespace {

// ---- DOC-010: 网站建设方案书 (上海, 广东, 湖南)
// ------------------------------------------------------
}  // namespace
namespace rules {

void Doc010(Ctx& c) {
  if (!HasDocs(c)) return c.Skip();
  if (Ready(c, "site_construction_plan")) return;
  long sites = static_cast<long>(Count(c.app(), "/websites"));
  long domains = static_cast<long>(Domains(c.app()).size());
  long existing = ToLong(Num(c.app(), "/subject/existing_filed_domains").value_or(0));
  bool person = IsIndividual(c.app());
  std::string variant;
  long count = 0;
  if (c.province() == 31 && !person && sites + existing >= 30) {
    variant = "shanghai";
    count = sites + existing;
  } else if (c.province() == 44 && !person && domains + existing >= 30) {
    variant = "guangdong";
    count = domains + existing;
  } else if (c.province() == 44 && person && sites + existing > 5) {
    variant = "guangdong_personal";
    count = sites + existing;
  } else if (c.province() == 43 && existing > 1) {
    variant = "hunan";
    count = existing;
  }
  if (variant.empty()) return;
  c.Emit(DocPath("site_construction_plan"), {{"count", std::to_string(count)}}, Variant(variant));
}

}  // namespace rules
namespace {

// ---- DOC-011: wording that suggests a 前置审批 field, no approval, no commitment
// ----------------------
}  // namespace
namespace rules {

void Doc011(Ctx& c) {
  size_t n = Count(c.app(), "/websites");
  if (!n) return c.Skip();
  if (Ready(c, "no_preapproval_commitment")) return;
  const WordMatcher& declared = c.pack().Matcher("WL-CATA-NO-PREAPPROVAL");
  for (size_t i = 0; i < n; ++i) {
    if (!IsSite(c.app(), i)) continue;
    std::string base = SiteBase(i);
    if (Count(c.app(), base + "/pre_approvals")) continue;
    auto remarks = NonBlank(c.app(), base + "/remarks");
    if (remarks && !declared.Which(Compact(*remarks)).empty()) continue;
    std::vector<std::pair<std::string, std::string>> texts;
    if (auto s = NonBlank(c.app(), base + "/name")) texts.push_back({base + "/name", *s});
    if (auto s = NonBlank(c.app(), base + "/service_content"))
      texts.push_back({base + "/service_content", *s});
    auto columns = Strings(c.app(), base + "/columns");
    for (size_t k = 0; k < columns.size(); ++k)
      texts.push_back({base + "/columns/" + std::to_string(k), columns[k]});
    bool done = false;
    for (const auto& list : c.Param("lists")) {
      if (!list.is_string() || done) continue;
      const WordMatcher& m = c.pack().Matcher(list.get<std::string>());
      for (const auto& [path, text] : texts) {
        auto hits = m.Find(Compact(text));
        if (hits.empty()) continue;
        const std::string& word = m.words()[hits.front().word];
        c.Emit(path, {{"value", text}, {"word", word}}, Evidence(word));
        done = true;
        break;
      }
    }
  }
}

}  // namespace rules
namespace {

// ---- DOC-012 (湖北): 电子商务情况说明书
// ----------------------------------------------------------------
}  // namespace
namespace rules {

void Doc012(Ctx& c) {
  std::vector<std::pair<std::string, std::string>> texts;
  for (const char* f : {"/subject/name", "/subject/business_scope"})
    if (auto s = NonBlank(c.app(), f)) texts.push_back({f, *s});
  size_t n = Count(c.app(), "/websites");
  for (size_t i = 0; i < n; ++i) {
    if (!IsSite(c.app(), i)) continue;
    std::string base = SiteBase(i);
    for (const char* f : {"/name", "/remarks", "/service_content"})
      if (auto s = NonBlank(c.app(), base + f)) texts.push_back({base + f, *s});
    auto types = Strings(c.app(), base + "/service_types");
    for (size_t k = 0; k < types.size(); ++k)
      texts.push_back({base + "/service_types/" + std::to_string(k), types[k]});
  }
  if (texts.empty()) return c.Skip();
  if (Ready(c, "ecommerce_statement")) return;
  const WordMatcher& m = c.pack().Matcher("WL-ECOM");
  for (const auto& [path, text] : texts) {
    auto hits = m.Find(Compact(text));
    if (hits.empty()) continue;
    const std::string& word = m.words()[hits.front().word];
    c.Emit(path, {{"value", text}, {"word", word}}, Evidence(word));
    return;
  }
}

}  // namespace rules
namespace {

// ---- DOC-013: the personal-site declaration in the remarks (甘肃; advice elsewhere)
// ---------------
}  // namespace
namespace rules {

void Doc013(Ctx& c) {
  size_t n = Count(c.app(), "/websites");
  if (!n || SubjectType(c.app()).empty()) return c.Skip();
  if (!IsIndividual(c.app())) return;
  const WordMatcher& decl = c.pack().Matcher("WL-CATA-GANSU-DECL");
  size_t needed = decl.words().size();
  bool gansu = c.province() == 62;
  for (size_t i = 0; i < n; ++i) {
    if (!IsSite(c.app(), i)) continue;
    std::string base = SiteBase(i);
    auto remarks = NonBlank(c.app(), base + "/remarks");
    if (remarks && decl.Which(Compact(*remarks)).size() >= needed) continue;
    std::string path = remarks ? base + "/remarks" : base;
    if (gansu) {
      c.Emit(path);
    } else {
      bool mismatch = false;
      for (const char* f : {"payment", "user_registration", "user_generated_content"})
        mismatch = mismatch || Bool(c.app(), base + "/features/" + f).value_or(false);
      if (mismatch) c.Emit(path, {}, Variant("advice"));
    }
  }
}

}  // namespace rules
namespace {

// ---- DOC-014: 网站备注 that says what the site is for
// ----------------------------------------------
}  // namespace
namespace rules {

void Doc014(Ctx& c) {
  size_t n = Count(c.app(), "/websites");
  if (!n) return c.Skip();
  size_t min_chars = static_cast<size_t>(IntParam(c, "min_chars", 20));
  for (size_t i = 0; i < n; ++i) {
    if (!IsSite(c.app(), i)) continue;
    std::string base = SiteBase(i);
    auto remarks = NonBlank(c.app(), base + "/remarks");
    if (c.province() == 42) {
      std::string other;
      for (const auto& t : Strings(c.app(), base + "/service_types"))
        if (Compact(t) != "单位门户网站" && other.empty()) other = t;
      if (!other.empty() && !remarks) {
        c.Emit(base + "/remarks", {{"value", other}}, Evidence(other, "hubei"));
        continue;
      }
    }
    if (!remarks) {
      c.Emit(base + "/remarks");
    } else if (CountCodePoints(Compact(*remarks)) < min_chars) {
      c.Emit(base + "/remarks",
             {{"value", *remarks},
              {"count", std::to_string(CountCodePoints(Compact(*remarks)))},
              {"min", std::to_string(min_chars)}},
             Evidence(*remarks, "short"));
    }
  }
}

}  // namespace rules
namespace {

// ---- SEED-018: the brief's materials list
// ----------------------------------------------------------
}  // namespace
namespace rules {

void Seed018(Ctx& c) {
  if (!HasDocs(c)) return c.Skip();
  bool person = IsIndividual(c.app());
  if (!person && Ready(c, "business_license_scan") && !Ready(c, "business_license_sealed"))
    c.Emit(DocPath("business_license_sealed"), {}, Variant("seal"));
  if (!Ready(c, "liveness_verified"))
    c.Emit(DocPath("liveness_verified"), {}, Variant(person ? "liveness_personal" : "liveness"));
  long count = 0;
  if (!Ready(c, "domain_certificate") && DomainCertCase(c, &count).empty())  // else DOC-008
    c.Emit(DocPath("domain_certificate"), {}, Variant("domain_cert"));
  if (!Ready(c, "server_access_proof"))
    c.Emit(DocPath("server_access_proof"), {}, Variant("access_proof"));
  if (!Ready(c, "content_self_check_form")) {
    c.Emit(DocPath("content_self_check_form"), {},
           Variant(person ? "self_check_personal" : "self_check"));
  } else if (!person && !Ready(c, "self_check_form_signed_by_legal_rep")) {
    c.Emit(DocPath("self_check_form_signed_by_legal_rep"), {}, Variant("self_check_signed"));
  }
}

}  // namespace rules
namespace {

}  // namespace
}  // namespace beian
