// What a seller reads is in the seller's words: no schema enum code (hong_kong, pay_as_you_go,
// sole_proprietor …, and the feature names payment, user_registration …) and no JSON Pointer or
// dotted schema path (websites[].hosting.location) in any finding's message, fix or evidence, in
// the titles of the rules its `also` names, or in the plan's cost rows (item, basis and the
// cycle's label), in Chinese and in English (there only compound codes: English prose uses
// "domain" or "other" as words), over every pack example, every example application and the
// calibration corpus (a) and its single-defect variants (b). Enum values are named by the
// schema's x-labels (EnumLabel in the core); a code can only reach a seller when the seller typed
// it (a domain such as qinghe_tea.com).
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
  // The names of the website features (payment, user_registration …) are codes too.
  const schema = readJson(path.join(ROOT, 'schemas/application.schema.json'));
  const site = schema.properties.websites.items;
  const features = (site.$ref ? schema.$defs[site.$ref.split('/').pop()] : site).properties.features;
  for (const k of Object.keys(features.properties || {})) codes.add(k);
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

const POINTER = /\/(?:subject|websites|documents|public_security|attachments|market|context)\/[\w/]*/;
// A schema path in dotted form: documents.scan_quality, websites[].hosting.location.
const DOTTED = /(?<![\w.@/-])(?:subject|websites|documents|public_security|attachments|market|context)(?:\[\d*\])?\.[a-z_]+/;

// Every text of a report a seller reads: each finding's message, fix and evidence, the titles of
// the rules its `also` lists, and the plan's cost rows (item, cycle label, basis).
function sellerTexts(rep, titles) {
  const out = [];
  for (const f of rep.findings || []) {
    for (const key of ['message', 'fix', 'evidence']) out.push({ rule: f.rule, key, text: f[key] || '' });
    for (const id of f.also || []) out.push({ rule: f.rule, key: `also ${id}`, text: titles.get(id) || id });
  }
  for (const c of (rep.plan && rep.plan.costs) || []) {
    for (const key of ['item', 'basis']) out.push({ rule: 'plan', key: `costs.${key}`, text: c[key] || '' });
    if ('recurring' in c) out.push({ rule: 'plan', key: 'costs.recurring_label', text: c.recurring_label || `(no label for ${c.recurring})` });
  }
  return out;
}

for (const locale of ['zh-CN', 'en']) {
  test(`${locale}: findings, also and plan costs name enum values and fields in the seller's words, never by code or pointer`, { skip: !fs.existsSync(CLI) && 'no native CLI' }, () => {
    const codes = enumCodes();
    assert.ok(codes.has('hong_kong') && codes.has('pay_as_you_go'), 'the schema\'s codes were read');
    const pack = readJson(path.join(ROOT, 'build/native/gen/rulepack.json'));
    const titles = new Map(pack.rules.map((r) => [r.id, (r.title && (r.title[locale] || r.title['zh-CN'])) || '']));
    const apps = applications();
    const r = native(['--locale', locale, '--format', 'jsonl', '-'], apps.map((a) => JSON.stringify(a.app)).join('\n'));
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    const reports = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(reports.length, apps.length);
    const problems = new Set();
    let costs = 0;
    reports.forEach((rep, i) => {
      const typed = JSON.stringify(apps[i].app);  // what the seller typed may come back as is
      costs += ((rep.plan && rep.plan.costs) || []).length;
      for (const { rule, key, text } of sellerTexts(rep, titles)) {
        for (const m of text.matchAll(/(?<![\w.@/-])([a-z_]+)(?![\w.@/-])/g)) {
          // English prose uses plain words that are codes too (domain, other, news): there only
          // the compound codes (hong_kong, user_registration) give a code away.
          if (locale === 'en' && !m[1].includes('_')) continue;
          if (codes.has(m[1]) && !typed.includes(`"${m[1]}.`))
            problems.add(`${rule} ${key}: code "${m[1]}" (${apps[i].id}): ${text.slice(0, 80)}`);
        }
        const ptr = text.match(POINTER) || text.match(DOTTED);
        if (ptr && !typed.includes(ptr[0])) problems.add(`${rule} ${key}: pointer ${ptr[0]} (${apps[i].id}): ${text.slice(0, 80)}`);
      }
    });
    assert.ok(costs > 0, 'plan costs were checked');
    assert.deepEqual([...problems].sort().slice(0, 40), []);
    console.log(`seller words (${locale}): ${apps.length} applications, no codes or pointers`);
  });
}
