// Labels the page shows for the rule pack's severities, confidences and categories, and the
// category order. They live in the rule pack (core/pack/meta.json "labels"); the build copies them
// into form-schema.json (scripts/gen_form_schema.py). Without them a key is shown as is.
import { normLang } from './i18n.js';

let LABELS = { severity: {}, confidence: {}, category: [] };

export function setLabels(labels) {
  if (!labels || typeof labels !== 'object') return;
  LABELS = {
    severity: labels.severity && typeof labels.severity === 'object' ? labels.severity : {},
    confidence: labels.confidence && typeof labels.confidence === 'object' ? labels.confidence : {},
    category: Array.isArray(labels.category) ? labels.category : [],
  };
}

// form-schema.json next to `base` (the page's or the widget's URL): the flattened form
// description and the labels (which are installed here). null when it cannot be loaded.
export async function loadFormSchema(base) {
  try {
    const doc = await (await fetch(new URL('form-schema.json', base))).json();
    setLabels(doc?.labels);
    return doc;
  } catch {
    return null;
  }
}

const pick = (text, lang, key) => (text && (normLang(lang) === 'en' ? text.en : text['zh-CN'])) || key;

export const severityLabel = (lang, sev) => pick(LABELS.severity[sev], lang, sev);
export const confidenceText = (lang, c) => (c in LABELS.confidence ? pick(LABELS.confidence[c], lang, c) : '');
export function categoryLabel(lang, cat) {
  const row = LABELS.category.find((r) => r[0] === cat);
  return row ? (normLang(lang) === 'en' ? row[2] : row[1]) : cat;
}
// Category keys in display order ('other' last as the catch-all).
export function categories() {
  const keys = LABELS.category.map((r) => r[0]);
  return keys.includes('other') ? keys : keys.concat('other');
}
