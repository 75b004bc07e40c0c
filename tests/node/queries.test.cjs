// The core's queries (core/queries.h) through the wasm Node build: the values the page relies on
// (the same values tests/unit/queries_test.cc asserts for the native build).
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');

const { ROOT, core } = require('./util.cjs');

const ID = '330106199001011234';
const ID2 = '110101198001010017';
const ID3 = '440301198505050026';
const mask = (id) => id.slice(0, 6) + '*'.repeat(id.length - 8) + id.slice(-2);

const APP = {
  subject: {
    type: 'individual', name: '杭州 青禾茶业有限公司', certificate_number: ID2,
    certificate_address: '浙江省杭州市西湖区文三路一〇八号',
    principal: { id_number: ID },
  },
  websites: [{
    responsible_person: { id_number: '@ID3@' },  // a JSON number in APP_TEXT
    domains: ['other.cn', { name: 'WWW.Qinghe-Tea.cn', registrant: '杭州青禾茶业有限公司', registered_on: '2019/5/12',
      expires_on: '2027-05-13', registrant_certificate_number: 'AB"CD1234567' }],
  }],
  public_security: { icp_number: '浙ICP备2024012345号-1' },
  attachments: { id_card_texts: [{ text: '公民身份号码370202199003071236' }] },
};

// An 18-digit JSON number (as in an uploaded file; JS numbers cannot hold it exactly).
const APP_TEXT = JSON.stringify(APP).replace('"@ID3@"', ID3);

test('maskId is the core\'s MaskId', async () => {
  const m = await core();
  assert.strictEqual(m.maskId(ID), mask(ID));
  assert.strictEqual(m.maskId('  ' + ID + ' '), mask(ID));
  assert.strictEqual(m.maskId('12345678'), '********');
});

test('maskExport masks every ID number of the application (string or bytes in)', async () => {
  const m = await core();
  const text = JSON.stringify({ a: ID, b: ID2, c: ID3, d: 'AB"CD1234567', e: '370202199003071236', f: '91330106MA27XXXX1X' });
  for (const app of [APP_TEXT, new TextEncoder().encode(APP_TEXT)]) {
    const out = m.maskExport(text, app);
    for (const raw of [ID, ID2, ID3, 'CD1234567', '370202199003071236']) assert.ok(!out.includes(raw), raw + ' in ' + out);
    assert.ok(out.includes(mask(ID)) && out.includes(mask(ID3)));
    assert.ok(out.includes('91330106MA27XXXX1X'), 'not an ID number of the application');
  }
  // an enterprise's credit code is not masked
  const ent = JSON.stringify({ subject: { type: 'enterprise', certificate_number: '91330106MA27XXXX1X' } });
  assert.strictEqual(m.maskExport(text, ent), text);
  assert.strictEqual(m.maskExport(text, '{'), text);
});

test('isPersonalFiling', async () => {
  const m = await core();
  assert.strictEqual(m.isPersonalFiling(JSON.stringify({ subject: { type: 'individual' } })), true);
  assert.strictEqual(m.isPersonalFiling(JSON.stringify({ subject: { type: 'enterprise' } })), false);
  assert.strictEqual(m.isPersonalFiling('nope'), false);
});

test('whoisDomain reads the domain with the WHOIS reader', async () => {
  const m = await core();
  const fx = (n) => fs.readFileSync(path.join(ROOT, 'tests/fixtures/whois', n), 'utf8');
  assert.strictEqual(m.whoisDomain(fx('cnnic_company.txt')), 'qinghe-tea.cn');
  assert.strictEqual(m.whoisDomain(fx('verisign_thin_godaddy.txt')), 'sunriver-outdoor.com');
  assert.strictEqual(m.whoisDomain(''), '');
  assert.strictEqual(m.whoisDomain('Domain Name: EXAMPLE.COM.\nRegistrar: X\n'), 'example.com');
});

