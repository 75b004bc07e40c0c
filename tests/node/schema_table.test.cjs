// scripts/gen_schema_table.py: the application schema compiled at build time into the table the
// core reads (core/engine/schema.cc). What the table holds is checked against the real schema by
// tests/unit/engine/schema_table_test.cc; here the generator itself on small schemas: $refs
// resolved to one shared node, the fields of a line, and the schemas it refuses (the build stops
// with the reason rather than embedding a table the core would read wrongly).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.join(__dirname, '../..');
const GEN = path.join(ROOT, 'scripts/gen_schema_table.py');

function compile(schema) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-table-'));
  try {
    fs.writeFileSync(path.join(dir, 's.json'), JSON.stringify(schema));
    const r = spawnSync('python3', [GEN, path.join(dir, 's.json'), path.join(dir, 't.tsv')],
      { encoding: 'utf8' });
    const table = r.status === 0 ? fs.readFileSync(path.join(dir, 't.tsv'), 'utf8') : null;
    return { status: r.status, stderr: r.stderr, table };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// A line's fields: N type flags const minimum enum required properties items oneOf labels.
const fields = (line) => line.split('\t');
const items = (field) => (field === '' ? [] : field.slice(1).split('\x1f'));

test('schema table: $refs resolve to one shared node; each keyword in its field', () => {
  const { status, stderr, table } = compile({
    type: 'object',
    required: ['a'],
    properties: {
      a: { $ref: '#/$defs/when' },
      b: { $ref: '#/$defs/when' },
      kind: { enum: ['x', 'y'], 'x-labels': { x: { 'zh-CN': '甲', en: 'X' }, y: { en: 'Y' } } },
      n: { type: 'integer', minimum: 0 },
      v: { const: 1 },
      list: { type: 'array', items: { oneOf: [{ type: 'string' }, { type: 'object' }] } },
    },
    $defs: { when: { type: 'string', format: 'date' } },
  });
  assert.equal(status, 0, stderr);
  const lines = table.trimEnd().split('\n').map(fields);
  const root = lines[0];
  assert.equal(root[0], 'N');
  assert.equal(root[1], 'object');
  assert.equal(root[2], 'p');
  assert.deepEqual(items(root[6]), ['a']);
  const props = Object.fromEntries(items(root[7]).map((p) => p.split('\x1e')));
  assert.deepEqual(Object.keys(props), ['a', 'b', 'kind', 'n', 'v', 'list']);
  assert.equal(props.a, props.b, 'both $refs name the same node');
  const node = (name) => lines[Number(props[name])];
  assert.deepEqual([node('a')[1], node('a')[2]], ['string', 'd']);
  assert.equal(node('kind')[2], 'e');
  assert.deepEqual(items(node('kind')[5]), ['x', 'y']);
  assert.deepEqual(items(node('kind')[10]).map((l) => l.split('\x1e')), [['x', '甲', 'X'], ['y', '', 'Y']]);
  assert.equal(node('n')[4], '0');
  assert.equal(node('v')[3], '1');
  assert.equal(node('list')[2], 'i');
  const alts = lines[Number(node('list')[8])];
  assert.equal(alts[2], 'o');
  assert.deepEqual(items(alts[9]).map((a) => a.split('\x1e').slice(0, 2)), [['1', 'string'], ['1', 'object']]);
  assert.equal(lines.length, 9, 'one line per distinct node');
});

test('schema table: schemas the core could not read are refused with the reason', () => {
  for (const [schema, why] of [
    [{ type: 'object', properties: { n: { enum: ['a', 2] } } }, /enum of other values than strings/],
    [{ oneOf: [{ type: 'string' }], properties: { a: {} } }, /oneOf beside properties or items/],
    [{ type: 'object', properties: { a: { enum: ['two\tparts'] } } }, /a tab, line break or separator/],
    [{ $ref: 'other.json#/x' }, /root is not an object/],
  ]) {
    const r = compile(schema);
    assert.notEqual(r.status, 0, JSON.stringify(schema));
    assert.match(r.stderr, why);
  }
});
