// The form, described once and rendered from the application object. Every control carries
// data-path = the JSON Pointer of the application field it edits (application.schema.json).
import { getAt } from './pointer.js';
import { t } from './i18n.js';
import { el } from './report.js';

const L = (zh, en) => ({ zh, en });
const B = (k, zh, en) => ({ k, type: 'bool', label: L(zh, en) });
const S = (k, zh, en, extra = {}) => ({ k, type: 'text', label: L(zh, en), ...extra });

export const PERSON = [
  S('name', '姓名', 'Name', { autocomplete: 'off' }),
  { k: 'id_type', type: 'enum', label: L('证件类型', 'ID type') },
  S('id_number', '证件号码', 'ID number', { autocomplete: 'off', sensitive: true }),
  S('id_valid_until', '证件有效期至（YYYY-MM-DD 或 长期）', 'ID valid until (YYYY-MM-DD or 长期)'),
  S('mobile', '手机号码', 'Mobile phone', { inputmode: 'tel' }),
  S('emergency_phone', '应急联系电话', 'Emergency phone', { inputmode: 'tel' }),
  S('email', '电子邮箱', 'Email', { inputmode: 'email' }),
  S('office_phone', '办公电话', 'Office phone', { inputmode: 'tel' }),
  S('nationality', '国籍/地区（如 CN、HK）', 'Nationality (e.g. CN, HK)'),
  S('residence_permit_province', '居住证所在省份', 'Province of residence permit'),
  B('serves_other_subjects', '此人已是其他主体备案中的负责人', 'Already the responsible person in another subject\'s filing'),
  B('mobile_used_by_other_subjects', '此手机号已用于其他主体的备案', 'This mobile number is already used in another subject\'s filing'),
  B('employee_of_subject', '此人是主办单位的员工（不是法定代表人时）', 'This person is an employee of the filing subject (when not the legal representative)'),
];

const SUBJECT = [
  { k: 'province', type: 'region', level: 'province', label: L('主办单位所属省份', 'Province of the filing subject') },
  { k: 'city', type: 'region', level: 'city', label: L('所在地市', 'City') },
  { k: 'district', type: 'region', level: 'district', label: L('所在区县', 'District') },
  { k: 'type', type: 'enum', label: L('主办单位性质', 'Type of subject') },
  { k: 'previous_type', type: 'enum', label: L('变更前的主办单位性质（变更备案时）', 'Previous type of subject (when changing it)') },
  { k: 'certificate_type', type: 'enum', label: L('主办单位证件类型', 'Certificate type') },
  S('certificate_number', '主办单位证件号码（统一社会信用代码）', 'Certificate number (unified social credit code)', { autocomplete: 'off', sensitive: true }),
  S('name', '主办单位名称', 'Name of the filing subject'),
  S('certificate_address', '主办单位证件住所', 'Address on the certificate', { wide: true }),
  S('mailing_address', '主办单位通讯地址', 'Mailing address', { wide: true }),
  S('legal_representative_name', '法定代表人', 'Legal representative'),
  S('investor', '投资人或主管单位', 'Investor or supervising body'),
  S('country', '注册地国家/地区（ISO 代码，如 CN、HK）', 'Country/region of registration (ISO code, e.g. CN, HK)'),
  S('value_added_telecom_license', '增值电信业务经营许可证编号（如有）', 'ICP licence number, if held (e.g. 浙B2-20080101)'),
  B('provider_account_other_subject', '此云账号已有其他主体的备案', 'This provider account already holds another subject\'s filing'),
  { k: 'other_orders_in_progress', type: 'integer', label: L('在其他接入商审核中的备案订单数', 'Other filing orders under review') },
  S('office_phone', '办公电话', 'Office phone', { inputmode: 'tel' }),
  { k: 'business_scope', type: 'textarea', label: L('经营范围', 'Business scope'), wide: true },
  S('license_valid_from', '营业期限自', 'Licence valid from', { date: true }),
  S('license_valid_until', '营业期限至（YYYY-MM-DD 或 长期）', 'Licence valid until (YYYY-MM-DD or 长期)'),
  B('license_is_electronic', '提供的是电子营业执照', 'The licence is an electronic business licence'),
  { k: 'existing_filed_domains', type: 'integer', label: L('已备案域名数', 'Domains already filed') },
  { k: 'remarks', type: 'textarea', label: L('主体备注', 'Remarks on the subject'), wide: true },
];

const MARKET = [
  B('targets_mainland_users', '主要服务对象为中国大陆用户', 'Mainly serves users in mainland China'),
  { k: 'site_languages', type: 'list', label: L('网站语言（如 zh-CN, en）', 'Site languages (e.g. zh-CN, en)') },
  B('ships_to_mainland', '向中国大陆发货', 'Ships to mainland China'),
  B('chinese_customer_service', '提供中文客服', 'Chinese-language customer service'),
  { k: 'mainland_payment_methods', type: 'multi', label: L('境内支付方式', 'Mainland payment methods') },
  B('wechat_mini_program', '有微信小程序', 'Has a WeChat mini program'),
  B('mobile_app', '有在境内应用商店上架的 App', 'Has an app in mainland app stores'),
  { k: 'platform', type: 'enum', label: L('建站平台', 'Shop platform') },
  B('platform_subdomain_only', '只用平台子域名（如 xxx.myshopify.com），未绑定自有域名', 'Only a platform subdomain (e.g. xxx.myshopify.com), no own domain'),
  B('server_in_mainland', '服务器在中国大陆', 'Server in mainland China'),
  B('fully_isolated_from_mainland', '服务器、支付、客服、物流都在境外（无任何境内触点）', 'Servers, payment, support and logistics all outside the mainland'),
  B('no_mainland_service_audit', '持有第三方《无境内服务证明》', 'Holds a third-party "no mainland service" audit statement'),
];

