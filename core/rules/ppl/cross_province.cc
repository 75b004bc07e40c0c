// PPL-017: a personal filing outside the province of the ID card: where that is allowed, not
// allowed, or needs a residence permit (lists in the pack: PPL-017 params).
#include <string>

#include "core/facts/address.h"
#include "core/geo/address.h"
#include "core/ids.h"
#include "core/model.h"
#include "core/province.h"
#include "core/rules/params.h"
#include "core/rules/ppl/ppl.h"

namespace beian::rules {

// PPL-017: personal filing outside the ID's province. The ID card's address (证件住所 of a
// personal filing) shows the current 户籍 and decides; the number's first two digits keep the
// region of the first registration for life, so without an address a mismatch only warns.
void Ppl017(Ctx& c) {
  if (!IsIndividual(c.app()) || !c.province()) return c.Skip();
  std::string id, path;
  const std::string* cert_type = Str(c.app(), "/subject/certificate_type");
  auto cert = NonBlank(c.app(), "/subject/certificate_number");
  if (cert && (!cert_type || *cert_type == "resident_id")) {
    id = NormalizeCode(*cert);
    path = "/subject/certificate_number";
  }
  if (!ParseResidentId(id).format_ok) {
    auto pid = NonBlank(c.app(), "/subject/principal/id_number");
    const std::string* ptype = Str(c.app(), "/subject/principal/id_type");
    if (!pid || (ptype && *ptype != "resident_id")) return c.Skip();
    id = NormalizeCode(*pid);
    path = "/subject/principal/id_number";
  }
  ResidentId parsed = ParseResidentId(id);
  if (!parsed.format_ok || !ProvinceByCode(parsed.province) || parsed.province > 70)
    return c.Skip();
  int filing = c.province();
  int home = parsed.province;
  bool by_address = false;
  auto address = NonBlank(c.app(), "/subject/certificate_address");
  if (address && (!cert_type || *cert_type == "resident_id")) {
    if (int p = ParseAddress(*address).province) {
      home = p;
      by_address = true;
    }
  }
  if (home == filing) return;
  Vars vars = {{"value", MaskId(id)},
               {"id_province", facts::ProvinceFullName(home)},
               {"province", facts::ProvinceFullName(filing)}};
  if (by_address) {
    vars.push_back({"address", *address});
    path = "/subject/certificate_address";
  }
  EmitOptions o = Evidence(by_address ? *address : MaskId(id));
  if (InProvinces(c.Param("allowed"), filing)) return;
  if (InProvinces(c.Param("not_allowed"), filing)) {
    o.variant = by_address ? "not_allowed" : "not_allowed_number";
  } else if (InProvinces(c.Param("residence_permit"), filing) ||
             InProvinces(c.Param("student_card_or_permit"), filing)) {
    auto permit = NonBlank(c.app(), "/subject/principal/residence_permit_province");
    if (permit && ProvinceCode(*permit) == filing) return;
    o.variant = InProvinces(c.Param("student_card_or_permit"), filing) ? "student_card_or_permit"
                : filing == 31                                         ? "shanghai"
                                                                       : "residence_permit";
  }
  c.Emit(path, vars, o);
}

}  // namespace beian::rules
