// Embedding <beian-precheck> (docs/embed.md) on a provider's origin: the documented snippet and
// CSP as written, and the widget's start-up order (calls before, during and after loading, a core
// that fails to load, lang and rules-src). Every wait has a time limit: a hang fails the test.
//
// The "provider" is a tiny node server on http://localhost:<port> (its own origin) that sends the
// Content-Security-Policy header taken verbatim from docs/embed.md (only https://precheck.example
// replaced by the site's origin) on every HTML page.
import { createServer } from 'node:http';
import { mkdtempSync, writeFileSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, extname } from 'node:path';

const DOC_ORIGIN = 'https://precheck.example';

// The fenced blocks of docs/embed.md that the tests use, as written.
export function embedDoc(root) {
  const md = readFileSync(join(root, 'docs/embed.md'), 'utf8');
  const blocks = [...md.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1], text: m[2], at: m.index }));
  const snippetAt = md.indexOf('## Copy-paste snippet');
  const after = blocks.filter((b) => b.at > snippetAt);
  const html = after.find((b) => b.lang === 'html');
  const js = after.find((b) => b.lang === 'js');
  const csp = blocks.find((b) => /^Content-Security-Policy:/.test(b.text));
  if (snippetAt < 0 || !html || !js || !csp) throw new Error('docs/embed.md: snippet (html + js) or CSP block not found');
  const hostScript = [...html.text.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]).find((s) => !s.startsWith(DOC_ORIGIN));
  if (!hostScript) throw new Error('docs/embed.md: the snippet names no host module file');
  return { html: html.text, js: js.text, csp: csp.text.trim().replace(/^Content-Security-Policy:\s*/, '').replace(/\s*\n\s*/g, ' '), hostScript };
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json' };

function startHost(dir, csp) {
  return new Promise((res) => {
    const server = createServer((req, resp) => {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (path === '/favicon.ico') { resp.writeHead(204); resp.end(); return; }
      let body;
      try { body = readFileSync(join(dir, path)); } catch { resp.writeHead(404, { 'Content-Type': 'text/plain' }); resp.end('not found'); return; }
      const type = TYPES[extname(path)] || 'application/octet-stream';
      const headers = { 'Content-Type': type, 'Cache-Control': 'no-store' };
      if (type.startsWith('text/html')) headers['Content-Security-Policy'] = path === '/no-blob.html' ? csp.replace(/worker-src blob: /, 'worker-src ') : csp;
      resp.writeHead(200, headers);
      resp.end(body);
    });
    server.listen(0, '127.0.0.1', () => res(server));
  });
}

// a promise that fails after ms (so a hang fails the test instead of blocking the suite)
function within(ms, p, what) {
  let id;
  return Promise.race([p, new Promise((_, rej) => { id = setTimeout(() => rej(new Error(`timed out after ${ms} ms: ${what}`)), ms); })])
    .finally(() => clearTimeout(id));
}

const BAD = { schema_version: 1, subject: { type: 'enterprise', certificate_type: 'business_license', certificate_number: '91330106673959654Q', name: '杭州示例科技有限公司' } };
const BAD2 = { schema_version: 1, subject: { type: 'enterprise', certificate_type: 'business_license', certificate_number: '91330106673959654A', name: '杭州示例科技有限公司' } };

// Records, from before any page script runs, CSP violations and the widgets' events.
function recorder() {
  window.__csp = [];
  window.__events = [];
  const t0 = performance.now();
  document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  for (const type of ['ready', 'result', 'error']) {
    // capture: `error` does not bubble but is seen on the way down
    document.addEventListener(type, (e) => {
      if (!e.target || e.target.localName !== 'beian-precheck') return;
      const d = e.detail || {};
      window.__events.push({ type, id: e.target.id, t: Math.round(performance.now() - t0), verdict: d.verdict,
        rules: d.report ? d.report.findings.map((f) => f.rule) : undefined, message: d.message });
    }, true);
  }
}

