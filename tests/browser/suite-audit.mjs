// Issue 13: accessibility and performance audits of the page (the harness in run.mjs loads this file).
//
//   s1/s2  axe-core (node_modules/axe-core) injected into the page at 1280×800 and 360×780, on the
//          empty page, after the clean example, after a blocked example and with every <details>
//          open: 0 serious or critical (moderate/minor are listed, not asserted).
//   s3     Lighthouse 12 mobile (default config: Moto G power emulation, simulated throttling,
//          the CPU slowdown calibrated to the host as Lighthouse's docs ask: see cpuMultiplier),
//          performance + accessibility: performance ≥ 0.90, accessibility = 1.00, CLS < 0.1.
//          Runs once; when that run misses the performance or CLS bound it runs twice more and
//          asserts the median. One run in several dozen scores 77-78 on this idle 2-core machine
//          (LCP 5.8 s where the others give 1.6-1.9 s, the same element; a fresh-clone CI run
//          failed so), and a median of three is what Lighthouse's docs on variability ask for. A
//          missed accessibility score fails after one run (it does not vary between runs).
//          AUDIT_RUNS=N forces N runs (median asserted).
//   s4     Lighthouse desktop, print only (AUDIT_DESKTOP=1; not run by default to save CI time).
//
// Lighthouse drives its own Chromium (/usr/bin/chromium or $CHROMIUM, --headless=new) over a
// DevTools port; that Chromium resolves no host but 127.0.0.1, so nothing can leave the machine,
// and the test also asserts every request in the trace went to the site's origin.
// Results: build/audit/lighthouse-mobile.json (+ .html, + -runs.json with every run's scores).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LH_TIMEOUT_MS = 150_000; // one Lighthouse run (it takes ~15-30 s here)
const BOUNDS = { performance: 0.90, accessibility: 1.00, cls: 0.1 };

