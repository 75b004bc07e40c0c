// The npm package (issue 16): packs build/npm (`npm pack`), installs the tarball into an empty
// temporary folder without network (`npm install --offline`), and from there runs the README's
// Node example and the package's bin against the native CLI (byte for byte, exit codes), the
// ES module entry, and `tsc --noEmit` over a typed example (accepted) and a wrongly typed one
// (rejected). The README's browser example runs in tests/browser/suite-npm.mjs.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const { ROOT, native } = require('./util.cjs');

const PKG = path.resolve(process.env.BEIAN_NPM_DIR || path.join(ROOT, 'build/npm'));
const EXAMPLES = fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.json')).sort()
  .map((f) => path.join(ROOT, 'examples', f));

// The fenced block after `<!-- example: NAME -->` in README.md, as written.
function readmeExample(name) {
  const md = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const m = new RegExp(`<!-- example: ${name} -->\\s*\\n\`\`\`js\\n([\\s\\S]*?)\\n\`\`\`\\n`).exec(md);
  assert.ok(m, `README.md has no "<!-- example: ${name} -->" js block`);
  return m[1] + '\n';
}

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { maxBuffer: 256 << 20, ...opts });
  return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr), error: r.error };
}

let installed;  // {dir, tarball, pack}
function install() {
  if (installed) return installed;
  assert.ok(fs.existsSync(path.join(PKG, 'package.json')), 'build/npm is not built (scripts/build_npm)');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'beian-npm-'));
  const env = { ...process.env, npm_config_cache: path.join(tmp, 'cache'), npm_config_update_notifier: 'false' };
  const packed = sh('npm', ['pack', PKG, '--json', '--pack-destination', tmp], { env });
  assert.strictEqual(packed.status, 0, packed.stderr);
  const pack = JSON.parse(packed.stdout)[0];
  const dir = path.join(tmp, 'app');
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'package.json'), '{"name": "integrator", "private": true}\n');
  const inst = sh('npm', ['install', path.join(tmp, pack.filename), '--offline', '--no-audit', '--no-fund',
    '--loglevel=error'], { cwd: dir, env });
  assert.strictEqual(inst.status, 0, inst.stderr);
  installed = { tmp, dir, pack, tarball: path.join(tmp, pack.filename) };
  return installed;
}
test.after(() => { if (installed) fs.rmSync(installed.tmp, { recursive: true, force: true }); });

test('npm pack: the package holds the entries, both wasm builds, types, rule pack and changelog', () => {
  const { pack } = install();
  const files = new Set(pack.files.map((f) => f.path));
  for (const f of ['package.json', 'index.cjs', 'index.mjs', 'index.d.ts', 'index.d.mts', 'checker.mjs',
    'bin/beian-check.cjs', 'node/beian-core-npm.cjs', 'node/beian-core-npm.wasm', 'web/index.mjs',
    'web/beian-core.mjs', 'web/beian-core.wasm', 'web/widget.js', 'web/worker.js', 'web/form-schema.json',
    'types/application.d.ts', 'types/report.d.ts', 'rulepack.json', 'schemas/application.schema.json',
    'CHANGELOG.md', 'README.md']) {
    assert.ok(files.has(f), `${f} in the tarball`);
  }
  // the data files the browser module fetches next to itself (regions, IP ranges)
  for (const name of ['regions', 'ipranges']) {
    assert.ok([...files].some((f) => new RegExp(`^web/${name}\\.[0-9a-f]{12}\\.bin$`).test(f)), `web/${name}.<digest>.bin in the tarball`);
  }
  const meta = JSON.parse(fs.readFileSync(path.join(PKG, 'package.json'), 'utf8'));
  const rulepack = JSON.parse(fs.readFileSync(path.join(PKG, 'rulepack.json'), 'utf8'));
  assert.strictEqual(meta.rulePack.version, rulepack.version);
  assert.match(rulepack.version, /^\d{4}\.\d{2}\.\d{2}\+[0-9a-f]+$/);
  console.log(`# npm pack: ${pack.filename} ${pack.size} bytes packed, ${pack.unpackedSize} unpacked, ${pack.entryCount} files`);
});

test("README's Node example, run from the installed package, prints the native CLI's report", () => {
  const { dir } = install();
  fs.writeFileSync(path.join(dir, 'check.cjs'), readmeExample('node'));
  for (const file of [path.join(ROOT, 'examples/clean-enterprise.json'), path.join(ROOT, 'examples/individual-shop.json')]) {
    const r = sh(process.execPath, ['check.cjs', file], { cwd: dir });
    const nat = native([file]);
    assert.strictEqual(r.stderr, '');
    assert.strictEqual(r.stdout, nat.stdout, file);
    assert.strictEqual(r.status, nat.status, file);
  }
});

