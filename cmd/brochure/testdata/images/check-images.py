#!/usr/bin/python3
"""Checks every raster image placed in a PDF against its source file,
independently of the program that wrote the PDF.

    check-images.py FILE.pdf SOURCE.jpg|png ...

For each image a page draws (q … cm /Name Do Q), the image XObject is
decoded by pikepdf/qpdf (Flate, PNG predictors) or, for DCTDecode, by PIL
with the PDF's /Decode array applied to the raw samples; palettes are
looked up, 16-bit samples reduced to 8, soft masks decoded as alpha. The
placement matrix is applied to turn the stored image into what the page
shows. Each source, opened with PIL and turned the right way up by its
own EXIF orientation (ImageOps.exif_transpose), must match one placed
image within ±2 levels per channel, alpha included; and every placed
image must match a source. Prints one line per source; exits 1 on any
mismatch.
"""
import io
import sys

import pikepdf
from PIL import Image, ImageOps

TOLERANCE = 2


def components(pdf, cs):
    """Number of components of a colour space, and the Indexed lookup."""
    if isinstance(cs, pikepdf.Name):
        return {"/DeviceGray": 1, "/DeviceRGB": 3, "/DeviceCMYK": 4}[str(cs)], None
    kind = str(cs[0])
    if kind == "/ICCBased":
        return int(cs[1].N), None
    if kind == "/Indexed":
        base, _ = components(pdf, cs[1])
        lookup = cs[3]
        lookup = bytes(lookup.read_bytes()) if isinstance(lookup, pikepdf.Stream) else bytes(lookup)
        return 1, (base, lookup)
    raise ValueError("unexpected colour space %s" % kind)


def unpack(data, count, bpc):
    """Samples of bpc bits, MSB first, rows padded to bytes by the caller."""
    if bpc == 8:
        return list(data[:count])
    if bpc == 16:
        return [(data[2 * i] << 8 | data[2 * i + 1]) for i in range(count)]
    out, per = [], 8 // bpc
    for byte in data:
        for k in range(per):
            out.append((byte >> (8 - bpc * (k + 1))) & ((1 << bpc) - 1))
    return out[:count]


def to8(v, bpc):
    if bpc == 16:
        return v >> 8
    return v * 255 // ((1 << bpc) - 1)


def decode(pdf, xo):
    """Returns (width, height, pixels, alpha): pixels a list of tuples of
    8-bit values, row by row from the top; alpha a list or None."""
    w, h, bpc = int(xo.Width), int(xo.Height), int(xo.BitsPerComponent)
    n, indexed = components(pdf, xo.ColorSpace)
    filters = xo.get("/Filter")
    if filters == pikepdf.Name.DCTDecode:
        im = Image.open(io.BytesIO(xo.read_raw_bytes()))
        im.load()
        pix = list(im.getdata())
        if not isinstance(pix[0], tuple):
            pix = [(v,) for v in pix]
        if im.mode == "CMYK" and "adobe" in im.info:
            pix = [tuple(255 - v for v in p) for p in pix]  # the raw samples, as a PDF decoder sees them
        decode_array = xo.get("/Decode")
        if decode_array is not None:
            d = [float(x) for x in decode_array]
            pix = [tuple(round((d[2 * k] + v / 255 * (d[2 * k + 1] - d[2 * k])) * 255) for k, v in enumerate(p)) for p in pix]
    else:
        data = bytes(xo.read_bytes())
        row = (w * n * bpc + 7) // 8
        pix = []
        for y in range(h):
            samples = unpack(data[y * row:(y + 1) * row], w * n, bpc)
            for x in range(w):
                s = samples[x * n:(x + 1) * n]
                if indexed:
                    base, lookup = indexed
                    pix.append(tuple(lookup[s[0] * base:(s[0] + 1) * base]))
                else:
                    pix.append(tuple(to8(v, bpc) for v in s))
    alpha = None
    if "/SMask" in xo:
        _, _, a, _ = decode(pdf, xo.SMask)
        alpha = [p[0] for p in a]
    return w, h, pix, alpha


