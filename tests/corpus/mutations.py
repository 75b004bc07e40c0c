"""One planted defect per variant. Each mutation names the rule that must catch it and where.

A mutation is (name, rule, path, applies, apply): applies(app) says whether the ready case can
carry this defect (province, subject type, kind of site); apply(app) plants it in place. Each
mutation is planted in up to PER_MUTATION ready cases chosen with the fixed seed.
"""
import copy
import datetime as dt
import json
import os
import re

PER_MUTATION = 3
TODAY = dt.date(2026, 11, 28)
W0 = "/websites/0"
RP = W0 + "/responsible_person"


def s(app):
    return app["subject"]


def w(app):
    return app["websites"][0]


def dom(app):
    return w(app)["domains"][0]


def org(app):
    return s(app)["type"] not in ("individual",)


def personal(app):
    return s(app)["type"] == "individual"


def ent(app):
    return s(app)["type"] == "enterprise"


def prov(*names):
    return lambda app: s(app)["province"] in names


def has_pages(app):
    return "site_pages" in app.get("attachments", {})


def has_psb_no(app):
    return "psb_number" in app.get("public_security", {})


def icp_stage(app):  # first filing: no public-security section yet
    return "public_security" not in app


def both(*preds):
    return lambda app: all(p(app) for p in preds)


def setp(path, value):
    def f(app):
        parts = path.strip("/").split("/")
        cur = app
        for p in parts[:-1]:
            cur = cur[int(p)] if isinstance(cur, list) else cur[p]
        cur[int(parts[-1]) if isinstance(cur, list) else parts[-1]] = value
    return f


def seq(*fs):
    def f(app):
        for g in fs:
            g(app)
    return f


def fn(f):
    return f


def sub_page(old, new):
    def f(app):
        pg = app["attachments"]["site_pages"][0]
        assert old in pg["html"], old
        pg["html"] = pg["html"].replace(old, new, 1)
    return f


def icp_of(app):
    return app["public_security"]["icp_number"]


def shift_code_region(app):  # credit code of another province (ENT-006)
    import make_corpus as mc
    code = s(app)["certificate_number"]
    other = "330106" if not code[2:4] == "33" else "320102"
    s(app)["certificate_number"] = mc.uscc(code[:2], other, __import__("random").Random(code))


OTHER_ADDRESS = {"330106": "浙江省杭州市西湖区文三路90号东部软件园1号楼503室",
                 "320102": "江苏省南京市玄武区中山路18号德基广场二期1201室"}


def other_region(code_province):  # a region code (and its address) in another province
    return "330106" if code_province != "33" else "320102"


def licence_other_province(app):  # a company registered in another province (ENT-006)
    import make_corpus as mc
    import random
    old = s(app)["certificate_number"]
    region = other_region(old[2:4])
    all_ids(app, old, mc.uscc(old[:2], region, random.Random(old)))
    s(app)["certificate_address"] = OTHER_ADDRESS[region]


def bad_uscc_check(app):
    import make_corpus as mc
    code = s(app)["certificate_number"]
    wrong = [c for c in mc.USCC_CHARS if c != code[-1]][3]
    s(app)["certificate_number"] = code[:-1] + wrong
    for dd in w(app)["domains"]:
        dd["registrant_certificate_number"] = s(app)["certificate_number"]


def bad_id_check(path):
    def f(app):
        import make_corpus as mc
        parts = path.strip("/").split("/")
        cur = app
        for p in parts[:-1]:
            cur = cur[int(p)] if isinstance(cur, list) else cur[p]
        idn = cur[parts[-1]]
        right = idn[-1]
        cur[parts[-1]] = idn[:-1] + ("1" if right != "1" else "2")
    return f


