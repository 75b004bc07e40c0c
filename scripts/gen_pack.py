#!/usr/bin/env python3
"""Merges the rule pack sources into one JSON document.

usage: gen_pack.py PACK_DIR OUT_FULL OUT_MIN [OUT_WORDING_PREFIX]

PACK_DIR/meta.json         version, pack-level messages, source keys, labels (zh-CN/en names of
                           the severities, confidences and categories; categories in display
                           order) for front ends, plan texts (the wording and sources of
                           report.plan, core/time/plan.cc)
PACK_DIR/rules/<ID>.json   one rule each (file name = rule id)
PACK_DIR/lists/<NAME>.json one word list each: {"name", "source", "words": [...]}

OUT_FULL keeps everything (examples, list sources, each blocking rule's `reject_quote`) for tests
and documentation; OUT_MIN drops examples and reject_quote (the core never reads them) and is what
the binaries embed. The pack version is meta.version plus a content hash.
"""
import hashlib
import json
import os
import re
import struct
import sys

from packlib import fail, load

SEVERITIES = {"block", "warn", "info"}
CONFIDENCES = {"V", "S", "1", "D"}
ID_RE = re.compile(r"^[A-Z]+-[0-9]{3}$")
QUOTE_MAX = 120  # characters of the quoted source sentence (cut with … when longer)
QUOTE_KINDS = {"rejects", "requires"}  # reject_quote.kind: says reviewers reject / states the requirement
FULL_ONLY = ("examples", "reject_quote")  # kept in OUT_FULL only


def check_text(path: str, rule_id: str, key: str, value, required=True) -> None:
    if value is None:
        if required:
            fail(f"{path}: {rule_id} lacks '{key}'")
        return
    if isinstance(value, str):
        return
    if not isinstance(value, dict) or not value.get("zh-CN") or not value.get("en"):
        fail(f"{path}: {rule_id} '{key}' needs zh-CN and en")


def check_quote(path: str, rule_id: str, quote) -> None:
    """reject_quote: the source's sentence saying reviewers reject for the rule's condition
    (kind "rejects", the default) or stating the requirement the condition breaks (kind "requires")."""
    if quote is None:
        return
    if not isinstance(quote, dict):
        fail(f"{path}: {rule_id} 'reject_quote' must be an object")
    for key in ("zh-CN", "source", "en"):
        if not isinstance(quote.get(key), str) or not quote[key].strip():
            fail(f"{path}: {rule_id} 'reject_quote.{key}' must be a non-empty string")
    if len(quote["zh-CN"]) > QUOTE_MAX:
        fail(f"{path}: {rule_id} 'reject_quote.zh-CN' is longer than {QUOTE_MAX} characters (cut with …)")
    if not isinstance(quote.get("url", ""), str):
        fail(f"{path}: {rule_id} 'reject_quote.url' must be a string")
    if quote.get("kind", "rejects") not in QUOTE_KINDS:
        fail(f"{path}: {rule_id} 'reject_quote.kind' must be one of {sorted(QUOTE_KINDS)}")


def check_labels(labels) -> None:
    if not labels:
        return
    for group, want in (("severity", SEVERITIES), ("confidence", CONFIDENCES), ("category", None)):
        table = labels.get(group)
        if not isinstance(table, dict) or (want is not None and set(table) != want):
            fail(f"meta.json: labels.{group} must name {sorted(want) if want else 'the categories'}")
        for key, text in table.items():
            check_text("meta.json", f"labels.{group}", key, text)


# The wording of a rule: what only a finding of that rule (or the rule reference) shows. The pack
# compiled into the binary carries it apart, one line per rule in rule order, one file per language
# (OUT_WORDING.zh-CN.txt, OUT_WORDING.en.txt), so that a check reads only the wording of the rules
# that report, and the page's module embeds only Chinese: the English file is fetched when an
# English text is first asked for (core/rulepack.cc, web/core-run.js). A line is read without a
# JSON parser: records "key US text" separated by RS (wording_line below).
WORDING = ("title", "source", "message", "fix", "reason")
VARIANT_WORDING = ("message", "fix")