const CONTEXT = [
  S('today', '检查日期（留空为今天）', 'Check as of (empty = today)', { date: true }),
  { k: 'daily_gmv_cny', type: 'number', label: L('日均 GMV（元，用于估算延误成本）', 'Daily GMV (CNY, for the cost of delay)') },
];

const WEBSITE = [
  S('name', '网站名称', 'Website name'),
  S('home_url', '首页 URL', 'Home page URL', { inputmode: 'url' }),
  { k: 'service_types', type: 'multi', label: L('网站服务内容', 'Service type') },
  { k: 'service_content', type: 'textarea', label: L('网站内容简介', 'Description of the site\'s content'), wide: true },
  { k: 'columns', type: 'list', label: L('栏目设置（如 首页, 产品中心）', 'Site sections / 栏目 (e.g. 首页, 产品中心)'), wide: true },
  { k: 'languages', type: 'list', label: L('网站语言', 'Languages') },
  S('filed_via', '域名已通过哪个接入商备案（首次备案留空）', 'Provider the domain is already filed through (empty for a first filing)'),
  S('launched_on', '网站开通日期', 'Site went live on', { date: true }),
  { k: 'resolved_ips', type: 'list', label: L('域名当前解析到的 IP', 'IPs the domain resolves to today') },
  { k: 'remarks', type: 'textarea', label: L('网站备注', 'Remarks on the website'), wide: true },
];

const FEATURES = [
  B('payment', '在线支付', 'Online payment'),
  B('user_registration', '用户注册', 'User registration'),
  B('user_generated_content', '用户发布内容（评论、评价、论坛）', 'User-generated content (comments, reviews, forum)'),
  B('live_streaming', '直播', 'Live streaming'),
  B('generative_ai', '生成式人工智能', 'Generative AI'),
  B('paid_information_service', '收费信息服务（经营性）', 'Paid information service'),
  B('third_party_merchants', '有第三方商家入驻（平台、佣金、平台费）', 'Third-party merchants sell on the site'),
];

// Asked only when the website's generative-AI feature is ticked (AI-001…005, issue 17).
const AI = [
  S('provider', '所用模型或模型服务商（如 通义千问（阿里云））', 'Model or model provider used (e.g. Qwen by Alibaba Cloud)'),
  B('own_model', '使用自有模型（自研或微调），而非调用第三方已备案模型', 'Runs on our own model (self-trained or fine-tuned), not a third party\'s registered model'),
  S('model_filing_number', '模型的生成式人工智能备案号或登记号', 'The model\'s generative-AI filing or registration number'),
  B('output_labelled', 'AI 生成内容已加标识（显式提示和文件元数据标识）', 'AI-generated content is labelled (visible note and file metadata)'),
  B('public_facing', '访客可直接使用 AI 功能（如智能客服、图片生成）', 'Visitors use the AI feature themselves (e.g. chat assistant, image generator)'),
];

const HOSTING = [
  S('access_provider', '接入商（如 阿里云、腾讯云、华为云）', 'Access provider (e.g. Alibaba Cloud, Tencent Cloud)'),
  { k: 'location', type: 'enum', label: L('服务器所在地', 'Server location') },
  { k: 'server_ips', type: 'list', label: L('服务器 IP', 'Server IPs') },
  S('cdn_provider', 'CDN 服务商', 'CDN provider'),
  { k: 'cdn_domestic_ips', type: 'list', label: L('CDN 境内节点 IP', 'CDN mainland node IPs') },
  { k: 'instance_billing', type: 'enum', label: L('实例计费方式', 'Instance billing') },
  { k: 'instance_months', type: 'integer', label: L('已购时长（月）', 'Purchased months') },
  S('instance_region', '实例地域（如 cn-hangzhou）', 'Instance region (e.g. cn-hangzhou)'),
  S('instance_expires_on', '实例到期日期', 'Instance subscription ends on', { date: true }),
  B('public_ip', '实例有公网 IP/EIP 和带宽', 'Instance has a public IP/EIP with bandwidth'),
  { k: 'instance_codes_used', type: 'integer', label: L('此实例已用掉的备案服务码数', 'Filing service codes already used on this instance') },
  B('shared_instance', '此实例也承载其他主体的备案', 'Instance also carries other subjects\' filings'),
];

const DOMAIN = [
  S('name', '域名', 'Domain name', { inputmode: 'url' }),
  S('registrant', '域名持有者', 'Registrant'),
  S('registrar', '注册商', 'Registrar'),
  B('real_name_verified', '已完成域名实名认证', 'Real-name verification done'),
  S('real_name_verified_on', '实名认证完成日期', 'Real-name verified on', { date: true }),
  S('registered_on', '注册日期', 'Registered on', { date: true }),
  S('expires_on', '到期日期', 'Expires on', { date: true }),
  { k: 'registrant_certificate_type', type: 'enum', label: L('持有者证件类型', 'Registrant certificate type') },
  S('registrant_certificate_number', '持有者证件号码', 'Registrant certificate number', { sensitive: true, autocomplete: 'off' }),
  B('privacy_protection', '开启了 WHOIS 隐私保护', 'WHOIS privacy protection on'),
];

const PRE_APPROVAL = [
  { k: 'field', type: 'enum', label: L('领域', 'Field') },
  S('approval_number', '审批文号', 'Approval number'),
];

