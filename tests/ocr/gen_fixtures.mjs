// Renders made-up business licences and domain certificates (域名证书) with Chromium
// (playwright-core, Debian's /usr/bin/chromium): per document a text PDF and PNG images in three
// conditions, each with a red seal (over the licence's authority and date, over the certificate's
// issuer):
//   clean     1754×1240, straight
//   degraded  downscaled to 60 %, rotated 0.8°, grey paper
//   photo     perspective, blur, noise, uneven light
// and, next to each PNG, the page's own preprocessing (web/ocr-client.js preprocess: red channel,
// scale) as *.pre.png with its scale, so Node's tesseract.js sees what the browser would.
// Certificates come in three registrar layouts (one column "label：value" with the issuer at the
// bottom; a bilingual table, "域名 / Domain Name" beside the value; two label/value pairs per line), as cert001… with certs.json as their
// truth. With --count 2 or less (the quick set of scripts/test) one certificate, its PDF and its
// clean image only.
// Never committed: written to build/ocr-fixtures/ (or OUT) at test time.
//
//   node tests/ocr/gen_fixtures.mjs [--count N] [--out DIR] [--seed S]
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, extname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const opt = (n, d) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : d; };
const COUNT = Number(opt('--count', 3));
const OUT = resolve(ROOT, opt('--out', 'build/ocr-fixtures'));
let seed = Number(opt('--seed', 7));
const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const pick = (a) => a[Math.floor(rnd() * a.length)];

const A = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function creditCode() {
  const region = pick(['330106', '110108', '440305', '310115', '320506']);
  let body = pick(['91', '92', '93']) + region;
  const org = [];
  for (let i = 0; i < 8; i++) org.push(pick([...(i < 2 ? '0123456789' : '0123456789ABCDEFGHJKLMNPQRTUWXY')]));
  // organisation code (GB 11714) check character
  const ow = [3, 7, 9, 10, 5, 8, 4, 2];
  const ov = (c) => (c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 55);
  const s = org.reduce((a, c, i) => a + ov(c) * ow[i], 0);
  const oc = 11 - (s % 11);
  body += org.join('') + (oc === 10 ? 'X' : oc === 11 ? '0' : String(oc));
  const sum = [...body].reduce((a, c, i) => a + A.indexOf(c) * W[i], 0);
  return body + A[(31 - (sum % 31)) % 31];
}
const CITIES = [['杭州', '浙江省杭州市西湖区', '杭州市西湖区市场监督管理局'], ['北京', '北京市海淀区', '北京市海淀区市场监督管理局'],
  ['深圳', '广东省深圳市南山区', '深圳市市场监督管理局'], ['上海', '上海市浦东新区', '上海市浦东新区市场监督管理局'],
  ['苏州', '江苏省苏州市工业园区', '苏州工业园区市场监督管理局']];
const WORDS = ['云帆', '星河', '青禾', '远航', '明德', '海纳', '嘉禾', '博远', '华采', '智联', '锦程', '安信'];
const TRADES = ['科技', '电子商务', '网络科技', '贸易', '信息技术'];
const SURN = ['张', '王', '李', '赵', '陈', '刘', '杨', '黄', '周', '吴'];
const GIVEN = ['伟', '芳', '敏', '静', '磊', '洋', '婷', '强', '军', '丽华', '建国', '晓明'];
const TYPES = ['有限责任公司（自然人投资或控股）', '有限责任公司（自然人独资）', '其他有限责任公司'];
const CAP = ['壹佰万元整', '伍拾万元整', '贰佰万元整', '壹仟万元整'];

function licence(i) {
  const [city, addr, auth] = pick(CITIES);
  const y = 2012 + Math.floor(rnd() * 12), m = 1 + Math.floor(rnd() * 12), d = 1 + Math.floor(rnd() * 28);
  const p2 = (n) => String(n).padStart(2, '0');
  return {
    id: 'lic' + String(i + 1).padStart(3, '0'),
    credit_code: creditCode(),
    name: city + pick(WORDS) + pick(TRADES) + '有限公司',
    type: pick(TYPES),
    legal_representative: pick(SURN) + pick(GIVEN),
    registered_capital: pick(CAP),
    established: `${y}-${p2(m)}-${p2(d)}`,
    established_zh: `${y}年${p2(m)}月${p2(d)}日`,
    valid_until: rnd() < 0.5 ? '长期' : `${y + 20}-${p2(m)}-${p2(d - 1 || 1)}`,
    address: addr + pick(['文三路', '学院路', '科技园路', '创业大道']) + (1 + Math.floor(rnd() * 300)) + '号' + pick(['', (2 + Math.floor(rnd() * 20)) + '楼']),
    business_scope: '一般项目：技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；互联网销售（除销售需要许可的商品）；软件开发；信息系统集成服务。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）',
    authority: auth,
  };
}

