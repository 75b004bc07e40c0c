// Shared by the node tests: where things are, the wasm Node build (loaded once per test file),
// and the native CLI. Not a test file itself (node --test runs *.test.cjs).
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..', '..');
const CLI = path.join(ROOT, 'build/native/beian-check');
const WASM_DIR = path.resolve(process.env.BEIAN_WASM_DIR || path.join(ROOT, 'build/wasm'));

let corePromise;
// The module, given its bytes (Node's fetch() cannot load a file path).
function core() {
  if (!corePromise) {
    const factory = require(path.join(WASM_DIR, 'beian-core-node.cjs'));
    corePromise = factory({ wasmBinary: fs.readFileSync(path.join(WASM_DIR, 'beian-core-node.wasm')) });
  }
  return corePromise;
}

// Runs the native CLI; stdout/stderr as UTF-8 strings.
function native(args, input) {
  const r = spawnSync(CLI, args, { input, maxBuffer: 256 << 20 });
  return { status: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

module.exports = { ROOT, CLI, WASM_DIR, core, native };