def minor_owner(app):  # website owner born 2011: 15 years old
    import make_corpus as mc
    import random
    region = s(app)["certificate_number"][2:8] if org(app) else s(app)["certificate_number"][:6]
    idn = mc.resident_id(region, dt.date(2011, 5, 14), "M", random.Random(1))
    w(app)["responsible_person"] = dict(w(app)["responsible_person"], name="赵子轩", id_number=idn,
                                        id_valid_until="2031-05-20", mobile="13697214583",
                                        emergency_phone="13797214586", email="zhaozixuan@163.com")
    app["documents"]["site_authorization_letter"] = True


def other_principal_individual(app):
    p = s(app)["principal"]
    p["name"] = "张秀英"


def share_mobile(app):  # second person with the principal's mobile
    rp = w(app)["responsible_person"]
    w(app)["responsible_person"] = dict(rp, name="陈晓静", id_number="33010619920315452X",
                                        email="chenxj@" + dom(app)["name"],
                                        mobile=s(app)["principal"]["mobile"],
                                        emergency_phone="13758129046")
    app["documents"]["site_authorization_letter"] = True


def owner_not_rep_no_letter(app):
    rp = w(app)["responsible_person"]
    w(app)["responsible_person"] = dict(rp, name="陈晓静", id_number="33010619920315452X",
                                        email="chenxj@" + dom(app)["name"], mobile="13758129041",
                                        emergency_phone="13758129046")
    app["documents"]["site_authorization_letter"] = False


def principal_not_rep(app):
    p = s(app)["principal"]
    s(app)["principal"] = dict(p, name="陈晓静", id_number="33010619920315452X",
                               mobile="13758129041", emergency_phone="13758129046",
                               email="chenxj@" + dom(app)["name"])
    app["documents"]["principal_authorization_letter"] = True


def all_ids(app, old, new):  # a wrong number typed consistently everywhere it appears
    def walk(x):
        if isinstance(x, dict):
            for k, v in x.items():
                if v == old:
                    x[k] = new
                else:
                    walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
    walk(app)


def retype_code(f):
    def g(app):
        old = s(app)["certificate_number"]
        new = f(old, app)
        all_ids(app, old, new)
    return g


def retype_principal_id(f):
    def g(app):
        old = s(app)["principal"]["id_number"]
        all_ids(app, old, f(old))
    return g


def other_person(app, name="张秀英"):
    import make_corpus as mc
    import random
    region = s(app)["certificate_number"][:6] if personal(app) else s(app)["certificate_number"][2:8]
    return {"name": name, "id_type": "resident_id",
            "id_number": mc.resident_id(region, dt.date(1965, 11, 23), "F", random.Random(7)),
            "id_valid_until": "长期", "mobile": "13758129041", "emergency_phone": "13758129046",
            "email": "zhangxiuying65@163.com", "nationality": "CN"}


def age15_filer(app):
    import make_corpus as mc
    import random
    old = s(app)["certificate_number"]
    all_ids(app, old, mc.resident_id(old[:6], dt.date(2011, 5, 14), "M", random.Random(3)))


def other_province_filer(app):  # ID card (number and address) of another province (PPL-017)
    import make_corpus as mc
    import random
    old = s(app)["certificate_number"]
    region = other_region(old[:2])
    all_ids(app, old, mc.resident_id(region, dt.date(1990, 3, 7), "F", random.Random(4)))
    s(app)["certificate_address"] = OTHER_ADDRESS[region]


def other_subject_icp(app):  # another subject's ICP number on the page (DSP-007)
    own = icp_of(app)
    m = re.match(r"(.*?)(\d)(号.*)$", own)
    other = m.group(1) + str((int(m.group(2)) + 3) % 10) + m.group(3)
    pg = app["attachments"]["site_pages"][0]
    pg["html"] = pg["html"].replace(own, other)


def sibling_district(app):
    import make_corpus as mc
    code = s(app)["certificate_number"][2:8] if org(app) else s(app)["certificate_number"][:6]
    me = mc.REGIONS[code]
    sib = sorted(k for k, v in mc.REGIONS.items() if v[1] == "county" and v[2] == me[2] and k != code
                 and v[0].endswith("区") and v[0] not in s(app)["mailing_address"])
    s(app)["district"] = mc.REGIONS[sib[0]][0]


