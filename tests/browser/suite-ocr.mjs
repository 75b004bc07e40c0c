// Document reading in the page (web/doc-upload.js, web/ocr-client.js, site/ocr/): licences
// rendered at test time by tests/ocr/gen_fixtures.mjs (never committed) and dropped on the licence
// upload as a PDF or a photo. Every request stays on the origin; the OCR assets work offline once
// the service worker has them.
import { join, resolve, dirname } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate } from '../ocr/gen_fixtures.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const LIC = '/attachments/business_license_text';
const input = `[data-upload-input="${LIC}"]:not([capture])`;
const zone = `.dropzone[data-upload="${LIC}"]`;

export default async function ({ test, assert, newPage, openApp, field, browser, ORIGIN, SHOTS }) {
  const dir = join(ROOT, 'build/ocr-fixtures/browser');
  if (!existsSync(join(dir, 'truth.json'))) await generate({ count: 2, out: dir });
  const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
  const [a, b] = truth;
  const certs = existsSync(join(dir, 'certs.json')) ? JSON.parse(readFileSync(join(dir, 'certs.json'), 'utf8')) : [];

  const watch = (context) => {
    const foreign = [];
    context.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith(ORIGIN + '/') && !u.startsWith('blob:') && !u.startsWith('data:')) foreign.push(u);
    });
    return foreign;
  };
  const facts = (page) => page.evaluate(() => window.beianState.report?.facts?.license || null);
  const waitFacts = (page, key, value) => page.waitForFunction(([k, v]) =>
    window.beianState.report?.facts?.license?.[k] === v, [key, value], { timeout: 60000 });
  const fillAll = async (page) => {
    await page.locator('#report .facts .fill-all').first().click();
  };

  await test('u1. a text PDF licence fills every field (pdf.js, lazily loaded, same origin)', async () => {
    const { context, page } = await newPage();
    const foreign = watch(context);
    const ocrFetches = [];
    context.on('request', (r) => { if (r.url().includes('/ocr/')) ocrFetches.push(r.url()); });
    await openApp(page);
    assert(ocrFetches.length === 0, 'no ocr/ asset on the first load: ' + ocrFetches.join(' '));
    await page.setInputFiles(input, join(dir, a.id + '.pdf'));
    await waitFacts(page, 'credit_code', a.credit_code);
    const f = await facts(page);
    const want = { name: a.name, credit_code: a.credit_code, type: a.type, legal_representative: a.legal_representative,
      registered_capital: a.registered_capital, established: a.established, valid_from: a.established,
      valid_until: a.valid_until, address: a.address, authority: a.authority };
    for (const [k, v] of Object.entries(want)) assert(f[k] === v, `${k}: ${f[k]} ≠ ${v}`);
    await fillAll(page);
    await page.waitForFunction((v) => document.querySelector('[data-path="/subject/certificate_number"][data-type]')?.value === v, a.credit_code);
    assert(await field(page, '/subject/name').inputValue() === a.name, 'name filled');
    assert(await field(page, '/subject/legal_representative_name').inputValue() === a.legal_representative, 'legal representative filled');
    assert(ocrFetches.some((u) => u.includes('/ocr/pdf/')) && !ocrFetches.some((u) => u.includes('/ocr/tess/')), 'pdf.js only: ' + ocrFetches.length);
    assert(foreign.length === 0, 'no request leaves the origin: ' + foreign.join(' '));
    assert(page.errors.length === 0, 'no page errors: ' + page.errors.join(' | '));
    await context.close();
  });

  await test('u2. a licence photo: confirm, then credit code, name and legal representative fill; offline after first use', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on('dialog', (d) => d.accept());
    const foreign = watch(context);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await openApp(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
    const t0 = Date.now();
    await page.setInputFiles(input, join(dir, a.id + '-photo.png'));
    await page.waitForSelector('.ocr-review', { timeout: 90000 });
    const first = Date.now() - t0;
    await page.screenshot({ path: join(SHOTS, 'u2-ocr-review.png'), fullPage: false });
    const code = await page.locator('.ocr-review [data-ocr-value="credit_code"] span').first().textContent();
    assert(code === a.credit_code, `credit code read: ${code}`);
    assert(await page.locator('.ocr-review canvas.ocr-crop').count() >= 3, 'each value shows its image region');
    // and the whole image, with the region of the row in focus outlined
    const shown = () => page.locator('.ocr-review canvas.ocr-whole').getAttribute('data-ocr-shown');
    assert(await page.locator('.ocr-review canvas.ocr-whole').count() === 1, 'the whole image is shown');
    await page.locator('.ocr-review input[data-ocr-field="legal_representative"]').first().focus();
    assert(await shown() === 'legal_representative', 'focusing a row outlines its region: ' + await shown());
    assert(await page.locator('.ocr-review tr.ocr-current[data-ocr-row="legal_representative"]').count() === 1, 'the row is marked current');
    // nothing is used before the seller confirms
    assert(!(await facts(page))?.credit_code, 'no facts before confirmation');
    for (const k of ['name', 'legal_representative']) {
      const box = page.locator(`.ocr-review input[data-ocr-field="${k}"]`).first();
      if (!(await box.isChecked())) await box.check();  // below the gate: the seller confirms it
    }
    await page.click('.ocr-review .ocr-use');
    await waitFacts(page, 'credit_code', a.credit_code);
    await fillAll(page);
    await page.waitForFunction((v) => document.querySelector('[data-path="/subject/certificate_number"][data-type]')?.value === v, a.credit_code);
    assert(await field(page, '/subject/name').inputValue() === a.name, 'name filled: ' + await field(page, '/subject/name').inputValue());
    assert(await field(page, '/subject/legal_representative_name').inputValue() === a.legal_representative, 'legal representative filled');
    // offline, after a reload: the page and every OCR asset come from the service worker's cache
    await context.setOffline(true);
    const resp = await page.reload();
    assert(resp && resp.fromServiceWorker(), 'reload served by the service worker');
    await page.waitForSelector('body[data-ready="1"]', { timeout: 30000 });
    if (!(await page.evaluate(() => document.body.classList.contains('all-steps')))) await page.click('#all-steps-btn');
    const t1 = Date.now();
    await page.setInputFiles(input, join(dir, b.id + '-clean.png'));
    await page.waitForSelector('.ocr-review', { timeout: 90000 });
    const second = Date.now() - t1;
    const code2 = await page.locator('.ocr-review [data-ocr-value="credit_code"] span').first().textContent();
    assert(code2 === b.credit_code, `offline credit code read: ${code2}`);
    await page.click('.ocr-review .ocr-discard');
    await context.setOffline(false);
    console.log(`  (first photo incl. loading ${first} ms; second, offline ${second} ms)`);
    assert(foreign.length === 0, 'no request leaves the origin: ' + foreign.join(' '));
    assert(errors.length === 0, 'no page errors: ' + errors.join(' | '));
    await context.close();
  });

  await test('u3. a licence of another company: the credit code differs from the form (ENT-025)', async () => {
    const { context, page } = await newPage();
    await openApp(page);
    await field(page, '/subject/type').selectOption('enterprise');
    await field(page, '/subject/certificate_type').selectOption('business_license');
    await field(page, '/subject/certificate_number').fill(b.credit_code);
    await page.setInputFiles(input, join(dir, a.id + '-clean.png'));
    await page.waitForSelector('.ocr-review', { timeout: 90000 });
    await page.click('.ocr-review .ocr-use');
    await page.waitForSelector('#report .finding[data-rule="ENT-025"]', { timeout: 30000 });
    const msg = await page.locator('#report .finding[data-rule="ENT-025"] .message').first().textContent();
    assert(msg.includes(a.credit_code) && msg.includes(b.credit_code), 'names both codes: ' + msg);
    await context.close();
  });

  await test('u5. a domain certificate: its PDF fills the domain\'s dates; a photo of it for another subject gives DOM-021', async () => {
    assert(certs.length >= 1, 'a certificate fixture (tests/ocr/gen_fixtures.mjs)');
    const c = certs[0];
    const CERT = '[data-upload-input="domain_certificates"]:not([capture])';
    const { context, page } = await newPage();
    const foreign = watch(context);
    await openApp(page);
    await field(page, '/subject/type').selectOption('enterprise');
    await field(page, '/subject/name').fill(c.holder);
    await field(page, '/websites/0/domains/0/name').fill(c.domain);
    // the PDF: read on the device, no review needed (a text layer), facts and the comparison
    await page.setInputFiles(CERT, join(dir, c.id + '.pdf'));
    await page.waitForFunction((h) => window.beianState.report?.facts?.domain_certificates?.[0]?.holder === h, c.holder, { timeout: 60000 });
    const f = await page.evaluate(() => window.beianState.report.facts.domain_certificates[0]);
    assert(f.domain === c.domain && f.registered === c.registered && f.expires === c.expires, 'facts: ' + JSON.stringify(f));
    assert(await page.locator('#report .finding[data-rule="DOM-021"]').count() === 0, 'the holder is the subject: no DOM-021');
    // "fill all" writes the certificate's dates into the domain's fields
    await page.locator('#report .facts .fact-block', { hasText: c.domain }).locator('.fill-all').first().click();
    await page.waitForFunction((v) => document.querySelector('[data-path="/websites/0/domains/0/expires_on"][data-type]')?.value === v, c.expires);
    assert(await field(page, '/websites/0/domains/0/registered_on').inputValue() === c.registered, 'registration date filled');
    assert(await field(page, '/websites/0/domains/0/registrant').inputValue() === c.holder, 'holder filled');
    // the photo, for a filing by another company: the core's holder check blocks (DOM-021; the
    // typed holder is cleared, else DOM-009 reports the domain from the form and DOM-021 keeps quiet)
    await field(page, '/websites/0/domains/0/registrant').fill('');
    await field(page, '/subject/name').fill('杭州另一家科技有限公司');
    await page.click('[data-remove="/attachments/domain_certificates/0"]');
    await page.setInputFiles(CERT, join(dir, c.id + '-clean.png'));
    await page.waitForSelector('.ocr-review', { timeout: 90000 });
    const dom = await page.locator('.ocr-review [data-ocr-value="domain"] span').first().textContent();
    assert(dom === c.domain, 'domain read from the photo: ' + dom);
    assert(await page.locator('.ocr-review canvas.ocr-whole').count() === 1, 'the whole certificate is shown');
    const holderBox = page.locator('.ocr-review input[data-ocr-field="holder"]').first();
    if (!(await holderBox.isChecked())) await holderBox.check();
    await page.click('.ocr-review .ocr-use');
    await page.waitForSelector('#report .finding[data-rule="DOM-021"]', { timeout: 30000 }).catch(async (e) => {
      throw new Error(e.message + ' findings: ' + await page.evaluate(() => JSON.stringify(window.beianState.report?.findings?.map((x) => x.rule))));
    });
    const cls = await page.locator('#report .finding[data-rule="DOM-021"]').first().getAttribute('class');
    assert(/\bsev-block\b/.test(cls), 'DOM-021 blocks: ' + cls);
    assert(foreign.length === 0, 'no request leaves the origin: ' + foreign.join(' '));
    assert(page.errors.length === 0, 'no page errors: ' + page.errors.join(' | '));
    await context.close();
  });

  await test('u4. a picture that is not a licence gives a clear message; ID cards are never OCRed', async () => {
    const { context, page } = await newPage();
    await openApp(page);
    // a plain picture (the app's icon), named .txt: the type comes from the bytes
    const png = readFileSync(join(ROOT, 'web/icons/icon-512.png'));
    await page.setInputFiles(input, { name: 'licence.txt', mimeType: 'text/plain', buffer: png });
    await page.waitForFunction((z) => /没有在这张图片里找到营业执照/.test(document.querySelector(z + ' .upload-status')?.textContent || ''), zone, { timeout: 90000 });
    const idInput = page.locator('[data-upload-input="id_card_texts"]');
    if (await idInput.count()) {
      await idInput.first().setInputFiles(join(dir, a.id + '-clean.png'));
      await page.waitForFunction(() => /身份证图片不做识别/.test(document.querySelector('.dropzone[data-upload="id_card_texts"] .upload-status')?.textContent || ''));
    }
    assert(page.errors.length === 0, 'no page errors: ' + page.errors.join(' | '));
    // on a desktop the licence zone offers the picker only; on a phone also the camera (capture)
    assert(!(await page.locator(`${zone} label.camera`).isVisible()), 'no camera button on a desktop');
    await context.close();
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const pp = await phone.newPage();
    await openApp(pp);
    const cam = pp.locator(`${zone} input[capture]`);
    assert(await cam.getAttribute('capture') === 'environment' && (await cam.getAttribute('accept')) === 'image/*', 'camera input');
    assert(await pp.locator(`${zone} label.camera`).isVisible(), 'camera button on a phone');
    await cam.setInputFiles(join(dir, a.id + '-photo.png'));
    await pp.waitForSelector('.ocr-review', { timeout: 90000 });
    await phone.close();
  });
}
