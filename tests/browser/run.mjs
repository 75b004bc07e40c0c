// Browser tests for the web product (playwright-core + Debian Chromium, no downloads).
//
//   node tests/browser/run.mjs [--site DIR] [--only NAME[,NAME]] [--skip NAME[,NAME]] [--headed]
//
// Starts scripts/serve.py itself on two free ports: the site (with --cors) and the same files as
// a second origin (http://localhost:<port2>) for the widget demo host. Screenshots go to
// screenshots/. Ends with "N passed, M failed" and exits non-zero on failure.
import { chromium } from 'playwright-core';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, readdirSync, mkdirSync, readFileSync, writeFileSync, mkdtempSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : def; };
const SITE = resolve(ROOT, opt('--site', 'site'));
const ONLY = (opt('--only', '') || '').split(',').filter(Boolean);
// (scripts/test runs the Lighthouse audit on its own, once the background build is done)
const SKIP = (opt('--skip', '') || '').split(',').filter(Boolean);
const SHOTS = join(ROOT, 'screenshots');
const FIX = join(ROOT, 'tests/browser/fixtures');
mkdirSync(SHOTS, { recursive: true });

if (!existsSync(join(SITE, 'index.html')) || !existsSync(join(SITE, 'beian-core.wasm'))) {
  console.error(`browser tests: ${SITE} is not a built site (run scripts/build first)`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => res(port)); });
    s.on('error', rej);
  });
}

