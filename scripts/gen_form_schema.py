#!/usr/bin/env python3
"""Writes the flat description of the application form the page renders from (site/form-schema.json).

usage: gen_form_schema.py APPLICATION_SCHEMA RULEPACK OUT

The page never reads the JSON Schema itself: this resolves $ref and oneOf (the object branch) once,
at build time, and lists for every object of the application (keyed by its JSON Pointer with "*"
for array items, "" for the root) its properties in schema order:

  {"k": "type", "type": "enum", "options": [["enterprise", "企业", "Enterprise"], ...],
   "description": "..."}

type: bool | enum | multi (array of enum/labelled strings) | integer | number | text |
list (array of strings) | object | array (array of objects) | other. Option labels come from the
schema's "x-labels" ({"value": {"zh-CN", "en"}}); a value without one is its own label.

"labels" carries the rule pack's labels (meta.json): severity and confidence as
{"key": {"zh-CN", "en"}}, category as [[key, zh-CN, en], ...] in display order.
"""
import json
import sys

from packlib import fail, load


class Resolver:
    def __init__(self, schema):
        self.schema = schema

    def deref(self, node, depth=0):
        """Follows $ref (local only) and picks the object branch of a oneOf (else the first)."""
        if depth > 20:
            fail("$ref/oneOf nesting too deep")
        if not isinstance(node, dict):
            return {}
        if "$ref" in node:
            ref = node["$ref"]
            if not ref.startswith("#/"):
                fail(f"only local $ref supported: {ref}")
            target = self.schema
            for key in ref[2:].split("/"):
                key = key.replace("~1", "/").replace("~0", "~")
                if not isinstance(target, dict) or key not in target:
                    fail(f"unresolvable $ref {ref}")
                target = target[key]
            merged = {k: v for k, v in node.items() if k != "$ref"}
            resolved = self.deref(target, depth + 1)
            return {**resolved, **merged}
        if "oneOf" in node:
            branches = [self.deref(b, depth + 1) for b in node["oneOf"]]
            chosen = next((b for b in branches if b.get("type") == "object"), branches[0] if branches else {})
            merged = {k: v for k, v in node.items() if k != "oneOf"}
            return {**chosen, **merged}
        return node


def options(node):
    labels = node.get("x-labels") or {}
    values = node.get("enum")
    if values is None:
        values = list(labels)
    out = []
    for v in values:
        text = labels.get(str(v)) or {}
        out.append([str(v), text.get("zh-CN", str(v)), text.get("en", text.get("zh-CN", str(v)))])
    return out


def describe(key, node, res):
    d = {"k": key}
    if node.get("description"):
        d["description"] = node["description"]
    t = node.get("type")
    if isinstance(node.get("enum"), list):
        d["type"] = "enum"
        d["options"] = options(node)
    elif t == "boolean":
        d["type"] = "bool"
    elif t in ("integer", "number"):
        d["type"] = t
    elif t == "string":
        d["type"] = "text"
    elif t == "object":
        d["type"] = "object"
    elif t == "array":
        items = res.deref(node.get("items", {}))
        if isinstance(items.get("enum"), list) or items.get("x-labels"):
            d["type"] = "multi"
            d["options"] = options(items)
        elif items.get("type") == "string":
            d["type"] = "list"
        elif items.get("type") == "object":
            d["type"] = "array"
        else:
            d["type"] = "other"
    else:
        d["type"] = "other"
    return d


def walk(path, node, res, out):
    node = res.deref(node)
    if node.get("type") == "array":
        walk(path + "/*", node.get("items", {}), res, out)
        return
    props = node.get("properties")
    if node.get("type") != "object" or not isinstance(props, dict):
        return
    if path in out:
        return
    out[path] = []
    for key, sub in props.items():
        resolved = res.deref(sub)
        out[path].append(describe(key, resolved, res))
        walk(f"{path}/{key}", resolved, res, out)


def main() -> None:
    if len(sys.argv) != 4:
        fail("usage: gen_form_schema.py APPLICATION_SCHEMA RULEPACK OUT")
    schema_path, pack_path, out_path = sys.argv[1:4]
    schema = load(schema_path)
    pack = load(pack_path)
    objects = {}
    walk("", schema, Resolver(schema), objects)
    labels = pack.get("labels") or {}
    for group in ("severity", "confidence", "category"):
        if not isinstance(labels.get(group), dict):
            fail(f"{pack_path}: the rule pack has no labels.{group}")
    doc = {
        "objects": objects,
        "labels": {
            "severity": labels["severity"],
            "confidence": labels["confidence"],
            "category": [[k, v.get("zh-CN", k), v.get("en", k)] for k, v in labels["category"].items()],
        },
    }
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
