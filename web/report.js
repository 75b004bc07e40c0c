// Renders a report (from the core) into DOM. Shared by the page and the widget. It only shows
// what the core returned: no rule is evaluated here.
import { t } from './i18n.js';
import { severityLabel, confidenceText, categoryLabel, categories } from './labels.js';
import { getAt } from './pointer.js';
import { byteSpanToIndices } from './decode.js';

// Builds an element: attrs class/text/on<event>/other attributes, then children (also used by
// form.js).
export function el(tag, attrs = {}, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const k of kids.flat()) if (k != null) e.append(k);
  return e;
}

export const ALL_SECTIONS = ['verdict', 'applicability', 'findings', 'plan', 'facts'];

export function categoryOf(f) {
  return categories().includes(f.category) && f.category !== 'other' ? f.category : 'other';
}

export function confidenceLabel(lang, c) {
  return c ? confidenceText(lang, c) : '';
}

// Excerpt of an attachment with the span highlighted (UTF-8 byte offsets -> string indices).
export function spanExcerpt(text, span, context = 160) {
  const { start, end } = byteSpanToIndices(text, span.offset, span.length);
  const a = Math.max(0, start - context), b = Math.min(text.length, end + context);
  return el('pre', { class: 'excerpt' },
    (a > 0 ? '…' : '') + text.slice(a, start),
    el('mark', { text: text.slice(start, end) }),
    text.slice(end, b) + (b < text.length ? '…' : ''));
}

// "Still missing N items": the core's completeness list, each item a link to its field.
function missingBlock(report, ctx) {
  const miss = Array.isArray(report.completeness?.missing) ? report.completeness.missing : [];
  if (!miss.length) return null;
  const { lang } = ctx;
  return el('div', { class: 'missing', 'data-missing': String(miss.length) },
    el('h3', { text: t(lang, 'missing_n', { n: miss.length }) }),
    el('ul', {}, miss.map((m) => el('li', { 'data-path': m.path ?? '' },
      ctx.onField && typeof m.path === 'string'
        ? el('button', { type: 'button', class: 'link goto', 'data-goto': m.path, onclick: () => ctx.onField(m.path), text: m.label || t(lang, 'whole_app') })
        : el('span', { text: m.label || '' })))));
}

function verdictBlock(report, ctx) {
  const lang = ctx.lang;
  const v = ['ready', 'at_risk', 'blocked'].includes(report.verdict) ? report.verdict : 'at_risk';
  const s = report.summary || {};
  const missing = Array.isArray(report.completeness?.missing) ? report.completeness.missing.length : 0;
  return el('div', { class: 'verdict verdict-' + v, 'data-verdict': v },
    el('div', { class: 'verdict-title' }, el('span', { class: 'verdict-icon', 'aria-hidden': 'true', text: v === 'ready' ? '✓' : v === 'blocked' ? '✕' : '!' }),
      el('strong', { text: t(lang, 'verdict_' + v) })),
    el('p', { class: 'verdict-sub', text: missing && v !== 'blocked' ? t(lang, 'verdict_incomplete_sub', { n: missing }) : t(lang, 'verdict_' + v + '_sub') }),
    el('p', { class: 'counts' },
      el('span', { class: 'count sev-block', text: t(lang, 'count_block', { n: s.block ?? 0 }) }),
      el('span', { class: 'count sev-warn', text: t(lang, 'count_warn', { n: s.warn ?? 0 }) }),
      el('span', { class: 'count sev-info', text: t(lang, 'count_info', { n: s.info ?? 0 }) }),
      el('span', { class: 'count rules', text: t(lang, 'count_rules', { n: s.rules_evaluated ?? 0 }) })),
    missingBlock(report, ctx));
}

function applicabilityBlock(report, lang) {
  const a = report.applicability;
  if (!a) return null;
  const m = ['yes', 'no', 'unknown'].includes(a.must_file) ? a.must_file : 'unknown';
  return el('section', { class: 'applicability must-' + m, 'data-must-file': m },
    el('h3', { text: t(lang, 'applicability') }),
    el('p', { class: 'must' }, el('strong', { text: t(lang, 'must_' + m) })),
    Array.isArray(a.reasons) && a.reasons.length ? el('ul', {}, a.reasons.map((r) => el('li', { text: r }))) : null);
}