const PUBLIC_SECURITY = [
  S('icp_number', 'ICP 备案号（如 浙ICP备2024012345号-1）', 'ICP number (e.g. 浙ICP备2024012345号-1)'),
  S('icp_approved_on', 'ICP 备案通过日期', 'ICP filing approved on', { date: true }),
  S('filed_on', '公安备案提交日期', 'Public-security filing submitted on', { date: true }),
  S('psb_number', '公安备案号（如 浙公网安备33010602011771号）', 'Public-security number (e.g. 浙公网安备33010602011771号)'),
  S('psb_approved_on', '公安备案号下发日期', 'Public-security number granted on', { date: true }),
  B('interactive_service', '勾选了交互式服务', 'Interactive service ticked'),
  { k: 'mlps_protection', type: 'multi', label: L('等保基础防护', 'Basic protection in place') },
];

const DOCUMENTS = [
  B('business_license_scan', '营业执照扫描件', 'Business licence scan'),
  B('business_license_sealed', '营业执照扫描件加盖公章', 'Licence scan carries the official seal'),
  B('id_card_front_back', '负责人身份证正反面', 'ID card front and back'),
  B('liveness_verified', '已完成人脸识别/活体核验', 'Face / liveness verification done'),
  B('domain_certificate', '域名证书', 'Domain certificate'),
  B('server_access_proof', '服务器接入证明', 'Server access proof'),
  B('verification_form', '《网站备案信息真实性核验单》', 'Verification form (真实性核验单)'),
  B('content_self_check_form', '《网站内容安全自查表》', 'Content self-check form'),
  B('self_check_form_signed_by_legal_rep', '自查表由法定代表人签字', 'Self-check form signed by the legal representative'),
  B('security_commitment', '《网络安全承诺书》', 'Network security commitment'),
  B('principal_authorization_letter', '主体负责人授权书', 'Authorisation letter for the principal'),
  B('site_authorization_letter', '网站负责人授权书', 'Authorisation letter for the website owner'),
  B('filing_commitment_letter', '《互联网信息服务备案承诺书》', 'Filing commitment letter'),
  B('authenticity_notice', '《ICP备案信息真实性责任告知书》及承诺书', 'Authenticity notice and commitment'),
  B('ecommerce_statement', '电子商务情况说明书', 'E-commerce statement'),
  B('no_preapproval_commitment', '不涉及前置审批承诺书', 'No-pre-approval commitment'),
  B('site_construction_plan', '网站建设方案书', 'Website construction plan'),
  B('cross_border_compliance_statement', '《跨境服务合规声明》', 'Cross-border compliance statement'),
  B('domain_realname_screenshot', '域名实名认证截图', 'Domain real-name screenshot'),
  { k: 'domain_screenshot_shows', type: 'multi', label: L('实名截图上能看到', 'The screenshot shows') },
  { k: 'scan_quality', type: 'enum', label: L('证件图片的制作方式', 'How the certificate images were made') },
];

const FILED_SITE = [
  S('domain', '已备案网站的域名', 'Domain of the filed site'),
  S('icp_number', '其 ICP 备案号', 'Its ICP number'),
  B('reachable', '网站能正常打开', 'The site opens'),
  B('shows_icp_number', '首页展示备案号并链接到工信部', 'Homepage shows the ICP number linked to beian.miit.gov.cn'),
];

const DOC_FILE = [
  S('name', '文件名（含扩展名，如 营业执照.jpg）', 'File name with extension (e.g. 营业执照.jpg)'),
  { k: 'size_kb', type: 'number', label: L('大小（KB）', 'Size (KB)') },
  { k: 'purpose', type: 'enum', label: L('用途', 'For') },
];

// Repeatable object items (add/remove), e.g. /subject/filed_sites.
function repeat(app, lang, path, defs, itemLabel, addLabel) {
  const box = el('div', { class: 'items', 'data-path': path });
  arrayItems(app, path).forEach((x, j) => {
    const b = path + '/' + j;
    const name = itemLabel + ' ' + (j + 1);
    box.append(el('fieldset', { class: 'item', 'data-path': b }, el('legend', { text: name }), grid(b, defs, app, lang),
      el('button', { type: 'button', class: 'link remove', 'data-remove': b, text: t(lang, 'remove') + ' ' + name })));
  });
  box.append(el('button', { type: 'button', class: 'add', 'data-add': path, text: t(lang, 'add') + ' ' + addLabel }));
  return box;
}

// The guided steps, in the order the providers' filing systems use. `must` is the optional side
// path ("do I have to file at all?"), reached from the quick check; `result` is the report.
export const STEPS = [
  { id: 'quick', label: L('快速检查', 'Quick check'), hint: L('先填这几项：接入商的“基础信息校验”也只问这些，马上告诉你主体和域名能不能备案。', 'Start with these few items: the providers\' basic check asks only these, and you get an answer at once on the subject and the domain.') },
  { id: 'subject', label: L('主体信息', 'Filing subject'), hint: L('按营业执照（个人为身份证）填写主办单位和主体负责人。', 'The filing subject and its principal, as on the business licence (ID card for individuals).') },
  { id: 'site', label: L('网站与域名', 'Website and domain'), hint: L('网站名称、内容和域名；有多个网站可以添加。', 'Name, content and domains of the website; add more websites if you have them.') },
  { id: 'people', label: L('网站负责人', 'Website owner'), hint: L('每个网站的负责人；和主体负责人是同一人时点“同主体负责人”。', 'The owner of each website; if it is the principal, use "same as the principal".') },
  { id: 'hosting', label: L('接入与服务器', 'Hosting'), hint: L('备案要通过服务器所在的接入商提交。', 'The filing goes through the provider that hosts the server.') },
  { id: 'docs', label: L('材料与上传', 'Documents and uploads'), hint: L('已经准备好的材料选“是”。上传 WHOIS、营业执照文字或网站页面后，会和你填写的内容逐项核对。文件只在本机读取。', 'Answer yes for what you have ready. Uploaded WHOIS replies, licence text and site pages are compared with what you typed. Files are read on this device only.') },
  { id: 'psb', label: L('公安联网备案', 'Public-security filing'), hint: L('ICP 备案通过后 30 日内办理；还没到这一步可以跳过。', 'Due within 30 days of the ICP approval; skip it if you are not there yet.'), optional: true },
  { id: 'result', label: L('结果', 'Result') },
];
export const SIDE_STEPS = [
  { id: 'must', label: L('是否需要备案', 'Do I have to file?'), hint: L('回答这些问题，判断网站是否需要在中国大陆备案。不确定时可以跳过。', 'Answer these to find out whether the site must be filed in mainland China. You can skip them.') },
];
// The quick check asks only these (the core checks exactly these fields: options.fields).
export const QUICK_PATHS = ['/subject/province', '/subject/type', '/subject/certificate_number', '/subject/name', '/websites/0/domains/0/name'];