const children = [];
function serve(port, extra = []) {
  const p = spawn('python3', [join(ROOT, 'scripts/serve.py'), String(port), SITE, '--quiet', ...extra], { stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(p);
  return p;
}
async function waitUp(url) {
  for (let i = 0; i < 100; i++) {
    try { const r = await fetch(url); if (r.ok) return; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start: ' + url);
}
function cleanup() { for (const c of children) { try { c.kill(); } catch { /* gone */ } } }
process.on('exit', cleanup);
process.on('SIGINT', () => { cleanup(); process.exit(130); });

const P1 = await freePort();
const P2 = await freePort();
const ORIGIN = `http://127.0.0.1:${P1}`;
const HOST = `http://localhost:${P2}`;
let siteServer = serve(P1, ['--cors']);
serve(P2, ['--allow-origin', ORIGIN]);
await waitUp(ORIGIN + '/');
await waitUp(`http://127.0.0.1:${P2}/demo/host.html`);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: !args.includes('--headed'),
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});

// ---- tiny harness ----------------------------------------------------------------------------------
const results = [];
function assert(cond, msg) { if (!cond) throw new Error('assertion failed: ' + msg); }
async function test(name, fn) {
  if (ONLY.length && !ONLY.some((o) => name.startsWith(o))) return;
  if (SKIP.some((o) => name.startsWith(o))) return;
  const t0 = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`PASS ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(`FAIL ${name} (${Date.now() - t0} ms)\n  ${String(e && e.stack || e).split('\n').slice(0, 6).join('\n  ')}`);
  }
}

async function newPage(ctxOpts = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 }, acceptDownloads: true, ...ctxOpts });
  const page = await context.newPage();
  page.errors = [];
  // "replace what you typed?" is accepted (and recorded) unless a test handles dialogs itself
  page.dialogs = [];
  page.on('dialog', (d) => { page.dialogs.push(d.message()); if (!page.ownDialogs) d.accept(); });
  page.on('pageerror', (e) => page.errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  return { context, page };
}
// Makes every request for a file matching `re` fail; returns how many were asked for.
async function refuse(context, re) {
  const asked = { n: 0 };
  await context.route(re, (route) => { asked.n++; return route.abort(); });
  return asked;
}
// Opens the page. Unless {steps: true}, switches to "everything on one page" so a test can reach
// any field without walking the steps (suite-flow.mjs tests the steps themselves).
async function openApp(page, url = ORIGIN + '/', { steps = false } = {}) {
  const resp = await page.goto(url);
  await page.waitForSelector('body[data-ready="1"]', { timeout: 30000 });
  if (!steps && !(await page.evaluate(() => document.body.classList.contains('all-steps')))) await page.click('#all-steps-btn');
  return resp;
}
const field = (page, ptr) => page.locator(`[data-path="${ptr}"][data-type]`).first();
async function loadExample(page, name) {
  await page.selectOption('#example-select', name);
  await page.click('#example-btn');
  await page.waitForSelector(`body[data-example="${name}"]`, { timeout: 30000 });
}
async function reportRules(page) {
  return page.$$eval('#report .finding', (els) => els.map((e) => e.dataset.rule));
}
async function download(page, selector) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), text: readFileSync(path, 'utf8') };
}
const BAD_USCC = '91330106673959654Q';

// ---- tests -------------------------------------------------------------------------------------
await test('a. bad 统一社会信用代码 gives ENT-003', async () => {
  const { context, page } = await newPage();
  await openApp(page);
  await page.screenshot({ path: join(SHOTS, '01-empty-zh.png') });
  await field(page, '/subject/type').selectOption('enterprise');
  await field(page, '/subject/certificate_type').selectOption('business_license');
  await field(page, '/subject/certificate_number').fill(BAD_USCC);
  await page.waitForSelector('#report .finding[data-rule="ENT-003"]', { timeout: 10000 });
  const msg = await page.locator('#report .finding[data-rule="ENT-003"] .message').first().textContent();
  assert(msg.includes(BAD_USCC), 'ENT-003 message names the code: ' + msg);
  assert(page.errors.length === 0, 'no page errors: ' + page.errors.join(' | '));
  await context.close();
});

await test('b. realistic application (examples) gives the expected findings', async () => {
  const { context, page } = await newPage();
  await openApp(page);
  const options = await page.$$eval('#example-select option', (o) => o.map((x) => x.value));
  assert(options.includes('individual-shop.json') && options.includes('clean-enterprise.json'), 'examples listed: ' + options);
  await loadExample(page, 'clean-enterprise.json');
  await page.waitForSelector('#report .verdict');
  const clean = await page.evaluate(() => window.beianState.report);
  assert(clean.summary.block === 0, 'clean example has no block findings');
  await loadExample(page, 'individual-shop.json');
  await page.waitForSelector('#report .verdict[data-verdict="blocked"]');
  await page.evaluate(() => { document.querySelector('#report-section').scrollTop = 0; window.scrollTo(0, 0); });
  await page.screenshot({ path: join(SHOTS, '02-blocked-report.png') });
  await page.locator('#report-section').screenshot({ path: join(SHOTS, '03-blocked-report-panel.png') });
  const rules = await reportRules(page);
  // a personal filing for an online shop with payment: CNT-004 blocks, and SEED-009 (from the
  // product brief) restating it is shown with it, not as a second finding
  assert(rules.includes('CNT-004') && !rules.includes('SEED-009'), `CNT-004 once (got ${[...new Set(rules)]})`);
  const also = await page.$$eval('#report .finding[data-rule="CNT-004"]', (els) => els.map((e) => e.dataset.also || ''));
  assert(also.some((a) => a.split(' ').includes('SEED-009')), `SEED-009 named under CNT-004 (got ${also})`);
  // grouped by category, confidence labels from rules()
  assert(await page.locator('#report details.group[data-category="content"]').count() === 1, 'content group');
  assert(await page.locator('#report .finding .conf').count() > 0, 'confidence labels shown');
  // same findings as the native CLI on the same input and day, when the CLI is built from the same pack
  const rep = await page.evaluate(() => window.beianState.report);
  const cli = join(ROOT, 'build/native/beian-check');
  if (existsSync(cli)) {
    const app = await page.evaluate(() => JSON.stringify(window.beianState.app));
    writeFileSync('/tmp/beian-browser-test-app.json', app);
    // (the CLI exits non-zero when the verdict is blocked: read stdout regardless)
    const run = spawnSync(cli, ['--format', 'json', '--today', rep.today, '/tmp/beian-browser-test-app.json'], { encoding: 'utf8' });
    const out = JSON.parse(run.stdout);
    if (out.engine.rulepack_version === rep.engine.rulepack_version) {
      const key = (f) => `${f.rule}@${f.path}`;
      assert(JSON.stringify(out.findings.map(key)) === JSON.stringify(rep.findings.map(key)), 'page and CLI agree');
    } else {
      console.log(`  (CLI rule pack ${out.engine.rulepack_version} differs from the site's ${rep.engine.rulepack_version}: not compared)`);
    }
  }
  // click a finding's field link -> that field is focused
  const link = page.locator('#report .finding.sev-block button.goto[data-goto]').first();
  const target = await link.getAttribute('data-goto');
  await link.click();
  await page.waitForFunction((p) => { const a = document.activeElement?.closest('[data-path]')?.dataset.path; return !!a && (a === p || p.startsWith(a + '/') || a.startsWith(p + '/')); }, target, { timeout: 5000 });
  // ID numbers are masked in the report
  const html = await page.locator('#report').innerHTML();
  const ids = await page.evaluate(() => JSON.stringify(window.beianState.app).match(/\d{17}[\dX]/g) || []);
  for (const id of ids) if (/^\d{6}(19|20)\d{2}/.test(id)) assert(!html.includes(id), 'raw ID number not in the report: ' + id);
  await page.emulateMedia({ media: 'print' });
  const printView = await page.evaluate(() => ({
    form: getComputedStyle(document.querySelector('.form-col')).display,
    toolbar: getComputedStyle(document.querySelector('.toolbar')).display,
    report: getComputedStyle(document.querySelector('#report')).display,
    closedGroupsPrinted: [...document.querySelectorAll('#report details.group:not([open]) .finding')].every((f) => f.getClientRects().length > 0),
  }));
  assert(printView.form === 'none' && printView.toolbar === 'none' && printView.report !== 'none', 'print shows the report only: ' + JSON.stringify(printView));
  assert(printView.closedGroupsPrinted, 'collapsed groups are printed too');
  await page.screenshot({ path: join(SHOTS, '04-print.png'), fullPage: true });
  await page.pdf({ path: join(SHOTS, 'report.pdf'), format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  assert(page.errors.length === 0, 'no page errors: ' + page.errors.join(' | '));
  await context.close();
});

await test('c. live field check: findings next to the field as you type', async () => {
  const { context, page } = await newPage();
  await openApp(page);
  const input = field(page, '/subject/certificate_number');
  await input.click();
  await input.pressSequentially(BAD_USCC, { delay: 15 });
  const live = page.locator('.live[data-live-for="/subject/certificate_number"]');
  await live.locator('[data-rule="ENT-003"]').waitFor({ timeout: 10000 });
  const before = await page.evaluate(() => window.beianState.stats.fieldChecks);
  assert(before > 0, 'field checks (options.field) ran');
  assert((await input.getAttribute('aria-describedby')).includes(await live.getAttribute('id')), 'live findings described-by the input');
  // fix the last character: the warning goes away without any button
  await input.press('Backspace');
  await input.type('P');
  await page.waitForFunction(() => !document.querySelector('.live[data-live-for="/subject/certificate_number"] [data-rule="ENT-003"]'), null, { timeout: 10000 });
  await page.waitForFunction(() => !document.querySelector('#report .finding[data-rule="ENT-003"]'), null, { timeout: 10000 });
  await context.close();
});

await test('d. language switch (remembered) re-runs the check in English', async () => {
  const { context, page } = await newPage();
  await openApp(page);
  await loadExample(page, 'individual-shop.json');
  const zhMsg = await page.locator('#report .finding .message').first().textContent();
  await page.click('#lang-btn');
  await page.waitForFunction(() => document.documentElement.lang === 'en' && window.beianState.report && window.beianState.lang === 'en');
  await page.waitForSelector('#report .verdict-title:has-text("Will be rejected")');
  const enMsg = await page.locator('#report .finding .message').first().textContent();
  assert(enMsg !== zhMsg && /[a-z]{3}/.test(enMsg), `English message from the core: ${enMsg}`);
  assert((await page.locator('#form-h').textContent()) === 'Application', 'page strings in English');
  assert((await page.locator('#step-subject-h').textContent()) === 'Filing subject', 'form sections in English');
  await page.screenshot({ path: join(SHOTS, '05-blocked-report-en.png') });
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]');
  assert(await page.evaluate(() => document.documentElement.lang) === 'en', 'language remembered after reload');
  await page.click('#lang-btn');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  await context.close();
});

await test('d2. the English wording cannot be fetched: findings stay in Chinese and the page says why', async () => {
  const { context, page } = await newPage();
  const asked = await refuse(context, /wording\.en\.[0-9a-f]+\.txt$/);
  await openApp(page);
  await loadExample(page, 'individual-shop.json');
  await page.click('#lang-btn');
  await page.waitForFunction(() => document.documentElement.lang === 'en' && window.beianState.report && window.beianState.lang === 'en');
  await page.waitForSelector('#sw-status[data-key="wording_missing"]:not([hidden])');
  assert(asked.n > 0, 'the page asked for the English wording');
  // the rule's own text in Chinese (its values may carry English labels of the form's choices)
  const msg = await page.locator('#report .finding .message').first().textContent();
  assert(/[\u4e00-\u9fff]{4}/.test(msg), `the finding reads in Chinese meanwhile: ${msg}`);
  assert(/English texts of the rules/.test(await page.locator('#sw-status').textContent()), 'the notice is in English');
  page.errors = page.errors.filter((e) => !/wording|ERR_FAILED|Failed to load resource/.test(e));
  await page.click('#lang-btn');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  await context.close();
});

// A part of the module the page fetches after its first verdict cannot be had (matched by `re`):
// the first verdict comes without it; a check that needs it says so and keeps the application;
// once the connection is back (the browser's "online"), the check runs. `expected`: the page
// errors this causes.
async function partMissing(what, re, expected) {
  const { context, page } = await newPage();
  const asked = await refuse(context, re);
  await openApp(page);  // the first verdict: the empty form
  assert(await page.evaluate(() => !!window.beianState.report && !document.body.dataset.engine), `first verdict without ${what}`);
  assert(asked.n > 0, `the page fetched ${what} once its core was ready`);
  await loadExample(page, 'individual-shop.json');
  await page.waitForSelector('body[data-engine="part_missing"]');
  assert(await page.evaluate(() => window.beianState.app.subject && window.beianState.app.subject.type === 'individual'), 'the example is kept');
  await context.unroute(re);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await page.waitForFunction(() => window.beianState.report && window.beianState.report.verdict === 'blocked' && !document.body.dataset.engine);
  page.errors = page.errors.filter((e) => !expected.test(e));
  await context.close();
}

await test('d3. the module\'s second part cannot be fetched: the first verdict needs only the first part; a check that needs the rest says so, keeps everything and runs once it can', () =>
  partMissing('the second part', /beian-core\.deferred\.[0-9a-f]+\.wasm$/, /deferred|second part|ERR_FAILED|Failed to load resource/));

await test('d4. the region table cannot be fetched: the first verdict does without it; a check that needs it says so, keeps everything and runs once it can', () =>
  partMissing('the region table', /regions\.[0-9a-f]+\.bin$/, /regions|file not loaded|ERR_FAILED|Failed to load resource/));

await test('e. export JSON and SARIF (valid, ID numbers masked)', async () => {
  const { context, page } = await newPage();
  await openApp(page);
  await loadExample(page, 'individual-shop.json');
  const ids = await page.evaluate(() => {
    const out = [];
    const walk = (v, k) => { if (Array.isArray(v)) v.forEach((x) => walk(x, k)); else if (v && typeof v === 'object') for (const [kk, x] of Object.entries(v)) walk(x, kk); else if (typeof v === 'string' && /id_number|certificate_number/.test(k) && v.length > 8) out.push(v); };
    walk(window.beianState.app, '');
    return out;
  });
  const j = await download(page, '#export-json');
  const rep = JSON.parse(j.text);
  for (const k of ['schema_version', 'engine', 'today', 'verdict', 'summary', 'findings']) assert(k in rep, 'report has ' + k);
  assert(rep.verdict === 'blocked' && Array.isArray(rep.findings) && rep.findings.length > 0, 'report content');
  const s = await download(page, '#export-sarif');
  const sarif = JSON.parse(s.text);
  assert(sarif.version === '2.1.0', 'SARIF version 2.1.0');
  assert(Array.isArray(sarif.runs) && Array.isArray(sarif.runs[0].results) && sarif.runs[0].results.length > 0, 'runs[0].results');
  assert(sarif.runs[0].tool?.driver?.name, 'tool.driver.name');
  const personal = ids.filter((v) => /^\d{6}(19|20)\d{2}/.test(v));
  assert(personal.length > 0, 'the example has personal ID numbers to protect');
  for (const id of personal) {
    assert(!j.text.includes(id), 'raw ID not in JSON export: ' + id);
    assert(!s.text.includes(id), 'raw ID not in SARIF export: ' + id);
  }
  await context.close();
});

await test('f. offline: reload from the service worker, then a check works', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('dialog', (d) => d.accept()); // "replace what you typed?" before the example
  await openApp(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  await page.waitForSelector('#sw-status:not([hidden])');
  const badge = await page.locator('#sw-status').textContent();
  assert(badge.includes('可离线使用'), 'page says it works offline: ' + badge);
  await context.setOffline(true);
  const resp = await page.reload();
  assert(resp && resp.status() === 200 && resp.fromServiceWorker(), 'reload served by the service worker');
  await page.waitForSelector('body[data-ready="1"]', { timeout: 30000 });
  await field(page, '/subject/certificate_number').fill(BAD_USCC);
  await page.waitForSelector('#report .finding[data-rule="ENT-003"]', { timeout: 10000 });
  // the examples (and their index) come from the cache too
  await loadExample(page, 'individual-shop.json');
  await page.waitForSelector('#report .verdict[data-verdict="blocked"]');
  await page.screenshot({ path: join(SHOTS, '06-offline.png') });
  // English offline: the rules' English wording, a file of its own never fetched in this context
  // before (the module embeds only Chinese), comes from the service worker's precache
  const zhMsg = await page.locator('#report .finding .message').first().textContent();
  await page.click('#lang-btn');
  await page.waitForFunction(() => window.beianState.lang === 'en' && window.beianState.report);
  await page.waitForSelector('#report .verdict-title:has-text("Will be rejected")');
  const enMsg = await page.locator('#report .finding .message').first().textContent();
  assert(enMsg !== zhMsg && /[a-z]{3}/.test(enMsg), `English message offline: ${enMsg}`);
  await context.setOffline(false);
  await context.close();
});

await test('g. widget on another origin under a strict CSP fires result', async () => {
  const { context, page } = await newPage();
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy|violates/i.test(m.text())) violations.push(m.text()); });
  await page.goto(`${HOST}/demo/host.html?widget=${encodeURIComponent(ORIGIN + '/')}`);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert(!/'unsafe-eval'|'unsafe-inline'/.test(csp) && csp.includes("'wasm-unsafe-eval'"), 'strict host CSP');
  await page.waitForFunction(() => /w1 ready/.test(document.getElementById('log').textContent), null, { timeout: 30000 });
  const resultEvent = page.evaluate(() => new Promise((res) => document.getElementById('w1').addEventListener('result', (e) => res({ verdict: e.detail.verdict, rules: e.detail.report.findings.map((f) => f.rule) }), { once: true })));
  await page.click('#load-bad');
  const detail = await resultEvent;
  assert(detail.rules.includes('ENT-003'), 'result event carries the report with ENT-003');
  await page.locator('#w1 .finding[data-rule="ENT-003"]').waitFor();
  // methods: check() resolves to the report; bad input never throws into the host
  const viaCheck = await page.evaluate(async () => (await document.getElementById('w2').check({ schema_version: 1 }))?.verdict);
  assert(['ready', 'at_risk', 'blocked'].includes(viaCheck), 'check() resolves to a report');
  const bad = await page.evaluate(async () => {
    const errs = [];
    const w = document.getElementById('w2');
    w.addEventListener('error', (e) => errs.push(e.detail.message), { once: true });
    const r = await w.check('{not json');
    return { r, errs };
  });
  assert(bad.r === null && bad.errs.length === 1, 'bad input -> null + error event');
  await page.click('#load-good');
  await page.waitForFunction(() => /w2 result/.test(document.getElementById('log').textContent));
  // rules-src: a custom rule pack (here the site's own full pack) is loaded before `ready`; a bad one fires `error`
  const custom = await page.evaluate(async (origin) => {
    const make = (src) => new Promise((res) => {
      const w = document.createElement('beian-precheck');
      w.setAttribute('rules-src', src);
      w.setAttribute('layout', 'compact');
      w.addEventListener('ready', (e) => res({ ready: e.detail }), { once: true });
      w.addEventListener('error', (e) => res({ error: e.detail.message }), { once: true });
      document.querySelector('main').append(w);
    });
    return { good: await make(origin + '/rulepack.json'), bad: await make(origin + '/no-such-pack.json') };
  }, ORIGIN);
  assert(custom.good.ready && custom.good.ready.rulepack, 'custom pack loaded: ' + JSON.stringify(custom.good));
  assert(custom.bad.error && /rules-src/.test(custom.bad.error), 'bad rules-src -> error event: ' + JSON.stringify(custom.bad));
  page.errors = page.errors.filter((e) => !/404/.test(e)); // the missing pack's 404 is expected
  // attributes: compact + sections limit what is shown; CSS custom properties theme it; lang switches messages
  const w2 = await page.evaluate(() => {
    const r = document.getElementById('w2').shadowRoot;
    return { plan: !!r.querySelector('.plan'), verdict: !!r.querySelector('.verdict'), fixShown: [...r.querySelectorAll('.finding dl')].some((d) => getComputedStyle(d).display !== 'none'),
      border: getComputedStyle(document.getElementById('w2')).borderTopColor, title: r.querySelector('h2').textContent };
  });
  assert(!w2.plan && w2.verdict && !w2.fixShown, 'compact widget with sections=verdict,findings: ' + JSON.stringify(w2));
  assert(w2.border === 'rgb(255, 210, 176)' && w2.title === 'Beian Precheck', 'themed English widget: ' + JSON.stringify(w2));
  await page.click('#toggle-lang');
  await page.waitForFunction(() => document.getElementById('w2').shadowRoot.querySelector('h2').textContent === '备案预检');
  await page.screenshot({ path: join(SHOTS, '07-widget-host.png'), fullPage: true });
  assert(violations.length === 0, 'no CSP violations: ' + violations.join(' | '));
  assert(page.errors.length === 0, 'no page errors: ' + page.errors.join(' | '));
  await context.close();
});