function findingItem(f, ctx) {
  const { lang } = ctx;
  const sev = ['block', 'warn', 'info'].includes(f.severity) ? f.severity : 'info';
  const conf = ctx.confidence?.[f.rule];
  const also = Array.isArray(f.also) ? f.also.filter((r) => typeof r === 'string') : [];
  const li = el('li', { class: 'finding sev-' + sev, 'data-rule': f.rule, 'data-path': f.path ?? '',
    'data-also': also.length ? also.join(' ') : null });
  li.append(el('div', { class: 'finding-head' },
    el('span', { class: 'badge sev-' + sev, text: severityLabel(lang, sev) }),
    el('code', { class: 'rule-id', text: f.rule }),
    conf ? el('span', { class: 'conf conf-' + conf, title: conf, text: confidenceLabel(lang, conf) }) : null),
  el('p', { class: 'message', text: f.message || '' }));
  const dl = el('dl', {});
  if (f.fix) dl.append(el('dt', { text: t(lang, 'fix') }), el('dd', { text: f.fix }));
  if (f.evidence) dl.append(el('dt', { text: t(lang, 'evidence') }), el('dd', { class: 'evidence', text: f.evidence }));
  if (f.source) dl.append(el('dt', { text: t(lang, 'source') }), el('dd', { class: 'source', text: f.source }));
  if (also.length) dl.append(el('dt', { text: t(lang, 'also') }), el('dd', { class: 'also' }, also.map((r) => el('code', { text: r + ' ' }))));
  // Every hit (merged hits of one rule in one website's pages carry `spans`), else the one span.
  const spans = Array.isArray(f.spans) && f.spans.length ? f.spans : f.span ? [f.span] : [];
  for (const span of spans) {
    const text = span && typeof span.attachment === 'string' && ctx.app ? getAt(ctx.app, span.attachment) : undefined;
    if (typeof text !== 'string') continue;
    dl.append(el('dt', { text: t(lang, 'in_upload') }), el('dd', {},
      spanExcerpt(text, span),
      ctx.onSpan ? el('button', { type: 'button', class: 'link goto', onclick: () => ctx.onSpan(span),
        text: t(lang, 'go_field') }) : null));
  }
  if (f.path !== undefined) {
    const label = ctx.fieldLabel ? ctx.fieldLabel(f.path) : '';
    dl.append(el('dt', { text: t(lang, 'field') }), el('dd', {},
      label && ctx.onField
        ? el('button', { type: 'button', class: 'link goto', 'data-goto': f.path, onclick: () => ctx.onField(f.path), text: label })
        : el('span', { text: label || t(lang, 'whole_app') }),
      el('code', { class: 'ptr dev-only', text: ' ' + (f.path || '/') })));
  }
  li.append(dl);
  return li;
}

function findingsBlock(report, ctx) {
  const { lang } = ctx;
  const sec = el('section', { class: 'findings' }, el('h3', { text: t(lang, 'findings') }));
  const list = Array.isArray(report.findings) ? report.findings : [];
  if (!list.length) { sec.append(el('p', { text: t(lang, 'no_findings') })); return sec; }
  const groups = new Map();
  for (const f of list) {
    const c = categoryOf(f);
    if (!groups.has(c)) groups.set(c, []);
    groups.get(c).push(f);
  }
  // groups with rejections first, then risks, then notes; within a level in the category order
  const rank = (c) => { const fs = groups.get(c); return fs.some((f) => f.severity === 'block') ? 0 : fs.some((f) => f.severity === 'warn') ? 1 : 2; };
  const cats = categories();
  const order = cats.filter((c) => groups.has(c)).sort((a, b) => rank(a) - rank(b) || cats.indexOf(a) - cats.indexOf(b));
  for (const c of order) {
    const fs = groups.get(c);
    const worst = fs.some((f) => f.severity === 'block') ? 'block' : fs.some((f) => f.severity === 'warn') ? 'warn' : 'info';
    const det = el('details', { class: 'group sev-' + worst, 'data-category': c, open: worst !== 'info' || ctx.openAll ? true : null },
      el('summary', {}, el('span', { class: 'group-name', text: categoryLabel(lang, c) }),
        el('span', { class: 'group-count', text: ` (${fs.length})` })),
      el('ul', { class: 'finding-list' }, fs.map((f) => findingItem(f, ctx))));
    sec.append(det);
  }
  return sec;
}

