// Shared by the node tests: where things are, the wasm Node build (loaded once per test file),
// the page's OCR module, and the native CLI. Not a test file itself (node --test runs *.test.cjs).
// The Node build is the npm package's (build/wasm/beian-core-npm.cjs, the CLI's main() inside,
// run only by the package's bin): the module integrators install is the one tested. The bench's
// build (beian-core-node.cjs, with its scan entry points) is built by scripts/bench only.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'build/native/beian-check');
const WASM_DIR = path.resolve(process.env.BEIAN_WASM_DIR || path.join(ROOT, 'build/wasm'));

let corePromise;
// The module, given its bytes (Node's fetch() cannot load a file path).
function core() {
  if (!corePromise) {
    const factory = require(path.join(WASM_DIR, 'beian-core-npm.cjs'));
    corePromise = factory({ wasmBinary: fs.readFileSync(path.join(WASM_DIR, 'beian-core-npm.wasm')) });
  }
  return corePromise;
}

// The data files the page's module fetches (regions, IP ranges): [served name, bytes], as listed
// by the build (gen/fetched-files.tsv, scripts/embed.py).
function dataFiles() {
  return fs.readFileSync(path.join(WASM_DIR, 'gen/fetched-files.tsv'), 'utf8').split('\n')
    .filter(Boolean).map((line) => line.split('\t'))
    .map(([, served, file]) => [served, new Uint8Array(fs.readFileSync(file))]);
}

// The page's module in its two parts as web/core-load.js loads it (before the English wording is
// fetched), with its data files handed over as the page does once the module is in (withoutData:
// not yet); `options` go to loadCore (onDeferred, prefetch, …).
async function pageModule({ withoutData = false, ...options } = {}) {
  const { loadCore } = await import(pathToFileURL(path.join(ROOT, 'web/core-load.js')).href);
  const { default: createBeianCore } = await import(pathToFileURL(path.join(WASM_DIR, 'beian-core.mjs')).href);
  const split = path.join(WASM_DIR, 'split');
  const m = await loadCore(createBeianCore, {
    wasmBinary: fs.readFileSync(path.join(split, 'beian-core.wasm')),
    deferredBinary: fs.readFileSync(path.join(split, 'beian-core.deferred.wasm')),
    ...options,
  });
  if (!withoutData) {
    for (const [file, bytes] of dataFiles()) {
      const error = m.provideWording(file, bytes);
      if (error) throw new Error(error);
    }
  }
  return m;
}

// The page's OCR module (build/wasm/beian-ocr.mjs, an ES module for the page and its worker),
// given its bytes: the same file the site serves, not a Node build of its own.
async function ocrModule() {
  const factory = (await import(pathToFileURL(path.join(WASM_DIR, 'beian-ocr.mjs')).href)).default;
  return factory({ wasmBinary: fs.readFileSync(path.join(WASM_DIR, 'beian-ocr.wasm')) });
}

// Runs the native CLI; stdout/stderr as UTF-8 strings.
function native(args, input) {
  const r = spawnSync(CLI, args, { input, maxBuffer: 256 << 20 });
  return { status: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

module.exports = { ROOT, CLI, WASM_DIR, core, pageModule, dataFiles, ocrModule, native };