await test('h. a full check makes no request beyond the site\'s own static files', async () => {
  const { context, page } = await newPage();
  const urls = [];
  const reqs = [];
  context.on('request', (r) => { urls.push(r.url()); reqs.push({ url: r.url(), method: r.method() }); });
  await openApp(page);
  await loadExample(page, 'clean-enterprise.json');
  await field(page, '/subject/name').fill('测试');
  await page.waitForFunction(() => window.beianState.stats.fieldChecks > 0);
  await download(page, '#export-json');
  await download(page, '#export-sarif');
  await page.setInputFiles('[data-upload-input="/attachments/business_license_text"]', join(FIX, 'license-gbk.txt'));
  await page.waitForSelector('.dropzone[data-upload="/attachments/business_license_text"] .upload-status:not(:empty)');
  const nonGet = reqs.filter((r) => r.method !== 'GET');
  assert(nonGet.length === 0, 'only GET requests: ' + JSON.stringify(nonGet));
  const foreign = urls.filter((u) => !u.startsWith(ORIGIN + '/') && !u.startsWith('blob:') && !u.startsWith('data:'));
  assert(urls.length > 5, 'requests recorded: ' + urls.length);
  assert(foreign.length === 0, 'only the site origin: ' + foreign.join(', '));
  const posts = urls.filter((u) => /\?/.test(u));
  assert(posts.length === 0, 'no query strings sent: ' + posts.join(', '));
  await context.close();
});