function planBlock(report, lang) {
  const p = report.plan;
  if (!p || typeof p !== 'object') return null;
  const sec = el('section', { class: 'plan' }, el('h3', { text: t(lang, 'plan') }));
  if (typeof p.estimated_days === 'number') sec.append(el('p', { text: t(lang, 'estimated_days', { n: p.estimated_days }) }));
  if (typeof p.delay_cost_cny_per_day === 'number') sec.append(el('p', { class: 'delay', text: t(lang, 'delay_cost', { n: p.delay_cost_cny_per_day.toLocaleString(lang) }) }));
  if (Array.isArray(p.deadlines) && p.deadlines.length) {
    sec.append(el('h4', { text: t(lang, 'deadlines') }), el('table', { class: 'deadlines' },
      el('tbody', {}, p.deadlines.map((d) => el('tr', {},
        el('td', { class: 'due' }, el('time', { datetime: d.due || '', text: d.due || '' })),
        el('td', {}, el('div', { text: d.what || '' }), d.basis ? el('div', { class: 'basis', text: d.basis }) : null))))));
  }
  if (Array.isArray(p.costs) && p.costs.length) {
    sec.append(el('h4', { text: t(lang, 'costs') }), el('table', { class: 'costs' },
      el('tbody', {}, p.costs.map((c) => el('tr', {},
        el('td', { text: c.item || '' }),
        el('td', { class: 'num', text: (c.min_cny === c.max_cny || c.max_cny == null) ? (c.min_cny == null ? '—' : `¥${c.min_cny}`) : t(lang, 'cost_range', { min: c.min_cny ?? 0, max: c.max_cny }) }),
        el('td', { class: 'note', text: [c.mandatory === true ? t(lang, 'mandatory') : c.mandatory === false ? t(lang, 'optional') : '', c.recurring && c.recurring !== 'none' ? t(lang, 'recurring', { r: c.recurring_label || c.cycle_label || t(lang, 'recurring_any') }) : ''].filter(Boolean).join(' · ') }))))));
  }
  return sec;
}

let showLabel = '', fillLabel = '', fillCtx = null;
// What "fill with the read value" would write: the core's comparison names the form field (path)
// and the value it read; only offered where the typed value is empty or differs.
function fillOf(read, cmp) {
  if (!fillCtx?.onFill || !cmp || typeof cmp.path !== 'string') return null;
  const value = cmp.read ?? read;
  if (value == null || Array.isArray(value) || typeof value === 'object') return null;
  if (cmp.typed != null && cmp.same !== false) return null;
  return { path: cmp.path, value: String(value) };
}
// cmp: the core's comparison of this fact (compareFacts): {typed, same, path, read}; same/differs is the core's.
function factRow(label, read, cmp, show) {
  const typed = cmp?.typed;
  const decided = typed != null && read != null && typeof cmp.same === 'boolean';
  const fill = fillOf(read, cmp);
  const tr = el('tr', { class: decided ? (cmp.same ? 'same' : 'differs') : '', 'data-fill': fill ? fill.path : null },
    el('th', { scope: 'row', text: label }),
    el('td', {}, read == null ? '' : Array.isArray(read) ? read.join(', ') : String(read),
      show && read != null ? el('button', { type: 'button', class: 'link show-span', onclick: show, text: showLabel }) : null,
      fill ? el('button', { type: 'button', class: 'link fill', 'data-fill-path': fill.path, onclick: () => fillCtx.onFill([fill]), text: fillLabel }) : null),
    el('td', { text: typed == null ? '' : Array.isArray(typed) ? typed.join(', ') : String(typed) }));
  tr.fill = fill; // the table's "fill all" writes every row's value in one step (one undo)
  return tr;
}

