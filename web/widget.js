// <beian-precheck>: the pre-check as an embeddable custom element for service providers.
//
//   <script type="module" src="https://precheck.example/widget.js"></script>
//   <beian-precheck lang="zh-CN" layout="compact" sections="verdict,findings"></beian-precheck>
//   el.setApplication({...}) / await el.check({...})   (any time, also before the engine is ready:
//   calls wait for the start-up, which never waits for them; only the newest call fires `result`)
//
// Attributes: lang (zh-CN|en), sections (comma list of verdict,applicability,findings,plan,facts),
// rules-src (URL of a custom rule pack JSON), layout (compact|full).
// Events: ready {engine, rulepack} and result {report, verdict} bubble (composed); error {message}
// is fired on the element only (so it never reaches window.onerror).
// Theme with CSS custom properties on the element: --beian-accent, --beian-bg, --beian-fg,
// --beian-muted, --beian-line, --beian-font, --beian-radius, --beian-block, --beian-warn,
// --beian-info, --beian-ok.
// Nothing here throws into the host page: failures become `error` events.
import { createClient, encodeApplication } from './core-client.js';
import { loadCore } from './core-load.js';
import { runOp, fileLoader } from './core-run.js';
import { renderReport, announceText, ALL_SECTIONS } from './report.js';
import { t, normLang } from './i18n.js';
import { loadFormSchema } from './labels.js';

const BASE = new URL('.', import.meta.url);

const CSS = `
:host { display: block; font-family: var(--beian-font, system-ui, "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif);
  color: var(--beian-fg, #1d1b19); background: var(--beian-bg, #fff); border: 1px solid var(--beian-line, #d9d3cb);
  border-radius: var(--beian-radius, 8px); padding: 12px; line-height: 1.5; font-size: 15px; }
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
h2 { font-size: 1.05em; margin: 0 0 6px; color: var(--beian-accent, #b3261e); }
h3 { font-size: 1em; margin: 8px 0 4px; } h4 { font-size: .95em; margin: 8px 0 4px; }
.meta, .status, .hint { color: var(--beian-muted, #5d5750); font-size: .82em; margin: 0 0 6px; }
.privacy { font-size: .8em; color: var(--beian-ok, #1e6b35); margin: 0 0 6px; }
button, .button { font: inherit; border: 1px solid var(--beian-line, #d9d3cb); background: var(--beian-bg, #fff); color: inherit; border-radius: 6px; padding: 4px 10px; cursor: pointer; }
:focus-visible { outline: 3px solid var(--beian-accent, #1a56db); outline-offset: 2px; }
.file { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.file:focus-visible + label { outline: 3px solid var(--beian-accent, #1a56db); }
.verdict { border: 2px solid; border-radius: 8px; padding: 8px 12px; margin-bottom: 8px; }
.verdict-title { display: flex; gap: 8px; align-items: center; font-size: 1.2em; }
.verdict-icon { display: inline-grid; place-items: center; width: 1.6em; height: 1.6em; border-radius: 50%; color: #fff; font-weight: 700; }
.verdict-sub { margin: 4px 0; }
.verdict-ready { color: var(--beian-ok, #1e6b35); background: color-mix(in srgb, var(--beian-ok, #1e6b35) 10%, white); }
.verdict-ready .verdict-icon { background: var(--beian-ok, #1e6b35); }
.verdict-at_risk { color: var(--beian-warn, #8a5300); background: color-mix(in srgb, var(--beian-warn, #8a5300) 10%, white); }
.verdict-at_risk .verdict-icon { background: var(--beian-warn, #8a5300); }
.verdict-blocked { color: var(--beian-block, #b3261e); background: color-mix(in srgb, var(--beian-block, #b3261e) 8%, white); }
.verdict-blocked .verdict-icon { background: var(--beian-block, #b3261e); }
.counts { display: flex; flex-wrap: wrap; gap: 6px; margin: 4px 0 0; }
.count { border: 1px solid currentColor; border-radius: 999px; padding: 0 8px; font-size: .82em; background: #fff; }
.count.sev-block { color: var(--beian-block, #b3261e); } .count.sev-warn { color: var(--beian-warn, #8a5300); }
.count.sev-info { color: var(--beian-info, #1f5f8b); } .count.rules { color: var(--beian-muted, #5d5750); }
.applicability { border-left: 4px solid var(--beian-info, #1f5f8b); padding: 2px 10px; margin-bottom: 8px; }
.applicability ul { margin: 2px 0; padding-left: 18px; }
.group { border: 1px solid var(--beian-line, #d9d3cb); border-radius: 6px; margin: 4px 0; }
.group > summary { padding: 4px 8px; cursor: pointer; font-weight: 600; }
.finding-list { list-style: none; margin: 0; padding: 0 8px 6px; }
.finding { border-top: 1px solid var(--beian-line, #d9d3cb); padding: 6px 0; }
.finding-head { display: flex; gap: 6px; flex-wrap: wrap; align-items: center; }
.badge { color: #fff; border-radius: 4px; padding: 0 6px; font-size: .75em; font-weight: 700; }
.badge.sev-block { background: var(--beian-block, #b3261e); } .badge.sev-warn { background: var(--beian-warn, #8a5300); } .badge.sev-info { background: var(--beian-info, #1f5f8b); }
.rule-id, .ptr { color: var(--beian-muted, #5d5750); font-size: .8em; }
.conf { font-size: .72em; border: 1px solid var(--beian-muted, #5d5750); border-radius: 4px; padding: 0 4px; }
.message { margin: 4px 0; }
dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 2px 8px; margin: 2px 0; font-size: .86em; }
dt { color: var(--beian-muted, #5d5750); } dd { margin: 0; overflow-wrap: anywhere; }
.excerpt { white-space: pre-wrap; overflow-wrap: anywhere; background: #f4f1ec; padding: 4px; max-height: 10em; overflow: auto; font-size: .8em; }
mark { background: #ffd54f; }
table { border-collapse: collapse; width: 100%; font-size: .86em; }
td, th { border-top: 1px solid var(--beian-line, #d9d3cb); padding: 3px 4px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
.basis, .note { color: var(--beian-muted, #5d5750); font-size: .85em; }
:host([layout="compact"]) .finding dl { display: none; }
:host([layout="compact"]) .meta { display: none; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
@media (max-width: 480px) { dl { grid-template-columns: minmax(0, 1fr); } }
`;

