// The subject's addresses as the address rules (ADR) read them, and the province names that the
// address, enterprise and personal rules (ADR, ENT-006, PPL-017) quote. Addresses are parsed with
// core/geo/address.h.
#ifndef BEIAN_CORE_FACTS_ADDRESS_H_
#define BEIAN_CORE_FACTS_ADDRESS_H_

#include <string>

#include "core/engine/context.h"
#include "core/geo/address.h"

namespace beian::facts {

// subject.mailing_address (通信地址), parsed once per check; empty when absent or blank.
const ParsedAddress& MailingAddress(Ctx& c);

// The full name of a province (two-digit code), e.g. 浙江省; the code itself when unknown.
std::string ProvinceFullName(int code);

}  // namespace beian::facts

#endif  // BEIAN_CORE_FACTS_ADDRESS_H_
