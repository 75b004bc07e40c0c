// The page: form <-> application object, live checks through the worker, report, exports,
// language, drafts (opt-in), service worker status. Rules live in the core only.
import { createClient, encodeApplication, pageClient } from './core-client.js';
import { STRINGS, t, normLang } from './i18n.js';
import { renderForm, inputToValue, labelOf, setFormSchema, STEPS, SIDE_STEPS, QUICK_PATHS } from './form.js';
import { renderReport, renderFieldFindings, announceText, el } from './report.js';
import { loadFormSchema } from './labels.js';
import { getAt, setAt, deleteAt, parsePointer, joinPointer } from './pointer.js';
import { decodeBytes, readFileBytes, formatSize, byteSpanToIndices } from './decode.js';

const $ = (s) => document.querySelector(s);
const LS_ALL = 'beian.allSteps';
const LS_LANG = 'beian.lang', LS_OPT = 'beian.autosave', LS_DRAFT = 'beian.draft';
const FALLBACK_EXAMPLES = ['clean-enterprise.json', 'individual-shop.json', 'plan-zhejiang.json'];

const store = {
  get(k) { try { return localStorage.getItem(k); } catch { return null; } },
  set(k, v) { try { localStorage.setItem(k, v); } catch { /* private mode */ } },
  del(k) { try { localStorage.removeItem(k); } catch { /* ignore */ } },
};

const state = {
  lang: normLang(store.get(LS_LANG) || 'zh-CN'),
  app: { schema_version: 1 },
  report: null,
  compare: null,
  confidence: {},
  lastAnnounce: '',
  stats: { fullChecks: 0, fieldChecks: 0 },
  uploadNotes: {},
  step: 'quick',
  partial: true, // until the core is up, only the current step is built (a light first paint)
  plan: null, // the core's formPlan: which fields apply / are required
  regions: { province: [], city: [], district: [] },
  quick: null, // the quick check's report (options.fields = QUICK_PATHS)
  retryCheck: null, // the timer of a full check tried again (the module's second part missing)
  dirty: false, // typed since the last save (only tracked when autosave is off)
  undo: null,
};

// A note from the core (the rules' English texts could not be fetched) shows in the status badge.
const onNote = (note) => { if (note === 'wording_missing') swStatus('wording_missing'); };
// (started by core-boot.js before this script had loaded)
const client = pageClient(new URL('./worker.js', import.meta.url));
client.onNote = onNote;
// For tests and curious users: resolves when the core is up.
window.beianReady = client.ready.then(() => true);
window.beianState = state;

// ---- static strings & language -----------------------------------------------------------------
// Sets an element's text only when it changes: the page arrives with its Chinese texts in place
// (prerendered), and a text set again is painted again (a late largest paint for Lighthouse's LCP:
// the header's paragraph with the draft status, once at 5.9 s).
function setText(e, text) {
  if (e.textContent !== text) e.textContent = text;
}

function applyStrings() {
  document.documentElement.lang = state.lang;
  for (const e of document.querySelectorAll('[data-i18n]')) setText(e, t(state.lang, e.dataset.i18n));
  const lb = $('#lang-btn');
  lb.textContent = t(state.lang, 'lang_switch');
  lb.lang = state.lang === 'en' ? 'zh-CN' : 'en';
  lb.setAttribute('aria-label', `${t(state.lang, 'lang_label')}: ${t(state.lang, 'lang_switch')}`);
  document.title = `${t(state.lang, 'title')} · ${state.lang === 'en' ? '备案预检' : 'Beian Precheck'}`;
  $('.toolbar').setAttribute('aria-label', state.lang === 'en' ? 'Application file and drafts' : '申请文件与草稿');
  if ($('#sw-status').dataset.key) $('#sw-status').textContent = t(state.lang, $('#sw-status').dataset.key);
}

async function setLang(lang) {
  state.lang = normLang(lang);
  store.set(LS_LANG, state.lang);
  applyStrings();
  paintDraft();
  renderStepNav();
  renderExampleOptions();
  rebuildForm();
  quickSoon();
  await loadConfidence();
  await fullCheck(true);
}

// ---- form ----------------------------------------------------------------------------------------
const form = $('#app-form');

function rebuildForm(focusPath) {
  // keep the focused control (and its caret) across a re-render
  const act = document.activeElement;
  const keep = !focusPath && act && form.contains(act) && act.dataset?.path
    ? { path: act.dataset.path, quick: act.dataset.quick, sel: typeof act.selectionStart === 'number' ? [act.selectionStart, act.selectionEnd] : null } : null;
  renderForm(form, state.app, state.lang, { plan: state.plan, regions: state.regions, allSteps: document.body.classList.contains('all-steps'),
    only: state.partial && !document.body.classList.contains('all-steps') ? state.step : null });
  for (const z of form.querySelectorAll('.dropzone')) {
    const note = state.uploadNotes[z.dataset.upload];
    if (note) z.querySelector('.upload-status').textContent = note;
  }
  showStep(state.step, false);
  if (state.report && !isEmptyApp()) paintFieldFindings(state.report.findings || []);
  if (state.quick) renderQuick();
  if (focusPath) focusField(focusPath);
  else if (keep) {
    const c = [...form.querySelectorAll('[data-path][data-type]')].find((e) => e.dataset.path === keep.path && e.dataset.quick === keep.quick);
    if (c) { c.focus({ preventScroll: true }); if (keep.sel) try { c.setSelectionRange(...keep.sel); } catch { /* not a text control */ } }
  }
}

