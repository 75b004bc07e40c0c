// Runs the wasm Node build against the native CLI: every file in examples/ and every rule
// example in the pack must give byte-identical report JSON. Run by scripts/test with
// `node --test tests/node/`.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');

const { ROOT, core, native } = require('./util.cjs');

const examples = fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.json')).sort();

test('examples/ exist', () => {
  assert.ok(examples.length >= 1, 'no example applications');
});

for (const name of examples) {
  test(`wasm and native give the same bytes: examples/${name}`, async () => {
    const m = await core();
    const file = path.join(ROOT, 'examples', name);
    const text = fs.readFileSync(file, 'utf8');
    const nat = native(['--format', 'json', '--today', '2026-11-28', file]);
    assert.ok(nat.status === 0 || nat.status === 1, `native exit ${nat.status}: ${nat.stderr}`);
    const wasm = m.check(text, JSON.stringify({ today: '2026-11-28' }));
    assert.strictEqual(wasm + '\n', nat.stdout);
    const en = native(['--format', 'json', '--today', '2026-11-28', '--locale', 'en', file]);
    assert.strictEqual(m.check(text, JSON.stringify({ today: '2026-11-28', locale: 'en' })) + '\n', en.stdout);
    // Bytes in (Uint8Array) give the same report as a string.
    assert.strictEqual(m.check(new Uint8Array(fs.readFileSync(file)), JSON.stringify({ today: '2026-11-28' })), wasm);
  });
}

test('every rule example in the pack: wasm and native agree', async () => {
  const m = await core();
  const pack = JSON.parse(fs.readFileSync(path.join(ROOT, 'build/native/gen/rulepack.json'), 'utf8'));
  const lines = [];
  const meta = [];
  for (const rule of pack.rules) {
    for (const ex of rule.examples || []) {
      const app = JSON.parse(JSON.stringify(ex.app || {}));
      app.context = Object.assign({ today: '2026-11-28' }, app.context || {});
      lines.push(JSON.stringify(app));
      meta.push({ id: rule.id, fires: !!ex.fires, evaluated: rule.evaluated !== false });
    }
  }
  const nat = native(['--format', 'jsonl', '-'], lines.join('\n') + '\n');
  const natLines = nat.stdout.split('\n').filter((l) => l.length);
  assert.strictEqual(natLines.length, lines.length, nat.stderr);
  for (let i = 0; i < lines.length; i++) {
    const w = m.check(lines[i], '{}');
    // jsonl lines carry the input name first; the rest is the report, byte for byte.
    const prefix = `{"input":"stdin:${i + 1}",`;
    assert.ok(natLines[i].startsWith(prefix), natLines[i].slice(0, 40));
    assert.strictEqual(w, '{' + natLines[i].slice(prefix.length), `example ${i} of ${meta[i].id}`);
    if (meta[i].evaluated) {
      // A rule reports a finding as its rule, or in "also" when it restates an official rule there.
      const fired = JSON.parse(w).findings.some((f) => f.rule === meta[i].id || (f.also || []).includes(meta[i].id));
      assert.strictEqual(fired, meta[i].fires, `${meta[i].id} example ${i}`);
    }
  }
});

test('rules() equals --list-rules', async () => {
  const m = await core();
  assert.strictEqual(m.rules('', 'zh-CN') + '\n', native(['--list-rules']).stdout);
  assert.strictEqual(m.rules('浙江', 'en') + '\n', native(['--list-rules', '--province', '浙江', '--locale', 'en']).stdout);
});

test('bad input: both builds refuse the same way, never crash', async () => {
  const m = await core();
  const cases = ['not json', '[1,2', '42', '"text"', '{"subject": ' + '['.repeat(100000), '{"a":"\u0000"}'];
  for (const c of cases) {
    const w = JSON.parse(m.check(c, '{}'));
    const nat = native(['-'], c);
    if (w.error) {
      assert.strictEqual(nat.status, 2, `native should exit 2 for ${c.slice(0, 20)}`);
      assert.ok(nat.stderr.includes(w.error), `${nat.stderr} vs ${w.error}`);
    } else {
      assert.ok(nat.status === 0 || nat.status === 1);
    }
  }
  // Invalid UTF-8 is repaired and reported as INPUT-008 in both.
  const bytes = Buffer.concat([Buffer.from('{"subject":{"name":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}}')]);
  const w = m.check(new Uint8Array(bytes), JSON.stringify({ today: '2026-11-28' }));
  assert.ok(JSON.parse(w).findings.some((f) => f.rule === 'INPUT-008'));
  assert.strictEqual(w + '\n', native(['--today', '2026-11-28', '-'], bytes).stdout);
});

// A string goes in through TextEncoder.encodeInto when it is well-formed UTF-16 and through
// embind's own conversion when not (wasm/bindings.cc InputBytes): the bytes the core reads, and so
// the report, are what embind's conversion gives either way.
test('string input: an unpaired surrogate keeps its bytes, text is the same as its UTF-8 bytes', async () => {
  const m = await core();
  const opts = JSON.stringify({ today: '2026-11-28' });
  // U+D800 alone: embind writes ED A0 80, which the core repairs and reports as invalid UTF-8
  const lone = '{"subject":{"name":"杭州\ud800公司"}}';
  const loneBytes = Buffer.concat([Buffer.from('{"subject":{"name":"杭州'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('公司"}}')]);
  const fromString = m.check(lone, opts);
  assert.ok(JSON.parse(fromString).findings.some((f) => f.rule === 'INPUT-008'));
  assert.strictEqual(fromString, m.check(new Uint8Array(loneBytes), opts));
  // well-formed text of one-, two-, three- and four-byte characters, and the empty string
  const text = JSON.stringify({ subject: { name: 'Aé杭州𠀋有限公司', type: 'enterprise' } });
  assert.strictEqual(m.check(text, opts), m.check(new TextEncoder().encode(text), opts));
  assert.strictEqual(m.check('', opts), m.check(new Uint8Array(0), opts));
});

test('toSarif gives SARIF 2.1.0', async () => {
  const m = await core();
  const report = m.check(JSON.stringify({ subject: { type: 'enterprise', certificate_number: '91330106673959654Q' } }), '{}');
  const sarif = JSON.parse(m.toSarif(report, 'app.json', 'zh-CN'));
  assert.strictEqual(sarif.version, '2.1.0');
  assert.ok(sarif.runs[0].results.some((r) => r.ruleId === 'ENT-003'));
});

test('version() names engine and rule pack', async () => {
  const m = await core();
  const v = JSON.parse(m.version());
  assert.ok(v.engine && v.rulepack);
});
