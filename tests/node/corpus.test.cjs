// Calibration corpora (tests/corpus/): (a) complete, correct applications must come out `ready`
// with no warn/block finding; (b) variants with one planted defect each must be caught by the
// intended rule at the intended path, without new block findings of other rules.
// Today's deviations are listed in tests/corpus/known_deviations.json; the test fails on an
// unlisted deviation AND on a listed one that no longer happens (the list can only shrink).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { ROOT, CLI, native } = require('./util.cjs');

const TODAY = '2026-11-28';
const CORPUS = path.join(ROOT, 'tests/corpus');
const OUT = path.join(ROOT, 'build/corpus');
const known = JSON.parse(fs.readFileSync(path.join(CORPUS, 'known_deviations.json'), 'utf8'));

function py(args) {
  const r = spawnSync('python3', [path.join(CORPUS, 'make_corpus.py'), ...args], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

// One CLI run for a batch (jsonl on stdin), reports in input order.
function check(apps) {
  const r = native(['--today', TODAY, '--format', 'jsonl', '-'], apps.map((a) => JSON.stringify(a)).join('\n'));
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, apps.length);
  return lines.map((l) => JSON.parse(l));
}

const serious = (f) => f.severity === 'warn' || f.severity === 'block';
const uniq = (xs) => [...new Set(xs)].sort();

function readyCases() {
  const dir = path.join(CORPUS, 'ready');
  return fs.readdirSync(dir).filter((n) => n.endsWith('.json')).sort()
    .map((n) => ({ id: n.slice(0, -5), app: readJson(path.join(dir, n)) }));
}

test('corpus: the committed ready cases are what make_corpus.py generates', { skip: !fs.existsSync(CLI) && 'no native CLI' }, () => {
  const dir = path.join(OUT, 'ready');
  py(['ready', dir]);
  const mine = readyCases();
  const generated = fs.readdirSync(dir).filter((n) => n.endsWith('.json')).sort();
  assert.deepEqual(generated, mine.map((c) => c.id + '.json'));
  for (const c of mine) assert.deepEqual(readJson(path.join(dir, c.id + '.json')), c.app, c.id);
});

test('corpus (a): complete, correct applications are ready', { skip: !fs.existsSync(CLI) && 'no native CLI' }, () => {
  const cases = readyCases();
  assert.ok(cases.length >= 60, 'at least 60 ready cases');
  const provinces = new Set(cases.map((c) => c.app.subject.province));
  assert.equal(provinces.size, 31, 'all 31 mainland provinces');
  const reports = check(cases.map((c) => c.app));
  const problems = [];
  let ready = 0;
  const byRule = {};
  cases.forEach((c, i) => {
    const rep = reports[i];
    const rules = uniq(rep.findings.filter(serious).map((f) => f.rule));
    if (rep.verdict !== 'ready' && rules.length === 0) rules.push('verdict:' + rep.verdict);
    if (rules.length === 0) ready++;
    for (const r of rules) (byRule[r] = byRule[r] || []).push(c.id);
    const listed = uniq((known.ready[c.id] || {}).rules || []);
    if (JSON.stringify(rules) !== JSON.stringify(listed))
      problems.push(`${c.id}: fires [${rules}] but known_deviations lists [${listed}]`);
  });
  for (const id of Object.keys(known.ready))
    if (!cases.some((c) => c.id === id)) problems.push(`${id}: listed but no such ready case`);
  console.log(`corpus (a): ${ready}/${cases.length} ready`);
  for (const [r, ids] of Object.entries(byRule).sort()) console.log(`  ${r}: ${ids.length} (e.g. ${ids[0]})`);
  assert.deepEqual(problems, []);
});

test('corpus (b): each planted defect is caught by its rule', { skip: !fs.existsSync(CLI) && 'no native CLI' }, () => {
  const dir = path.join(OUT, 'variants');
  fs.rmSync(dir, { recursive: true, force: true });
  py(['variants', dir, path.join(CORPUS, 'ready')]);
  const manifest = readJson(path.join(dir, 'manifest.json'));
  assert.ok(manifest.length >= 150, 'at least 150 variants');
  const bases = uniq(manifest.map((m) => m.base));
  const baseReports = Object.fromEntries(
    check(bases.map((b) => readJson(path.join(CORPUS, 'ready', b + '.json')))).map((r, i) => [bases[i], r]));
  const reports = check(manifest.map((m) => readJson(path.join(dir, m.id + '.json'))));
  const problems = [];
  let caught = 0;
  let extraBlocks = 0;
  manifest.forEach((m, i) => {
    const fs_ = reports[i].findings;
    // The intended rule catches it when it is the finding's rule or folded into it (`also`: a
    // restating rule joins the official finding at the same path); extra blocks count by `rule`.
    const intended = (f) => f.rule === m.expect.rule || (f.also || []).includes(m.expect.rule);
    const catcher = fs_.find((f) => serious(f) && intended(f) && f.path === m.expect.path);
    const hit = !!catcher;
    const before = new Set(baseReports[m.base].findings.filter((f) => f.severity === 'block').map((f) => f.rule + ' ' + f.path));
    const extra = uniq(fs_.filter((f) => f !== catcher && f.severity === 'block' && f.rule !== m.expect.rule &&
      !before.has(f.rule + ' ' + f.path)).map((f) => f.rule));
    if (hit) caught++;
    if (extra.length) extraBlocks++;
    const got = { missed: !hit, extra };
    const k = known.variants[m.id] || {};
    const want = { missed: !!k.missed, extra: uniq(k.extra || []) };
    if (JSON.stringify(got) !== JSON.stringify(want))
      problems.push(`${m.id} (${m.expect.rule} at ${m.expect.path}): got ${JSON.stringify(got)}, known_deviations ${JSON.stringify(want)}`);
  });
  for (const id of Object.keys(known.variants))
    if (!manifest.some((m) => m.id === id)) problems.push(`${id}: listed but no such variant`);
  const families = uniq(manifest.map((m) => m.expect.rule.replace(/-\d+$/, '')));
  console.log(`corpus (b): ${caught}/${manifest.length} caught (${(100 * caught / manifest.length).toFixed(1)}%), ` +
    `${extraBlocks} with extra block findings; families ${families.join(' ')}`);
  assert.deepEqual(problems, []);
});
