#!/usr/bin/env python3
"""Draws the default theme's icon: templates/default/assets/favicon.svg and
favicon.ico (16, 32 and 48 px, PNG inside ICO), from one description, with
the standard library only. The mark is three rising white bars on the
header's dark blue over its turquoise rule: a report with figures.

Run from the repository root: tools/make-favicon.py"""
import struct, zlib

BLUE, TURQUOISE, WHITE = (0x12, 0x43, 0x6D), (0x28, 0xA1, 0x97), (0xFF, 0xFF, 0xFF)
# Shapes on a 32-unit square, painted in order: (colour, x, y, width, height).
SHAPES = [
    (BLUE, 0, 0, 32, 32),
    (TURQUOISE, 0, 27, 32, 5),
    (WHITE, 6, 16, 5, 8),
    (WHITE, 13.5, 11, 5, 13),
    (WHITE, 21, 6, 5, 18),
]
OUT = "templates/default/assets/"


def svg():
    rects = "".join(
        f'<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="#{c[0]:02x}{c[1]:02x}{c[2]:02x}"/>'
        for c, x, y, w, h in SHAPES)
    return f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">{rects}</svg>\n'


def pixels(size):
    """RGB rows at `size` px, each pixel the area-weighted colour of the shapes (4x4 samples)."""
    rows = []
    for py in range(size):
        row = bytearray()
        for px in range(size):
            total = [0, 0, 0]
            for sy in range(4):
                for sx in range(4):
                    x = (px + (sx + 0.5) / 4) * 32 / size
                    y = (py + (sy + 0.5) / 4) * 32 / size
                    colour = BLUE
                    for c, rx, ry, w, h in SHAPES:
                        if rx <= x < rx + w and ry <= y < ry + h:
                            colour = c
                    total = [t + v for t, v in zip(total, colour)]
            row += bytes(round(t / 16) for t in total)
        rows.append(bytes(row))
    return rows


def png(size):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\0" + row for row in pixels(size))
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def ico(sizes):
    images = [png(s) for s in sizes]
    out = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for s, image in zip(sizes, images):
        out += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 24, len(image), offset)
        offset += len(image)
    return out + b"".join(images)


with open(OUT + "favicon.svg", "w") as f:
    f.write(svg())
with open(OUT + "favicon.ico", "wb") as f:
    f.write(ico([16, 32, 48]))