function factTable(lang, title, rows) {
  const fills = rows.filter(Boolean).map((r) => r.fill).filter(Boolean);
  return el('div', { class: 'fact-block' }, el('h4', { text: title }),
    fills.length > 1 ? el('button', { type: 'button', class: 'button fill-all', onclick: () => fillCtx.onFill(fills), text: t(lang, 'fill_all') }) : null,
    el('table', { class: 'facts-table' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: '' }), el('th', { scope: 'col', text: t(lang, 'facts_read') }), el('th', { scope: 'col', text: t(lang, 'facts_typed') }))),
    el('tbody', {}, rows)));
}

function factsBlock(report, ctx) {
  const { lang } = ctx;
  const cmp = ctx.compare || {};
  showLabel = t(lang, 'show_in_text');
  fillLabel = t(lang, 'fill_read');
  fillCtx = ctx;
  const f = report.facts || {};
  const sec = el('section', { class: 'facts' }, el('h3', { text: t(lang, 'facts') }));
  let any = false;
  if (f.license && typeof f.license === 'object') {
    any = true;
    const L = f.license;
    const C = cmp.license || {};
    const zh = lang !== 'en';
    // where in the licence text each value was read (UTF-8 byte spans): click to select it there
    const at = (k) => {
      const sp = L.spans && L.spans[k];
      if (!sp || !ctx.onSpan) return null;
      return () => ctx.onSpan({ attachment: '/attachments/business_license_text', offset: sp.offset, length: sp.length });
    };
    sec.append(factTable(lang, t(lang, 'facts_license'), [
      factRow(zh ? '名称' : 'Name', L.name, C.name, at('name')),
      factRow(zh ? '统一社会信用代码' : 'Credit code', L.credit_code, C.credit_code, at('credit_code')),
      L.registration_number ? factRow(zh ? '注册号（旧版执照）' : 'Registration number (old licence)', L.registration_number, undefined, at('registration_number')) : null,
      factRow(zh ? '类型' : 'Type', L.type, undefined, at('type')),
      factRow(zh ? '住所' : 'Address', L.address, C.address, at('address')),
      factRow(L.legal_representative_label || (zh ? '法定代表人' : 'Legal representative'), L.legal_representative, C.legal_representative, at('legal_representative')),
      factRow(zh ? '经营范围' : 'Business scope', L.business_scope, C.business_scope, at('business_scope')),
      factRow(zh ? '营业期限自' : 'Valid from', L.valid_from, C.valid_from, at('valid_from')),
      factRow(zh ? '营业期限至' : 'Valid until', L.valid_until, C.valid_until, at('valid_until')),
    ].filter(Boolean)));
  }
  if (Array.isArray(f.whois) && f.whois.length) {
    any = true;
    const zh = lang !== 'en';
    f.whois.forEach((w, i) => {
      const d = (Array.isArray(cmp.whois) && cmp.whois[i]) || {};
      sec.append(factTable(lang, `${t(lang, 'facts_whois')} ${i + 1}${w.domain ? ' · ' + w.domain : ''}`, [
        factRow(zh ? '域名持有者' : 'Registrant', w.registrant, d.registrant),
        factRow(zh ? '注册商' : 'Registrar', w.registrar, d.registrar),
        factRow(zh ? '注册日期' : 'Created', w.created, d.created),
        factRow(zh ? '到期日期' : 'Expires', w.expires, d.expires),
        factRow(zh ? '状态' : 'Status', w.status, undefined),
        factRow(zh ? 'DNS 服务器' : 'Name servers', w.name_servers, undefined),
      ]));
    });
  }
  if (Array.isArray(f.domain_certificates) && f.domain_certificates.length) {
    any = true;
    const zh = lang !== 'en';
    f.domain_certificates.forEach((c, i) => {
      const d = (Array.isArray(cmp.domain_certificates) && cmp.domain_certificates[i]) || {};
      // where in the certificate text each value was read: click to select it there
      const at = (k) => {
        const sp = c.spans && c.spans[k];
        if (!sp || !ctx.onSpan || typeof c.attachment !== 'string') return null;
        return () => ctx.onSpan({ attachment: c.attachment, offset: sp.offset, length: sp.length });
      };
      sec.append(factTable(lang, `${t(lang, 'cert_n', { n: i + 1 })}${c.domain ? ' · ' + c.domain : ''}`, [
        factRow(zh ? '域名持有者' : 'Holder', c.holder, d.registrant, at('holder')),
        factRow(zh ? '注册商' : 'Registrar', c.registrar, d.registrar, at('registrar')),
        factRow(zh ? '注册日期' : 'Registered', c.registered, d.created, at('registered')),
        factRow(zh ? '到期日期' : 'Expires', c.expires, d.expires, at('expires')),
      ]));
    });
  }
  if (Array.isArray(f.site_pages) && f.site_pages.length) {
    any = true;
    const zh = lang !== 'en';
    f.site_pages.forEach((p, i) => {
      const c = (Array.isArray(cmp.site_pages) && cmp.site_pages[i]) || {};
      sec.append(factTable(lang, `${t(lang, 'facts_pages')} ${i + 1}${p.url ? ' · ' + p.url : ''}`, [
        p.title != null ? factRow(zh ? '页面标题' : 'Page title', p.title, undefined) : null,
        factRow(zh ? 'ICP 备案号' : 'ICP numbers', p.icp_numbers, c.icp_numbers),
        factRow(zh ? '公安备案号' : 'Public-security numbers', p.psb_numbers, c.psb_numbers),
        factRow(zh ? '链接到工信部备案系统' : 'Links to beian.miit.gov.cn', p.links_to_miit == null ? null : t(lang, p.links_to_miit ? 'yes' : 'no'), undefined),
        factRow(zh ? '链接到公安备案系统' : 'Links to beian.mps.gov.cn', p.links_to_mps == null ? null : t(lang, p.links_to_mps ? 'yes' : 'no'), undefined),
      ].filter(Boolean)));
    });
  }
  if (!any) sec.append(el('p', { class: 'hint', text: t(lang, 'facts_none') }));
  return sec;
}

