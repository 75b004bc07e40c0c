// web/core-run.js: the page's worker, the widget's main-thread fallback and the npm browser entry
// complete an answer that wanted the rules' English wording (which the page's module leaves out)
// by fetching the file the core names, handing it over and asking again. Here against a stand-in
// core and fetch; the browser tests run it with the real module (English on the page, offline).
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');

async function load() {
  const src = fs.readFileSync(path.join(__dirname, '../../web/core-run.js'), 'utf8');
  return import('data:text/javascript,' + encodeURIComponent(src));
}

const FILE = 'wording.en.0123abcd.txt';

// A core like wasm/bindings.cc: English answers read as Chinese until the file is provided.
function fakeCore({ refuse = false } = {}) {
  return {
    english: false,
    missing: '',
    calls: 0,
    provided: [],
    check(app, options) {
      this.calls++;
      const en = JSON.parse(options).locale === 'en';
      if (en && !this.english) this.missing = FILE;
      return en && this.english ? 'report in English' : 'report in Chinese';
    },
    missingWording() {
      const f = this.missing;
      this.missing = '';
      return f;
    },
    wordingFile(locale) { return locale === 'en' && !this.english ? FILE : ''; },
    provideWording(file, bytes) {
      this.provided.push([file, Buffer.from(bytes).toString('utf8')]);
      if (refuse) return 'not the wording of this rule pack';
      this.english = true;
      return '';
    },
  };
}

function fakeFetch(responses) {
  const urls = [];
  const f = async (url) => {
    urls.push(String(url));
    const r = responses.shift();
    if (r instanceof Error) throw r;
    return { ok: r.status === 200, status: r.status, arrayBuffer: async () => new TextEncoder().encode(r.body).buffer };
  };
  f.urls = urls;
  return f;
}

test('an English answer fetches the file next to the module once, then asks again', async () => {
  const { runOp, wordingLoader } = await load();
  const core = fakeCore();
  globalThis.fetch = fakeFetch([{ status: 200, body: '{"title":"T"}\n' }]);
  const load1 = wordingLoader(new URL('https://provider.example/beian/'));
  assert.strictEqual(await runOp(core, 'check', ['{}', '{"locale":"zh-CN"}'], load1), 'report in Chinese');
  assert.deepStrictEqual(globalThis.fetch.urls, [], 'Chinese needs nothing');
  const missing = [];
  assert.strictEqual(await runOp(core, 'check', ['{}', '{"locale":"en"}'], load1, (f) => missing.push(f)), 'report in English');
  assert.deepStrictEqual(globalThis.fetch.urls, ['https://provider.example/beian/' + FILE]);
  assert.deepStrictEqual(missing, [], 'nothing to tell when the file came');
  assert.deepStrictEqual(core.provided, [[FILE, '{"title":"T"}\n']]);
  assert.strictEqual(await runOp(core, 'check', ['{}', '{"locale":"en"}'], load1), 'report in English');
  assert.strictEqual(globalThis.fetch.urls.length, 1, 'fetched once');
  assert.strictEqual(core.missingWording(), '', 'nothing left flagged');
});

test('offline or refused: the answer stays in Chinese and the file is not asked for again at once', async () => {
  const { runOp, wordingLoader } = await load();
  for (const [responses, options] of [
    [[new Error('offline')], {}],
    [[{ status: 404, body: '' }], {}],
    [[{ status: 200, body: 'garbage' }], { refuse: true }],
  ]) {
    const core = fakeCore(options);
    globalThis.fetch = fakeFetch(responses);
    const loader = wordingLoader(new URL('https://x.example/'));
    const warn = console.warn;
    console.warn = () => {};
    const missing = [];
    try {
      assert.strictEqual(await runOp(core, 'check', ['{}', '{"locale":"en"}'], loader, (f) => missing.push(f)), 'report in Chinese');
      assert.strictEqual(await runOp(core, 'check', ['{}', '{"locale":"en"}'], loader, (f) => missing.push(f)), 'report in Chinese');
    } finally {
      console.warn = warn;
    }
    assert.strictEqual(globalThis.fetch.urls.length, 1, 'one attempt within the retry delay');
    assert.deepStrictEqual(missing, [FILE, FILE], 'the page is told each time');
    assert.strictEqual(core.missingWording(), '', 'the flag is always taken');
  }
});

test('calls waiting for the same file share one fetch; preloading fetches only what is missing', async () => {
  const { runOp, wordingLoader, preloadWording } = await load();
  const core = fakeCore();
  globalThis.fetch = fakeFetch([{ status: 200, body: '{}\n' }]);
  const loader = wordingLoader(new URL('https://x.example/m/'));
  const answers = await Promise.all([1, 2, 3].map(() => runOp(core, 'check', ['{}', '{"locale":"en"}'], loader)));
  assert.deepStrictEqual(answers, ['report in English', 'report in English', 'report in English']);
  assert.strictEqual(globalThis.fetch.urls.length, 1);

  const core2 = fakeCore();
  globalThis.fetch = fakeFetch([{ status: 200, body: '{}\n' }]);
  await preloadWording(core2, ['zh-CN', 'en'], wordingLoader(new URL('https://x.example/m/')));
  assert.deepStrictEqual(globalThis.fetch.urls, ['https://x.example/m/' + FILE]);
  assert.strictEqual(core2.english, true);
  await preloadWording(core2, ['zh-CN', 'en'], wordingLoader(new URL('https://x.example/m/')));
  assert.strictEqual(globalThis.fetch.urls.length, 1, 'nothing missing, nothing fetched');
});
