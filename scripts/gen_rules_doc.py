#!/usr/bin/env python3
"""Generates the rule reference from the merged rule pack (never edit the output by hand).

usage: gen_rules_doc.py RULEPACK.json OUT.md [OUT.html]
"""
import html
import json
import os
import re
import sys

# Severity, confidence and category names come from the pack (meta.json "labels"), the one
# vocabulary the page, the widget and this reference share.
CONF = {}
SEV = {}
CATEGORY_ORDER = []


def load_labels(pack):
    labels = pack.get("labels") or {}
    for key, v in (labels.get("confidence") or {}).items():
        CONF[key] = f"{v.get('zh-CN', key)} {v.get('en', '')}".strip()
    for key, v in (labels.get("severity") or {}).items():
        SEV[key] = f"{key} {v.get('zh-CN', '')}".strip()
    CATEGORY_ORDER[:] = list((labels.get("category") or {}).keys())


CSS = """body{font-family:system-ui,"Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;max-width:60rem;margin:0 auto;padding:1rem;line-height:1.5;color:#1b1f24}
section{border-top:1px solid #d0d7de;padding:.5rem 0}
h2{font-size:1.05rem;margin:.4rem 0}
h2 small{color:#57606a;font-weight:normal}
.meta{color:#57606a;font-size:.9rem}
code{font-size:.8rem;word-break:break-all;background:#f6f8fa}
"""


def text(v, lang):
    if isinstance(v, dict):
        return v.get(lang) or v.get("zh-CN") or ""
    return v or ""


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def function_name(rule_id):
    prefix, number = rule_id.split("-", 1)
    return prefix[0] + prefix[1:].lower() + number


def rule_homes():
    """Rule id -> the file under core/rules/ that defines its function (core/rules/index.cc)."""
    homes = {}
    base = os.path.join(ROOT, "core", "rules")
    for folder, _, files in os.walk(base):
        for name in files:
            if not name.endswith(".cc"):
                continue
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8") as f:
                for m in re.finditer(r"^void ([A-Z][a-z]+)(\d{3})\(Ctx& c\) \{", f.read(), re.M):
                    homes[m.group(1).upper() + "-" + m.group(2)] = os.path.relpath(path, ROOT)
    return homes


def variant_lines(r):
    """Province variants (and other variants that change the severity) of a rule."""
    out = []
    for key, v in (r.get("variants") or {}).items():
        provs = v.get("provinces") or []
        sev = v.get("severity")
        if not provs and not sev:
            continue
        where = "、".join(provs) if provs else f"`{key}`"
        label = SEV.get(sev or r["severity"], sev or r["severity"])
        msg = text(v.get("message"), "zh-CN") or text(r.get("message"), "zh-CN")
        out.append((where, label, msg))
    return out


# reject_quote.kind: "rejects" (default) = the source says reviewers reject for the condition;
# "requires" = the source states the requirement the condition breaks (必须/应当/须/只能/不能).
QUOTE_PREFIX = {"rejects": ("驳回依据", "Rejects because"), "requires": ("要求依据", "Required by")}


def reject_quote(r):
    """(zh-CN sentence, source, url, kind) of the rule's source sentence, or None."""
    q = r.get("reject_quote")
    if not q:
        return None
    return q.get("zh-CN", ""), q.get("source", ""), q.get("url", ""), q.get("kind", "rejects")


def compact(app):
    return json.dumps(app, ensure_ascii=False, separators=(",", ":"))


