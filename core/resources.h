// Files compiled into the binary (rule pack, schema, reference data). See scripts/embed.py.
#ifndef BEIAN_CORE_RESOURCES_H_
#define BEIAN_CORE_RESOURCES_H_

#include <string_view>

namespace beian {

// Returns the embedded file called `name`, or an empty view when there is none.
std::string_view Resource(std::string_view name);

// Calls `line(std::string_view)` for every line of an embedded text (without the '\n').
template <typename F>
void ForEachLine(std::string_view data, F line) {
  for (size_t pos = 0; pos < data.size();) {
    size_t eol = data.find('\n', pos);
    if (eol == std::string_view::npos) eol = data.size();
    line(data.substr(pos, eol - pos));
    pos = eol + 1;
  }
}

}  // namespace beian

#endif  // BEIAN_CORE_RESOURCES_H_