function until(l) {
  return l.valid_until === '长期' ? '长期' : l.valid_until.replace(/^(\d+)-(\d+)-(\d+)$/, '$1年$2月$3日');
}

function html(l, cond) {
  const row = (k, v) => `<div class="row"><span class="k">${k}</span><span class="v">${v}</span></div>`;
  const paper = cond === 'degraded' ? '#d8d8d8' : cond === 'photo' ? '#f1ede4' : '#fff';
  const tf = cond === 'photo' ? 'transform: perspective(1600px) rotateX(7deg) rotateY(-5deg) scale(0.93); filter: blur(1.1px);' :
    cond === 'degraded' ? 'transform: rotate(0.8deg);' : '';
  return `<!doctype html><meta charset="utf-8"><style>
  html,body{margin:0;background:${cond === 'photo' ? '#6b6358' : paper}}
  .sheet{width:1754px;height:1240px;box-sizing:border-box;padding:70px 110px;background:${paper};position:relative;${tf}
    font-family:'WenQuanYi Micro Hei',sans-serif;color:#111;overflow:hidden}
  h1{font-size:84px;letter-spacing:30px;text-align:center;margin:10px 0 20px;font-weight:bold}
  .code{font-size:30px;margin-bottom:40px}.code .v{letter-spacing:1px}
  .cols{display:flex;gap:70px}.col{flex:1}
  .row{display:flex;font-size:32px;line-height:44px;margin:18px 0}
  .k{width:200px;flex:none;white-space:pre}.v{flex:1}
  .foot{position:absolute;right:150px;bottom:110px;font-size:32px;line-height:48px;text-align:center}
  .seal{position:absolute;right:170px;bottom:40px;width:300px;height:300px}
  .noise{position:absolute;inset:0;opacity:${cond === 'photo' ? 0.2 : 0};background-image:url("data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' width='300' height='300'><filter id='n'><feTurbulence type='fractalNoise' baseFrequency='0.9' numOctaves='2'/></filter><rect width='300' height='300' filter='url(%23n)'/></svg>")}
  .light{position:absolute;inset:0;background:${cond === 'photo' ? 'radial-gradient(circle at 30% 20%, rgba(255,255,255,.25), rgba(0,0,0,.18))' : 'none'}}
  </style><div class="sheet"><h1>营业执照</h1>
  <div class="code">统一社会信用代码　<span class="v">${l.credit_code}</span></div>
  <div class="cols"><div class="col">
  ${row('名　　称', l.name)}${row('类　　型', l.type)}${row('法定代表人', l.legal_representative)}${row('经营范围', l.business_scope)}
  </div><div class="col">
  ${row('注册资本', l.registered_capital)}${row('成立日期', l.established_zh)}${row('营业期限', l.established_zh + '至' + until(l))}${row('住　　所', l.address)}
  </div></div>
  <div class="foot">登记机关　${l.authority}<br>${l.established_zh}</div>
  <canvas class="seal" width="300" height="300"></canvas>
  <script>{ // the seal is a picture, as on real electronic licences (not in the PDF's text layer)
    const c = document.querySelector('canvas.seal').getContext('2d');
    c.strokeStyle = c.fillStyle = 'rgba(220,20,30,.85)'; c.lineWidth = 10;
    c.beginPath(); c.arc(150, 150, 140, 0, 7); c.stroke();
    c.font = '34px "WenQuanYi Micro Hei"'; c.textAlign = 'center';
    c.fillText(${JSON.stringify(l.authority.slice(0, 8))}, 150, 95); c.fillText('登记专用章', 150, 240);
    c.font = '90px sans-serif'; c.fillText('★', 150, 185); }</script>
  <div class="noise"></div><div class="light"></div></div>`;
}

// ---- domain certificates ---------------------------------------------------------------------
const SLD = ['yunfan', 'xinghe', 'qinghe', 'yuanhang', 'mingde', 'haina', 'jiahe', 'boyuan', 'huacai', 'zhilian'];
const SUFFIX = ['.cn', '.com', '.com.cn', '.net', '.top', '.net.cn'];
const REGISTRARS = {
  aliyun: '阿里云计算有限公司（万网）',
  dnspod: '腾讯云计算（北京）有限责任公司',
  west: '成都西维数码科技有限公司',
};

function certificate(i) {
  const layout = ['aliyun', 'dnspod', 'west'][i % 3];
  const [city] = pick(CITIES);
  const y = 2015 + Math.floor(rnd() * 9), m = 1 + Math.floor(rnd() * 12), d = 1 + Math.floor(rnd() * 28);
  const years = 1 + Math.floor(rnd() * 9);
  const p2 = (n) => String(n).padStart(2, '0');
  return {
    id: 'cert' + String(i + 1).padStart(3, '0'),
    layout,
    domain: pick(SLD) + (rnd() < 0.5 ? '-' + pick(['tech', 'shop', 'net', 'cloud']) : String(Math.floor(rnd() * 90) + 10)) + pick(SUFFIX),
    holder: city + pick(WORDS) + pick(TRADES) + '有限公司',
    registrar: REGISTRARS[layout],
    registered: `${y}-${p2(m)}-${p2(d)}`,
    expires: `${y + years}-${p2(m)}-${p2(d)}`,
  };
}