// ---- the schema, as the build flattened it (scripts/gen_form_schema.py -> form-schema.json) ------
// Options and their labels of every enum come from there (the schema's x-labels), and any field
// without a hand-written entry is still rendered (labelled from the schema's description), so a new
// schema field is never missing. The page never resolves the JSON Schema itself.
let OBJECTS = null;
export function setFormSchema(doc) {
  OBJECTS = doc && typeof doc === 'object' && doc.objects && typeof doc.objects === 'object' ? doc.objects : null;
}
// objects/arrays rendered by their own sub-sections, and fields the page sets itself
const HANDLED = new Set(['/subject/principal', '/subject/filed_sites', '/websites/*/domains', '/websites/*/pre_approvals',
  '/websites/*/features', '/websites/*/ai', '/websites/*/responsible_person', '/websites/*/hosting', '/public_security/security_officer',
  '/documents/files', '/context/locale']);
const CONTROL_TYPES = new Set(['bool', 'enum', 'multi', 'integer', 'number', 'text', 'list']);
const norm = (p) => p.replace(/\/\d+(?=\/|$)/g, '/*');

function propsAt(base) {
  const props = OBJECTS?.[norm(base)];
  return Array.isArray(props) ? props : [];
}
// [value, zh, en] options of the field at `path` (an enum or multi field of the schema).
function optionsAt(path) {
  const i = path.lastIndexOf('/');
  const p = propsAt(path.slice(0, i)).find((x) => x.k === path.slice(i + 1));
  return Array.isArray(p?.options) ? p.options : [];
}
function extrasFor(base, defs) {
  const known = new Set(defs.map((d) => d.k));
  return propsAt(base)
    .filter((p) => !known.has(p.k) && !HANDLED.has(norm(base + '/' + p.k)) && CONTROL_TYPES.has(p.type))
    .map((p) => {
      const text = p.k.replace(/_/g, ' ') + (p.description ? ' — ' + p.description : '');
      return { k: p.k, type: p.type, label: L(text, text), options: p.options, extra: true };
    });
}

// ---- rendering -------------------------------------------------------------------------------

let uid = 0;
const idFor = (path) => 'f' + path.replace(/[^a-zA-Z0-9]+/g, '-') + '-' + (++uid);
// Per render: which fields the core says apply / are required (formPlan), region options.
let R = { hidden: [], required: new Set(), regions: {}, quick: false };

const lab = (d, lang) => (lang === 'en' ? d.en : d.zh);
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export function valueToInput(type, v) {
  if (v === undefined || v === null) return '';
  if (type === 'bool') return v === true ? 'true' : v === false ? 'false' : String(v);
  if (type === 'list') return Array.isArray(v) ? v.join(', ') : String(v);
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

// Input value -> application value (undefined = remove the key). Type errors are left to the
// core (a non-number stays a string so the engine reports it).
export function inputToValue(type, raw) {
  if (type === 'bool') return raw === 'true' ? true : raw === 'false' ? false : undefined;
  if (type === 'list') {
    const items = String(raw).split(/[,，、;；\n]+/).map((s) => s.trim()).filter(Boolean);
    return items.length ? items : undefined;
  }
  const s = String(raw);
  if (s.trim() === '') return undefined;
  if (type === 'number' || type === 'integer') {
    const n = Number(s.trim());
    return Number.isFinite(n) ? n : s;
  }
  return s;
}

const isEmpty = (v) => v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length);
const hiddenPath = (path) => R.hidden.some((h) => path === h || path.startsWith(h + '/'));

function labelEl(id, d, lang, required) {
  const text = lab(d.label, lang);
  return el('label', { for: id, 'data-text': text }, text,
    required ? el('span', { class: 'req', text: t(lang, 'required_mark') }) : null);
}

