// Reads uploaded documents on this device: the text layer of a PDF (pdf.js, parsing in its own
// worker) and the words of a licence image (tesseract.js in its own worker, the Chinese model from
// Debian). Loaded by the page only when a PDF or an image is uploaded; every asset is same-origin
// under ocr/ (scripts/build_ocr_assets) and cached by the service worker once used.
//   sniffDocument(bytes)            -> 'pdf' | 'image' | null (by content, never by file name)
//   pdfText(bytes)                  -> text, lines rebuilt from the glyph positions
//   ocrImage(bytes, {onProgress, signal}) -> {words: [{text, conf, x0, y0, x1, y1}], width, height,
//                                            reread(box)}
//   readLicenseWords(words, callCore, reread) -> the core's fields (one second look at a failed code)
//   licenseTextFromPdf / domainCertTextFromPdf(bytes, callCore) -> the document's text
//   preloadAll(onProgress)          -> fetches every ocr/ asset (the "下载离线识别包" control)
// The core normalises the text (normalizeText) and reads the licence (licenseFromWords): callOcrCore.
const BASE = new URL('./ocr/', import.meta.url);
const at = (p) => new URL(p, BASE).href;

// The core's document-reading module (wasm/ocr_bindings.cc: licenseFromWords, normalizeText).
let ocrCore = null;
export function callOcrCore(op, arg) {
  ocrCore ||= import(at('beian-ocr.mjs')).then((m) => m.default());
  return ocrCore.then((m) => m[op](arg));
}

// (web/main.js makes the same test inline before it loads the reading modules)
export function sniffDocument(bytes) {
  const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const is = (...sig) => sig.every((v, i) => v === null || b[i] === v);
  if (is(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'pdf';  // %PDF-
  if (is(0x89, 0x50, 0x4e, 0x47)) return 'image';  // PNG
  if (is(0xff, 0xd8, 0xff)) return 'image';  // JPEG
  if (is(0x47, 0x49, 0x46, 0x38, null, 0x61)) return 'image';  // GIF87a, GIF89a
  if (is(0x42, 0x4d, null, null, null, null, 0, 0, 0, 0) && b.length > 26) return 'image';  // BM, reserved 0
  if (is(0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50)) return 'image';  // RIFF…WEBP
  return null;
}

// ---- PDF ------------------------------------------------------------------------------------------
let pdfjs = null;
async function loadPdfjs() {
  if (!pdfjs) {
    pdfjs = await import(at('pdf/pdf.min.mjs'));
    pdfjs.GlobalWorkerOptions.workerSrc = at('pdf/pdf.worker.min.mjs');
  }
  return pdfjs;
}

// Glyph runs → lines: items on one baseline (within half a glyph height) joined left to right, a
// wide gap (two columns, label and value) kept as two spaces.
export function itemsToText(items) {
  const runs = items.filter((it) => it.str && it.str.trim()).map((it) => ({
    s: it.str, x: it.transform[4], y: it.transform[5], w: it.width,
    h: Math.abs(it.transform[3]) || it.height || 10,
  }));
  runs.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines = [];
  for (const r of runs) {
    const line = lines.find((l) => Math.abs(l.y - r.y) < Math.min(l.h, r.h) / 2);
    if (line) line.runs.push(r); else lines.push({ y: r.y, h: r.h, runs: [r] });
  }
  lines.sort((a, b) => b.y - a.y);
  return lines.map((l) => {
    l.runs.sort((a, b) => a.x - b.x);
    let out = '', end = null;
    for (const r of l.runs) {
      if (end !== null && r.x - end > r.h * 0.9) out += '  ';
      out += r.s;
      end = r.x + r.w;
    }
    return out;
  }).join('\n');
}

async function pdfPages(bytes, pdfjsLib) {
  const lib = pdfjsLib || await loadPdfjs();
  const doc = await lib.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: pdfjsLib ? undefined : at('pdf/cmaps/'),
    cMapPacked: true,
    standardFontDataUrl: pdfjsLib ? undefined : at('pdf/standard_fonts/'),
    wasmUrl: pdfjsLib ? undefined : at('pdf/wasm/'),
    isEvalSupported: false,
    useSystemFonts: false,
  }).promise;
  try {
    const pages = [];
    for (let i = 1; i <= Math.min(doc.numPages, 5); i++) {
      const page = await doc.getPage(i);
      const [, , , top] = page.view;
      pages.push({ items: (await page.getTextContent()).items, top });
    }
    return pages;
  } finally {
    doc.destroy();
  }
}

