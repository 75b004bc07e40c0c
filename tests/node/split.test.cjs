// The page's module in two parts (scripts/split_wasm.mjs, web/core-load.js): loaded the way the
// page loads them, it must answer byte for byte as the Node build (one module) on applications
// the split was not measured on (tests/fixtures/, tests/bad_inputs/) as well as on examples/, in
// both languages and for every op the page calls; a deferred function called before the second
// part is in loads it on the spot.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');

const { ROOT, WASM_DIR, core, dataFiles, pageModule: loadSplitChinese } = require('./util.cjs');

const SPLIT = path.join(WASM_DIR, 'split');
const today = '2026-11-28';

async function loadSplit(options = {}) {
  const m = await loadSplitChinese(options);
  // the English wording, as web/core-run.js hands it over
  const file = m.wordingFile('en');
  assert.match(file, /^wording\.en\.[0-9a-f]+\.txt$/);
  const gen = path.join(WASM_DIR, 'gen/rulepack.wording.en.txt');
  assert.strictEqual(m.provideWording(file, new Uint8Array(fs.readFileSync(gen))), '');
  return m;
}

function applications() {
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.json') && fs.statSync(p).size < (2 << 20)) out.push(p);
    }
  };
  for (const d of ['examples', 'tests/fixtures', 'tests/bad_inputs']) walk(path.join(ROOT, d));
  return out;
}

test('the module refuses a wording file that is not one line of texts per rule', async () => {
  const m = await loadSplitChinese();
  const file = m.wordingFile('en');
  const lines = fs.readFileSync(path.join(WASM_DIR, 'gen/rulepack.wording.en.txt'), 'utf8').split('\n');
  const bytes = (s) => new Uint8Array(Buffer.from(s, 'utf8'));
  // a line short; a record without its key; JSON lines (the earlier form)
  assert.notStrictEqual(m.provideWording(file, bytes(lines.slice(1).join('\n'))), '');
  assert.notStrictEqual(m.provideWording(file, bytes(['\x1fno key', ...lines.slice(1)].join('\n'))), '');
  assert.notStrictEqual(m.provideWording(file, bytes(lines.map(() => '{"title":"x"}').join('\n'))), '');
  assert.strictEqual(m.wordingFile('en'), file);  // still missing
  assert.strictEqual(m.provideWording(file, bytes(lines.join('\n'))), '');
  assert.strictEqual(m.wordingFile('en'), '');
});

test('an English check before the English wording is there keeps nothing of its stand-in', async () => {
  const m = await loadSplitChinese();
  const node = await core();
  const app = fs.readFileSync(path.join(ROOT, 'examples/clean-enterprise.json'));
  const o = JSON.stringify({ locale: 'en', today });
  const early = m.check(app, o);  // English asked for before it is fetched: Chinese stands in
  const file = m.missingWording();
  assert.match(file, /^wording\.en\.[0-9a-f]+\.txt$/);
  assert.notStrictEqual(early, node.check(app, o));
  const gen = path.join(WASM_DIR, 'gen/rulepack.wording.en.txt');
  assert.strictEqual(m.provideWording(file, new Uint8Array(fs.readFileSync(gen))), '');
  // asked again (as web/core-run.js does): the English answer, nothing kept from the first one
  assert.strictEqual(m.check(app, o), node.check(app, o));
});

test('the first part names the second by its digest (one build, never mixed)', () => {
  const crypto = require('node:crypto');
  const first = new WebAssembly.Module(fs.readFileSync(path.join(SPLIT, 'beian-core.wasm')));
  const [section] = WebAssembly.Module.customSections(first, 'beian_deferred');
  assert.ok(section, 'custom section beian_deferred');
  const name = new TextDecoder().decode(section);
  const digest = crypto.createHash('sha256')
    .update(fs.readFileSync(path.join(SPLIT, 'beian-core.deferred.wasm'))).digest('hex').slice(0, 12);
  assert.strictEqual(name, `beian-core.deferred.${digest}.wasm`);
  assert.strictEqual(fs.readFileSync(path.join(SPLIT, 'deferred-name.txt'), 'utf8').trim(), name);
});

test('the two parts are smaller than one module and both hold code', () => {
  const one = fs.statSync(path.join(WASM_DIR, 'beian-core.wasm')).size;
  const first = fs.statSync(path.join(SPLIT, 'beian-core.wasm')).size;
  const second = fs.statSync(path.join(SPLIT, 'beian-core.deferred.wasm')).size;
  assert.ok(first < one && second > 10000, `${one} -> ${first} + ${second}`);
});

