// Cold first check in Chromium, as the page meets it: a fresh browser context (empty HTTP cache,
// no service worker) starts the page's module worker (site/worker.js: glue, first part of the
// module; the second part follows in the background) and asks it for the first full check of
// examples/clean-enterprise.json. Median of 5 contexts; prints one JSON object (scripts/bench).
//
//   node tests/bench/chromium_cold.mjs [SITE_DIR]
//
// Served from this machine (scripts/serve.py): the time is compile, instantiate and check, with
// no network in it. Debian's Chromium (/usr/bin/chromium or $CHROMIUM), playwright-core from npm.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const SITE = path.resolve(process.argv[2] || path.join(ROOT, 'site'));
if (!existsSync(path.join(SITE, 'worker.js'))) {
  console.error(`chromium_cold: ${SITE} is not a built site (run scripts/build)`);
  process.exit(2);
}

const port = await new Promise((resolve, reject) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
  s.on('error', reject);
});
const server = spawn('python3', [path.join(ROOT, 'scripts/serve.py'), String(port), SITE, '--quiet'],
  { stdio: 'ignore' });
const origin = `http://127.0.0.1:${port}`;
try {
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(origin + '/worker.js')).ok) break; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const runs = [];
  const version = browser.version();
  try {
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      // a blank page of the site's origin (the worker must be same-origin)
      await page.route(origin + '/__cold.html', (route) =>
        route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>cold</title>' }));
      await page.goto(origin + '/__cold.html');
      const r = await page.evaluate(async () => {
        const app = await (await fetch('/examples/clean-enterprise.json')).text();
        const t0 = performance.now();
        const w = new Worker('/worker.js', { type: 'module' });
        const reply = (id) => new Promise((resolve) => {
          w.addEventListener('message', function on(e) {
            if (e.data && e.data.id === id) { w.removeEventListener('message', on); resolve(e.data); }
          });
        });
        const ready = await reply(0);
        const t1 = performance.now();
        const checked = reply(1);
        w.postMessage({ id: 1, op: 'check', args: [app, JSON.stringify({ today: '2026-11-28' })] });
        const out = await checked;
        const t2 = performance.now();
        w.terminate();
        return { ready: t1 - t0, total: t2 - t0, scripts: (ready.startup || {}).scripts,
          core: (ready.startup || {}).ready - (ready.startup || {}).scripts,
          ok: !ready.error && typeof out.result === 'string' && out.result.includes('"findings"') };
      });
      await context.close();
      if (!r.ok) throw new Error('the worker did not answer the check');
      runs.push(r);
    }
  } finally {
    await browser.close();
  }
  const median = (k) => runs.map((r) => r[k]).sort((a, b) => a - b)[runs.length >> 1];
  // scripts_ms: the worker's scripts loaded (ms after it started); core_ms: from then until the
  // module's first part was instantiated and the runtime ready (fetch, compile, instantiate)
  console.log(JSON.stringify({ cold_first_check_chromium: { ms: median('total'), ready_ms: median('ready'),
    scripts_ms: median('scripts'), core_ms: median('core') },
    chromium: version }));
} finally {
  server.kill();
}
