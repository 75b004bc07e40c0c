// Service worker: precaches the shell, the module, the wasm and the rule pack under a version
// derived from the site's contents (stamped by scripts/site_manifest.py), serves cache-first,
// and drops older caches on activate.
const VERSION = '__CACHE_VERSION__';
const CACHE = 'beian-' + VERSION;
const PRECACHE = __PRECACHE__;
// ocr/: document reading (pdf.js, tesseract.js, the model), fetched only when a PDF or an image
// is uploaded (or "下载离线识别包"); cached here on first use, under the same version.
const LAZY = new Set(__LAZY__);

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // version.json (written by the build next to this file; the page lists the examples from it)
    const files = PRECACHE.includes('version.json') ? PRECACHE : PRECACHE.concat(['version.json']);
    await cache.addAll(files.map((p) => new Request(p, { cache: 'reload' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith('beian-') && n !== CACHE).map((n) => caches.delete(n)));
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(req, { ignoreSearch: true });
    if (hit) return hit;
    const rel = url.pathname.slice(new URL(self.registration.scope).pathname.length);
    if (LAZY.has(rel)) {
      const res = await fetch(req);
      if (res.ok) await cache.put(req, res.clone());
      return res;
    }
    if (req.mode === 'navigate') {
      const shell = await cache.match('./');
      try {
        return await fetch(req);
      } catch (e) {
        if (shell) return shell;
        throw e;
      }
    }
    return fetch(req);
  })());
});