await test('h2. the page starts its core before its own scripts have loaded (one script), with one download of the module for its workers', async () => {
  const { context, page } = await newPage();
  const order = [];
  const wasm = { n: 0 };
  // main.js held back 1.5 s: the worker and the module's first part must not wait for it
  await context.route('**/main.js', async (route) => { await new Promise((r) => setTimeout(r, 1500)); order.push('main.js'); await route.continue(); });
  await context.route('**/beian-core.wasm', async (route) => { wasm.n++; order.push('beian-core.wasm'); await route.continue(); });
  const modules = [];
  context.on('request', (r) => {
    if (/\/worker\.js$/.test(r.url())) order.push('worker.js');
    if (/\/(form|report|i18n|labels|pointer|decode)\.js$/.test(r.url())) modules.push(r.url());
  });
  await openApp(page);
  // main.js and its imports are one script (scripts/build): no waterfall of module requests
  assert(modules.length === 0, 'the page\'s modules come inside main.js: ' + modules.join(' '));
  assert(order.indexOf('worker.js') >= 0 && order.indexOf('worker.js') < order.indexOf('main.js'), 'worker started before main.js loaded: ' + order.join(' '));
  assert(order.indexOf('beian-core.wasm') < order.indexOf('main.js'), 'the module fetched before main.js loaded: ' + order.join(' '));
  // the quick check's and the field checks' workers take the page's compiled module
  await loadExample(page, 'clean-enterprise.json');
  await field(page, '/subject/name').fill('测试');
  await page.waitForFunction(() => window.beianState.stats.fieldChecks > 0);
  assert(wasm.n === 1, 'the first part fetched once for all the page\'s workers: ' + wasm.n);
  assert(page.errors.length === 0, 'no page errors: ' + page.errors.join(' | '));
  await context.close();
});

