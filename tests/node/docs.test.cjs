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

// A finding may block only when the rule's source says reviewers reject for its condition
// (docs/rules-catalog.md, how severity and confidence combine); the pack carries that sentence as the
// rule's `reject_quote` and docs/rules.md shows it ("Rejects because"). Where the source states the
// requirement the condition breaks instead (必须/应当/须/只能/不能), the quote has `"kind": "requires"`
// and docs/rules.md shows it as "Required by".
const QUOTE_PREFIX = { rejects: 'Rejects because', requires: 'Required by' };
// Rules that can block: severity "block" or a variant with severity "block", confidence not "1",
// not raised by the engine.
function canBlock(r) {
  if (r.engine === true || String(r.confidence) === '1') return false;
  if (r.severity === 'block') return true;
  return Object.values(r.variants || {}).some((v) => v && v.severity === 'block');
}

// Rules that can block although no stored source sentence was found for them (neither one saying
// reviewers reject nor one stating the requirement). This list may only shrink: quote the sentence
// when one is found, or let the rule stop blocking.
const NO_REJECT_QUOTE = new Set([
]);

test('every rule that can block quotes the source sentence that says reviewers reject (or the requirement)', () => {
  const pack = JSON.parse(fs.readFileSync(path.join(ROOT, 'build/native/gen/rulepack.json'), 'utf8'));
  const missing = [];
  for (const r of pack.rules) {
    const q = r.reject_quote;
    if (q !== undefined) {
      for (const key of ['zh-CN', 'source', 'en']) {
        assert.ok(typeof q[key] === 'string' && q[key].trim() !== '', `${r.id}: reject_quote.${key} is empty`);
      }
      assert.ok([...q['zh-CN']].length <= 120, `${r.id}: reject_quote.zh-CN is longer than 120 characters`);
      assert.ok(q.kind === undefined || Object.hasOwn(QUOTE_PREFIX, q.kind),
        `${r.id}: reject_quote.kind must be one of ${Object.keys(QUOTE_PREFIX).join(', ')}`);
    }
    if (!canBlock(r)) continue;
    if (NO_REJECT_QUOTE.has(r.id)) {
      assert.ok(q === undefined, `${r.id} now has a reject_quote: remove it from NO_REJECT_QUOTE`);
    } else if (q === undefined) {
      missing.push(r.id);
    }
  }
  assert.deepStrictEqual(missing, [], `rules that can block without a reject_quote: ${missing.join(', ')}`);
  for (const id of NO_REJECT_QUOTE) {
    const r = pack.rules.find((x) => x.id === id);
    assert.ok(r && canBlock(r), `${id} no longer can block: remove it from NO_REJECT_QUOTE`);
  }
});

test('docs/rules.md shows the quoted sentence of every quoted rule, under the prefix of its kind', () => {
  const pack = JSON.parse(fs.readFileSync(path.join(ROOT, 'build/native/gen/rulepack.json'), 'utf8'));
  const doc = fs.readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8');
  for (const r of pack.rules) {
    const q = r.reject_quote;
    if (!q) continue;
    const kind = q.kind || 'rejects';
    assert.ok(doc.includes(`- ${QUOTE_PREFIX[kind]}: “${q['zh-CN']}”`), `${r.id} (${kind})`);
    for (const other of Object.keys(QUOTE_PREFIX).filter((k) => k !== kind)) {
      assert.ok(!doc.includes(`- ${QUOTE_PREFIX[other]}: “${q['zh-CN']}”`), `${r.id}: shown as ${other}`);
    }
  }
});