// How each layout prints a date.
function certDate(c, iso) {
  const [y, m, d] = iso.split('-');
  if (c.layout === 'aliyun') return `${y}年${m}月${d}日`;
  if (c.layout === 'west') return `${y}/${Number(m)}/${Number(d)}`;
  return iso;
}

function certHtml(c, cond) {
  const paper = cond === 'degraded' ? '#d8d8d8' : cond === 'photo' ? '#f1ede4' : '#fff';
  const tf = cond === 'photo' ? 'transform: perspective(1600px) rotateX(7deg) rotateY(-5deg) scale(0.93); filter: blur(1.1px);' :
    cond === 'degraded' ? 'transform: rotate(0.8deg);' : '';
  const reg = certDate(c, c.registered), exp = certDate(c, c.expires);
  let body;
  if (c.layout === 'aliyun') {
    const row = (k, v) => `<div class="row"><span class="k">${k}：</span><span class="v">${v}</span></div>`;
    body = `<h1>域名注册证书</h1><h2>Domain Name Registration Certificate</h2>
    <p class="lead">兹证明以下域名已在中国互联网络信息中心注册并记录在案：</p>
    <div class="rows">${row('域名', c.domain)}${row('域名持有者', c.holder)}${row('注册日期', reg)}${row('到期日期', exp)}</div>
    <div class="foot">${c.registrar}<br>${reg}</div>`;
  } else if (c.layout === 'dnspod') {
    const tr = (zh, en, v) => `<tr><td class="k">${zh} / ${en}</td><td class="v">${v}</td></tr>`;
    body = `<h1>域名证书</h1><h2>Domain Certificate</h2><table>
    ${tr('域名', 'Domain Name', c.domain)}${tr('注册人', 'Registrant', c.holder)}${tr('注册商', 'Registrar', c.registrar)}
    ${tr('注册日期', 'Registration Date', reg)}${tr('到期日期', 'Expiration Date', exp)}</table>
    <div class="foot">${c.registrar}</div>`;
  } else {
    body = `<h1>域名注册证书</h1>
    <div class="pair"><span class="k">域名：</span><span class="v">${c.domain}</span><span class="k">注册时间：</span><span class="v">${reg}</span></div>
    <div class="pair"><span class="k">所有者：</span><span class="v">${c.holder}</span><span class="k">到期时间：</span><span class="v">${exp}</span></div>
    <p class="lead">该域名已在${c.registrar}注册，特此证明。</p>
    <div class="foot">${c.registrar}</div>`;
  }
  return `<!doctype html><meta charset="utf-8"><style>
  html,body{margin:0;background:${cond === 'photo' ? '#6b6358' : paper}}
  .sheet{width:1754px;height:1240px;box-sizing:border-box;padding:80px 140px;background:${paper};position:relative;${tf}
    font-family:'WenQuanYi Micro Hei',sans-serif;color:#111;overflow:hidden;border:18px double #b08d3c}
  h1{font-size:76px;letter-spacing:16px;text-align:center;margin:10px 0 6px;font-weight:bold}
  h2{font-size:30px;text-align:center;margin:0 0 40px;font-weight:normal;color:#333}
  .lead{font-size:30px;margin:20px 0 30px}
  .row{display:flex;font-size:36px;line-height:50px;margin:22px 0 22px 120px}.row .k{width:260px;flex:none}
  table{border-collapse:collapse;margin:0 auto;font-size:34px}td{border-bottom:1px solid #bbb;padding:14px 28px}
  td.k{width:520px;line-height:40px;white-space:nowrap}td.v{width:720px}
  .pair{display:flex;font-size:36px;line-height:50px;margin:30px 0}.pair .k{width:220px;flex:none}.pair .v{width:560px;flex:none}
  .foot{position:absolute;right:160px;bottom:120px;font-size:34px;line-height:50px;text-align:center}
  .seal{position:absolute;right:200px;bottom:40px;width:300px;height:300px}
  .noise{position:absolute;inset:0;opacity:${cond === 'photo' ? 0.2 : 0};background-image:url("data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' width='300' height='300'><filter id='n'><feTurbulence type='fractalNoise' baseFrequency='0.9' numOctaves='2'/></filter><rect width='300' height='300' filter='url(%23n)'/></svg>")}
  .light{position:absolute;inset:0;background:${cond === 'photo' ? 'radial-gradient(circle at 30% 20%, rgba(255,255,255,.25), rgba(0,0,0,.18))' : 'none'}}
  </style><div class="sheet">${body}
  <canvas class="seal" width="300" height="300"></canvas>
  <script>{ // the registrar's seal over its name, a picture as on downloaded certificates
    const c = document.querySelector('canvas.seal').getContext('2d');
    c.strokeStyle = c.fillStyle = 'rgba(220,20,30,.85)'; c.lineWidth = 10;
    c.beginPath(); c.arc(150, 150, 140, 0, 7); c.stroke();
    c.font = '32px "WenQuanYi Micro Hei"'; c.textAlign = 'center';
    c.fillText(${JSON.stringify(c.registrar.slice(0, 8))}, 150, 95); c.fillText('域名证书专用章', 150, 240);
    c.font = '90px sans-serif'; c.fillText('★', 150, 185); }</script>
  <div class="noise"></div><div class="light"></div></div>`;
}

