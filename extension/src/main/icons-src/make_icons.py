#!/usr/bin/env python3
"""Draws the extension icons once (run by hand; the PNGs are committed). No image library needed:
a blue rounded square with three white ledger lines, anti-aliased by 4x4 supersampling."""
import os, struct, zlib

BLUE = (10, 102, 194)
WHITE = (255, 255, 255)
OUT = os.path.join(os.path.dirname(__file__), '..', 'extension', 'icons')


def inside(x, y):
    """Shape in unit coordinates: 0 = transparent, 1 = blue, 2 = white."""
    r = 0.2
    cx, cy = min(max(x, r), 1 - r), min(max(y, r), 1 - r)
    if (x - cx) ** 2 + (y - cy) ** 2 > r * r:
        return 0
    for top, right in ((0.26, 0.78), (0.45, 0.78), (0.64, 0.56)):
        if 0.22 <= x <= right and top <= y <= top + 0.1:
            return 2
    # a small check mark at the bottom right: the "done by hand" tick
    if near_segment(x, y, (0.60, 0.70), (0.68, 0.78)) or near_segment(x, y, (0.68, 0.78), (0.84, 0.60)):
        return 2
    return 1


def near_segment(x, y, a, b, width=0.05):
    (ax, ay), (bx, by) = a, b
    t = max(0, min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)))
    px, py = ax + t * (bx - ax), ay + t * (by - ay)
    return (x - px) ** 2 + (y - py) ** 2 <= width * width


def pixel(px, py, size, n=4):
    acc = [0, 0, 0, 0]
    for sy in range(n):
        for sx in range(n):
            v = inside((px + (sx + .5) / n) / size, (py + (sy + .5) / n) / size)
            if v:
                c = BLUE if v == 1 else WHITE
                acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255
    k = n * n
    a = acc[3] / k
    if a == 0:
        return (0, 0, 0, 0)
    return tuple(round(acc[i] / (acc[3] / 255)) for i in range(3)) + (round(a),)


def png(size):
    raw = b''.join(b'\x00' + b''.join(bytes(pixel(x, y, size)) for x in range(size)) for y in range(size))
    def chunk(tag, data):
        return struct.pack('>I', len(data)) + tag + data + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)) \
        + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')


for s in (16, 32, 48, 128):
    with open(os.path.join(OUT, f'icon-{s}.png'), 'wb') as f:
        f.write(png(s))