def tencent(app):
    return w(app)["hosting"]["access_provider"] == "腾讯云"


def psb_pending(app):
    return "public_security" in app and "psb_number" not in app["public_security"]


def days(n):
    return (TODAY + dt.timedelta(days=n)).isoformat()


MUTATIONS = [
    # ---- ENT
    ("credit-code-letter-O", "ENT-002", "/subject/certificate_number", org,
     retype_code(lambda c, a: c[:10] + "O" + c[11:])),
    ("credit-code-17-chars", "ENT-002", "/subject/certificate_number", org,
     retype_code(lambda c, a: c[:17])),
    ("credit-code-check-char", "ENT-003", "/subject/certificate_number", org,
     retype_code(lambda c, a: c[:-1] + [x for x in "0123456789ABCDEFGHJKLMNPQRTUWXY" if x != c[-1]][3])),
    # ENT-006 decides by the registered address (the credit code's region never changes on a move)
    ("licence-other-province", "ENT-006", "/subject/certificate_address", org, licence_other_province),
    ("certificate-type-mismatch", "ENT-001", "/subject/certificate_type", ent,
     setp("/subject/certificate_type", "public_institution_certificate")),
    ("investor-market-regulator", "ENT-013", "/subject/investor", ent,
     fn(lambda a: s(a).update(investor=s(a)["city"] + "市场监督管理局"))),
    ("account-holds-other-subject", "ENT-014", "/subject/provider_account_other_subject", lambda a: True,
     setp("/subject/provider_account_other_subject", True)),
    ("order-in-progress", "ENT-015", "/subject/other_orders_in_progress", lambda a: True,
     setp("/subject/other_orders_in_progress", 1)),
    ("registry-revoked", "ENT-009", "/attachments/registry_text", ent,
     fn(lambda a: a.setdefault("attachments", {}).update(
         registry_text="企业名称：%s\n统一社会信用代码：%s\n登记状态：吊销，未注销\n" % (s(a)["name"], s(a)["certificate_number"])))),
    ("licence-expired", "SEED-005", "/subject/license_valid_until", ent,
     setp("/subject/license_valid_until", "2026-06-30")),
    # ---- PPL
    ("id-expires-in-a-month", "PPL-013", "/subject/principal/id_valid_until", lambda a: True,
     fn(lambda a: [p.update(id_valid_until=days(30)) for p in (s(a)["principal"], w(a)["responsible_person"]) if p["name"] == s(a)["principal"]["name"]])),
    ("id-check-digit", "PPL-014", "/subject/principal/id_number", org,
     retype_principal_id(lambda x: x[:-1] + ("1" if x[-1] != "1" else "2"))),
    ("id-birth-feb-30", "PPL-015", "/subject/principal/id_number", org,
     retype_principal_id(lambda x: x[:10] + "0230" + x[14:17] + __import__("make_corpus").id_check(x[:10] + "0230" + x[14:17]))),
    # The website owner's 法人授权书 is PPL-004's alone (its params.provinces 32 31 42 52 35 15 51 36 53);
    # DOC-004 no longer repeats it at the documents list
    ("owner-not-rep-no-letter", "PPL-004", RP + "/name",
     both(ent, prov("江苏", "上海", "湖北", "贵州", "福建", "内蒙古", "四川", "江西", "云南")), owner_not_rep_no_letter),
    ("tencent-owner-not-rep-no-letter", "PPL-004", RP + "/name", both(ent, tencent), owner_not_rep_no_letter),
    ("principal-not-legal-rep", "PPL-001", "/subject/principal/name", both(ent, prov("北京", "浙江", "山东", "广东", "上海", "河南")), principal_not_rep),
    ("personal-principal-other-person", "PPL-006", "/subject/principal/name", personal,
     fn(lambda a: s(a).update(principal=other_person(a)))),
    ("filer-aged-15", "PPL-007", "/subject/principal/id_number", both(personal, prov("河北", "内蒙古", "天津", "湖南", "湖北", "甘肃", "江苏", "广东")), age15_filer),
    # PPL-017 decides by the ID card's address; these provinces (params.not_allowed) refuse other provinces' IDs
    ("personal-id-other-province", "PPL-017", "/subject/certificate_address",
     both(personal, prov("内蒙古", "山西", "新疆", "青海", "西藏", "广西", "宁夏", "甘肃", "湖南")),
     other_province_filer),
    # ---- CON
    ("mobile-10-digits", "CON-001", "/subject/principal/mobile", lambda a: True,
     fn(lambda a: [p.update(mobile=p["mobile"][:10]) for p in (s(a)["principal"], w(a)["responsible_person"]) if p["name"] == s(a)["principal"]["name"]])),
    ("mobile-placeholder", "CON-002", "/subject/principal/mobile", lambda a: True,
     fn(lambda a: [p.update(mobile="13800138000") for p in (s(a)["principal"], w(a)["responsible_person"]) if p["name"] == s(a)["principal"]["name"]])),
    ("two-people-one-mobile", "CON-004", RP + "/mobile", ent, share_mobile),  # CON-004 variant shared_mobile
    ("emergency-equals-mobile", "CON-004", "/subject/principal/emergency_phone", lambda a: True,
     fn(lambda a: [p.update(emergency_phone=p["mobile"]) for p in (s(a)["principal"], w(a)["responsible_person"]) if p["name"] == s(a)["principal"]["name"]])),
    ("email-without-at", "CON-012", "/subject/principal/email", lambda a: True,
     fn(lambda a: [p.update(email=p["email"].replace("@", "#")) for p in (s(a)["principal"], w(a)["responsible_person"]) if p["name"] == s(a)["principal"]["name"]])),
    ("office-phone-mobile", "CON-011", "/subject/office_phone", org,
     fn(lambda a: s(a).update(office_phone="8862-1234"))),
    # ---- ADR
    ("mailing-no-door-number", "ADR-001", "/subject/mailing_address", lambda a: True,
     fn(lambda a: s(a).update(mailing_address=s(a)["mailing_address"].split("路")[0] + "路" if "路" in s(a)["mailing_address"] else s(a)["mailing_address"].split("街")[0] + "街"))),
    ("mailing-dash-shorthand", "ADR-002", "/subject/mailing_address", personal,
     fn(lambda a: s(a).update(mailing_address=__import__("re").sub(r"(\d+)号.*", r"\g<1>-3-502", s(a)["mailing_address"])))),
    ("selected-other-district", "ADR-004", "/subject/mailing_address", lambda a: True, sibling_district),
    ("tianjin-shixiaqu", "ADR-003", "/subject/mailing_address", prov("天津"),
     fn(lambda a: s(a).update(mailing_address=s(a)["mailing_address"].replace("天津市", "天津市市辖区", 1)))),
    ("hebei-mailing-other-city", "ADR-005", "/subject/mailing_address", both(org, prov("河北", "河南", "贵州")),
     fn(lambda a: s(a).update(mailing_address={"河北": "河北省廊坊市广阳区新华路50号万达广场B座1203室", "河南": "河南省开封市龙亭区中山路北段66号", "贵州": "贵州省安顺市西秀区中华南路18号"}[s(a)["province"]],
                              city={"河北": "廊坊市", "河南": "开封市", "贵州": "安顺市"}[s(a)["province"]],
                              district={"河北": "广阳区", "河南": "龙亭区", "贵州": "西秀区"}[s(a)["province"]]))),
    # ---- DOC
    ("scan-photocopy", "DOC-001", "/documents/scan_quality", lambda a: True, setp("/documents/scan_quality", "photocopy")),
    ("no-licence-scan", "DOC-004", "/documents/business_license_scan", org, setp("/documents/business_license_scan", False)),
    ("no-id-card-scan", "DOC-004", "/documents/id_card_front_back", lambda a: True, setp("/documents/id_card_front_back", False)),
    ("gd-no-commitment-letter", "DOC-005", "/documents/filing_commitment_letter", prov("广东"), setp("/documents/filing_commitment_letter", False)),
    ("js-no-authenticity-notice", "DOC-006", "/documents/authenticity_notice", prov("江苏"), setp("/documents/authenticity_notice", False)),
    ("screenshot-without-number", "DOC-009", "/documents/domain_screenshot_shows", lambda a: True,
     setp("/documents/domain_screenshot_shows", ["domain", "holder"])),
    # DOC-014 warns only in 湖北 (params.remark_provinces) for a service type other than 单位门户网站
    ("remarks-empty", "DOC-014", W0 + "/remarks",
     both(prov("湖北"), lambda a: any(t != "单位门户网站" for t in w(a)["service_types"])), setp(W0 + "/remarks", "")),
    ("upload-too-large", "DOC-002", "/documents/files/0/size_kb", lambda a: True,
     setp("/documents/files", [{"name": "营业执照.jpg", "size_kb": 9800, "purpose": "icp"}])),
    # ---- DOM
    ("domain-underscore", "DOM-001", W0 + "/domains/0/name", lambda a: True,
     fn(lambda a: dom(a).update(name=dom(a)["name"].replace(".", "_", 1).replace("_", "_x.", 1) if False else dom(a)["name"].split(".")[0] + "_shop." + dom(a)["name"].split(".", 1)[1]))),
    ("domain-with-www", "DOM-002", W0 + "/domains/0/name", lambda a: True,
     fn(lambda a: dom(a).update(name="www." + dom(a)["name"]))),
    ("tld-xyz", "DOM-003", W0 + "/domains/0/name", both(icp_stage, lambda a: a["subject"]["type"] in ("enterprise", "individual", "sole_proprietor")),
     fn(lambda a: dom(a).update(name=dom(a)["name"].split(".")[0] + ".xyz"))),
    ("registrar-godaddy", "DOM-004", W0 + "/domains/0/registrar", icp_stage,
     fn(lambda a: dom(a).update(registrar="GoDaddy.com, LLC"))),
    ("registrar-aliyun-intl", "DOM-004", W0 + "/domains/0/registrar", icp_stage,
     fn(lambda a: dom(a).update(registrar="Alibaba Cloud International (Singapore)"))),
    ("domain-expired", "DOM-005", W0 + "/domains/0/expires_on", lambda a: True, fn(lambda a: dom(a).update(expires_on=days(-10)))),
    ("domain-expires-soon", "DOM-006", W0 + "/domains/0/expires_on", lambda a: True, fn(lambda a: dom(a).update(expires_on=days(40)))),
    ("domain-not-verified", "DOM-007", W0 + "/domains/0/real_name_verified", lambda a: True,
     fn(lambda a: (dom(a).update(real_name_verified=False), dom(a).pop("real_name_verified_on")))),
    ("verified-yesterday", "DOM-008", W0 + "/domains/0/real_name_verified_on", icp_stage,
     fn(lambda a: dom(a).update(real_name_verified_on=days(-1)))),
    ("registrant-other-company", "DOM-009", W0 + "/domains/0/registrant", org,
     fn(lambda a: dom(a).update(registrant="杭州云启网络科技有限公司", registrant_certificate_number="91330106MAK8PBRN79"))),
    ("personal-registrant-other", "DOM-010", W0 + "/domains/0/registrant", personal,
     fn(lambda a: dom(a).update(registrant="张秀英", registrant_certificate_number="110105196511231223"))),
    ("registrant-legal-rep", "DOM-011", W0 + "/domains/0/registrant", both(ent, prov("浙江", "广东", "四川", "江西", "天津")),
     fn(lambda a: dom(a).update(registrant=s(a)["legal_representative_name"], registrant_certificate_type="resident_id",
                                registrant_certificate_number=s(a)["principal"]["id_number"]))),
    ("tianjin-privacy-on", "DOM-012", W0 + "/domains/0/privacy_protection", prov("天津"), fn(lambda a: dom(a).update(privacy_protection=True))),
    ("cctld-io-beijing", "DOM-013", W0 + "/domains/0/name", both(icp_stage, prov("北京", "湖南", "吉林", "内蒙古")),
     fn(lambda a: dom(a).update(name=dom(a)["name"].split(".")[0] + ".io"))),
    ("domain-china-word", "DOM-017", W0 + "/domains/0/name", ent,
     fn(lambda a: dom(a).update(name=dom(a)["name"].split(".")[0] + "china." + dom(a)["name"].split(".", 1)[1]))),
    ("live-before-filing", "DOM-018", W0 + "/resolved_ips", icp_stage,
     fn(lambda a: w(a).update(resolved_ips=list(w(a)["hosting"]["server_ips"])))),
    ("registrant-width-variant", "SEED-019", W0 + "/domains/0/registrant", both(ent, lambda a: "（" not in a["subject"]["name"]),
     fn(lambda a: dom(a).update(registrant=s(a)["name"].replace("有限公司", " 有限公司")))),
    ("two-domains-one-site", "DOM-014", W0 + "/domains", icp_stage,
     # the second domain keeps the first one's suffix (a .net would break ENT-024 for 事业单位 etc.)
     fn(lambda a: w(a)["domains"].append(dict(dom(a), name=dom(a)["name"].split(".")[0] + "online." + dom(a)["name"].split(".", 1)[1])))),
    # ---- NAME
    ("name-two-chars", "NAME-001", W0 + "/name", org, setp(W0 + "/name", "青禾")),
    ("name-digits", "NAME-002", W0 + "/name", lambda a: True, setp(W0 + "/name", "20261128")),
    ("name-english", "NAME-003", W0 + "/name", org, fn(lambda a: w(a).update(name=dom(a)["name"].split(".")[0].capitalize() + " Official Site"))),
    ("name-is-domain", "NAME-004", W0 + "/name", lambda a: True, fn(lambda a: w(a).update(name="www." + dom(a)["name"]))),
    ("name-symbol", "NAME-005", W0 + "/name", lambda a: True, fn(lambda a: w(a).update(name=w(a)["name"] + "★"))),
    ("name-zhongguo", "NAME-006", W0 + "/name", ent, fn(lambda a: w(a).update(name="中国" + w(a)["name"]))),
    ("name-public-affairs", "NAME-007", W0 + "/name", ent, fn(lambda a: w(a).update(name=w(a)["name"][:2] + "消费维权投诉"))),
    ("name-gambling", "NAME-008", W0 + "/name", lambda a: True, fn(lambda a: w(a).update(name=w(a)["name"][:2] + "博彩之家"))),
    ("name-medical", "NAME-009", W0 + "/name", ent, fn(lambda a: w(a).update(name=w(a)["name"][:2] + "医疗健康网"))),
    ("name-forum", "NAME-010", W0 + "/name", ent, fn(lambda a: w(a).update(name=w(a)["name"][:-2] + "论坛"))),
    ("name-unrelated", "NAME-013", W0 + "/name", ent, setp(W0 + "/name", "蓝鲸优选")),
    ("personal-name-has-person", "NAME-016", W0 + "/name", personal, fn(lambda a: w(a).update(name=s(a)["name"] + "的读书笔记"))),
    ("personal-name-navigation", "NAME-017", W0 + "/name", personal, fn(lambda a: w(a).update(name=w(a)["name"][:2] + "书签导航"))),
    ("personal-name-company", "NAME-021", W0 + "/name", personal, fn(lambda a: w(a).update(name=w(a)["name"][:2] + "贸易公司"))),
    ("name-global", "SEED-011", W0 + "/name", ent, fn(lambda a: w(a).update(name=w(a)["name"][:-2] + "全球购"))),
    # ---- CNT
    # 新闻中心 is the company's own news (CNT-001 params.harmless); reposting news is the news service
    ("column-news-reposting", "CNT-001", W0 + "/columns/1", org, fn(lambda a: w(a)["columns"].__setitem__(1, "新闻资讯转载"))),
    ("personal-shop-features", "CNT-004", W0 + "/features/payment", personal,
     fn(lambda a: w(a)["features"].update(payment=True))),
    ("personal-service-shopping", "CNT-005", W0 + "/service_types/0", personal, setp(W0 + "/service_types", ["网络购物"])),
    ("org-service-games", "CNT-006", W0 + "/service_types/0", org, setp(W0 + "/service_types", ["网络游戏"])),
    ("content-gambling", "CNT-009", W0 + "/service_content", lambda a: True,
     fn(lambda a: w(a).update(service_content=w(a)["service_content"] + "，并提供赌博服务"))),
    ("columns-daigou", "SEED-012", W0 + "/columns/1", lambda a: not personal(a), fn(lambda a: w(a)["columns"].__setitem__(1, "海外代购"))),
    # ---- HST
    ("host-hong-kong", "HST-001", W0 + "/hosting/instance_region", icp_stage,
     fn(lambda a: w(a)["hosting"].update(instance_region="cn-hongkong"))),
    ("pay-as-you-go", "HST-002", W0 + "/hosting/instance_billing", lambda a: True, setp(W0 + "/hosting/instance_billing", "pay_as_you_go")),
    ("one-month", "HST-003", W0 + "/hosting/instance_months", lambda a: True, setp(W0 + "/hosting/instance_months", 1)),
    ("no-public-ip", "HST-004", W0 + "/hosting/public_ip", lambda a: True, setp(W0 + "/hosting/public_ip", False)),
    ("private-ip", "HST-005", W0 + "/hosting/server_ips/0", lambda a: True, setp(W0 + "/hosting/server_ips", ["192.168.1.20"])),
    ("codes-used-up", "HST-006", W0 + "/hosting/instance_codes_used", icp_stage, setp(W0 + "/hosting/instance_codes_used", 5)),
    ("instance-expires", "HST-009", W0 + "/hosting/instance_expires_on", lambda a: True, setp(W0 + "/hosting/instance_expires_on", days(20))),
    ("resolves-elsewhere", "HST-008", W0 + "/resolved_ips/0", lambda a: not icp_stage(a), setp(W0 + "/resolved_ips", ["47.96.200.17"])),
    # ---- PSB
    ("psb-late", "PSB-001", W0 + "/launched_on", lambda a: not icp_stage(a),
     fn(lambda a: (w(a).update(launched_on=days(-75)), a["public_security"].update(icp_approved_on=days(-80)), a["public_security"].pop("filed_on", None), a["public_security"].pop("psb_number", None), a["public_security"].pop("psb_approved_on", None)))),
    ("psb-no-officer", "SEED-016", "/public_security/security_officer", psb_pending,
     fn(lambda a: a["public_security"].pop("security_officer"))),
    ("psb-no-launch-date", "PSB-004", W0 + "/launched_on", psb_pending, fn(lambda a: w(a).pop("launched_on"))),
    ("psb-number-short", "PSB-007", "/public_security/psb_number", has_psb_no,
     fn(lambda a: (lambda old, new: (all_ids(a, old, new), a["attachments"]["site_pages"][0].update(
         html=a["attachments"]["site_pages"][0]["html"].replace(old, new))))(a["public_security"]["psb_number"], a["public_security"]["psb_number"][:-4] + "号"))),
    ("psb-interactive-undeclared", "PSB-005", "/attachments/site_pages/0/html", has_pages,
     sub_page("<main>", "<main><form action=\"/login\"><input name=\"user\"><button>登录</button></form><p>欢迎留言评论</p>")),
    # ---- DSP
    ("page-without-icp", "DSP-001", "/attachments/site_pages/0/html", has_pages,
     fn(lambda a: a["attachments"]["site_pages"][0].update(html=a["attachments"]["site_pages"][0]["html"].replace(icp_of(a), "")))),
    ("page-icp-bad-format", "DSP-002", "/attachments/site_pages/0/html", has_pages,
     fn(lambda a: a["attachments"]["site_pages"][0].update(html=a["attachments"]["site_pages"][0]["html"].replace(icp_of(a), icp_of(a).replace("号-", "-"))))),
    ("page-icp-other-province", "DSP-003", "/attachments/site_pages/0/html", has_pages,
     fn(lambda a: a["attachments"]["site_pages"][0].update(html=a["attachments"]["site_pages"][0]["html"].replace(icp_of(a), ("京" if icp_of(a)[0] != "京" else "沪") + icp_of(a)[1:])))),
    ("page-icp-unlinked", "DSP-004", "/attachments/site_pages/0/html", has_pages,
     sub_page('<a href="https://beian.miit.gov.cn/" target="_blank">', '<span>')),
    # DSP-007 accepts any of the subject's own numbers (-N): show another subject's number
    ("page-icp-other-subject", "DSP-007", "/attachments/site_pages/0/html", has_pages, other_subject_icp),
    ("page-psb-missing", "DSP-010", "/attachments/site_pages/0/html", has_psb_no,
     fn(lambda a: a["attachments"]["site_pages"][0].update(html=a["attachments"]["site_pages"][0]["html"].split(" <a href=\"https://beian.mps")[0] + "</p></footer></body></html>"))),
    ("page-psb-other-number", "DSP-011", "/attachments/site_pages/0/html", has_psb_no,
     fn(lambda a: a["attachments"]["site_pages"][0].update(html=a["attachments"]["site_pages"][0]["html"].replace(a["public_security"]["psb_number"][:-2], a["public_security"]["psb_number"][:-3] + "9")))),
    ("filed-site-no-number", "DSP-013", "/subject/filed_sites/0/shows_icp_number", lambda a: bool(a["subject"].get("filed_sites")),
     setp("/subject/filed_sites/0/shows_icp_number", False)),
    # ---- APP
    ("paid-information", "APP-006", W0 + "/features/paid_information_service", lambda a: ent(a),
     setp(W0 + "/features/paid_information_service", True)),
    ("third-party-merchants", "APP-007", W0 + "/features/third_party_merchants", ent,
     setp(W0 + "/features/third_party_merchants", True)),
    ("foreign-subject", "APP-012", "/subject/country", ent, setp("/subject/country", "US")),
    ("new-provider-unfiled", "APP-010", W0 + "/hosting/access_provider", lambda a: not icp_stage(a),
     setp(W0 + "/filed_via", "腾讯云")),
    ("sole-paid-info", "SEED-008", W0 + "/features/paid_information_service", lambda a: s(a)["type"] == "sole_proprietor",
     setp(W0 + "/features/paid_information_service", True)),
]


def make_variants(ready_dir, out, rnd):
    bases = {}
    for name in sorted(os.listdir(ready_dir)):
        if name.endswith(".json"):
            with open(os.path.join(ready_dir, name), encoding="utf-8") as f:
                bases[name[:-5]] = json.load(f)
    manifest = []
    for mname, rule, path, applies, apply in MUTATIONS:
        cands = [k for k in sorted(bases) if applies(bases[k])]
        if not cands:
            raise SystemExit("mutation %s applies to no ready case" % mname)
        for base in rnd.sample(cands, min(PER_MUTATION, len(cands))):
            app = copy.deepcopy(bases[base])
            apply(app)
            vid = "%s--%s" % (base, mname)
            with open(os.path.join(out, vid + ".json"), "w", encoding="utf-8") as f:
                json.dump(app, f, ensure_ascii=False, indent=1)
            manifest.append({"id": vid, "base": base, "mutation": mname,
                             "expect": {"rule": rule, "path": path}})
    return manifest