export const CONDITIONS = ['clean', 'degraded', 'photo'];
// The quick set (--count 2) adds one certificate with its PDF and clean image only.
export const certCount = (count) => (count <= 2 ? 1 : count);
export const certConditions = (count) => (count <= 2 ? ['clean'] : CONDITIONS);

export async function generate({ count = COUNT, out = OUT } = {}) {
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const ctx = await browser.newContext({ viewport: { width: 1754, height: 1240 } });
  const page = await ctx.newPage();
  // the page's modules from web/, so preprocessing is the page's own code
  await ctx.route('http://fixtures.local/**', (route) => {
    const p = new URL(route.request().url()).pathname;
    const types = { '.js': 'text/javascript', '.html': 'text/html' };
    if (p === '/') return route.fulfill({ body: '<!doctype html><title>fixtures</title>', contentType: 'text/html' });
    try {
      return route.fulfill({ body: readFileSync(join(ROOT, 'web', p)), contentType: types[extname(p)] || 'application/octet-stream' });
    } catch { return route.fulfill({ status: 404 }); }
  });
  const tool = await ctx.newPage();
  await tool.goto('http://fixtures.local/');
  await tool.evaluate(() => {
    globalThis.b64of = (blob) => new Promise((res) => {
      const r = new FileReader();
      r.onload = () => res(String(r.result).split(',')[1]);
      r.readAsDataURL(blob);
    });
  });
  // a text PDF and the images of one document, with the page's preprocessing of each image
  const render = async (id, htmlOf, conds) => {
    await page.setContent(htmlOf('clean'), { waitUntil: 'load' });
    writeFileSync(join(out, id + '.pdf'), await page.pdf({ width: '1754px', height: '1240px', printBackground: true, pageRanges: '1' }));
    for (const cond of conds) {
      await page.setContent(htmlOf(cond), { waitUntil: 'load' });
      let png = await page.screenshot({ type: 'png' });
      if (cond === 'degraded') {
        png = Buffer.from(await tool.evaluate(async (b64) => {
          const bmp = await createImageBitmap(await (await fetch('data:image/png;base64,' + b64)).blob());
          const c = new OffscreenCanvas(Math.round(bmp.width * 0.6), Math.round(bmp.height * 0.6));
          c.getContext('2d').drawImage(bmp, 0, 0, c.width, c.height);
          return b64of(await c.convertToBlob({ type: 'image/png' }));
        }, png.toString('base64')), 'base64');
      }
      const file = `${id}-${cond}.png`;
      writeFileSync(join(out, file), png);
      const pre = await tool.evaluate(async (b64) => {
        const { preprocess } = await import('/ocr-client.js');
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const r = await preprocess(bytes);
        return { png: await b64of(r.blob), scale: r.scale };
      }, png.toString('base64'));
      writeFileSync(join(out, `${id}-${cond}.pre.png`), Buffer.from(pre.png, 'base64'));
      writeFileSync(join(out, `${id}-${cond}.pre.json`), JSON.stringify({ scale: pre.scale }));
    }
  };
  const truth = [];
  for (let i = 0; i < count; i++) {
    const l = licence(i);
    truth.push(l);
    await render(l.id, (cond) => html(l, cond), CONDITIONS);
  }
  const certs = [];
  for (let i = 0; i < certCount(count); i++) {
    const c = certificate(i);
    certs.push(c);
    await render(c.id, (cond) => certHtml(c, cond), certConditions(count));
  }
  writeFileSync(join(out, 'certs.json'), JSON.stringify(certs, null, 1));
  writeFileSync(join(out, 'truth.json'), JSON.stringify(truth, null, 1));
  await browser.close();
  return truth;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t0 = Date.now();
  const truth = await generate();
  console.log(`gen_fixtures: ${truth.length} licences × (PDF + 3 images) and ${certCount(truth.length)} domain certificates in ${OUT} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
