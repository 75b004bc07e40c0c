// A built site served on 127.0.0.1 for the Chromium benches (tests/bench/chromium_cold.mjs,
// page_load.mjs): scripts/serve.py on a free port, waited for; and Debian's Chromium launched the
// way both benches use it.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

// Exits with status 2 unless `site` holds a built site (index.html and worker.js).
export function needSite(site, who) {
  if (!existsSync(path.join(site, 'index.html')) || !existsSync(path.join(site, 'worker.js'))) {
    console.error(`${who}: ${site} is not a built site (run scripts/build)`);
    process.exit(2);
  }
}

// Serves `site`; returns {origin, stop()} once the server answers.
export async function serveSite(site) {
  const port = await new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
    s.on('error', reject);
  });
  const server = spawn('python3', [path.join(ROOT, 'scripts/serve.py'), String(port), site, '--quiet'],
    { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(origin + '/worker.js')).ok) break; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { origin, stop: () => server.kill() };
}

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
}
