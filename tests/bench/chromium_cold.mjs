// Cold first check in Chromium, as the page meets it: in a fresh browser context (empty HTTP
// cache, no service worker) the page's client (site/core-client.js) starts the page's module
// worker (site/worker.js: glue; the first part of the module, which the client compiles and posts
// to it; the second part and the data files, fetched from the start: fetchRest, as the page does
// when its first verdict checks data, a saved draft, and the widget always) and asks it for the
// first full check of examples/clean-enterprise.json. Median of 5 contexts; prints one JSON
// object (scripts/bench).
//
//   node tests/bench/chromium_cold.mjs [SITE_DIR]
//
// Served from this machine (scripts/serve.py): the time is compile, instantiate and check, with
// no network in it. Debian's Chromium (/usr/bin/chromium or $CHROMIUM), playwright-core from npm.
import path from 'node:path';
import { ROOT, needSite, serveSite, launchChromium } from './site_server.mjs';

const SITE = path.resolve(process.argv[2] || path.join(ROOT, 'site'));
needSite(SITE, 'chromium_cold');
const { origin, stop } = await serveSite(SITE);
try {
  const browser = await launchChromium();
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
        // the page's own client (web/core-client.js), loaded as the page has it when it starts
        const { createClient } = await import('/core-client.js');
        const t0 = performance.now();
        const client = createClient(new URL('/worker.js', location.href));
        // a whole application to check: the rest of the module is fetched at once, as the page
        // does for a saved draft (web/main.js) and the widget always (web/widget.js)
        client.fetchRest();
        await client.ready;
        const t1 = performance.now();
        const out = await client.call('check', app, JSON.stringify({ today: '2026-11-28' }));
        const t2 = performance.now();
        const startup = client.startup || {};
        client.terminate();
        return { ready: t1 - t0, total: t2 - t0, scripts: startup.scripts,
          core: startup.ready - startup.scripts,
          ok: typeof out === 'string' && out.includes('"findings"') };
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
  stop();
}