function control(path, d, app, lang) {
  const v = getAt(app, path);
  // A field that does not apply to this application (the core's formPlan) is left out, unless it
  // holds a value (nothing typed is ever hidden away).
  if (hiddenPath(path) && isEmpty(v)) return null;
  const required = R.required.has(path);
  const id = idFor(path);
  const live = el('div', { class: 'live', id: id + '-live', 'data-live-for': path });
  const field = el('div', { class: 'field' + (d.wide || d.type === 'textarea' ? ' wide' : '') + ' t-' + d.type + (d.extra ? ' extra' : '') + (required ? ' required' : '') });
  if (d.type === 'multi') {
    const fs = el('fieldset', { class: 'multi', 'data-path': path, 'data-type': 'multi', 'aria-describedby': id + '-live', tabindex: '-1' },
      el('legend', { 'data-text': lab(d.label, lang) }, lab(d.label, lang), required ? el('span', { class: 'req', text: t(lang, 'required_mark') }) : null));
    const chosen = Array.isArray(v) ? v : [];
    for (const [val, zh, en] of d.options || optionsAt(path)) {
      const cid = idFor(path + '-' + val);
      fs.append(el('span', { class: 'check' },
        el('input', { type: 'checkbox', id: cid, value: val, checked: chosen.includes(val) }),
        el('label', { for: cid, text: lang === 'en' ? en : zh })));
    }
    field.append(fs, live);
    return field;
  }
  let input;
  let type = d.type;
  // a region picker (the core's GB/T 2260 data); typed as text while there is nothing to pick from
  const regionOpts = d.type === 'region' && Array.isArray(R.regions[d.level]) ? R.regions[d.level] : [];
  if (d.type === 'region' && !regionOpts.length) {
    type = 'text';
    input = el('input', { id, type: 'text', autocomplete: 'off', spellcheck: 'false' });
    input.value = valueToInput('text', v);
  } else if (d.type === 'region') {
    type = 'text';
    input = el('select', { id, 'data-region': d.level });
    input.append(el('option', { value: '', text: t(lang, 'unset') }));
    const opts = Array.isArray(R.regions[d.level]) ? R.regions[d.level] : [];
    for (const r of opts) input.append(el('option', { value: r.name, 'data-code': r.code, text: r.name }));
    const cur = valueToInput('text', v);
    if (cur && ![...input.options].some((o) => o.value === cur)) input.append(el('option', { value: cur, text: cur }));
    input.value = cur;
  } else if (d.type === 'bool' || d.type === 'enum') {
    input = el('select', { id });
    input.append(el('option', { value: '', text: t(lang, 'unset') }));
    const opts = d.type === 'bool' ? [['true', t(lang, 'yes'), t(lang, 'yes')], ['false', t(lang, 'no'), t(lang, 'no')]] : d.options || optionsAt(path);
    for (const [val, zh, en] of opts) input.append(el('option', { value: val, text: lang === 'en' ? en : zh }));
    const cur = valueToInput(d.type, v);
    if (cur && ![...input.options].some((o) => o.value === cur)) input.append(el('option', { value: cur, text: cur }));
    input.value = cur;
  } else if (d.type === 'textarea') {
    input = el('textarea', { id, rows: d.rows || 3, spellcheck: 'false' });
    input.value = valueToInput(d.type, v);
  } else {
    // a date picker for a date field, unless the value typed earlier is not a plain date (kept as text)
    const cur = valueToInput(d.type, v);
    const asDate = d.date && (cur === '' || DATE_RE.test(cur));
    input = el('input', { id, type: asDate ? 'date' : 'text', autocomplete: d.autocomplete || 'off', spellcheck: asDate ? null : 'false',
      inputmode: asDate ? null : d.inputmode || (d.type === 'number' ? 'decimal' : d.type === 'integer' ? 'numeric' : null),
      placeholder: asDate ? null : d.placeholder || (d.date ? 'YYYY-MM-DD' : null) });
    input.value = cur;
  }
  input.dataset.path = path;
  input.dataset.type = type;
  if (required) input.setAttribute('aria-required', 'true');
  input.setAttribute('aria-describedby', id + '-live' + (d.type === 'list' ? ' ' + id + '-hint' : ''));
  field.append(labelEl(id, d, lang, required), input);
  if (d.type === 'list') field.append(el('div', { class: 'hint', id: id + '-hint', text: t(lang, 'list_hint') }));
  field.append(live);
  return field;
}

function grid(base, defs, app, lang, renderedElsewhere = []) {
  const extras = extrasFor(base, defs.concat(renderedElsewhere.map((k) => ({ k }))));
  return el('div', { class: 'grid' }, defs.concat(extras).map((d) => control(base + '/' + d.k, d, app, lang)).filter(Boolean));
}

function sub(title, ...kids) {
  return el('fieldset', { class: 'sub' }, el('legend', { text: title }), ...kids);
}

function arrayItems(app, path) {
  const v = getAt(app, path);
  return Array.isArray(v) ? v : [];
}

// upload zone: kind = 'whois' | 'site_pages' | 'id_card_texts' | 'domain_certificates' (add items) | string attachment pointer
function uploadZone(kind, lang, label) {
  const id = idFor('upload-' + kind);
  const multiple = kind === 'whois' || kind === 'site_pages' || kind === 'id_card_texts' || kind === 'domain_certificates';
  let accept = kind === 'site_pages' ? '.html,.htm,.txt,text/html,text/plain' : '.txt,.text,.html,.json,text/plain';
  // PDFs (their text layer) everywhere but the ID cards; licence photos (OCR, web/doc-upload.js)
  if (kind !== 'id_card_texts') accept += ',.pdf,application/pdf';
  // licence and domain-certificate photos (OCR, web/doc-upload.js)
  const photo = kind === '/attachments/business_license_text' || kind === 'domain_certificates';
  if (photo) accept += ',image/*';
  // on phones (coarse pointer) a second button opens the camera directly (capture); the picker
  // still offers the gallery and files
  return el('div', { class: 'dropzone', 'data-upload': kind },
    el('input', { type: 'file', id, class: 'file', accept, multiple: multiple || null, 'data-upload-input': kind }),
    el('label', { for: id, class: 'button', text: t(lang, 'choose_file') + (label ? ' · ' + label : '') }),
    photo ? el('input', { type: 'file', id: id + '-camera', class: 'file camera-file', accept: 'image/*', capture: 'environment', 'data-upload-input': kind,
      'aria-label': t(lang, 'take_photo') + (label ? ' · ' + label : '') }) : null,
    photo ? el('label', { for: id + '-camera', class: 'button camera', text: t(lang, 'take_photo') }) : null,
    el('span', { class: 'drop-hint', text: t(lang, 'drop_here') }),
    el('progress', { class: 'progress', max: '1', value: '0', hidden: true, 'aria-label': t(lang, 'upload_progress') }),
    el('span', { class: 'upload-status', role: 'status' }),
    // licence photos are read on this device (web/doc-upload.js); the package can be fetched ahead
    photo ? el('button', { type: 'button', class: 'link ocr-pack', 'data-ocr-pack': kind,
      text: lang === 'en' ? 'Download the offline recognition package' : '下载离线识别包' }) : null);
}