export default async function ({ test, assert, newPage, openApp, loadExample, ORIGIN, ROOT, SHOTS }) {
  const OUT = join(ROOT, 'build/audit');
  mkdirSync(OUT, { recursive: true });

  // ---- axe-core ---------------------------------------------------------------------------------
  const AXE_SRC = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  // What the user sees, in order. On the step-by-step page (#step-list) the examples are audited on
  // the result step; the last state is "everything on one page" (#all-steps-btn), all form parts.
  const STATES = [
    ['empty page', null],
    ['clean example', 'clean-enterprise.json'],
    ['blocked example', 'individual-shop.json'],
    ['blocked example, every <details> open', 'open-all'],
    ['blocked example, all steps on one page, every <details> open', 'all-steps'],
  ];
  const openDetails = (page) => page.evaluate(() => document.querySelectorAll('details:not([open])').forEach((d) => { d.open = true; }));
  // (a JS click: on phones the step list may be collapsed)
  const toResultStep = (page) => page.evaluate(() => { document.querySelector('#step-list [data-goto-step="result"]')?.click(); });
  const toAllSteps = (page) => page.evaluate(() => {
    const b = document.getElementById('all-steps-btn');
    if (!b) return false;
    if (!document.body.classList.contains('all-steps')) b.click();
    return true;
  });

  async function axeRun(page) {
    if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ content: AXE_SRC });
    return page.evaluate(async () => {
      // eslint-disable-next-line no-undef
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help, tags: v.tags.filter((t) => /^wcag|best-practice/.test(t)),
        nodes: v.nodes.map((n) => ({ target: n.target.join(' '), impact: n.impact, summary: n.failureSummary, html: n.html.slice(0, 160) })),
      }));
    });
  }
  function printViolations(label, vs) {
    for (const v of vs) {
      console.log(`  [${label}] ${v.impact.toUpperCase()} ${v.id}: ${v.help} (${v.tags.join(', ')}) — ${v.nodes.length} node(s)`);
      for (const n of v.nodes) {
        console.log(`      ${n.target}\n        ${n.summary.replace(/\n\s*/g, ' / ')}\n        ${n.html}`);
      }
    }
  }

  const axeAt = (tname, viewport, mobile) => test(tname, async () => {
    // bypassCSP: serve.py's CSP forbids inline scripts, and axe is injected as one
    const { context, page } = await newPage({ viewport, bypassCSP: true, ...(mobile ? { isMobile: true, hasTouch: true } : {}) });
    // "replace what you typed?" when loading the next example: yes (with either harness version)
    page.ownDialogs = true;
    page.on('dialog', (d) => d.accept().catch(() => {}));
    const all = {};
    try {
      await openApp(page, ORIGIN + '/', { steps: true }); // the page as it opens, not the test shortcut
      for (const [label, example] of STATES) {
        if (example === 'open-all') {
          // axe skips what is hidden: open the collapsed report groups and form parts too
          await openDetails(page);
        } else if (example === 'all-steps') {
          if (!(await toAllSteps(page))) continue; // a page without steps: the states above saw it all
          await openDetails(page);
        } else if (example) {
          await loadExample(page, example);
          await toResultStep(page);
          await page.waitForSelector('#report .verdict', { state: 'attached', timeout: 30000 });
        }
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        all[label] = await axeRun(page);
      }
      await page.screenshot({ path: join(SHOTS, `20-axe-${viewport.width}.png`) });
    } finally {
      await context.close();
    }
    writeFileSync(join(OUT, `axe-${viewport.width}.json`), JSON.stringify(all, null, 1));
    const bad = [];
    for (const [label, vs] of Object.entries(all)) {
      const serious = vs.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      const minor = vs.filter((v) => !serious.includes(v));
      console.log(`  axe ${viewport.width} px, ${label}: ${serious.length} serious/critical, ${minor.length} moderate/minor` +
        (minor.length ? ` (${minor.map((v) => `${v.id}×${v.nodes.length}`).join(', ')})` : ''));
      printViolations(`${viewport.width} px, ${label}`, serious);
      bad.push(...serious.map((v) => `${label}: ${v.id} (${v.impact}, ${v.nodes.length} node(s))`));
    }
    assert(bad.length === 0, `no serious/critical axe violation at ${viewport.width} px, got ${bad.length}: ${bad.join('; ')}`);
  });

  await axeAt('s1. axe 1280 px: no serious/critical violation (empty, clean, blocked, all open)', { width: 1280, height: 800 }, false);
  await axeAt('s2. axe 360 px: no serious/critical violation (empty, clean, blocked, all open)', { width: 360, height: 780 }, true);

  // ---- Lighthouse ------------------------------------------------------------------------------
  async function launchChromium() {
    const dir = mkdtempSync(join(tmpdir(), 'beian-lh-'));
    const proc = spawn(process.env.CHROMIUM || '/usr/bin/chromium', [
      '--headless=new', '--no-sandbox', '--remote-debugging-port=0', `--user-data-dir=${dir}`,
      '--no-first-run', '--no-default-browser-check', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--disable-default-apps', '--disable-domain-reliability', '--disable-client-side-phishing-detection',
      '--metrics-recording-only', '--no-pings', '--disable-quic', '--disable-gpu', '--mute-audio',
      '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,AutofillServerCommunication,CertificateTransparencyComponentUpdater',
      // no DNS for anything but the local server: nothing can be fetched from the internet
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      'about:blank',
    ], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });  // its own process group: see kill()
    const port = await new Promise((res, rej) => {
      let buf = '';
      const t = setTimeout(() => rej(new Error('Chromium did not print its DevTools port in 20 s:\n' + buf.slice(-800))), 20000);
      proc.stderr.on('data', (d) => {
        buf += d;
        const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(buf);
        if (m) { clearTimeout(t); res(Number(m[1])); }
      });
      proc.on('exit', (code) => { clearTimeout(t); rej(new Error(`Chromium exited (${code}):\n` + buf.slice(-800))); });
    });
    proc.stderr.resume();
    // The browser and its helper processes (renderer, GPU, network, crash handler), which can
    // go on writing into the profile after the browser itself exits: the whole group is stopped.
    const group = (signal) => {
      try { process.kill(-proc.pid, signal); } catch { /* the group is gone */ }
    };
    const kill = async () => {
      if (proc.exitCode === null) {
        const gone = new Promise((r) => proc.once('exit', r));
        group('SIGTERM');
        await Promise.race([gone, new Promise((r) => setTimeout(r, 3000))]);
        if (proc.exitCode === null) {
          group('SIGKILL');
          await Promise.race([gone, new Promise((r) => setTimeout(r, 3000))]);
        }
      }
      group('SIGKILL');  // helpers that outlived the browser
      // A profile still being written to (ENOTEMPTY) is retried; one that stays is left in the
      // temporary folder with a note: the teardown of an audit never fails the audit (a fresh-clone
      // run failed so once, after the audit itself).
      try {
        rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      } catch (e) {
        console.log(`  (the temporary Chromium profile ${dir} is left behind: ${e.code || e.message})`);
      }
    };
    return { port, kill };
  }

  // Mobile: the CPU slowdown calibrated to the host, as Lighthouse's docs/throttling.md asks
  // ("Calibrating the CPU slowdown"). The preset's multiplier (4x) is meant to turn a host in the
  // high-end desktop bracket (benchmarkIndex 1500 and more) into the mid-tier phone the mobile
  // preset emulates; such a host keeps it. A host measured slower (this 2-core machine while the
  // CI host is busy) gets proportionally less, so the phone emulated stays the same one:
  // preset × index / 1500, never under 1. The index is the run's own (measured by Lighthouse just
  // before it loads the page): the run gathers unthrottled (simulated throttling only applies the
  // multiplier when it audits), so the artifacts are audited with the multiplier that index
  // gives. Network throttling is the preset's, unchanged.
  const CPU_BRACKET = 1500;
  const cpuMultiplier = (index, preset) => (index >= CPU_BRACKET ? preset : Math.max(1, Math.round((preset * index / CPU_BRACKET) * 100) / 100));

  let lighthouseMod;
  async function runLighthouse(preset) {
    lighthouseMod ||= await import('lighthouse');
    const lighthouseFn = lighthouseMod.default;
    const mobile = preset !== 'desktop';
    const { throttling } = await import('lighthouse/core/config/constants.js');
    const presetCpu = throttling.mobileSlow4G.cpuSlowdownMultiplier;
    const configFor = (multiplier) => (mobile
      ? { extends: 'lighthouse:default', settings: { throttling: { ...throttling.mobileSlow4G, cpuSlowdownMultiplier: multiplier } } }
      : lighthouseMod.desktopConfig);
    const flags = {
      output: ['json', 'html'], logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      maxWaitForFcp: 30000, maxWaitForLoad: 45000,
    };
    const artifactsDir = mkdtempSync(join(tmpdir(), 'beian-lh-'));
    const chrome = await launchChromium();
    const t0 = Date.now();
    let timer;
    try {
      const timeout = new Promise((_, rej) => { timer = setTimeout(() => rej(new Error(`Lighthouse (${preset}) took over ${LH_TIMEOUT_MS / 1000} s`)), LH_TIMEOUT_MS); });
      // gather (page load and trace), saved to artifactsDir
      await Promise.race([lighthouseFn(ORIGIN + '/', { ...flags, port: chrome.port, gatherMode: artifactsDir }, configFor(presetCpu)), timeout]);
      await chrome.kill();
      const file = join(artifactsDir, 'artifacts.json');
      const artifacts = JSON.parse(readFileSync(file, 'utf8'));
      const index = Math.round(artifacts.BenchmarkIndex || 0);
      const calibration = { index, multiplier: mobile && index > 0 ? cpuMultiplier(index, presetCpu) : artifacts.settings.throttling.cpuSlowdownMultiplier };
      if (mobile) {
        artifacts.settings.throttling.cpuSlowdownMultiplier = calibration.multiplier;
        writeFileSync(file, JSON.stringify(artifacts));
      }
      // audit what was gathered, with the calibrated multiplier
      const result = await Promise.race([lighthouseFn(ORIGIN + '/', { ...flags, auditMode: artifactsDir }, configFor(calibration.multiplier)), timeout]);
      if (!result || !result.lhr) throw new Error('Lighthouse returned no result');
      if (result.lhr.runtimeError) throw new Error(`Lighthouse runtime error: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
      return { lhr: result.lhr, json: result.report[0], html: result.report[1], ms: Date.now() - t0, calibration };
    } finally {
      clearTimeout(timer);
      await chrome.kill();
      rmSync(artifactsDir, { recursive: true, force: true });
    }
  }

  const score = (lhr, cat) => lhr.categories[cat]?.score ?? null;
  const cls = (lhr) => lhr.audits['cumulative-layout-shift']?.numericValue ?? null;
  const short = (s, n = 150) => { s = String(s ?? '').replace(/\s+/g, ' ').trim(); return s.length > n ? s.slice(0, n - 1) + '…' : s; };
  const fmt = (v) => (v === null ? 'n/a' : Math.round(v * 100));

  function summary(lhr) {
    const m = (id) => lhr.audits[id]?.displayValue ?? 'n/a';
    return `performance ${fmt(score(lhr, 'performance'))}, accessibility ${fmt(score(lhr, 'accessibility'))}, ` +
      `CLS ${cls(lhr)?.toFixed(3)} | FCP ${m('first-contentful-paint')}, LCP ${m('largest-contentful-paint')}, ` +
      `TBT ${m('total-blocking-time')}, SI ${m('speed-index')} | benchmarkIndex ${Math.round(lhr.environment?.benchmarkIndex ?? 0)}`;
  }

  // the rows of an audit's details: tables, opportunities, and the insights' lists of tables
  function rows(d) {
    if (!d) return [];
    if (d.type === 'debugdata') return [];
    if (d.type === 'list') return (d.items || []).flatMap(rows);
    if (d.type === 'checklist') return Object.values(d.items || {}).filter((c) => !c.value).map((c) => ({ label: 'not met: ' + c.label }));
    return Array.isArray(d.items) ? d.items : [];
  }
  function printRow(it) {
    const node = it.node?.type === 'node' ? it.node : null;
    const ms = (k) => (it[k] !== undefined ? `${k} ${Math.round(it[k])}` : null);
    const extra = [ms('duration'), ms('startTime'), ms('wastedMs'), ms('wastedBytes'), ms('totalBytes'), ms('total'), ms('scripting'),
      it.score !== undefined ? `shift ${Number(it.score).toFixed(3)}` : null].filter(Boolean).join(', ');
    if (node) console.log(`        ${node.selector}  ${extra}  ${short(node.explanation || node.snippet, 200)}`);
    else if (it.url) console.log(`        ${short(String(it.url).replace(ORIGIN, ''), 80)}  ${extra}`);
    else if (it.label) console.log(`        ${short(it.label, 160)}`);
    else if (it.groupLabel || it.group) console.log(`        ${it.groupLabel || it.group}  ${extra}`);
    else if (it.node?.type === 'text') console.log(`        ${it.node.value}  ${extra}`);
    else {
      const flat = Object.entries(it).filter(([, v]) => v !== null && typeof v !== 'object').map(([k, v]) => `${k} ${typeof v === 'number' ? Math.round(v) : v}`);
      if (it.value?.value !== undefined) flat.push(String(it.value.value));
      console.log(`        ${short(flat.join(', '), 160)}`);
    }
    for (const sub of (it.subItems?.items || []).slice(0, 4)) {
      const n = sub.node?.type === 'node' ? sub.node : null;
      console.log(`          ↳ ${n ? n.selector + ' ' + short(n.snippet, 100) : short(sub.cause || sub.extra?.value || sub.url || JSON.stringify(sub), 140)}`);
    }
  }
  function printAudit(a, weight) {
    console.log(`    - ${a.id} (score ${a.score}${weight !== undefined ? `, weight ${weight}` : ''})${a.displayValue ? ': ' + a.displayValue : ''} — ${short(a.title, 90)}`);
    const items = rows(a.details);
    for (const it of items.slice(0, 8)) printRow(it);
    if (items.length > 8) console.log(`        … ${items.length - 8} more`);
  }

  function printFailing(lhr) {
    const shown = new Set();
    for (const cat of ['performance', 'accessibility']) {
      const c = lhr.categories[cat];
      if (!c) continue;
      const bar = cat === 'accessibility' ? 1 : 0.9;
      const failing = c.auditRefs.map((r) => ({ ref: r, a: lhr.audits[r.id] }))
        .filter(({ a }) => a && a.score !== null && !['informative', 'notApplicable', 'manual'].includes(a.scoreDisplayMode) && a.score < bar)
        .sort((x, y) => (y.ref.weight || 0) - (x.ref.weight || 0));
      console.log(`  ${cat} ${fmt(c.score)}: ${failing.length} audit(s) below ${bar === 1 ? 'pass' : bar}${failing.length ? ':' : ''}`);
      for (const { ref, a } of failing) { printAudit(a, ref.weight); shown.add(a.id); }
    }
    // what the page author needs for TBT, LCP and CLS, whether or not those audits fail
    for (const id of ['largest-contentful-paint-element', 'layout-shifts', 'long-tasks']) {
      const a = lhr.audits[id];
      if (a && !shown.has(id) && rows(a.details).length) { console.log('  diagnostic:'); printAudit(a); }
    }
  }

  function assertLocalOnly(lhr) {
    const reqs = lhr.audits['network-requests']?.details?.items || [];
    const foreign = reqs.map((r) => r.url).filter((u) => !u.startsWith(ORIGIN + '/') && !/^(data|blob|chrome|about):/.test(u));
    assert(reqs.length > 0, 'Lighthouse recorded the page\'s requests');
    assert(foreign.length === 0, 'Lighthouse run fetched only from the site: ' + foreign.join(', '));
  }

  const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
  const meets = (lhr) => score(lhr, 'performance') >= BOUNDS.performance && score(lhr, 'accessibility') >= BOUNDS.accessibility && cls(lhr) < BOUNDS.cls;
  // a miss that two more runs could turn into a pass: performance and CLS vary between runs (an
  // outlier run's LCP is 3-4 times the others'), accessibility does not
  const variable = (lhr) => score(lhr, 'accessibility') >= BOUNDS.accessibility;

  await test('s3. Lighthouse mobile: performance ≥ 90, accessibility 100, CLS < 0.1', async () => {
    const forced = Number(process.env.AUDIT_RUNS || 0);
    const runs = [];
    while (true) {
      const r = await runLighthouse('mobile');
      assertLocalOnly(r.lhr);
      runs.push(r);
      console.log(`  mobile run ${runs.length} (${(r.ms / 1000).toFixed(1)} s): ${summary(r.lhr)} → CPU slowdown ${r.calibration.multiplier}×`);
      if (forced ? runs.length >= forced : (runs.length >= 3 || (runs.length === 1 && (meets(r.lhr) || !variable(r.lhr))))) break;
    }
    const perfs = runs.map((r) => score(r.lhr, 'performance'));
    const clss = runs.map((r) => cls(r.lhr));
    const a11ys = runs.map((r) => score(r.lhr, 'accessibility'));
    const perf = median(perfs);
    const c = median(clss);
    // the run whose performance is the median is the one written out and explained
    const rep = runs.find((r) => score(r.lhr, 'performance') === perf);
    writeFileSync(join(OUT, 'lighthouse-mobile.json'), rep.json);
    writeFileSync(join(OUT, 'lighthouse-mobile.html'), rep.html);
    writeFileSync(join(OUT, 'lighthouse-mobile-runs.json'), JSON.stringify(runs.map((r) => ({
      performance: score(r.lhr, 'performance'), accessibility: score(r.lhr, 'accessibility'), cls: cls(r.lhr),
      metrics: Object.fromEntries(['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index', 'interactive']
        .map((id) => [id, r.lhr.audits[id]?.numericValue ?? null])),
      benchmarkIndex: r.lhr.environment?.benchmarkIndex, cpuSlowdownMultiplier: r.calibration.multiplier, seconds: r.ms / 1000,
    })), null, 1));
    if (runs.length > 1) {
      console.log(`  ${runs.length} runs: performance ${perfs.map(fmt).join('/')} (median ${fmt(perf)}, spread ${fmt(Math.max(...perfs) - Math.min(...perfs))}), ` +
        `CLS ${clss.map((x) => x.toFixed(3)).join('/')}, accessibility ${a11ys.map(fmt).join('/')}`);
    }
    printFailing(rep.lhr);
    console.log(`  report: build/audit/lighthouse-mobile.json (.html)`);
    const miss = [];
    if (!(perf >= BOUNDS.performance)) miss.push(`performance ${fmt(perf)} < ${fmt(BOUNDS.performance)}`);
    if (!(Math.min(...a11ys) >= BOUNDS.accessibility)) miss.push(`accessibility ${a11ys.map(fmt).join('/')} < 100`);
    if (!(c < BOUNDS.cls)) miss.push(`CLS ${c.toFixed(3)} ≥ ${BOUNDS.cls}`);
    assert(miss.length === 0, `Lighthouse mobile${runs.length > 1 ? ` (median of ${runs.length})` : ''}: ${miss.join(', ')}`);
  });

  if (process.env.AUDIT_DESKTOP) {
    await test('s4. Lighthouse desktop (print only)', async () => {
      const r = await runLighthouse('desktop');
      assertLocalOnly(r.lhr);
      writeFileSync(join(OUT, 'lighthouse-desktop.json'), r.json);
      writeFileSync(join(OUT, 'lighthouse-desktop.html'), r.html);
      console.log(`  desktop (${(r.ms / 1000).toFixed(1)} s): ${summary(r.lhr)}`);
      printFailing(r.lhr);
    });
  } else if (process.argv.includes('--only')) {
    console.log('  (s4. Lighthouse desktop, print only: set AUDIT_DESKTOP=1 to run it)');
  }
}
