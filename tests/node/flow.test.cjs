// The guided flow's questions to the core (issue 13), on the wasm build and the native CLI: the
// quick check of the first screen (options.fields / several --field), the form plan (formPlan /
// --form-plan), the region lists (regions), and an image dropped on a text upload as the page
// decodes it (TextDecoder). The page only renders these answers.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { ROOT, CLI, core, native } = require('./util.cjs');

const FIRST_SCREEN = ['/subject/province', '/subject/type', '/subject/certificate_number', '/subject/name',
  '/websites/0/domains/0'];
const hasCli = fs.existsSync(CLI);

function firstScreen(subject, domain) {
  return { subject, websites: [{ domains: [domain] }] };
}

const FIRST_SCREENS = [
  firstScreen({ province: '浙江', type: 'enterprise', certificate_number: '91330106MA2H3K7Q4M', name: '杭州青禾贸易有限公司' }, 'qinghe-tea.cn'),
  firstScreen({ province: '广东省', type: 'individual', certificate_number: '440106199001010014', name: '张三' }, { name: 'zhangsan.cn' }),
  firstScreen({ province: '11', type: 'sole_proprietor', certificate_number: '92110105MA01ABCD1X', name: '北京市朝阳区青禾茶叶店' }, 'qinghe.com.cn'),
];

function tmpFile(name, text) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'beian-flow-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

