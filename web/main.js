// The page: form <-> application object, live checks through the worker, report, exports,
// language, drafts (opt-in), service worker status. Rules live in the core only.
import { createClient, encodeApplication } from './core-client.js';
import { STRINGS, t, normLang } from './i18n.js';
import { renderForm, inputToValue, labelOf, setFormSchema } from './form.js';
import { renderReport, renderFieldFindings, announceText } from './report.js';
import { loadFormSchema } from './labels.js';
import { getAt, setAt, deleteAt, parsePointer, joinPointer } from './pointer.js';
import { decodeBytes, readFileBytes, formatSize, byteSpanToIndices } from './decode.js';

const $ = (s) => document.querySelector(s);
const LS_LANG = 'beian.lang', LS_OPT = 'beian.draftOptIn', LS_DRAFT = 'beian.draft';
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
};

const client = createClient(new URL('./worker.js', import.meta.url));
// For tests and curious users: resolves when the core is up.
window.beianReady = client.ready.then(() => true);
window.beianState = state;

// ---- static strings & language -----------------------------------------------------------------
function applyStrings() {
  document.documentElement.lang = state.lang;
  for (const e of document.querySelectorAll('[data-i18n]')) e.textContent = t(state.lang, e.dataset.i18n);
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
  rebuildForm();
  await loadConfidence();
  await fullCheck(true);
}

// ---- form ----------------------------------------------------------------------------------------
const form = $('#app-form');

function rebuildForm(focusPath) {
  renderForm(form, state.app, state.lang);
  for (const z of form.querySelectorAll('.dropzone')) {
    const note = state.uploadNotes[z.dataset.upload];
    if (note) z.querySelector('.upload-status').textContent = note;
  }
  if (state.report) paintFieldFindings(state.report.findings || []);
  if (focusPath) focusField(focusPath);
}

function controlsFor(path) {
  return [...form.querySelectorAll('[data-path]')].filter((e) => e.dataset.path === path);
}

// The control (or item container) a finding's JSON Pointer belongs to.
function fieldFor(path) {
  if (path == null || path === '') return null;
  const all = [...form.querySelectorAll('[data-path]')];
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
  const sec = c.closest('section.form-section')?.querySelector('h3')?.textContent || '';
  return [sec, where, lbl].filter(Boolean).filter((v, i, a) => a.indexOf(v) === i).join(' › ');
}

function focusField(path) {
  const c = fieldFor(path);
  if (!c) return false;
  for (let d = c.closest('details'); d; d = d.parentElement?.closest('details')) d.open = true;
  c.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const target = c.matches('input,select,textarea') ? c : c.querySelector('input,select,textarea') || c;
  target.focus({ preventScroll: true });
  return true;
}

