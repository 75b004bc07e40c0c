#!/usr/bin/env python3
"""Compiles the application schema at build time into the table the core reads (core/engine/
schema.cc): one line per schema node, $refs resolved, so that a check neither parses the schema's
JSON nor resolves anything when it starts. Only what the core reads is kept: type, const, enum,
minimum, format "date", properties, required, items, oneOf and x-labels.

One line per node, node 0 the root; fields separated by TAB, each list item after a US (0x1F),
the parts of an item separated by RS (0x1E); a node number is empty where the schema gives no
object (an unresolvable $ref):
  N <type> <flags> <const> <minimum> <enum> <required> <properties> <items> <oneOf> <labels>
  flags: "p" has properties, "i" has items, "e" has an enum, "d" format date, "o" has oneOf
         (then only the alternatives count)
  const, minimum: JSON text ("" none); enum: strings; required: names
  properties: name RS node; items: node; oneOf: kind RS type RS node (kind 0: no "type",
         1: "type" is a string, 2: some other "type"); labels: value RS zh-CN RS en

usage: gen_schema_table.py SCHEMA.json OUT.tsv
"""
import json
import sys

SEP_FIELD, SEP_ITEM, SEP_PART = "\t", "\x1f", "\x1e"


def fail(msg):
    sys.exit(f"gen_schema_table.py: {msg}")


def clean(v, where):
    v = str(v)
    if any(c in v for c in "\t\n\r\x1e\x1f"):
        fail(f"{where}: a tab, line break or separator in {v!r}")
    return v


def items(values, where):
    return "".join(SEP_ITEM + clean(v, where) for v in values)


def compile_schema(schema):
    def at(pointer):
        node = schema
        for token in pointer.split("/")[1:]:
            token = token.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                return None
        return node

    def resolve(node):
        for _ in range(8):
            if not isinstance(node, dict) or not isinstance(node.get("$ref"), str):
                break
            ref = node["$ref"]
            if not ref.startswith("#"):
                return None
            node = at(ref[1:])
            if node is None:
                return None
        return node

    lines = []
    done = {}

    def compile_node(node):
        n = resolve(node)
        if not isinstance(n, dict):
            return ""
        if id(n) in done:
            return done[id(n)]
        number = str(len(lines))
        done[id(n)] = number
        line = ["N"] + [""] * 10
        lines.append(line)
        where = f"node {number}"
        labels = n.get("x-labels")
        if isinstance(labels, dict):
            line[10] = "".join(
                SEP_ITEM + SEP_PART.join(clean(t, where) for t in (
                    value, *(l.get(lang) if isinstance(l, dict) and isinstance(l.get(lang), str)
                             else "" for lang in ("zh-CN", "en"))))
                for value, l in labels.items())
        flags = ""
        if isinstance(n.get("oneOf"), list):
            if "properties" in n or "items" in n:
                fail(f"{where}: oneOf beside properties or items (the core reads only oneOf)")
            flags += "o"
            alts = []
            for alt in n["oneOf"]:
                a = resolve(alt)
                if not isinstance(a, dict):
                    continue
                kind = 0 if "type" not in a else 1 if isinstance(a["type"], str) else 2
                alts.append((kind, a["type"] if kind == 1 else "", compile_node(a)))
            line[9] = "".join(SEP_ITEM + SEP_PART.join((str(k), clean(t, where), x))
                              for k, t, x in alts)
            line[2] = flags
            return number
        if "const" in n:
            line[3] = clean(json.dumps(n["const"], ensure_ascii=False, separators=(",", ":")), where)
        if isinstance(n.get("type"), str):
            line[1] = clean(n["type"], where)
        if isinstance(n.get("minimum"), (int, float)) and not isinstance(n["minimum"], bool):
            line[4] = json.dumps(n["minimum"])
        if isinstance(n.get("enum"), list):
            if not all(isinstance(v, str) for v in n["enum"]):
                fail(f"{where}: an enum of other values than strings (the table holds strings)")
            line[5] = items(n["enum"], where)
            flags += "e"
        if n.get("format") == "date":
            flags += "d"
        if isinstance(n.get("properties"), dict):
            flags += "p"
            props = [(name, compile_node(sub)) for name, sub in n["properties"].items()]
            line[7] = "".join(SEP_ITEM + clean(name, where) + SEP_PART + x for name, x in props)
        if isinstance(n.get("required"), list):
            line[6] = items([k for k in n["required"] if isinstance(k, str)], where)
        if "items" in n:
            flags += "i"
            line[8] = compile_node(n["items"])
        line[2] = flags
        return number

    if compile_node(schema) != "0":
        fail("the schema's root is not an object")
    return "".join(SEP_FIELD.join(line) + "\n" for line in lines)


def main() -> None:
    src, out = sys.argv[1:3]
    with open(src, encoding="utf-8") as f:
        schema = json.load(f)
    table = compile_schema(schema)
    with open(out, "w", encoding="utf-8") as f:
        f.write(table)


if __name__ == "__main__":
    main()
