// Files compiled into the binary (rule pack, schema, reference data). See scripts/embed.py.
#ifndef BEIAN_CORE_RESOURCES_H_
#define BEIAN_CORE_RESOURCES_H_

#include <string_view>

namespace beian {

// Returns the embedded file called `name`, or an empty view when there is none.
std::string_view Resource(std::string_view name);

}  // namespace beian

#endif  // BEIAN_CORE_RESOURCES_H_
