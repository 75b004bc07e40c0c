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

# The features the Node builds use (SIMD: CMakeLists.txt beian_core_fast; the rest: Emscripten's
# defaults), so that the evaluator reads the module as it is.
FEATURES = ['--enable-simd', '--enable-sign-ext', '--enable-mutable-globals',
            '--enable-nontrapping-float-to-int', '--enable-bulk-memory']


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
        os.replace(out, wasm)
        print(f'prewarm_wasm: {os.path.basename(wasm)} starts with its tables built '
              f'({before} -> {os.path.getsize(wasm)} bytes)')
        return 0
    finally:
        if os.path.exists(out):
            os.remove(out)


if __name__ == '__main__':
    sys.exit(main(sys.argv))
