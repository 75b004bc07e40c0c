#!/usr/bin/env node
// Splits the page's module in two (issue 15: the download before the first verdict): the
// functions the page runs up to its first verdict go into OUT/beian-core.wasm, the rest into
// OUT/beian-core.deferred.wasm, which the page fetches and compiles once a worker's core is ready
// (web/core-client.js) and posts to its workers; a worker that calls a deferred function before
// the second part is there loads it on the spot (web/core-load.js).
//
//   node scripts/split_wasm.mjs build/wasm/beian-core.mjs build/wasm/beian-core.wasm OUT \
//     WORDING_EN FETCHED_FILES.tsv
//
// OUT/deferred-name.txt: the name the second part is served under (beian-core.deferred.<digest>
// .wasm), which the first part carries in its custom section "beian_deferred". The first part
// also names the data files the module fetches (gen/fetched-files.tsv, scripts/embed.py: the
// regions and the IP ranges) in its custom section "beian_data", a line each, for the page to
// fetch them once a worker's core is ready (web/core-load.js fetchDataFiles).
//
// Which functions the page's first verdict runs is measured, not listed: Binaryen's wasm-split
// instruments the module, the instrumented module runs here what the page asks of the core when
// a seller opens it (workload below), and wasm-split keeps the functions that ran. Deterministic:
// the same module gives the same two files. The glue (beian-core.mjs) is unchanged;
// web/core-load.js adds the import the first part calls deferred functions through.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [glue, wasm, outDir, wordingEn, fetchedList] = process.argv.slice(2);
if (!glue || !wasm || !outDir || !wordingEn || !fetchedList) {
  console.error('usage: split_wasm.mjs GLUE.mjs MODULE.wasm OUT_DIR WORDING_EN.txt FETCHED_FILES.tsv');
  process.exit(2);
}
const FEATURES = ['--enable-mutable-globals', '--enable-sign-ext'];
const tmp = fs.mkdtempSync(path.join(path.dirname(path.resolve(outDir)), '.split-'));

// A custom section (id 0): LEB128 sizes, the section's name, then its payload (here UTF-8 text).
const SECTION = 'beian_deferred';
function leb(n) {
  const out = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return Buffer.from(out);
}
function customSection(sectionName, text) {
  const nameBytes = Buffer.from(sectionName, 'utf8');
  const body = Buffer.concat([leb(nameBytes.length), nameBytes, Buffer.from(text, 'utf8')]);
  return Buffer.concat([Buffer.from([0]), leb(body.length), body]);
}

function run(args) {
  execFileSync('wasm-split', args, { stdio: ['ignore', 'ignore', 'inherit'] });
}

// What the page runs before its first verdict, for a seller who opens it for the first time (the
// form empty: web/main.js's start, in either language; the widget's start asks a subset): the
// core's version, each rule's confidence, the provinces for the address fields, the quick check
// and the full check of the empty application, and the form's plan for it. Everything else (a
// check with data in it, the readers of uploads, exports, errors) is in the second part, which
// the page fetches once a worker's core is ready and which the first verdict does not wait for.
function workload(module) {
  // every op as web/core-run.js asks it: then whether the answer lacked a wording file
  const core = new Proxy(module, {
    get(target, op) {
      const f = target[op];
      if (typeof f !== 'function' || op === 'missingWording') return f;
      return (...args) => {
        const out = f.apply(target, args);
        target.missingWording();
        return out;
      };
    },
  });
  // the quick check's fields (web/form.js QUICK_PATHS)
  const quick = ['/subject/province', '/subject/type', '/subject/certificate_number',
    '/subject/name', '/websites/0/domains/0/name'];
  const wordingFile = core.wordingFile('en');
  if (wordingFile) {
    const error = core.provideWording(wordingFile, new Uint8Array(fs.readFileSync(wordingEn)));
    if (error) throw new Error('wording: ' + error);
  }
  let n = 0;
  for (const locale of ['zh-CN', 'en']) {
    core.version();
    core.rules('', locale);
    core.regions('', locale);
    for (const app of [{ schema_version: 1 }, {}]) {
      const bytes = new TextEncoder().encode(JSON.stringify(app));
      core.check(bytes, JSON.stringify({ locale, fields: quick }));
      core.check(bytes, JSON.stringify({ locale }));
      core.formPlan(bytes, locale);
      n += 3;
    }
    n += 3;
  }
  // then, once a worker's core is ready, the page hands it the data files it fetched (the
  // regions, the IP ranges: web/worker.js providePosted): taking them in must not need the second
  // part, which may be missing just then (offline before it was ever cached)
  for (const line of fs.readFileSync(fetchedList, 'utf8').split('\n').filter(Boolean)) {
    const [, served, file] = line.split('\t');
    const error = core.provideWording(served, new Uint8Array(fs.readFileSync(file)));
    if (error) throw new Error(`${served}: ${error}`);
    n += 1;
  }
  return n;
}

try {
  const instrumented = path.join(tmp, 'instrumented.wasm');
  run([wasm, '--instrument', ...FEATURES, '-o', instrumented]);
  let exportsOf = null;
  const { default: createBeianCore } = await import(pathToFileURL(path.resolve(glue)).href);
  const core = await createBeianCore({
    instantiateWasm(imports, receive) {
      WebAssembly.instantiate(fs.readFileSync(instrumented), imports).then(({ instance, module }) => {
        exportsOf = instance.exports;
        receive(instance, module);
      });
      return {};
    },
  });
  const calls = workload(core);
  // the profile: written by the instrumented module into its memory (a fresh page past the heap)
  const memory = Object.values(exportsOf).find((v) => v instanceof WebAssembly.Memory);
  const at = memory.grow(1) * 65536;
  const size = exportsOf.__write_profile(at, 65536);
  const profile = path.join(tmp, 'profile.data');
  fs.writeFileSync(profile, new Uint8Array(memory.buffer, at, size));
  fs.mkdirSync(outDir, { recursive: true });
  const primary = path.join(tmp, 'beian-core.wasm');
  const deferred = path.join(tmp, 'beian-core.deferred.wasm');
  run(['--split', ...FEATURES, `--profile=${profile}`, wasm, '-o1', primary, '-o2', deferred]);
  // The two parts must come from the same build: the site serves the second under a name with
  // its digest, which the first names in a custom section (web/core-load.js reads it), so that a
  // first part never meets the second part of another version (service-worker update, caches).
  const second = fs.readFileSync(deferred);
  const name = `beian-core.deferred.${createHash('sha256').update(second).digest('hex').slice(0, 12)}.wasm`;
  const dataFiles = fs.readFileSync(fetchedList, 'utf8').split('\n').filter(Boolean)
    .map((line) => line.split('\t')[1]);
  fs.writeFileSync(primary, Buffer.concat([fs.readFileSync(primary), customSection(SECTION, name),
    customSection('beian_data', dataFiles.join('\n'))]));
  fs.renameSync(primary, path.join(outDir, 'beian-core.wasm'));
  fs.renameSync(deferred, path.join(outDir, 'beian-core.deferred.wasm'));
  fs.writeFileSync(path.join(outDir, 'deferred-name.txt'), name + '\n');
  const kb = (f) => (fs.statSync(path.join(outDir, f)).size / 1024).toFixed(0);
  console.log(`split_wasm: ${calls} calls profiled; beian-core.wasm ${kb('beian-core.wasm')} KB + ` +
              `beian-core.deferred.wasm ${kb('beian-core.deferred.wasm')} KB (raw)`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