// Re-render for new choices (a region list arrived) without swapping a control under the seller's
// fingers: while a text field has the focus, wait until it is left.
function rebuildWhenIdle() {
  const act = document.activeElement;
  if (act && form.contains(act) && (act.tagName === 'TEXTAREA' || (act.tagName === 'INPUT' && act.type === 'text'))) {
    act.addEventListener('focusout', () => setTimeout(() => rebuildForm(), 0), { once: true });
    return;
  }
  rebuildForm();
}

const isEmptyApp = () => Object.keys(state.app).every((k) => k === 'schema_version');

// ---- steps -----------------------------------------------------------------------------------------
const stepIds = () => STEPS.map((s) => s.id).concat(SIDE_STEPS.map((s) => s.id));
const stepLabel = (s) => (state.lang === 'en' ? s.label.en : s.label.zh);

function renderStepNav() {
  const ol = $('#step-list');
  $('#steps-nav').setAttribute('aria-label', t(state.lang, 'steps_label'));
  ol.replaceChildren(...STEPS.map((s, i) => el('li', {},
    el('button', { type: 'button', class: 'step-btn', 'data-goto-step': s.id },
      el('span', { class: 'step-num', 'aria-hidden': 'true', text: String(i + 1) }),
      el('span', { class: 'step-name', text: stepLabel(s) }),
      el('span', { class: 'step-status', id: 'step-status-' + s.id })))),
  el('li', {}, el('button', { type: 'button', id: 'all-steps-btn', class: 'link all-steps',
    'aria-pressed': String(document.body.classList.contains('all-steps')), text: t(state.lang, 'all_steps') })));
  showStep(state.step, false);
  paintStepStatus();
}
// "All on one page" (for agencies who know the form): every step's fields at once.
document.addEventListener('click', (e) => {
  const b = e.target.closest?.('#all-steps-btn');
  if (!b) return;
  const on = document.body.classList.toggle('all-steps');
  b.setAttribute('aria-pressed', String(on));
  if (on) store.set(LS_ALL, '1'); else store.del(LS_ALL);
  if (on && (state.step === 'result' || state.step === 'quick')) state.step = 'subject';
  rebuildForm();
});

function showStep(id, focus = true) {
  if (!stepIds().includes(id)) id = 'quick';
  state.step = id;
  document.body.dataset.step = id;
  const all = document.body.classList.contains('all-steps');
  for (const sec of form.querySelectorAll('section.step')) sec.hidden = !all && sec.dataset.step !== id;
  for (const b of document.querySelectorAll('#step-list .step-btn')) {
    if (b.dataset.gotoStep === id) b.setAttribute('aria-current', 'step'); else b.removeAttribute('aria-current');
  }
  if (location.hash !== '#step-' + id) history.replaceState(null, '', '#step-' + id);
  if (focus) {
    const h = id === 'result' ? $('#report-h') : $('#step-' + id + '-h');
    if (h) { h.setAttribute('tabindex', '-1'); h.focus({ preventScroll: true }); }
    window.scrollTo({ top: 0 });
  }
}

// #step-… in the address (the skip link, the summary bar, a bookmark) opens that step
window.addEventListener('hashchange', () => {
  const m = /^#step-([a-z]+)$/.exec(location.hash);
  if (m && m[1] !== state.step) showStep(m[1]);
});
document.addEventListener('click', (e) => {
  const b = e.target.closest?.('[data-goto-step]');
  if (!b) return;
  e.preventDefault();
  showStep(b.dataset.gotoStep);
});

// Per step: N problems (rejections and risks at its fields), N missing (the core's completeness),
// done. Which step a finding belongs to is where its field is on the page.
function stepOf(path) {
  const c = fieldFor(path);
  return c?.closest('section.step')?.dataset.step || null;
}
function paintStepStatus() {
  const rep = state.report;
  const counts = Object.fromEntries(STEPS.map((s) => [s.id, { problems: 0, missing: 0 }]));
  if (rep && !isEmptyApp()) {
    for (const f of rep.findings || []) {
      if (f.severity !== 'block' && f.severity !== 'warn') continue;
      const s = f.path ? stepOf(f.path) : null;
      if (s && counts[s]) counts[s].problems++;
    }
    for (const m of rep.completeness?.missing || []) {
      const s = stepOf(m.path);
      if (s && counts[s]) counts[s].missing++;
    }
  }
  for (const s of STEPS) {
    const el = document.getElementById('step-status-' + s.id);
    if (!el) continue;
    const c = counts[s.id];
    let text = '', cls = '';
    if (s.id === 'result') {
      text = rep && !isEmptyApp() ? chipText(rep) : '';
    } else if (!rep || isEmptyApp()) {
      text = s.optional ? t(state.lang, 'step_optional') : '';
    } else if (c.problems) { text = t(state.lang, 'step_problems', { n: c.problems }); cls = 'has-problems'; }
    else if (c.missing) { text = t(state.lang, 'step_missing', { n: c.missing }); cls = 'has-missing'; }
    else if (s.id === 'quick' || stepTouched(s.id)) { text = t(state.lang, 'step_done'); cls = 'done'; }
    else text = s.optional ? t(state.lang, 'step_optional') : '';
    el.textContent = text;
    el.className = 'step-status ' + cls;
  }
}
function stepTouched(id) {
  const sec = form.querySelector(`section.step[data-step="${id}"]`);
  if (!sec) return false;
  return [...sec.querySelectorAll('[data-path][data-type]')].some((c) => {
    const v = getAt(state.app, c.dataset.path);
    return v !== undefined && v !== null && v !== '';
  });
}

