// The native benchmark workloads (tests/bench/core_bench.cc) through the wasm Node build, plus a
// JavaScript baseline in the same process: the same word lists scanned with one RegExp
// alternation, the way a web developer would write it. Prints one JSON object (scripts/bench
// merges it with the native figures into a table).
//
//   node tests/bench/wasm_bench.cjs [DATA_DIR] [--quick]
//
// Inputs come from tests/bench/gen_data.py (default DATA_DIR build/bench). Big texts are passed
// to wasm as Uint8Array bytes (copied once into the wasm heap; that copy is part of the figure).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const DATA = path.resolve(args.find((a) => !a.startsWith('--')) || path.join(ROOT, 'build/bench'));
const WASM_DIR = path.resolve(process.env.BEIAN_WASM_DIR || path.join(ROOT, 'build/wasm'));

function now() {
  return Number(process.hrtime.bigint()) / 1e6; // ms
}

// Runs fn (which does `inner` operations) until `minMs` have passed and at least 3 rounds; returns
// the median CPU time per operation in ms (process.cpuUsage: user + system of this process, so a
// busy shared machine distorts it less than wall time; Google Benchmark's cpu_time is the native
// counterpart).
function measure(fn, inner = 1, minMs = QUICK ? 150 : 800) {
  fn(); // warm-up (JIT tier-up, caches, matcher construction)
  const times = [];
  const start = now();
  while (times.length < 3 || (now() - start < minMs && times.length < 10000)) {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    times.push((c.user + c.system) / 1000 / inner);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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

  const opts = JSON.stringify({ today: '2026-11-28' });
  const typical = bytes('typical.json');
  const form = bytes('form.json');
  let report = m.check(typical, opts);
  if (report.includes('"error"') && !report.includes('"findings"')) throw new Error(report);
  put('check_typical', measure(() => { report = m.check(typical, opts); }), typical.length);
  const fieldOpts = JSON.stringify({ today: '2026-11-28', field: '/subject/name' });
  put('check_field', measure(() => m.check(form, fieldOpts)));
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
  const jsScan = (text) => {
    const seen = new Set();
    for (const match of text.matchAll(re)) seen.add(match[0].toLowerCase());
    return seen.size;
  };
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