test('split module and Node build give the same bytes, every op the page calls', async () => {
  const loads = [];
  const split = await loadSplit({ onDeferred: (how) => loads.push(how) });
  const node = await core();
  const apps = applications();
  assert.ok(apps.length > 50, 'applications found: ' + apps.length);
  let n = 0;
  for (const file of apps) {
    const bytes = new Uint8Array(fs.readFileSync(file));
    for (const locale of ['zh-CN', 'en']) {
      const o = JSON.stringify({ locale, today });
      const a = node.check(bytes, o);
      assert.strictEqual(split.check(bytes, o), a, `${path.relative(ROOT, file)} ${locale}`);
      assert.strictEqual(split.compareFacts(bytes, a), node.compareFacts(bytes, a), file);
      assert.strictEqual(split.formPlan(bytes, locale), node.formPlan(bytes, locale), file);
      assert.strictEqual(split.toSarif(a, 'a.json', locale), node.toSarif(a, 'a.json', locale), file);
      const f = JSON.stringify({ locale, today, field: '/subject/name' });
      assert.strictEqual(split.check(bytes, f), node.check(bytes, f), file);
      n += 5;
    }
    assert.strictEqual(split.maskExport(fs.readFileSync(file, 'utf8'), '{}'),
                       node.maskExport(fs.readFileSync(file, 'utf8'), '{}'), file);
  }
  for (const locale of ['zh-CN', 'en']) {
    assert.strictEqual(split.rules('', locale), node.rules('', locale));
    assert.strictEqual(split.rules('浙江', locale), node.rules('浙江', locale));
    assert.strictEqual(split.regions('', locale), node.regions('', locale));
    assert.strictEqual(split.regions('33', locale), node.regions('33', locale));
  }
  assert.strictEqual(split.loadRules('{'), node.loadRules('{'));
  assert.strictEqual(split.version(), node.version());
  assert.ok(n > 300);
  assert.ok(loads.length <= 1, 'the second part is instantiated once: ' + loads.join(', '));
});

test('a deferred function called first loads the second part on the spot', async () => {
  const loads = [];
  const split = await loadSplit({ prefetch: false, onDeferred: (how) => loads.push(how) });
  const node = await core();
  // SARIF export and a damaged rule pack: code the page's checks never run
  const report = node.check(fs.readFileSync(path.join(ROOT, 'examples/clean-enterprise.json')),
                            JSON.stringify({ today }));
  assert.strictEqual(split.toSarif(report, 'x.json', 'en'), node.toSarif(report, 'x.json', 'en'));
  assert.strictEqual(split.loadRules('{"rules": 1}'), node.loadRules('{"rules": 1}'));
  assert.deepStrictEqual(loads, ['on call']);
});

test('the page\'s first verdict (an empty form, either language) runs on the first part alone, without the data files', async () => {
  const loads = [];
  const split = await loadSplit({ prefetch: false, withoutData: true, onDeferred: (how) => loads.push(how) });
  const node = await core();
  const names = dataFiles().map(([file]) => file);
  const empty = new Uint8Array(Buffer.from(JSON.stringify({ schema_version: 1 })));
  const quick = JSON.stringify({ locale: 'zh-CN', fields: ['/subject/province', '/subject/name'] });
  for (const locale of ['zh-CN', 'en']) {
    assert.strictEqual(split.version(), node.version());
    assert.strictEqual(split.rules('', locale), node.rules('', locale));
    assert.strictEqual(split.regions('', locale), node.regions('', locale));
    assert.strictEqual(split.check(empty, quick), node.check(empty, quick));
    const o = JSON.stringify({ locale });  // as the page asks: no "today"
    assert.strictEqual(split.check(empty, o), node.check(empty, o));
    assert.strictEqual(split.formPlan(empty, locale), node.formPlan(empty, locale));
    assert.strictEqual(split.missingWording(), '', 'no file wanted');
  }
  assert.deepStrictEqual(loads, [], 'no function of the second part ran');
  assert.deepStrictEqual(split.dataFiles().split('\n').filter(Boolean), names);
  // a check with data in it is the second part's (loaded on the spot here; the page has it by then)
  const app = fs.readFileSync(path.join(ROOT, 'examples/clean-enterprise.json'));
  const o = JSON.stringify({ locale: 'zh-CN', today });
  const early = split.check(app, o);
  // ... and it wants the regions (an address, an ID number): the answer is a stand-in
  const wanted = split.missingWording();
  assert.ok(names.includes(wanted), 'a data file is named: ' + wanted);
  assert.notStrictEqual(early, node.check(app, o));
});

test('a check before the data files are there names them; once handed over, the answer keeps nothing of its stand-in', async () => {
  const split = await loadSplit({ withoutData: true });
  const node = await core();
  const files = new Map(dataFiles());
  const app = fs.readFileSync(path.join(ROOT, 'examples/individual-shop.json'));
  const o = JSON.stringify({ locale: 'zh-CN', today });
  const field = JSON.stringify({ locale: 'zh-CN', today, field: '/subject/address' });
  // as web/core-run.js does: ask, hand over what is named, ask again, until nothing is named
  const asked = [];
  const run = (f) => {
    let out = f();
    for (let file = split.missingWording(); file; file = split.missingWording()) {
      assert.ok(files.has(file), 'a data file of this module: ' + file);
      asked.push(file);
      assert.strictEqual(split.provideWording(file, files.get(file)), '');
      out = f();
    }
    return out;
  };
  assert.strictEqual(run(() => split.check(app, field)), node.check(app, field));
  assert.strictEqual(run(() => split.check(app, o)), node.check(app, o));
  assert.strictEqual(run(() => split.regions('33', 'zh-CN')), node.regions('33', 'zh-CN'));
  assert.deepStrictEqual([...new Set(asked)].sort(), [...files.keys()].sort(), 'both files were wanted');
  assert.strictEqual(split.dataFiles(), '');
});

test('the module refuses a data file that is not its own', async () => {
  const split = await loadSplit({ withoutData: true });
  const [[file, bytes]] = dataFiles();
  assert.notStrictEqual(split.provideWording(file, bytes.subarray(1)), '');  // not its size
  assert.notStrictEqual(split.provideWording('regions.000000000000.bin', bytes), '');
  assert.ok(split.dataFiles().includes(file), 'still missing');
  assert.strictEqual(split.provideWording(file, bytes), '');
  assert.ok(!split.dataFiles().includes(file));
});