// The verdict in words: "2 项会被驳回 · 1 项有风险", "还缺 3 项", "可以提交".
function chipText(rep) {
  const s = rep.summary || {};
  const miss = rep.completeness?.missing?.length || 0;
  const parts = [];
  if (s.block) parts.push(t(state.lang, 'chip_block', { n: s.block }));
  if (s.warn) parts.push(t(state.lang, 'chip_warn', { n: s.warn }));
  if (miss) parts.push(t(state.lang, 'chip_missing', { n: miss }));
  if (!parts.length) parts.push(rep.verdict === 'ready' ? t(state.lang, 'chip_ready') : t(state.lang, 'verdict_' + rep.verdict));
  return parts.join(' · ');
}

// ---- regions (the core's GB/T 2260 data) --------------------------------------------------------
async function regionList(parent) {
  try {
    const out = JSON.parse(await client.call('regions', parent, state.lang));
    return Array.isArray(out) ? out : [];
  } catch { return []; }
}
async function loadRegions() {
  if (!state.regions.province.length) state.regions.province = await regionList('');
  const prov = getAt(state.app, '/subject/province');
  const city = getAt(state.app, '/subject/city');
  state.regions.city = typeof prov === 'string' && prov ? await regionList(prov) : [];
  state.regions.district = typeof city === 'string' && city ? await regionList(city) : [];
}

function controlsFor(path) {
  return [...form.querySelectorAll('[data-path]')].filter((e) => e.dataset.path === path);
}

// The control (or item container) a finding's JSON Pointer belongs to.
function fieldFor(path) {
  if (path == null || path === '') return null;
  const all = [...form.querySelectorAll('[data-path]')].filter((e) => !e.dataset.quick || state.step === 'quick');
  const isCtrl = (e) => e.dataset.type;
  let p = path;
  for (;;) {
    const exact = all.find((e) => e.dataset.path === p && isCtrl(e)) || all.find((e) => e.dataset.path === p);
    if (exact) return exact;
    const below = all.find((e) => isCtrl(e) && e.dataset.path.startsWith(p + '/'));
    if (below) return below;
    const parts = parsePointer(p);
    if (parts.length <= 1) return null;
    p = joinPointer(parts.slice(0, -1));
  }
}

function fieldLabel(path) {
  const c = fieldFor(path);
  if (!c) return '';
  const lbl = labelOf(c);
  const item = c.closest('fieldset.item');
  const where = item && item !== c ? item.querySelector('legend')?.textContent : '';
  const sec = c.closest('section.step')?.querySelector('h2')?.textContent || '';
  return [sec, where, lbl].filter(Boolean).filter((v, i, a) => a.indexOf(v) === i).join(' › ');
}

function focusField(path) {
  let c = fieldFor(path);
  if (!c) return false;
  const step = c.closest('section.step')?.dataset.step;
  if (step && step !== state.step) { showStep(step, false); c = fieldFor(path) || c; }
  for (let d = c.closest('details'); d; d = d.parentElement?.closest('details')) d.open = true;
  c.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const target = c.matches('input,select,textarea') ? c : c.querySelector('input,select,textarea') || c;
  target.focus({ preventScroll: true });
  return true;
}

function focusSpan(span) {
  const ta = controlsFor(span.attachment)[0];
  if (!ta) return;
  const step = ta.closest('section.step')?.dataset.step;
  if (step && step !== state.step) showStep(step, false);
  for (let d = ta.closest('details'); d; d = d.parentElement?.closest('details')) d.open = true;
  // Offsets are into the text the core saw (state.app); a textarea's value has CRLF folded to LF.
  const src = getAt(state.app, span.attachment);
  const text = typeof src === 'string' ? src : ta.value;
  const { start, end } = byteSpanToIndices(text, span.offset, span.length);
  const crlfBefore = (i) => (text.slice(0, i).match(/\r\n/g) || []).length;
  ta.focus();
  ta.setSelectionRange(start - crlfBefore(start), end - crlfBefore(end));
  ta.scrollIntoView({ block: 'center' });
}

function readControl(c) {
  const path = c.dataset.path, type = c.dataset.type;
  let v;
  if (type === 'multi') {
    const vals = [...c.querySelectorAll('input[type=checkbox]:checked')].map((x) => x.value);
    v = vals.length ? vals : undefined;
  } else {
    v = inputToValue(type, c.value);
  }
  if (v === undefined) deleteAt(state.app, path); else setAt(state.app, path, v);
  return path;
}

function ctrlOf(target) {
  if (!target) return null;
  if (target.dataset?.type) return target;
  const fs = target.closest?.('fieldset[data-type="multi"]');
  return fs || null;
}

const fieldTimers = new Map();
let fullTimer = null;
function onEdit(e) {
  const c = ctrlOf(e.target);
  if (!c) return;
  const path = readControl(c);
  // Ticking the generative-AI feature shows (or hides) the website's AI questions.
  if (e.type === 'change' && /^\/websites\/\d+\/features\/generative_ai$/.test(path)) rebuildForm(path);
  // a province or city picked: the next level's choices come from the core's region data
  if (e.type === 'change' && (path === '/subject/province' || path === '/subject/city')) loadRegions().then(rebuildWhenIdle);
  if (QUICK_PATHS.includes(path)) quickSoon();
  markDirty();
  clearTimeout(fieldTimers.get(path));
  fieldTimers.set(path, setTimeout(() => fieldCheck(path), 150));
  clearTimeout(fullTimer);
  fullTimer = setTimeout(() => fullCheck(), 350);
  saveDraftSoon();
}
form.addEventListener('input', onEdit);
form.addEventListener('change', onEdit);
form.addEventListener('submit', (e) => e.preventDefault());