function sheet() {
  try {
    const s = new CSSStyleSheet();
    s.replaceSync(CSS);
    return s;
  } catch { return null; }
}

// How long the engine may take to load (worker, wasm, form schema, rule pack) before the widget
// gives up with an `error` (a stalled network must not leave a pending check() forever).
const LOAD_TIMEOUT_MS = 60000;
// How long a rules-src fetch may take.
const RULES_TIMEOUT_MS = 30000;

// Whether the last answer wanted the rules' English wording and its file could not be fetched
// (the answer then reads in Chinese; worker.js note 'wording_missing', web/core-run.js).
let wordingMissing = false;
const onNote = (note) => { if (note === 'wording_missing') wordingMissing = true; };

// Main-thread fallback when the host forbids blob: workers: same call interface as the worker client.
function mainThreadClient() {
  // both parts of the module before the first call: no synchronous load on the main thread
  const core = import(new URL('beian-core.mjs', BASE).href)
    .then((m) => loadCore(m.default, { base: BASE, awaitDeferred: true }));
  core.catch(() => {});  // reported through `ready`
  const loadFile = fileLoader(BASE);
  return {
    ready: core.then(() => true),
    async call(op, ...args) {
      return runOp(await core, op, args, loadFile, () => onNote('wording_missing'));
    },
    terminate() {},
  };
}

// The core in a worker, else on the main thread. A core that started but could not load its
// wasm is not retried on the main thread (it would fetch the same file).
async function connect() {
  const workerUrl = new URL('worker.js', BASE).href;
  const client = createClient(workerUrl, { crossOrigin: BASE.origin !== location.origin, onNote });
  // The widget checks whole applications, which need the module's second part and the data files:
  // fetched now, while the worker starts, instead of once its core is ready (the page does the
  // same for a saved draft). Its core is ready ~20 ms later, its first check ~20 ms sooner
  // (docs/performance.md).
  client.fetchRest();
  try {
    await client.ready;
    return client;
  } catch (e) {
    client.terminate();
    if (/core failed to load/.test(String(e && e.message))) throw e;
  }
  const main = mainThreadClient();
  await main.ready;
  return main;
}

function timeout(ms, what) {
  let id;
  const p = new Promise((_, rej) => { id = setTimeout(() => rej(new Error(what)), ms); });
  p.clear = () => clearTimeout(id);
  return p;
}

const errText = (e) => String((e && e.message) || e || 'error');

class BeianPrecheck extends HTMLElement {
  static get observedAttributes() { return ['lang', 'sections', 'rules-src', 'layout']; }

