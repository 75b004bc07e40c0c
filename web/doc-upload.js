// A PDF or an image dropped on an upload zone (main.js loads this module only then; the file type
// comes from the bytes, never the name). PDFs: the text layer, folded by the core
// (normalizeText; a licence: its fields by position, licenseFromWords), becomes the zone's text. Images: only on the licence zone (ID cards are never
// OCRed); tesseract.js reads words with boxes, the core reads the licence from them
// (licenseFromWords), and the seller confirms the fields (each with the image region it came
// from) before they become licence text. Fields below the confidence gate, and credit codes whose
// check digit fails, are never ticked for them.
import { sniffDocument, pdfText, licenseTextFromPdf, ocrImage, cancelOcr, readLicenseWords, callOcrCore } from './ocr-client.js';

const LICENSE = '/attachments/business_license_text';
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
    image_here: '这里不识别图片：请上传文字文件或 PDF。',
    id_card: '身份证图片不做识别（身份证号只在你手工录入时检查）。请手工录入。',
    review: '从图片读到的内容：请逐项核对，勾选的内容会作为营业执照文字使用。',
    field: '项目', value: '读到的值', conf: '可信度', region: '图片位置',
    low: '可信度低，请核对', check_digit: '校验位不符：请手工录入', unreadable: '未能读出',
    use: '使用勾选的内容', discard: '不使用',
    read_image: '图片识别',
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
    image_here: 'Images are not read here: upload a text file or a PDF.',
    id_card: 'ID-card images are not recognised (ID numbers are only checked as typed). Please type them.',
    review: 'Read from the image: check each item; the ticked ones are used as the licence text.',
    field: 'Item', value: 'Value read', conf: 'Confidence', region: 'Region',
    low: 'Low confidence: please check', check_digit: 'Check digit fails: type it yourself', unreadable: 'Not readable',
    use: 'Use the ticked items', discard: 'Discard',
    read_image: 'image recognition',
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
      const text = kind === LICENSE
        ? (await licenseTextFromPdf(bytes, callOcrCore)).trim()
        : await callOcrCore('normalizeText', (await pdfText(bytes)).trim());
      if (!text) { say('pdf_empty'); return false; }
      return { text, encoding: tr(lang, 'pdf') };
    } catch (e) {
      say('pdf_failed', { msg: e?.message || String(e) });
      return false;
    }
  }
  if (kind === 'id_card_texts') { say('id_card'); return false; }
  if (kind !== LICENSE) { say('image_here'); return false; }
  return ocrLicense({ zone, bytes, lang, client, say, prog });
}

async function ocrLicense({ zone, bytes, lang, client, say, prog }) {
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
    out = await readLicenseWords(res.words, (j) => callOcrCore('licenseFromWords', j), res.reread);
  } catch (e) {
    say('ocr_failed', { msg: e?.message || String(e) });
    return false;
  }
  const fields = out.fields.filter((f) => f.raw);
  const core = ['name', 'credit_code', 'legal_representative', 'type'];
  if (fields.filter((f) => core.includes(f.field)).length < 2) { say('not_license'); return false; }
  zone.querySelector('.upload-status').textContent = '';
  const text = await review({ zone, bytes, lang, fields });
  if (!text) return false;
  return { text, encoding: tr(lang, 'read_image') };
}

// The confirmation table: each field with its value, confidence and the image region (a crop).
async function review({ zone, bytes, lang, fields }) {
  const bmp = await createImageBitmap(new Blob([bytes]));
  const crop = (box) => {
    const [x0, y0, x1, y1] = box;
    const pad = 6, w = Math.max(1, x1 - x0 + 2 * pad), hh = Math.max(1, y1 - y0 + 2 * pad);
    const scale = Math.min(1, 320 / w);
    const c = h('canvas', { class: 'ocr-crop', width: Math.round(w * scale), height: Math.round(hh * scale), role: 'img' });
    c.getContext('2d').drawImage(bmp, x0 - pad, y0 - pad, w, hh, 0, 0, c.width, c.height);
    return c;
  };
  return new Promise((resolve) => {
    const rows = fields.map((f) => {
      const usable = f.field !== 'credit_code' || f.accepted;
      const box = h('input', { type: 'checkbox', 'data-ocr-field': f.field, checked: f.accepted, disabled: !usable });
      const note = f.accepted ? '' : tr(lang, f.reason === 'check_digit' ? 'check_digit' : f.reason === 'unreadable' ? 'unreadable' : 'low');
      return { f, box, tr: h('tr', { class: f.accepted ? 'ocr-ok' : 'ocr-unsure' },
        h('td', {}, h('label', {}, box, ' ' + f.label)),
        h('td', { 'data-ocr-value': f.field }, h('span', { text: f.raw }), note ? h('div', { class: 'ocr-note', text: note }) : null),
        h('td', { text: f.conf + '%' }),
        h('td', {}, crop(f.box))) };
    });
    const done = (text) => { panel.remove(); resolve(text); };
    const panel = h('div', { class: 'ocr-review', role: 'group', 'aria-label': tr(lang, 'review') },
      h('p', { text: tr(lang, 'review') }),
      h('table', {}, h('thead', {}, h('tr', {}, ['field', 'value', 'conf', 'region'].map((k) => h('th', { text: tr(lang, k) })))),
        h('tbody', {}, rows.map((r) => r.tr))),
      h('div', { class: 'ocr-actions' },
        h('button', { type: 'button', class: 'button primary ocr-use', text: tr(lang, 'use'),
          onclick: () => done(rows.filter((r) => r.box.checked).map((r) => r.f.line).join('\n')) }),
        h('button', { type: 'button', class: 'button ocr-discard', text: tr(lang, 'discard'), onclick: () => done('') })));
    zone.after(panel);
    panel.querySelector('.ocr-use').focus();
  });
}

export { cancelOcr };