form.addEventListener('click', (e) => {
  const copy = e.target.closest('[data-copy-from]');
  if (copy) {
    const from = getAt(state.app, copy.dataset.copyFrom);
    if (!from || typeof from !== 'object') return;
    const to = copy.dataset.copyTo;
    remember();
    setAt(state.app, to, JSON.parse(JSON.stringify(from)));
    rebuildForm();
    const first = [...form.querySelectorAll('[data-path][data-type]')].find((x) => x.dataset.path.startsWith(to + '/'));
    first?.focus();
    const n = Object.keys(from).length;
    showUndo(t(state.lang, 'copied_person', { n }));
    fullCheck();
    saveDraftSoon();
    return;
  }
  const add = e.target.closest('[data-add]');
  const rm = e.target.closest('[data-remove]');
  if (add) {
    const p = add.dataset.add;
    const arr = getAt(state.app, p);
    const list = Array.isArray(arr) ? arr : [];
    // keep the implicit first website/domain (shown even when empty) when adding a second one
    if (!list.length && (p === '/websites' || /\/domains$/.test(p))) list.push({});
    list.push({});
    setAt(state.app, p, list);
    const newPath = p + '/' + (list.length - 1);
    rebuildForm();
    const c = [...form.querySelectorAll('[data-path]')].find((x) => x.dataset.type && x.dataset.path.startsWith(newPath + '/'));
    if (c) c.focus();
    fullCheck();
    saveDraftSoon();
  } else if (rm) {
    const p = rm.dataset.remove;
    const parts = parsePointer(p);
    const idx = Number(parts.pop());
    const arrPath = joinPointer(parts);
    const arr = getAt(state.app, arrPath);
    if (Array.isArray(arr)) {
      arr.splice(idx, 1);
      if (!arr.length && arrPath !== '/websites') deleteAt(state.app, arrPath);
    }
    rebuildForm();
    const adder = [...form.querySelectorAll('[data-add]')].find((x) => x.dataset.add === arrPath);
    adder?.focus();
    fullCheck();
    saveDraftSoon();
  }
});

// ---- uploads -----------------------------------------------------------------------------------
// PDF, PNG, JPEG, GIF, BMP, WebP by their first bytes (as ocr-client.js sniffDocument), so the
// reading modules load only for them
function looksLikeDocument(b) {
  const is = (...sig) => sig.every((v, i) => v === null || b[i] === v);
  return is(0x25, 0x50, 0x44, 0x46, 0x2d) || is(0x89, 0x50, 0x4e, 0x47) || is(0xff, 0xd8, 0xff) ||
    is(0x47, 0x49, 0x46, 0x38, null, 0x61) || (is(0x42, 0x4d, null, null, null, null, 0, 0, 0, 0) && b.length > 26) ||
    is(0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50);
}
async function handleFiles(zone, files) {
  const kind = zone.dataset.upload;
  const prog = zone.querySelector('progress');
  const status = zone.querySelector('.upload-status');
  const notes = [];
  for (const file of files) {
    status.textContent = t(state.lang, 'reading', { name: file.name });
    prog.hidden = false;
    prog.value = 0;
    let bytes;
    try {
      bytes = await readFileBytes(file, (l, tot) => { prog.max = tot || 1; prog.value = l; });
    } catch (err) {
      status.textContent = t(state.lang, 'error_input', { msg: err.message });
      prog.hidden = true;
      return;
    }
    // PDFs, licence and domain-certificate images (by content) are read on this device by ./doc-upload.js
    const doc = looksLikeDocument(bytes)
      ? await (await import('./doc-upload.js')).readDocumentUpload({ zone, kind, bytes, lang: state.lang, client })
      : null;
    if (doc === false) { prog.hidden = true; return; }
    const { text, encoding } = doc || decodeBytes(bytes);
    notes.push(t(state.lang, 'read_encoding', { name: file.name, size: formatSize(bytes.length), enc: encoding }));
    if (kind === 'whois') {
      const list = Array.isArray(getAt(state.app, '/attachments/whois')) ? getAt(state.app, '/attachments/whois') : [];
      let domain = '';
      try { domain = await client.call('whoisDomain', text); } catch { /* left to the user */ }
      list.push(domain ? { domain, text } : { text });
      setAt(state.app, '/attachments/whois', list);
    } else if (kind === 'domain_certificates') {
      const list = Array.isArray(getAt(state.app, '/attachments/domain_certificates')) ? getAt(state.app, '/attachments/domain_certificates') : [];
      list.push({ text });
      setAt(state.app, '/attachments/domain_certificates', list);
    } else if (kind === 'id_card_texts') {
      const list = Array.isArray(getAt(state.app, '/attachments/id_card_texts')) ? getAt(state.app, '/attachments/id_card_texts') : [];
      list.push({ text });
      setAt(state.app, '/attachments/id_card_texts', list);
    } else if (kind === 'site_pages') {
      const list = Array.isArray(getAt(state.app, '/attachments/site_pages')) ? getAt(state.app, '/attachments/site_pages') : [];
      list.push({ html: text });
      setAt(state.app, '/attachments/site_pages', list);
    } else {
      setAt(state.app, kind, text);
    }
  }
  prog.hidden = true;
  rebuildForm();
  const z2 = [...form.querySelectorAll('[data-upload]')].find((z) => z.dataset.upload === kind);
  state.uploadNotes[kind] = notes.join(' · ');
  if (z2) {
    z2.querySelector('.upload-status').textContent = state.uploadNotes[kind];
    z2.querySelector('label.button')?.focus?.();
  }
  announce(notes.join(' '));
  // keep the progress bar (now indeterminate) until the uploaded text has been checked
  const p2 = z2?.querySelector('progress');
  if (p2) { p2.removeAttribute('value'); p2.hidden = false; }
  const st2 = z2?.querySelector('.upload-status');
  if (st2) st2.textContent = state.uploadNotes[kind] + ' · ' + t(state.lang, 'checking');
  await fullCheck();
  if (p2) p2.hidden = true;
  if (st2) st2.textContent = state.uploadNotes[kind];
  saveDraftSoon();
}

