// ENT-006: an enterprise files in the province of its registration: the region in the unified
// social credit code and the certificate address against the filing province.
#include <string>

#include "core/facts/address.h"
#include "core/geo/address.h"
#include "core/geo/regions.h"
#include "core/ids.h"
#include "core/model.h"
#include "core/province.h"
#include "core/rules/ent/ent.h"

namespace beian::rules {

// ENT-006: USCC region vs filing province
void Ent006(Ctx& c) {
  if (IsIndividual(c.app())) return c.Skip();
  const std::string* type = Str(c.app(), "/subject/certificate_type");
  if (type && *type == "resident_id") return c.Skip();
  auto raw = NonBlank(c.app(), "/subject/certificate_number");
  if (!raw) return c.Skip();
  std::string code = NormalizeCode(*raw);
  if (!UsccFormatOk(code)) return c.Skip();  // ENT-002 reports the format
  std::string region = code.substr(2, 6);
  int uscc_province = (code[2] - '0') * 10 + (code[3] - '0');
  Vars vars = {{"value", code}, {"region", region}};
  if (c.province() && ProvinceByCode(uscc_province) && uscc_province != c.province()) {
    vars.push_back({"uscc_province", facts::ProvinceFullName(uscc_province)});
    vars.push_back({"province", facts::ProvinceFullName(c.province())});
    c.Emit("/subject/certificate_number", vars, Evidence(code));
  } else if (region != "100000" && !IsKnownRegion(region)) {
    c.Emit("/subject/certificate_number", vars, Evidence(code, "region_unknown"));
  }
  if (auto addr = NonBlank(c.app(), "/subject/certificate_address"); addr && c.province()) {
    ParsedAddress a = ParseAddress(*addr);
    if (a.province && a.province != c.province()) {
      c.Emit("/subject/certificate_address",
             {{"value", *addr},
              {"found", facts::ProvinceFullName(a.province)},
              {"province", facts::ProvinceFullName(c.province())}},
             Evidence(*addr, "address"));
    }
  }
  if (!c.province()) c.Skip();
}

}  // namespace beian::rules
