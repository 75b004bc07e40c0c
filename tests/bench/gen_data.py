#!/usr/bin/env python3
"""Deterministic benchmark inputs (no third-party text): realistic Chinese shop/company HTML pages
of any size, a typical application (form + one WHOIS reply + a 100 KB page), and N generated
applications for the batch CLI measurement.

    tests/bench/gen_data.py OUTDIR [--apps N]

Writes OUTDIR/page-100k.html, text-1mb.html, text-20mb.html, typical.json, typing.json (the typical
application with the company name one character short: the field check's other keystroke),
form.json, whois.txt, license.txt, apps.jsonl and scan_lists.json (the word lists the scan benchmarks use). Every run
with the same arguments writes the same bytes (seeded PRNG). Used by scripts/bench, the native
Google Benchmark suite (tests/bench/*.cc) and tests/bench/wasm_bench.cjs.
"""
import json
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# The lists the text scan benchmark uses: 前置审批 topics, prohibited content, finance, sensitive
# name words: 185 literal words, the kind of lists the HTML reader and the content rules scan.
SCAN_LISTS = ['WL-PRE-NEWS', 'WL-PRE-PUBLISHING', 'WL-PRE-DRUGS', 'WL-PRE-MEDICAL', 'WL-PRE-EDUCATION',
              'WL-PRE-CULTURE', 'WL-PRE-AV', 'WL-PRE-RIDEHAIL', 'WL-PRE-BBS', 'WL-PRE-LENDING',
              'WL-PRE-RELIGION', 'WL-CNT-PROHIBITED', 'WL-FIN', 'WL-NAME-SENSITIVE']

PRODUCTS = ['西湖龙井', '安吉白茶', '碧螺春', '黄山毛峰', '铁观音', '大红袍', '普洱熟茶', '白毫银针',
            '金骏眉', '六安瓜片', '茉莉花茶', '桂花乌龙', '紫砂茶壶', '青瓷茶杯', '竹制茶盘', '旅行茶具']
ADJ = ['明前', '特级', '高山', '手工', '有机', '传统', '精选', '限量', '清香型', '浓香型', '新款', '经典']
SENT = [
    '本店所售{p}均产自{place}核心产区，采摘于清明前后，经杀青、揉捻、干燥等工序精制而成。',
    '{p}外形扁平光滑，色泽嫩绿，汤色清澈明亮，滋味鲜爽回甘，适合日常冲泡与馈赠亲友。',
    '我们坚持小批量生产，每一批{p}都经过第三方检测机构的农残检测，检测报告可在详情页查看。',
    '冲泡建议：水温八十度左右，投茶量三克，第一泡约四十五秒，之后每泡延长十秒。',
    '储存方法：密封、避光、防潮、防异味，冷藏保存风味更佳，开封后请尽快饮用。',
    '公司成立于二〇一五年，专注于茶叶种植、加工与销售，拥有自有茶园三百余亩。',
    '如需批量采购或企业定制礼盒，请联系客服，我们将在一个工作日内回复您的需求。',
    '{place}的气候温润，云雾缭绕，土壤富含矿物质，为{p}的生长提供了得天独厚的条件。',
    '所有商品支持七天无理由退换，运输途中如有破损，请拍照联系客服为您补发。',
    '{p}搭配{p2}一同品饮，口感层次更加丰富，是不少老顾客的首选组合。',
    '茶文化源远流长，一杯清茶，既是生活的滋味，也是待客的礼节。',
    '本站内容仅用于展示公司产品与品牌信息，价格以实际发货时为准。',
]
PLACES = ['杭州西湖', '安吉', '苏州洞庭山', '黄山', '福建安溪', '武夷山', '云南西双版纳', '六安', '福鼎']
# A few topic words a real shop page may contain (sparse hits, so the scan finds something).
SPARSE = ['新闻', '教育', '培训', '医疗', '健康', '出版', '视频', '直播', '支付', '理财']


def paragraph(rng):
    out = []
    for _ in range(rng.randint(2, 4)):
        s = rng.choice(SENT)
        out.append(s.format(p=rng.choice(ADJ) + rng.choice(PRODUCTS), p2=rng.choice(PRODUCTS),
                            place=rng.choice(PLACES)))
    if rng.random() < 0.08:
        out.append('关于%s的常见问题，请参阅帮助中心。' % rng.choice(SPARSE))
    return ''.join(out)


def product_card(rng, i):
    name = rng.choice(ADJ) + rng.choice(PRODUCTS)
    price = rng.randint(38, 2680)
    return ('<div class="goods-item" data-id="%d">\n'
            '  <a href="/goods/%d.html" title="%s"><img src="/static/img/goods/%d.jpg" alt="%s" loading="lazy"></a>\n'
            '  <h3 class="goods-name"><a href="/goods/%d.html">%s %d克</a></h3>\n'
            '  <p class="goods-desc">%s</p>\n'
            '  <div class="goods-meta"><span class="price">价格：%d.00元</span><span class="sold">已售%d件</span></div>\n'
            '</div>\n') % (i, i, name, i % 97, name, i, name, rng.choice([50, 100, 125, 250, 500]),
                           paragraph(rng), price, rng.randint(0, 9999))