form.addEventListener('change', (e) => {
  const inp = e.target.closest('[data-upload-input]');
  if (inp && inp.files?.length) {
    handleFiles(inp.closest('.dropzone'), [...inp.files]);
  }
});
// "下载离线识别包": every ocr/ asset fetched now, so the service worker has them for offline use
form.addEventListener('click', async (e) => {
  const btn = e.target.closest?.('[data-ocr-pack]');
  if (!btn) return;
  const st = btn.closest('.dropzone')?.querySelector('.upload-status');
  btn.disabled = true;
  try {
    const n = await (await import('./ocr-client.js')).preloadAll((i, all) => { if (st) st.textContent = `${i} / ${all}`; });
    if (st) st.textContent = state.lang === 'en' ? `Offline recognition ready (${n} files)` : `离线识别包已就绪（${n} 个文件）`;
  } catch (err) {
    if (st) st.textContent = t(state.lang, 'error_input', { msg: err.message });
    btn.disabled = false;
  }
});
// paste a screenshot or file into an upload zone (focus inside it, e.g. on its button)
document.addEventListener('paste', (e) => {
  const z = document.activeElement?.closest?.('.dropzone');
  if (!z || !e.clipboardData?.files?.length) return;
  e.preventDefault();
  handleFiles(z, [...e.clipboardData.files]);
});
form.addEventListener('dragover', (e) => {
  const z = e.target.closest?.('.dropzone');
  if (z) { e.preventDefault(); z.classList.add('over'); }
});
form.addEventListener('dragleave', (e) => e.target.closest?.('.dropzone')?.classList.remove('over'));
form.addEventListener('drop', (e) => {
  const z = e.target.closest?.('.dropzone');
  if (!z) return;
  e.preventDefault();
  z.classList.remove('over');
  if (e.dataTransfer?.files?.length) handleFiles(z, [...e.dataTransfer.files]);
});

// ---- checks ---------------------------------------------------------------------------------------
function busy(on, text) {
  $('#busy').hidden = !on;
  $('#status-text').textContent = text || '';
}

function announce(msg) {
  const a = $('#announce');
  a.textContent = '';
  setTimeout(() => { a.textContent = msg; }, 30);
}

async function loadConfidence() {
  try {
    const rules = JSON.parse(await client.call('rules', '', state.lang));
    state.confidence = Object.fromEntries((Array.isArray(rules) ? rules : []).map((r) => [r.id, r.confidence]));
  } catch { state.confidence = {}; }
}

// Full checks are coalesced: while one runs, edits only mark the state dirty and one more check
// runs afterwards (a large upload can take seconds; checks never queue up behind each other).
let fullLoop = null, fullWanted = 0, fullDone = 0, fullForce = false;
function fullCheck(forceAnnounce = false) {
  fullWanted++;
  if (forceAnnounce) fullForce = true;
  if (!fullLoop) {
    fullLoop = (async () => {
      while (fullDone < fullWanted) {
        const target = fullWanted;
        const force = fullForce;
        fullForce = false;
        await runFullCheck(force);
        fullDone = target;
      }
      fullLoop = null;
    })();
  }
  return fullLoop;
}

async function runFullCheck(forceAnnounce) {
  const bytes = encodeApplication(state.app);
  // the bytes go to the worker (transferred): keep a copy when the report may hold facts to compare
  const appBytes = state.app.attachments ? bytes.slice() : null;
  const slow = bytes.length > 200000;
  const timer = setTimeout(() => busy(true, t(state.lang, 'checking')), slow ? 0 : 250);
  let out;
  try {
    out = await client.call('check', bytes, JSON.stringify({ locale: state.lang }));
  } catch (e) {
    clearTimeout(timer);
    if (e.code === 'part_missing') {
      // a part of the module or a data file could not be fetched (web/core-load.js,
      // web/core-run.js): tried again on the next edit, when the browser is back online, or in 10 s
      busy(false, t(state.lang, 'engine_part_failed'));
      document.body.dataset.engine = 'part_missing';
      if (!state.retryCheck) state.retryCheck = setTimeout(() => { state.retryCheck = null; fullCheck(); }, 10000);
      return;
    }
    busy(false, t(state.lang, 'engine_failed', { msg: e.message }));
    return;
  }
  clearTimeout(timer);
  delete document.body.dataset.engine;
  state.stats.fullChecks++;
  busy(false, '');
  let rep;
  try { rep = JSON.parse(out); } catch { rep = { error: 'bad report' }; }
  if (rep.error) { busy(false, t(state.lang, 'error_input', { msg: rep.error })); return; }
  state.report = rep;
  state.compare = null;
  if (appBytes && rep.facts && Object.keys(rep.facts).length) {
    try { state.compare = JSON.parse(await client.call('compareFacts', appBytes, out)); } catch { /* facts without comparison */ }
  }
  // Which fields apply and which are required: the core's formPlan for this application. The form
  // is re-rendered only when that changes (a subject type or a feature picked).
  await updatePlan();
  // Nothing entered yet: say so instead of showing a verdict about an empty application.
  const empty = isEmptyApp();
  renderReport($('#report'), rep, {
    lang: state.lang, confidence: state.confidence, app: state.app, compare: state.compare, fieldLabel, onField: focusField, onSpan: focusSpan,
    onFill: fillFromUploads, sections: empty ? ['applicability', 'plan'] : undefined,
  });
  if (empty) {
    const p = document.createElement('p');
    p.className = 'empty-note';
    p.textContent = t(state.lang, 'empty_app');
    $('#report').prepend(p);
  }
  document.body.dataset.empty = empty ? '1' : '0';
  // A calm empty page: no findings next to fields and no verdict before anything is typed.
  paintFieldFindings(empty ? [] : rep.findings || []);
  paintStepStatus();
  const chip = $('#verdict-chip');
  document.body.dataset.verdict = empty ? '' : rep.verdict;
  if (empty) { chip.hidden = true; return; }
  const msg = announceText(rep, state.lang);
  if (forceAnnounce || msg !== state.lastAnnounce) { state.lastAnnounce = msg; announce(msg); }
  chip.className = 'verdict-chip v-' + rep.verdict;
  chip.textContent = chipText(rep);
  chip.setAttribute('aria-label', chipText(rep) + ' · ' + t(state.lang, 'chip_open'));
  chip.hidden = false;
}

