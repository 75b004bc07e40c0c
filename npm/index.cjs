// beian-precheck in Node (CommonJS). The core is the project's C++17 checker compiled to
// WebAssembly; its .wasm file is read from this package, never fetched.
//
//   const { createChecker } = require('beian-precheck');
//   const checker = await createChecker();
//   const report = checker.check(application, { locale: 'en' });
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const WASM = path.join(__dirname, 'node', 'beian-core-npm.wasm');

// Every checker has its own core (a rule pack loaded into one does not change another).
async function createChecker(options = {}) {
  const factory = require('./node/beian-core-npm.cjs');
  const [{ wrap }, core] = await Promise.all([
    import('./checker.mjs'),
    factory({ wasmBinary: options.wasmBinary || fs.readFileSync(WASM) }),
  ]);
  return wrap(core);
}

module.exports = { createChecker };
