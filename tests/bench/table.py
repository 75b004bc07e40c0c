#!/usr/bin/env python3
"""Merges the native (Google Benchmark JSON, median of wall time), wasm and JS figures (median of wall time too) (tests/bench/wasm_bench.cjs) and
the batch CLI summary into one table (scripts/bench). Ratios are time ratios: wasm/native > 1 means
wasm is slower; JS/wasm > 1 means wasm is faster than the JS baseline.

    tests/bench/table.py DIR [--markdown | --json]    (DIR holds native.json, wasm.json, batch.txt)

--json prints the figures the targets are judged on and the targets (met or not) as one JSON
object instead of the table (tests/node/bench_table.test.cjs).
Exit status 0; the target check is printed, not enforced (shared machines are noisy).
"""
import json
import os
import statistics
import sys

ROWS = [
    # key in wasm.json, native benchmark name, label, show MB/s
    ('cold_first_check', None, 'cold start: load + instantiate + first full check (Node)', False),
    ('check_typical', 'BM_CheckTypical', 'full check, typical application (form + WHOIS + 100 KB HTML)', False),
    ('check_typical_page', 'BM_CheckTypical', 'the same, the page\'s module (compiled for size; the rows above and below: the Node build, compiled for speed)', False),
    ('check_form', 'BM_CheckForm', 'full check, form only', False),
    ('check_field', 'BM_CheckField', 'field check (/subject/name), typical application with its uploads', False),
    ('read_whois', 'BM_ReadWhois', 'WHOIS reader (one reply)', False),
    ('read_license', 'BM_ReadLicense', 'licence-text reader (one licence)', False),
    ('read_html_100k', 'BM_ReadHtml100k', 'HTML reader, 100 KB page', True),
    ('address', 'BM_Address', 'address comparison (two addresses)', False),
    ('scan_1mb', 'BM_Scan1MB', 'text scan, 1 MB Chinese HTML', True),
    ('scan_20mb', 'BM_Scan20MB', 'text scan, 20 MB Chinese HTML', True),
    ('scan_1mb_embind_copy', 'BM_Scan1MB', 'text scan 1 MB, bytes via embind std::string', True),
    ('scan_20mb_embind_copy', 'BM_Scan20MB', 'text scan 20 MB, bytes via embind std::string', True),
]
UNIT = {'ns': 1e-6, 'us': 1e-3, 'ms': 1.0, 's': 1e3}


def fmt_ms(ms):
    if ms is None:
        return '–'
    if ms < 0.1:
        return '%.1f µs' % (ms * 1000)
    if ms < 10:
        return '%.2f ms' % ms
    return '%.0f ms' % ms