async function updatePlan() {
  let plan = null;
  try { plan = JSON.parse(await client.call('formPlan', encodeApplication(state.app), state.lang)); } catch { plan = null; }
  if (!plan || typeof plan !== 'object') plan = {};
  const key = JSON.stringify([plan.hidden, plan.required, state.regions]);
  if (key === state.planKey && !state.partial) return;
  state.partial = false;
  state.plan = plan;
  state.planKey = key;
  rebuildWhenIdle();
}

// "Use the value read": write what the core read from an upload into the field it compared it with.
function fillFromUploads(fills) {
  if (!Array.isArray(fills) || !fills.length) return;
  remember();
  for (const f of fills) setAt(state.app, f.path, f.value);
  rebuildForm();
  showUndo(t(state.lang, 'filled_n', { n: fills.length }));
  announce(t(state.lang, 'filled_n', { n: fills.length }));
  markDirty();
  fullCheck();
  saveDraftSoon();
}

// ---- quick check: the providers' basic check, answered by the core on those fields only ----------
let quickTimer = null;
function quickSoon() { clearTimeout(quickTimer); quickTimer = setTimeout(runQuick, 200); }
let quickClient = null;
async function runQuick() {
  const filled = QUICK_PATHS.filter((p) => { const v = getAt(state.app, p); return typeof v === 'string' ? v.trim() !== '' : v != null; });
  if (!filled.length) { state.quick = null; renderQuick(); return; }
  if (!quickClient) quickClient = createClient(new URL('./worker.js', import.meta.url), { onNote });
  let rep;
  try {
    rep = JSON.parse(await quickClient.call('check', encodeApplication(state.app), JSON.stringify({ locale: state.lang, fields: QUICK_PATHS })));
  } catch { return; }
  if (rep.error) return;
  state.quick = { report: rep, filled: filled.length };
  renderQuick();
}
function renderQuick() {
  const box = document.getElementById('quick-result');
  if (!box) return;
  const q = state.quick;
  const p = (cls, text) => el('p', { class: cls, text });
  if (!q) { box.dataset.verdict = ''; box.className = 'quick-result'; box.replaceChildren(p('hint', t(state.lang, 'quick_empty'))); return; }
  // the verdict is the core's, over the quick fields' findings (options.fields)
  const verdict = ['ready', 'at_risk', 'blocked'].includes(q.report.verdict) ? q.report.verdict : 'at_risk';
  const fs = (q.report.findings || []).filter((f) => f.severity === 'block' || f.severity === 'warn');
  const s = q.report.summary || {};
  box.dataset.verdict = verdict;
  box.className = 'quick-result q-' + verdict;
  const left = QUICK_PATHS.length - q.filled;
  box.replaceChildren(el('h3', { text: t(state.lang, 'quick_title') }),
    !fs.length ? p('q-ok', t(state.lang, 'quick_ok'))
      : p('q-head', s.block ? t(state.lang, 'quick_block', { n: s.block }) : t(state.lang, 'quick_warn', { n: fs.length })),
    fs.length ? el('ul', {}, fs.map((f) => el('li', { 'data-rule': f.rule, class: 'sev-' + f.severity },
      p('message', f.message || ''), f.fix ? p('fix', t(state.lang, 'fix') + '：' + f.fix) : null))) : null,
    left > 0 ? p('hint', t(state.lang, 'quick_partial', { n: left })) : null);
}

// Every finding of a full report also shows next to its field.
function paintFieldFindings(findings) {
  const by = new Map();
  for (const f of findings) {
    const c = fieldFor(f.path);
    if (!c) continue;
    const key = c.dataset.path;
    if (!by.has(key)) by.set(key, []);
    by.get(key).push(f);
  }
  for (const live of form.querySelectorAll('.live')) {
    renderFieldFindings(live, by.get(live.dataset.liveFor) || [], state.lang);
  }
  paintInvalid(by);
}

// aria-invalid on controls with a rejection (their findings are already in aria-describedby).
function paintInvalid(by) {
  for (const c of form.querySelectorAll('[data-path][data-type]')) markInvalid(c, by.get(c.dataset.path) || []);
}
function markInvalid(c, findings) {
  const target = c.tagName === 'FIELDSET' ? c.querySelector('input') : c;
  if (!target) return;
  if (findings.some((f) => f.severity === 'block')) target.setAttribute('aria-invalid', 'true');
  else target.removeAttribute('aria-invalid');
}

