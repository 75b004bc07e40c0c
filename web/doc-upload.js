// A PDF or an image dropped on an upload zone (main.js loads this module only then; the file type
// comes from the bytes, never the name). PDFs: the text layer, folded by the core (normalizeText;
// a licence or a domain certificate: its fields by position, read by the core's words reader)
// becomes the zone's text. Images: only on the licence and domain-certificate zones (ID cards are
// never OCRed); tesseract.js reads words with boxes, the core reads the document from them
// (licenseFromWords, domainCertFromWords), and the seller confirms the fields (each with the
// image region it came from) before they become the document's text. Fields below the confidence
// gate, and credit codes whose check digit fails, are never ticked for them.
import { sniffDocument, pdfText, licenseTextFromPdf, domainCertTextFromPdf, ocrImage, cancelOcr, readLicenseWords,
  callOcrCore, LICENSE_CORE, DOMAIN_CERT_CORE } from './ocr-client.js';

const LICENSE = '/attachments/business_license_text';
// The documents read by position (PDF runs, image words): the core's words reader of each, the
// fields of which two must be found, and the messages that name the document.
const DOCS = {
  [LICENSE]: { op: 'licenseFromWords', pdf: licenseTextFromPdf, core: LICENSE_CORE, not: 'not_license', review: 'review', used: 'read_image' },
  domain_certificates: { op: 'domainCertFromWords', pdf: domainCertTextFromPdf, core: DOMAIN_CERT_CORE, not: 'not_domain_cert', review: 'review_cert', used: 'read_image' },
};
const S = {
  zh: {
    pdf: 'PDF 文字层',
    reading_pdf: '正在读取 PDF 文字…',
    pdf_empty: '这个 PDF 没有文字层（可能是扫描件）。请上传营业执照的照片或截图，或手工录入。',
    pdf_failed: '无法读取这个 PDF：{msg}',
    ocr_loading: '首次识别需要下载识别包（约 3 MB），只在本机运行…',
    ocr_running: '正在本机识别图片…',
    ocr_cancel: '取消识别',
    ocr_cancelled: '已取消识别。',
    ocr_failed: '识别失败：{msg}。可以再试一次，或手工录入营业执照文字。',
    not_license: '没有在这张图片里找到营业执照的内容（名称、统一社会信用代码等）。请上传营业执照正本或副本的照片、截图或 PDF。',
    not_domain_cert: '没有在这张图片里找到域名证书的内容（域名、持有者、注册日期等）。请上传注册商出具的域名证书的截图、照片或 PDF。',
    review_cert: '从图片读到的内容：请逐项核对，勾选的内容会作为域名证书文字使用。',
    image_here: '这里不识别图片：请上传文字文件或 PDF。',
    id_card: '身份证图片不做识别（身份证号只在你手工录入时检查）。请手工录入。',
    review: '从图片读到的内容：请逐项核对，勾选的内容会作为营业执照文字使用。',
    field: '项目', value: '读到的值', conf: '可信度', region: '图片位置',
    low: '可信度低，请核对', check_digit: '校验位不符：请手工录入', unreadable: '未能读出',
    use: '使用勾选的内容', discard: '不使用',
    read_image: '图片识别',
    region_of: '“{field}”在图片中的位置',
    whole: '整张图片：框出的是当前这一项的位置（把鼠标移到某一行或用 Tab 键切换）',
    whole_at: '整张图片，框出了“{field}”的位置',
  },
  en: {
    pdf: 'PDF text layer',
    reading_pdf: 'Reading the PDF text…',
    pdf_empty: 'This PDF has no text layer (a scan?). Upload a photo or screenshot of the licence, or type it.',
    pdf_failed: 'Could not read this PDF: {msg}',
    ocr_loading: 'The first recognition downloads the OCR package (about 3 MB); it runs on this device only…',
    ocr_running: 'Recognising the image on this device…',
    ocr_cancel: 'Cancel recognition',
    ocr_cancelled: 'Recognition cancelled.',
    ocr_failed: 'Recognition failed: {msg}. Try again, or type the licence text.',
    not_license: 'No business-licence content (name, credit code …) was found in this image. Upload a photo, screenshot or PDF of the licence.',
    not_domain_cert: 'No domain-certificate content (domain, holder, registration date …) was found in this image. Upload a screenshot, photo or PDF of the certificate your registrar issued.',
    review_cert: 'Read from the image: check each item; the ticked ones are used as the certificate text.',
    image_here: 'Images are not read here: upload a text file or a PDF.',
    id_card: 'ID-card images are not recognised (ID numbers are only checked as typed). Please type them.',
    review: 'Read from the image: check each item; the ticked ones are used as the licence text.',
    field: 'Item', value: 'Value read', conf: 'Confidence', region: 'Region',
    low: 'Low confidence: please check', check_digit: 'Check digit fails: type it yourself', unreadable: 'Not readable',
    use: 'Use the ticked items', discard: 'Discard',
    read_image: 'image recognition',
    region_of: 'Where “{field}” is in the image',
    whole: 'The whole image: the outlined region is the item in focus (point at a row or move with Tab)',
    whole_at: 'The whole image, with “{field}” outlined',
  },
};
const tr = (lang, k, vars = {}) => (S[lang === 'en' ? 'en' : 'zh'][k] || k).replace(/\{(\w+)\}/g, (_, v) => vars[v] ?? '');

