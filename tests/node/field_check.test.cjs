// The live check is exact (issue 12), on the page's module as the page loads it: every leaf of
// every pack example, examples/*.json and tests/corpus/ready/ application is mutated (emptied or
// flipped, given the wrong type, given another application's value at the same place), and the
// field check of the mutated field and of its parent must return exactly the full check's
// findings at or below them. Over 20,000 comparisons, none may differ. The same property runs
// natively under ASan+UBSan on a quarter of the count (tests/unit/field_check_test.cc), where it
// costs ~4 times as much per check.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const { ROOT, pageModule } = require('./util.cjs');

const TODAY = '2026-11-28';
let pointer;
const WANTED = 21000;

function corpus() {
  const apps = [];
  const pack = JSON.parse(fs.readFileSync(path.join(ROOT, 'build/native/gen/rulepack.json'), 'utf8'));
  for (const rule of pack.rules) for (const ex of rule.examples || []) apps.push(ex.app);
  for (const name of ['clean-enterprise', 'individual-shop', 'zhejiang-mismatch', 'guangdong-finance-name',
    'plan-zhejiang', 'plan-before-filing']) {
    apps.push(JSON.parse(fs.readFileSync(path.join(ROOT, 'examples', `${name}.json`), 'utf8')));
  }
  const ready = path.join(ROOT, 'tests/corpus/ready');
  for (const f of fs.readdirSync(ready).sort()) apps.push(JSON.parse(fs.readFileSync(path.join(ready, f), 'utf8')));
  return apps;
}

// Several uploaded pages of one website with the same hits (merged into one finding with spans),
// and a page of a second website.
function multiPage() {
  const page = '<html><head><title>青禾数码</title></head><body><p>本站提供网络赌博下注服务。</p>' +
    '<footer>浙ICP备2024012345号-9</footer></body></html>';
  return {
    subject: { type: 'enterprise', province: '浙江', name: '杭州青禾数码科技有限公司' },
    websites: [{ name: '青禾数码官网', domains: ['qinghe-tech.com'] }, { name: '青禾数码商城', domains: ['qinghe-shop.com'] }],
    public_security: { icp_number: '浙ICP备2024012345号-1' },
    attachments: {
      site_pages: [
        { url: 'https://www.qinghe-tech.com/', html: page },
        { url: 'https://www.qinghe-tech.com/about.html', html: page },
        { url: 'https://www.qinghe-shop.com/', html: page },
      ],
    },
  };
}

// JSON Pointers of the scalar leaves (the first three items of an array; "context" left alone).
function leaves(v, parts, out) {
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length && i < 3; ++i) leaves(v[i], [...parts, i], out);
  } else if (v !== null && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) if (k !== 'context') leaves(x, [...parts, k], out);
  } else if (parts.length) {
    out.push(pointer.joinPointer(parts));
  }
  return out;
}

const under = (p, field) => typeof p === 'string' && p.startsWith(field) &&
  (p.length === field.length || p[field.length] === '/');
// A finding lies at or below `field` by its path or (merged page hits) by one of its spans.
const findingUnder = (f, field) => under(f.path ?? '', field) ||
  (Array.isArray(f.spans) && f.spans.some((s) => under(s.attachment ?? '', field)));

// A fixed shuffle (mulberry32), so that pack examples, examples and corpus cases alternate.
function shuffled(n, seed) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const order = [...Array(n).keys()];
  for (let i = n - 1; i > 0; --i) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

test('field checks equal the full check filtered to the field, on mutated applications', async () => {
  // the page's JSON Pointer helpers (web/pointer.js)
  pointer = await import(pathToFileURL(path.join(ROOT, 'web/pointer.js')).href);
  const m = await pageModule();
  const apps = corpus();
  apps.unshift(multiPage());
  const leafLists = apps.map((a) => leaves(a, [], []));
  // values seen at each path (up to four), to give one application another's value
  const seen = new Map();
  apps.forEach((a, i) => {
    for (const p of leafLists[i]) {
      if (!seen.has(p)) seen.set(p, []);
      const vs = seen.get(p);
      if (vs.length < 4) vs.push(pointer.getAt(a, p));
    }
  });
  const order = [0, ...shuffled(apps.length - 1, 20261202).map((i) => i + 1)];
  // the application's UTF-8 bytes, made once for its three checks
  const utf8 = new TextEncoder();
  const text = (app) => utf8.encode(
    JSON.stringify({ ...app, context: { ...(app.context ?? {}), today: app.context?.today ?? TODAY } }));
  const check = (doc, field) => JSON.parse(m.check(doc, field ? JSON.stringify({ field }) : '{}'));
  let compared = 0, differing = 0;
  const differ = [];
  const kinds = new Set();
  for (let pass = 0, round = 0; pass < 3 && compared < WANTED; ++pass) {
    round = pass;  // each pass gives each leaf the next kind of mutation
    for (const a of order) {
      if (compared >= WANTED) break;
      const list = leafLists[a];
      for (let l = 0; l < list.length && l < 40; ++l, ++round) {
        const p = list[l];
        const mutated = structuredClone(apps[a]);
        const old = pointer.getAt(mutated, p);
        const kind = round % 3;
        kinds.add(kind);
        let value;
        if (kind === 0) value = typeof old === 'string' ? '' : typeof old === 'boolean' ? !old : 0;
        else if (kind === 1) value = typeof old === 'string' ? 12345 : 'x';
        else {
          const vs = seen.get(p) ?? [];
          value = vs.length ? vs[(a + l) % vs.length] : '—';
        }
        pointer.setAt(mutated, p, value);
        const doc = text(mutated);
        const full = check(doc);
        assert.ok(Array.isArray(full.findings), JSON.stringify(full).slice(0, 300));
        for (const field of [p, p.slice(0, p.lastIndexOf('/'))]) {
          if (field === '') continue;
          const want = full.findings.filter((f) => findingUnder(f, field));
          const got = check(doc, field);
          ++compared;
          if (JSON.stringify(got.findings) !== JSON.stringify(want) && ++differing <= 10) {
            const key = (f) => `${f.rule} ${f.path ?? ''}`;
            const w = new Set(want.map(key));
            const g = new Set((got.findings ?? []).map(key));
            differ.push(`field ${field}: full check only [${[...w].filter((x) => !g.has(x)).join('; ')}], ` +
              `field check only [${[...g].filter((x) => !w.has(x)).join('; ')}]` +
              (got.findings ? '' : ` (no findings: ${JSON.stringify(got).slice(0, 200)})`));
          }
        }
      }
    }
  }
  assert.deepStrictEqual(differ, [], `${differing} of ${compared} comparisons differ`);
  assert.ok(compared >= 20000, `only ${compared} comparisons`);
  assert.deepStrictEqual([...kinds].sort(), [0, 1, 2]);
});