await test('i. GBK and UTF-16 uploads decode to correct Chinese', async () => {
  const { context, page } = await newPage();
  await openApp(page);
  await page.setInputFiles('[data-upload-input="/attachments/business_license_text"]', join(FIX, 'license-gbk.txt'));
  const zone = '.dropzone[data-upload="/attachments/business_license_text"] .upload-status';
  await page.waitForSelector(zone + ':not(:empty)');
  const status = await page.locator(zone).textContent();
  assert(/GB18030/.test(status), 'encoding named: ' + status);
  const text = await field(page, '/attachments/business_license_text').inputValue();
  assert(text.includes('杭州青禾茶业有限公司') && text.includes('法定代表人'), 'decoded text: ' + text.slice(0, 60));
  // what we read: the core's licence facts next to the typed values
  await page.waitForSelector('#report .facts table');
  const facts = await page.locator('#report .facts').textContent();
  assert(facts.includes('杭州青禾茶业有限公司') && facts.includes('王立新'), 'facts panel shows the licence');
  // the core's byte span of the name selects exactly the name in the licence text (CJK: 3 bytes a character)
  const show = page.locator('#report .facts .show-span').first();
  if (await show.count()) {
    await show.click();
    const sel = await page.evaluate(() => { const a = document.activeElement; return a.value.slice(a.selectionStart, a.selectionEnd); });
    assert(sel === '杭州青禾茶业有限公司', 'span selects the name in the upload: ' + sel);
  } else {
    console.log('  (this core build reports no licence spans: selection not checked)');
  }
  await page.setInputFiles('[data-upload-input="site_pages"]', join(FIX, 'page-utf16.html'));
  await page.waitForSelector('.dropzone[data-upload="site_pages"] .upload-status:not(:empty)');
  const st2 = await page.locator('.dropzone[data-upload="site_pages"] .upload-status').textContent();
  assert(/UTF-16LE/.test(st2), 'UTF-16 named: ' + st2);
  const html = await field(page, '/attachments/site_pages/0/html').inputValue();
  assert(html.includes('青禾茶业官网'), 'UTF-16 decoded');
  await page.waitForFunction(() => /浙ICP备2024012345号-1/.test(document.querySelector('#report .facts')?.textContent || ''));
  // drag and drop onto the WHOIS zone (a GBK file again)
  const gbk = [...readFileSync(join(FIX, 'license-gbk.txt'))];
  await page.evaluate((bytes) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(bytes)], 'whois-gbk.txt', { type: 'text/plain' }));
    const zone = document.querySelector('.dropzone[data-upload="whois"]');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, gbk);
  await page.waitForSelector('.dropzone[data-upload="whois"] .upload-status:not(:empty)');
  assert((await field(page, '/attachments/whois/0/text').inputValue()).includes('杭州青禾茶业有限公司'), 'dropped file decoded');
  await page.locator('#step-docs').screenshot({ path: join(SHOTS, '08-gbk-upload.png') });
  await page.locator('#report .facts').screenshot({ path: join(SHOTS, '09-what-we-read.png') });
  await context.close();
});

