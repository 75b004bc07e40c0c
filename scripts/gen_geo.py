#!/usr/bin/env python3
"""Turns the reference data under data/ into the compact files embedded into the binary.

usage: gen_geo.py DATA_DIR OUT_DIR

Writes (formats are read by core/geo/regions.cc, core/net/ip.cc, core/time/calendar.cc):

OUT_DIR/regions.bin   GB/T 2260 codes, current and historical (data/regions/*.tsv, CC0), sorted
    by code then start year, in columns (read without parsing text: one pass, a few bytes each):
        "GBR1", u32 COUNT,
        COUNT x varint DELTA   code minus the previous record's code (first: the code itself)
        COUNT x u8 FLAGS       bits 0-1 level (0 province, 1 prefecture, 2 county), bit 2 in use
                               today, bit 3 a START follows, bit 4 an END follows
        COUNT x u8 NAME_LEN    bytes of the name
        COUNT x u8 SHORT_LEN   bytes of the short name, a prefix of the name: the name minus a
                               plain suffix (省, 市 …), or for 自治州/自治县/自治旗 names the place
                               part (湘西土家族苗族自治州 -> 湘西); == NAME_LEN when nothing is cut
        u16 START per record with bit 3 (first year; otherwise 1981, the first published list)
        u16 END per record with bit 4 (first year no longer valid; otherwise still valid)
        the names, one after the other (UTF-8)
    integers little-endian.
OUT_DIR/ipranges.bin  IP ranges (data/ip MIT, data/cdn CC0), four sections cn4, cn6, cf4, cf6:
        varint COUNT, then COUNT x (varint GAP, varint SIZE)
    merged, sorted, inclusive ranges [first, last]; GAP = first - (previous last + 1) (first
    range: first itself), SIZE = last - first. IPv4 values are 32-bit addresses; IPv6 values
    are the upper 64 bits (all listed prefixes are /64 or shorter; the generator checks).
OUT_DIR/holidays.txt  days off and makeup working days (data/holidays/*.json, MIT):
        first line "years FIRST LAST", then one "YYYY-MM-DD H|W" line per date.
"""
import csv
import glob
import ipaddress
import json
import os
import sys

ETHNIC = ("蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 "
          "拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 "
          "塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 "
          "基诺 各").split()
PLAIN_SUFFIXES = ("特别行政区", "自治区", "地区", "林区", "特区", "省", "市", "县", "区", "旗", "盟")


def fail(msg):
    sys.stderr.write(f"gen_geo: {msg}\n")
    sys.exit(1)


def plain_short(name):
    for s in PLAIN_SUFFIXES:
        if name.endswith(s) and len(name) - len(s) >= 2:
            return name[: -len(s)]
    return name


def alias(name):
    """Short form of autonomous prefectures/counties/banners: 湘西土家族苗族自治州 -> 湘西."""
    for s in ("自治区", "自治州", "自治县", "自治旗"):
        if name.endswith(s):
            base = name[: -len(s)]
            if s == "自治区":  # 新疆维吾尔自治区 -> 新疆
                for e in sorted(ETHNIC, key=len, reverse=True):
                    if base.endswith(e) and len(base) - len(e) >= 2:
                        base = base[: -len(e)]
                        break
            changed = True
            while changed:
                changed = False
                if base.endswith("族"):
                    for e in sorted(ETHNIC, key=len, reverse=True):
                        if base.endswith(e + "族") and len(base) - len(e) - 1 >= 2:
                            base = base[: -len(e) - 1]
                            changed = True
                            break
            return base if base != plain_short(name) else ""
    return ""


