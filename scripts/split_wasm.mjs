#!/usr/bin/env node
// Splits the page's module in two (issue 15: the download before the first verdict): the
// functions that the page's own calls run go into OUT/beian-core.wasm, the rest into
// OUT/beian-core.deferred.wasm, which web/core-load.js fetches in the background (and at once,
// should a deferred function be called first).
//
//   node scripts/split_wasm.mjs build/wasm/beian-core.mjs build/wasm/beian-core.wasm OUT WORDING_EN
//
// OUT/deferred-name.txt: the name the second part is served under (beian-core.deferred.<digest>
// .wasm), which the first part carries in its custom section "beian_deferred".
//
// Which functions the page runs is measured, not listed: Binaryen's wasm-split instruments the
// module, the instrumented module runs here what the page asks of the core (its start: version and
// the rules' confidence; full checks in both languages, field checks, the quick check, the guided
// form's plan and regions, the comparison of read facts, WHOIS domains) over the applications of
// examples/ and tests/corpus/ready/, and over the examples and every fourth application as they
// are being filled in; wasm-split keeps the functions that ran. Deterministic: the same module and
// inputs give the same two files. The glue (beian-core.mjs) is unchanged; web/core-load.js adds
// the import the first part calls deferred functions through.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [glue, wasm, outDir, wordingEn] = process.argv.slice(2);
if (!glue || !wasm || !outDir || !wordingEn) {
  console.error('usage: split_wasm.mjs GLUE.mjs MODULE.wasm OUT_DIR WORDING_EN.txt');
  process.exit(2);
}
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
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

// Pointers of the application's leaves (the fields a seller edits), uploads' texts left out.
function leaves(value, prefix = '', out = []) {
  if (Array.isArray(value)) value.forEach((v, i) => leaves(v, `${prefix}/${i}`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'text' || k === 'content') continue;
      leaves(v, `${prefix}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, out);
    }
  } else out.push(prefix);
  return out;
}

// The application as a seller fills it in: the top-level parts one after the other, and within
// each object its fields one after the other (the page checks from the first keystroke on).
function partials(app) {
  const out = [{ schema_version: 1 }, {}];
  const keys = Object.keys(app);
  for (let k = 1; k <= keys.length; ++k) {
    const prefix = Object.fromEntries(keys.slice(0, k - 1).map((x) => [x, app[x]]));
    const v = app[keys[k - 1]];
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const inner = Object.keys(v);
      for (let j = 0; j <= inner.length; ++j) {
        out.push({ ...prefix, [keys[k - 1]]: Object.fromEntries(inner.slice(0, j).map((x) => [x, v[x]])) });
      }
    } else if (Array.isArray(v)) {
      out.push({ ...prefix, [keys[k - 1]]: [] }, { ...prefix, [keys[k - 1]]: v.slice(0, 1) });
    }
    out.push({ ...prefix, [keys[k - 1]]: v });
  }
  return out;
}

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
  const dirs = ['examples', 'tests/corpus/ready'];
  const files = dirs.flatMap((d) => fs.readdirSync(path.join(ROOT, d))
    .filter((f) => f.endsWith('.json')).sort().map((f) => path.join(ROOT, d, f)));
  const quick = ['/subject/province', '/subject/type', '/subject/certificate_number',
    '/subject/name', '/websites/0/domains/0/name'];
  const wordingFile = core.wordingFile('en');
  if (wordingFile) {
    const error = core.provideWording(wordingFile, new Uint8Array(fs.readFileSync(wordingEn)));
    if (error) throw new Error('wording: ' + error);
  }
  let n = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    let app;
    try { app = JSON.parse(text); } catch { continue; }
    const bytes = new TextEncoder().encode(text);
    for (const locale of ['zh-CN', 'en']) {
      const report = core.check(bytes, JSON.stringify({ locale, today: '2026-11-28' }));
      core.compareFacts(bytes, report);
      core.formPlan(bytes, locale);
      core.check(bytes, JSON.stringify({ locale, fields: quick }));
      n += 4;
    }
    for (const pointer of leaves(app).slice(0, 60)) {
      core.check(bytes, JSON.stringify({ locale: 'zh-CN', field: pointer }));
      ++n;
    }
    // as it is being filled in: every example and every fourth application of the corpus (the
    // others reached no other function; measured: the same two parts, in half the build time)
    if (files.indexOf(file) % 4 !== 0 && !file.startsWith(path.join(ROOT, 'examples'))) continue;
    for (const part of partials(app)) {
      const b = new TextEncoder().encode(JSON.stringify(part));
      const report = core.check(b, JSON.stringify({ locale: 'zh-CN', today: '2026-11-28' }));
      core.compareFacts(b, report);
      core.formPlan(b, 'zh-CN');
      core.check(b, JSON.stringify({ locale: 'zh-CN', fields: quick }));
      n += 4;
    }
  }
  for (const locale of ['zh-CN', 'en']) {
    core.rules('', locale);  // the page's start (each rule's confidence)
    const provinces = JSON.parse(core.regions('', locale));
    for (const p of provinces.slice(0, 4)) core.regions(String(p.code), locale);
  }
  for (const dir of ['tests/fixtures/whois']) {
    for (const f of fs.readdirSync(path.join(ROOT, dir)).sort()) {
      core.whoisDomain(fs.readFileSync(path.join(ROOT, dir, f), 'utf8'));
    }
  }
  core.version();
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
  fs.writeFileSync(primary, Buffer.concat([fs.readFileSync(primary), customSection(SECTION, name)]));
  fs.renameSync(primary, path.join(outDir, 'beian-core.wasm'));
  fs.renameSync(deferred, path.join(outDir, 'beian-core.deferred.wasm'));
  fs.writeFileSync(path.join(outDir, 'deferred-name.txt'), name + '\n');
  const kb = (f) => (fs.statSync(path.join(outDir, f)).size / 1024).toFixed(0);
  console.log(`split_wasm: ${calls} calls profiled; beian-core.wasm ${kb('beian-core.wasm')} KB + ` +
              `beian-core.deferred.wasm ${kb('beian-core.deferred.wasm')} KB (raw)`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
