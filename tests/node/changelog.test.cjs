// Rule-pack versioning (issue 16, item 4): every rule's severity and condition (its fingerprint,
// scripts/rulepack_fingerprints.mjs) matches docs/rulepack-fingerprints.json, and every change the
// snapshot records has a CHANGELOG.md entry naming the rule under its pack version.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const lib = import(path.join(ROOT, 'scripts/rulepack_fingerprints.mjs'));
const pack = () => JSON.parse(fs.readFileSync(path.join(ROOT, 'build/native/gen/rulepack.json'), 'utf8'));

test('rule pack: no rule changed severity or condition without a CHANGELOG.md entry', async () => {
  const { fingerprints, diff, changelogSections, names, SNAPSHOT, CHANGELOG } = await lib;
  const built = fingerprints(pack());
  const snap = JSON.parse(fs.readFileSync(SNAPSHOT, 'utf8'));
  const sections = changelogSections(fs.readFileSync(CHANGELOG, 'utf8'));
  assert.ok(sections[built.version] !== undefined,
    `CHANGELOG.md has no "## ${built.version}" heading for the pack version in core/pack/meta.json`);
  const changes = diff(built, snap);
  const unrecorded = changes.filter((c) => !names(sections[built.version], c.id));
  assert.deepStrictEqual(unrecorded.map((c) => `${c.id}: ${c.what}`), [],
    `add a line naming each of these under "## ${built.version}" in CHANGELOG.md, then run ` +
    '`node scripts/rulepack_fingerprints.mjs --update`');
  assert.deepStrictEqual(changes.map((c) => `${c.id}: ${c.what}`), [],
    'CHANGELOG.md names these changes: record them with `node scripts/rulepack_fingerprints.mjs --update`');
});

test('rule pack: every change recorded in the snapshot is named in CHANGELOG.md under its version', async () => {
  const { changelogSections, names, SNAPSHOT, CHANGELOG, BASELINE } = await lib;
  const snap = JSON.parse(fs.readFileSync(SNAPSHOT, 'utf8'));
  const sections = changelogSections(fs.readFileSync(CHANGELOG, 'utf8'));
  const missing = [];
  for (const kind of ['rules', 'lists']) {
    for (const [id, e] of Object.entries(snap[kind])) {
      if (e.since !== BASELINE && !names(sections[e.since], id)) missing.push(`${id} (${e.since})`);
    }
  }
  for (const [id, version] of Object.entries(snap.removed || {})) {
    if (!names(sections[version], id)) missing.push(`${id} removed (${version})`);
  }
  assert.deepStrictEqual(missing, []);
});

test('rule pack: a severity change is caught, and an entry naming the rule lets it through', async () => {
  const { fingerprints, diff, changelogSections, names } = await lib;
  const p = pack();
  const before = fingerprints(p);
  const rule = p.rules.find((r) => r.id === 'ENT-003');
  rule.severity = rule.severity === 'block' ? 'warn' : 'block';
  const after = fingerprints(p);
  const changes = diff(after, before);
  assert.deepStrictEqual(changes.map((c) => c.id), ['ENT-003']);
  assert.match(changes[0].what, /^severity /);
  // wording alone is no change
  const q = pack();
  q.rules.find((r) => r.id === 'ENT-003').message = { 'zh-CN': 'x', en: 'x' };
  assert.deepStrictEqual(diff(fingerprints(q), before), []);
  // a params change is a condition change
  const c = pack();
  const withParams = c.rules.find((r) => r.params && Object.keys(r.params).length);
  withParams.params = Object.assign({}, withParams.params, { extra: 1 });
  assert.deepStrictEqual(diff(fingerprints(c), before).map((x) => x.what), ['condition changed']);
  const log = changelogSections('## 2026.12.31\n\n- ENT-003: warn → block\n- ENT-0031 is not it\n');
  assert.ok(names(log['2026.12.31'], 'ENT-003'));
  assert.ok(!names(log['2026.12.31'], 'ENT-031'));
  assert.ok(!names(changelogSections('## 2026.12.31\n- ENT-0031\n')['2026.12.31'], 'ENT-003'));
});
