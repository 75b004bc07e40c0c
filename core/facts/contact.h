// Phone numbers as the contact rules (CON) and the people rules compare them: one normalisation,
// and the landline shape of office and emergency phones (the mobile-number shape is
// shapes::MobileShape, core/shapes.h).
#ifndef BEIAN_CORE_FACTS_CONTACT_H_
#define BEIAN_CORE_FACTS_CONTACT_H_

#include <string>

namespace beian::facts {

// Digits of a phone number (and a leading +); +86 / 0086 / 86 before a mobile removed.
std::string NormalizePhone(const std::string& raw);

// A landline 0AA(A)-NNNNNNN(N) (area code in brackets or after +86 allowed) or a 400/800 number,
// with an optional extension. *is_mobile: the number has the shape of a mobile instead.
bool LandlineOk(const std::string& raw, bool* is_mobile);

}  // namespace beian::facts

#endif  // BEIAN_CORE_FACTS_CONTACT_H_
