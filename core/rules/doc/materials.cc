// Materials (材料): DOC-001 … DOC-014, read from documents.* (what the seller has ready, via
// core/facts/documents.h), the subject/website texts and the filing province; the provinces
// with special requirements are in each rule's pack params.
//
// Checklist rules (DOC-004/005/006/008/010) run only when the application has a documents
// section: without it we cannot tell what is missing. One finding per missing item; the pack
// variant says what the document is and who signs it. An item stated false may block; an item
// left unanswered is a reminder (the "_unanswered" variants, warn). The brief's checklist
// SEED-018 (seed/materials.cc) lists its own items, one finding per missing item.
#include <re2/re2.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "core/facts/documents.h"
#include "core/facts/free_text.h"
#include "core/facts/model_of.h"
#include "core/facts/people.h"
#include "core/model.h"
#include "core/rules/doc/doc.h"
#include "core/rules/params.h"
#include "core/text.h"
#include "core/utf8.h"

namespace beian::rules {

using facts::DocumentPath;
using facts::DocumentReady;
using facts::HasDocuments;

namespace {

const char* kDocs = "/documents";

std::string SiteBase(size_t i) { return "/websites/" + std::to_string(i); }

// Like params.h's Localized, but an empty translation is kept (not replaced by the zh-CN text).
std::string Translation(const Ctx& c, const json& text) {
  if (const json* t = At(text, "/" + c.locale()); t && t->is_string()) return t->get<std::string>();
  if (const json* t = At(text, "/zh-CN"); t && t->is_string()) return t->get<std::string>();
  return "";
}

// Names compared the way a reviewer would: width-folded, no spaces.
bool SameName(const std::string& a, const std::string& b) { return Compact(a) == Compact(b); }

// documents.<key>: ready (true) → nothing; stated false → the blocking variant `variant`;
// unanswered → `variant` + "_unanswered" (a warn reminder). Returns false when ready.
bool MissingDocument(const json& app, const std::string& key, std::string* variant) {
  auto v = Bool(app, DocumentPath(key));
  if (v && *v) return false;
  if (!v) *variant += variant->empty() ? "unanswered" : "_unanswered";
  return true;
}

bool AnyScan(const Ctx& c) {
  return DocumentReady(c.app(), "business_license_scan") ||
         DocumentReady(c.app(), "id_card_front_back");
}

}  // namespace

// DOC-001: colour original
void Doc001(Ctx& c) {
  const std::string* q = Str(c.app(), DocumentPath("scan_quality"));
  if (q) {
    if (*q != "colour_original")
      c.Emit(DocumentPath("scan_quality"), {},
             Evidence(c.EnumLabel(DocumentPath("scan_quality"), *q), *q));
    return;
  }
  if (!AnyScan(c)) return c.Skip();
  // The choice to make, as the form names it (schema x-labels).
  c.Emit(kDocs, {{"choice", c.EnumLabel(DocumentPath("scan_quality"), "colour_original")}},
         Variant("reminder"));
}

// DOC-002: file format and size
void Doc002(Ctx& c) {
  size_t n = Count(c.app(), DocumentPath("files"));
  if (!n) return c.Skip();
  long max_kb = IntParam(c, "max_kb", 4096);
  long psb_max_kb = IntParam(c, "public_security_max_kb", 400);
  for (size_t i = 0; i < n; ++i) {
    std::string base = DocumentPath("files") + "/" + std::to_string(i);
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

// DOC-003: watermarks
void Doc003(Ctx& c) {
  if (!HasDocuments(c.app())) return c.Skip();
  if (AnyScan(c)) c.Emit(kDocs);
}

// DOC-004: the core document set
void Doc004(Ctx& c) {
  std::string type = SubjectType(c.app());
  if (!HasDocuments(c.app()) || type.empty()) return c.Skip();
  std::string v;
  if (type == "individual") {
    if (MissingDocument(c.app(), "id_card_front_back", &(v = "personal_id")))
      c.Emit(DocumentPath("id_card_front_back"), {}, Variant(v));
    return;
  }
  if (MissingDocument(c.app(), "business_license_scan", &(v = "license"))) {
    std::string doc = Translation(c, c.Param("certificate_names").value(type, json()));
    if (doc.empty()) doc = Translation(c, c.Param("certificate_names").value("other", json()));
    c.Emit(DocumentPath("business_license_scan"), {{"document", doc}}, Variant(v));
  }
  if (MissingDocument(c.app(), "id_card_front_back", &(v = "ids")))
    c.Emit(DocumentPath("id_card_front_back"), {}, Variant(v));
  std::string legal = facts::LegalRep(c);
  if (legal.empty()) return;
  // PPL-002: a principal other than the legal rep is allowed with an authorisation letter in
  // params.principal_letter_provinces (安徽, 江苏, 甘肃; elsewhere PPL-001 rejects it outright).
  auto principal = NonBlank(c.app(), "/subject/principal/name");
  if (principal && !SameName(*principal, legal) &&
      InProvinces(c.Param("principal_letter_provinces"), c.province()) &&
      MissingDocument(c.app(), "principal_authorization_letter", &(v = "principal_auth"))) {
    c.Emit(DocumentPath("principal_authorization_letter"),
           {{"person", *principal}, {"legal", legal}}, Variant(v));
  }
  // The website owner's 法人授权书 is PPL-004's finding alone (its provinces and providers): one
  // problem, one finding.
}

// DOC-005 (广东), DOC-006 (江苏): provincial commitment letters
void Doc005(Ctx& c) {
  if (!HasDocuments(c.app())) return c.Skip();
  std::string v = IsIndividual(c.app()) ? "personal" : "";
  if (MissingDocument(c.app(), "filing_commitment_letter", &v))
    c.Emit(DocumentPath("filing_commitment_letter"), {}, Variant(v));
}

// DOC-006: Jiangsu: authenticity notice and commitment.
void Doc006(Ctx& c) {
  if (!HasDocuments(c.app())) return c.Skip();
  std::string v;
  if (MissingDocument(c.app(), "authenticity_notice", &v))
    c.Emit(DocumentPath("authenticity_notice"), {}, Variant(v));
}

// DOC-007: 真实性核验单 where still used (广东, 江西)
void Doc007(Ctx& c) {
  auto form = Bool(c.app(), DocumentPath("verification_form"));
  if (!form) return c.Skip();
  if (!*form) return;
  std::string variant = PStr(c.Param("variants_by_province"), std::to_string(c.province()));
  if (IsIndividual(c.app())) variant += variant.empty() ? "personal" : "_personal";
  c.Emit(DocumentPath("verification_form"), {}, Variant(variant));
}

// DOC-008: domain certificate
void Doc008(Ctx& c) {
  if (!HasDocuments(c.app())) return c.Skip();
  if (DocumentReady(c.app(), "domain_certificate")) return;
  long count = 0;
  std::string why = facts::DomainCertificateCase(c, &count);
  if (why.empty()) return;
  c.Emit(DocumentPath("domain_certificate"), {{"count", std::to_string(count)}}, Variant(why));
}

// DOC-009: what the real-name screenshot shows
void Doc009(Ctx& c) {
  if (!DocumentReady(c.app(), "domain_realname_screenshot") ||
      !At(c.app(), DocumentPath("domain_screenshot_shows")))
    return c.Skip();
  std::vector<std::string> shows = Strings(c.app(), DocumentPath("domain_screenshot_shows"));
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
    c.Emit(DocumentPath("domain_screenshot_shows"), {{"missing", missing}}, Evidence(missing));
}

// DOC-010: 网站建设方案书 (上海, 广东, 湖南)
void Doc010(Ctx& c) {
  if (!HasDocuments(c.app())) return c.Skip();
  if (DocumentReady(c.app(), "site_construction_plan")) return;
  long sites = static_cast<long>(Count(c.app(), "/websites"));
  long domains = static_cast<long>(facts::DomainsOf(c).size());
  long existing = ToLong(Num(c.app(), "/subject/existing_filed_domains").value_or(0));
  bool person = IsIndividual(c.app());
  // params.cases: the first case of the province whose subject kind and count apply.
  const json& cases = c.Param("cases");
  if (!cases.is_array()) return;
  for (const auto& k : cases) {
    if (!k.is_object() || !InProvinces(ParamAt(k, "provinces"), c.province())) continue;
    std::string subject = PStr(k, "subject");
    if ((subject == "organisation" && person) || (subject == "individual" && !person)) continue;
    std::string what = PStr(k, "count");  // sites_total | domains_total | existing
    long count = what == "sites_total"     ? sites + existing
                 : what == "domains_total" ? domains + existing
                                           : existing;
    if (count < IntValue(ParamAt(k, "min"), 0)) continue;
    c.Emit(DocumentPath("site_construction_plan"), {{"count", std::to_string(count)}},
           Variant(PStr(k, "variant")));
    return;
  }
}

// DOC-011: wording that suggests a 前置审批 field, no approval, no commitment
void Doc011(Ctx& c) {
  size_t n = Count(c.app(), "/websites");
  if (!n) return c.Skip();
  if (DocumentReady(c.app(), "no_preapproval_commitment")) return;
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

// DOC-012 (湖北): 电子商务情况说明书. Blocks only when the form states selling (a selling service
// type, online payment, third-party merchants: params.selling) and the statement is stated
// missing; selling with the statement unanswered → warn; e-commerce wording in a name, the scope
// or a site text (not negated) → warn "湖北 will ask for the statement".
void Doc012(Ctx& c) {
  auto statement = Bool(c.app(), DocumentPath("ecommerce_statement"));
  bool ready = statement && *statement;
  const json& selling = c.Param("selling");
  size_t n = Count(c.app(), "/websites");
  bool any_text = false;
  // What the form states.
  for (size_t i = 0; i < n; ++i) {
    if (!IsSite(c.app(), i)) continue;
    std::string base = SiteBase(i);
    std::vector<std::pair<std::string, std::string>> stated;  // path, params.selling key
    auto types = Strings(c.app(), base + "/service_types");
    for (size_t k = 0; k < types.size(); ++k)
      if (ParamAt(selling, Compact(types[k])).is_object())
        stated.push_back({base + "/service_types/" + std::to_string(k), Compact(types[k])});
    for (const char* f : {"payment", "third_party_merchants"})
      if (Bool(c.app(), base + "/features/" + f).value_or(false))
        stated.push_back({base + "/features/" + f, f});
    if (!stated.empty()) any_text = true;
    if (stated.empty() || ready) continue;
    const auto& [path, key] = stated.front();
    std::string site = NonBlank(c.app(), base + "/name").value_or("#" + std::to_string(i + 1));
    std::string what = Localized(c, ParamAt(selling, key));
    c.Emit(path, {{"site", site}, {"value", what}}, Evidence(what, statement ? "" : "unanswered"));
    return;
  }
  // Wording that may stand for selling.
  std::vector<std::pair<std::string, std::string>> texts;
  for (const char* f : {"/subject/name", "/subject/business_scope"})
    if (auto s = NonBlank(c.app(), f)) texts.push_back({f, *s});
  for (size_t i = 0; i < n; ++i) {
    if (!IsSite(c.app(), i)) continue;
    std::string base = SiteBase(i);
    for (const char* f : {"/name", "/remarks", "/service_content"})
      if (auto s = NonBlank(c.app(), base + f)) texts.push_back({base + f, *s});
  }
  if (texts.empty() && !any_text) return c.Skip();
  if (ready) return;
  const WordMatcher& m = c.pack().Matcher("WL-ECOM");
  for (const auto& [path, text] : texts) {
    std::string word = facts::PositiveWord(m, Compact(text));
    if (word.empty()) continue;
    c.Emit(path, {{"context", text}, {"word", word}}, Evidence(word, "wording"));
    return;
  }
}

// DOC-013: the personal-site declaration in the remarks (甘肃; advice elsewhere)
void Doc013(Ctx& c) {
  size_t n = Count(c.app(), "/websites");
  if (!n || SubjectType(c.app()).empty()) return c.Skip();
  if (!IsIndividual(c.app())) return;
  const WordMatcher& decl = c.pack().Matcher("WL-CATA-GANSU-DECL");
  size_t needed = decl.words().size();
  bool gansu = InProvinces(c.Param("declaration_provinces"), c.province());
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

namespace {
// A suggested 网站备注 made of the seller's own data (site name, subject name, service types,
// service content), with the pack's wording (DOC-014 params "example") where a part is empty.
std::string RemarksExample(Ctx& c, const std::string& base) {
  const json& p = c.Param("example");
  auto text = [&](const char* key) {
    const json* v = p.is_object() ? At(p, std::string("/") + key) : nullptr;
    return v ? ParseText(*v).In(c.locale()) : std::string();
  };
  std::string sep = c.locale() == "en" ? ", " : "、";
  std::string site = NonBlank(c.app(), base + "/name").value_or(text("site"));
  std::string subject =
      NonBlank(c.app(), "/subject/name")
          .value_or(text(IsIndividual(c.app()) ? "subject_individual" : "subject"));
  std::string types;
  for (const auto& t : Strings(c.app(), base + "/service_types"))
    if (!Trim(t).empty()) types += (types.empty() ? "" : sep) + Trim(t);
  if (types.empty()) types = text("types");
  std::string content = NonBlank(c.app(), base + "/service_content").value_or(text("content"));
  const std::string stop = "。";
  while (!content.empty()) {
    if (content.back() == '.') {
      content.pop_back();
    } else if (content.size() >= stop.size() &&
               content.compare(content.size() - stop.size(), stop.size(), stop) == 0) {
      content.resize(content.size() - stop.size());
    } else {
      break;
    }
  }
  std::string out = text("template");
  for (const auto& [key, value] : std::vector<std::pair<std::string, std::string>>{
           {"{site}", site}, {"{subject}", subject}, {"{types}", types}, {"{content}", content}}) {
    size_t at = out.find(key);
    if (at != std::string::npos) out.replace(at, key.size(), value);
  }
  return out;
}
}  // namespace

// DOC-014: 网站备注 that says what the site is for
void Doc014(Ctx& c) {
  size_t n = Count(c.app(), "/websites");
  if (!n) return c.Skip();
  size_t min_chars = static_cast<size_t>(IntParam(c, "min_chars", 20));
  for (size_t i = 0; i < n; ++i) {
    if (!IsSite(c.app(), i)) continue;
    std::string base = SiteBase(i);
    auto remarks = NonBlank(c.app(), base + "/remarks");
    if (InProvinces(c.Param("remark_provinces"), c.province())) {
      std::string other;
      for (const auto& t : Strings(c.app(), base + "/service_types"))
        if (Compact(t) != "单位门户网站" && other.empty()) other = t;
      if (!other.empty() && !remarks) {
        c.Emit(base + "/remarks", {{"value", other}}, Evidence(other, "hubei"));
        continue;
      }
    }
    if (!remarks) {
      c.Emit(base + "/remarks", {{"example", RemarksExample(c, base)}});
    } else if (CountCodePoints(Compact(*remarks)) < min_chars) {
      c.Emit(base + "/remarks",
             {{"value", *remarks},
              {"count", std::to_string(CountCodePoints(Compact(*remarks)))},
              {"min", std::to_string(min_chars)}},
             Evidence(*remarks, "short"));
    }
  }
}

}  // namespace beian::rules