export default async function embedSuite(h) {
  const { test, assert, newPage, ORIGIN, ROOT, SITE, SHOTS } = h;
  const doc = embedDoc(ROOT);
  const sub = (s) => s.split(DOC_ORIGIN).join(ORIGIN);
  const csp = sub(doc.csp);
  const dir = mkdtempSync(join(tmpdir(), 'beian-embed-'));
  // the provider's page: the snippet verbatim in an otherwise empty document, and its module file
  writeFileSync(join(dir, 'snippet.html'), `<!doctype html>\n<html lang="zh-CN">\n<head><meta charset="utf-8"><title>provider</title></head>\n<body>\n${sub(doc.html)}\n</body>\n</html>\n`);
  mkdirSync(join(dir, dirname(doc.hostScript)), { recursive: true });
  writeFileSync(join(dir, doc.hostScript), sub(doc.js));
  // a bare page under the same CSP for the scripted tests
  writeFileSync(join(dir, 'bare.html'), `<!doctype html>\n<html lang="zh-CN">\n<head><meta charset="utf-8"><title>provider</title>\n<script type="module" src="${ORIGIN}/widget.js"></script></head>\n<body><main></main></body>\n</html>\n`);
  // the same page where the CSP forbids blob: workers (the widget runs the core on the main thread)
  writeFileSync(join(dir, 'no-blob.html'), readFileSync(join(dir, 'bare.html')));
  // rule packs on the provider's own origin ('self' in connect-src): the site's pack with ENT-003 made blocking, and garbage
  const pack = JSON.parse(readFileSync(join(SITE, 'rulepack.json'), 'utf8'));
  const ent = pack.rules.find((r) => r.id === 'ENT-003');
  ent.severity = 'block';
  ent.message.en = 'CUSTOM PACK: ' + ent.message.en;
  writeFileSync(join(dir, 'custom-pack.json'), JSON.stringify(pack));
  writeFileSync(join(dir, 'garbage-pack.json'), '{"rules": [');
  const server = await startHost(dir, csp);
  const HOSTO = `http://localhost:${server.address().port}`;

  async function open(path, { wasm, clock } = {}) {
    const { context, page } = await newPage();
    if (clock) await page.clock.install();
    const cspConsole = [];
    // every console.log from the start: the snippet may log its verdict before goto() returns
    page.logged = [];
    page.on('console', (m) => {
      if (/Content Security Policy|violates/i.test(m.text())) cspConsole.push(m.text());
      if (m.type() === 'log') page.logged.push(m.text());
    });
    page.wasmRequests = 0;
    page.scripts = [];  // the pre-check origin's scripts the page asked for
    context.on('request', (r) => { if (r.url().startsWith(ORIGIN + '/') && /\.(m?js)$/.test(r.url())) page.scripts.push(r.url().slice(ORIGIN.length + 1)); });
    if (wasm) await context.route('**/beian-core.wasm', async (route) => { page.wasmRequests++; await wasm(route); });
    await page.addInitScript(recorder);
    await page.goto(HOSTO + path);
    await within(15000, page.evaluate(() => customElements.whenDefined('beian-precheck')), 'widget.js defined the element');
    page.csp = async () => [...cspConsole, ...(await page.evaluate(() => window.__csp))];
    page.events = () => page.evaluate(() => window.__events);
    page.waitEvent = (pred, ms, what) => within(ms, page.waitForFunction(pred, null, { timeout: 0, polling: 50 }), what);
    // a widget #w in <main>, in language `lang`, given the application `app`
    page.addWidget = (lang, app) => page.evaluate(({ lang, app }) => {
      const w = document.createElement('beian-precheck');
      w.id = 'w';
      w.setAttribute('lang', lang);
      document.querySelector('main').append(w);
      w.setApplication(app);
    }, { lang, app });
    return { context, page };
  }

  try {
    await test('r1. the snippet from docs/embed.md, verbatim, fires result on a provider origin under the documented CSP', async () => {
      assert(!/'unsafe-eval'|'unsafe-inline'/.test(csp) && /'wasm-unsafe-eval'/.test(csp), 'the documented CSP is strict: ' + csp);
      assert(csp.includes(ORIGIN) && !csp.includes(DOC_ORIGIN), 'origin substituted');
      const { context, page } = await open('/snippet.html');
      const t0 = Date.now();
      await page.waitEvent(() => window.__events.some((e) => e.type === 'result' || e.type === 'error'), 30000, 'result (or error) from the snippet');
      const ev = await page.events();
      const err = ev.find((e) => e.type === 'error');
      assert(!err, 'no error event: ' + JSON.stringify(err));
      const results = ev.filter((e) => e.type === 'result');
      assert(results.length === 1 && ['ready', 'at_risk', 'blocked'].includes(results[0].verdict), 'one result with a verdict: ' + JSON.stringify(ev));
      assert(ev.findIndex((e) => e.type === 'ready') < ev.findIndex((e) => e.type === 'result'), 'ready, then result');
      // the snippet's own listener ran (it logs the verdict)
      await within(5000, (async () => { while (!page.logged.includes(results[0].verdict)) await new Promise((r) => setTimeout(r, 50)); })(), 'the snippet logs the verdict');
      const shown = await page.evaluate(() => document.getElementById('precheck').shadowRoot.querySelector('.verdict')?.dataset.verdict
        ?? document.getElementById('precheck').shadowRoot.querySelector('.verdict')?.className);
      assert(shown, 'the verdict is rendered in the widget');
      // the site's widget.js and worker.js are one module each (scripts/build): no waterfall
      assert(JSON.stringify([...new Set(page.scripts)].sort()) === '["widget.js","worker.js"]',
        'the provider\'s page loads widget.js and worker.js only: ' + page.scripts.join(' '));
      console.log(`  (snippet: result ${results[0].verdict} after ${Date.now() - t0} ms; CSP: ${csp})`);
      await page.screenshot({ path: join(SHOTS, '08-embed-snippet.png'), fullPage: true });
      const v = await page.csp();
      assert(v.length === 0, 'no CSP violations: ' + v.join(' | '));
      assert(page.errors.length === 0, 'no page errors: ' + page.errors.join(' | '));
      await context.close();
    });

    await test('r2. setApplication/check before, during and after loading all resolve; several early calls give one result for the last', async () => {
      const DELAY = 2500;
      const { context, page } = await open('/bare.html', { wasm: async (route) => { await new Promise((r) => setTimeout(r, DELAY)); await route.continue(); } });
      const clean = JSON.parse(readFileSync(join(SITE, 'examples/clean-enterprise.json'), 'utf8'));
      const out = await within(40000, page.evaluate(async ({ BAD, BAD2, clean }) => {
        const t0 = performance.now();
        const at = () => Math.round(performance.now() - t0);
        const summary = (r) => (r ? { verdict: r.verdict, ent003: r.findings.some((f) => f.rule === 'ENT-003'), at: at() } : null);
        const main = document.querySelector('main');
        // a: three setApplication calls before ready (the first even before it is in the document)
        const a = document.createElement('beian-precheck');
        a.id = 'a';
        const pa1 = a.setApplication(BAD).then(summary);
        main.append(a);
        const pa2 = a.setApplication(BAD2).then(summary);
        const pa3 = a.setApplication(clean).then(summary);
        // b: check() while loading, and a lang change while loading
        const b = document.createElement('beian-precheck');
        b.id = 'b';
        b.setAttribute('lang', 'zh-CN');
        main.append(b);
        await new Promise((r) => setTimeout(r, 800));
        const readyBefore = window.__events.some((e) => e.type === 'ready');
        const pb = b.check(JSON.stringify(BAD)).then(summary);
        b.setAttribute('lang', 'en');
        const [ra1, ra2, ra3, rb] = await Promise.all([pa1, pa2, pa3, pb]);
        // after ready: check() resolves and fires one more result
        const rAfter = summary(await a.check(BAD));
        return { ra1, ra2, ra3, rb, rAfter, readyBefore, calledAt: at() };
      }, { BAD, BAD2, clean }), 'every promise resolved');
      // b renders when its newest check answers: the lang change (its engine was loading) checked
      // again, and pb resolved with the superseded check's report, which is not rendered
      await page.waitEvent(() => window.__events.some((e) => e.type === 'result' && e.id === 'b'), 10000, 'b\'s result');
      out.bMsg = await page.evaluate(() => document.getElementById('b').report?.findings.find((f) => f.rule === 'ENT-003')?.message);
      const ev = await page.events();
      // the page compiles the module's first part once for both widgets' workers (web/core-client.js)
      assert(page.wasmRequests === 1, 'the wasm (fetched once for both workers) was delayed by the route: ' + page.wasmRequests);
      assert(!out.readyBefore, 'the calls were made before ready');
      const readyA = ev.find((e) => e.type === 'ready' && e.id === 'a');
      assert(readyA && readyA.t >= DELAY, 'a was ready only after the delayed wasm: ' + JSON.stringify(readyA));
      assert(out.ra1?.ent003 && out.ra2?.ent003 && out.ra3 && !out.ra3.ent003, 'each early promise resolved to its own report: ' + JSON.stringify(out));
      const resA = ev.filter((e) => e.type === 'result' && e.id === 'a');
      assert(resA.length === 2, 'a: one result for the early calls, one for the later check: ' + JSON.stringify(resA));
      assert(!resA[0].rules.includes('ENT-003') && resA[1].rules.includes('ENT-003'), 'the early result is for the last application: ' + JSON.stringify(resA));
      assert(out.rb?.ent003, 'check() during loading resolves to the report: ' + JSON.stringify(out.rb));
      const resB = ev.filter((e) => e.type === 'result' && e.id === 'b');
      assert(resB.length === 1, 'b: one result (the lang change superseded the pending check): ' + JSON.stringify(resB));
      assert(/check character/i.test(out.bMsg || ''), 'b rendered in the language set while loading: ' + out.bMsg);
      assert(!ev.some((e) => e.type === 'error'), 'no error: ' + JSON.stringify(ev));
      console.log(`  (wasm delayed ${DELAY} ms: ready at ${readyA.t} ms, first result at ${resA[0].t} ms)`);
      const v = await page.csp();
      assert(v.length === 0, 'no CSP violations: ' + v.join(' | '));
      assert(page.errors.length === 0, 'no page errors: ' + page.errors.join(' | '));
      await context.close();
    });

    await test('r3. the lang attribute re-checks: messages and chrome change language', async () => {
      const { context, page } = await open('/bare.html');
      const msg = () => page.evaluate(() => document.getElementById('w').shadowRoot.querySelector('.finding[data-rule="ENT-003"] .message')?.textContent || '');
      const title = () => page.evaluate(() => document.getElementById('w').shadowRoot.querySelector('h2').textContent);
      await page.addWidget('zh-CN', BAD);
      const results = () => page.evaluate(() => window.__events.filter((e) => e.type === 'result').length);
      await page.waitEvent(() => window.__events.filter((e) => e.type === 'result').length === 1, 30000, 'first result');
      const zh = await msg();
      assert(/校验位/.test(zh) && await title() === '备案预检', 'Chinese message and title: ' + zh);
      await page.evaluate(() => document.getElementById('w').setAttribute('lang', 'en'));
      await page.waitEvent(() => window.__events.filter((e) => e.type === 'result').length === 2, 10000, 'result after lang=en');
      const en = await msg();
      assert(/check character/i.test(en) && !/校验位/.test(en) && await title() === 'Beian Precheck', 'English message and title: ' + en);
      const rep = await page.evaluate(() => document.getElementById('w').report.findings.find((f) => f.rule === 'ENT-003').message);
      assert(rep === en.trim() || en.includes(rep.slice(0, 20)), 'the report object is the English one');
      await page.evaluate(() => document.getElementById('w').setAttribute('lang', 'zh-CN'));
      await page.waitEvent(() => window.__events.filter((e) => e.type === 'result').length === 3, 10000, 'result after lang=zh-CN');
      assert(/校验位/.test(await msg()), 'back to Chinese');
      assert(await results() === 3, 'one result per switch');
      assert(!(await page.events()).some((e) => e.type === 'error'), 'no error');
      assert((await page.csp()).length === 0, 'no CSP violations');
      assert(page.errors.length === 0, 'no page errors: ' + page.errors.join(' | '));
      await context.close();
    });

    await test('r3b. the English wording cannot be fetched: the widget checks in Chinese and says why', async () => {
      const { context, page } = await open('/bare.html');
      let asked = 0;
      await context.route(/wording\.en\.[0-9a-f]+\.txt$/, (route) => { asked++; return route.abort(); });
      await page.addWidget('en', BAD);
      await page.waitEvent(() => window.__events.filter((e) => e.type === 'result').length === 1, 30000, 'result');
      const seen = await page.evaluate(() => {
        const root = document.getElementById('w').shadowRoot;
        return { status: root.querySelector('.status').textContent,
                 msg: root.querySelector('.finding[data-rule="ENT-003"] .message')?.textContent || '' };
      });
      assert(asked > 0, 'the widget asked for the English wording');
      assert(/校验位/.test(seen.msg), 'the finding reads in Chinese: ' + seen.msg);
      assert(/English texts of the rules/.test(seen.status), 'the widget says why: ' + seen.status);
      assert(!(await page.events()).some((e) => e.type === 'error'), 'no error event');
      await context.close();
    });

    await test('r4. rules-src: a custom pack is used; a bad URL or pack fires error and resolves null, never hangs', async () => {
      const { context, page } = await open('/bare.html');
      const run = (src) => within(30000, page.evaluate(async ({ src, BAD }) => {
        const w = document.createElement('beian-precheck');
        w.setAttribute('lang', 'en');
        w.setAttribute('rules-src', src);
        const errors = [];
        const results = [];
        w.addEventListener('error', (e) => errors.push(e.detail.message));
        w.addEventListener('result', (e) => results.push(e.detail.verdict));
        document.querySelector('main').append(w);
        const r = await w.setApplication(BAD);
        const f = r && r.findings.find((x) => x.rule === 'ENT-003');
        const again = await w.check(BAD);  // after the error: the pack is fetched again
        return { r: r && { verdict: r.verdict, severity: f?.severity, message: f?.message }, again: again && again.verdict, errors, results };
      }, { src, BAD }), 'rules-src ' + src);
      const good = await run('/custom-pack.json');
      assert(good.r && good.r.severity === 'block' && good.r.verdict === 'blocked' && /^CUSTOM PACK/.test(good.r.message), 'custom pack used: ' + JSON.stringify(good));
      assert(good.errors.length === 0 && good.results.length === 2, 'no error, a result per call: ' + JSON.stringify(good));
      const t0 = Date.now();
      const missing = await run(ORIGIN + '/no-such-pack.json');
      assert(missing.r === null && missing.again === null && missing.results.length === 0, 'missing pack: null, no result: ' + JSON.stringify(missing));
      assert(missing.errors.length === 2 && missing.errors.every((m) => /rules-src: HTTP 404/.test(m)), 'an error per attempt: ' + JSON.stringify(missing.errors));
      const garbage = await run('/garbage-pack.json');
      assert(garbage.r === null && garbage.results.length === 0 && garbage.errors.length === 2 && /rules-src/.test(garbage.errors[0]), 'broken pack: null + error: ' + JSON.stringify(garbage));
      console.log(`  (bad packs answered in ${Date.now() - t0} ms: ${missing.errors[0]} | ${garbage.errors[0]})`);
      // fixing the attribute recovers: the stored application is checked with the new pack
      const fixed = await within(20000, page.evaluate(() => new Promise((res) => {
        const w = document.querySelectorAll('beian-precheck')[1];
        w.addEventListener('result', (e) => res(e.detail.report.findings.find((f) => f.rule === 'ENT-003')?.severity), { once: true });
        w.setAttribute('rules-src', '/custom-pack.json');
      })), 'result after fixing rules-src');
      assert(fixed === 'block', 'fixed rules-src re-checks with the custom pack: ' + fixed);
      // the newest rules-src wins even when an older fetch answers later
      const raced = await within(20000, page.evaluate(async (BAD) => {
        const w = document.querySelectorAll('beian-precheck')[0];
        w.setAttribute('rules-src', '/garbage-pack.json');
        w.removeAttribute('rules-src');
        const r = await w.check(BAD);
        return r && r.findings.find((f) => f.rule === 'ENT-003')?.severity;
      }, BAD), 'check after two rules-src changes');
      assert(raced === 'warn', 'the built-in pack after removing rules-src: ' + raced);
      page.errors = page.errors.filter((e) => !/404/.test(e));  // the missing pack's 404
      assert((await page.csp()).length === 0, 'no CSP violations');
      assert(page.errors.length === 0, 'no page errors: ' + page.errors.join(' | '));
      await context.close();
    });

    await test('r5. a core that fails to load fires error within seconds; pending and later calls resolve null', async () => {
      for (const [name, wasm] of [
        ['404', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' })],
        ['garbage', (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: 'this is not WebAssembly' })],
      ]) {
        const { context, page } = await open('/bare.html', { wasm });
        const t0 = Date.now();
        const out = await within(20000, page.evaluate(async (BAD) => {
          const w = document.createElement('beian-precheck');
          w.id = 'w';
          const p1 = w.setApplication(BAD);  // before the failure
          document.querySelector('main').append(w);
          const p2 = w.check();
          const [r1, r2] = await Promise.all([p1, p2]);
          const errorsAfterFirst = window.__events.filter((e) => e.type === 'error').length;
          const r3 = await w.check(BAD);  // after the failure: tries again, fails again
          return { r1, r2, r3, errorsAfterFirst, status: w.shadowRoot.querySelector('.status').textContent };
        }, BAD), `calls resolve after a ${name} wasm`);
        const ms = Date.now() - t0;
        const ev = await page.events();
        const errors = ev.filter((e) => e.type === 'error');
        assert(out.r1 === null && out.r2 === null && out.r3 === null, 'every call resolved to null: ' + JSON.stringify(out));
        assert(out.errorsAfterFirst === 1 && errors.length === 2, 'one error per failed load: ' + JSON.stringify(errors));
        assert(!ev.some((e) => e.type === 'ready' || e.type === 'result'), 'no ready or result');
        assert(page.wasmRequests >= 2, 'the wasm was requested (route hit): ' + page.wasmRequests);
        assert(out.status.length > 0, 'the widget says it failed: ' + out.status);
        assert(ms < 15000, `errors within seconds (${ms} ms)`);
        console.log(`  (${name} wasm: error in ${errors[0].t} ms: ${errors[0].message.slice(0, 120)})`);
        const pageErrs = page.errors.filter((e) => !/404|Failed to load resource|wasm|WebAssembly|Aborted|both async and sync fetching/i.test(e));
        assert(pageErrs.length === 0, 'nothing unexpected thrown into the host page: ' + pageErrs.join(' | '));
        assert((await page.csp()).length === 0, 'no CSP violations');
        await context.close();
      }
      // a wasm download that never ends: the load gives up after its time limit (60 s, run on a fake clock)
      const { context, page } = await open('/bare.html', { wasm: () => new Promise(() => {}), clock: true });
      await page.evaluate((BAD) => {
        const w = document.createElement('beian-precheck');
        w.id = 'w';
        document.querySelector('main').append(w);
        window.__pending = Promise.all([w.setApplication(BAD), w.check()]);
      }, BAD);
      await within(10000, (async () => { while (!page.wasmRequests) await new Promise((r) => setTimeout(r, 50)); })(), 'the wasm request');
      await page.clock.runFor(59000);
      assert((await page.events()).length === 0, 'still loading at 59 s');
      await page.clock.runFor(2000);
      const stalled = await within(5000, page.evaluate(() => window.__pending), 'calls resolve after the load time limit');
      const ev = await page.events();
      assert(stalled[0] === null && stalled[1] === null, 'pending calls resolved to null: ' + JSON.stringify(stalled));
      assert(ev.length === 1 && ev[0].type === 'error' && /60 s/.test(ev[0].message), 'one error naming the time limit: ' + JSON.stringify(ev));
      await context.close();
    });

    await test('r6. demo host: the widget given its application before the engine loaded shows its result', async () => {
      const { context, page } = await newPage();
      await page.goto(`${h.HOST}/demo/host.html?widget=${encodeURIComponent(ORIGIN + '/')}`);
      await within(30000, page.waitForFunction(() => /w3 result/.test(document.getElementById('log').textContent), null, { timeout: 0 }), 'w3 result');
      const log = await page.locator('#log').textContent();
      assert(log.indexOf('w3 ready') < log.indexOf('w3 result'), 'ready, then result: ' + log);
      assert(await page.evaluate(() => !!document.getElementById('w3').shadowRoot.querySelector('.verdict')), 'w3 rendered a verdict');
      assert(page.errors.length === 0, 'no page errors: ' + page.errors.join(' | '));
      await context.close();
    });

    await test('r7. a host CSP without blob: workers: the core runs on the main thread, result fires', async () => {
      assert(!/blob:/.test(csp.replace(/worker-src blob: /, 'worker-src ')), 'blob: removed');
      const { context, page } = await open('/no-blob.html');
      const r = await within(30000, page.evaluate(async (BAD) => {
        const w = document.createElement('beian-precheck');
        const p = w.setApplication(BAD);
        document.querySelector('main').append(w);
        return (await p)?.findings.some((f) => f.rule === 'ENT-003');
      }, BAD), 'setApplication on the main-thread core');
      const ev = await page.events();
      assert(r === true, 'check resolved to the report');
      assert(ev.map((e) => e.type).join() === 'ready,result', 'ready then one result, no error: ' + JSON.stringify(ev));
      const v = await page.csp();
      assert(v.length > 0 && v.every((x) => /worker-src/.test(x)), 'only the blocked blob: worker was reported: ' + v.join(' | '));
      page.errors = page.errors.filter((e) => !/Content Security Policy|worker/i.test(e));
      assert(page.errors.length === 0, 'no page errors: ' + page.errors.join(' | '));
      await context.close();
    });
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