function focusSpan(span) {
  const ta = controlsFor(span.attachment)[0];
  if (!ta) return;
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
    const { text, encoding } = decodeBytes(bytes);
    notes.push(t(state.lang, 'read_encoding', { name: file.name, size: formatSize(bytes.length), enc: encoding }));
    if (kind === 'whois') {
      const list = Array.isArray(getAt(state.app, '/attachments/whois')) ? getAt(state.app, '/attachments/whois') : [];
      let domain = '';
      try { domain = await client.call('whoisDomain', text); } catch { /* left to the user */ }
      list.push(domain ? { domain, text } : { text });
      setAt(state.app, '/attachments/whois', list);
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
    busy(false, t(state.lang, 'engine_failed', { msg: e.message }));
    return;
  }
  clearTimeout(timer);
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
  // Nothing entered yet: say so instead of showing a verdict about an empty application.
  const empty = Object.keys(state.app).every((k) => k === 'schema_version');
  renderReport($('#report'), rep, {
    lang: state.lang, confidence: state.confidence, app: state.app, compare: state.compare, fieldLabel, onField: focusField, onSpan: focusSpan,
    sections: empty ? ['applicability', 'plan'] : undefined,
  });
  if (empty) {
    const p = document.createElement('p');
    p.className = 'empty-note';
    p.textContent = t(state.lang, 'empty_app');
    $('#report').prepend(p);
  }
  document.body.dataset.empty = empty ? '1' : '0';
  paintFieldFindings(rep.findings || []);
  const msg = announceText(rep, state.lang);
  if (forceAnnounce || msg !== state.lastAnnounce) { state.lastAnnounce = msg; announce(msg); }
  document.body.dataset.verdict = rep.verdict;
  const chip = $('#verdict-chip');
  const s = rep.summary || {};
  chip.className = 'verdict-chip v-' + rep.verdict;
  chip.textContent = `${t(state.lang, 'verdict_' + rep.verdict)} · ${s.block ?? 0}/${s.warn ?? 0}/${s.info ?? 0}`;
  chip.setAttribute('aria-label', msg);
  chip.hidden = false;
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
  if (!fieldClient) fieldClient = createClient(new URL('./worker.js', import.meta.url));
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
  for (const live of lives) {
    renderFieldFindings(live, (rep.findings || []).filter((f) => { const c = fieldFor(f.path); return !c || c.dataset.path === path; }), state.lang);
    live.dataset.checked = String(state.stats.fieldChecks);
  }
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
// Closed <details> do not print: open every report group while printing, then restore.
let closedForPrint = [];
window.addEventListener('beforeprint', () => {
  closedForPrint = [...document.querySelectorAll('#report details:not([open])')];
  closedForPrint.forEach((d) => { d.open = true; });
});
window.addEventListener('afterprint', () => { closedForPrint.forEach((d) => { d.open = false; }); closedForPrint = []; });

// ---- application files, examples, drafts --------------------------------------------------------
function setApplication(obj) {
  state.uploadNotes = {};
  state.app = obj && typeof obj === 'object' && !Array.isArray(obj) ? obj : {};
  if (state.app.schema_version === undefined) state.app.schema_version = 1;
  rebuildForm();
  saveDraftSoon();
  return fullCheck(true);
}
window.beianSetApplication = setApplication;

$('#open-file').addEventListener('change', async (e) => {
  const f = e.target.files?.[0];
  if (!f) return;
  const { text } = decodeBytes(await readFileBytes(f));
  try { await setApplication(JSON.parse(text)); } catch (err) { busy(false, t(state.lang, 'error_json', { msg: err.message })); }
  e.target.value = '';
});
$('#save-btn').addEventListener('click', () => download('application.json', JSON.stringify(state.app, null, 2), 'application/json'));
$('#clear-btn').addEventListener('click', () => setApplication({ schema_version: 1 }));

async function listExamples() {
  let names = FALLBACK_EXAMPLES;
  try {
    const v = await (await fetch('version.json')).json();
    const found = (v.files || []).filter((f) => /^examples\/[^/]+\.json$/.test(f)).map((f) => f.slice(9));
    if (found.length) names = found;
  } catch { /* offline before first visit: fallback list */ }
  const sel = $('#example-select');
  sel.replaceChildren(...names.map((n) => { const o = document.createElement('option'); o.value = n; o.textContent = n.replace(/\.json$/, ''); return o; }));
}
$('#example-btn').addEventListener('click', async () => {
  const n = $('#example-select').value;
  if (!n) return;
  try {
    const app = await (await fetch('examples/' + encodeURIComponent(n))).json();
    delete document.body.dataset.example;
    await setApplication(app);
    document.body.dataset.example = n;
  } catch (err) { busy(false, t(state.lang, 'error_json', { msg: err.message })); }
});

let draftTimer = null;
function saveDraftSoon() {
  if (store.get(LS_OPT) !== '1') return;
  clearTimeout(draftTimer);
  draftTimer = setTimeout(() => store.set(LS_DRAFT, JSON.stringify(state.app)), 400);
}
$('#draft-opt').addEventListener('change', (e) => {
  if (e.target.checked) {
    store.set(LS_OPT, '1');
    store.set(LS_DRAFT, JSON.stringify(state.app));
    busy(false, t(state.lang, 'draft_saved'));
  } else {
    store.del(LS_OPT);
    store.del(LS_DRAFT);
  }
});
$('#draft-forget').addEventListener('click', () => {
  store.del(LS_OPT);
  store.del(LS_DRAFT);
  $('#draft-opt').checked = false;
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
  if (store.get(LS_OPT) === '1') {
    $('#draft-opt').checked = true;
    try { const d = JSON.parse(store.get(LS_DRAFT) || 'null'); if (d && typeof d === 'object') state.app = d; } catch { /* ignore */ }
  }
  // the form's enum options and the pack's labels, flattened by the build (hand-written fields only without it)
  setFormSchema(await loadFormSchema(new URL('.', import.meta.url)));
  rebuildForm();
  listExamples();
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
  await fullCheck();
  document.body.dataset.ready = '1';
})();

export { STRINGS };
