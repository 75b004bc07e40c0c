#!/usr/bin/env python3
"""Calibration corpora for the engine (tests/node/corpus.test.cjs).

  make_corpus.py ready [DIR]     writes the ready corpus (default tests/corpus/ready): complete,
                                 correct applications built from cases.py
  make_corpus.py variants OUT    writes OUT/<case>--<mutation>.json and OUT/manifest.json: each
                                 variant is one ready case with exactly one planted defect

Deterministic: fixed seeds, no clock (every date is relative to TODAY).
"""
import copy
import datetime as dt
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..'))
sys.path.insert(0, HERE)
from cases import CASES  # noqa: E402

TODAY = dt.date(2026, 11, 28)
SEED = 20261128

PROV_CODE = {"北京": "11", "天津": "12", "河北": "13", "山西": "14", "内蒙古": "15", "辽宁": "21",
             "吉林": "22", "黑龙江": "23", "上海": "31", "江苏": "32", "浙江": "33", "安徽": "34",
             "福建": "35", "江西": "36", "山东": "37", "河南": "41", "湖北": "42", "湖南": "43",
             "广东": "44", "广西": "45", "海南": "46", "重庆": "50", "四川": "51", "贵州": "52",
             "云南": "53", "西藏": "54", "陕西": "61", "甘肃": "62", "青海": "63", "宁夏": "64",
             "新疆": "65"}
PROV_ABBR = {"北京": "京", "天津": "津", "河北": "冀", "山西": "晋", "内蒙古": "蒙", "辽宁": "辽",
             "吉林": "吉", "黑龙江": "黑", "上海": "沪", "江苏": "苏", "浙江": "浙", "安徽": "皖",
             "福建": "闽", "江西": "赣", "山东": "鲁", "河南": "豫", "湖北": "鄂", "湖南": "湘",
             "广东": "粤", "广西": "桂", "海南": "琼", "重庆": "渝", "四川": "川", "贵州": "黔",
             "云南": "滇", "西藏": "藏", "陕西": "陕", "甘肃": "甘", "青海": "青", "宁夏": "宁",
             "新疆": "新"}
AREA_CODE = {"北京市": "010", "天津市": "022", "上海市": "021", "重庆市": "023", "石家庄市": "0311",
             "保定市": "0312", "太原市": "0351", "呼和浩特市": "0471", "包头市": "0472",
             "大连市": "0411", "沈阳市": "024", "长春市": "0431", "吉林市": "0432",
             "哈尔滨市": "0451", "苏州市": "0512", "南京市": "025", "杭州市": "0571",
             "宁波市": "0574", "合肥市": "0551", "芜湖市": "0553", "福州市": "0591",
             "厦门市": "0592", "景德镇市": "0798", "南昌市": "0791", "青岛市": "0532",
             "济南市": "0531", "烟台市": "0535", "郑州市": "0371", "洛阳市": "0379",
             "武汉市": "027", "宜昌市": "0717", "长沙市": "0731", "深圳市": "0755",
             "广州市": "020", "佛山市": "0757", "南宁市": "0771", "桂林市": "0773",
             "海口市": "0898", "三亚市": "0898", "成都市": "028", "绵阳市": "0816",
             "贵阳市": "0851", "遵义市": "0851", "昆明市": "0871", "大理白族自治州": "0872",
             "拉萨市": "0891", "西安市": "029", "兰州市": "0931", "西宁市": "0971",
             "银川市": "0951", "中卫市": "0955", "乌鲁木齐市": "0991"}
# 主办单位 type → (credit-code prefix, certificate_type)
ORG = {"enterprise": ("91", "business_license"), "sole_proprietor": ("92", "business_license"),
       "public_institution": ("12", "public_institution_certificate"),
       "government": ("11", "other"), "social_organization": ("51", "social_organization_certificate"),
       "private_non_enterprise": ("52", "other"), "foundation": ("53", "other"),
       "law_firm": ("31", "other")}
REGISTRAR_HOLDER_NOTE = "domestic registrars only: foreign ones cannot pass the MIIT domain check"
MOBILE_PREFIXES = ["135", "136", "137", "138", "139", "150", "151", "152", "157", "158", "159",
                   "182", "183", "187", "188", "130", "131", "132", "155", "156", "185", "186",
                   "133", "153", "177", "180", "181", "189", "199", "191"]


# ---------------------------------------------------------------- codes
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def org_check(body8):
    val = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55  # A=10 … Z=35
    c = 11 - sum(val(ch) * w for ch, w in zip(body8, ORG_W)) % 11
    return {10: "X", 11: "0"}.get(c, str(c))