// ctx: {lang, confidence, app, compare (the core's compareFacts of this report), sections (array),
//       fieldLabel(path), onField(path), onSpan(span)}
export function renderReport(root, report, ctx) {
  const want = new Set(ctx.sections && ctx.sections.length ? ctx.sections : ALL_SECTIONS);
  const lang = ctx.lang;
  const kids = [];
  if (report.engine || report.today) {
    kids.push(el('p', { class: 'meta', text: t(lang, 'generated', { today: report.today || '', engine: report.engine?.version || '', pack: report.engine?.rulepack_version || '' }) }));
  }
  if (want.has('verdict')) kids.push(verdictBlock(report, ctx));
  if (want.has('applicability')) kids.push(applicabilityBlock(report, lang));
  if (want.has('findings')) kids.push(findingsBlock(report, ctx));
  if (want.has('plan')) kids.push(planBlock(report, lang));
  if (want.has('facts')) kids.push(factsBlock(report, ctx));
  root.replaceChildren(...kids.filter(Boolean));
}

// Small list of findings for one field (the live check next to the input).
export function renderFieldFindings(root, findings, lang) {
  root.replaceChildren();
  for (const f of findings) {
    const sev = ['block', 'warn', 'info'].includes(f.severity) ? f.severity : 'info';
    root.append(el('p', { class: 'live-finding sev-' + sev, 'data-rule': f.rule },
      el('span', { class: 'badge sev-' + sev, text: severityLabel(lang, sev) }), ' ',
      el('span', { text: f.message || f.rule }), ' ', el('code', { class: 'rule-id', text: f.rule })));
  }
}

export function announceText(report, lang) {
  const s = report.summary || {};
  return t(lang, 'announce', { verdict: t(lang, 'verdict_' + report.verdict), block: s.block ?? 0, warn: s.warn ?? 0, info: s.info ?? 0 });
}