def batch_summary(d, name):
    """The CLI's summary lines (stderr of the batch runs, scripts/bench: five rounds) in DIR/name:
    the run with the median rate, with 'runs' (their count) and 'rates' (all of them); or None."""
    try:
        s = open(os.path.join(d, name), encoding='utf-8').read()
        runs = [json.loads(l.split(': ', 1)[1]) for l in s.splitlines()
                if l.startswith('beian-check summary: ')]
    except (OSError, ValueError):
        return None
    if not runs:
        return None
    runs.sort(key=lambda r: r['per_second'])
    out = dict(runs[(len(runs) - 1) // 2])
    out['runs'] = len(runs)
    out['rates'] = [r['per_second'] for r in runs]
    return out


def native_medians(path):
    """Google Benchmark's JSON at path as {benchmark: {'ms': ...}}: the median of the repetitions'
    wall time (the wasm side: median of per-round wall time). Raises OSError, ValueError or
    KeyError when the file is missing or not such JSON."""
    out = {}
    for b in json.load(open(path))['benchmarks']:
        if b.get('run_type') == 'aggregate' and b.get('aggregate_name') != 'median':
            continue
        out[b.get('run_name', b['name']).split('/')[0]] = {'ms': b['real_time'] * UNIT[b.get('time_unit', 'ns')]}
    return out


def main():
    d = sys.argv[1]
    md = '--markdown' in sys.argv
    as_json = '--json' in sys.argv
    native = {}
    try:
        native = native_medians(os.path.join(d, 'native.json'))
    except (OSError, ValueError, KeyError) as e:
        print('table: no native figures (%s)' % e, file=sys.stderr)
    wasm = {}
    try:
        wj = json.load(open(os.path.join(d, 'wasm.json')))
        wasm = wj['results']
    except (OSError, ValueError, KeyError) as e:
        print('table: no wasm figures (%s)' % e, file=sys.stderr)
        wj = {}
    # The typical check's extra rounds (scripts/bench: native and wasm in turn): each side's
    # median over every round, the first included.
    rounds = {'BM_CheckTypical': [], 'check_typical': [], 'check_typical_page': []}
    typical_rounds = 1
    if native.get('BM_CheckTypical', {}).get('ms'):
        rounds['BM_CheckTypical'].append(native['BM_CheckTypical']['ms'])
    for key in ('check_typical', 'check_typical_page'):
        if wasm.get(key, {}).get('ms'):
            rounds[key].append(wasm[key]['ms'])
    for k in range(2, 10):
        try:
            nr = native_medians(os.path.join(d, 'typical.native.%d.json' % k))
            wr = json.load(open(os.path.join(d, 'typical.wasm.%d.json' % k)))['results']
        except (OSError, ValueError, KeyError):
            continue
        typical_rounds += 1
        if nr.get('BM_CheckTypical'):
            rounds['BM_CheckTypical'].append(nr['BM_CheckTypical']['ms'])
        for key in ('check_typical', 'check_typical_page'):
            if wr.get(key, {}).get('ms'):
                rounds[key].append(wr[key]['ms'])
    if typical_rounds > 1:
        if rounds['BM_CheckTypical']:
            native.setdefault('BM_CheckTypical', {})['ms'] = statistics.median(rounds['BM_CheckTypical'])
        for key in ('check_typical', 'check_typical_page'):
            if rounds[key]:
                wasm.setdefault(key, {})['ms'] = statistics.median(rounds[key])
    native[None] = {}
    for key, bname, _label, _mbps in ROWS:
        size = wasm.get(key, {}).get('bytes')
        if size and native.get(bname, {}).get('ms'):
            native[bname]['mbps'] = size / (1 << 20) / (native[bname]['ms'] / 1000)
    head = ['workload', 'native', 'wasm', 'JS RegExp', 'wasm/native', 'JS/wasm']
    rows = []
    for key, bname, label, mbps in ROWS:
        n = native.get(bname, {}).get('ms')
        w = wasm.get(key, {}).get('ms')
        j = wasm.get('js_' + key.replace('_embind_copy', ''), {}).get('ms')

        def cell(ms, size_mbps):
            if ms is None:
                return '–'
            return fmt_ms(ms) + (' (%.0f MB/s)' % size_mbps if mbps and size_mbps else '')
        if key in ('check_typical', 'check_typical_page') and typical_rounds > 1:
            label += '; median of %d rounds, native and wasm in turn' % typical_rounds
        rows.append([label,
                     cell(n, native.get(bname, {}).get('mbps')),
                     cell(w, wasm.get(key, {}).get('mbps')),
                     cell(j, wasm.get('js_' + key.replace('_embind_copy', ''), {}).get('mbps')),
                     '%.2f' % (w / n) if n and w else '–',
                     '%.2f' % (j / w) if j and w else '–'])
    # the page's worker in Chromium (tests/bench/chromium_cold.mjs; absent without a built site)
    cold_chromium = None
    try:
        cj = json.load(open(os.path.join(d, 'chromium.json')))
        c = cj['cold_first_check_chromium']
        cold_chromium = c['ms']
        rows.insert(1, ['cold start: the page\'s worker loads the module and checks (Chromium %s; '
                        'module ready %s%s)' % (cj.get('chromium', ''), fmt_ms(c.get('ready_ms')),
                                                 ': its scripts %s, then the core %s' % (
                                                     fmt_ms(c['scripts_ms']), fmt_ms(c['core_ms']))
                                                 if c.get('scripts_ms') is not None
                                                 and c.get('core_ms') is not None else ''),
                        '–', fmt_ms(cold_chromium), '–', '–', '–'])
    except (OSError, ValueError, KeyError):
        pass
    # the page loaded in a fresh context (tests/bench/page_load.mjs; no emulated network)
    try:
        pj = json.load(open(os.path.join(d, 'page.json')))[0]
        rows.insert(2, ['page load in Chromium, this machine: the core ready, the page ready '
                        '(form built, first answers shown); the demo host\'s first widget ready '
                        '%s' % fmt_ms(pj['widget_ms']),
                        '–', '%s, %s' % (fmt_ms(pj['core_ms']), fmt_ms(pj['page_ms'])),
                        '–', '–', '–'])
    except (OSError, ValueError, KeyError, IndexError):
        pass
    summ = batch_summary(d, 'batch.txt')
    summ2 = batch_summary(d, 'batch2.txt')
    for jobs, sm in (('1', summ), ('2', summ2)):
        if sm:
            rows.append(['batch CLI, %d applications (jsonl, --jobs %s%s)'
                         % (sm['applications'], jobs,
                            '; median of %d runs' % sm['runs'] if sm['runs'] > 1 else ''),
                         '%.0f apps/s' % sm['per_second'], '–', '–', '–', '–'])
    widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(len(head))]
    if md and not as_json:
        print('| ' + ' | '.join(head) + ' |')
        print('|' + '|'.join('---' for _ in head) + '|')
        for r in rows:
            print('| ' + ' | '.join(r) + ' |')
    elif not as_json:
        print('  '.join(h.ljust(w) for h, w in zip(head, widths)))
        for r in rows:
            print('  '.join(str(c).ljust(w) for c, w in zip(r, widths)))
    # Targets (issue 7).
    def t(key, bname):
        return wasm.get(key, {}).get('ms'), native.get(bname, {}).get('ms'), wasm.get('js_' + key, {}).get('ms')
    checks = []  # (id, what, met, value)
    for key, bname in (('scan_1mb', 'BM_Scan1MB'), ('scan_20mb', 'BM_Scan20MB')):
        w, n, j = t(key, bname)
        if w and j:
            checks.append((key + '_vs_js', '%s: wasm ≥ 2.5× JS' % key, j / w >= 2.5, '%.2f×' % (j / w)))
        if w and n:
            checks.append((key + '_vs_native', '%s: wasm ≥ 0.6× native' % key, n / w >= 0.6, '%.2f×' % (n / w)))
    w, n, _ = t('check_typical', 'BM_CheckTypical')
    if w and n:
        checks.append(('typical_ratio', 'typical check: wasm within 1.5× native (the Node build)', w / n <= 1.5,
                       '%.2f×' % (w / n)))
    wp, n, _ = t('check_typical_page', 'BM_CheckTypical')
    if wp and n:
        checks.append(('typical_ratio_page', 'typical check: the page\'s module within 1.5× native', wp / n <= 1.5,
                       '%.2f×' % (wp / n)))
    for key, bname in (('check_field', 'BM_CheckField'),):
        w, n, _ = t(key, bname)
        if n:
            checks.append(('field_native', 'field check native < 0.2 ms', n < 0.2, fmt_ms(n)))
        if w:
            checks.append(('field_wasm', 'field check wasm < 0.2 ms', w < 0.2, fmt_ms(w)))
    cold = wasm.get('cold_first_check', {}).get('ms')
    if cold:
        checks.append(('cold_node', 'cold first check (Node) <= 50 ms', cold <= 50, fmt_ms(cold)))
    if cold_chromium:
        checks.append(('cold_chromium', 'cold first check (Chromium, the page\'s worker) <= 50 ms', cold_chromium <= 50,
                       fmt_ms(cold_chromium)))
    n = native.get('BM_ReadHtml100k', {}).get('mbps')
    if n:
        checks.append(('html_reader', 'HTML reader native >= 200 MB/s', n >= 200, '%.0f MB/s' % n))
    if summ:
        checks.append(('batch', 'batch >= 5,000 applications/s on one core', summ['per_second'] >= 5000,
                       '%.0f/s' % summ['per_second']))
    if summ and summ2:
        checks.append(('batch_jobs2', 'batch --jobs 2 near-linear (>= 1.7x --jobs 1)',
                       summ2['per_second'] >= 1.7 * summ['per_second'],
                       '%.2fx' % (summ2['per_second'] / summ['per_second'])))
    if as_json:
        print(json.dumps({
            'typical_rounds': typical_rounds,
            'typical_ms': {'native': native.get('BM_CheckTypical', {}).get('ms'),
                           'wasm': wasm.get('check_typical', {}).get('ms'),
                           'page': wasm.get('check_typical_page', {}).get('ms')},
            'batch': {'jobs1': summ and summ['per_second'], 'jobs2': summ2 and summ2['per_second'],
                      'runs': summ and summ['runs']},
            'targets': {cid: {'target': name, 'met': bool(ok), 'value': val}
                        for cid, name, ok, val in checks},
        }, ensure_ascii=False))
        return
    if wj.get('scan_words'):
        print('\nscan word set: %d words (tests/bench/gen_data.py SCAN_LISTS); JS baseline: one RegExp '
              'alternation, flags gi, matchAll over a JS string' % wj['scan_words'])
    print('\ntargets:')
    for _, name, ok, val in checks:
        print('  [%s] %s (%s)' % ('ok' if ok else 'MISS', name, val))


if __name__ == '__main__':
    main()