test('ES module entry: the same checker (import from the installed package)', () => {
  const { dir } = install();
  const src = "import { createChecker } from 'beian-precheck';\n" +
    "import fs from 'node:fs';\n" +
    'const c = await createChecker();\n' +
    "const app = fs.readFileSync(process.argv[2], 'utf8');\n" +
    "console.log(c.checkJson(app, { today: '2026-11-28', locale: 'en' }));\n" +
    'console.log(JSON.stringify(c.version()));\n' +
    "try { c.check('{not json'); } catch (e) { console.log(e.name); }\n" +
    "try { c.loadRules('{}'); } catch (e) { console.log(e.name); }\n" +
    "console.log(c.rules({ province: '浙江' }).length > 0, c.toSarif(c.check(app)).version);\n" +
    // the package's versioned rule pack loads as a custom pack, with the version package.json names
    "const pack = fs.readFileSync(new URL(import.meta.resolve('beian-precheck/rulepack.json')), 'utf8');\n" +
    "const meta = JSON.parse(fs.readFileSync('node_modules/beian-precheck/package.json', 'utf8'));\n" +
    "console.log(c.loadRules(pack).rulepack === meta.rulePack.version);\n";
  fs.writeFileSync(path.join(dir, 'esm.mjs'), src);
  const file = path.join(ROOT, 'examples/plan-zhejiang.json');
  const r = sh(process.execPath, ['esm.mjs', file], { cwd: dir });
  assert.strictEqual(r.status, 0, r.stderr);
  const lines = r.stdout.split('\n');
  assert.strictEqual(lines[0] + '\n', native(['--today', '2026-11-28', '--locale', 'en', file]).stdout);
  const v = JSON.parse(lines[1]);
  assert.strictEqual(`beian-check ${v.engine} (rule pack ${v.rulepack})\n`, native(['--version']).stdout);
  assert.deepStrictEqual(lines.slice(2, 6), ['BeianCheckError', 'BeianRulePackError', 'true 2.1.0', 'true']);
});

// The summary line on stderr carries timings: compared without its numbers.
const untimed = (s) => s.replace(/("(?:seconds|per_second)":)[0-9.e+-]+/g, '$1N');

test('bin beian-check: byte-identical to the native CLI on every example, every format and locale', () => {
  const { dir } = install();
  const bin = path.join(dir, 'node_modules/.bin/beian-check');
  const cases = [];
  for (const format of ['json', 'text', 'jsonl', 'sarif']) {
    for (const locale of ['zh-CN', 'en']) cases.push(['--format', format, '--locale', locale, '--today', '2026-11-28', ...EXAMPLES]);
  }
  cases.push(['--form-plan', ...EXAMPLES], ['--list-rules', '--province', '浙江', '--locale', 'en'], ['--version'],
    ['--field', '/subject/name', EXAMPLES[0]], ['--jobs', '3', '--format', 'jsonl', ...EXAMPLES]);
  for (const args of cases) {
    const r = sh(bin, args, { cwd: ROOT });
    const nat = native(args);
    const what = args.slice(0, 5).join(' ');
    assert.strictEqual(r.stdout, nat.stdout, what);
    assert.strictEqual(untimed(r.stderr), untimed(nat.stderr), what);
    assert.strictEqual(r.status, nat.status, what);
  }
});

test('bin beian-check: exit codes 0 / 1 / 2 as the native CLI, stdin included', () => {
  const { dir } = install();
  const bin = path.join(dir, 'node_modules/.bin/beian-check');
  const clean = path.join(ROOT, 'examples/clean-enterprise.json');
  const shop = path.join(ROOT, 'examples/individual-shop.json');
  const jsonl = [clean, shop].map((f) => JSON.stringify(JSON.parse(fs.readFileSync(f, 'utf8')))).join('\n') + '\nnot json\n';
  const cases = [
    [[clean], undefined, 0], [[shop], undefined, 1], [[clean, shop], undefined, 1],
    [[path.join(os.tmpdir(), 'beian-no-such-file.json')], undefined, 2], [['--format', 'xml', clean], undefined, 2],
    [['--bogus'], undefined, 2], [[], undefined, 2], [['--locale', 'fr', clean], undefined, 2],
    [['--list-rules', '--province', 'Atlantis'], undefined, 2], [['--rules', path.join(ROOT, 'README.md'), clean], undefined, 2],
    [['-'], '{"subject": 5', 2], [['--format', 'jsonl', '-'], jsonl, 2], [['--format', 'jsonl', '-'], jsonl.split('\nnot')[0] + '\n', 1],
    [['--help'], undefined, 0],
  ];
  for (const [args, input, want] of cases) {
    const r = sh(bin, args, { cwd: dir, input });
    const nat = native(args, input);
    assert.strictEqual(nat.status, want, `native ${args.join(' ')}`);
    assert.strictEqual(r.status, want, `bin ${args.join(' ')}: ${r.stderr}`);
    assert.strictEqual(r.stdout, nat.stdout, args.join(' '));
    assert.strictEqual(untimed(r.stderr), untimed(nat.stderr), args.join(' '));
  }
});

test('tsc --noEmit accepts the typed example and rejects the wrongly typed one', () => {
  const { dir } = install();
  const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
  for (const f of ['typed-ok.ts', 'typed-wrong.ts', 'tsconfig.json']) fs.copyFileSync(path.join(__dirname, 'npm', f), path.join(dir, f));
  // one project per file (tsconfig.json holds the options)
  const one = (file) => {
    const cfg = `tsconfig.${file}.json`;
    fs.writeFileSync(path.join(dir, cfg), JSON.stringify({ extends: './tsconfig.json', files: [file] }));
    return sh(process.execPath, [tsc, '-p', cfg], { cwd: dir });
  };
  const good = one('typed-ok.ts');
  assert.strictEqual(good.status, 0, good.stdout + good.stderr);
  const bad = one('typed-wrong.ts');
  assert.notStrictEqual(bad.status, 0, 'the wrongly typed example was accepted');
  const errorLines = new Set([...bad.stdout.matchAll(/typed-wrong\.ts\((\d+),\d+\)/g)].map((m) => Number(m[1])));
  const src = fs.readFileSync(path.join(dir, 'typed-wrong.ts'), 'utf8').split('\n');
  const marked = src.map((l, i) => (/\/\/ error:/.test(l) ? i + 1 : 0)).filter(Boolean);
  for (const line of marked) assert.ok(errorLines.has(line), `tsc reports line ${line}: ${src[line - 1].trim()}\n${bad.stdout}`);
});