def split_wording(rule):
    logic = {k: v for k, v in rule.items() if k not in WORDING}
    words = {k: rule[k] for k in WORDING if k in rule}
    if isinstance(rule.get("variants"), dict):
        logic["variants"] = {}
        words_v = {}
        for name, v in rule["variants"].items():
            logic["variants"][name] = {k: x for k, x in v.items() if k not in VARIANT_WORDING}
            w = {k: v[k] for k in VARIANT_WORDING if k in v}
            if w:
                words_v[name] = w
        if words_v:
            words["variants"] = words_v
    return logic, words


LANGUAGES = ("zh-CN", "en")


def in_language(words, lang):
    """The wording of one rule in one language: every text as a plain string. A text missing in
    one language reads as the other (as ParseText does for a full pack)."""
    def text(v):
        if isinstance(v, dict):
            return v.get(lang) or next((v[o] for o in LANGUAGES if v.get(o)), "")
        return v
    out = {}
    for k, v in words.items():
        if k == "variants":
            out[k] = {name: {kk: text(vv) for kk, vv in w.items()} for name, w in v.items()}
        else:
            out[k] = text(v)
    return out


def wording_line(words, rid):
    """One rule's wording in one language (in_language) as a line of records "key US text", joined
    by RS (core/rulepack.cc ParseWordingLine): keys title, source, message, fix, reason and
    variants/<name>/message, variants/<name>/fix. Texts must not hold LF, CR, RS or US."""
    records = []

    def put(key, text):
        if not isinstance(text, str):
            return
        if any(c in key + text for c in "\n\r\x1e\x1f"):
            fail(f"{rid}: a text of the wording holds a line break or separator: {text!r}")
        records.append(key + SEP_ITEM + text)

    for k in WORDING:
        put(k, words.get(k))
    for name, w in (words.get("variants") or {}).items():
        for k in VARIANT_WORDING:
            put(f"variants/{name}/{k}", w.get(k))
    return SEP_VARIANT.join(records)


# The pack compiled into the binary in a form read without a JSON parser (core/rulepack.cc
# ParseCompact): one line per item, fields separated by TAB, each list item preceded by US (0x1F),
# variants separated by RS (0x1E). Rules' parameters in the form of compact_value; their wording is in the
# wording lines. Texts must not hold TAB, LF, CR, RS or US (checked here).
#   V <version>            E <English wording file>
#   R <id> <category> <severity> <confidence> <provinces> <paths> <restates> <flags> <params>
#     <variants>           (provinces: "#33" a code, else a name; flags: "n" not evaluated,
#                           "g" raised by the engine; variants: name US severity US confidence)
#   L <name> <words>       M/P <key> <zh-CN> <en> (pack messages, plan texts)
#   S <key> <citation>
SEP_FIELD, SEP_ITEM, SEP_VARIANT = "\t", "\x1f", "\x1e"
# What no text of the compiled pack may hold: it would end a field, an item, a variant or a line.
BREAKS = "\t\n\r" + SEP_VARIANT + SEP_ITEM


def wording_file(lang, digest):
    """The name under which a front end fetches a language's wording lines: by the pack's digest,
    so a new pack never reads an old cached file."""
    return f"wording.{lang}.{digest}.txt"


