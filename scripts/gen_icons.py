#!/usr/bin/env python3
"""Draws the app icons (web/icons/icon-192.png, icon-512.png) with the standard library only:
a red rounded square with a white seal ring and a check mark, the same shape as icon.svg.

usage: gen_icons.py [OUT_DIR]   (default web/icons)
"""
import math
import os
import struct
import sys
import zlib

RED = (179, 38, 30)
WHITE = (255, 255, 255)


def png(width, height, rows):
    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(r) for r in rows)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def seg_dist(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def coverage(x, y):
    """Colour and alpha at point (x, y) in a 0..1 square (the SVG's 512 units / 512)."""
    r = 0.18  # corner radius (maskable: content stays inside the 80 % safe zone)
    cx, cy = min(max(x, r), 1 - r), min(max(y, r), 1 - r)
    if math.hypot(x - cx, y - cy) > r:
        return None
    d = math.hypot(x - 0.5, y - 0.5)
    if 0.285 <= d <= 0.325:  # seal ring
        return WHITE
    check = min(seg_dist(x, y, 0.35, 0.51, 0.46, 0.62), seg_dist(x, y, 0.46, 0.62, 0.67, 0.39))
    if check <= 0.04:
        return WHITE
    return RED


def draw(size, ss=3):
    rows = []
    for j in range(size):
        row = []
        for i in range(size):
            acc = [0, 0, 0, 0]
            for sj in range(ss):
                for si in range(ss):
                    c = coverage((i + (si + 0.5) / ss) / size, (j + (sj + 0.5) / ss) / size)
                    if c:
                        acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 1
            n = acc[3]
            if n:
                row += [acc[0] // n, acc[1] // n, acc[2] // n, 255 * n // (ss * ss)]
            else:
                row += [0, 0, 0, 0]
        rows.append(row)
    return png(size, size, rows)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "web", "icons")
    os.makedirs(out, exist_ok=True)
    for size in (192, 512):
        with open(os.path.join(out, f"icon-{size}.png"), "wb") as f:
            f.write(draw(size))


if __name__ == "__main__":
    main()
