// ENT-002, ENT-003, ENT-004, ENT-005: the 统一社会信用代码 of the filing subject — format, check
// character, organisation code, and the prefix against the subject type.
#include <optional>
#include <string>

#include "core/ids.h"
#include "core/model.h"
#include "core/rules/ent/ent.h"

namespace beian::rules {
namespace {

const char kPath[] = "/subject/certificate_number";

// The subject's certificate number when it should be a USCC (not an individual's ID card).
std::optional<std::string> Uscc(const Ctx& c) {
  auto raw = NonBlank(c.app(), kPath);
  if (!raw) return std::nullopt;
  const std::string* cert = Str(c.app(), "/subject/certificate_type");
  std::string type = SubjectType(c.app());
  if (type == "individual") return std::nullopt;
  if (cert && *cert == "resident_id") return std::nullopt;
  if (!cert && type.empty()) {
    // Without type information, treat an 18-char code that is not an ID number as a USCC.
    std::string n = NormalizeCode(*raw);
    if (ParseResidentId(n).format_ok) return std::nullopt;
  }
  return NormalizeCode(*raw);
}

}  // namespace

// ENT-002: Format of the unified social credit code.
void Ent002(Ctx& c) {
  auto code = Uscc(c);
  if (!code) return c.Skip();
  if (!UsccFormatOk(*code))
    c.Emit(kPath, {{"value", *code}, {"length", std::to_string(code->size())}}, Evidence(*code));
}

// ENT-003: Check character of the credit code.
void Ent003(Ctx& c) {
  auto code = Uscc(c);
  if (!code || !UsccFormatOk(*code)) return c.Skip();
  if (!UsccChecksumOk(*code)) {
    std::string expect(1, UsccCheckChar(*code));
    c.Emit(kPath, {{"value", *code}, {"expected", expect}}, Evidence(*code));
  }
}

// ENT-004: Organisation code inside the credit code.
void Ent004(Ctx& c) {
  auto code = Uscc(c);
  if (!code || !UsccFormatOk(*code)) return c.Skip();
  if (!UsccOrgCodeOk(*code))
    c.Emit(kPath, {{"value", *code}, {"org", code->substr(8, 9)}}, Evidence(*code));
}

// ENT-005: Code prefix vs subject type.
void Ent005(Ctx& c) {
  auto code = Uscc(c);
  std::string type = SubjectType(c.app());
  if (!code || !UsccFormatOk(*code) || type.empty()) return c.Skip();
  const json& map = c.Param("prefix_types");  // {"91": ["enterprise"], ...}
  auto it = map.find(code->substr(0, 2));
  if (it == map.end() || !it->is_array()) return;
  for (const auto& t : *it)
    if (t.is_string() && t.get<std::string>() == type) return;
  std::string expected;
  for (const auto& t : *it)
    if (t.is_string())
      expected +=
          (expected.empty() ? "" : "/") + c.EnumLabel("/subject/type", t.get<std::string>());
  c.Emit("/subject/type",
         {{"prefix", code->substr(0, 2)},
          {"type", c.EnumLabel("/subject/type", type)},
          {"expected", expected}},
         Evidence(code->substr(0, 2)));
}

}  // namespace beian::rules