// "Same as …" buttons: copy one person's data into another role (the page copies, the core checks).
function copyButtons(lang, to, froms) {
  return el('div', { class: 'copy-bar' }, froms.map(([from, key]) =>
    el('button', { type: 'button', class: 'button copy', 'data-copy-from': from, 'data-copy-to': to, text: t(lang, key) })));
}

function stepNav(lang, i, list) {
  const prev = list[i - 1], next = list[i + 1];
  return el('div', { class: 'step-nav' },
    prev ? el('button', { type: 'button', class: 'button', 'data-goto-step': prev.id, text: '← ' + lab(prev.label, lang) }) : el('span'),
    next ? el('button', { type: 'button', class: 'button primary', 'data-goto-step': next.id, text: t(lang, 'next_step', { step: lab(next.label, lang) }) }) : null);
}

// opts: {plan: {hidden: [pointer], required: [pointer]} (the core's formPlan), regions: {province,
// city, district: [{code, name}]}}. Every step is rendered (hidden ones too, so a finding's field
// link always finds its control); the page shows one step at a time.
export function renderForm(root, app, lang, opts = {}) {
  uid = 0;
  R = {
    hidden: Array.isArray(opts.plan?.hidden) ? opts.plan.hidden : [],
    required: new Set(Array.isArray(opts.plan?.required) ? opts.plan.required : []),
    regions: opts.regions || {},
  };
  const L2 = (d) => lab(d, lang);
  const zh = lang !== 'en';
  const secs = {};
  root.replaceChildren();
  const all = STEPS.filter((s) => s.id !== 'result');
  for (const s of all.concat(SIDE_STEPS)) {
    if (opts.allSteps && s.id === 'quick') { secs.quick = el('section'); continue; } // one page: the subject step has these fields
    const sec = el('section', { class: 'step', 'data-step': s.id, id: 'step-' + s.id, 'aria-labelledby': 'step-' + s.id + '-h' },
      el('h2', { id: 'step-' + s.id + '-h', tabindex: '-1', text: L2(s.label) }));
    if (s.hint) sec.append(el('p', { class: 'hint', text: L2(s.hint) }));
    secs[s.id] = sec;
    root.append(sec);
  }

  // opts.only: build just that step (the first paint); the page builds the rest once the core is up
  const want = (id) => !opts.only || opts.only === id;
  // quick check: the providers' basic check, nothing else
  const defOf = (list, k) => list.find((d) => d.k === k);
  if (want('quick')) {
  const quick = el('div', { class: 'grid quick-grid' },
    ['province', 'type', 'certificate_number', 'name'].map((k) => control('/subject/' + k, defOf(SUBJECT, k), app, lang)),
    control('/websites/0/domains/0/name', DOMAIN[0], app, lang));
  for (const c of quick.querySelectorAll('[data-path]')) c.dataset.quick = '1';
  secs.quick.append(quick,
    el('div', { id: 'quick-result', class: 'quick-result', role: 'status', 'aria-live': 'polite' }),
    el('div', { class: 'step-nav' },
      el('button', { type: 'button', class: 'link', 'data-goto-step': 'must', text: t(lang, 'must_link') }),
      el('button', { type: 'button', class: 'button primary', 'data-goto-step': 'subject', text: t(lang, 'next_step', { step: L2(STEPS[1].label) }) })));
  }

  if (want('must')) secs.must.append(grid('/market', MARKET, app, lang),
    sub(zh ? '检查设置' : 'Check settings', grid('/context', CONTEXT, app, lang)),
    el('div', { class: 'step-nav' }, el('button', { type: 'button', class: 'button', 'data-goto-step': 'quick', text: '← ' + L2(STEPS[0].label) }),
      el('button', { type: 'button', class: 'button primary', 'data-goto-step': 'subject', text: t(lang, 'next_step', { step: L2(STEPS[1].label) }) })));

  if (want('subject')) secs.subject.append(grid('/subject', SUBJECT, app, lang),
    sub(zh ? '主体负责人' : 'Principal of the subject', grid('/subject/principal', PERSON, app, lang)),
    sub(zh ? '本主体已备案的网站' : 'Sites of this subject already filed',
      repeat(app, lang, '/subject/filed_sites', FILED_SITE, zh ? '已备案网站' : 'Filed site', zh ? '已备案网站' : 'filed site')));

  let sites = arrayItems(app, '/websites');
  if (!sites.length) sites = [{}];
  const siteName = (site, i) => t(lang, 'site_n', { n: i + 1 }) + (site?.name ? ' · ' + site.name : '');
  sites.forEach((site, i) => {
    const base = '/websites/' + i;
    const rp = base + '/responsible_person';
    const froms = [['/subject/principal', 'same_as_principal']];
    if (i > 0) froms.push(['/websites/0/responsible_person', 'same_as_site1']);
    if (want('people')) secs.people.append(sub(siteName(site, i), copyButtons(lang, rp, froms), grid(rp, PERSON, app, lang)));
    if (want('hosting')) secs.hosting.append(sub(siteName(site, i), grid(base + '/hosting', HOSTING, app, lang)));
    if (!want('site')) return;
    const box = el('fieldset', { class: 'item site', 'data-path': base },
      el('legend', { text: siteName(site, i) }));
    box.append(grid(base, WEBSITE, app, lang));
    // domains
    const doms = el('div', { class: 'items', 'data-path': base + '/domains' });
    let dlist = arrayItems(app, base + '/domains');
    if (!dlist.length) dlist = [{}];
    dlist.forEach((dom, j) => {
      const dbase = base + '/domains/' + j;
      const first = control(dbase + '/name', DOMAIN[0], app, lang);
      const details = el('details', { class: 'domain-details' },
        el('summary', { text: t(lang, 'domain_details') }), grid(dbase, DOMAIN.slice(1), app, lang, ['name']));
      if (dom && typeof dom === 'object' && Object.keys(dom).some((k) => k !== 'name')) details.open = true;
      doms.append(el('fieldset', { class: 'item', 'data-path': dbase },
        el('legend', { text: t(lang, 'domain_n', { n: j + 1 }) }), first, details,
        el('button', { type: 'button', class: 'link remove', 'data-remove': dbase, text: t(lang, 'remove') + ' ' + t(lang, 'domain_n', { n: j + 1 }) })));
    });
    doms.append(el('button', { type: 'button', class: 'add', 'data-add': base + '/domains', text: t(lang, 'add') + ' ' + (zh ? '域名' : 'domain') }));
    box.append(sub(zh ? '域名' : 'Domains', doms));
    box.append(sub(zh ? '网站功能' : 'Features', grid(base + '/features', FEATURES, app, lang)));
    if (site?.features?.generative_ai === true) { // (answers given earlier are kept, and shown again when ticked)
      box.append(sub(zh ? '生成式人工智能' : 'Generative AI', grid(base + '/ai', AI, app, lang)));
    }
    // pre-approvals
    const pas = el('div', { class: 'items', 'data-path': base + '/pre_approvals' });
    arrayItems(app, base + '/pre_approvals').forEach((pa, j) => {
      const pbase = base + '/pre_approvals/' + j;
      pas.append(el('fieldset', { class: 'item', 'data-path': pbase },
        el('legend', { text: t(lang, 'approval_n', { n: j + 1 }) }), grid(pbase, PRE_APPROVAL, app, lang),
        el('button', { type: 'button', class: 'link remove', 'data-remove': pbase, text: t(lang, 'remove') + ' ' + t(lang, 'approval_n', { n: j + 1 }) })));
    });
    pas.append(el('button', { type: 'button', class: 'add', 'data-add': base + '/pre_approvals', text: t(lang, 'add') + ' ' + (zh ? '前置审批' : 'pre-approval') }));
    box.append(sub(zh ? '前置审批（有才填）' : 'Pre-approvals (only if you hold one)', pas));
    if (i > 0 || sites.length > 1) {
      box.append(el('button', { type: 'button', class: 'link remove', 'data-remove': base, text: t(lang, 'remove') + ' ' + t(lang, 'site_n', { n: i + 1 }) }));
    }
    secs.site.append(box);
  });
  if (want('site')) secs.site.append(el('button', { type: 'button', class: 'add', 'data-add': '/websites', text: t(lang, 'add_site') }));

  if (want('psb')) secs.psb.append(grid('/public_security', PUBLIC_SECURITY, app, lang),
    sub(zh ? '网站安全负责人' : 'Security officer (网站安全负责人)',
      copyButtons(lang, '/public_security/security_officer', [['/subject/principal', 'same_as_principal'], ['/websites/0/responsible_person', 'same_as_site1']]),
      grid('/public_security/security_officer', PERSON, app, lang)));

  if (want('docs')) {
  secs.docs.append(sub(zh ? '材料清单' : 'Documents', grid('/documents', DOCUMENTS, app, lang)),
    sub(zh ? '准备上传的文件' : 'Files prepared for upload',
      repeat(app, lang, '/documents/files', DOC_FILE, zh ? '文件' : 'File', zh ? '文件' : 'file')));

  // uploads
  const up = secs.docs;
  const whois = el('div', { class: 'items', 'data-path': '/attachments/whois' });
  arrayItems(app, '/attachments/whois').forEach((w, j) => {
    const b = '/attachments/whois/' + j;
    whois.append(el('fieldset', { class: 'item', 'data-path': b }, el('legend', { text: t(lang, 'whois_n', { n: j + 1 }) }),
      el('div', { class: 'grid' },
        control(b + '/domain', S('domain', '域名', 'Domain'), app, lang),
        control(b + '/text', { k: 'text', type: 'textarea', rows: 6, label: L('WHOIS 回复文本', 'WHOIS reply text') }, app, lang)),
      el('button', { type: 'button', class: 'link remove', 'data-remove': b, text: t(lang, 'remove') + ' ' + t(lang, 'whois_n', { n: j + 1 }) })));
  });
  whois.append(el('button', { type: 'button', class: 'add', 'data-add': '/attachments/whois', text: t(lang, 'add') + ' WHOIS' }));
  up.append(sub(zh ? 'WHOIS 回复' : 'WHOIS replies', uploadZone('whois', lang, 'WHOIS'), whois));

  // domain certificates (域名证书): a PDF, a screenshot or a photo read on this device, or typed
  const certs = el('div', { class: 'items', 'data-path': '/attachments/domain_certificates' });
  arrayItems(app, '/attachments/domain_certificates').forEach((c, j) => {
    const b = '/attachments/domain_certificates/' + j;
    certs.append(el('fieldset', { class: 'item', 'data-path': b }, el('legend', { text: t(lang, 'cert_n', { n: j + 1 }) }),
      el('div', { class: 'grid' },
        control(b + '/domain', S('domain', '域名', 'Domain'), app, lang),
        control(b + '/text', { k: 'text', type: 'textarea', rows: 5, label: L('域名证书文字（读到的或手工录入）', 'Certificate text (read or typed)') }, app, lang)),
      el('button', { type: 'button', class: 'link remove', 'data-remove': b, text: t(lang, 'remove') + ' ' + t(lang, 'cert_n', { n: j + 1 }) })));
  });
  certs.append(el('button', { type: 'button', class: 'add', 'data-add': '/attachments/domain_certificates', text: t(lang, 'add') + (zh ? ' 域名证书' : ' domain certificate') }));
  up.append(sub(zh ? '域名证书' : 'Domain certificates', uploadZone('domain_certificates', lang, zh ? '域名证书' : 'certificate'), certs));

  const lic = control('/attachments/business_license_text',
    { k: 'business_license_text', type: 'textarea', rows: 6, label: L('营业执照文字（手工录入或 OCR 结果）', 'Licence text (typed or OCR output)') }, app, lang);
  if (lic) up.append(sub(zh ? '营业执照文字' : 'Business licence text', uploadZone('/attachments/business_license_text', lang), el('div', { class: 'grid' }, lic)));

  const pages = el('div', { class: 'items', 'data-path': '/attachments/site_pages' });
  arrayItems(app, '/attachments/site_pages').forEach((p, j) => {
    const b = '/attachments/site_pages/' + j;
    pages.append(el('fieldset', { class: 'item', 'data-path': b }, el('legend', { text: t(lang, 'page_n', { n: j + 1 }) }),
      el('div', { class: 'grid' },
        control(b + '/url', S('url', '页面 URL', 'Page URL'), app, lang),
        control(b + '/html', { k: 'html', type: 'textarea', rows: 6, label: L('页面 HTML', 'Page HTML') }, app, lang)),
      el('button', { type: 'button', class: 'link remove', 'data-remove': b, text: t(lang, 'remove') + ' ' + t(lang, 'page_n', { n: j + 1 }) })));
  });
  pages.append(el('button', { type: 'button', class: 'add', 'data-add': '/attachments/site_pages', text: t(lang, 'add') + ' ' + (zh ? '页面' : 'page') }));
  up.append(sub(zh ? '网站页面 HTML' : 'Site HTML pages', uploadZone('site_pages', lang, 'HTML'), pages));

  // ID card texts (OCR of the 人像面), one per person
  const personOpts = [['/subject/principal', '主体负责人', 'Principal of the subject']];
  sites.forEach((w, i) => personOpts.push(
    ['/websites/' + i + '/responsible_person', `网站负责人（网站 ${i + 1}）`, `Website owner (website ${i + 1})`]));
  personOpts.push(['/public_security/security_officer', '网站安全负责人', 'Security officer']);
  const cards = el('div', { class: 'items', 'data-path': '/attachments/id_card_texts' });
  arrayItems(app, '/attachments/id_card_texts').forEach((c, j) => {
    const b = '/attachments/id_card_texts/' + j;
    const name = (zh ? '身份证 ' : 'ID card ') + (j + 1);
    cards.append(el('fieldset', { class: 'item', 'data-path': b }, el('legend', { text: name }),
      el('div', { class: 'grid' },
        control(b + '/person', { k: 'person', type: 'enum', label: L('这张证件属于', 'This card belongs to'), options: personOpts }, app, lang),
        control(b + '/text', { k: 'text', type: 'textarea', rows: 4, label: L('身份证人像面文字（手工录入或 OCR 结果）', 'Text of the ID card photo side (typed or OCR output)') }, app, lang)),
      el('button', { type: 'button', class: 'link remove', 'data-remove': b, text: t(lang, 'remove') + ' ' + name })));
  });
  cards.append(el('button', { type: 'button', class: 'add', 'data-add': '/attachments/id_card_texts', text: t(lang, 'add') + (zh ? ' 身份证文字' : ' ID card text') }));
  up.append(sub(zh ? '身份证文字' : 'ID card texts', uploadZone('id_card_texts', lang), cards));

  const reg = control('/attachments/registry_text',
    { k: 'registry_text', type: 'textarea', rows: 4, label: L('公示系统页面文字（含登记状态，如 存续/在业/吊销/经营异常）', 'Registry page text (with the status, e.g. 存续/在业/吊销/经营异常)') }, app, lang);
  if (reg) up.append(sub(zh ? '国家企业信用信息公示系统文字' : 'Company registry text (国家企业信用信息公示系统)', uploadZone('/attachments/registry_text', lang), el('div', { class: 'grid' }, reg)));

  }

  all.forEach((s, i) => { if (s.id !== 'quick' && want(s.id)) secs[s.id].append(stepNav(lang, i, STEPS)); });
}

// Label text of a control (for the report's "field" link), without the required marker.
export function labelOf(ctrl) {
  if (!ctrl) return '';
  if (ctrl.tagName === 'FIELDSET') { const lg = ctrl.querySelector('legend'); return lg?.dataset.text || lg?.textContent || ''; }
  const l = ctrl.id && ctrl.ownerDocument.querySelector(`label[for="${CSS.escape(ctrl.id)}"]`);
  return l ? l.dataset.text || l.textContent : '';
}
