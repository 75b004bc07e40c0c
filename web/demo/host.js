// Demo host: loads the widget from the pre-check's origin. ?widget=<base URL> picks the origin
// (default: this page's own site root, i.e. ../). In a real page this is one static tag:
//   <script type="module" src="https://precheck.example/widget.js"></script>
const params = new URLSearchParams(location.search);
const base = new URL(params.get('widget') || '../', location.href);
const log = document.getElementById('log');
const write = (line) => { log.textContent += line + '\n'; };

const logEvent = (e) => {
  const d = e.detail || {};
  write(`${e.target.id} ${e.type} ${e.type === 'result' ? d.verdict + ' ' + (d.report?.findings || []).map((f) => f.rule).join(',') : JSON.stringify(d)}`);
};
// ready/result bubble, so one listener on document sees every widget; error is per element.
for (const type of ['ready', 'result']) {
  document.addEventListener(type, (e) => { if (e.target.matches?.('beian-precheck')) logEvent(e); });
}
for (const w of document.querySelectorAll('beian-precheck')) w.addEventListener('error', logEvent);

window.widgetLoaded = import(new URL('widget.js', base).href).then(() => true, (e) => { write('load failed: ' + e.message); return false; });

async function example() {
  const r = await fetch(new URL('examples/clean-enterprise.json', base));
  return r.json();
}
// w3: the application is set right after the element is defined, while the engine still loads
window.widgetLoaded.then(async (ok) => {
  if (ok) document.getElementById('w3').setApplication(await example());
});
document.getElementById('load-good').addEventListener('click', async () => {
  const app = await example();
  document.getElementById('w1').setApplication(app);
  document.getElementById('w2').setApplication(app);
});
document.getElementById('load-bad').addEventListener('click', () => {
  const app = { schema_version: 1, subject: { type: 'enterprise', certificate_type: 'business_license', certificate_number: '91330106673959654Q', name: '杭州示例科技有限公司' } };
  document.getElementById('w1').setApplication(app);
  document.getElementById('w2').check(app);
});
document.getElementById('toggle-lang').addEventListener('click', () => {
  for (const w of document.querySelectorAll('beian-precheck')) w.setAttribute('lang', w.getAttribute('lang') === 'en' ? 'zh-CN' : 'en');
});
