#!/usr/bin/env python3
"""Stamps the service worker with a version derived from the site's contents and writes the
precache list, so a changed file gives a new cache and old caches are dropped on activate.

usage: site_manifest.py SITE_DIR
"""
import hashlib
import json
import os
import sys

# .txt: the rules' English wording lines (fetched on first use, offline too); .bin: the data files
# the page's module fetches (regions, IP ranges: scripts/embed.py)
PRECACHE_EXT = {".html", ".js", ".mjs", ".wasm", ".css", ".json", ".webmanifest", ".svg", ".png",
                ".txt", ".bin"}
SKIP_DIRS = {"demo", "ocr"}
LAZY_DIR = "ocr"
# the page modules that use them (web/doc-upload.js, web/ocr-client.js): lazy as well
LAZY_FILES = {"doc-upload.js", "ocr-client.js"}


def main() -> None:
    site = sys.argv[1]
    files = []
    for dirpath, dirnames, filenames in os.walk(site):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS)
        for name in sorted(filenames):
            rel = os.path.relpath(os.path.join(dirpath, name), site).replace(os.sep, "/")
            # rulepack.json is served for integrators and the widget's rules-src; the page itself
            # uses the pack compiled into the wasm, so it is not precached (124 KB gzipped).
            if rel in ("sw.js", "rulepack.json") or os.path.splitext(name)[1] not in PRECACHE_EXT:
                continue
            if rel in LAZY_FILES:
                continue
            files.append(rel)
    # ocr/ (pdf.js, tesseract.js, the Chinese model): lazy, never precached on install; the
    # service worker caches each file when the page first uses it (LAZY below). They still
    # version the cache, so a new model or library replaces the old one.
    lazy = sorted(LAZY_FILES & set(os.listdir(site)))
    for dirpath, dirnames, filenames in os.walk(os.path.join(site, LAZY_DIR)):
        dirnames.sort()
        for name in sorted(filenames):
            lazy.append(os.path.relpath(os.path.join(dirpath, name), site).replace(os.sep, "/"))
    digest = hashlib.sha256()
    for rel in files + lazy:
        digest.update(rel.encode())
        with open(os.path.join(site, rel), "rb") as f:
            digest.update(f.read())
    version = digest.hexdigest()[:12]
    sw_path = os.path.join(site, "sw.js")
    if os.path.exists(sw_path):
        with open(sw_path, encoding="utf-8") as f:
            sw = f.read()
        sw = sw.replace("__CACHE_VERSION__", version)
        sw = sw.replace("__PRECACHE__", json.dumps(["./"] + files, ensure_ascii=False))
        sw = sw.replace("__LAZY__", json.dumps(lazy, ensure_ascii=False))
        with open(sw_path, "w", encoding="utf-8") as f:
            f.write(sw)
    with open(os.path.join(site, "version.json"), "w", encoding="utf-8") as f:
        json.dump({"version": version, "files": files, "lazy": lazy}, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