function h(tag, attrs = {}, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const k of kids.flat()) if (k) e.append(k);
  return e;
}

// → {text, encoding} to use as the zone's text; false when handled here (message shown, cancelled,
// or nothing to use); null when the bytes are not a PDF or image (the caller decodes them as text).
export async function readDocumentUpload({ zone, kind, bytes, lang, client }) {
  const type = sniffDocument(bytes);
  if (!type) return null;
  const status = zone.querySelector('.upload-status');
  const prog = zone.querySelector('progress');
  const say = (k, vars) => { status.textContent = tr(lang, k, vars); };
  if (type === 'pdf') {
    say('reading_pdf');
    prog.removeAttribute('value');
    try {
      const doc = DOCS[kind];
      const text = doc
        ? (await doc.pdf(bytes, callOcrCore)).trim()
        : await callOcrCore('normalizeText', (await pdfText(bytes)).trim());
      if (!text) { say('pdf_empty'); return false; }
      return { text, encoding: tr(lang, 'pdf') };
    } catch (e) {
      say('pdf_failed', { msg: e?.message || String(e) });
      return false;
    }
  }
  if (kind === 'id_card_texts') { say('id_card'); return false; }
  if (!DOCS[kind]) { say('image_here'); return false; }
  return ocrDocument({ doc: DOCS[kind], zone, bytes, lang, say, prog });
}

async function ocrDocument({ doc, zone, bytes, lang, say, prog }) {
  const ctl = new AbortController();
  const cancel = h('button', { type: 'button', class: 'button ocr-cancel', text: tr(lang, 'ocr_cancel'), onclick: () => ctl.abort() });
  zone.append(cancel);
  say('ocr_loading');
  prog.hidden = false;
  prog.max = 1;
  prog.value = 0;
  let res;
  try {
    res = await ocrImage(bytes, {
      signal: ctl.signal,
      onProgress: (m) => {
        if (m.status === 'recognizing text') { say('ocr_running'); prog.value = m.progress || 0; }
      },
    });
  } catch (e) {
    if (e?.name === 'AbortError' || ctl.signal.aborted) say('ocr_cancelled');
    else say('ocr_failed', { msg: e?.message || String(e) });
    return false;
  } finally {
    cancel.remove();
    prog.hidden = true;
  }
  let out;
  try {
    out = doc.op === 'licenseFromWords'
      ? await readLicenseWords(res.words, (j) => callOcrCore(doc.op, j), res.reread)
      : JSON.parse(await callOcrCore(doc.op, JSON.stringify(res.words)));
  } catch (e) {
    say('ocr_failed', { msg: e?.message || String(e) });
    return false;
  }
  const fields = out.fields.filter((f) => f.raw);
  if (fields.filter((f) => doc.core.includes(f.field)).length < 2) { say(doc.not); return false; }
  zone.querySelector('.upload-status').textContent = '';
  const text = await review({ zone, bytes, lang, fields, title: tr(lang, doc.review) });
  if (!text) return false;
  return { text, encoding: tr(lang, doc.used) };
}

