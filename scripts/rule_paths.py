#!/usr/bin/env python3
"""Proposes or checks the "paths" of each rule in core/pack/rules/ (where a rule reports).

usage: rule_paths.py [--write] [BEIAN_CHECK]

Runs the native CLI (default build/native/beian-check) over every pack example, examples/*.json
and the generated benchmark applications (tests/bench/gen_data.py), and collects the JSON
Pointer of every finding per rule, generalised: array indexes become "*", and after two named
keys the rest becomes "**" (e.g. /websites/3/domains/0/registrant -> /websites/*/domains/**).

Without --write it lists the findings that fall outside their rule's declared "paths" (exit 1
if any). With --write it adds the missing patterns to the rule files. Field checks
(CheckOptions::field) run only the rules whose patterns reach into the field, so a missing
pattern means a missing live hint; tests/unit/field_check_test.cc enforces the same on its
corpus.
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def generalise(path: str) -> str:
    out, named = [], 0
    tokens = path.split("/")[1:] if path else []
    for i, t in enumerate(tokens):
        if named == 2:
            out.append("**")
            break
        if re.fullmatch(r"[0-9]+", t):
            out.append("*")
        else:
            out.append(t)
            named += 1
    return "".join("/" + t for t in out)


def matches(pattern: str, path: str) -> bool:
    p = pattern.split("/")[1:] if pattern else []
    q = path.split("/")[1:] if path else []
    for i, t in enumerate(p):
        if t == "**" and i == len(p) - 1:
            return True
        if i >= len(q) or (t != "*" and t != q[i]):
            return False
    return len(p) == len(q)


def corpus():
    apps = []
    for f in sorted(glob.glob(os.path.join(ROOT, "core/pack/rules/*.json"))):
        with open(f, encoding="utf-8") as fh:
            apps += [e["app"] for e in json.load(fh).get("examples", [])]
    for f in sorted(glob.glob(os.path.join(ROOT, "examples/*.json"))):
        with open(f, encoding="utf-8") as fh:
            apps.append(json.load(fh))
    with tempfile.TemporaryDirectory() as d:
        subprocess.run([sys.executable, os.path.join(ROOT, "tests/bench/gen_data.py"), d],
                       check=True, stdout=subprocess.DEVNULL)
        with open(os.path.join(d, "apps.jsonl"), encoding="utf-8") as fh:
            apps += [json.loads(line) for line in fh if line.strip()]
    for a in apps:
        if isinstance(a, dict):
            ctx = a.setdefault("context", {})
            if isinstance(ctx, dict):
                ctx.setdefault("today", "2026-11-28")
    return apps


def main() -> int:
    args = [a for a in sys.argv[1:] if a != "--write"]
    write = "--write" in sys.argv[1:]
    cli = args[0] if args else os.path.join(ROOT, "build/native/beian-check")
    stdin = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in corpus())
    out = subprocess.run([cli, "--format", "jsonl", "-"], input=stdin, capture_output=True,
                         text=True).stdout
    rule_files = {os.path.basename(f)[:-5]: f
                  for f in glob.glob(os.path.join(ROOT, "core/pack/rules/*.json"))}
    declared = {}
    for rid, f in rule_files.items():
        with open(f, encoding="utf-8") as fh:
            declared[rid] = json.load(fh).get("paths", [])
    missing = {}
    for line in out.splitlines():
        for f in json.loads(line).get("findings", []):
            rid, path = f["rule"], f["path"]
            if not any(matches(p, path) for p in declared.get(rid, [])):
                missing.setdefault(rid, set()).add(generalise(path))
    for rid in sorted(missing):
        print(f"{rid}: outside 'paths': {sorted(missing[rid])}")
    if write:
        for rid, pats in missing.items():
            f = rule_files[rid]
            with open(f, encoding="utf-8") as fh:
                rule = json.load(fh)
            merged = sorted(set(rule.get("paths", [])) | pats)
            # Keep "paths" next to "provinces" in the file.
            out_rule = {}
            for k, v in rule.items():
                if k != "paths":
                    out_rule[k] = v
                if k == "provinces":
                    out_rule["paths"] = merged
            out_rule.setdefault("paths", merged)
            with open(f, "w", encoding="utf-8") as fh:
                json.dump(out_rule, fh, ensure_ascii=False, indent=2)
                fh.write("\n")
        print(f"rule_paths: updated {len(missing)} rule files")
        return 0
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
