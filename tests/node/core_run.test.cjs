// web/core-run.js, the worker's side of the files the page's module leaves out (the English
// wording, the regions and IP ranges), against a stand-in core: each file named by an answer is
// handed over and the op asked again until nothing is named; a wording file that cannot be had
// leaves the answer as it is, a data file fails the op; and which ops belong to the page's first
// verdict (web/worker.js answers them before the rest of the module is in).
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const { ROOT } = require('./util.cjs');

const coreRun = () => import(pathToFileURL(path.join(ROOT, 'web/core-run.js')).href);

// A core that needs `needs` (file names) in turn: each answer names the first file it still lacks;
// its data files (dataFiles) are the .bin ones it lacks.
function fakeCore(needs) {
  const have = new Set();
  let missing = '';
  const calls = [];
  return {
    calls,
    have,
    check(x) {
      calls.push(x);
      missing = needs.find((f) => !have.has(f)) || '';
      return `answer with ${[...have].sort().join(',') || 'nothing'}`;
    },
    missingWording() {
      const m = missing;
      missing = '';
      return m;
    },
    provideWording(file) {
      have.add(file);
      return '';
    },
    dataFiles() {
      return needs.filter((f) => f.endsWith('.bin') && !have.has(f)).map((f) => f + '\n').join('');
    },
  };
}

test('every file an answer names is handed over, and the op asked again until none is', async () => {
  const { runOp } = await coreRun();
  const core = fakeCore(['regions.0123456789ab.bin', 'ipranges.0123456789ab.bin', 'wording.en.x.txt']);
  const loaded = [];
  const load = async (c, file) => { loaded.push(file); return c.provideWording(file) === ''; };
  const out = await runOp(core, 'check', ['app'], load);
  assert.deepStrictEqual(loaded, ['regions.0123456789ab.bin', 'ipranges.0123456789ab.bin', 'wording.en.x.txt']);
  assert.strictEqual(core.calls.length, 4);
  assert.strictEqual(out, 'answer with ipranges.0123456789ab.bin,regions.0123456789ab.bin,wording.en.x.txt');
});

test('a wording file that cannot be had leaves the answer (the page says so); a data file fails the op', async () => {
  const { runOp } = await coreRun();
  const noted = [];
  const out = await runOp(fakeCore(['wording.en.x.txt']), 'check', ['app'], async () => false, (f) => noted.push(f));
  assert.strictEqual(out, 'answer with nothing');
  assert.deepStrictEqual(noted, ['wording.en.x.txt']);
  await assert.rejects(runOp(fakeCore(['regions.0123456789ab.bin']), 'check', ['app'], async () => false),
    (e) => e.code === 'part_missing');
  // a data file handed over that the core still names: never an answer without it
  const stubborn = fakeCore(['regions.0123456789ab.bin']);
  stubborn.provideWording = () => '';
  await assert.rejects(runOp(stubborn, 'check', ['app'], async () => true), (e) => e.code === 'part_missing');
});

test('the loader takes what the page posted before fetching anything', async () => {
  const { fileLoader } = await coreRun();
  const bytes = new Uint8Array([1, 2, 3]);
  const given = [];
  const core = { provideWording: (file, b) => { given.push([file, b]); return ''; } };
  const load = fileLoader(new URL('http://invalid/'), new Map([['regions.0123456789ab.bin', bytes]]));
  assert.strictEqual(await load(core, 'regions.0123456789ab.bin'), true);
  assert.deepStrictEqual(given, [['regions.0123456789ab.bin', bytes]]);
  assert.strictEqual(await load(core, 'regions.0123456789ab.bin'), true);  // once
  assert.strictEqual(given.length, 1);
});

test('the page\'s first verdict: its ops on an empty form, nothing else', async () => {
  const { firstVerdictOp } = await coreRun();
  const bytes = (v) => new TextEncoder().encode(JSON.stringify(v));
  for (const [op, args] of [['version', []], ['rules', ['', 'zh-CN']], ['regions', ['', 'en']],
    ['check', [bytes({ schema_version: 1 }), '{}']], ['check', [bytes({}), '{}']],
    ['formPlan', [bytes({ schema_version: 1 }), 'zh-CN']]]) {
    assert.ok(firstVerdictOp(op, args), op);
  }
  for (const [op, args] of [['regions', ['33', 'zh-CN']], ['check', [bytes({ schema_version: 1, subject: {} }), '{}']],
    ['check', [bytes([]), '{}']], ['check', [new TextEncoder().encode('{'), '{}']], ['check', ['{}', '{}']],
    ['formPlan', [bytes({ subject: { name: 'x' } }), 'zh-CN']], ['compareFacts', [bytes({}), '{}']],
    ['toSarif', ['{}', 'a.json', 'en']], ['loadRules', ['{}']], ['whoisDomain', ['']]]) {
    assert.ok(!firstVerdictOp(op, args), `${op} ${JSON.stringify(args[0])}`);
  }
});
