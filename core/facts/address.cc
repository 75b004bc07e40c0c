#include "core/facts/address.h"

#include "core/province.h"

namespace beian::facts {

const ParsedAddress& MailingAddress(Ctx& c) {
  return c.Memo<ParsedAddress>("geo.mailing_address", [&] {
    auto s = NonBlank(c.app(), "/subject/mailing_address");
    return s ? ParseAddress(*s) : ParsedAddress{};
  });
}

std::string ProvinceFullName(int code) {
  const ProvinceInfo* p = ProvinceByCode(code);
  return p ? p->name : std::to_string(code);
}

}  // namespace beian::facts
