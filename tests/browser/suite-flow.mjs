// The guided flow (issue 13): quick check first, steps, completeness, nothing lost, seller words.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export default async function flow(h) {
  const { test, assert, newPage, openApp, loadExample, ORIGIN, ROOT, FIX, SHOTS } = h;
  const example = (name) => JSON.parse(readFileSync(join(ROOT, 'examples', name), 'utf8'));
  const visibleControls = (page) => page.$$eval('#app-form input, #app-form select, #app-form textarea',
    (els) => els.filter((e) => e.type !== 'file' && e.offsetParent !== null).map((e) => e.dataset.path || e.closest('[data-path]')?.dataset.path));
  const openSteps = async (page) => openApp(page, ORIGIN + '/', { steps: true });

  await test('t1. the first screen asks at most 8 things and answers at once', async () => {
    const { context, page } = await newPage();
    await openSteps(page);
    assert(await page.evaluate(() => document.body.dataset.step) === 'quick', 'opens on the quick check');
    const ctrls = await visibleControls(page);
    assert(ctrls.length > 0 && ctrls.length <= 8, 'at most 8 inputs on the first screen: ' + ctrls.join(' '));
    // a calm empty page: no verdict, no finding next to a field
    assert(await page.locator('#verdict-chip').isHidden(), 'no verdict chip before anything is typed');
    assert(await page.locator('#app-form .live-finding').count() === 0, 'no finding next to a field before anything is typed');
    const app = example('clean-enterprise.json');
    await page.locator('[data-quick][data-path="/subject/type"]').selectOption('enterprise');
    await page.locator('[data-quick][data-path="/subject/certificate_number"]').fill('91330106673959654Q');
    await page.locator('[data-quick][data-path="/subject/name"]').fill(app.subject.name);
    await page.locator('[data-quick][data-path="/websites/0/domains/0/name"]').fill('qinghe-tea.com');
    await page.waitForSelector('#quick-result li[data-rule="ENT-003"]', { timeout: 15000 });
    assert(['blocked', 'at_risk'].includes(await page.getAttribute('#quick-result', 'data-verdict')), 'a verdict on the basic items');
    await page.locator('[data-quick][data-path="/subject/certificate_number"]').fill(app.subject.certificate_number);
    await page.waitForFunction(() => !document.querySelector('#quick-result li[data-rule="ENT-003"]'), null, { timeout: 15000 });
    // only the quick fields' findings: nothing about the many fields not asked yet
    const rules = await page.$$eval('#quick-result li', (els) => els.map((e) => e.dataset.rule));
    assert(!rules.includes('INPUT-013'), 'the quick check does not list missing later fields: ' + rules.join(' '));
    await page.screenshot({ path: join(SHOTS, 'step-quick-1280.png') });
    assert(page.errors.length === 0, 'no page errors: ' + page.errors.join('; '));
    await context.close();
  });

  // Types a value into the focused control by keyboard only.
  async function typeValue(page, type, value) {
    const kb = page.keyboard;
    if (type === 'date') {
      const [y, m, d] = value.split('-');
      await kb.type(m + d + y); // the browser's date field order (en-US UI); retried below otherwise
      if (await page.evaluate(() => document.activeElement.value) !== value) {
        await kb.press('Backspace'); await kb.press('ArrowLeft'); await kb.press('Backspace'); await kb.press('ArrowLeft'); await kb.press('Backspace');
        await kb.type('00' + y + m + d);
      }
      return;
    }
    if (type === 'select') {
      // a region picker lists full names (浙江省 for 浙江): the seller picks the one meant
      value = await page.evaluate((v) => {
        const opts = [...document.activeElement.options].map((o) => o.value);
        return opts.includes(v) ? v : opts.find((o) => o && o.startsWith(v)) || v;
      }, value);
      for (let i = 0; i < 80 && (await page.evaluate(() => document.activeElement.value)) !== value; i++) await kb.press('ArrowDown');
      return;
    }
    await kb.type(value);
  }

  // Tab (forwards only) until the focused element satisfies `want`; Enter opens a closed <details> on the way.
  async function tabTo(page, want, max = 400) {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      const st = await page.evaluate((w) => {
        const a = document.activeElement;
        if (!a) return 'none';
        if (a.tagName === 'SUMMARY' && !a.parentElement.open && a.parentElement.querySelector(`[data-path="${w.path}"]`)) return 'summary';
        if (w.path && (a.dataset?.path === w.path || (a.type === 'checkbox' && a.closest('fieldset')?.dataset.path === w.path && a.value === w.value))) return 'hit';
        if (w.selector && a.matches(w.selector)) return 'hit';
        return 'miss';
      }, want);
      if (st === 'hit') return true;
      if (st === 'summary') await page.keyboard.press('Enter');
    }
    return false;
  }

  await test('t2. a seller completes an application through the steps by keyboard alone and reaches 可以提交', async () => {
    const { context, page } = await newPage({ locale: 'zh-CN' });
    await openSteps(page);
    const app = example('clean-enterprise.json');
    const leaves = [];
    const walk = (v, p) => {
      if (Array.isArray(v) && v.length && typeof v[0] === 'object') v.forEach((x, i) => walk(x, p + '/' + i));
      else if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) walk(x, p + '/' + k);
      else leaves.push([p, v]);
    };
    walk(app, '');
    const skip = new Set(['/schema_version', '/context/locale']);
    const todo = leaves.filter(([p, v]) => !skip.has(p) && !(Array.isArray(v) && !v.length));
    const stepOf = async (p) => page.evaluate((path) => {
      const c = [...document.querySelectorAll('#app-form [data-path][data-type]')].find((e) => e.dataset.path === path && !e.dataset.quick);
      return c?.closest('section.step')?.dataset.step || null;
    }, p);
    // the website owner is the principal: one key press copies the person
    const copied = (p) => p.startsWith('/websites/0/responsible_person/');
    const order = ['must', 'subject', 'site', 'people', 'hosting', 'docs'];
    const byStep = Object.fromEntries(order.map((s) => [s, []]));
    for (const [p, v] of todo) {
      if (copied(p)) continue;
      const s = await stepOf(p);
      assert(s && byStep[s], 'field on a step: ' + p + ' → ' + s);
      byStep[s].push([p, v]);
    }
    let presses = 0;
    const notAsked = [];
    for (const step of order) {
      // reach the step by keyboard: its button in the step list
      // (the "do I have to file?" side path is a link on the quick check)
      await page.evaluate(() => document.querySelector('.skip').focus());
      const via = step === 'must' ? 'quick' : step;
      assert(await tabTo(page, { selector: `#step-list [data-goto-step="${via}"]` }), 'step button reachable: ' + via);
      await page.keyboard.press('Enter');
      if (step === 'must') {
        assert(await tabTo(page, { selector: '#step-quick [data-goto-step="must"]' }), 'side path link');
        await page.keyboard.press('Enter');
      }
      await page.waitForFunction((s) => document.body.dataset.step === s, step);
      if (step === 'people') {
        assert(await tabTo(page, { selector: '[data-copy-from="/subject/principal"][data-copy-to="/websites/0/responsible_person"]' }), 'copy button');
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => window.beianState.app.websites?.[0]?.responsible_person?.id_number);
      }
      // in the page's order, so that Tab only moves forwards
      const fields = byStep[step];
      const pos = await page.evaluate((ps) => ps.map((p) => {
        const all = [...document.querySelectorAll('#app-form [data-path][data-type]')];
        return all.findIndex((e) => e.dataset.path === p);
      }), fields.map((f) => f[0]));
      const sorted = fields.map((f, i) => [...f, pos[i]]).sort((a, b) => a[2] - b[2]);
      await page.focus(`#step-${step}-h`);
      for (const [p, v] of sorted) {
        const kind = await page.evaluate((path) => {
          const c = [...document.querySelectorAll('#app-form [data-path][data-type]')].find((e) => e.dataset.path === path && !e.dataset.quick);
          if (!c) return null;
          if (c.tagName === 'FIELDSET') return 'multi';
          if (c.tagName === 'SELECT') return 'select';
          return c.type === 'date' ? 'date' : 'text';
        }, p);
        if (!kind) {
          // not asked: the core's form plan says it does not apply to this application
          const hiddenNow = await page.evaluate((path) => (window.beianState.plan?.hidden || []).some((h) => path === h || path.startsWith(h + '/')), p);
          assert(hiddenNow, 'control for ' + p);
          notAsked.push(p);
          continue;
        }
        if (kind === 'multi') {
          for (const val of v) {
            assert(await tabTo(page, { path: p, value: val }), `reach ${p} ${val}`);
            await page.keyboard.press('Space');
          }
          continue;
        }
        assert(await tabTo(page, { path: p }), 'reach by Tab: ' + p);
        // what the focused control is now (a picker may have replaced a text field meanwhile)
        const now = await page.evaluate(() => { const a = document.activeElement; return a.tagName === 'SELECT' ? 'select' : a.type === 'date' ? 'date' : 'text'; });
        const text = typeof v === 'boolean' ? String(v) : Array.isArray(v) ? v.join(', ') : String(v);
        await typeValue(page, now, text);
        presses++;
      }
    }
    assert(presses > 40, 'typed many fields: ' + presses);
    await page.waitForTimeout(500);
    // what was typed is the example (the page adds nothing and loses nothing)
    const typed = await page.evaluate(() => window.beianState.app);
    assert(notAsked.length < 10, 'most of the example is asked: not asked ' + notAsked.join(' '));
    const same = (a, b) => JSON.stringify(a) === JSON.stringify(b) || (typeof a === 'string' && typeof b === 'string' && a.startsWith(b) && /[省市]$/.test(a));
    const diffs = leaves.filter(([p]) => !skip.has(p) && !p.endsWith('/pre_approvals') && !notAsked.includes(p))
      .filter(([p, v]) => !same(getAt(typed, p), v));
    assert(diffs.length === 0, 'typed = example: ' + diffs.map(([p, v]) => `${p}: ${JSON.stringify(getAt(typed, p))} ≠ ${JSON.stringify(v)}`).join('; '));
    // the result step, by keyboard
    await page.evaluate(() => document.querySelector('.skip').focus());
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.body.dataset.step === 'result');
    await page.waitForSelector('#report .verdict[data-verdict="ready"]', { timeout: 15000 });
    assert(/可以提交/.test(await page.textContent('#report .verdict-title')), '可以提交');
    assert(await page.locator('#report .missing').count() === 0, 'nothing missing');
    await page.screenshot({ path: join(SHOTS, 'step-result-ready-1280.png') });
    assert(page.errors.length === 0, 'no page errors: ' + page.errors.join('; '));
    await context.close();
  });

  await test('t3. a half-filled form shows "还缺 N 项" with links, never 可以提交', async () => {
    const { context, page } = await newPage();
    await openSteps(page);
    const app = example('clean-enterprise.json');
    await page.locator('[data-quick][data-path="/subject/type"]').selectOption('enterprise');
    await page.locator('[data-quick][data-path="/subject/certificate_number"]').fill(app.subject.certificate_number);
    await page.locator('[data-quick][data-path="/subject/name"]').fill(app.subject.name);
    await page.locator('[data-quick][data-path="/websites/0/domains/0/name"]').fill('qinghe-tea.com');
    await page.waitForSelector('#report .missing li', { timeout: 15000 });
    const n = Number(await page.getAttribute('#report .missing', 'data-missing'));
    assert(n > 3, 'several items missing: ' + n);
    assert(/还缺 \d+ 项/.test(await page.textContent('#report .missing h3')), '还缺 N 项');
    assert(await page.getAttribute('#report .verdict', 'data-verdict') !== 'ready', 'not ready while items are missing');
    assert(/还缺/.test(await page.textContent('#step-list')), 'the steps say what is missing');
    // each item is a link to its field (on its step)
    const quick = ['/subject/province', '/subject/type', '/subject/certificate_number', '/subject/name', '/websites/0/domains/0/name'];
    const links = page.locator('#report .missing button.goto');
    let link = null;
    for (let i = 0; i < await links.count(); i++) if (!quick.includes(await links.nth(i).getAttribute('data-goto'))) { link = links.nth(i); break; }
    assert(link, 'a missing item beyond the quick check');
    const target = await link.getAttribute('data-goto');
    await link.click();
    await page.waitForFunction((p) => document.activeElement?.dataset?.path === p || document.activeElement?.closest('[data-path]')?.dataset.path === p, target);
    const onStep = await page.evaluate(() => document.body.dataset.step);
    assert(onStep !== 'quick' && onStep !== 'result', 'the link opened the field\'s step: ' + onStep);
    assert(page.errors.length === 0, 'no page errors: ' + page.errors.join('; '));
    await context.close();
  });

  await test('t4. a PNG dropped as the licence that is not one gets a clear message (issue 14: images are read)', async () => {
    const { context, page } = await newPage();
    await openApp(page);
    await loadExample(page, 'clean-enterprise.json');
    const png = [...readFileSync(join(ROOT, 'web/icons/icon-192.png'))];
    await page.evaluate((bytes) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes)], '营业执照.png', { type: 'image/png' }));
      const zone = document.querySelector('.dropzone[data-upload="/attachments/business_license_text"]');
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, png);
    // the picture is recognised on this device (web/doc-upload.js); it holds no licence, so the
    // zone says so and nothing becomes licence text
    const status = '.dropzone[data-upload="/attachments/business_license_text"] .upload-status';
    await page.waitForFunction((s) => /没有在这张图片里找到营业执照|No business-licence content/.test(document.querySelector(s)?.textContent || ''), status, { timeout: 60000 });
    assert(!(await page.evaluate(() => window.beianState.app.attachments?.business_license_text)), 'nothing used as licence text');
    await context.close();
  });

  await test('t5. loading an example over typed data asks first and can be undone', async () => {
    const { context, page } = await newPage();
    await openApp(page);
    await page.locator('[data-path="/subject/name"][data-type]').first().fill('我自己填的公司名称');
    page.ownDialogs = true;
    let asked = 0;
    const answer = { accept: false };
    page.on('dialog', (d) => { asked++; if (answer.accept) d.accept(); else d.dismiss(); });
    await page.selectOption('#example-select', 'individual-shop.json');
    await page.click('#example-btn');
    await page.waitForTimeout(500);
    assert(asked === 1, 'asked before replacing typed data');
    assert(await page.evaluate(() => window.beianState.app.subject?.name) === '我自己填的公司名称', 'declined: nothing replaced');
    answer.accept = true;
    await page.click('#example-btn');
    await page.waitForSelector('body[data-example="individual-shop.json"]');
    assert(asked === 2, 'asked again');
    await page.waitForSelector('#undo-bar:not([hidden])');
    await page.click('#undo-btn');
    await page.waitForFunction(() => window.beianState.app.subject?.name === '我自己填的公司名称');
    // clearing asks too
    await page.click('#clear-btn');
    await page.waitForFunction(() => !window.beianState.app.subject);
    assert(asked === 3, 'clear asks first');
    await page.click('#undo-btn');
    await page.waitForFunction(() => window.beianState.app.subject?.name === '我自己填的公司名称');
    await context.close();
  });

  await test('t6. a reload restores the autosaved draft and the step', async () => {
    const { context, page } = await newPage();
    await openSteps(page);
    await page.locator('[data-quick][data-path="/subject/name"]').fill('杭州自动保存测试有限公司');
    await page.click('#step-list [data-goto-step="site"]');
    await page.locator('[data-path="/websites/0/name"][data-type]').fill('自动保存测试网站');
    await page.waitForFunction(() => (localStorage.getItem('beian.draft') || '').includes('自动保存测试网站'));
    await page.reload();
    await page.waitForSelector('body[data-ready="1"]');
    assert(await page.evaluate(() => document.body.dataset.step) === 'site', 'back on the same step');
    assert(await page.locator('[data-path="/websites/0/name"][data-type]').inputValue() === '自动保存测试网站', 'typed website name back');
    assert(await page.evaluate(() => window.beianState.app.subject.name) === '杭州自动保存测试有限公司', 'typed subject name back');
    await context.close();
  });

  await test('t7. no JSON Pointer, schema field name or raw enum code in the seller view (every example, both languages)', async () => {
    const { context, page } = await newPage();
    await openSteps(page);
    const schema = JSON.parse(readFileSync(join(ROOT, 'site/form-schema.json'), 'utf8'));
    // every schema field name and enum code that is not also an ordinary word
    const words = new Set();
    for (const props of Object.values(schema.objects || {})) {
      for (const p of props) {
        if (/_/.test(p.k)) words.add(p.k);
        for (const o of p.options || []) if (/^[a-z0-9_]+$/.test(o[0]) && /_/.test(o[0])) words.add(o[0]);
      }
    }
    const bad = [];
    const examples = readdirNames(join(ROOT, 'examples'));
    for (const lang of ['zh-CN', 'en']) {
      if (lang === 'en') { await page.click('#lang-btn'); await page.waitForFunction(() => document.documentElement.lang === 'en'); }
      for (const name of examples) {
        await loadExample(page, name);
        await page.waitForFunction(() => window.beianState.report && document.body.dataset.empty === '0');
        for (const step of ['subject', 'site', 'docs', 'result']) {
          await page.click(`#step-list [data-goto-step="${step}"]`);
          await page.evaluate(() => { for (const d of document.querySelectorAll('#report details')) d.open = true; });
          const text = await page.evaluate(() => document.body.innerText);
          const ptr = text.match(/(^|[\s（(：:])\/(subject|websites|documents|attachments|public_security|market|context)(\/[\w-]+)*/g);
          if (ptr) bad.push(`${lang} ${name} ${step}: pointer ${ptr[0]}`);
          for (const w of text.match(/\b[a-z][a-z0-9]*(_[a-z0-9]+)+\b/g) || []) if (words.has(w)) bad.push(`${lang} ${name} ${step}: ${w}`);
          for (const w of text.match(/\b(monthly|yearly|once|colour_original|mainland|payment|user_registration)\b/g) || []) {
            if (lang === 'zh-CN') bad.push(`${lang} ${name} ${step}: ${w}`);
          }
        }
      }
    }
    const uniq = [...new Set(bad)];
    assert(uniq.length === 0, 'developer words in the seller view:\n  ' + uniq.slice(0, 40).join('\n  '));
    await context.close();
  });

  await test('t8. screenshots of every step at 1280 and 360 px', async () => {
    for (const vp of [{ width: 1280, height: 800 }, { width: 360, height: 780 }]) {
      const { context, page } = await newPage({ viewport: vp, isMobile: vp.width < 400, hasTouch: vp.width < 400 });
      await openSteps(page);
      await page.screenshot({ path: join(SHOTS, `flow-${vp.width}-0-empty.png`) });
      await loadExample(page, 'zhejiang-mismatch.json');
      for (const step of ['quick', 'subject', 'site', 'people', 'hosting', 'docs', 'psb', 'result']) {
        await page.evaluate((s) => { location.hash = '#step-' + s; }, step);
        await page.waitForFunction((s) => document.body.dataset.step === s, step);
        await page.screenshot({ path: join(SHOTS, `flow-${vp.width}-${step}.png`) });
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
      assert(overflow <= vp.width + 2, `no horizontal scroll at ${vp.width}px: ${overflow}`);
      if (vp.width < 400) {
        // the summary bar opens the result on a phone
        await page.evaluate(() => { location.hash = '#step-subject'; });
        await page.waitForSelector('#verdict-chip:not([hidden])');
        const chip = await page.textContent('#verdict-chip');
        assert(/驳回|风险|还缺|可以提交/.test(chip) && !/\d+\/\d+\/\d+/.test(chip), 'the chip reads as words: ' + chip);
        await page.click('#verdict-chip');
        await page.waitForFunction(() => document.body.dataset.step === 'result');
        assert(await page.locator('#report .verdict').isVisible(), 'the report is shown');
      }
      await context.close();
    }
  });

  await test('t9. a licence upload fills the form: "用读到的值填入"', async () => {
    const { context, page } = await newPage();
    await openApp(page);
    await loadExample(page, 'clean-enterprise.json');
    // the typed legal representative differs from the licence (王立新 in the fixture)
    const lic = readFileSync(join(FIX, 'license-gbk.txt'));
    await page.locator('[data-path="/subject/legal_representative_name"][data-type]').fill('王力新');
    await page.evaluate((bytes) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes)], 'license.txt', { type: 'text/plain' }));
      document.querySelector('.dropzone[data-upload="/attachments/business_license_text"]')
        .dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, [...lic]);
    await page.waitForSelector('#report .facts button.fill[data-fill-path="/subject/legal_representative_name"]', { timeout: 20000 });
    await page.click('#report .facts button.fill[data-fill-path="/subject/legal_representative_name"]');
    await page.waitForFunction(() => window.beianState.app.subject.legal_representative_name === '王立新');
    assert(await page.locator('[data-path="/subject/legal_representative_name"][data-type]').inputValue() === '王立新', 'field filled with the read value');
    await page.waitForSelector('#undo-bar:not([hidden])');
    assert(page.errors.length === 0, 'no page errors: ' + page.errors.join('; '));
    await context.close();
  });
}

function readdirNames(dir) { return readdirSync(dir).filter((f) => f.endsWith('.json')).sort(); }
function getAt(o, p) { return p.split('/').slice(1).reduce((v, k) => (v == null ? undefined : v[k]), o); }
