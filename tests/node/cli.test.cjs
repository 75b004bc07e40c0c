// The batch modes of the native CLI (build/native/beian-check): --format jsonl over files and over
// standard input (one application per line), the summary line on stderr, --format sarif, exit
// codes. Run with `node --test tests/node/`.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { ROOT, native } = require('./util.cjs');

const EX = (name) => path.join(ROOT, 'examples', name);

const run = native;
function summary(stderr) {
  const line = stderr.split('\n').find((l) => l.startsWith('beian-check summary: '));
  assert.ok(line, `no summary line in stderr: ${stderr}`);
  return JSON.parse(line.slice('beian-check summary: '.length));
}
function lines(stdout) {
  return stdout.split('\n').filter((l) => l.length).map((l) => JSON.parse(l));
}
const base = JSON.parse(fs.readFileSync(EX('clean-enterprise.json'), 'utf8'));
base.context = Object.assign({}, base.context, { today: '2026-11-28' });
// `n` distinct applications, one JSON document per line; every 5th has a bad credit code.
function apps(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const a = JSON.parse(JSON.stringify(base));
    a.websites[0].domains[0].name = `site${i}-tea.com`;
    a.websites[0].home_url = `https://www.site${i}-tea.com/`;
    if (i % 5 === 4) a.subject.certificate_number = '91330106673959654';
    out.push(JSON.stringify(a));
  }
  return out;
}

test('exit codes: 0 without block findings, 1 with, 2 for unreadable input', () => {
  assert.strictEqual(run(['--today', '2026-11-28', EX('clean-enterprise.json')]).status, 0);
  assert.strictEqual(run(['--today', '2026-11-28', EX('individual-shop.json')]).status, 1);
  const missing = run([path.join(os.tmpdir(), 'beian-no-such-file.json')]);
  assert.strictEqual(missing.status, 2);
  assert.match(missing.stderr, /cannot read/);
  assert.strictEqual(run(['--format', 'xml', EX('clean-enterprise.json')]).status, 2);
});

test('jsonl over files: one report line per file, in order, and a summary on stderr', () => {
  const files = ['clean-enterprise.json', 'individual-shop.json', 'plan-zhejiang.json'].map(EX);
  const r = run(['--format', 'jsonl', '--today', '2026-11-28', ...files]);
  const out = lines(r.stdout);
  assert.strictEqual(out.length, files.length);
  for (let i = 0; i < files.length; i++) {
    const single = run(['--format', 'json', '--today', '2026-11-28', files[i]]);
    const { input, ...report } = out[i];
    assert.strictEqual(input, files[i]);
    assert.deepStrictEqual(report, JSON.parse(single.stdout), files[i]);
  }
  const s = summary(r.stderr);
  assert.strictEqual(s.applications, 3);
  assert.strictEqual(s.errors, 0);
  assert.strictEqual((s.ready || 0) + (s.at_risk || 0) + (s.blocked || 0), 3);
  assert.strictEqual(r.status, 1); // individual-shop has block findings
});

test('jsonl over stdin: one application per line, blank lines skipped, errors as lines', () => {
  const good = apps(3);
  const input = [good[0], 'not json', '', '   ', good[1], '{"subject": 5', good[2]].join('\n') + '\n';
  const r = run(['--format', 'jsonl', '-'], input);
  const out = lines(r.stdout);
  assert.strictEqual(out.length, 5);
  assert.ok(Array.isArray(out[0].findings));
  assert.deepStrictEqual(Object.keys(out[1]).sort(), ['error', 'input']);
  assert.strictEqual(out[1].input, 'stdin:2');
  assert.match(out[1].error, /not valid JSON/);
  assert.ok(Array.isArray(out[2].findings));
  assert.strictEqual(out[3].input, 'stdin:6');
  assert.ok(Array.isArray(out[4].findings));
  const s = summary(r.stderr);
  assert.strictEqual(s.applications, 5);
  assert.strictEqual(s.errors, 2);
  assert.ok(s.per_second > 0 && s.seconds >= 0);
  assert.strictEqual(r.status, 2);
  // CRLF line ends (a file saved on Windows) are read the same.
  const crlf = run(['--format', 'jsonl', '-'], good.join('\r\n') + '\r\n');
  assert.strictEqual(lines(crlf.stdout).length, 3);
  assert.strictEqual(summary(crlf.stderr).errors, 0);
});

test('jsonl over stdin: a batch of 300 applications equals 300 single checks', () => {
  const batch = apps(300);
  const r = run(['--format', 'jsonl', '-'], batch.join('\n') + '\n');
  const out = lines(r.stdout);
  assert.strictEqual(out.length, 300);
  const s = summary(r.stderr);
  assert.strictEqual(s.applications, 300);
  assert.strictEqual(s.errors, 0);
  assert.strictEqual(s.blocked, 60); // every 5th has a 17-character credit code
  for (const i of [0, 4, 299]) {
    const single = run(['--format', 'json', '-'], batch[i]);
    const { input, ...report } = out[i];
    assert.strictEqual(input, `stdin:${i + 1}`);
    assert.deepStrictEqual(report, JSON.parse(single.stdout), `line ${i + 1}`);
  }
});

