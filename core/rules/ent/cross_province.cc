// ENT-006: an organisation files in the province of its registration. Decided by the registered
// address (证件住所, else the address read from the licence); the region in the unified social
// credit code never changes when a company moves, so alone it only raises a question.
#include <string>

#include "core/facts/address.h"
#include "core/facts/license.h"
#include "core/geo/address.h"
#include "core/geo/regions.h"
#include "core/ids.h"
#include "core/model.h"
#include "core/province.h"
#include "core/rules/ent/ent.h"

namespace beian::rules {

// ENT-006: registered address (or, without one, the credit code's region) vs filing province
void Ent006(Ctx& c) {
  if (IsIndividual(c.app())) return c.Skip();
  const std::string* type = Str(c.app(), "/subject/certificate_type");
  if (type && *type == "resident_id") return c.Skip();
  bool evaluated = false;
  // The registered address: typed, else printed on the licence.
  int address_province = 0;
  if (auto addr = NonBlank(c.app(), "/subject/certificate_address")) {
    address_province = ParseAddress(*addr).province;
    if (address_province && c.province() && address_province != c.province())
      c.Emit("/subject/certificate_address",
             {{"value", *addr},
              {"found", facts::ProvinceFullName(address_province)},
              {"province", facts::ProvinceFullName(c.province())}},
             Evidence(*addr));
  } else if (const LicenseFacts& lic = facts::LicenseOf(c); !lic.address.empty()) {
    address_province = ParseAddress(lic.address.value).province;
    if (address_province && c.province() && address_province != c.province())
      c.Emit(facts::kLicenseAttachment,
             {{"value", lic.address.value},
              {"found", facts::ProvinceFullName(address_province)},
              {"province", facts::ProvinceFullName(c.province())}},
             facts::LicenseSpan(lic.address, lic.address.value));
  }
  evaluated = address_province != 0;
  auto raw = NonBlank(c.app(), "/subject/certificate_number");
  std::string code = raw ? NormalizeCode(*raw) : "";
  if (UsccFormatOk(code)) {  // else ENT-002 reports the format
    evaluated = true;
    std::string region = code.substr(2, 6);
    int uscc_province = (code[2] - '0') * 10 + (code[3] - '0');
    Vars vars = {{"value", code}, {"region", region}};
    if (c.province() && ProvinceByCode(uscc_province) && uscc_province != c.province()) {
      vars.push_back({"uscc_province", facts::ProvinceFullName(uscc_province)});
      vars.push_back({"province", facts::ProvinceFullName(c.province())});
      if (!address_province) {
        c.Emit("/subject/certificate_number", vars, Evidence(code, "code_only"));
      } else if (address_province == c.province()) {
        c.Emit("/subject/certificate_number", vars, Evidence(code, "moved"));
      }  // else the address finding above says it
    } else if (region != "100000" && !IsKnownRegion(region)) {
      c.Emit("/subject/certificate_number", vars, Evidence(code, "region_unknown"));
    }
  }
  if (!evaluated || !c.province()) c.Skip();
}

}  // namespace beian::rules