def main() -> None:
    pack_path, out_md = sys.argv[1], sys.argv[2]
    out_html = sys.argv[3] if len(sys.argv) > 3 else None
    with open(pack_path, encoding="utf-8") as f:
        pack = json.load(f)
    load_labels(pack)
    rules = sorted(pack["rules"], key=lambda r: (
        CATEGORY_ORDER.index(r.get("category")) if r.get("category") in CATEGORY_ORDER else 99, r["id"]))
    evaluated = sum(1 for r in pack["rules"] if r.get("evaluated", True))
    md = [
        "# Rule reference · 规则参考",
        "",
        f"Generated from the rule pack `{pack['version']}` by `scripts/gen_rules_doc.py`; do not edit.",
        f"{len(pack['rules'])} rules, {evaluated} evaluated, {len(pack['rules']) - evaluated} guidance only.",
        "",
        "Confidence: V = 官方规定 (law, MIIT/管局 or provider documentation), S = 服务商要求 (several",
        "independent sources), 1 = 行业文章 (one weak source; never blocks), D = derived by us.",
        "",
        "Each rule ID leads to: its pack entry `core/pack/rules/<ID>.json` (wording, severity, provinces,",
        "examples), its function (the file named under Code), and its tests",
        "`tests/unit/rules/<prefix>_test.cc`.",
        "",
    ]
    homes = rule_homes()
    for r in rules:
        provs = "、".join(str(p) for p in r.get("provinces", [])) or "全国 nationwide"
        md.append(f"## {r['id']} · {text(r['title'], 'zh-CN')} / {text(r['title'], 'en')}")
        md.append("")
        md.append(f"- Severity: {SEV.get(r['severity'], r['severity'])} · Category: {r.get('category', '')} · "
                  f"Provinces: {provs} · Confidence: {CONF.get(str(r['confidence']), r['confidence'])}")
        for where, label, msg in variant_lines(r):
            md.append(f"- In {where}: {label} — {msg}")
        md.append(f"- Source: {text(r.get('source'), 'zh-CN')}")
        quote = reject_quote(r)
        if quote:
            where = f" ({quote[2]})" if quote[2] else ""
            md.append(f"- {QUOTE_PREFIX[quote[3]][1]}: “{quote[0]}” — {quote[1]}{where}")
        if r["id"] in homes:
            md.append(f"- Code: `{homes[r['id']]}` (`{function_name(r['id'])}`)")
        elif r.get("engine"):
            md.append("- Code: raised by the engine while it reads the application (`core/engine/`)")
        if r.get("paths"):
            md.append("- Reported at: " + ", ".join(f"`{p or '(root)'}`" for p in r["paths"]))
        if not r.get("evaluated", True):
            md.append(f"- **Guidance only** (not evaluated): {text(r.get('reason'), 'zh-CN')}")
        md.append(f"- Message: {text(r.get('message'), 'zh-CN')}")
        md.append(f"- Fix: {text(r.get('fix'), 'zh-CN')}")
        for ex in r.get("examples", [])[:4]:
            s = compact(ex.get("app", {}))
            if len(s) > 400:
                s = s[:400] + "…"
            md.append(f"- Example ({'fires' if ex.get('fires') else 'does not fire'}): `{s}`")
        md.append("")
    with open(out_md, "w", encoding="utf-8") as f:
        f.write("\n".join(md))
    if out_html:
        rows = []
        for r in rules:
            provs = "、".join(str(p) for p in r.get("provinces", [])) or "全国"
            exs = "".join(
                f"<li>{'触发' if ex.get('fires') else '不触发'}: <code>{html.escape(compact(ex.get('app', {}))[:300])}</code></li>"
                for ex in r.get("examples", [])[:4])
            variants = "".join(
                f"<p>{html.escape(where)}：{html.escape(label)} — {html.escape(msg)}</p>"
                for where, label, msg in variant_lines(r))
            quote = reject_quote(r)
            rejects = ""
            if quote:
                where = (f" (<a rel=\"noreferrer\" href=\"{html.escape(quote[2])}\">{html.escape(quote[2])}</a>)"
                         if quote[2] else "")
                zh, en = QUOTE_PREFIX[quote[3]]
                rejects = (f"<p>{zh} {en}: “{html.escape(quote[0])}” — "
                           f"{html.escape(quote[1])}{where}</p>")
            guidance = "" if r.get("evaluated", True) else f"<p><strong>仅作指引</strong>：{html.escape(text(r.get('reason'), 'zh-CN'))}</p>"
            rows.append(
                f"<section id=\"{r['id']}\"><h2>{r['id']} · {html.escape(text(r['title'], 'zh-CN'))}"
                f" <small>{html.escape(text(r['title'], 'en'))}</small></h2>"
                f"<p class=\"meta\">{html.escape(SEV.get(r['severity'], r['severity']))} · {html.escape(r.get('category', ''))}"
                f" · {html.escape(provs)} · {html.escape(CONF.get(str(r['confidence']), str(r['confidence'])))}</p>"
                f"{variants}<p>来源 Source: {html.escape(text(r.get('source'), 'zh-CN'))}</p>{rejects}{guidance}"
                f"<p>{html.escape(text(r.get('message'), 'zh-CN'))}</p><p>修改建议：{html.escape(text(r.get('fix'), 'zh-CN'))}</p>"
                f"<ul>{exs}</ul></section>")
        page = ("<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                "<title>规则参考 · 备案预检</title><link rel=\"stylesheet\" href=\"rules.css\"></head><body>"
                f"<h1>规则参考 · Rule reference</h1><p>规则包 {html.escape(pack['version'])}：共 {len(pack['rules'])} 条，"
                f"其中 {evaluated} 条自动检查。<a href=\"./\">返回预检</a></p>" + "".join(rows) + "</body></html>")
        with open(out_html, "w", encoding="utf-8") as f:
            f.write(page)
        with open(os.path.join(os.path.dirname(out_html) or ".", "rules.css"), "w", encoding="utf-8") as f:
            f.write(CSS)


if __name__ == "__main__":
    main()
