#!/usr/bin/env python3
"""Computes a Node build's start-up state at build time (wasm/prewarm.cc).

    scripts/prewarm_wasm.py GLUE.cjs MODULE.wasm

Binaryen's wasm-ctor-eval calls the module's beian_prewarm() (exported under the name the glue
gives it: the link minifies export names) and writes the module back with the memory that call
leaves as its data. The export stays, so the glue is unchanged. Fails (exit 1, with the
evaluator's output) when the evaluation does not succeed: a step that calls into JavaScript or
uses an instruction the evaluator lacks would otherwise leave the work to every first check
without a word.

The evaluator is the npm package binaryen's (package.json; it runs in Node): Debian's (108)
cannot evaluate WebAssembly SIMD loads and stores, which the Node builds use.
"""
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from size_report import leb, wasm_sections  # noqa: E402  (unsigned LEB128, the section walk)

# The features the Node builds use (SIMD: CMakeLists.txt beian_core_fast; the rest: Emscripten's
# defaults), so that the evaluator reads the module as it is.
FEATURES = ['--enable-simd', '--enable-sign-ext', '--enable-mutable-globals',
            '--enable-nontrapping-float-to-int', '--enable-bulk-memory']


# Data segments closer than this are written as one (the gap as zeros): the evaluator writes a
# segment per run of non-zero bytes (~14,000), and an instance sets up each of them when it
# starts; merged, ~3,400 (instantiation ~0.5 ms faster on this machine for 80 KB more file).
MERGE_GAP = 32


def _sleb(b, i):
    """The signed LEB128 number at b[i] (a data segment's offset), and the index after it."""
    r, j = leb(b, i)
    bits = 7 * (j - i)
    return (r - (1 << bits) if b[j - 1] & 0x40 else r), j


def _enc_leb(n):
    out = bytearray()
    while True:
        b, n = n & 0x7F, n >> 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _enc_sleb(n):
    out = bytearray()
    while True:
        b, n = n & 0x7F, n >> 7
        if (n == 0 and not b & 0x40) or (n == -1 and b & 0x40):
            out.append(b)
            return bytes(out)
        out.append(b | 0x80)


def merge_data_segments(module, gap=MERGE_GAP):
    """The module with its active data segments (memory 0, i32.const offsets) closer than `gap`
    bytes merged; the data count section follows. Unchanged if a segment has another form."""
    sections = [(sid, module[i:j + size], module[j:j + size])
                for sid, i, j, size in wasm_sections(module)]
    data = next((body for sid, _, body in sections if sid == 11), None)
    if data is None:
        return module
    count, k = leb(data, 0)
    segments = []
    for _ in range(count):
        flag, k = leb(data, k)
        if flag != 0 or data[k] != 0x41:
            return module
        offset, k = _sleb(data, k + 1)
        if data[k] != 0x0B:
            return module
        length, k = leb(data, k + 1)
        segments.append((offset, data[k:k + length]))
        k += length
    segments.sort(key=lambda seg: seg[0])
    merged = []
    for offset, chunk in segments:
        if merged and 0 <= offset - (merged[-1][0] + len(merged[-1][1])) <= gap:
            start, joined = merged[-1]
            merged[-1] = (start, joined + bytes(offset - start - len(joined)) + chunk)
        else:
            merged.append((offset, bytes(chunk)))
    body = bytearray(_enc_leb(len(merged)))
    for offset, chunk in merged:
        body += b'\x00\x41' + _enc_sleb(offset) + b'\x0b' + _enc_leb(len(chunk)) + chunk
    out = bytearray(module[:8])
    for sid, raw, _ in sections:
        if sid == 11:
            out += bytes([11]) + _enc_leb(len(body)) + body
        elif sid == 12:
            n = _enc_leb(len(merged))
            out += bytes([12]) + _enc_leb(len(n)) + n
        else:
            out += raw
    return bytes(out)


def export_name(glue_text):
    m = re.search(r'Module\["_beian_prewarm"\]=Module\["asm"\]\["([^"]+)"\]', glue_text)
    if m:
        return m.group(1)
    if '_beian_prewarm' in glue_text:
        return 'beian_prewarm'  # export names not minified
    return None


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CTOR_EVAL = os.path.join(ROOT, 'node_modules', 'binaryen', 'bin', 'wasm-ctor-eval')


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    glue, wasm = argv[1], argv[2]
    with open(glue, encoding='utf-8') as f:
        name = export_name(f.read())
    if not name:
        print(f'prewarm_wasm: {glue} exports no beian_prewarm (wasm/prewarm.cc not linked?)',
              file=sys.stderr)
        return 1
    if not os.path.exists(CTOR_EVAL):
        print(f'prewarm_wasm: {CTOR_EVAL} missing (scripts/setup runs npm ci)', file=sys.stderr)
        return 1
    fd, out = tempfile.mkstemp(suffix='.wasm', dir=os.path.dirname(os.path.abspath(wasm)))
    os.close(fd)
    try:
        # (--debuginfo keeps a names section where the module has one: profiling builds)
        run = subprocess.run(['node', CTOR_EVAL, wasm, '-o', out, '--debuginfo', f'--ctors={name}',
                              f'--kept-exports={name}', *FEATURES],
                             capture_output=True, text=True)
        log = (run.stdout + run.stderr).strip()
        if run.returncode != 0 or f'success on {name}' not in log:
            print(f'prewarm_wasm: evaluating beian_prewarm ({name}) in {wasm} failed:\n{log}',
                  file=sys.stderr)
            return 1
        before = os.path.getsize(wasm)
        with open(out, 'rb') as f:
            module = f.read()
        with open(out, 'wb') as f:
            f.write(merge_data_segments(module))
        os.replace(out, wasm)
        print(f'prewarm_wasm: {os.path.basename(wasm)} starts with its tables built '
              f'({before} -> {os.path.getsize(wasm)} bytes)')
        return 0
    finally:
        if os.path.exists(out):
            os.remove(out)


if __name__ == '__main__':
    sys.exit(main(sys.argv))