await test('j. span highlight uses UTF-8 byte offsets', async () => {
  const { context, page } = await newPage();
  await openApp(page);
  const r = await page.evaluate(async () => {
    const { byteSpanToIndices } = await import('./decode.js');
    const { renderReport } = await import('./report.js');
    const text = '<p>版权所有 © 浙ICP备2024012345 😀x</p>';
    const bytes = new TextEncoder().encode(text);
    const needle = new TextEncoder().encode('浙ICP备2024012345');
    let off = -1;
    for (let i = 0; i + needle.length <= bytes.length; i++) if (needle.every((b, k) => bytes[i + k] === b)) { off = i; break; }
    const idx = byteSpanToIndices(text, off, needle.length);
    const emoji = byteSpanToIndices(text, bytes.length - 9, 4); // the emoji: 4 bytes, 2 UTF-16 units
    const div = document.createElement('div');
    renderReport(div, { verdict: 'at_risk', summary: { block: 0, warn: 1, info: 0 }, findings: [{ rule: 'DSP-002', severity: 'warn', category: 'display', path: '/attachments/site_pages/0/html', message: 'm', span: { attachment: '/attachments/site_pages/0/html', offset: off, length: needle.length } }] },
      { lang: 'zh-CN', app: { attachments: { site_pages: [{ html: text }] } } });
    return { slice: text.slice(idx.start, idx.end), mark: div.querySelector('mark')?.textContent, emoji: text.slice(emoji.start, emoji.end) };
  });
  assert(r.slice === '浙ICP备2024012345' && r.mark === '浙ICP备2024012345', 'highlight: ' + JSON.stringify(r));
  assert(r.emoji === '😀', 'astral characters: ' + r.emoji);
  await context.close();
});

await test('k. accessibility: labels, keyboard, live region, 360 px', async () => {
  const { context, page } = await newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  await openApp(page, ORIGIN + '/', { steps: true });
  // keyboard: the skip link comes first and moves to the result
  await page.keyboard.press('Tab');
  assert(await page.evaluate(() => document.activeElement.classList.contains('skip')), 'skip link first');
  await page.keyboard.press('Enter');
  assert(await page.evaluate(() => location.hash === '#step-result'), 'skip link works');
  await loadExample(page, 'individual-shop.json');
  const unlabelled = await page.evaluate(() => [...document.querySelectorAll('input, select, textarea')].filter((e) => {
    if (e.type === 'hidden') return false;
    return !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby');
  }).map((e) => e.id || e.outerHTML.slice(0, 60)));
  assert(unlabelled.length === 0, 'every control labelled: ' + unlabelled.join(', '));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  assert(overflow <= 362, 'no horizontal scroll at 360 px: ' + overflow);
  assert(await page.locator('[aria-live="polite"]#announce').count() === 1, 'aria-live region');
  await page.waitForFunction(() => /驳回/.test(document.getElementById('announce').textContent));
  await page.screenshot({ path: join(SHOTS, '10-mobile-360.png') });
  // keyboard: Enter on a finding's field link focuses the field
  const link = page.locator('#report details[open] button.goto[data-goto]').first();
  const target = await link.getAttribute('data-goto');
  await link.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((p) => { const a = document.activeElement?.closest('[data-path]')?.dataset.path; return !!a && (a === p || p.startsWith(a + '/') || a.startsWith(p + '/')); }, target);
  await context.close();
});

await test('l. drafts: autosaved on this device by default, opt-out and delete on request', async () => {
  const { context, page } = await newPage();
  await openApp(page);
  await field(page, '/subject/name').fill('杭州草稿测试有限公司');
  await page.waitForFunction(() => (localStorage.getItem('beian.draft') || '').includes('草稿测试'));
  assert(/本机/.test(await page.textContent('#draft-status')), 'visible draft status');
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]');
  assert(await field(page, '/subject/name').inputValue() === '杭州草稿测试有限公司', 'draft restored after reload');
  // opting out deletes the draft and stores nothing more
  await page.uncheck('#draft-opt');
  assert(await page.evaluate(() => localStorage.getItem('beian.draft')) === null, 'opt-out deletes the draft');
  await field(page, '/subject/name').fill('杭州草稿测试二有限公司');
  await page.waitForTimeout(600);
  assert(await page.evaluate(() => localStorage.getItem('beian.draft')) === null, 'nothing stored after opt-out');
  // with autosave off, leaving asks first (beforeunload)
  const left = await page.evaluate(() => { const e = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(e); return e.defaultPrevented; });
  assert(left, 'leaving with unsaved changes is warned about');
  await page.check('#draft-opt');
  await page.waitForFunction(() => (localStorage.getItem('beian.draft') || '').includes('草稿测试二'));
  await page.click('#draft-forget');
  assert(await page.evaluate(() => localStorage.getItem('beian.draft') === null && localStorage.getItem('beian.autosave') === '0'), 'draft deleted, autosave off');
  await context.close();
});

