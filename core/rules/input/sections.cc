// INPUT-009: the application lacks the sections most rules need (subject, websites), so a
// "ready" verdict would mean nothing: say what is missing. (INPUT-001…008 and 010 are raised by
// the engine while it reads the application: core/engine/decode.cc and schema.cc.)
#include "core/rules/input/input.h"

namespace beian::rules {

void Input009(Ctx& c) {
  const json* subject = At(c.app(), "/subject");
  bool has_subject = subject && subject->is_object() && !subject->empty();
  bool has_site = Count(c.app(), "/websites") > 0;
  if (!has_subject) c.Emit("/subject", {{"section", "主体信息 / subject"}});
  if (!has_site) c.Emit("/websites", {{"section", "网站信息 / websites"}});
}

}  // namespace beian::rules
