// The rule reference docs/rules.md is generated from the rule pack (scripts/gen_rules_doc.py,
// run by scripts/build into build/native/gen/rules.md); it must never drift from the pack.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');

test('docs/rules.md is the generated rule reference of the current pack', () => {
  const generated = fs.readFileSync(path.join(ROOT, 'build/native/gen/rules.md'), 'utf8');
  const committed = fs.readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8');
  assert.ok(committed === generated,
    'docs/rules.md is stale: run `cp build/native/gen/rules.md docs/rules.md` after scripts/build');
});

test('the site carries the rule reference page', () => {
  const page = fs.readFileSync(path.join(ROOT, 'site/rules.html'), 'utf8');
  const pack = JSON.parse(fs.readFileSync(path.join(ROOT, 'build/native/gen/rulepack.json'), 'utf8'));
  for (const r of pack.rules) assert.ok(page.includes(`id="${r.id}"`), r.id);
});