// Live check of one field: the core is asked for findings at or below this path only. Field
// checks run in their own worker (so they never wait behind a full check) and are coalesced per
// path: while one runs, only the newest request for each field is kept.
let fieldClient = null;
const fieldPending = new Set();
let fieldLoop = null;
function fieldCheck(path) {
  fieldPending.add(path);
  if (!fieldLoop) {
    fieldLoop = (async () => {
      while (fieldPending.size) {
        const p = fieldPending.values().next().value;
        fieldPending.delete(p);
        await runFieldCheck(p);
      }
      fieldLoop = null;
    })();
  }
  return fieldLoop;
}

async function runFieldCheck(path) {
  if (!fieldClient) fieldClient = createClient(new URL('./worker.js', import.meta.url), { onNote });
  let out;
  try {
    out = await fieldClient.call('check', encodeApplication(state.app), JSON.stringify({ locale: state.lang, field: path }));
  } catch { return; }
  if (fieldPending.has(path)) return; // edited again meanwhile: the newer check will paint
  state.stats.fieldChecks++;
  let rep;
  try { rep = JSON.parse(out); } catch { return; }
  if (rep.error) return;
  const lives = [...form.querySelectorAll('.live')].filter((l) => l.dataset.liveFor === path);
  const mine = (rep.findings || []).filter((f) => { const c = fieldFor(f.path); return !c || c.dataset.path === path; });
  for (const live of lives) {
    renderFieldFindings(live, mine, state.lang);
    live.dataset.checked = String(state.stats.fieldChecks);
  }
  for (const c of controlsFor(path)) markInvalid(c, mine);
}

// ---- exports ----------------------------------------------------------------------------------
// Never let a raw ID number typed into the form reach an export (the core masks evidence; this
// is a second guard for anything else). Which values are ID numbers, and how they are masked, is
// the core's decision (maskExport).
async function scrubIds(text) {
  return client.call('maskExport', text, encodeApplication(state.app));
}

function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}

async function currentReportJson() {
  if (!state.report) await fullCheck();
  return JSON.stringify(state.report, null, 2);
}

$('#export-json').addEventListener('click', async () => {
  download('beian-report.json', await scrubIds(await currentReportJson()), 'application/json');
});
$('#export-sarif').addEventListener('click', async () => {
  const rep = await currentReportJson();
  const sarif = await client.call('toSarif', rep, 'application.json', state.lang);
  let pretty = sarif;
  try { pretty = JSON.stringify(JSON.parse(sarif), null, 2); } catch { /* keep as is */ }
  download('beian-report.sarif', await scrubIds(pretty), 'application/sarif+json');
});
$('#print-btn').addEventListener('click', () => window.print());
// Field paths (JSON Pointers) are for integrators only: shown on request, always in the exports.
$('#dev-opt').addEventListener('change', (e) => document.body.classList.toggle('show-dev', e.target.checked));
// Closed <details> do not print: open every report group while printing, then restore.
let closedForPrint = [];
window.addEventListener('beforeprint', () => {
  closedForPrint = [...document.querySelectorAll('#report details:not([open])')];
  closedForPrint.forEach((d) => { d.open = true; });
});
window.addEventListener('afterprint', () => { closedForPrint.forEach((d) => { d.open = false; }); closedForPrint = []; });

// ---- application files, examples, drafts, undo -----------------------------------------------------
function setApplication(obj) {
  state.uploadNotes = {};
  state.app = obj && typeof obj === 'object' && !Array.isArray(obj) ? obj : {};
  if (state.app.schema_version === undefined) state.app.schema_version = 1;
  state.quick = null;
  rebuildForm();
  saveDraftSoon();
  quickSoon();
  return loadRegions().then(() => { rebuildForm(); return fullCheck(true); });
}
window.beianSetApplication = setApplication;

// Replacing typed data (an example, a file, "clear") asks first and can be undone.
function remember() { state.undo = JSON.stringify(state.app); }
function showUndo(text) {
  $('#undo-text').textContent = text + ' ';
  $('#undo-bar').hidden = !state.undo;
  busy(false, '');
}
$('#undo-btn').addEventListener('click', async () => {
  if (!state.undo) return;
  const prev = JSON.parse(state.undo);
  state.undo = null;
  $('#undo-bar').hidden = true;
  await setApplication(prev);
  announce(t(state.lang, 'undone'));
});
async function replaceApplication(obj, note) {
  if (!isEmptyApp() && !window.confirm(t(state.lang, 'confirm_replace'))) return false;
  state.undo = isEmptyApp() ? null : JSON.stringify(state.app);
  await setApplication(obj);
  showUndo(note);
  return true;
}

$('#open-file').addEventListener('change', async (e) => {
  const f = e.target.files?.[0];
  if (!f) return;
  const { text } = decodeBytes(await readFileBytes(f));
  let obj;
  try { obj = JSON.parse(text); } catch (err) { busy(false, t(state.lang, 'error_json', { msg: err.message })); e.target.value = ''; return; }
  await replaceApplication(obj, t(state.lang, 'undo_open', { name: f.name }));
  e.target.value = '';
});
$('#save-btn').addEventListener('click', () => {
  download('application.json', JSON.stringify(state.app, null, 2), 'application/json');
  state.dirty = false;
});
$('#clear-btn').addEventListener('click', async () => {
  if (await replaceApplication({ schema_version: 1 }, t(state.lang, 'undo_clear'))) showStep('quick');
});

