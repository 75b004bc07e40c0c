// Rule-pack versioning (issue 16): a fingerprint per rule of what decides whether and how hard it
// fires (severity, confidence, provinces, paths, params, variants' severities/provinces/
// confidence, engine/evaluated/restates — not its wording or examples) and per word list, kept in
// docs/rulepack-fingerprints.json. A rule or list whose fingerprint changes needs a CHANGELOG.md
// entry naming it under the pack version's heading (`## YYYY.MM.DD`); tests/node/changelog.test.cjs
// holds the snapshot to the built pack and every recorded change to its entry.
//
//   node scripts/rulepack_fingerprints.mjs            report what differs from the snapshot
//   node scripts/rulepack_fingerprints.mjs --update   record it (refused while CHANGELOG.md does not
//                                                     name every changed, added or removed ID)
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SNAPSHOT = path.join(ROOT, 'docs/rulepack-fingerprints.json');
export const CHANGELOG = path.join(ROOT, 'CHANGELOG.md');
export const BASELINE = 'baseline';

const TEXT = new Set(['title', 'message', 'fix', 'source', 'reject_quote', 'examples', 'category',
  'reason', 'example_exempt', 'id']);

function canonical(v) {
  if (Array.isArray(v)) return '[' + v.map(canonical).join(',') + ']';
  if (v && typeof v === 'object') {
    return '{' + Object.keys(v).sort().map((k) => JSON.stringify(k) + ':' + canonical(v[k])).join(',') + '}';
  }
  return JSON.stringify(v);
}
const hash = (v) => crypto.createHash('sha256').update(canonical(v)).digest('hex').slice(0, 16);

// The part of a rule that decides its findings (not their words).
export function condition(rule) {
  const out = {};
  for (const [k, v] of Object.entries(rule)) {
    if (TEXT.has(k)) continue;
    if (k === 'variants') {
      out.variants = Object.fromEntries(Object.entries(v || {}).map(([name, variant]) => [name,
        Object.fromEntries(Object.entries(variant).filter(([vk]) => !TEXT.has(vk)))]));
    } else {
      out[k] = v;
    }
  }
  return out;
}

// {version, rules: {ID: {severity, fingerprint}}, lists: {NAME: {fingerprint}}} of a built pack.
export function fingerprints(pack) {
  const rules = {};
  for (const r of pack.rules) rules[r.id] = { severity: r.severity, fingerprint: hash(condition(r)) };
  const lists = {};
  for (const [name, list] of Object.entries(pack.lists || {})) lists[name] = { fingerprint: hash(list) };
  return { version: String(pack.version).split('+')[0], rules, lists };
}

// CHANGELOG.md: {version: text of its section}.
export function changelogSections(text) {
  const out = {};
  let current = null;
  for (const line of text.split('\n')) {
    const m = /^## +(\S+)/.exec(line);
    if (m) { current = m[1]; out[current] = out[current] || ''; continue; }
    if (current) out[current] += line + '\n';
  }
  return out;
}
export const names = (section, id) =>
  new RegExp(`(^|[^A-Z0-9-])${id.replace(/[-]/g, '\\-')}([^0-9A-Z-]|$)`).test(section || '');

// What differs between the built pack and the snapshot: [{kind, id, what}].
export function diff(built, snap) {
  const out = [];
  for (const kind of ['rules', 'lists']) {
    const now = built[kind];
    const was = (snap[kind]) || {};
    for (const [id, f] of Object.entries(now)) {
      const s = was[id];
      if (!s) out.push({ kind, id, what: 'added' });
      else if (s.fingerprint !== f.fingerprint) {
        out.push({ kind, id, what: s.severity !== f.severity ? `severity ${s.severity} → ${f.severity}` : 'condition changed' });
      }
    }
    for (const id of Object.keys(was)) if (!now[id]) out.push({ kind, id, what: 'removed' });
  }
  return out;
}

function main() {
  const packPath = process.argv.slice(2).find((a) => !a.startsWith('--')) ||
    path.join(ROOT, 'build/native/gen/rulepack.json');
  const built = fingerprints(JSON.parse(fs.readFileSync(packPath, 'utf8')));
  const snap = fs.existsSync(SNAPSHOT) ? JSON.parse(fs.readFileSync(SNAPSHOT, 'utf8')) : { rules: {}, lists: {}, removed: {} };
  const changes = diff(built, snap);
  const seed = !fs.existsSync(SNAPSHOT);
  const sections = changelogSections(fs.existsSync(CHANGELOG) ? fs.readFileSync(CHANGELOG, 'utf8') : '');
  const missing = changes.filter((c) => !names(sections[built.version], c.id));
  for (const c of changes) console.log(`${c.id}: ${c.what}${names(sections[built.version], c.id) ? '' : ' (not in CHANGELOG.md)'}`);
  if (!process.argv.includes('--update')) {
    console.log(changes.length ? `${changes.length} difference(s) from the snapshot` : 'snapshot is current');
    return;
  }
  if (!seed && missing.length) {
    console.error(`refused: CHANGELOG.md has no entry naming ${missing.map((c) => c.id).join(', ')} under "## ${built.version}"`);
    process.exit(1);
  }
  const next = { pack: built.version, rules: {}, lists: {}, removed: Object.assign({}, snap.removed || {}) };
  for (const kind of ['rules', 'lists']) {
    for (const [id, f] of Object.entries(built[kind])) {
      const s = (snap[kind] || {})[id];
      const changed = !s || s.fingerprint !== f.fingerprint;
      next[kind][id] = { ...f, since: seed ? BASELINE : changed ? built.version : s.since };
      delete next.removed[id];
    }
  }
  for (const c of changes) if (c.what === 'removed') next.removed[c.id] = built.version;
  // one line per rule or list (reviewable diffs)
  const block = (o) => !Object.keys(o).length ? '{}' : '{\n' + Object.keys(o).sort().map((k) => `  ${JSON.stringify(k)}: ${JSON.stringify(o[k])}`).join(',\n') + '\n }';
  fs.writeFileSync(SNAPSHOT, `{\n "pack": ${JSON.stringify(next.pack)},\n "rules": ${block(next.rules)},\n` +
    ` "lists": ${block(next.lists)},\n "removed": ${block(next.removed)}\n}\n`);
  console.log(`wrote ${path.relative(ROOT, SNAPSHOT)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