export async function pdfText(bytes, { pdfjsLib = null } = {}) {
  return (await pdfPages(bytes, pdfjsLib)).map((p) => itemsToText(p.items)).join('\n');
}

// The text runs of the first page as words with boxes (y downwards), for the core's licence
// reader that knows columns and wrapped values; and the plain text.
export async function pdfWords(bytes, { pdfjsLib = null } = {}) {
  const pages = await pdfPages(bytes, pdfjsLib);
  const words = [];
  for (const it of pages[0]?.items || []) {
    if (!it.str || !it.str.trim()) continue;
    const h = Math.abs(it.transform[3]) || it.height || 10;
    const x = it.transform[4], y = pages[0].top - it.transform[5];
    words.push({ text: it.str, conf: 100, x0: Math.round(x * 4), y0: Math.round((y - h) * 4),
      x1: Math.round((x + it.width) * 4), y1: Math.round(y * 4) });
  }
  return { words, text: pages.map((p) => itemsToText(p.items)).join('\n') };
}

// A document PDF's text for the core's reader of that document: its fields, one "label：value"
// line each, when the core finds them by position (two columns, wrapped values); else the plain
// text. callCore(op, arg) runs a core op; `op` is the words reader (licenseFromWords,
// domainCertFromWords); `pick(fields)` gives the fields to use, or null when the positions did not
// yield the document (then the plain text, which the text readers also know).
export async function documentTextFromPdf(bytes, callCore, { op, pick, ...opts }) {
  const { words, text } = await pdfWords(bytes, opts);
  if (words.length) {
    const fields = pick(JSON.parse(await callCore(op, JSON.stringify(words))).fields);
    if (fields) return fields.map((f) => f.line).join('\n');
  }
  return callCore('normalizeText', text.trim());
}

export const LICENSE_CORE = ['name', 'credit_code', 'legal_representative', 'type'];
export const DOMAIN_CERT_CORE = ['domain', 'holder', 'registrar', 'registered', 'expires'];

// A licence: every field read, once two of its main fields were found.
export function licenseTextFromPdf(bytes, callCore, opts = {}) {
  return documentTextFromPdf(bytes, callCore, { ...opts, op: 'licenseFromWords', pick: (all) => {
    const fields = all.filter((f) => f.raw);
    return fields.filter((f) => LICENSE_CORE.includes(f.field)).length >= 2 ? fields : null;
  } });
}

// A domain certificate (core/readers/domain_cert.h): the fields with a value, once the domain and
// the holder were found.
export function domainCertTextFromPdf(bytes, callCore, opts = {}) {
  return documentTextFromPdf(bytes, callCore, { ...opts, op: 'domainCertFromWords', pick: (all) => {
    const fields = all.filter((f) => f.value);
    return ['domain', 'holder'].every((k) => fields.some((f) => f.field === k)) ? fields : null;
  } });
}

// ---- images ---------------------------------------------------------------------------------------
let tessWorker = null;
let tessLoading = null;

async function getTesseract(onProgress) {
  if (tessWorker) return tessWorker;
  if (!tessLoading) {
    tessLoading = (async () => {
      const T = await import(at('tess/tesseract.esm.min.js'));
      const createWorker = T.createWorker || T.default?.createWorker;
      const w = await createWorker('chi_sim', 1, {
        workerPath: at('tess/worker.min.js'),
        corePath: at('tess/tesseract-core-simd-lstm.js'),
        langPath: at('tess/'),
        gzip: true,
        workerBlobURL: false,
        cacheMethod: 'none',
        logger: (m) => progressSink?.(m),
      });
      await w.setParameters({ tessedit_pageseg_mode: '6', preserve_interword_spaces: '1' });
      return w;
    })();
  }
  progressSink = onProgress;
  try {
    tessWorker = await tessLoading;
  } catch (e) {
    tessLoading = null;
    throw e;
  }
  return tessWorker;
}
let progressSink = null;

// Red channel only (the red seal disappears into the white paper), scaled so the long side is
// about 2000 px. Returns a PNG blob and the scale used.
export async function preprocess(bytes) {
  const bmp = await createImageBitmap(new Blob([bytes]));
  const scale = Math.min(2.5, 2000 / Math.max(bmp.width, bmp.height));
  const w = Math.round(bmp.width * scale), h = Math.round(bmp.height * scale);
  const canvas = new OffscreenCanvas(w, h);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  ctx.drawImage(bmp, 0, 0, w, h);
  const img = ctx.getImageData(0, 0, w, h);
  const d = img.data;
  for (let i = 0; i < d.length; i += 4) d[i + 1] = d[i + 2] = d[i];
  ctx.putImageData(img, 0, 0);
  return { blob: await canvas.convertToBlob({ type: 'image/png' }), scale, width: bmp.width, height: bmp.height };
}

