// What a seller reads is in the seller's words: no schema enum code (hong_kong, pay_as_you_go,
// sole_proprietor …) and no JSON Pointer in any finding's message, fix or evidence, in Chinese,
// over every pack example, every example application and the calibration corpus (a) and its
// single-defect variants (b). Enum values are named by the schema's x-labels (EnumLabel in the
// core); a code can only reach a seller when the seller typed it (a domain such as qinghe_tea.com).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { ROOT, CLI, native } = require('./util.cjs');

const readJson = (f) => JSON.parse(fs.readFileSync(f, 'utf8'));

// Every enum code of the application schema made of lower-case letters and underscores.
function enumCodes() {
  const codes = new Set();
  (function walk(n) {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n.enum)) for (const v of n.enum) if (typeof v === 'string' && /^[a-z_]+$/.test(v)) codes.add(v);
    Object.values(n).forEach(walk);
  })(readJson(path.join(ROOT, 'schemas/application.schema.json')));
  codes.delete('en');
  return codes;
}

function applications() {
  const apps = [];
  const pack = readJson(path.join(ROOT, 'build/native/gen/rulepack.json'));
  for (const r of pack.rules) (r.examples || []).forEach((e, i) => apps.push({ id: `${r.id}#${i}`, app: e.app }));
  for (const dir of ['examples', 'tests/corpus/ready']) {
    for (const n of fs.readdirSync(path.join(ROOT, dir)).filter((x) => x.endsWith('.json')).sort())
      apps.push({ id: `${dir}/${n}`, app: readJson(path.join(ROOT, dir, n)) });
  }
  const out = path.join(ROOT, 'build/corpus/seller-words');
  fs.rmSync(out, { recursive: true, force: true });
  const r = spawnSync('python3', [path.join(ROOT, 'tests/corpus/make_corpus.py'), 'variants', out,
    path.join(ROOT, 'tests/corpus/ready')], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  for (const m of readJson(path.join(out, 'manifest.json')))
    apps.push({ id: m.id, app: readJson(path.join(out, m.id + '.json')) });
  return apps;
}

test('findings name enum values and fields in the seller\'s words, never by code or pointer', { skip: !fs.existsSync(CLI) && 'no native CLI' }, () => {
  const codes = enumCodes();
  assert.ok(codes.has('hong_kong') && codes.has('pay_as_you_go'), 'the schema\'s codes were read');
  const apps = applications();
  const r = native(['--locale', 'zh-CN', '--format', 'jsonl', '-'], apps.map((a) => JSON.stringify(a.app)).join('\n'));
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  const reports = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(reports.length, apps.length);
  const problems = new Set();
  reports.forEach((rep, i) => {
    const typed = JSON.stringify(apps[i].app);  // what the seller typed may come back as is
    for (const f of rep.findings || []) {
      for (const key of ['message', 'fix', 'evidence']) {
        const text = f[key] || '';
        for (const m of text.matchAll(/(?<![\w.@/-])([a-z_]+)(?![\w.@/-])/g)) {
          if (codes.has(m[1]) && !typed.includes(`"${m[1]}.`))
            problems.add(`${f.rule} ${key}: code "${m[1]}" (${apps[i].id}): ${text.slice(0, 80)}`);
        }
        const ptr = text.match(/\/(?:subject|websites|documents|public_security|attachments|market|context)\/[\w/]*/);
        if (ptr) problems.add(`${f.rule} ${key}: pointer ${ptr[0]} (${apps[i].id})`);
      }
    }
  });
  assert.deepEqual([...problems].sort().slice(0, 20), []);
  console.log(`seller words: ${apps.length} applications, no codes or pointers`);
});