  constructor() {
    super();
    this._root = this.attachShadow({ mode: 'open' });
    this._app = null;
    this._report = null;
    this._compare = null;
    this._confidence = {};
    this._confKey = null;
    this._client = null;
    // Start-up: one attempt at a time (a promise of true/false). It never waits for a check:
    // checks wait for it. A failed attempt is retried by a check made after its `error` fired.
    this._engine = null;
    this._attempt = 0;
    this._engineFailedAt = -1;
    // Every public call gets a number (_calls); _seq orders the checks: only the newest renders
    // and fires `result`.
    this._calls = 0;
    this._seq = 0;
    // The rule pack named by rules-src: the newest request wins; checks wait until it settled.
    this._rules = Promise.resolve();
    this._rulesToken = 0;
    this._rulesError = null;
    this._rulesFailedAt = -1;
    try {
      const s = sheet();
      if (s) this._root.adoptedStyleSheets = [s];
      else { const st = document.createElement('style'); st.textContent = CSS; this._root.append(st); }
      this._root.innerHTML += '<div part="container" class="box"><h2 part="title"></h2><p class="privacy" part="privacy"></p>'
        + '<div class="tools" part="tools" hidden><input type="file" class="file" id="f" accept=".json,application/json"><label class="button" for="f"></label></div>'
        + '<p class="status" role="status"></p><div class="report" part="report"></div><div class="sr" aria-live="polite"></div></div>';
      this._root.querySelector('#f').addEventListener('change', (e) => this._openFile(e));
    } catch (e) { this._fail(e); }
  }

  get lang() { return normLang(this.getAttribute('lang') || document.documentElement.lang || 'zh-CN'); }
  get sections() {
    const s = (this.getAttribute('sections') || '').split(/[\s,]+/).filter((x) => ALL_SECTIONS.includes(x));
    return s.length ? s : (this.getAttribute('layout') === 'compact' ? ['verdict', 'applicability', 'findings'] : ALL_SECTIONS);
  }
  get report() { return this._report; }

  connectedCallback() {
    try {
      this._paintChrome();
      this._start(this._calls);
    } catch (e) { this._fail(e); }
  }

  disconnectedCallback() {
    // keep the worker: elements are often moved around in the DOM
  }

  attributeChangedCallback(name, oldV, newV) {
    // before the start the attributes are simply read when loading
    if (oldV === newV || !this._engine) return;
    try {
      this._paintChrome();
      if (name === 'rules-src') this._applyRules();
      if (this._app) this.check();
      else if (this._report) this._render();
    } catch (e) { this._fail(e); }
  }

  _paintChrome() {
    const lang = this.lang;
    this._root.querySelector('h2').textContent = t(lang, 'title');
    this._root.querySelector('.privacy').textContent = t(lang, 'privacy');
    this._root.querySelector('.tools').hidden = this.getAttribute('layout') !== 'full';
    this._root.querySelector('label.button').textContent = t(lang, 'open_json');
  }

  _status(msg) { const s = this._root.querySelector('.status'); if (s) s.textContent = msg || ''; }

  _emit(type, detail) {
    // `error` does not bubble: a bubbling "error" would reach window.onerror and error trackers.
    const bubbles = type !== 'error';
    try { this.dispatchEvent(new CustomEvent(type, { detail, bubbles, composed: bubbles })); } catch { /* host handler threw */ }
  }

  _fail(e) {
    const message = errText(e);
    try { this._status(t(this.lang, 'engine_failed', { msg: message })); } catch { /* ignore */ }
    this._emit('error', { message });
  }

  // Loads the engine (once; again after a failure only for a call made after that failure was
  // reported). Resolves to true when ready, false after an `error`. Never waits for a check.
  _start(gen) {
    if (this._engine && !(this._engineFailedAt >= 0 && gen > this._engineFailedAt)) return this._engine;
    const attempt = ++this._attempt;
    let client = null;
    // after a timeout the loader stops at its next step (and lets its worker go)
    const live = () => {
      if (attempt === this._attempt) return;
      try { client?.terminate(); } catch { /* gone */ }
      throw new Error('superseded');
    };
    this._engineFailedAt = -1;
    this._status(t(this.lang, 'engine_loading'));
    const load = (async () => {
      client = await connect();
      live();
      this._client = client;
      await loadFormSchema(BASE);  // the pack's severity/confidence/category labels
      live();
      this._applyRules();
      await this._rulesSettled();
      live();
      await this._loadConfidence();
      const v = JSON.parse(await client.call('version'));
      live();
      return v;
    })();
    const limit = timeout(LOAD_TIMEOUT_MS, `the checker did not load within ${LOAD_TIMEOUT_MS / 1000} s`);
    this._engine = Promise.race([load, limit]).then((v) => {
      limit.clear();
      this._status('');
      this._emit('ready', { engine: v.engine, rulepack: v.rulepack });
      return true;
    }, (e) => {
      limit.clear();
      load.catch(() => {});
      if (attempt !== this._attempt) return false;
      this._attempt++;  // the loader, if still running, stops at its next step
      if (client && this._client === client) this._client = null;
      try { client?.terminate(); } catch { /* gone */ }
      this._engineFailedAt = this._calls;
      this._fail(e);
      return false;
    });
    return this._engine;
  }

