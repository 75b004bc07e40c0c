// Accuracy of licence and domain-certificate reading on generated fixtures (tests/ocr/gen_fixtures.mjs): text PDFs
// through pdf.js and the core (web/ocr-client.js licenseTextFromPdf, as the page does); images through
// the page's preprocessing, tesseract.js 7 in Node (Debian's chi_sim model, PSM 6) and the core's
// words parser (licenseFromWords). Per field and condition: the share of licences whose value is
// offered and exactly right, and the number of wrong values the core *accepted* (a credit code
// is accepted only when its check digit passes: there must be none wrong).
//
//   node tests/ocr/accuracy.mjs [--count N] [--fresh] [--check] [--md] [--conds clean,degraded,photo]
// --check exits 1 unless: text PDFs 100 % of fields; clean images ≥ 95 % for credit code, name,
// legal representative, type and dates; no wrong credit code accepted in any condition. Domain
// certificates (web/ocr-client.js domainCertTextFromPdf, the core's domainCertFromWords): text
// PDFs 100 % of fields; clean images ≥ 95 % for the domain and both dates; no wrong domain accepted.
import { createRequire } from 'node:module';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { certConditions, generate } from './gen_fixtures.mjs';
import { domainCertTextFromPdf, licenseTextFromPdf } from '../../web/ocr-client.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const opt = (n, d) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : d; };
const COUNT = Number(opt('--count', 3));
const OUT = resolve(ROOT, opt('--out', `build/ocr-fixtures/n${COUNT}`));
const MODEL_DIR = join(ROOT, 'build/ocr');
const t0 = Date.now();

if (args.includes('--fresh') || !existsSync(join(OUT, 'truth.json'))) {
  rmSync(OUT, { recursive: true, force: true });
  await generate({ count: COUNT, out: OUT });
}
const tGen = Date.now();
const truth = JSON.parse(readFileSync(join(OUT, 'truth.json'), 'utf8'));

// the npm package's Node build and the page's OCR module (what scripts/build builds), loaded as
// the node suite loads them
const { core: loadCore, ocrModule } = require('../node/util.cjs');
const core = await loadCore();
const ocr = await ocrModule();

const FIELDS = ['credit_code', 'name', 'type', 'legal_representative', 'registered_capital', 'established', 'term', 'address', 'authority'];
const expect = (l, f) => f === 'term' ? `${l.established}至${l.valid_until}` : l[f];
const stats = {};
const bump = (cond, field, key) => {
  stats[cond] ??= {};
  stats[cond][field] ??= { right: 0, wrong_accepted: 0, n: 0 };
  stats[cond][field][key]++;
};

// --- text PDFs: pdf.js → normalizeText → the licence reader (as the page does)
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
for (const l of truth) {
  const text = await licenseTextFromPdf(readFileSync(join(OUT, l.id + '.pdf')), (op, arg) => ocr[op](arg), { pdfjsLib: pdfjs });
  const rep = JSON.parse(core.check(JSON.stringify({ attachments: { business_license_text: text } }), '{}'));
  const f = rep.facts?.license || {};
  const got = { ...f, term: f.valid_from || f.valid_until ? `${f.valid_from || ''}至${f.valid_until || ''}` : '' };
  for (const field of FIELDS) {
    bump('text PDF', field, 'n');
    if (got[field] === expect(l, field)) bump('text PDF', field, 'right');
    else if (got[field]) bump('text PDF', field, 'wrong_accepted');
  }
}
// domain certificates: the text PDF through the page's reading and the core's certificate reader
const certs = existsSync(join(OUT, 'certs.json')) ? JSON.parse(readFileSync(join(OUT, 'certs.json'), 'utf8')) : [];
const CERT_FIELDS = ['domain', 'holder', 'registrar', 'registered', 'expires'];
const cstats = {};
const cbump = (cond, field, key) => {
  cstats[cond] ??= {};
  cstats[cond][field] ??= { right: 0, wrong_accepted: 0, n: 0 };
  cstats[cond][field][key]++;
};
for (const c of certs) {
  const text = await domainCertTextFromPdf(readFileSync(join(OUT, c.id + '.pdf')), (op, arg) => ocr[op](arg), { pdfjsLib: pdfjs });
  const rep = JSON.parse(core.check(JSON.stringify({ attachments: { domain_certificates: [{ text }] } }), '{}'));
  const got = rep.facts?.domain_certificates?.[0] || {};
  for (const field of CERT_FIELDS) {
    cbump('text PDF', field, 'n');
    if (got[field] === c[field]) cbump('text PDF', field, 'right');
    else if (got[field]) cbump('text PDF', field, 'wrong_accepted');
  }
  if (process.env.OCR_DEBUG) console.error('pdf', c.id, JSON.stringify(got));
}
const tPdf = Date.now();