test('sameFact normalises like the rules', async () => {
  const m = await core();
  const cases = [
    ['name', '杭州 青禾茶业有限公司', '杭州青禾茶业有限公司', true],
    ['code', '91330106ma27xxxx1x', '９１３３０１０６ＭＡ２７ＸＸＸＸ１Ｘ', true],
    ['address', '浙江省杭州市西湖区文三路一〇八号', '浙江省杭州市西湖区文三路108号', true],
    ['address', '浙江省杭州市西湖区文三路108号', '浙江省杭州市西湖区文三路109号', false],
    ['date', '2019-05-12', '2019年05月12日', true],
    ['date', '2019-05-12', '2019-05-13', false],
    ['holder', 'Hangzhou Qinghe Tea Co., Ltd.', 'HANGZHOU QINGHE TEA CO.,LTD.', true],
    ['icp', '浙ICP备2024012345号-1', '浙ICP备 2024012345号-1', true],
    ['other', 'a', 'A', false],
  ];
  for (const [kind, typed, read, want] of cases) assert.strictEqual(m.sameFact(kind, typed, read), want, `${kind}: ${typed} / ${read}`);
});

test('compareFacts: typed counterparts and same/differs of report.facts', async () => {
  const m = await core();
  const report = {
    facts: {
      license: { name: '杭州青禾茶业有限公司', credit_code: ID2, address: '浙江省杭州市西湖区文三路108号' },
      whois: [{ domain: 'qinghe-tea.cn', registrant: '杭州青禾茶业有限公司', created: '2019-05-12', expires: '2027-05-12' }],
      site_pages: [{ icp_numbers: ['浙ICP备2024012345号-1'], psb_numbers: [] }],
    },
  };
  const out = JSON.parse(m.compareFacts(APP_TEXT, JSON.stringify(report)));
  assert.deepStrictEqual(out.license.name, { typed: '杭州 青禾茶业有限公司', same: true, path: '/subject/name', read: '杭州青禾茶业有限公司' });
  // A personal ID number: masked, and its read value is not offered.
  assert.deepStrictEqual(out.license.credit_code, { typed: mask(ID2), same: true, path: '/subject/certificate_number' });
  assert.strictEqual(out.license.address.same, true);
  assert.strictEqual(out.whois[0].domain_path, '/websites/0/domains/1');
  assert.strictEqual(out.whois[0].registrant.same, true);
  assert.strictEqual(out.whois[0].created.same, true);
  assert.strictEqual(out.whois[0].expires.same, false);
  assert.deepStrictEqual(out.site_pages[0], { icp_numbers: { typed: '浙ICP备2024012345号-1', same: true, path: '/public_security/icp_number', read: '浙ICP备2024012345号-1' } });
  assert.strictEqual(out.whois[0].expires.path, '/websites/0/domains/1/expires_on');
  assert.strictEqual(out.whois[0].expires.read, '2027-05-12');
  assert.ok('error' in JSON.parse(m.compareFacts('[', '{}')));
});

test('compareFacts on a real report: every row the core returns is for a fact of the report', async () => {
  const m = await core();
  for (const name of fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.json'))) {
    const text = fs.readFileSync(path.join(ROOT, 'examples', name), 'utf8');
    const rep = m.check(text, JSON.stringify({ today: '2026-11-28' }));
    const out = JSON.parse(m.compareFacts(text, rep));
    const facts = JSON.parse(rep).facts || {};
    assert.strictEqual(out.whois.length, (facts.whois || []).length, name);
    assert.strictEqual(out.site_pages.length, (facts.site_pages || []).length, name);
    if (!facts.license) assert.deepStrictEqual(out.license, {}, name);
    // Every row says where its value goes in the application ("fill in the read value").
    const rows = [...Object.values(out.license), ...out.whois.flatMap((w) => Object.values(w).filter((v) => v && typeof v === 'object')),
      ...out.site_pages.flatMap((p) => Object.values(p))];
    for (const r of rows) assert.ok(typeof r.path === 'string' && r.path.startsWith('/'), `${name}: ${JSON.stringify(r)}`);
  }
});
