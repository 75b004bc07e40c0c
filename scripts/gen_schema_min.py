#!/usr/bin/env python3
"""Writes the application schema as the core embeds it: minified, without the annotations the
core never reads (title, description, $comment, examples) at schema-node level. Everything else
stays as written (x-labels, enum, const, default, required ... are data); property names are never
touched (an application field may be called "title").

usage: gen_schema_min.py SCHEMA.json OUT.json
"""
import json
import sys

ANNOTATIONS = {"title", "description", "$comment", "examples"}
NAMED = {"properties", "$defs", "definitions", "patternProperties"}  # name -> schema
ONE = {"items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames"}
MANY = {"oneOf", "anyOf", "allOf", "prefixItems"}


def node(n):
    if not isinstance(n, dict):
        return n
    out = {}
    for k, v in n.items():
        if k in ANNOTATIONS:
            continue
        if k in NAMED and isinstance(v, dict):
            out[k] = {name: node(s) for name, s in v.items()}
        elif k in ONE:
            out[k] = node(v)
        elif k in MANY and isinstance(v, list):
            out[k] = [node(s) for s in v]
        else:
            out[k] = v
    return out


def main() -> None:
    src, out = sys.argv[1:3]
    with open(src, encoding="utf-8") as f:
        schema = json.load(f)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(node(schema), f, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    main()
