// tests/bench/table.py, the bench's judge: each side's median over the typical check's rounds
// (native and wasm in turn, scripts/bench), the batch's median over its runs, and the targets met
// or missed from them. Fed made-up bench outputs in a temporary folder; read through --json.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { ROOT } = require('./util.cjs');

const TABLE = path.join(ROOT, 'tests/bench/table.py');

// Google Benchmark's JSON with the median aggregate of each name (ms)
function nativeJson(medians) {
  return JSON.stringify({
    benchmarks: Object.entries(medians).flatMap(([name, ms]) => [
      { name: `${name}_mean`, run_name: name, run_type: 'aggregate', aggregate_name: 'mean', real_time: ms * 9, time_unit: 'ms' },
      { name: `${name}_median`, run_name: name, run_type: 'aggregate', aggregate_name: 'median', real_time: ms, time_unit: 'ms' },
    ]),
  });
}
function wasmJson(results) {
  return JSON.stringify({ results: Object.fromEntries(Object.entries(results).map(([k, ms]) => [k, { ms }])) });
}
function summaries(rates) {
  return rates.map((r) => `beian-check summary: ${JSON.stringify({ applications: 2000, per_second: r })}`).join('\n') + '\n';
}

function judge(files) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beian-bench-table-'));
  try {
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    const r = spawnSync('python3', [TABLE, dir, '--json'], { encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    return JSON.parse(r.stdout);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const base = {
  'native.json': nativeJson({ BM_CheckTypical: 1.0, BM_ReadHtml100k: 0.4 }),
  'wasm.json': wasmJson({ check_typical: 1.6, check_typical_page: 2.0, cold_first_check: 49 }),
  'batch.txt': summaries([5100, 4000, 5300, 4900, 5200]),
  'batch2.txt': summaries([9000, 9900, 8000, 9800, 9500]),
};

test('one round: the ratio of the one native and the one wasm figure', () => {
  const j = judge(base);
  assert.strictEqual(j.typical_rounds, 1);
  assert.deepStrictEqual(j.typical_ms, { native: 1.0, wasm: 1.6, page: 2.0 });
  assert.strictEqual(j.targets.typical_ratio.met, false);
  assert.strictEqual(j.targets.cold_node.met, true);
});

test('three rounds in turn: each side\'s median over the rounds decides the ratio', () => {
  const j = judge({
    ...base,
    'typical.native.2.json': nativeJson({ BM_CheckTypical: 0.8 }),
    'typical.wasm.2.json': wasmJson({ check_typical: 1.1, check_typical_page: 1.3 }),
    'typical.native.3.json': nativeJson({ BM_CheckTypical: 0.9 }),
    'typical.wasm.3.json': wasmJson({ check_typical: 1.2, check_typical_page: 1.4 }),
  });
  assert.strictEqual(j.typical_rounds, 3);
  // medians: native of 1.0, 0.8, 0.9; the Node build of 1.6, 1.1, 1.2; the page's of 2.0, 1.3, 1.4
  assert.deepStrictEqual(j.typical_ms, { native: 0.9, wasm: 1.2, page: 1.4 });
  assert.strictEqual(j.targets.typical_ratio.met, true);  // 1.2 / 0.9 = 1.33
  assert.strictEqual(j.targets.typical_ratio_page.met, false);  // 1.4 / 0.9 = 1.56
});

test('a round whose files are missing or unreadable is left out', () => {
  const j = judge({
    ...base,
    'typical.native.2.json': nativeJson({ BM_CheckTypical: 0.5 }),
    'typical.wasm.2.json': '{"results": ',
    'typical.native.3.json': nativeJson({ BM_CheckTypical: 0.6 }),
  });
  assert.strictEqual(j.typical_rounds, 1);
  assert.deepStrictEqual(j.typical_ms, { native: 1.0, wasm: 1.6, page: 2.0 });
});

test('the batch: the median run of each side, and --jobs 2 against --jobs 1', () => {
  const j = judge(base);
  assert.deepStrictEqual(j.batch, { jobs1: 5100, jobs2: 9500, runs: 5 });
  assert.strictEqual(j.targets.batch.met, true);
  assert.strictEqual(j.targets.batch_jobs2.met, true);  // 9500 / 5100 = 1.86
  const slow = judge({ ...base, 'batch.txt': summaries([4999, 5001, 4998]) });
  assert.strictEqual(slow.batch.jobs1, 4999);
  assert.strictEqual(slow.targets.batch.met, false);
});
