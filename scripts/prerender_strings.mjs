// Writes the page's zh-CN strings (web/i18n.js) into the built index.html, so the first paint
// already has its final text (no layout shift when the modules load; i18n.js stays the source).
//   node scripts/prerender_strings.mjs SITE_DIR
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const site = resolve(process.argv[2] || 'site');
// (imported as a data: URL: the module has no package.json saying it is ESM)
const src = readFileSync(join(site, 'i18n.js'), 'utf8');
const { t } = await import('data:text/javascript;charset=utf-8,' + encodeURIComponent(src));
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const file = join(site, 'index.html');
let html = readFileSync(file, 'utf8');
let n = 0;
html = html.replace(/(<([a-z0-9]+)\b[^>]*\bdata-i18n="([\w-]+)"[^>]*>)(<\/\2>)/g, (m, open, tag, key, close) => {
  n++;
  return open + esc(t('zh-CN', key)) + close;
});
writeFileSync(file, html);
console.log(`prerender: ${n} strings written into index.html`);
