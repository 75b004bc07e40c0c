// PPL-014, PPL-015: 居民身份证号码 of every person (and of an individual filer's certificate).
#include <string>
#include <vector>

#include "core/rules/rule.h"
#include "core/geo/regions.h"
#include "core/ids.h"
#include "core/model.h"

namespace beian {
namespace {

struct IdRef {
  std::string path;
  std::string raw;
};

// Every resident-ID number in the application: people whose id_type is resident_id (or unset
// and the number looks like one), plus subject.certificate_number of an individual filer.
std::vector<IdRef> ResidentIds(const json& app) {
  std::vector<IdRef> out;
  for (const auto& p : People(app)) {
    auto id = NonBlank(*p.node, "/id_number");
    if (!id) continue;
    const std::string* type = Str(*p.node, "/id_type");
    if (type && *type != "resident_id") continue;
    out.push_back({p.path + "/id_number", *id});
  }
  auto cert = NonBlank(app, "/subject/certificate_number");
  const std::string* cert_type = Str(app, "/subject/certificate_type");
  if (cert && ((cert_type && *cert_type == "resident_id") || (!cert_type && IsIndividual(app)))) {
    out.push_back({"/subject/certificate_number", *cert});
  }
  return out;
}

}  // namespace
namespace rules {

void Ppl014(Ctx& c) {
  auto ids = ResidentIds(c.app());
  if (ids.empty()) return c.Skip();
  for (const auto& ref : ids) {
    bool fullwidth = false;
    std::string id = NormalizeCode(ref.raw, &fullwidth);
    ResidentId parsed = ParseResidentId(id);
    Vars vars = {{"value", MaskId(id)}, {"length", std::to_string(id.size())}};
    if (!parsed.format_ok) {
      bool digits15 = id.size() == 15 && id.find_first_not_of("0123456789") == std::string::npos;
      c.Emit(ref.path, vars, Evidence(MaskId(id), digits15 ? "first_generation" : ""));
    } else if (!parsed.checksum_ok) {
      vars.push_back({"expected", std::string(1, ResidentIdCheckChar(id))});
      c.Emit(ref.path, vars, Evidence(MaskId(id), "checksum"));
    } else if (fullwidth) {
      c.Emit(ref.path, vars, Evidence(MaskId(id), "fullwidth"));
    }
  }
}

}  // namespace rules
namespace {

}  // namespace
namespace rules {

void Ppl015(Ctx& c) {
  auto ids = ResidentIds(c.app());
  bool any = false;
  for (const auto& ref : ids) {
    std::string id = NormalizeCode(ref.raw);
    ResidentId parsed = ParseResidentId(id);
    if (!parsed.format_ok) continue;
    any = true;
    Vars vars = {{"value", MaskId(id)}, {"birth", id.substr(6, 8)}};
    if (!parsed.birth) {
      c.Emit(ref.path, vars, Evidence(MaskId(id), "birth_invalid"));
    } else if (*parsed.birth > c.today()) {
      c.Emit(ref.path, vars, Evidence(MaskId(id), "birth_future"));
    } else if (parsed.birth->year < 1900) {
      c.Emit(ref.path, vars, Evidence(MaskId(id), "birth_invalid"));
    }
    if (!IdProvinceCodeOk(parsed.province)) {
      vars.push_back({"code", id.substr(0, 2)});
      c.Emit(ref.path, vars, Evidence(MaskId(id), "province"));
    } else if (parsed.province < 81 &&
               !IsKnownIdRegion(id.substr(0, 6), parsed.birth ? parsed.birth->year : 0)) {
      // Old IDs keep the code in force when issued: historical GB/T 2260 codes are accepted.
      vars.push_back({"code", id.substr(0, 6)});
      c.Emit(ref.path, vars, Evidence(MaskId(id), "region"));
    }
  }
  if (!any) c.Skip();
}

}  // namespace rules
namespace {

}  // namespace
}  // namespace beian
