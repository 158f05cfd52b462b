#!/usr/bin/python3
"""Writes the image corpus of TestImageCorpus: one small file per kind of
image users bring (JPEG baseline/progressive, gray/RGB/CMYK, Adobe CMYK,
embedded ICC, every EXIF orientation; PNG in every colour type and bit
depth, palette with tRNS, gray with alpha, 16-bit, interlaced).

Run from this folder: ./make-images.py  (needs python3-pil and imagemagick)
"""
import os, struct, subprocess, zlib
from PIL import Image

W, H = 24, 16
SRGB = open(os.path.join(os.path.dirname(__file__), "../../../../assets/icc/sRGB2014.icc"), "rb").read()

def rgb():
    im = Image.new("RGB", (W, H))
    im.putdata([((x * 255) // (W - 1), (y * 255) // (H - 1), ((x + y) * 37) % 256) for y in range(H) for x in range(W)])
    return im

def rgba():
    im = rgb().convert("RGBA")
    im.putalpha(Image.frombytes("L", (W, H), bytes(((x * 11 + y * 5) % 256) for y in range(H) for x in range(W))))
    return im

def gray():
    return rgb().convert("L")

def exif(orientation):
    e = Image.Exif()
    e[0x0112] = orientation
    return e.tobytes()

# An asymmetric picture, so every orientation is distinguishable.
rgb().save("jpeg-rgb-baseline.jpg", quality=95)
rgb().save("jpeg-rgb-progressive.jpg", quality=95, progressive=True)
gray().save("jpeg-gray.jpg", quality=95)
rgb().convert("CMYK").save("jpeg-cmyk-adobe.jpg", quality=95)   # PIL writes Adobe's inverted CMYK
rgb().save("jpeg-rgb-icc.jpg", quality=95, icc_profile=SRGB)
for o in range(2, 9):
    rgb().save(f"jpeg-orientation-{o}.jpg", quality=95, exif=exif(o))

def write_png(name, depth, colour_type, rows, plte=None, trns=None, interlace=False):
    """Writes a PNG exactly as asked (PIL chooses depths itself)."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\0" + r for r in rows)
    out = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, depth, colour_type, 0, 0, 0))
    if plte:
        out += chunk(b"PLTE", plte)
    if trns is not None:
        out += chunk(b"tRNS", trns)
    out += chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    open(name, "wb").write(out)

def pack(values, depth):
    """Packs samples of 1, 2, 4, 8 or 16 bits into a row."""
    if depth == 16:
        return b"".join(struct.pack(">H", v) for v in values)
    if depth == 8:
        return bytes(values)
    out, acc, n = [], 0, 0
    for v in values:
        acc = (acc << depth) | v
        n += depth
        if n == 8:
            out.append(acc); acc, n = 0, 0
    if n:
        out.append(acc << (8 - n))
    return bytes(out)

def level(x, y, depth, salt=0):
    return ((x * 7 + y * 13 + salt * 5) * 2654435761 >> 7) % (1 << depth)

for depth in (1, 2, 4, 16):
    write_png(f"png-gray-{depth}bit.png", depth, 0, [pack([level(x, y, depth) for x in range(W)], depth) for y in range(H)])
gray().save("png-gray-8bit.png")
write_png("png-graya-16bit.png", 16, 4, [pack([v for x in range(W) for v in (level(x, y, 16), level(x, y, 16, 1))], 16) for y in range(H)])
rgba().convert("LA").save("png-graya-8bit.png")
write_png("png-rgb-16bit.png", 16, 2, [pack([level(x, y, 16, c) for x in range(W) for c in range(3)], 16) for y in range(H)])
write_png("png-rgba-16bit.png", 16, 6, [pack([level(x, y, 16, c) for x in range(W) for c in range(4)], 16) for y in range(H)])
rgb().save("png-rgb-8bit.png")
rgba().save("png-rgba-8bit.png")
subprocess.run(["convert", "png-rgba-8bit.png", "-interlace", "PNG", "PNG32:png-rgba-interlaced.png"], check=True)
palette = bytes(v for i in range(200) for v in (i, 255 - i, (i * 3) % 256))
write_png("png-palette-8bit.png", 8, 3, [bytes((x * 5 + y * 11) % 200 for x in range(W)) for y in range(H)], plte=palette)
write_png("png-palette-8bit-trns.png", 8, 3, [bytes((x * 5 + y * 11) % 200 for x in range(W)) for y in range(H)], plte=palette,
          trns=bytes((i * 13) % 256 for i in range(150)))
write_png("png-palette-2bit.png", 2, 3, [pack([(x + y) % 4 for x in range(W)], 2) for y in range(H)], plte=palette[:12])
g = gray(); g.save("png-gray-trns.png", transparency=g.getpixel((0, 0)))
r = rgb(); r.save("png-rgb-trns.png", transparency=r.getpixel((3, 2)))
rgb().save("png-rgb-icc.png", icc_profile=SRGB)
rgb().save("png-rgb-orientation-6.png", exif=exif(6))