// Examples are named by what they show (examples-titles.json next to them), in both languages.
let exampleTitles = {};
async function listExamples() {
  let names = FALLBACK_EXAMPLES;
  try {
    const v = await (await fetch('version.json')).json();
    const found = (v.files || []).filter((f) => /^examples\/[^/]+\.json$/.test(f)).map((f) => f.slice(9));
    if (found.length) names = found;
  } catch { /* offline before first visit: fallback list */ }
  try { exampleTitles = await (await fetch('examples-titles.json')).json(); } catch { exampleTitles = {}; }
  renderExampleOptions(names);
}
function renderExampleOptions(names) {
  const sel = $('#example-select');
  const keep = sel.value;
  names = names || [...sel.options].map((o) => o.value);
  sel.replaceChildren(...names.map((n) => {
    const o = document.createElement('option');
    o.value = n;
    const title = exampleTitles?.[n];
    o.textContent = (title && (state.lang === 'en' ? title.en : title['zh-CN'])) || n.replace(/\.json$/, '').replace(/[-_]/g, ' ');
    return o;
  }));
  if (keep) sel.value = keep;
}
$('#example-btn').addEventListener('click', async () => {
  const n = $('#example-select').value;
  if (!n) return;
  try {
    const app = await (await fetch('examples/' + encodeURIComponent(n))).json();
    delete document.body.dataset.example;
    const title = $('#example-select').selectedOptions[0]?.textContent || n;
    if (await replaceApplication(app, t(state.lang, 'undo_example', { name: title }))) document.body.dataset.example = n;
  } catch (err) { busy(false, t(state.lang, 'error_json', { msg: err.message })); }
});

// Drafts are saved on this device by default (opt-out keeps nothing and warns before leaving).
const autosave = () => store.get(LS_OPT) !== '0';
function paintDraft() {
  $('#draft-opt').checked = autosave();
  setText($('#draft-status'), t(state.lang, autosave() ? 'draft_on' : 'draft_off'));
  $('#draft-forget').hidden = !autosave();
}
let draftTimer = null;
function saveDraftSoon() {
  if (!autosave()) return;
  clearTimeout(draftTimer);
  draftTimer = setTimeout(saveDraftNow, 300);
}
function saveDraftNow() {
  if (!autosave()) return;
  clearTimeout(draftTimer);
  store.set(LS_DRAFT, JSON.stringify(state.app));
}
function markDirty() { if (!autosave()) state.dirty = true; }
window.addEventListener('pagehide', saveDraftNow);
window.addEventListener('online', () => { if (state.retryCheck) fullCheck(); });
window.addEventListener('beforeunload', (e) => {
  if (autosave()) { saveDraftNow(); return; }
  if (state.dirty && !isEmptyApp()) { e.preventDefault(); e.returnValue = t(state.lang, 'leave_warning'); }
});
$('#draft-opt').addEventListener('change', (e) => {
  if (e.target.checked) {
    store.del(LS_OPT);
    saveDraftNow();
    state.dirty = false;
  } else {
    store.set(LS_OPT, '0');
    store.del(LS_DRAFT);
    state.dirty = !isEmptyApp();
  }
  paintDraft();
});
$('#draft-forget').addEventListener('click', () => {
  store.del(LS_DRAFT);
  store.set(LS_OPT, '0');
  state.dirty = !isEmptyApp();
  paintDraft();
  busy(false, t(state.lang, 'draft_forgotten'));
  announce(t(state.lang, 'draft_forgotten'));
});

// ---- service worker ------------------------------------------------------------------------------
function swStatus(key) {
  const s = $('#sw-status');
  s.dataset.key = key;
  s.textContent = t(state.lang, key);
  s.hidden = false;
}
if ('serviceWorker' in navigator) {
  const hadController = !!navigator.serviceWorker.controller;
  navigator.serviceWorker.register('./sw.js').then((reg) => {
    reg.addEventListener('updatefound', () => {
      const nw = reg.installing;
      nw?.addEventListener('statechange', () => {
        if (nw.state === 'activated') {
          if (hadController) $('#update-bar').hidden = false;
          swStatus('offline_ready');
        }
      });
    });
  }).catch(() => { /* no offline support */ });
  navigator.serviceWorker.ready.then(() => swStatus('offline_ready'));
}
$('#reload-btn').addEventListener('click', () => location.reload());
$('#lang-btn').addEventListener('click', () => setLang(state.lang === 'en' ? 'zh-CN' : 'en'));

// ---- start ---------------------------------------------------------------------------------------
(async function start() {
  applyStrings();
  if (autosave()) {
    try { const d = JSON.parse(store.get(LS_DRAFT) || 'null'); if (d && typeof d === 'object' && !Array.isArray(d)) state.app = d; } catch { /* ignore */ }
  }
  // a saved draft: the first verdict checks its data, which needs the rest of the module now
  if (!isEmptyApp()) client.fetchRest();
  paintDraft();
  if (store.get(LS_ALL) === '1') document.body.classList.add('all-steps');
  const fromHash = /^#step-([a-z]+)$/.exec(location.hash);
  state.step = fromHash ? fromHash[1] : isEmptyApp() ? 'quick' : 'subject';
  // the form's enum options and the pack's labels, flattened by the build (hand-written fields only without it)
  setFormSchema(await loadFormSchema(new URL('.', import.meta.url)));
  renderStepNav();
  rebuildForm();
  // listed while the core loads; the page says it is ready only once the examples are listed too
  const examplesListed = listExamples();
  busy(true, t(state.lang, 'engine_loading'));
  try {
    await client.ready;
    const v = JSON.parse(await client.call('version'));
    $('#version').textContent = `engine ${v.engine} · rules ${v.rulepack}`;
  } catch (e) {
    busy(false, t(state.lang, 'engine_failed', { msg: e.message }));
    return;
  }
  await loadConfidence();
  await loadRegions(); // shown by the re-render that the first check's form plan brings
  quickSoon();
  await fullCheck();
  await examplesListed;
  document.body.dataset.ready = '1';
})();

export { STRINGS };
