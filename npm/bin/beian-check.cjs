#!/usr/bin/env node
// beian-check via Node: the native CLI's main() (cli/main.cc) compiled to WebAssembly, so the
// flags, output formats and exit codes are the native CLI's own (README "Command line"):
//   beian-check [--format json|text|jsonl|sarif] [--locale zh-CN|en] [--today YYYY-MM-DD]
//               [--rules PACK.json] [--field POINTER]... FILE...   (- = standard input)
//   beian-check --form-plan … FILE... | --list-rules [--province 浙江] | --version
// Exit code: 0 no block finding, 1 at least one, 2 usage or input error. --jobs is accepted and
// checks on one thread (the output is the same for every N).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const dir = path.join(__dirname, '..', 'node');
require(path.join(dir, 'beian-core-npm.cjs'))({
  wasmBinary: fs.readFileSync(path.join(dir, 'beian-core-npm.wasm')),
}).then(
  (core) => { process.exitCode = core.callMain(process.argv.slice(2)); },
  (e) => {
    process.stderr.write(`beian-check: the core failed to load: ${(e && e.message) || e}\n`);
    process.exitCode = 2;
  },
);
