// Bad-input corpus through the wasm Node build (tests/bad_inputs/manifest.json; the native side
// is tests/unit/bad_inputs_test.cc): every case gives {"error"} or a report with the named
// finding, within a time bound, and the wasm memory stays bounded. Large inputs are generated
// here as bytes (Uint8Array), never committed.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');

const { ROOT, core } = require('./util.cjs');

const DIR = path.join(ROOT, 'tests/bad_inputs');

// Builds `unit` repeated until at least `bytes` bytes, as UTF-8 bytes.
function repeat(unit, bytes) {
  const u = Buffer.from(unit, 'utf8');
  const count = Math.ceil(bytes / u.length);
  const out = Buffer.allocUnsafe(count * u.length);
  for (let i = 0; i < count; i++) u.copy(out, i * u.length);
  return out;
}
const cat = (...parts) => new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p))));

// The generators named in the manifest (same as tests/unit/bad_inputs_test.cc).
function generate(kind, n) {
  switch (kind) {
    case 'deep_array': return cat('['.repeat(n), ']'.repeat(n));
    case 'deep_object': return cat('{"a":'.repeat(n), '1', '}'.repeat(n));
    case 'top_array': return cat('[', repeat('0,', 2 * (n - 1)), '0]');
    case 'websites_array': return cat('{"websites":[', repeat('{},', 3 * (n - 1)), '{}]}');
    case 'many_keys': {
      const keys = [];
      for (let i = 0; i < n; i++) keys.push(`"k${i}":0`);
      return cat('{', keys.join(','), '}');
    }
    case 'big_attachment':
      return cat('{"attachments":{"business_license_text":"', repeat('名称：杭州青禾茶业有限公司\\n类型：有限责任公司\\n', n), '"}}');
    case 'big_page':
      return cat('{"attachments":{"site_pages":[{"url":"https://example.cn/","html":"',
        repeat('<div class=\\"item\\"><p>西湖龙井茶叶产品介绍，欢迎选购。价格：128元</p></div>\\n', n), '"}]}}');
    case 'over_limit': return cat('{"a":"', Buffer.alloc(n, 'x'), '"}');
    default: throw new Error('unknown generator ' + kind);
  }
}

const manifest = JSON.parse(fs.readFileSync(path.join(DIR, 'manifest.json'), 'utf8'));
const OPTS = JSON.stringify({ today: '2026-11-28' });

// BEIAN_BAD_INPUT=a|b runs only the cases whose name contains one of the parts (debugging).
const only = (process.env.BEIAN_BAD_INPUT || '').split('|').filter(Boolean);
for (const c of manifest.cases) {
  if (only.length && !only.some((o) => c.name.includes(o))) continue;
  test(`bad input (wasm): ${c.name}`, async () => {
    const m = await core();
    const input = c.file ? new Uint8Array(fs.readFileSync(path.join(DIR, c.file))) : generate(c.generate, c.n);
    // wasm is slower than native and the test machine is shared: twice the native bound.
    const bound = (c.seconds || 3) * 2 * 1000;
    const t0 = performance.now();
    const out = JSON.parse(m.check(input, OPTS));
    const ms = performance.now() - t0;
    assert.ok(ms <= bound, `${c.name} took ${ms.toFixed(0)} ms (bound ${bound} ms)`);
    if (c.error) {
      assert.ok(typeof out.error === 'string', `expected an error, got ${JSON.stringify(out).slice(0, 200)}`);
      assert.ok(out.error.includes(c.error), `error was: ${out.error}`);
      assert.ok(out.error.length < 400);
    } else {
      assert.ok(Array.isArray(out.findings), `expected a report, got ${JSON.stringify(out).slice(0, 200)}`);
      if (c.rule) {
        assert.ok(out.findings.some((f) => f.rule === c.rule && f.path === c.path),
          `no ${c.rule} at '${c.path}'`);
      }
    }
  });
}

test('bad inputs (wasm): memory stays bounded', async () => {
  const m = await core();
  // After the corpus (50 and 100 MB inputs included) the heap is at most 1 GiB.
  const heap = m.HEAP8 ? m.HEAP8.length : (m.wasmMemory ? m.wasmMemory.buffer.byteLength : 0);
  assert.ok(heap <= 1 << 30, `wasm memory ${heap >> 20} MiB`);
});

test('bad inputs (wasm): a wrong type at every level of a real application', async () => {
  const m = await core();
  const base = JSON.parse(fs.readFileSync(path.join(ROOT, 'examples/clean-enterprise.json'), 'utf8'));
  base.context = Object.assign({}, base.context, { today: '2026-11-28' });
  const paths = [];
  (function walk(v, p) {
    if (p) paths.push(p);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${p}/${i}`));
    else if (v && typeof v === 'object') for (const k of Object.keys(v)) walk(v[k], `${p}/${k}`);
  })(base, '');
  assert.ok(paths.length > 100);
  for (const p of paths) {
    const app = JSON.parse(JSON.stringify(base));
    const keys = p.split('/').slice(1);
    let parent = app;
    for (const k of keys.slice(0, -1)) parent = parent[k];
    const last = keys[keys.length - 1];
    const old = parent[last];
    parent[last] = old !== null && typeof old === 'object' ? 42 : { wrong: true };
    const out = JSON.parse(m.check(JSON.stringify(app), OPTS));
    assert.ok(Array.isArray(out.findings), `${p}: ${JSON.stringify(out).slice(0, 200)}`);
    assert.ok(out.findings.some((f) => (f.rule === 'INPUT-002' || f.rule === 'INPUT-003') && f.path === p),
      `no type finding at ${p}`);
  }
  for (const top of ['42', '"text"', 'null', 'true', '[]']) {
    const out = JSON.parse(m.check(top, OPTS));
    assert.ok(out.error && out.error.includes('must be a JSON object'), top);
  }
});