// The confirmation table: each field with its value, confidence and the image region (a crop),
// and the whole image beside it with the region of the field in focus (or under the pointer)
// outlined, so the seller sees where on their document each value was read.
async function review({ zone, bytes, lang, fields, title }) {
  const bmp = await createImageBitmap(new Blob([bytes]));
  const crop = (f) => {
    const [x0, y0, x1, y1] = f.box;
    const pad = 6, w = Math.max(1, x1 - x0 + 2 * pad), hh = Math.max(1, y1 - y0 + 2 * pad);
    const scale = Math.min(1, 320 / w);
    const c = h('canvas', { class: 'ocr-crop', width: Math.round(w * scale), height: Math.round(hh * scale), role: 'img',
      'aria-label': tr(lang, 'region_of', { field: f.label }) });
    c.getContext('2d').drawImage(bmp, x0 - pad, y0 - pad, w, hh, 0, 0, c.width, c.height);
    return c;
  };
  const k = Math.min(1, 560 / bmp.width);
  const whole = h('canvas', { class: 'ocr-whole', width: Math.round(bmp.width * k), height: Math.round(bmp.height * k), role: 'img' });
  const show = (f) => {
    const g = whole.getContext('2d');
    g.drawImage(bmp, 0, 0, whole.width, whole.height);
    const [x0, y0, x1, y1] = f.box.map((v) => v * k);
    if (x1 > x0 && y1 > y0) {
      g.fillStyle = 'rgba(255, 196, 0, 0.28)';
      g.fillRect(x0 - 3, y0 - 3, x1 - x0 + 6, y1 - y0 + 6);
      g.strokeStyle = '#c2410c';
      g.lineWidth = 2;
      g.strokeRect(x0 - 3, y0 - 3, x1 - x0 + 6, y1 - y0 + 6);
    }
    whole.setAttribute('aria-label', tr(lang, 'whole_at', { field: f.label }));
    whole.dataset.ocrShown = f.field;
    rows.forEach((r) => r.tr.classList.toggle('ocr-current', r.f === f));
  };
  let rows = [];
  return new Promise((resolve) => {
    rows = fields.map((f) => {
      const usable = f.field !== 'credit_code' || f.accepted;
      const box = h('input', { type: 'checkbox', 'data-ocr-field': f.field, checked: f.accepted, disabled: !usable });
      const note = f.accepted ? '' : tr(lang, f.reason === 'check_digit' ? 'check_digit' : f.reason === 'unreadable' ? 'unreadable' : 'low');
      const row = h('tr', { class: f.accepted ? 'ocr-ok' : 'ocr-unsure', 'data-ocr-row': f.field },
        h('td', {}, h('label', {}, box, ' ' + f.label)),
        h('td', { 'data-ocr-value': f.field }, h('span', { text: f.raw }), note ? h('div', { class: 'ocr-note', text: note }) : null),
        h('td', { text: f.conf + '%' }),
        h('td', {}, crop(f)));
      row.addEventListener('mouseenter', () => show(f));
      row.addEventListener('focusin', () => show(f));
      row.addEventListener('click', () => show(f));
      return { f, box, tr: row };
    });
    const done = (text) => { panel.remove(); resolve(text); };
    const panel = h('div', { class: 'ocr-review', role: 'group', 'aria-label': title },
      h('p', { text: title }),
      h('div', { class: 'ocr-body' },
        h('table', {}, h('thead', {}, h('tr', {}, ['field', 'value', 'conf', 'region'].map((key) => h('th', { text: tr(lang, key) })))),
          h('tbody', {}, rows.map((r) => r.tr))),
        h('figure', { class: 'ocr-figure' }, whole, h('figcaption', { text: tr(lang, 'whole') }))),
      h('div', { class: 'ocr-actions' },
        h('button', { type: 'button', class: 'button primary ocr-use', text: tr(lang, 'use'),
          onclick: () => done(rows.filter((r) => r.box.checked).map((r) => r.f.line).join('\n')) }),
        h('button', { type: 'button', class: 'button ocr-discard', text: tr(lang, 'discard'), onclick: () => done('') })));
    if (rows.length) show(rows[0].f);
    zone.after(panel);
    panel.querySelector('.ocr-use').focus();
  });
}

export { cancelOcr };
