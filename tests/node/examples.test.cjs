// Every example application is named by what it shows, in both languages (the page's picker).
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');

test('every example has a title in zh-CN and en, and every title an example', () => {
  const titles = JSON.parse(fs.readFileSync(path.join(ROOT, 'examples/meta/titles.json'), 'utf8'));
  const files = fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.json')).sort();
  assert.deepStrictEqual(Object.keys(titles).sort(), files);
  for (const [f, t] of Object.entries(titles)) {
    assert.ok(typeof t['zh-CN'] === 'string' && /[\u4e00-\u9fff]/.test(t['zh-CN']), f + ': Chinese title');
    assert.ok(typeof t.en === 'string' && /^[A-Z]/.test(t.en), f + ': English title');
    assert.ok(!t['zh-CN'].includes(f.replace(/\.json$/, '')) && !t.en.includes(f.replace(/\.json$/, '')), f + ': not the file name');
  }
});
