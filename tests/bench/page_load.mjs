// Page loads in Chromium, alternated between built sites (e.g. the site before and after a change):
// for each site, the median of N fresh contexts (empty HTTP cache, no service worker) of
//   core  — the page's core ready (window.beianReady),
//   page  — the page ready (body[data-ready="1"]: core up, the form built, the first answers shown),
//   widget — the demo host's first <beian-precheck> ready (site/demo/host.html),
// in ms since navigation. LAT (ms of round trip) and DOWN (bytes/s) emulate a network through the
// DevTools protocol; scripts/serve.py sends files uncompressed, so DOWN counts raw bytes. DRAFT
// (an application file) opens the page as a returning seller does: with that draft saved on the
// device (drafts are kept by default), so that the page's first verdict is a check with data in
// it.
//
//   LAT=40 DOWN=1250000 node tests/bench/page_load.mjs site /tmp/site-before [--runs 5]
//   DRAFT=examples/clean-enterprise.json node tests/bench/page_load.mjs site
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, needSite, serveSite, launchChromium } from './site_server.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 5;
const sites = (args.length ? args : ['site']).map((s) => path.resolve(s));
for (const s of sites) needSite(s, 'page_load');
// the draft as main.js keeps it (localStorage 'beian.draft'), set before the page's scripts run
const DRAFT_INIT = process.env.DRAFT
  ? { content: `localStorage.setItem('beian.draft', ${JSON.stringify(
    JSON.stringify(JSON.parse(fs.readFileSync(path.resolve(ROOT, process.env.DRAFT), 'utf8'))))});` }
  : undefined;
const servers = [];
for (const s of sites) servers.push(await serveSite(s));
try {
  const browser = await launchChromium();
  const open = async (url, init) => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    if (init) await page.addInitScript(init);
    if (process.env.LAT || process.env.DOWN) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: Number(process.env.LAT || 0),
        downloadThroughput: Number(process.env.DOWN || -1), uploadThroughput: -1 });
    }
    await page.goto(url);
    return { context, page };
  };
  const times = sites.map(() => ({ core: [], page: [], widget: [] }));
  try {
    for (let round = 0; round < RUNS; round++) {
      for (let i = 0; i < sites.length; i++) {
        const { origin } = servers[i];
        let { context, page } = await open(origin + '/index.html', DRAFT_INIT);
        const t = await page.evaluate(async () => {
          const core = await window.beianReady.then(() => performance.now());
          while (document.body.dataset.ready !== '1') await new Promise((r) => setTimeout(r, 5));
          return { core, page: performance.now() };
        });
        times[i].core.push(t.core);
        times[i].page.push(t.page);
        await context.close();
        ({ context, page } = await open(origin + '/demo/host.html', () => {
          window.__widgetReady = new Promise((r) => document.addEventListener('ready', () => r(performance.now()), { once: true }));
        }));
        times[i].widget.push(await page.evaluate(() => window.__widgetReady));
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const out = sites.map((s, i) => ({ site: path.relative(ROOT, s) || s, latency_ms: Number(process.env.LAT || 0),
    ...Object.fromEntries(Object.entries(times[i]).map(([k, v]) => [`${k}_ms`, Math.round(median(v))])) }));
  console.log(JSON.stringify(out, null, 1));
} finally {
  servers.forEach((s) => s.stop());
}
