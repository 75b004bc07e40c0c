// DOM-003, DOM-013 … DOM-019, SEED-014: the domains of the application — TLD classes, ccTLDs
// in some provinces, domains per website / order / subject, reserved words, serving before
// approval, registrant changes after filing.
#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/domain.h"
#include "core/rules/rule.h"
#include "core/rules/params.h"
#include "core/model.h"
#include "core/province.h"
#include "core/text.h"

namespace beian {
namespace {

bool InList(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

std::string ProvinceName(int code) {
  const ProvinceInfo* p = ProvinceByCode(code);
  return p ? p->short_name : "";
}

int IntParam(const json& v, int fallback) {
  return v.is_number_integer() ? static_cast<int>(v.get<long long>()) : fallback;
}

struct Host {
  DomainRef ref;
  std::string host;  // lower-case, no scheme/path
  std::string tld;
};

// Syntactically valid domains (DOM-001 reports the others).
std::vector<Host> ValidHosts(const json& app) {
  std::vector<Host> out;
  for (auto& d : Domains(app)) {
    DomainInput in = ParseDomainInput(d.name);
    if (!DomainSyntaxOk(in.host, nullptr, nullptr)) continue;
    std::string tld = TopLevel(in.host);
    out.push_back({d, in.host, tld});
  }
  return out;
}

// Distinct registrable domains of the application (the domains of this order).
size_t DistinctDomains(const Ctx& c) {
  const auto& suffixes = c.pack().List("WL-PUBLIC-SUFFIX-2");
  std::set<std::string> seen;
  for (const auto& h : ValidHosts(c.app())) seen.insert(RegistrableDomain(h.host, suffixes));
  return seen.size();
}

// DOM-003: the TLD against the offline seed lists (WL-TLD-OK / -VERIFY / -NO). Until the MIIT
// list is loaded (params.seed_list_authoritative), nothing here blocks.
}  // namespace
namespace rules {

void Dom003(Ctx& c) {
  auto hosts = ValidHosts(c.app());
  if (hosts.empty()) return c.Skip();
  const auto& ok = c.pack().List("WL-TLD-OK");
  const auto& verify = c.pack().List("WL-TLD-VERIFY");
  const auto& no = c.pack().List("WL-TLD-NO");
  bool authoritative = c.Param("seed_list_authoritative").is_boolean() &&
                       c.Param("seed_list_authoritative").get<bool>();
  for (const auto& h : hosts) {
    if (InList(ok, h.tld)) continue;
    Vars vars = {{"value", h.ref.name}, {"tld", "." + h.tld}};
    std::string variant;
    if (InList(verify, h.tld)) {
      variant = "verify";
    } else if (InList(no, h.tld)) {
      variant = authoritative ? "" : "not_listed";
    } else {
      variant = authoritative ? "" : "unknown";
    }
    c.Emit(h.ref.name_path, vars, Evidence("." + h.tld, variant));
  }
}

}  // namespace rules
namespace {

// DOM-013 (北京, 湖南, 吉林, 内蒙古): country-code TLDs other than .cn are refused.
}  // namespace
namespace rules {

void Dom013(Ctx& c) {
  auto hosts = ValidHosts(c.app());
  if (hosts.empty()) return c.Skip();
  const json& allowed = c.Param("allowed_cctlds");
  for (const auto& h : hosts) {
    bool cc = h.tld.size() == 2 && std::isalpha(static_cast<unsigned char>(h.tld[0])) &&
              std::isalpha(static_cast<unsigned char>(h.tld[1]));
    if (!cc) continue;
    bool ok = false;
    if (allowed.is_array())
      for (const auto& a : allowed)
        if (a.is_string() && a.get<std::string>() == h.tld) ok = true;
    if (ok) continue;
    c.Emit(h.ref.name_path,
           {{"value", h.ref.name}, {"tld", "." + h.tld}, {"province", ProvinceName(c.province())}},
           Evidence("." + h.tld));
  }
}

}  // namespace rules
namespace {

// DOM-014: one domain per website entry (Alibaba since 2019; 新疆, 广东, 四川, 山东, 北京 rules).
}  // namespace
namespace rules {

void Dom014(Ctx& c) {
  size_t n = Count(c.app(), "/websites");
  int max = IntParam(c.Param("max_domains_per_website"), 1);
  bool province = InProvinces(c.Param("provinces_explicit"), c.province());
  bool any = false;
  for (size_t i = 0; i < n; ++i) {
    std::string path = "/websites/" + std::to_string(i) + "/domains";
    size_t count = Count(c.app(), path);
    if (!count) continue;
    any = true;
    if (count <= static_cast<size_t>(max)) continue;
    c.Emit(path,
           {{"count", std::to_string(count)},
            {"max", std::to_string(max)},
            {"province", ProvinceName(c.province())}},
           Evidence(std::to_string(count), province ? "province" : ""));
  }
  if (!any) c.Skip();
}

}  // namespace rules
namespace {

// DOM-015: provincial limits on domains per order / first filing / subject total (params.limits,
// first violated entry wins); provinces without a listed limit get the providers' advice.
}  // namespace
namespace rules {

void Dom015(Ctx& c) {
  size_t fresh = DistinctDomains(c);
  if (!fresh) return c.Skip();
  auto existing_num = Num(c.app(), "/subject/existing_filed_domains");
  int existing = existing_num && *existing_num > 0 ? static_cast<int>(*existing_num) : 0;
  std::string type = SubjectType(c.app());
  bool personal = type == "individual";
  std::string who = personal ? "individual" : "organisation";
  Vars base = {{"count", std::to_string(fresh)},
               {"existing", std::to_string(existing)},
               {"province", ProvinceName(c.province())}};
  const json& limits = c.Param("limits");
  bool province_listed = false;
  if (limits.is_array()) {
    for (const auto& l : limits) {
      if (!l.is_object() || !InProvinces(l.value("provinces", json::array()), c.province()))
        continue;
      const std::string* subject = Str(l, "/subject");
      if (subject && *subject != who) continue;
      province_listed = true;
      const std::string* kind = Str(l, "/kind");
      int max = IntParam(l.value("max", json()), 0);
      if (!kind || max <= 0) continue;
      Vars vars = base;
      vars.push_back({"max", std::to_string(max)});
      bool hit = false;
      if (*kind == "per_order") hit = static_cast<int>(fresh) > max;
      if (*kind == "first_filing") hit = existing == 0 && static_cast<int>(fresh) > max;
      if (*kind == "total") {
        hit = existing + static_cast<int>(fresh) > max;
        vars.push_back({"total", std::to_string(existing + static_cast<int>(fresh))});
      }
      if (*kind == "per_order_after") {
        int after = IntParam(l.value("after", json()), 0);
        hit = existing > after && static_cast<int>(fresh) > max;
        vars.push_back({"after", std::to_string(after)});
      }
      if (hit) {
        c.Emit("/websites", vars, Evidence(std::to_string(fresh), *kind));
        return;
      }
    }
  }
  if (province_listed) return;
  const json& advice = c.Param("provider_advice");
  int max = advice.is_object() ? IntParam(advice.value(who, json()), 0) : 0;
  if (max > 0 && static_cast<int>(fresh) > max) {
    Vars vars = base;
    vars.push_back({"max", std::to_string(max)});
    c.Emit("/websites", vars, Evidence(std::to_string(fresh), "provider"));
  }
}

}  // namespace rules
namespace {

// DOM-016: "bbs" in a domain (old forum rule; the approval is abolished).
}  // namespace
namespace rules {

void Dom016(Ctx& c) {
  auto hosts = ValidHosts(c.app());
  if (hosts.empty()) return c.Skip();
  for (const auto& h : hosts)
    if (h.host.find("bbs") != std::string::npos)
      c.Emit(h.ref.name_path, {{"value", h.ref.name}}, Evidence(h.ref.name));
}

}  // namespace rules
namespace {

// DOM-017: reserved words in the second-level label (中国, china, 雄安 … 工信部令第43号).
}  // namespace
namespace rules {

void Dom017(Ctx& c) {
  auto hosts = ValidHosts(c.app());
  if (hosts.empty()) return c.Skip();
  if (SubjectType(c.app()) == "government") return;
  const auto& suffixes = c.pack().List("WL-PUBLIC-SUFFIX-2");
  const WordMatcher& m = c.pack().Matcher("WL-DOMAIN-RESERVED");
  for (const auto& h : hosts) {
    std::string label = SecondLevelLabel(h.host, suffixes);
    auto hits = m.Find(label);
    if (hits.empty()) continue;
    std::string word = m.words()[hits.front().word];
    if (word.rfind("re:", 0) == 0) word = label.substr(hits.front().offset, hits.front().length);
    if (!word.empty() && word.front() == '-') word.erase(0, 1);
    c.Emit(h.ref.name_path, {{"value", h.ref.name}, {"word", word}}, Evidence(word));
  }
}

}  // namespace rules
namespace {

// DOM-018: an unfiled domain must not serve content while the filing is under way: it already
// resolves (websites[].resolved_ips) or the site went live (launched_on ≤ today).
}  // namespace
namespace rules {

void Dom018(Ctx& c) {
  if (NonBlank(c.app(), "/public_security/icp_number")) return;  // already filed
  size_t n = Count(c.app(), "/websites");
  bool any = false;
  for (size_t i = 0; i < n; ++i) {
    std::string base = "/websites/" + std::to_string(i);
    if (!Count(c.app(), base + "/domains")) continue;
    if (NonBlank(c.app(), base + "/filed_via")) continue;  // existing filing (new access)
    auto ips = Strings(c.app(), base + "/resolved_ips");
    auto launched = NonBlank(c.app(), base + "/launched_on");
    std::optional<Date> day = launched ? Date::Parse(*launched) : std::nullopt;
    if (ips.empty() && !day) continue;
    any = true;
    if (!ips.empty()) {
      c.Emit(base + "/resolved_ips", {{"value", ips.front()}}, Evidence(ips.front()));
    } else if (day && !(c.today() < *day)) {
      c.Emit(base + "/launched_on", {{"value", *launched}}, Evidence(*launched, "launched"));
    }
  }
  if (!any) c.Skip();
}

}  // namespace rules
namespace {

// DOM-019: after filing, the registrant must keep matching the subject; a 过户 needs a change
// filing.
}  // namespace
namespace rules {

void Dom019(Ctx& c) {
  auto subject = NonBlank(c.app(), "/subject/name");
  if (!subject || !NonBlank(c.app(), "/public_security/icp_number")) return c.Skip();
  bool any = false;
  for (const auto& d : Domains(c.app())) {
    if (!d.node || !d.node->is_object()) continue;
    auto registrant = NonBlank(*d.node, "/registrant");
    if (!registrant) continue;
    any = true;
    if (Compact(*registrant) == Compact(*subject)) continue;
    c.Emit(d.path + "/registrant",
           {{"value", d.name}, {"registrant", *registrant}, {"subject", *subject}},
           Evidence(*registrant));
  }
  if (!any) c.Skip();
}

}  // namespace rules
namespace {

// SEED-014 (brief): more than five domains for one subject. Only provincial/provider limits
// exist (DOM-015); the message names them.
}  // namespace
namespace rules {

void Seed014(Ctx& c) {
  size_t fresh = DistinctDomains(c);
  if (!fresh) return c.Skip();
  auto existing_num = Num(c.app(), "/subject/existing_filed_domains");
  int existing = existing_num && *existing_num > 0 ? static_cast<int>(*existing_num) : 0;
  int max = IntParam(c.Param("max_domains"), 5);
  int total = existing + static_cast<int>(fresh);
  if (total <= max) return;
  c.Emit("/websites",
         {{"total", std::to_string(total)},
          {"existing", std::to_string(existing)},
          {"count", std::to_string(fresh)},
          {"max", std::to_string(max)}},
         Evidence(std::to_string(total)));
}

}  // namespace rules
namespace {

}  // namespace
}  // namespace beian