  // Applies the rules-src attribute (or the built-in pack without it). The newest request wins:
  // an older fetch that finishes later is dropped before it reaches the core (calls to the core
  // run in order).
  _applyRules() {
    const client = this._client;
    if (!client) return this._rules;  // the start applies it
    const token = ++this._rulesToken;
    const src = this.getAttribute('rules-src');
    const p = (async () => {
      let text = null;
      if (src) {
        let resp;
        try {
          resp = await fetch(new URL(src, document.baseURI).href, { credentials: 'omit', signal: AbortSignal.timeout(RULES_TIMEOUT_MS) });
        } catch (e) { throw new Error(`rules-src: ${errText(e)}`); }
        if (!resp.ok) throw new Error(`rules-src: HTTP ${resp.status}`);
        text = await resp.text();
      }
      if (token !== this._rulesToken) return;
      if (text === null) { await client.call('resetRules'); return; }
      const err = await client.call('loadRules', text);
      if (err) throw new Error('rules-src: ' + err);
    })().then(() => {
      if (token === this._rulesToken) { this._rulesError = null; this._confKey = null; }
    }, (e) => {
      if (token !== this._rulesToken) return;
      this._rulesError = errText(e);
      this._rulesFailedAt = this._calls;
      this._confKey = null;
      this._fail(e);
    });
    this._rules = p;
    return p;
  }

  async _rulesSettled() {
    let p;
    do { p = this._rules; await p; } while (p !== this._rules);
  }

  async _loadConfidence() {
    const key = `${this.lang}/${this._rulesToken}`;
    if (!this._client || this._confKey === key) return;
    try {
      const rules = JSON.parse(await this._client.call('rules', '', this.lang));
      this._confidence = Object.fromEntries((Array.isArray(rules) ? rules : []).map((r) => [r.id, r.confidence]));
      this._confKey = key;
    } catch { this._confidence = {}; }
  }

  // Public: sets the application and checks it (returns the same promise as check()).
  setApplication(obj) {
    try {
      return this.check(obj && typeof obj === 'object' ? obj : {});
    } catch (e) { this._fail(e); return Promise.resolve(null); }
  }

  // Public: checks an application (object or JSON string; none: the stored one) and stores it.
  // Resolves to the report object, or null on failure (an `error` event says why). Never rejects.
  // Works before, during and after the engine loads: calls made before it is ready wait for it;
  // only the newest call renders and fires `result`.
  async check(application) {
    const gen = ++this._calls;
    try {
      const app = typeof application === 'string' ? JSON.parse(application) : application;
      if (app !== undefined) this._app = app;
      const mine = this._app ?? {};
      const seq = ++this._seq;
      if (!(await this._start(gen))) return null;  // the start fired `error`
      const client = this._client;
      if (this._rulesError && gen > this._rulesFailedAt) this._applyRules();  // try the pack again
      await this._rulesSettled();
      if (this._rulesError) {
        // not the built-in pack instead of the host's: no report (the rules' `error` was fired)
        if (seq === this._seq) this._status(t(this.lang, 'engine_failed', { msg: this._rulesError }));
        return null;
      }
      await this._loadConfidence();
      if (seq === this._seq) this._status(t(this.lang, 'checking'));
      const bytes = encodeApplication(mine);
      // the check's copy is transferred to the worker: keep one when there may be facts to compare
      const appBytes = mine?.attachments && this.sections.includes('facts') ? bytes.slice() : null;
      wordingMissing = false;
      const out = await client.call('check', bytes, JSON.stringify({ locale: this.lang }));
      const missing = wordingMissing;
      const rep = JSON.parse(out);
      if (rep.error) throw new Error(rep.error);
      // the typed counterparts of the facts read from uploads, compared by the core
      let compare = null;
      if (appBytes && rep.facts && Object.keys(rep.facts).length) {
        try { compare = JSON.parse(await client.call('compareFacts', appBytes, out)); } catch { /* facts only */ }
      }
      if (seq !== this._seq) return rep;
      this._report = rep;
      this._compare = compare;
      this._status(missing ? t(this.lang, 'wording_missing') : '');
      this._render();
      this._emit('result', { report: rep, verdict: rep.verdict });
      return rep;
    } catch (e) {
      this._fail(e);
      return null;
    }
  }

  _render() {
    const rep = this._report;
    if (!rep) return;
    renderReport(this._root.querySelector('.report'), rep, {
      lang: this.lang, confidence: this._confidence, app: this._app, compare: this._compare, sections: this.sections,
    });
    const live = this._root.querySelector('[aria-live]');
    live.textContent = announceText(rep, this.lang);
  }

  async _openFile(e) {
    try {
      const f = e.target.files?.[0];
      if (!f) return;
      await this.setApplication(JSON.parse(await f.text()));
    } catch (err) { this._fail(err); }
  }
}

try {
  if (!customElements.get('beian-precheck')) customElements.define('beian-precheck', BeianPrecheck);
} catch { /* defined twice or unsupported: nothing to do */ }

export { BeianPrecheck };
