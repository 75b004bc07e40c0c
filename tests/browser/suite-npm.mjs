// The npm package in a browser (issue 16): README.md's "npm in a browser bundle" example, as
// written, in Chromium. No bundler runs here: the page's import map resolves the bare specifiers
// 'beian-precheck' and 'beian-precheck/widget' by the package's own `exports` (the `browser`
// condition, as a bundler does), to build/npm served under /node_modules/beian-precheck/. The
// .wasm must come from the package folder, and nothing may be fetched from another origin.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, extname, normalize } from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.json': 'application/json', '.wasm': 'application/wasm' };

function readmeExample(root, name) {
  const md = readFileSync(join(root, 'README.md'), 'utf8');
  const m = new RegExp(`<!-- example: ${name} -->\\s*\\n\`\`\`js\\n([\\s\\S]*?)\\n\`\`\`\\n`).exec(md);
  if (!m) throw new Error(`README.md has no "<!-- example: ${name} -->" js block`);
  return m[1] + '\n';
}

// The target of an `exports` entry for a browser bundler: conditions browser, import, default.
function browserTarget(entry) {
  if (typeof entry === 'string') return entry;
  for (const c of ['browser', 'import', 'default']) if (entry[c] !== undefined) return browserTarget(entry[c]);
  throw new Error('no browser target in ' + JSON.stringify(entry));
}

export default async function npmSuite(h) {
  const { test, assert, newPage, ROOT } = h;
  const PKG = join(ROOT, 'build/npm');
  await test('npm. README browser example: the package\'s ES module build checks in Chromium', async () => {
    assert(existsSync(join(PKG, 'package.json')), 'build/npm is built (scripts/build_npm)');
    const pkg = JSON.parse(readFileSync(join(PKG, 'package.json'), 'utf8'));
    const base = '/node_modules/beian-precheck/';
    const imports = {
      'beian-precheck': base + browserTarget(pkg.exports['.']).replace(/^\.\//, ''),
      'beian-precheck/widget': base + browserTarget(pkg.exports['./widget']).replace(/^\.\//, ''),
    };
    const files = {
      '/index.html': '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>bundle</title>\n' +
        `<script type="importmap">${JSON.stringify({ imports })}</script>\n` +
        '<script type="module" src="/app.mjs"></script>\n<script type="module" src="/widget-host.mjs"></script></head>\n' +
        '<body><p id="verdict"></p><beian-precheck id="w" lang="en" layout="compact"></beian-precheck></body></html>\n',
      '/app.mjs': readmeExample(ROOT, 'browser'),
      // the widget from the package, as README item 1 says (import 'beian-precheck/widget')
      '/widget-host.mjs': "import 'beian-precheck/widget';\n" +
        "const w = document.getElementById('w');\n" +
        "w.addEventListener('result', (e) => { window.__widget = e.detail.report.findings.map((f) => f.rule); });\n" +
        "w.setApplication({ schema_version: 1, subject: { type: 'enterprise', certificate_type: 'business_license', certificate_number: '91330106673959654Q', name: '杭州示例科技有限公司' } });\n",
    };
    const served = [];
    const server = createServer((req, resp) => {
      const p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      served.push(p);
      if (p === '/favicon.ico') { resp.writeHead(204); resp.end(); return; }
      let body;
      if (files[p] !== undefined) body = Buffer.from(files[p]);
      else if (p.startsWith(base)) {
        const rel = normalize(p.slice(base.length));
        if (!rel.startsWith('..')) { try { body = readFileSync(join(PKG, rel)); } catch { /* 404 */ } }
      }
      if (!body) { console.log('npm suite: 404 ' + p); resp.writeHead(404); resp.end(); return; }
      resp.writeHead(200, { 'Content-Type': TYPES[extname(p)] || 'application/octet-stream', 'Cache-Control': 'no-store' });
      resp.end(body);
    });
    await new Promise((res) => server.listen(0, '127.0.0.1', res));
    const origin = `http://127.0.0.1:${server.address().port}`;
    const { context, page } = await newPage();
    const foreign = [];
    page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('blob:')) foreign.push(r.url()); });
    try {
      await page.goto(origin + '/index.html');
      await page.waitForFunction(() => document.querySelector('#verdict').textContent !== '', null, { timeout: 30000 });
      const text = await page.locator('#verdict').textContent();
      // the check digit of 91330106673959654Q is wrong (…654P): ENT-003
      assert(/^at_risk: ([A-Z]+-\d{3} ?)+$/.test(text) && text.split(' ').includes('ENT-003'),
        'the example reports the bad credit code: ' + text);
      await page.waitForFunction(() => window.__widget, null, { timeout: 30000 });
      const widgetRules = await page.evaluate(() => window.__widget);
      assert(widgetRules.includes('ENT-003'), 'the widget from the package checks too: ' + widgetRules);
      assert(served.includes(base + 'web/beian-core.wasm'), 'the .wasm came from the package: ' + served.join(' '));
      // and its second part (web/core-load.js), loaded before createChecker returns
      assert(served.some((p) => p.startsWith(base + 'web/beian-core.deferred.') && p.endsWith('.wasm')),
        'the second part came from the package: ' + served.join(' '));
      // the module embeds the rules' Chinese wording; English (locale 'en') is the file beside it
      assert(served.some((p) => /^\/node_modules\/beian-precheck\/web\/wording\.en\.[0-9a-f]+\.txt$/.test(p)),
        'the English wording came from the package: ' + served.join(' '));
      for (const name of ['regions', 'ipranges']) {
        assert(served.some((p) => new RegExp(`^/node_modules/beian-precheck/web/${name}\\.[0-9a-f]+\\.bin$`).test(p)),
          `the ${name} file came from the package: ` + served.join(' '));
      }
      assert(foreign.length === 0, 'nothing fetched from another origin: ' + foreign.join(' '));
      assert(page.errors.length === 0, 'no page errors: ' + page.errors.join(' | '));
    } finally {
      await context.close();
      server.close();
    }
  });
}
