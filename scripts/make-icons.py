#!/usr/bin/env python3
"""Draws the app's PNG icons (the same mark as assets/icons/icon.svg) with no image library.

Run once when the mark changes: python3 scripts/make-icons.py
"""
import struct, zlib, math, os

BG = (0x1D, 0x5F, 0x8A)
FG = (0xFF, 0xFF, 0xFF)

def coverage(d, r0, r1):
    """Anti-aliased coverage of a ring between radii r0..r1 at distance d."""
    return max(0.0, min(1.0, d - r0 + 0.5)) * max(0.0, min(1.0, r1 - d + 0.5))

def draw(size, maskable):
    scale = size / 64.0
    # Maskable icons keep the mark inside the central 80% safe zone and fill the square.
    mark = 0.72 if maskable else 1.0
    corner = 0 if maskable else 14 * scale
    rows = []
    c = size / 2
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            px, py = x + 0.5, y + 0.5
            # rounded-square alpha
            dx = max(corner - px, 0, px - (size - corner))
            dy = max(corner - py, 0, py - (size - corner))
            a = 1.0 if corner == 0 else max(0.0, min(1.0, corner - math.hypot(dx, dy) + 0.5))
            d = math.hypot(px - c, py - c) / (scale * mark)
            fg = max(coverage(d, 14, 20), coverage(d, -1, 5))
            col = [round(BG[i] * (1 - fg) + FG[i] * fg) for i in range(3)]
            row += bytes(col + [round(a * 255)])
        rows.append(bytes(row))
    raw = b"".join(rows)
    def chunk(t, data):
        return struct.pack(">I", len(data)) + t + data + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

out = os.path.join(os.path.dirname(__file__), "..", "assets", "icons")
for name, size, maskable in [("icon-192.png", 192, False), ("icon-512.png", 512, False), ("maskable-512.png", 512, True)]:
    with open(os.path.join(out, name), "wb") as f:
        f.write(draw(size, maskable))
    print(name)
