// Document reading helpers: file type by content, PDF glyph runs → lines, the core's text
// folding (normalizeText) and licence-from-words reader (licenseFromWords) in the document-reading
// wasm module (the page's build/wasm/beian-ocr.mjs, loaded in Node with its bytes).
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { ROOT } = require('./util.cjs');

const client = () => import(path.join(ROOT, 'web/ocr-client.js'));

test('sniffDocument: by the bytes, not the name', async () => {
  const { sniffDocument } = await client();
  assert.strictEqual(sniffDocument(Buffer.from('%PDF-1.7\n')), 'pdf');
  assert.strictEqual(sniffDocument(Buffer.from([0x89, 0x50, 0x4e, 0x47, 13, 10])), 'image');
  assert.strictEqual(sniffDocument(Buffer.from([0xff, 0xd8, 0xff, 0xe0])), 'image');
  assert.strictEqual(sniffDocument(Buffer.from('RIFF\0\0\0\0WEBPVP8 ')), 'image');
  assert.strictEqual(sniffDocument(Buffer.from('名称：杭州')), null);
  assert.strictEqual(sniffDocument(Buffer.from('%PD')), null);
  assert.strictEqual(sniffDocument(Buffer.from('BMW 3 series, a text file that starts with BM')), null);
  assert.strictEqual(sniffDocument(Buffer.from('GIF8 is not a picture here')), null);
  assert.strictEqual(sniffDocument(Buffer.from([0xff, 0xfe, 0x0d, 0x54])), null);  // UTF-16LE BOM
});

test('itemsToText: one line per baseline, columns apart', async () => {
  const { itemsToText } = await client();
  const it = (str, x, y, w) => ({ str, transform: [12, 0, 0, 12, x, y], width: w, height: 12 });
  const text = itemsToText([it('住所', 400, 700, 24), it('名称', 10, 700, 24), it('杭州', 50, 700, 24),
    it('某某公司', 74, 700, 48), it('类型', 10, 680, 24)]);
  assert.strictEqual(text, '名称  杭州某某公司  住所\n类型');
});

test('normalizeText folds PDF radicals; licenseFromWords gates the fields', async () => {
  const m = await require('./util.cjs').ocrModule();
  assert.strictEqual(m.normalizeText('⽲⽊⻓⻔'), '禾木长门');
  const words = [
    { text: '统一社会信用代码', conf: 95, x0: 0, y0: 0, x1: 200, y1: 30 },
    { text: '91110000600037341L', conf: 40, x0: 220, y0: 0, x1: 600, y1: 30 },
    { text: '名', conf: 96, x0: 0, y0: 60, x1: 30, y1: 90 },
    { text: '称', conf: 96, x0: 90, y0: 60, x1: 120, y1: 90 },
    { text: '杭州示例科技有限公司', conf: 70, x0: 220, y0: 60, x1: 700, y1: 90 },
  ];
  const out = JSON.parse(m.licenseFromWords(JSON.stringify(words)));
  const by = Object.fromEntries(out.fields.map((f) => [f.field, f]));
  assert.strictEqual(by.credit_code.value, '91110000600037341L');
  assert.strictEqual(by.credit_code.accepted, true, 'check digit passes');
  assert.strictEqual(by.name.value, '杭州示例科技有限公司');
  assert.strictEqual(by.name.accepted, false, 'below the gate: offered for confirmation');
  assert.strictEqual(by.name.line, '名称：杭州示例科技有限公司');
  assert.deepStrictEqual(by.name.box, [220, 60, 700, 90]);
  assert.deepStrictEqual(JSON.parse(m.licenseFromWords('{')).fields, []);
});

test('domainCertFromWords: fields of a domain certificate, gated, as certificate lines', async () => {
  const m = await require('./util.cjs').ocrModule();
  const words = [
    { text: '域名：', conf: 95, x0: 0, y0: 0, x1: 80, y1: 30 },
    { text: 'qinghe-tea.cn', conf: 93, x0: 90, y0: 0, x1: 300, y1: 30 },
    { text: '域名持有者：', conf: 95, x0: 0, y0: 60, x1: 120, y1: 90 },
    { text: '杭州青禾茶业有限公司', conf: 55, x0: 130, y0: 60, x1: 500, y1: 90 },
    { text: '到期日期：', conf: 95, x0: 0, y0: 120, x1: 100, y1: 150 },
    { text: '2027年05月12日', conf: 90, x0: 110, y0: 120, x1: 400, y1: 150 },
  ];
  const out = JSON.parse(m.domainCertFromWords(JSON.stringify(words)));
  const by = Object.fromEntries(out.fields.map((f) => [f.field, f]));
  assert.strictEqual(by.domain.value, 'qinghe-tea.cn');
  assert.strictEqual(by.domain.accepted, true);
  assert.strictEqual(by.domain.line, '域名：qinghe-tea.cn');
  assert.strictEqual(by.holder.accepted, false, 'below the gate: offered for confirmation');
  assert.strictEqual(by.holder.reason, 'low_confidence');
  assert.strictEqual(by.expires.value, '2027-05-12');
  assert.deepStrictEqual(by.expires.box, [110, 120, 400, 150]);
  assert.deepStrictEqual(JSON.parse(m.domainCertFromWords('{')).fields, []);
});