def compact_value(v, where) -> str:
    """A rule's parameters in the compiled pack, read by core/rulepack.cc CompactValueReader
    without a JSON parser: strings are copied by their length (no escapes, no characters to look
    at one by one). A value is one of
      o<n>:  n members, each <bytes>:<key> then its value      a<n>:  n values
      s<bytes>:<text>   u<digits>;   i-<digits>;   d<16 hex digits, the IEEE-754 bits>;
      t  f  n           j<bytes>:<JSON text> (a string holding a tab, line break or separator)
    Integers keep what a JSON parse gives them: unsigned when not negative."""
    if isinstance(v, bool):
        return "t" if v else "f"
    if v is None:
        return "n"
    if isinstance(v, int):
        if not -2 ** 63 <= v < 2 ** 64:
            fail(f"{where}: a parameter's integer does not fit 64 bits: {v}")
        return (f"u{v};" if v >= 0 else f"i{v};")
    if isinstance(v, float):
        return "d%016x;" % struct.unpack("<Q", struct.pack("<d", v))[0]
    if isinstance(v, str):
        if any(c in v for c in BREAKS):
            text = json.dumps(v, ensure_ascii=False)
            return f"j{len(text.encode())}:{text}"
        return f"s{len(v.encode())}:{v}"
    if isinstance(v, list):
        return f"a{len(v)}:" + "".join(compact_value(x, where) for x in v)
    if isinstance(v, dict):
        out = [f"o{len(v)}:"]
        for k, x in v.items():
            if any(c in k for c in BREAKS):
                fail(f"{where}: a parameter's name holds a tab, line break or separator: {k!r}")
            out.append(f"{len(k.encode())}:{k}" + compact_value(x, where))
        return "".join(out)
    fail(f"{where}: a parameter is not JSON: {v!r}")


def compact_pack(minimal, digest) -> str:
    def clean(v, where):
        v = str(v)
        if any(c in v for c in BREAKS):
            fail(f"{where}: a text of the compiled pack holds a tab, line break or separator: {v!r}")
        return v

    def items(values, where):  # each item after a US: [] is "", [""] is US
        return "".join(SEP_ITEM + clean(v, where) for v in values)

    def text_pair(v, where):
        return [clean(in_language({"t": v}, lang)["t"] if isinstance(v, (str, dict)) else "", where)
                for lang in LANGUAGES]

    lines = [["V", clean(minimal["version"], "version")],
             ["E", wording_file("en", digest)]]
    for r in minimal["rules"]:
        rid = r["id"]
        provinces = [f"#{p}" if isinstance(p, int) else p for p in r.get("provinces", [])
                     if isinstance(p, (int, str))]
        flags = ("n" if r.get("evaluated", True) is False else "") + ("g" if r.get("engine") is True else "")
        params = r.get("params")
        params = compact_value(params, rid) if isinstance(params, dict) else ""
        variants = SEP_VARIANT.join(
            SEP_ITEM.join([clean(name, rid),
                           clean(v.get("severity") if isinstance(v.get("severity"), str) else "", rid),
                           clean(v.get("confidence") if isinstance(v.get("confidence"), str) else "", rid)])
            for name, v in (r.get("variants") or {}).items() if isinstance(v, dict))
        conf = r.get("confidence")
        lines.append(["R", clean(rid, rid), clean(r.get("category", ""), rid), clean(r["severity"], rid),
                      clean(conf if isinstance(conf, (str, int)) else "", rid),
                      items(provinces, rid), items(r.get("paths", []), rid),
                      items(r.get("restates", []), rid), flags, params, variants])
    for name, words in minimal["lists"].items():
        lines.append(["L", clean(name, name), items([w for w in words if isinstance(w, str)], name)])
    for tag, group in (("M", "messages"), ("P", "plan")):
        for key, v in minimal[group].items():
            lines.append([tag, clean(key, group)] + text_pair(v, f"{group}.{key}"))
    for key, v in minimal["sources"].items():
        if isinstance(v, str):
            lines.append(["S", clean(key, "sources"), clean(v, f"sources.{key}")])
    return "".join(SEP_FIELD.join(line) + "\n" for line in lines)