test('quick check: wasm (options.fields) and native (several --field) give the same bytes', { skip: !hasCli && 'no native CLI' }, async () => {
  const m = await core();
  const apps = [...FIRST_SCREENS];
  for (const n of fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.json')).sort())
    apps.push(JSON.parse(fs.readFileSync(path.join(ROOT, 'examples', n), 'utf8')));
  const args = FIRST_SCREEN.flatMap((f) => ['--field', f]);
  for (const [i, app] of apps.entries()) {
    const text = JSON.stringify(app);
    const file = tmpFile(`app${i}.json`, text);
    for (const locale of ['zh-CN', 'en']) {
      const nat = native(['--format', 'json', '--today', '2026-11-28', '--locale', locale, ...args, file]);
      assert.ok(nat.status === 0 || nat.status === 1, nat.stderr);
      const wasm = m.check(text, JSON.stringify({ today: '2026-11-28', locale, fields: FIRST_SCREEN }));
      assert.equal(wasm + '\n', nat.stdout, `app ${i} ${locale}`);
      const rep = JSON.parse(wasm);
      for (const key of ['facts', 'plan', 'applicability', 'completeness']) assert.ok(!(key in rep), key);
      for (const f of rep.findings)
        assert.ok(FIRST_SCREEN.some((p) => f.path === p || f.path.startsWith(p + '/')), `${f.rule} at ${f.path}`);
    }
  }
});

test('quick check: five answers get no finding about the other fields, verdict over their findings', async () => {
  const m = await core();
  for (const app of FIRST_SCREENS) {
    const rep = JSON.parse(m.check(JSON.stringify(app), JSON.stringify({ today: '2026-11-28', fields: FIRST_SCREEN })));
    for (const f of rep.findings) {
      assert.ok(!['INPUT-004', 'INPUT-009', 'INPUT-013'].includes(f.rule), f.rule);
      assert.ok(!(f.rule === 'SEED-001' && f.message_id === 'unknown'), f.message);
    }
    const count = (s) => rep.findings.filter((f) => f.severity === s).length;
    assert.equal(rep.summary.block, count('block'));
    assert.equal(rep.summary.warn, count('warn'));
    assert.equal(rep.verdict, count('block') ? 'blocked' : count('warn') ? 'at_risk' : 'ready');
  }
  assert.ok('error' in JSON.parse(m.check('{}', JSON.stringify({ fields: '/subject/name' }))));
});

test('formPlan: wasm and native --form-plan agree; individual vs enterprise', { skip: !hasCli && 'no native CLI' }, async () => {
  const m = await core();
  for (const [i, app] of FIRST_SCREENS.entries()) {
    const text = JSON.stringify(app);
    const file = tmpFile(`plan${i}.json`, text);
    for (const locale of ['zh-CN', 'en']) {
      const nat = native(['--form-plan', '--locale', locale, file]);
      assert.equal(nat.status, 0, nat.stderr);
      assert.equal(m.formPlan(text, locale) + '\n', nat.stdout);
    }
  }
  const ent = JSON.parse(m.formPlan(JSON.stringify(FIRST_SCREENS[0]), 'zh-CN'));
  const ind = JSON.parse(m.formPlan(JSON.stringify(FIRST_SCREENS[1]), 'zh-CN'));
  assert.ok(ind.hidden.includes('/subject/legal_representative_name'));
  assert.ok(ind.hidden.includes('/attachments/business_license_text'));
  assert.ok(!ent.hidden.includes('/subject/legal_representative_name'));
  assert.ok(ent.required.includes('/subject/legal_representative_name'));
  // Guangdong asks for its commitment letter, Zhejiang does not.
  assert.ok(ent.hidden.includes('/documents/filing_commitment_letter'));
  assert.ok(!ind.hidden.includes('/documents/filing_commitment_letter'));
  for (const plan of [ent, ind]) {
    for (const h of plan.hidden)
      assert.ok(!plan.required.some((r) => r === h || r.startsWith(h + '/')), `${h} hides a required field`);
    assert.equal(plan.provided + plan.missing.length, plan.required.length);
  }
  assert.ok('error' in JSON.parse(m.formPlan('[', 'zh-CN')));
  // Bytes in (Uint8Array) as well as a string.
  assert.equal(m.formPlan(new TextEncoder().encode(JSON.stringify(FIRST_SCREENS[0])), 'zh-CN'), JSON.stringify(ent));
});

test('regions: provinces, cities, districts; municipalities list their districts', async () => {
  const m = await core();
  const r = (p) => JSON.parse(m.regions(p, 'zh-CN'));
  const provinces = r('');
  assert.equal(provinces.length, 34);
  assert.deepEqual(provinces.find((x) => x.code === '330000'), { code: '330000', name: '浙江省' });
  const zj = r('浙江');
  assert.deepEqual(r('33'), zj);
  assert.ok(zj.some((x) => x.name === '杭州市' && x.code === '330100'));
  assert.ok(r('330100').some((x) => x.name === '西湖区'));
  assert.ok(r('北京市').some((x) => x.name === '海淀区'));
  assert.deepEqual(r('火星'), []);
});

test('an image or PDF decoded by the page with TextDecoder is named, not read', async () => {
  const m = await core();
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63f8cfc0f01f0005000101ff89993d1d0000000049454e44ae426082', 'hex');
  const pdf = Buffer.from('%PDF-1.4\n%\xc7\xec\x8f\xa2\n5 0 obj\n<</Length 6 0 R>>', 'latin1');
  for (const [bytes, kind, zh] of [[png, 'png', 'PNG 图片'], [pdf, 'pdf', 'PDF 文件']]) {
    const text = new TextDecoder('utf-8').decode(bytes);
    const app = { subject: { type: 'enterprise', name: '杭州青禾贸易有限公司' }, attachments: { business_license_text: text } };
    const rep = JSON.parse(m.check(JSON.stringify(app), JSON.stringify({ today: '2026-11-28' })));
    const f = rep.findings.filter((x) => x.rule === 'INPUT-012');
    assert.equal(f.length, 1, kind);
    assert.equal(f[0].path, '/attachments/business_license_text');
    assert.equal(f[0].evidence, kind);
    assert.ok(f[0].message.includes('营业执照') && f[0].message.includes(zh) && f[0].message.includes('不是文字'), f[0].message);
    assert.ok(!(rep.facts && rep.facts.license), 'the picture was read as a licence');
  }
});