def gen_regions(data_dir, out):
    path = os.path.join(data_dir, "regions", "gbt2260_history.tsv")
    current_path = os.path.join(data_dir, "regions", "gbt2260_current.tsv")
    with open(current_path, encoding="utf-8") as f:
        current = {r["code"]: r for r in csv.DictReader(f, delimiter="\t")}
    recs = []
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            code = r["code"]
            if len(code) != 6 or not code.isdigit():
                fail(f"bad code {code!r}")
            level = {"province": "p", "prefecture": "f", "county": "c"}.get(r["level"])
            if not level:
                fail(f"bad level {r['level']!r}")
            in_use = r["status"] == "in_use"
            if in_use and code not in current:
                fail(f"{code} in use but not in current list")
            start = int(r["start_year"]) if r["start_year"] else 1981
            end = int(r["end_year"]) if r["end_year"] else 0
            recs.append((int(code), start, r["name"], level.upper() if in_use else level, end))
    recs.sort()
    deltas, flags, name_lens, short_lens, starts, ends, names = bytearray(), [], [], [], [], [], []
    prev = 0
    for code, start, name, level, end in recs:
        varint(code - prev, deltas)
        prev = code
        short = alias(name) or plain_short(name)
        raw, raw_short = name.encode("utf-8"), short.encode("utf-8")
        if not raw.startswith(raw_short) or len(raw) > 255:
            fail(f"{code}: short name {short!r} of {name!r}")
        flags.append("pfc".index(level.lower()) | (4 if level.isupper() else 0) |
                     (8 if start != 1981 else 0) | (16 if end else 0))
        name_lens.append(len(raw))
        short_lens.append(len(raw_short))
        if start != 1981:
            starts.append(start)
        if end:
            ends.append(end)
        names.append(raw)
    in_use = sum(1 for r in recs if r[3].isupper())
    if in_use != len(current):
        fail(f"{in_use} codes in use, current list has {len(current)}")
    out_bytes = bytearray(b"GBR1") + len(recs).to_bytes(4, "little") + deltas
    out_bytes += bytes(flags) + bytes(name_lens) + bytes(short_lens)
    for year in starts + ends:
        out_bytes += year.to_bytes(2, "little")
    out_bytes += b"".join(names)
    with open(out, "wb") as f:
        f.write(out_bytes)


def varint(n, buf):
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            buf.append(b | 0x80)
        else:
            buf.append(b)
            return


def read_ranges(path, v6):
    ranges = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            net = ipaddress.ip_network(line, strict=False)
            if v6:
                if net.version != 6 or net.prefixlen > 64:
                    fail(f"{path}: {line} is not an IPv6 prefix of /64 or shorter")
                first = int(net.network_address) >> 64
                last = int(net.broadcast_address) >> 64
            else:
                if net.version != 4:
                    fail(f"{path}: {line} is not IPv4")
                first, last = int(net.network_address), int(net.broadcast_address)
            ranges.append((first, last))
    ranges.sort()
    merged = []
    for a, b in ranges:
        if merged and a <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return merged


def gen_ip(data_dir, out):
    buf = bytearray()
    for rel, v6 in (("ip/cn_ipv4.txt", False), ("ip/cn_ipv6.txt", True),
                    ("cdn/cloudflare_ipv4.txt", False), ("cdn/cloudflare_ipv6.txt", True)):
        merged = read_ranges(os.path.join(data_dir, rel), v6)
        varint(len(merged), buf)
        prev_end = -1
        for a, b in merged:
            varint(a - (prev_end + 1), buf)
            varint(b - a, buf)
            prev_end = b
    with open(out, "wb") as f:
        f.write(bytes(buf))


def gen_holidays(data_dir, out):
    days, years = {}, []
    for path in sorted(glob.glob(os.path.join(data_dir, "holidays", "*.json"))):
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        year = doc.get("year")
        if not isinstance(year, int) or not isinstance(doc.get("days"), dict):
            fail(f"{path}: needs year and days")
        if not doc["days"]:
            continue  # not published yet
        years.append(year)
        for date, info in doc["days"].items():
            kind = {"holiday": "H", "workday": "W"}.get(info.get("type"))
            if not kind or len(date) != 10:
                fail(f"{path}: bad entry {date}")
            if days.get(date, kind) != kind:
                fail(f"{path}: {date} conflicts with another file")
            days[date] = kind
    if not years:
        fail("no holiday files")
    years.sort()
    if years != list(range(years[0], years[-1] + 1)):
        fail(f"holiday years not contiguous: {years}")
    with open(out, "w", encoding="utf-8") as f:
        f.write(f"years {years[0]} {years[-1]}\n")
        for d in sorted(days):
            f.write(f"{d} {days[d]}\n")


def main():
    if len(sys.argv) != 3:
        fail("usage: gen_geo.py DATA_DIR OUT_DIR")
    data_dir, out_dir = sys.argv[1:3]
    os.makedirs(out_dir, exist_ok=True)
    gen_regions(data_dir, os.path.join(out_dir, "regions.bin"))
    gen_ip(data_dir, os.path.join(out_dir, "ipranges.bin"))
    gen_holidays(data_dir, os.path.join(out_dir, "holidays.txt"))


if __name__ == "__main__":
    main()