export function wordsOf(data, scale = 1) {
  const words = [];
  for (const b of data.blocks || []) for (const p of b.paragraphs || []) for (const l of p.lines || []) {
    for (const wd of l.words || []) {
      if (!wd.text || !wd.text.trim()) continue;
      words.push({ text: wd.text, conf: Math.round(wd.confidence),
        x0: Math.round(wd.bbox.x0 / scale), y0: Math.round(wd.bbox.y0 / scale),
        x1: Math.round(wd.bbox.x1 / scale), y1: Math.round(wd.bbox.y1 / scale) });
    }
  }
  return words;
}

// A second look at a credit code whose check digit failed: its line alone (PSM 7), only the
// characters a code can have. `box` in image coordinates; `scale` maps them onto `image`.
export async function rereadBox(worker, image, box, scale = 1) {
  const h = box[3] - box[1];
  const rect = { left: Math.max(0, Math.round((box[0] - h) * scale)), top: Math.max(0, Math.round((box[1] - 0.3 * h) * scale)),
    width: Math.round((box[2] - box[0] + 2 * h) * scale), height: Math.round(1.6 * h * scale) };
  await worker.setParameters({ tessedit_pageseg_mode: '7', tessedit_char_whitelist: '0123456789ABCDEFGHJKLMNPQRTUWXY' });
  try {
    const { data } = await worker.recognize(image, { rectangle: rect }, { text: true });
    return { text: String(data.text || '').replace(/\s+/g, ''), conf: Math.round(data.confidence || 0) };
  } finally {
    await worker.setParameters({ tessedit_pageseg_mode: '6', tessedit_char_whitelist: '' });
  }
}

// The core's reading of the words (callCore: words JSON → fields JSON), with one second look at
// the credit code when its check digit failed. The core decides again: a code is only accepted
// when its check digit passes.
export async function readLicenseWords(words, callCore, reread) {
  let out = JSON.parse(await callCore(JSON.stringify(words)));
  const code = out.fields.find((f) => f.field === 'credit_code');
  if (reread && code && !code.accepted && code.box[2] > code.box[0]) {
    const r = await reread(code.box).catch(() => null);
    if (r && r.text) {
      const [x0, y0, x1, y1] = code.box;
      const inside = (w) => (w.x0 + w.x1) / 2 >= x0 && (w.x0 + w.x1) / 2 <= x1 && (w.y0 + w.y1) / 2 >= y0 && (w.y0 + w.y1) / 2 <= y1;
      const again = words.filter((w) => !inside(w)).concat([{ text: r.text, conf: r.conf, x0, y0, x1, y1 }]);
      const out2 = JSON.parse(await callCore(JSON.stringify(again)));
      if (out2.fields.some((f) => f.field === 'credit_code' && f.accepted)) out = out2;
    }
  }
  return out;
}

export async function ocrImage(bytes, { onProgress, signal } = {}) {
  const abort = () => { if (signal?.aborted) throw new DOMException('cancelled', 'AbortError'); };
  abort();
  const pre = await preprocess(bytes);
  abort();
  const w = await getTesseract(onProgress);
  abort();
  const onAbort = () => { cancelOcr(); };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const { data } = await w.recognize(pre.blob, {}, { blocks: true, text: true });
    abort();
    return { words: wordsOf(data, pre.scale), width: pre.width, height: pre.height, text: data.text,
      reread: (box) => rereadBox(w, pre.blob, box, pre.scale) };
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

// Cancelling stops the worker; the next image starts a new one (start-up well under a second).
export function cancelOcr() {
  const w = tessWorker;
  tessWorker = null;
  tessLoading = null;
  if (w) w.terminate().catch(() => {});
}

// Fetches every ocr/ asset once, so the service worker holds them for offline use.
export async function preloadAll(onProgress) {
  const v = await (await fetch(new URL('../version.json', BASE))).json();
  const files = v.lazy || [];
  let done = 0, next = 0;
  const one = async () => {
    while (next < files.length) {
      const r = await fetch(new URL('../' + files[next++], BASE));
      if (!r.ok) throw new Error(`${r.status} ${r.url}`);
      await r.arrayBuffer();
      onProgress?.(++done, files.length);
    }
  };
  await Promise.all([one(), one(), one(), one()]);
  return files.length;
}