def uscc(prefix, region6, rnd, ma=True):
    while True:
        if ma:  # codes issued since 2015 carry MA + 6 characters as organisation code
            body = "MA" + "".join(rnd.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
        else:
            body = "".join(rnd.choice("0123456789") for _ in range(8))
        oc = org_check(body)
        if oc in USCC_CHARS:
            break
    s = prefix + region6 + body + oc
    c = 31 - sum(USCC_CHARS.index(ch) * w for ch, w in zip(s, USCC_W)) % 31
    return s + USCC_CHARS[0 if c == 31 else c]


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(s17):
    return "10X98765432"[sum(int(a) * w for a, w in zip(s17, ID_W)) % 11]


def resident_id(region6, birth, sex, rnd):
    seq = rnd.randrange(0, 50) * 2 + (1 if sex == "M" else 0)
    seq3 = "%02d%d" % (rnd.randrange(10, 99), seq % 10)
    s = region6 + birth.strftime("%Y%m%d") + seq3
    return s + id_check(s)


def load_regions():
    rows = {}
    with open(os.path.join(ROOT, "data/regions/gbt2260_current.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            code, name, level, parent, prov, pref = (line.rstrip("\n").split("\t") + [""] * 6)[:6]
            rows[code] = (name, level, parent, prov, pref)
    return rows


REGIONS = load_regions()


def district_code(prov, city, dist):
    p2 = PROV_CODE[prov]
    for code, (name, level, parent, _p, pref) in REGIONS.items():
        if code.startswith(p2) and level == "county" and name == dist:
            if pref == city or (pref == "" and city in (REGIONS[p2 + "0000"][0],)):
                return code
    raise SystemExit("no region code for %s %s %s" % (prov, city, dist))


def mobile(rnd, used):
    while True:
        tail = "".join(rnd.choice("0123456789") for _ in range(8))
        if len(set(tail)) < 5 or tail in "0123456789" * 2 or tail in "9876543210" * 2:
            continue
        m = rnd.choice(MOBILE_PREFIXES) + tail
        if m not in used:
            used.add(m)
            return m


def d(x):
    return x.isoformat()


def add_years(day, n):
    try:
        return day.replace(year=day.year + n)
    except ValueError:
        return day.replace(year=day.year + n, day=28)


# ---------------------------------------------------------------- people
def person(spec, region6, rnd, used, email_domain=None, role=""):
    name, pinyin, sex, year = spec
    birth = dt.date(year, rnd.randint(1, 12), rnd.randint(1, 28))
    idn = resident_id(region6, birth, sex, rnd)
    # validity as issued: 16–25 → 10 years, 26–45 → 20 years, 46+ → 长期; issued in the last years
    issued = dt.date(rnd.randint(2017, 2025), rnd.randint(1, 12), rnd.randint(1, 28))
    age_at_issue = (issued - birth).days // 365
    if age_at_issue >= 46:
        until = "长期"
    else:
        until = d(add_years(issued, 10 if age_at_issue < 26 else 20))
        if until <= d(TODAY + dt.timedelta(days=200)):  # renewed already
            until = d(add_years(issued, 20 + 10))
    mail = ("%s@%s" % (pinyin, email_domain)) if email_domain else (
        "%s%02d@%s" % (pinyin, birth.year % 100, rnd.choice(["163.com", "qq.com", "126.com", "foxmail.com"])))
    return {"name": name, "id_type": "resident_id", "id_number": idn, "id_valid_until": until,
            "mobile": mobile(rnd, used), "emergency_phone": mobile(rnd, used), "email": mail,
            "nationality": "CN"}


# ---------------------------------------------------------------- one application
def build(c, idx):
    rnd = random.Random("%d/%s" % (SEED, c["id"]))
    used = set()
    prov, city, dist, typ = c["prov"], c["city"], c["dist"], c["type"]
    region6 = district_code(prov, city, dist)
    personal = typ == "individual"
    dom = c["domain"]
    reg_domain = dom  # cases.py holds registrable domains (also a.gov.cn, a.org.cn)
    rep = person(c["rep"], region6, rnd, used, None if personal else dom)
    owner = person(c["owner"], region6, rnd, used, dom) if c.get("owner") else None

    subject = {"province": prov, "city": city, "district": dist, "type": typ}
    if personal:
        subject.update(certificate_type="resident_id", certificate_number=rep["id_number"])
    else:
        prefix, cert = ORG[typ]
        subject.update(certificate_type=cert,
                       certificate_number=uscc(prefix, region6, rnd, ma=(typ in ("enterprise", "sole_proprietor"))))
    subject["name"] = c["name"]
    subject["certificate_address"] = c["addr"]
    subject["mailing_address"] = c.get("mail", c["addr"])
    founded = dt.date(rnd.randint(2008, 2022), rnd.randint(1, 12), rnd.randint(1, 28))
    if not personal:
        if c.get("scope"):
            subject["business_scope"] = c["scope"]
        subject["license_valid_from"] = d(founded)
        subject["license_valid_until"] = "长期" if typ in ("enterprise", "sole_proprietor") else d(add_years(founded, 5) if add_years(founded, 5) > TODAY + dt.timedelta(days=400) else add_years(TODAY, 3).replace(month=founded.month, day=founded.day))
        if typ in ("enterprise",):
            subject["investor"] = c["name"]
        elif typ == "sole_proprietor":
            subject["investor"] = rep["name"]
        subject["legal_representative_name"] = rep["name"]
        area = AREA_CODE[city]
        subject["office_phone"] = "%s-%s" % (area, "".join(rnd.choice("2345678") for _ in range(1))
                                             + "".join(rnd.choice("0123456789") for _ in range(7 if len(area) == 3 else 6)))
        subject["license_is_electronic"] = False
    subject["existing_filed_domains"] = 0
    subject["country"] = "CN"
    subject["principal"] = rep
    remarks_subject = None
    if prov == "甘肃" and not personal:
        third = person(("何文军", "hewenjun", "M", 1986), region6, rnd, used, dom)
        rep["emergency_phone"] = third["mobile"]
        remarks_subject = "应急联系人：何文军，行政主管，电话%s" % third["mobile"]
    if prov == "甘肃" and personal:
        # Gansu: the emergency contact is named in the remarks (CON-007); for a person a relative
        rep["emergency_phone"] = mobile(rnd, used)
        remarks_subject = "应急联系人：%s（家属），电话%s" % (c.get("kin", "牛晓梅"), rep["emergency_phone"])
    if remarks_subject:
        subject["remarks"] = remarks_subject

    kind = c["kind"]
    shop = kind == "shop"
    registered = TODAY - dt.timedelta(days=rnd.randint(90, 2500))
    expires = add_years(registered, rnd.randint(1, 3))
    while expires < TODAY + dt.timedelta(days=200):
        expires = add_years(expires, 1)
    verified = registered + dt.timedelta(days=rnd.randint(1, 4))
    holder_type = "resident_id" if personal else ("business_license" if typ in ("enterprise", "sole_proprietor") else "other")
    domain = {"name": reg_domain, "registrant": c["name"], "registrar": c["registrar"],
              "real_name_verified": True, "real_name_verified_on": d(verified),
              "registered_on": d(registered), "expires_on": d(expires),
              "registrant_certificate_type": holder_type,
              "registrant_certificate_number": subject["certificate_number"],
              "privacy_protection": False}
    features = {"payment": shop, "user_registration": shop, "user_generated_content": False,
                "live_streaming": False, "generative_ai": False, "paid_information_service": False,
                "third_party_merchants": False}
    if personal:
        remarks = ("本网站为个人网站，不涉及任何企业/单位信息，如有虚假，本人愿意接受注销备案并列入黑名单。"
                   "网站内容为%s，不涉及前置审批内容，不提供交互服务。" % c["content"])
        stypes = ["博客/个人空间"]
    elif shop:
        remarks = ("本网站为%s自营网店，%s，仅销售本单位营业范围内的自有产品，无第三方商家入驻，无第三方付款，"
                   "不涉及前置审批内容。" % (c["name"], c["content"]))
        stypes = ["单位门户网站"]
    else:
        remarks = "本网站为%s官方网站，%s，不涉及前置审批内容。" % (c["name"], c["content"])
        stypes = ["单位门户网站"]
    hosting = {"access_provider": c["provider"], "location": "mainland", "server_ips": [c["ip"]],
               "instance_billing": "subscription", "instance_months": rnd.choice([12, 12, 24, 36]),
               "instance_region": c["region"], "public_ip": True, "instance_codes_used": 0}
    site = {"name": c["site"], "domains": [domain], "home_url": "https://www.%s/" % reg_domain,
            "service_content": c["content"], "service_types": stypes, "columns": c["columns"],
            "languages": ["zh-CN"], "pre_approvals": [], "features": features,
            "responsible_person": copy.deepcopy(owner or rep), "hosting": hosting, "remarks": remarks}
    docs = {"scan_quality": "colour_original", "id_card_front_back": True, "liveness_verified": True,
            "domain_certificate": True, "server_access_proof": True, "content_self_check_form": True,
            "verification_form": True, "no_preapproval_commitment": True,
            "domain_realname_screenshot": True,
            "domain_screenshot_shows": ["domain", "holder", "certificate_type", "certificate_number"]}
    if not personal:
        docs.update(business_license_scan=True, business_license_sealed=True,
                    self_check_form_signed_by_legal_rep=True)
        if owner:
            docs["site_authorization_letter"] = True
    if prov == "广东":
        docs["filing_commitment_letter"] = True
    if prov == "江苏":
        docs["authenticity_notice"] = True
    if prov == "湖北" and shop:
        docs["ecommerce_statement"] = True

    market = {"targets_mainland_users": True, "site_languages": ["zh-CN"],
              "chinese_customer_service": True, "platform": "self_built",
              "platform_subdomain_only": False, "server_in_mainland": True,
              "wechat_mini_program": False, "mobile_app": False}
    if shop:
        market.update(ships_to_mainland=True, mainland_payment_methods=["wechat_pay", "alipay"])
    app = {"schema_version": 1, "context": {"locale": "zh-CN"}, "market": market,
           "subject": subject, "websites": [site], "documents": docs}

    abbr = PROV_ABBR[prov]
    if kind in ("psb", "psbdone", "second"):
        icp_main = "%sICP备%d%06d号" % (abbr, rnd.choice([2024, 2025]), rnd.randint(10000, 999999))
    if kind in ("psb", "psbdone"):
        approved = TODAY - dt.timedelta(days=rnd.randint(8, 14))
        launched = approved + dt.timedelta(days=2)
        icp = icp_main + "-1"
        subject["existing_filed_domains"] = 1
        site["launched_on"] = d(launched)
        site["resolved_ips"] = [c["ip"]]
        site["filed_via"] = c["provider"]
        officer = person(("周敏", "zhoumin", "F", 1990), region6, rnd, used, reg_domain)
        ps = {"icp_number": icp, "icp_approved_on": d(approved), "security_officer": officer,
              "mlps_protection": ["waf", "log_audit", "backup"], "interactive_service": False}
        docs["security_commitment"] = True
        psb_html = ""
        if kind == "psbdone":
            ps["filed_on"] = d(launched + dt.timedelta(days=1))
            psb_no = "%s%s%02d%06d" % (region6, "", rnd.randint(10, 99), rnd.randint(100000, 999999))
            psb_no = psb_no[:14]
            ps["psb_number"] = "%s公网安备%s号" % (abbr, psb_no)
            ps["psb_approved_on"] = d(launched + dt.timedelta(days=5))
            psb_html = (' <a href="https://beian.mps.gov.cn/#/query/webSearch?code=%s" rel="noreferrer" '
                        'target="_blank">%s</a>' % (psb_no, ps["psb_number"]))
        else:
            ps["filed_on"] = d(TODAY)
        app["public_security"] = ps
        html = ("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>%s</title></head>"
                "<body><header><h1>%s</h1><nav>%s</nav></header><main><p>%s。</p></main>"
                "<footer><p>Copyright © %d %s 版权所有</p><p><a href=\"https://beian.miit.gov.cn/\" "
                "target=\"_blank\">%s</a>%s</p></footer></body></html>") % (
                    c["site"], c["site"], " ".join(c["columns"]), c["content"], TODAY.year, c["name"], icp, psb_html)
        app["attachments"] = {"site_pages": [{"url": site["home_url"], "html": html}]}
    if kind == "second":
        subject["existing_filed_domains"] = 1
        subject["filed_sites"] = [{"domain": "xingtuo-tech.com", "icp_number": icp_main + "-1",
                                   "reachable": True, "shows_icp_number": True}]
    return app


def ready_apps():
    return [(c["id"], build(c, i)) for i, c in enumerate(CASES)]


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    cmd = sys.argv[1] if len(sys.argv) > 1 else "ready"
    if cmd == "ready":
        out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "ready")
        os.makedirs(out, exist_ok=True)
        for name in os.listdir(out):
            if name.endswith(".json"):
                os.remove(os.path.join(out, name))
        for cid, app in ready_apps():
            write_json(os.path.join(out, cid + ".json"), app)
    elif cmd == "variants":
        from mutations import make_variants
        out = sys.argv[2]
        os.makedirs(out, exist_ok=True)
        ready_dir = sys.argv[3] if len(sys.argv) > 3 else os.path.join(HERE, "ready")
        manifest = make_variants(ready_dir, out, random.Random(SEED))
        write_json(os.path.join(out, "manifest.json"), manifest)
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