// --- images
const { createWorker } = require('tesseract.js');
const worker = await createWorker('chi_sim', 1, { langPath: MODEL_DIR, gzip: true, cacheMethod: 'none' });
await worker.setParameters({ tessedit_pageseg_mode: '6', preserve_interword_spaces: '1' });
const tStart = Date.now();
const { wordsOf, readLicenseWords, rereadBox } = await import('../../web/ocr-client.js');
const per = [];
const CONDS = opt('--conds', 'clean,degraded,photo').split(',');
for (const cond of CONDS) {
  for (const l of truth) {
    const t = Date.now();
    const { scale } = JSON.parse(readFileSync(join(OUT, `${l.id}-${cond}.pre.json`), 'utf8'));
    const { data } = await worker.recognize(readFileSync(join(OUT, `${l.id}-${cond}.pre.png`)), {}, { blocks: true });
    per.push(Date.now() - t);
    const image = readFileSync(join(OUT, `${l.id}-${cond}.pre.png`));
    const out = await readLicenseWords(wordsOf(data, scale), (j) => ocr.licenseFromWords(j),
      (box) => rereadBox(worker, image, box, scale));
    for (const field of FIELDS) {
      bump(cond, field, 'n');
      const f = out.fields.find((x) => x.field === field && x.value);
      if (f && f.value === expect(l, field)) bump(cond, field, 'right');
      else if (f && f.accepted) bump(cond, field, 'wrong_accepted');
    }
    if (process.env.OCR_DEBUG) console.error(cond, l.id, JSON.stringify(out.fields.map((f) => [f.field, f.value || f.raw, f.conf, f.accepted])));
  }
}
for (const cond of certConditions(truth.length)) {
  for (const c of certs) {
    const t = Date.now();
    const { scale } = JSON.parse(readFileSync(join(OUT, `${c.id}-${cond}.pre.json`), 'utf8'));
    const { data } = await worker.recognize(readFileSync(join(OUT, `${c.id}-${cond}.pre.png`)), {}, { blocks: true });
    per.push(Date.now() - t);
    const out = JSON.parse(ocr.domainCertFromWords(JSON.stringify(wordsOf(data, scale))));
    for (const field of CERT_FIELDS) {
      cbump(cond, field, 'n');
      const f = out.fields.find((x) => x.field === field && x.value);
      if (f && f.value === c[field]) cbump(cond, field, 'right');
      else if (f && f.accepted) cbump(cond, field, 'wrong_accepted');
    }
    if (process.env.OCR_DEBUG) console.error(cond, c.id, JSON.stringify(out.fields.map((f) => [f.field, f.value || f.raw, f.conf, f.accepted])));
  }
}
await worker.terminate();
const tEnd = Date.now();

// --- table
const conds = ['text PDF', 'clean', 'degraded', 'photo'];
const pct = (s) => s ? `${Math.round((100 * s.right) / s.n)} %${s.wrong_accepted ? ` (${s.wrong_accepted} wrong accepted)` : ''}` : '–';
console.log(`\n${truth.length} licences; exact value offered (wrong values the core accepted)\n`);
console.log(`| field | ${conds.join(' | ')} |`);
console.log(`|---|${conds.map(() => '---').join('|')}|`);
for (const field of FIELDS) console.log(`| ${field} | ${conds.map((c) => pct(stats[c]?.[field])).join(' | ')} |`);
if (certs.length) {
  console.log(`\n${certs.length} domain certificates (${[...new Set(certs.map((c) => c.layout))].join(', ')}); exact value offered (wrong values the core accepted)\n`);
  console.log(`| field | ${conds.join(' | ')} |`);
  console.log(`|---|${conds.map(() => '---').join('|')}|`);
  for (const field of CERT_FIELDS) console.log(`| ${field} | ${conds.map((c) => pct(cstats[c]?.[field])).join(' | ')} |`);
}
const avg = per.reduce((a, b) => a + b, 0) / Math.max(1, per.length);
console.log(`\nfixtures ${((tGen - t0) / 1000).toFixed(1)} s; PDFs ${((tPdf - tGen) / 1000).toFixed(1)} s; ` +
  `tesseract start ${((tStart - tPdf) / 1000).toFixed(1)} s; ${per.length} images, ${(avg / 1000).toFixed(2)} s each; total ${((tEnd - t0) / 1000).toFixed(1)} s`);

if (args.includes('--check')) {
  const fails = [];
  for (const field of FIELDS) if (stats['text PDF'][field].right !== truth.length) fails.push(`text PDF ${field}`);
  for (const field of ['credit_code', 'name', 'legal_representative', 'type', 'established']) {
    const s = stats.clean[field];
    if (s.right / s.n < 0.95) fails.push(`clean ${field} ${s.right}/${s.n}`);
  }
  for (const c of CONDS) if (stats[c].credit_code.wrong_accepted) fails.push(`${c}: wrong credit code accepted`);
  if (certs.length) {
    for (const field of CERT_FIELDS) if (cstats['text PDF'][field].right !== certs.length) fails.push(`certificate text PDF ${field}`);
    for (const field of ['domain', 'registered', 'expires']) {
      const s = cstats.clean?.[field];
      if (s && s.right / s.n < 0.95) fails.push(`certificate clean ${field} ${s.right}/${s.n}`);
    }
    for (const c of Object.keys(cstats)) if (cstats[c].domain?.wrong_accepted) fails.push(`certificate ${c}: wrong domain accepted`);
  }
  if (fails.length) { console.log('accuracy: FAILED ' + fails.join('; ')); process.exit(1); }
  console.log('accuracy: ok');
}
