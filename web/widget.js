// <beian-precheck>: the pre-check as an embeddable custom element for service providers.
//
//   <script type="module" src="https://precheck.example/widget.js"></script>
//   <beian-precheck lang="zh-CN" layout="compact" sections="verdict,findings"></beian-precheck>
//   el.setApplication({...}) / await el.check({...})
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

// Main-thread fallback when the host forbids blob: workers: same call interface as the worker client.
function mainThreadClient() {
  const core = import(new URL('beian-core.mjs', BASE).href).then((m) => m.default());
  return {
    ready: core.then(() => true),
    async call(op, ...args) { return (await core)[op](...args); },
    terminate() {},
  };
}

class BeianPrecheck extends HTMLElement {
  static get observedAttributes() { return ['lang', 'sections', 'rules-src', 'layout']; }

  constructor() {
    super();
    this._root = this.attachShadow({ mode: 'open' });
    this._app = null;
    this._report = null;
    this._seq = 0;
    this._confidence = {};
    this._client = null;
    this._started = null;
    this._rulesLoaded = null;
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
      this._start();
    } catch (e) { this._fail(e); }
  }

  disconnectedCallback() {
    // keep the worker: elements are often moved around in the DOM
  }

  attributeChangedCallback(name, oldV, newV) {
    if (oldV === newV || !this._started) return;
    try {
      this._paintChrome();
      if (name === 'rules-src') this._rulesLoaded = this._loadRules();
      if (name === 'lang') this._loadConfidence();
      if (this._app) this.check(this._app);
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
    const message = String((e && e.message) || e || 'error');
    try { this._status(t(this.lang, 'engine_failed', { msg: message })); } catch { /* ignore */ }
    this._emit('error', { message });
  }

  _start() {
    if (this._started) return this._started;
    this._status(t(this.lang, 'engine_loading'));
    this._started = (async () => {
      const workerUrl = new URL('worker.js', BASE).href;
      const cross = BASE.origin !== location.origin;
      let client = createClient(workerUrl, { crossOrigin: cross });
      try {
        await client.ready;
      } catch {
        client.terminate();
        client = mainThreadClient();
        await client.ready;
      }
      this._client = client;
      await loadFormSchema(BASE);  // the pack's severity/confidence/category labels
      this._rulesLoaded = this._loadRules();
      await this._rulesLoaded;
      await this._loadConfidence();
      const v = JSON.parse(await client.call('version'));
      this._status('');
      this._emit('ready', { engine: v.engine, rulepack: v.rulepack });
      if (this._app) await this.check(this._app);
      return true;
    })().catch((e) => { this._fail(e); return false; });
    return this._started;
  }

  async _loadRules() {
    const src = this.getAttribute('rules-src');
    if (!this._client) return;
    try {
      if (!src) { await this._client.call('resetRules'); return; }
      const resp = await fetch(new URL(src, document.baseURI).href, { credentials: 'omit' });
      if (!resp.ok) throw new Error(`rules-src: HTTP ${resp.status}`);
      const err = await this._client.call('loadRules', await resp.text());
      if (err) throw new Error('rules-src: ' + err);
      await this._loadConfidence();
    } catch (e) { this._fail(e); }
  }

  async _loadConfidence() {
    if (!this._client) return;
    try {
      const rules = JSON.parse(await this._client.call('rules', '', this.lang));
      this._confidence = Object.fromEntries((Array.isArray(rules) ? rules : []).map((r) => [r.id, r.confidence]));
    } catch { this._confidence = {}; }
  }

  // Public: sets the application and checks it (returns the same promise as check()).
  setApplication(obj) {
    try {
      this._app = obj && typeof obj === 'object' ? obj : {};
      return this.check(this._app);
    } catch (e) { this._fail(e); return Promise.resolve(null); }
  }

  // Public: checks an application (object or JSON string). Resolves to the report object, or
  // null on failure (an `error` event says why). Never rejects.
  async check(application) {
    try {
      const app = typeof application === 'string' ? JSON.parse(application) : application;
      if (app !== undefined) this._app = app;
      const ok = await this._start();
      if (!ok) return null;
      await this._rulesLoaded;
      const seq = ++this._seq;
      this._status(t(this.lang, 'checking'));
      const bytes = encodeApplication(this._app ?? {});
      // the check's copy is transferred to the worker: keep one when there may be facts to compare
      const appBytes = this._app?.attachments && this.sections.includes('facts') ? bytes.slice() : null;
      const out = await this._client.call('check', bytes, JSON.stringify({ locale: this.lang }));
      const rep = JSON.parse(out);
      if (rep.error) throw new Error(rep.error);
      // the typed counterparts of the facts read from uploads, compared by the core
      let compare = null;
      if (appBytes && rep.facts && Object.keys(rep.facts).length) {
        try { compare = JSON.parse(await this._client.call('compareFacts', appBytes, out)); } catch { /* facts only */ }
      }
      if (seq !== this._seq) return rep;
      this._report = rep;
      this._compare = compare;
      this._status('');
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