test('sarif: one SARIF 2.1.0 log with a run per input, results pointing at the input', () => {
  const files = [EX('clean-enterprise.json'), EX('individual-shop.json')];
  const r = run(['--format', 'sarif', '--today', '2026-11-28', ...files]);
  const log = JSON.parse(r.stdout);
  assert.strictEqual(log.version, '2.1.0');
  assert.match(log.$schema || '', /sarif/);
  assert.strictEqual(log.runs.length, 2);
  for (let i = 0; i < files.length; i++) {
    const run_ = log.runs[i];
    assert.strictEqual(run_.tool.driver.name.length > 0, true);
    const report = JSON.parse(run(['--format', 'json', '--today', '2026-11-28', files[i]]).stdout);
    assert.strictEqual(run_.results.length, report.findings.length, files[i]);
    const levels = new Set(run_.results.map((x) => x.level));
    for (const l of levels) assert.ok(['error', 'warning', 'note', 'none'].includes(l), l);
    const ids = new Set(run_.tool.driver.rules.map((x) => x.id));
    for (const res of run_.results) assert.ok(ids.has(res.ruleId), `${res.ruleId} has a rule descriptor`);
  }
  assert.strictEqual(r.status, 1);
});

test('sarif --locale en: results and rule descriptors in English', () => {
  const r = run(['--format', 'sarif', '--locale', 'en', '--today', '2026-11-28', EX('individual-shop.json')]);
  const log = JSON.parse(r.stdout);
  const en = JSON.parse(run(['--format', 'json', '--locale', 'en', '--today', '2026-11-28', EX('individual-shop.json')]).stdout);
  // Result messages are the English report's message + fix; descriptors carry the English titles
  // (which may quote Chinese filing terms, so no "no Chinese at all" check).
  assert.strictEqual(log.runs[0].results[0].message.text.split('\n')[0], en.findings[0].message);
  const rules = JSON.parse(run(['--list-rules', '--locale', 'en']).stdout);
  const titles = new Map(rules.map((x) => [x.id, x.title]));
  for (const d of log.runs[0].tool.driver.rules) assert.strictEqual(d.shortDescription.text, titles.get(d.id), d.id);
});

test('sarif: an unreadable input still gives a SARIF log', () => {
  const r = run(['--format', 'sarif', path.join(os.tmpdir(), 'beian-no-such-file.json')]);
  assert.strictEqual(r.status, 2);
  const log = JSON.parse(r.stdout);
  assert.strictEqual(log.version, '2.1.0');
});

test('jsonl: every report line names its input, and is the json report otherwise', () => {
  const files = [EX('clean-enterprise.json'), EX('individual-shop.json')];
  const r = run(['--format', 'jsonl', ...files]);
  const got = lines(r.stdout);
  assert.strictEqual(got.length, 2);
  const raw = r.stdout.split('\n').filter((l) => l.length);
  got.forEach((l, i) => {
    assert.strictEqual(l.input, files[i]);
    // Without "input" the line is the json report, byte for byte.
    const prefix = '{"input":' + JSON.stringify(files[i]) + ',';
    assert.ok(raw[i].startsWith(prefix));
    assert.strictEqual('{' + raw[i].slice(prefix.length) + '\n', run([files[i]]).stdout);
  });
  const s = run(['--format', 'jsonl', '-'], '\n{"subject":{"name":"x"}}\n');
  assert.strictEqual(lines(s.stdout)[0].input, 'stdin:2');
});

test('--jobs: the same bytes on 1, 2 and 3 threads, in input order (no shared mutable state)', () => {
  // Every pack example, every example and the ready corpus, plus a line that is not JSON and an
  // unreadable file among real files.
  const pack = JSON.parse(fs.readFileSync(path.join(ROOT, 'build/native/gen/rulepack.json'), 'utf8'));
  const lines = [];
  for (const r of pack.rules) for (const e of r.examples || []) lines.push(JSON.stringify(e.app));
  for (const dir of ['examples', 'tests/corpus/ready'])
    for (const n of fs.readdirSync(path.join(ROOT, dir)).filter((x) => x.endsWith('.json')).sort())
      lines.push(JSON.stringify(JSON.parse(fs.readFileSync(path.join(ROOT, dir, n), 'utf8'))));
  lines.splice(7, 0, 'not json');
  const input = lines.join('\n');
  const one = run(['--today', '2026-11-28', '--format', 'jsonl', '--jobs', '1', '-'], input);
  assert.ok(one.stdout.split('\n').filter(Boolean).length === lines.length, 'one line per input');
  for (const jobs of ['2', '3']) {
    const many = run(['--today', '2026-11-28', '--format', 'jsonl', '--jobs', jobs, '-'], input);
    assert.strictEqual(many.status, one.status);
    assert.ok(many.stdout === one.stdout, `--jobs ${jobs} differs from --jobs 1`);
  }
  const files = [EX('clean-enterprise.json'), path.join(os.tmpdir(), 'beian-no-such-file.json'), EX('individual-shop.json')];
  const a = run(['--format', 'jsonl', '--jobs', '1', ...files]);
  const b = run(['--format', 'jsonl', '--jobs', '2', ...files]);
  assert.strictEqual(a.status, 2);
  assert.strictEqual(b.status, 2);
  assert.strictEqual(b.stdout, a.stdout);
  assert.strictEqual(run(['--jobs', '0', EX('clean-enterprise.json')]).status, 2);
  assert.strictEqual(run(['--jobs', 'x', EX('clean-enterprise.json')]).status, 2);
});
