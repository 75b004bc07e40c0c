// The native benchmark workloads (tests/bench/core_bench.cc) through the wasm Node build, plus a
// JavaScript baseline in the same process: the same word lists scanned with one RegExp
// alternation, the way a web developer would write it. Prints one JSON object (scripts/bench
// merges it with the native figures into a table).
//
//   node tests/bench/wasm_bench.cjs [DATA_DIR] [--quick] [--typical-only]
//
// --typical-only: the typical check alone, in the Node build and in the page's module (the extra
// rounds scripts/bench runs in turn with the native one).
//
// Inputs come from tests/bench/gen_data.py (default DATA_DIR build/bench). Big texts are passed
// to wasm as Uint8Array bytes (copied once into the wasm heap; that copy is part of the figure).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const TYPICAL_ONLY = args.includes('--typical-only');
const DATA = path.resolve(args.find((a) => !a.startsWith('--')) || path.join(ROOT, 'build/bench'));
const WASM_DIR = path.resolve(process.env.BEIAN_WASM_DIR || path.join(ROOT, 'build/wasm'));
const { pageModule } = require('../node/util.cjs');

function now() {
  return Number(process.hrtime.bigint()) / 1e6; // ms
}

// Runs fn (which does `inner` operations) until `minMs` have passed and at least 3 rounds; returns
// the median wall time per operation in ms (single-threaded code; the native side reports the
// median of Google Benchmark's wall time over repetitions: the same statistic). Before that, fn
// runs for as long again: V8 compiles each function first with Liftoff and recompiles it with
// TurboFan only once it has run enough (a typical check reaches its steady speed after ~150
// checks, 0.5 s, on the project machine); what a first check costs is the cold-start row's.
function measure(fn, inner = 1, minMs = QUICK ? 150 : 800) {
  const warm = now();
  do fn(); while (now() - warm < minMs);
  const times = [];
  const start = now();
  while (times.length < 3 || (now() - start < minMs && times.length < 10000)) {
    const t0 = now();
    fn();
    times.push((now() - t0) / inner);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Cold start as the page meets it: a fresh Node process loads the glue, instantiates the module
// and runs the first full check of examples/clean-enterprise.json; the median of 9 processes (3
// with --quick): single runs vary by a factor of two with V8's background compiling on two cores.
function coldStart() {
  const { spawnSync } = require('node:child_process');
  const script = `
    const t0 = performance.now();
    const fs = require('node:fs');
    const factory = require(${JSON.stringify(path.join(WASM_DIR, 'beian-core-node.cjs'))});
    factory({ wasmBinary: fs.readFileSync(${JSON.stringify(path.join(WASM_DIR, 'beian-core-node.wasm'))}) })
      .then((m) => {
        const app = fs.readFileSync(${JSON.stringify(path.join(ROOT, 'examples/clean-enterprise.json'))}, 'utf8');
        const r = m.check(app, JSON.stringify({ today: '2026-11-28' }));
        if (!r.includes('"findings"')) throw new Error(r);
        process.stdout.write(String(performance.now() - t0));
      });`;
  const times = [];
  const runs = QUICK ? 3 : 9;
  for (let i = 0; i < runs; ++i) {
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error('cold start: ' + r.stderr);
    times.push(Number(r.stdout));
  }
  times.sort((a, b) => a - b);
  return times[runs >> 1];
}

async function main() {
  const factory = require(path.join(WASM_DIR, 'beian-core-node.cjs'));
  const m = await factory({ wasmBinary: fs.readFileSync(path.join(WASM_DIR, 'beian-core-node.wasm')) });
  const bytes = (name) => new Uint8Array(fs.readFileSync(path.join(DATA, name)));
  const out = { engine: JSON.parse(m.version()), node: process.version, results: {} };
  const put = (name, ms, size) => {
    out.results[name] = { ms };
    if (size) {
      out.results[name].bytes = size;
      out.results[name].mbps = size / (1 << 20) / (ms / 1000);
    }
  };

  if (!TYPICAL_ONLY) put('cold_first_check', coldStart());
  const opts = JSON.stringify({ today: '2026-11-28' });
  const typical = bytes('typical.json');
  const form = bytes('form.json');
  let report = m.check(typical, opts);
  if (report.includes('"error"') && !report.includes('"findings"')) throw new Error(report);
  put('check_typical', measure(() => { report = m.check(typical, opts); }), typical.length);
  // The same check in the page's module (both parts, data files handed over as the page does):
  // compiled for size where the Node builds are compiled for speed (CMakeLists.txt,
  // beian_core_small / beian_core_fast). Its report must be the Node build's, byte for byte.
  const pageCore = await pageModule();
  let pageReport = pageCore.check(typical, opts);
  put('check_typical_page', measure(() => { pageReport = pageCore.check(typical, opts); }), typical.length);
  if (pageReport !== report) throw new Error('the page\'s module and the Node build report differently');
  if (TYPICAL_ONLY) {
    process.stdout.write(JSON.stringify(out, null, 1) + '\n');
    return;
  }
  const fieldOpts = JSON.stringify({ today: '2026-11-28', field: '/subject/name' });
  // as the page calls it on keystrokes: the whole application, uploads included, the name as typed
  // in two states one character apart (as core_bench.cc): only the uploads stay the same
  const typing = bytes('typing.json');
  let odd = false;
  put('check_field', measure(() => m.check((odd = !odd) ? typing : typical, fieldOpts)));
  put('check_form', measure(() => m.check(form, opts)));

  const whois = bytes('whois.txt');
  const license = bytes('license.txt');
  const page = bytes('page-100k.html');
  const N = 200;
  put('read_whois', measure(() => m.benchReadWhois(whois, N), N), whois.length);
  put('read_license', measure(() => m.benchReadLicense(license, N), N), license.length);
  put('read_html_100k', measure(() => m.benchReadHtml(page, 1)), page.length);
  const a = '浙江省杭州市西湖区文三路478号华星时代广场A座1203室';
  const b = '杭州市西湖区文三路四七八号华星时代广场A座12楼1203';
  put('address', measure(() => m.benchAddress(a, b, N), N));

  // Text scan: wasm RE2::Set vs a JS RegExp alternation over the same words.
  const listNames = JSON.parse(fs.readFileSync(path.join(DATA, 'scan_lists.json'), 'utf8'));
  const pack = JSON.parse(fs.readFileSync(path.join(ROOT, 'build/native/gen/rulepack.json'), 'utf8'));
  const words = [];
  for (const n of listNames) for (const w of pack.lists[n] || []) words.push(w);
  if (words.some((w) => w.startsWith('re:'))) throw new Error('scan lists must be literal words');
  const re = new RegExp(words.map(escapeRegExp).join('|'), 'gi');
  const lowerWords = [...new Set(words.map((w) => w.toLowerCase()))];
  // The distinct words that occur: every match, plus the list words inside a match (an
  // alternation reports one word per place: 网上支付 hides 支付).
  const jsWords = (text) => {
    const seen = new Set();
    for (const match of text.matchAll(re)) seen.add(match[0].toLowerCase());
    for (const hit of [...seen]) for (const w of lowerWords) if (hit.includes(w)) seen.add(w);
    return seen;
  };
  const jsScan = (text) => jsWords(text).size;
  const listsJson = JSON.stringify(listNames);
  out.scan_words = words.length;
  for (const [name, file] of [['scan_1mb', 'text-1mb.html'], ['scan_20mb', 'text-20mb.html']]) {
    const buf = bytes(file);
    const str = fs.readFileSync(path.join(DATA, file), 'utf8');
    const minMs = name === 'scan_20mb' ? (QUICK ? 300 : 3000) : undefined;
    let wasmHits = 0, jsHits = 0;
    put(name, measure(() => { wasmHits = m.benchScan(buf, listsJson, 1); }, 1, minMs), buf.length);
    put('js_' + name, measure(() => { jsHits = jsScan(str); }, 1, minMs), buf.length);
    out.results[name].hits = wasmHits;
    out.results['js_' + name].hits = jsHits;
    // Both sides must have found the same words, or the race means nothing.
    // (Sorted here on both sides: C++ sorts bytes, JS sorts UTF-16 units.)
    const wasmSet = JSON.parse(m.benchScanWords(buf, listsJson)).sort();
    const jsSet = [...jsWords(str)].sort();
    if (!wasmSet.length || JSON.stringify(wasmSet) !== JSON.stringify(jsSet)) {
      const a = new Set(wasmSet), b = new Set(jsSet);
      throw new Error(`${name}: wasm and JS scans differ: only wasm [${wasmSet.filter((w) => !b.has(w)).slice(0, 10)}], ` +
        `only JS [${jsSet.filter((w) => !a.has(w)).slice(0, 10)}]`);
    }
    // The same scan with the text converted by embind's std::string binding (what check() does
    // today with a Uint8Array): shows the cost of its byte-by-byte copy.
    put(name + '_embind_copy', measure(() => m.benchScanString(buf, listsJson, 1), 1, minMs), buf.length);
  }
  process.stdout.write(JSON.stringify(out, null, 1) + '\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
