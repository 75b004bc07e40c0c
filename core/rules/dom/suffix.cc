// DOM-003, DOM-013, DOM-016, DOM-017: what the domain names themselves say — the TLD class,
// ccTLDs refused in some provinces, "bbs", reserved words (valid hosts from
// core/facts/domains.h).
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "core/domain.h"
#include "core/facts/domains.h"
#include "core/model.h"
#include "core/rules/dom/dom.h"
#include "core/rules/params.h"

namespace beian::rules {
namespace {

bool InList(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

// DOM-003: the TLD against the offline seed lists (WL-TLD-OK / -VERIFY / -NO). Until the MIIT
// list is loaded (params.seed_list_authoritative), nothing here blocks.
void Dom003(Ctx& c) {
  const auto& hosts = facts::ValidHosts(c);
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

// DOM-013 (北京, 湖南, 吉林, 内蒙古): country-code TLDs other than .cn are refused.
void Dom013(Ctx& c) {
  const auto& hosts = facts::ValidHosts(c);
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
           {{"value", h.ref.name},
            {"tld", "." + h.tld},
            {"province", ProvinceShortName(c.province())}},
           Evidence("." + h.tld));
  }
}

// DOM-016: "bbs" in a domain (old forum rule; the approval is abolished).
void Dom016(Ctx& c) {
  const auto& hosts = facts::ValidHosts(c);
  if (hosts.empty()) return c.Skip();
  for (const auto& h : hosts)
    if (h.host.find("bbs") != std::string::npos)
      c.Emit(h.ref.name_path, {{"value", h.ref.name}}, Evidence(h.ref.name));
}

// DOM-017: reserved words in the second-level label (中国, china, 雄安 … 工信部令第43号).
void Dom017(Ctx& c) {
  const auto& hosts = facts::ValidHosts(c);
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

}  // namespace beian::rules