HEAD = '''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>青禾茶业官网 - 西湖龙井、安吉白茶、茶具礼盒</title>
<meta name="keywords" content="青禾茶业,西湖龙井,安吉白茶,茶叶礼盒">
<meta name="description" content="杭州青禾茶业有限公司官方网站，展示公司茶叶产品与品牌信息。">
<link rel="stylesheet" href="/static/css/main.css?v=20261128">
<style>
body{font-family:"PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#333}
.goods-item{display:inline-block;width:23%;margin:1%;vertical-align:top}
.footer{background:#f5f5f5;padding:24px 0;text-align:center;font-size:12px}
</style>
<script>
window.siteConfig = {lang: "zh-CN", cdn: "https://static.qinghe-tea.com", version: "3.2.1"};
function toggleMenu(){var m=document.getElementById("menu");m.className=m.className?"":"open";}
</script>
</head>
<body>
<header class="site-header">
  <a class="logo" href="/"><img src="/static/img/logo.png" alt="青禾茶业"></a>
  <nav id="menu"><ul>
    <li><a href="/">首页</a></li><li><a href="/products/">产品中心</a></li>
    <li><a href="/story/">品牌故事</a></li><li><a href="/tea-garden/">茶园基地</a></li>
    <li><a href="/contact/">联系我们</a></li>
  </ul></nav>
</header>
<main>
'''

FOOT = '''</main>
<footer class="footer">
  <p>杭州青禾茶业有限公司 版权所有 &copy; 2015-2026　地址：浙江省杭州市西湖区文三路478号华星时代广场A座1203室</p>
  <p>客服电话：0571-88861234　工作时间：周一至周五 9:00-18:00</p>
  <p><a href="https://beian.miit.gov.cn/" target="_blank" rel="noopener">浙ICP备2024012345号-1</a>
     <a href="https://beian.mps.gov.cn/#/query/webSearch?code=33010602012345" target="_blank">浙公网安备33010602012345号</a></p>
</footer>
</body>
</html>
'''


def page(size, seed):
    rng = random.Random(seed)
    parts = [HEAD]
    total = len(HEAD.encode()) + len(FOOT.encode())
    i = 0
    while total < size:
        if i % 12 == 0:
            block = '<section class="intro"><h2>%s</h2>\n<p>%s</p>\n<p>%s</p></section>\n' % (
                rng.choice(PRODUCTS) + '介绍', paragraph(rng), paragraph(rng))
        else:
            block = product_card(rng, i)
        parts.append(block)
        total += len(block.encode())
        i += 1
    parts.append(FOOT)
    return ''.join(parts)


def application(rng, i, base):
    app = json.loads(json.dumps(base))
    s = app['subject']
    s['name'] = '杭州%s%s有限公司' % (rng.choice(['青禾', '云栖', '龙坞', '梅家坞', '九溪', '满觉陇']),
                                  rng.choice(['茶业', '茶具', '文化', '贸易', '电子商务']))
    s['office_phone'] = '0571-8886%04d' % rng.randint(0, 9999)
    s['principal']['mobile'] = '139%08d' % rng.randint(0, 99999999)
    w = app['websites'][0]
    w['name'] = s['name'][2:6] + rng.choice(['官网', '商城', '茶叶展示'])
    w['domains'][0]['name'] = 'site%04d-tea.com' % i
    w['home_url'] = 'https://www.site%04d-tea.com/' % i
    if rng.random() < 0.3:
        w['features']['payment'] = True
    if rng.random() < 0.2:
        s['certificate_number'] = s['certificate_number'][:-1] + 'X'
    app['context'] = {'locale': 'zh-CN', 'today': '2026-11-28'}
    return app


def main():
    out = sys.argv[1]
    n_apps = 2000
    if '--apps' in sys.argv:
        n_apps = int(sys.argv[sys.argv.index('--apps') + 1])
    os.makedirs(out, exist_ok=True)

    def write(name, data):
        with open(os.path.join(out, name), 'w', encoding='utf-8', newline='\n') as f:
            f.write(data)

    write('page-100k.html', page(100 * 1024, 1))
    write('text-1mb.html', page(1 << 20, 2))
    write('text-20mb.html', page(20 << 20, 3))
    whois = open(os.path.join(ROOT, 'tests/fixtures/whois/cnnic_company.txt'), encoding='utf-8').read()
    license_text = open(os.path.join(ROOT, 'tests/fixtures/license/clean_company.txt'), encoding='utf-8').read()
    write('whois.txt', whois)
    write('license.txt', license_text)
    base = json.load(open(os.path.join(ROOT, 'examples/clean-enterprise.json'), encoding='utf-8'))
    base.setdefault('context', {})['today'] = '2026-11-28'
    write('form.json', json.dumps(base, ensure_ascii=False))
    typical = json.loads(json.dumps(base))
    typical['attachments'] = {
        'whois': [{'domain': 'qinghe-tea.com', 'text': whois}],
        'site_pages': [{'url': 'https://www.qinghe-tea.com/', 'html': page(100 * 1024, 1)}],
    }
    write('typical.json', json.dumps(typical, ensure_ascii=False))
    typing = json.loads(json.dumps(typical))
    typing['subject']['name'] = typing['subject']['name'][:-1]
    write('typing.json', json.dumps(typing, ensure_ascii=False))
    rng = random.Random(7)
    write('apps.jsonl', ''.join(json.dumps(application(rng, i, base), ensure_ascii=False) + '\n'
                                for i in range(n_apps)))
    write('scan_lists.json', json.dumps(SCAN_LISTS))


if __name__ == '__main__':
    main()