def shown(w, h, pix, alpha, m):
    """The image as the page shows it under matrix m = (a b c d e f): each
    shown pixel is traced back through the matrix to a stored one."""
    a, b, c, d, _, _ = m
    rotated = abs(a) < 1e-9
    sw, sh = (h, w) if rotated else (w, h)
    bw, bh = abs(a) + abs(c), abs(b) + abs(d)
    left, bottom = min(0, a) + min(0, c), min(0, b) + min(0, d)
    det = a * d - b * c
    out, out_alpha = [], []
    for j in range(sh):
        for i in range(sw):
            px = left + (i + 0.5) / sw * bw
            py = bottom + (1 - (j + 0.5) / sh) * bh
            u = (d * px - c * py) / det
            v = (-b * px + a * py) / det
            col, row = min(w - 1, int(u * w)), min(h - 1, int((1 - v) * h))
            out.append(pix[row * w + col])
            if alpha is not None:
                out_alpha.append(alpha[row * w + col])
    return sw, sh, out, (out_alpha if alpha is not None else None)


def expected(path, n):
    """The source as it should look, in n components of 8 bits, and its
    alpha (None when it is opaque)."""
    im = ImageOps.exif_transpose(Image.open(path))
    im.load()
    alpha = None
    if im.mode in ("RGBA", "LA", "PA") or "transparency" in im.info:
        a = im.convert("RGBA").getchannel("A")
        if a.getextrema() != (255, 255):
            alpha = list(a.getdata())
    if im.mode in ("I", "I;16", "I;16B"):
        im = im.point(lambda v: v / 256).convert("L")
    mode = {1: "L", 3: "RGB", 4: "CMYK"}[n]
    if im.mode == "CMYK" and n == 4:
        conv = im
    elif n == 1 and im.mode == "LA":
        conv = im.getchannel("L")
    else:
        conv = im.convert("RGBA" if n == 3 else mode).convert(mode) if im.mode not in (mode,) else im
    pix = list(conv.getdata())
    if not isinstance(pix[0], tuple):
        pix = [(v,) for v in pix]
    return im.size, pix, alpha


def close(p, q):
    return len(p) == len(q) and all(abs(x - y) <= TOLERANCE for x, y in zip(p, q))


def main():
    pdf = pikepdf.open(sys.argv[1])
    placed = []
    for pageno, page in enumerate(pdf.pages, 1):
        xobjects = page.Resources.get("/XObject", {})
        matrix = None
        for operands, op in pikepdf.parse_content_stream(page):
            if str(op) == "cm":
                matrix = [float(x) for x in operands]
            elif str(op) == "Do":
                xo = xobjects[str(operands[0])]
                if xo.Subtype != pikepdf.Name.Image:
                    continue
                w, h, pix, alpha = decode(pdf, xo)
                n = len(pix[0])
                placed.append((pageno, n, shown(w, h, pix, alpha, matrix)))
    failed = False
    matched = set()
    for src in sys.argv[2:]:
        best = None
        for k, (pageno, n, (sw, sh, pix, alpha)) in enumerate(placed):
            size, want, want_alpha = expected(src, n)
            if size != (sw, sh):
                continue
            worst = max(max(abs(x - y) for x, y in zip(p, q)) for p, q in zip(pix, want))
            if want_alpha is None:
                alpha_ok = alpha is None or min(alpha) >= 255 - TOLERANCE
            else:
                alpha_ok = alpha is not None and close(alpha, want_alpha)
            if best is None or (not alpha_ok, worst) < (not best[2], best[0]):
                best = (worst, pageno, alpha_ok)
            if worst <= TOLERANCE and alpha_ok:
                matched.add(k)
        if best is None:
            print("FAIL %s: no placed image of its size" % src)
            failed = True
        elif best[0] > TOLERANCE or not best[2]:
            print("FAIL %s: closest image on page %d differs by %d levels%s" % (src, best[1], best[0], "" if best[2] else ", alpha lost"))
            failed = True
        else:
            print("OK   %s (page %d, max difference %d)" % (src, best[1], best[0]))
    for k, (pageno, _, _) in enumerate(placed):
        if k not in matched:
            print("FAIL image %d on page %d matches no source" % (k + 1, pageno))
            failed = True
    sys.exit(1 if failed else 0)


main()
