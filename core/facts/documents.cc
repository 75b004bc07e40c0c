#include "core/facts/documents.h"

#include "core/facts/access_provider.h"
#include "core/facts/model_of.h"
#include "core/model.h"
#include "core/rules/params.h"
#include "core/text.h"

namespace beian::facts {

namespace {
const char* kDocs = "/documents";
}  // namespace

bool HasDocuments(const json& app) {
  const json* d = At(app, kDocs);
  return d && d->is_object();
}

bool DocumentReady(const json& app, const std::string& key) {
  if (Bool(app, DocumentPath(key)).value_or(false)) return true;
  // A domain certificate uploaded (and read on the device) is one the seller has, whether or not
  // the 材料清单 box is ticked: asking for it again would be a false "missing".
  if (key == "domain_certificate") {
    size_t n = Count(app, "/attachments/domain_certificates");
    for (size_t i = 0; i < n; ++i) {
      const std::string* t =
          Str(app, "/attachments/domain_certificates/" + std::to_string(i) + "/text");
      if (t && !Trim(*t).empty()) return true;
    }
  }
  return false;
}

std::string DocumentPath(const std::string& key) { return std::string(kDocs) + "/" + key; }

std::string DomainCertificateCase(const Ctx& c, long* count) {
  static const json kNone = json::object();
  const RuleDef* doc008 = c.pack().Find("DOC-008");
  const json& params = doc008 ? doc008->params() : kNone;
  long domains = static_cast<long>(facts::DomainsOf(c).size());
  long existing = ToLong(Num(c.app(), "/subject/existing_filed_domains").value_or(0));
  *count = domains;
  std::string code = std::to_string(c.province());
  std::string always = PStr(ParamAt(params, "always_by_province"), code);
  if (!always.empty()) return always;
  const json& by_total = ParamAt(ParamAt(params, "min_total_by_province"), code);
  std::string variant = PStr(by_total, "variant");
  if (!variant.empty() && domains + existing >= IntValue(ParamAt(by_total, "min"), 0)) {
    *count = domains + existing;
    return variant;
  }
  if (domains >= IntValue(ParamAt(params, "many_domains"), 4)) return "many";
  size_t n = Count(c.app(), "/websites");
  for (size_t i = 0; i < n; ++i) {
    if (!IsSite(c.app(), i)) continue;
    auto p = NonBlank(c.app(), "/websites/" + std::to_string(i) + "/hosting/access_provider");
    if (p && IsHuaweiProvider(*p)) return "huawei";
  }
  return "";
}

}  // namespace beian::facts