await test('m. PWA: installable, update notice after a new version', async () => {
  // a private copy of the site, so the test can publish a "new version"
  const dir = mkdtempSync(join(tmpdir(), 'beian-pwa-'));
  cpSync(SITE, dir, { recursive: true });
  const P3 = await freePort();
  const p3 = spawn('python3', [join(ROOT, 'scripts/serve.py'), String(P3), dir, '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(p3);
  const url = `http://127.0.0.1:${P3}/`;
  await waitUp(url);
  const profile = mkdtempSync(join(tmpdir(), 'beian-profile-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', viewport: { width: 1000, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = ctx.pages()[0] || await ctx.newPage();
    await openApp(page, url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
    const cdp = await ctx.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert(installabilityErrors.length === 0, 'installable: ' + JSON.stringify(installabilityErrors));
    const manifest = await (await fetch(url + 'manifest.webmanifest')).json();
    assert(manifest.name === '备案预检' && manifest.display === 'standalone' && manifest.icons.some((i) => i.sizes === '512x512'), 'manifest');
    const caches1 = await page.evaluate(() => caches.keys());
    // publish a new version: a changed file gives a new cache version
    writeFileSync(join(dir, 'app.css'), readFileSync(join(dir, 'app.css'), 'utf8') + '\n/* v2 */\n');
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8').replace(/const VERSION = '([^']*)'/, "const VERSION = '$1v2'");
    writeFileSync(join(dir, 'sw.js'), sw);
    await page.reload();
    await page.waitForSelector('#update-bar:not([hidden])', { timeout: 20000 });
    const caches2 = await page.evaluate(async () => { for (let i = 0; i < 50 && (await caches.keys()).length !== 1; i++) await new Promise((r) => setTimeout(r, 100)); return caches.keys(); });
    assert(caches2.length === 1 && caches2[0] !== caches1[0] && caches2[0].endsWith('v2'), `old cache removed: ${caches1} -> ${caches2}`);
    await page.screenshot({ path: join(SHOTS, '11-update-ready.png') });
  } finally {
    await ctx.close();
    p3.kill();
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });  // Chromium profile (ENOTEMPTY while it closes)
  }
});

await test('n. large upload: progress shown, then checked', async () => {
  const { context, page } = await newPage();
  await openApp(page);
  const big = join(tmpdir(), 'beian-big-page.html');
  const filler = '<p>青禾茶业 产品介绍 茶叶 绿茶 龙井 ' + 'x'.repeat(200) + '</p>\n';
  writeFileSync(big, '<!doctype html><html><body>' + filler.repeat(12000) + '<footer>浙ICP备2024012345号-1</footer></body></html>');
  const sawProgress = page.waitForSelector('.dropzone[data-upload="site_pages"] progress:not([hidden])', { timeout: 20000 }).then(() => true, () => false);
  const sawBusy = page.waitForSelector('#busy:not([hidden])', { timeout: 20000 }).then(() => true, () => false);
  // The check may now finish within one animation frame: also record the busy state with a
  // MutationObserver, which sees every change of the hidden attribute.
  await page.evaluate(() => {
    window.__sawBusy = false;
    const b = document.querySelector('#busy');
    new MutationObserver(() => { if (!b.hidden) window.__sawBusy = true; }).observe(b, { attributes: true, attributeFilter: ['hidden'] });
  });
  await page.setInputFiles('[data-upload-input="site_pages"]', big);
  await page.waitForSelector('.dropzone[data-upload="site_pages"] .upload-status:not(:empty)', { timeout: 30000 });
  assert(await sawProgress, 'reading progress shown');
  // The check runs after the reading (seconds later on a loaded machine): wait for its report,
  // then ask the observer, which saw every change of the busy state since before the upload.
  await page.waitForFunction(() => /浙ICP备2024012345号-1/.test(document.querySelector('#report .facts')?.textContent || ''), null, { timeout: 60000 });
  assert((await page.evaluate(() => window.__sawBusy)) || (await sawBusy), 'checking progress shown');
  rmSync(big, { force: true });
  await context.close();
});

await test('o. every form field maps to the application schema', async () => {
  const { context, page } = await newPage();
  await openApp(page);
  await loadExample(page, 'clean-enterprise.json');
  // add one of every repeatable item so their fields are rendered too
  for (const add of ['/websites/0/pre_approvals', '/attachments/whois', '/attachments/domain_certificates', '/attachments/site_pages', '/subject/filed_sites', '/documents/files', '/attachments/id_card_texts']) {
    await page.locator(`[data-add="${add}"]`).click();
  }
  // the AI questions are asked once the generative-AI feature is ticked
  await field(page, '/websites/0/features/generative_ai').selectOption('true');
  await field(page, '/websites/0/ai/provider').waitFor({ timeout: 10000 });
  const paths = await page.$$eval('[data-path][data-type]', (els) => els.map((e) => e.dataset.path));
  const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/application.schema.json'), 'utf8'));
  const deref = (n) => (n && n.$ref ? deref(n.$ref.replace('#/', '').split('/').reduce((o, k) => o[k], schema)) : n);
  const resolve1 = (node, key) => {
    node = deref(node);
    if (!node) return null;
    if (node.oneOf) { for (const alt of node.oneOf) { const r = resolve1(alt, key); if (r) return r; } return null; }
    if (/^\d+$/.test(key)) return node.type === 'array' ? deref(node.items) : null;
    return node.properties && node.properties[key] ? deref(node.properties[key]) : null;
  };
  const bad = paths.filter((p) => { let n = schema; for (const k of p.split('/').slice(1)) { n = resolve1(n, k); if (!n) return true; } return false; });
  assert(paths.length > 100, 'form has fields: ' + paths.length);
  assert(bad.length === 0, 'paths not in the schema: ' + bad.join(', '));
  // the other way round: schema leaves without a form field (only the ones the page sets itself)
  const leaves = [];
  const walk = (node, p) => {
    node = deref(node);
    if (node.oneOf) { node = node.oneOf.find((x) => deref(x).type === 'object') || node.oneOf[0]; node = deref(node); }
    if (node.type === 'object' && node.properties) for (const [k, v] of Object.entries(node.properties)) walk(v, p + '/' + k);
    else if (node.type === 'array' && deref(node.items).type === 'object') walk(node.items, p + '/0');
    else leaves.push(p);
  };
  walk(schema, '');
  const norm = (p) => p.replace(/\/\d+(?=\/|$)/g, '/0');
  const have = new Set(paths.map(norm));
  // fields the core's form plan says do not apply to this application are not asked
  const hidden = (await page.evaluate(() => window.beianState.plan?.hidden || [])).map(norm);
  const missing = leaves.filter((l) => !have.has(l) && ![...have].some((h) => h.startsWith(l + '/')))
    .filter((l) => !hidden.some((h) => l === h || l.startsWith(h + '/')));
  assert(missing.every((m) => ['/schema_version', '/context/locale'].includes(m)), 'schema fields missing in the form: ' + missing.join(', '));
  const extras = await page.$$eval('.field.extra [data-path], .field.extra[data-path]', (els) => els.map((e) => e.dataset.path));
  if (extras.length) console.log('  (fields shown from the schema without a hand-written label: ' + [...new Set(extras)].join(', ') + ')');
  await context.close();
});

await test('p. the page renders the core\'s decisions (labels, enum options, facts, WHOIS domain)', async () => {
  const { context, page } = await newPage();
  await openApp(page);
  const fs = JSON.parse(readFileSync(join(SITE, 'form-schema.json'), 'utf8'));
  // enum options and their labels come from the schema's x-labels (form-schema.json)
  const want = fs.objects['/subject'].find((p) => p.k === 'type').options;
  const got = await field(page, '/subject/type').evaluate((s) => [...s.options].slice(1).map((o) => [o.value, o.textContent]));
  assert(JSON.stringify(got) === JSON.stringify(want.map(([v, zh]) => [v, zh])), 'subject.type options from the schema: ' + JSON.stringify(got));
  const idTypes = await field(page, '/subject/principal/id_type').evaluate((s) => s.options.length);
  assert(idTypes === fs.objects['/subject/principal'].find((p) => p.k === 'id_type').options.length + 1, 'id_type options');
  // a personal filing, a licence whose name and address differ from the typed ones only in form
  const lic = '营业执照\n名称：杭州青禾茶业有限公司\n统一社会信用代码：91330106MA27XXXX1X\n住所：浙江省杭州市西湖区文三路108号\n法定代表人：王立新\n';
  const whois = readFileSync(join(ROOT, 'tests/fixtures/whois/cnnic_company.txt'), 'utf8');
  await page.evaluate(({ lic, whois }) => window.beianSetApplication({
    schema_version: 1,
    subject: { type: 'enterprise', name: '杭州 青禾茶业有限公司', certificate_address: '浙江省杭州市西湖区文三路一〇八号' },
    websites: [{ name: '青禾茶业官网', domains: [{ name: 'www.qinghe-tea.cn', registrant: '杭州青禾茶业有限公司', expires_on: '2020-01-01' }] }],
    attachments: { business_license_text: lic, whois: [{ text: whois }] },
  }), { lic, whois });
  await page.waitForSelector('#report .facts table');
  const rows = await page.$$eval('#report .facts tr', (trs) => trs.map((tr) => [tr.querySelector('th')?.textContent, tr.className]));
  const cls = (label) => rows.filter(([l]) => l === label).map(([, c]) => c);
  assert(cls('名称')[0] === 'same', 'name same after the core\'s normalisation: ' + JSON.stringify(rows));
  assert(cls('住所')[0] === 'same', 'address same (一〇八 = 108): ' + JSON.stringify(rows));
  assert(cls('域名持有者')[0] === 'same', 'WHOIS registrant matched to www. domain: ' + JSON.stringify(rows));
  assert(cls('到期日期')[0] === 'differs', 'expiry differs: ' + JSON.stringify(rows));
  // severity and category names are the rule pack's labels
  const badge = await page.locator('#report .finding .badge').first().textContent();
  assert(Object.values(fs.labels.severity).some((l) => l['zh-CN'] === badge), 'severity label from the pack: ' + badge);
  const group = await page.locator('#report details.group .group-name').first().textContent();
  assert(fs.labels.category.some(([, zh]) => zh === group), 'category label from the pack: ' + group);
  // an uploaded WHOIS reply gets its domain from the core's WHOIS reader
  await page.setInputFiles('[data-upload-input="whois"]', join(ROOT, 'tests/fixtures/whois/verisign_thin_godaddy.txt'));
  await page.waitForFunction(() => (window.beianState.app.attachments.whois || []).length === 2);
  const dom = await page.evaluate(() => window.beianState.app.attachments.whois[1].domain);
  assert(dom === 'sunriver-outdoor.com', 'WHOIS domain from the core: ' + dom);
  assert(page.errors.length === 0, 'no page errors: ' + page.errors.join('; '));
  await context.close();
});

await test('q. generative AI: ticking the feature asks the AI questions; the AI findings follow the answers', async () => {
  const { context, page } = await newPage();
  await openApp(page);
  await loadExample(page, 'clean-enterprise.json');
  assert(await page.locator('[data-path="/websites/0/ai/provider"]').count() === 0, 'no AI questions before the tick');
  await field(page, '/websites/0/features/generative_ai').selectOption('true');
  await field(page, '/websites/0/ai/provider').waitFor({ timeout: 10000 });
  for (const k of ['own_model', 'model_filing_number', 'output_labelled', 'public_facing'])
    assert(await page.locator(`[data-path="/websites/0/ai/${k}"][data-type]`).count() === 1, 'AI question ' + k);
  await page.locator('#report .finding[data-rule="AI-003"]').first().waitFor({ timeout: 15000 });
  // a registered model with its number and labelled output: no AI finding warns
  await field(page, '/websites/0/ai/model_filing_number').fill('Example-Model-20240101S0001');
  await field(page, '/websites/0/ai/output_labelled').selectOption('true');
  await page.waitForFunction(() => {
    const f = (window.beianState.report?.findings || []).filter((x) => /^AI-/.test(x.rule));
    return f.length > 0 && f.every((x) => x.severity === 'info');
  }, null, { timeout: 15000 });
  await field(page, '/websites/0/features/generative_ai').selectOption('false');
  await page.waitForFunction(() => !document.querySelector('[data-path="/websites/0/ai/provider"]'), null, { timeout: 10000 });
  assert(page.errors.length === 0, 'no page errors: ' + page.errors.join('; '));
  await context.close();
});

// More suites in their own files (tests/browser/suite-*.mjs): each exports
// default async function (h) with the harness below.
const harness = { test, assert, newPage, openApp, field, loadExample, reportRules, download, browser, ORIGIN, HOST, P1, P2, SITE, ROOT, FIX, SHOTS };
for (const f of readdirSync(dirname(fileURLToPath(import.meta.url))).filter((n) => /^suite-.*\.mjs$/.test(n)).sort()) {
  const mod = await import('./' + f);
  await mod.default(harness);
}

await browser.close();
cleanup();
if (ONLY.length && !results.length) {
  results.push({ name: '--only', ok: false });
  console.log(`FAIL no test is named ${ONLY.join(' or ')}`);
}
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