def main() -> None:
    pack_dir, out_full, out_min = sys.argv[1:4]
    out_wording = sys.argv[4] if len(sys.argv) > 4 else None
    meta = load(os.path.join(pack_dir, "meta.json"))
    labels = meta.get("labels", {})
    check_labels(labels)
    rules = []
    rules_dir = os.path.join(pack_dir, "rules")
    for name in sorted(os.listdir(rules_dir)):
        if not name.endswith(".json"):
            continue
        path = os.path.join(rules_dir, name)
        rule = load(path)
        rid = rule.get("id")
        if not rid or not ID_RE.match(rid) or name != rid + ".json":
            fail(f"{path}: id must match the file name")
        if rule.get("severity") not in SEVERITIES:
            fail(f"{path}: bad severity")
        if str(rule.get("confidence")) not in CONFIDENCES:
            fail(f"{path}: bad confidence")
        for key in ("title", "message", "fix", "source"):
            check_text(path, rid, key, rule.get(key))
        if rule.get("evaluated", True) is False:
            check_text(path, rid, "reason", rule.get("reason"))
        check_quote(path, rid, rule.get("reject_quote"))
        paths = rule.get("paths", [])
        if not isinstance(paths, list) or not all(
                isinstance(p, str) and (p == "" or p.startswith("/")) and "**" not in p[:-2]
                for p in paths):
            fail(f"{path}: 'paths' must be JSON Pointer patterns (\"*\" = any key, last \"**\" = below)")
        if rule.get("evaluated", True) is not False and not paths:
            fail(f"{path}: {rid} needs 'paths' (where it reports; field checks use them)")
        for vname, v in (rule.get("variants") or {}).items():
            if "severity" in v and v["severity"] not in SEVERITIES:
                fail(f"{path}: variant {vname} bad severity")
            if "confidence" in v and str(v["confidence"]) not in CONFIDENCES:
                fail(f"{path}: variant {vname} bad confidence")
            check_text(path, rid, f"variants.{vname}.message", v.get("message"), required=False)
        if labels and rule.get("category") not in labels["category"]:
            fail(f"{path}: category {rule.get('category')!r} has no label in meta.json")
        rules.append(rule)
    plan = meta.get("plan", {})
    for key, text in plan.items():
        check_text("meta.json", "plan", key, text)
    lists = {}
    list_sources = {}
    lists_dir = os.path.join(pack_dir, "lists")
    if os.path.isdir(lists_dir):
        for name in sorted(os.listdir(lists_dir)):
            if not name.endswith(".json"):
                continue
            data = load(os.path.join(lists_dir, name))
            lname = data.get("name")
            if not lname or name != lname + ".json" or not isinstance(data.get("words"), list):
                fail(f"{name}: needs name (= file name) and words[]")
            lists[lname] = data["words"]
            # Phrases that contain a word without meaning it (基金 in 基金会): hits inside them are
            # no hits. Stored as the list "<NAME>:except" so the pack stays name → words.
            if data.get("except"):
                if not isinstance(data["except"], list):
                    fail(f"{name}: except must be a list of phrases")
                lists[lname + ":except"] = data["except"]
            list_sources[lname] = data.get("source", "")
    body = {
        "schema": "beian-precheck/rulepack",
        "messages": meta.get("messages", {}),
        "sources": meta.get("sources", {}),
        "labels": labels,
        "plan": plan,
        "lists": lists,
        "rules": rules,
    }
    digest = hashlib.sha256(json.dumps(body, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:8]
    full = {"version": f"{meta['version']}+{digest}", **body, "list_sources": list_sources}
    minimal = dict(full)
    minimal.pop("list_sources")
    minimal["rules"] = [{k: v for k, v in r.items() if k not in FULL_ONLY} for r in rules]
    with open(out_full, "w", encoding="utf-8") as f:
        json.dump(full, f, ensure_ascii=False, indent=1)
        f.write("\n")
    if out_wording:
        pairs = [split_wording(r) for r in minimal["rules"]]
        minimal["rules"] = [logic for logic, _ in pairs]
        minimal["wording"] = "lines"
        # The file the page fetches for English: named by the pack's digest, so a new pack never
        # reads an old cached file.
        minimal["wording_files"] = {"en": wording_file("en", digest)}
        for lang in LANGUAGES:
            with open(f"{out_wording}.{lang}.txt", "w", encoding="utf-8") as f:
                for logic, words in pairs:
                    f.write(wording_line(in_language(words, lang), logic["id"]) + "\n")
    with open(out_min, "w", encoding="utf-8") as f:
        json.dump(minimal, f, ensure_ascii=False, separators=(",", ":"))
    if out_wording:
        with open(f"{out_wording}.compact.tsv", "w", encoding="utf-8") as f:
            f.write(compact_pack(minimal, digest))


if __name__ == "__main__":
    main()
