// The application schema (schemas/application.schema.json, compiled into a table at build time by
// scripts/gen_schema_table.py and embedded) and the
// validator that walks an application against it: unknown fields (INPUT-001), wrong types
// (INPUT-002), values outside an enum or const (INPUT-003), missing required fields (INPUT-004),
// bad dates (INPUT-005), oversize arrays and texts (INPUT-006/007) and odd characters in form
// entries (INPUT-010) become findings, and the offending values are removed so that no rule sees
// them (objects: erased; arrays: replaced by null so indices keep their meaning).
#ifndef BEIAN_CORE_ENGINE_SCHEMA_H_
#define BEIAN_CORE_ENGINE_SCHEMA_H_

#include "core/engine/context.h"
#include "core/json.h"

namespace beian {

// The boolean fields of the object that the application schema describes at `pointer` (by
// properties only, e.g. "/documents"), as JSON Pointers below it, in name order.
std::vector<std::string> BooleanFieldsOf(const std::string& pointer);

// The seller's name of enum value `value` at the application field `pointer` (the schema's
// x-labels, in `locale`), e.g. ("/websites/0/hosting/location", "hong_kong") → 中国香港; `value`
// itself when the field or value has no label.
std::string EnumLabel(const std::string& pointer, const std::string& value,
                      const std::string& locale);

// Validates and cleans `app` in place, emitting INPUT-xxx findings into `ctx`.
// `fields` (a field check): INPUT-010 (odd characters, a warning that removes nothing) looks only
// at the strings whose findings the check reports; everything else is validated as in a full
// check, since a removed value changes what the rules read.
void ValidateApplication(json& app, Ctx& ctx, const FieldScope& fields = {});

}  // namespace beian

#endif  // BEIAN_CORE_ENGINE_SCHEMA_H_
