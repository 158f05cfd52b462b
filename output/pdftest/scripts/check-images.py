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
from PIL import Image, ImageChops, ImageOps

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


MODES = {1: "L", 3: "RGB", 4: "CMYK"}


def samples_image(data, w, h, n, bpc):
    """An 8-bit PIL image of n components from PDF sample data."""
    mode = MODES[n]
    if bpc == 16:
        return Image.frombytes(mode, (w, h), bytes(data[0::2]))  # the high bytes
    if bpc == 8:
        return Image.frombytes(mode, (w, h), bytes(data))
    if n != 1:
        raise ValueError("%d-bit samples with %d components" % (bpc, n))
    if bpc == 1:
        return Image.frombytes("1", (w, h), bytes(data)).convert("L")
    return Image.frombytes("L", (w, h), bytes(data), "raw", "L;%d" % bpc)


def indices_image(data, w, h, bpc):
    """An L image whose values are a palette image's indices, unpacked
    from rows of bpc-bit samples (each row starting on a byte)."""
    if bpc == 8:
        return Image.frombytes("L", (w, h), data)
    if bpc not in (1, 2, 4):
        raise ValueError("palette images of %d bits" % bpc)
    stride, per, mask = (w * bpc + 7) // 8, 8 // bpc, (1 << bpc) - 1
    out = bytearray()
    for y in range(h):
        row = data[y * stride:(y + 1) * stride]
        for x in range(w):
            out.append((row[x // per] >> (8 - bpc * (x % per + 1))) & mask)
    return Image.frombytes("L", (w, h), bytes(out))


def decode(pdf, xo):
    """The image XObject as an 8-bit PIL image in its own components
    (palettes looked up), and its soft mask as an L image or None."""
    w, h, bpc = int(xo.Width), int(xo.Height), int(xo.BitsPerComponent)
    n, indexed = components(pdf, xo.ColorSpace)
    if xo.get("/Filter") == pikepdf.Name.DCTDecode:
        im = Image.open(io.BytesIO(xo.read_raw_bytes()))
        im.load()
        if im.mode == "CMYK" and "adobe" in im.info:
            im = ImageChops.invert(im)  # the raw samples, as a PDF decoder sees them
        decode_array = xo.get("/Decode")
        if decode_array is not None:
            d = [float(x) for x in decode_array]
            bands = [band.point(lambda v, lo=d[2 * k], hi=d[2 * k + 1]: round((lo + v / 255 * (hi - lo)) * 255))
                     for k, band in enumerate(im.split())]
            im = Image.merge(im.mode, bands)
    elif indexed:
        base, lookup = indexed
        idx = indices_image(bytes(xo.read_bytes()), w, h, bpc)
        if base == 3:
            im = idx.convert("P")
            im.putpalette(lookup)
            im = im.convert("RGB")
        else:
            im = Image.merge(MODES[base], [idx.point(lambda i, k=k: lookup[i * base + k] if i * base + k < len(lookup) else 0)
                                           for k in range(base)])
    else:
        im = samples_image(bytes(xo.read_bytes()), w, h, n, bpc)
    alpha = None
    if "/SMask" in xo:
        alpha, _ = decode(pdf, xo.SMask)
    return im, alpha


TRANSPOSES = [None, Image.FLIP_LEFT_RIGHT, Image.FLIP_TOP_BOTTOM, Image.ROTATE_90, Image.ROTATE_180,
              Image.ROTATE_270, Image.TRANSPOSE, Image.TRANSVERSE]


def shown(im, m):
    """The image as the page shows it under matrix m = (a b c d e f). The
    matrix sends the stored image's corners somewhere in its box; the
    transposition of PIL that moves the corners of a 2 × 2 image the same
    way is applied to the whole image."""
    a, b, c, d, _, _ = m

    def place(u, v):  # a point of the unit square → (column, row) of the shown box, 0 or 1
        x, y = a * u + c * v, b * u + d * v
        left, bottom = min(0, a) + min(0, c), min(0, b) + min(0, d)
        bw, bh = abs(a) + abs(c), abs(b) + abs(d)
        return round((x - left) / bw), round(1 - (y - bottom) / bh)

    # Stored corners, as (column, row) with rows from the top: (u, v) with v up.
    want = {(0, 0): place(0, 1), (1, 0): place(1, 1), (0, 1): place(0, 0), (1, 1): place(1, 0)}
    probe = Image.new("L", (2, 2))
    probe.putdata([1, 2, 3, 4])  # (0,0)=1 (1,0)=2 (0,1)=3 (1,1)=4
    for t in TRANSPOSES:
        p = probe if t is None else probe.transpose(t)
        if all(p.getpixel(want[(cx, cy)]) == 1 + cx + 2 * cy for cx in (0, 1) for cy in (0, 1)):
            return im if t is None else im.transpose(t)
    raise ValueError("the placement matrix %s is not an orientation" % (m,))


def expected(path, n):
    """The source as it should look, in n components of 8 bits, and its
    alpha (None when it is opaque)."""
    im = ImageOps.exif_transpose(Image.open(path))
    im.load()
    alpha = None
    if im.mode in ("RGBA", "LA", "PA") or "transparency" in im.info:
        a = im.convert("RGBA").getchannel("A")
        if a.getextrema() != (255, 255):
            alpha = a
    if im.mode in ("I", "I;16", "I;16B"):
        im = im.point(lambda v: v / 256).convert("L")
    mode = MODES[n]
    if im.mode == mode:
        return im, alpha
    if n == 1 and im.mode == "LA":
        return im.getchannel("L"), alpha
    return im.convert("RGBA").convert(mode) if n == 3 else im.convert(mode), alpha


def difference(p, q):
    """The largest difference of two images of one mode, over all bands."""
    return max(hi for _, hi in (ImageChops.difference(p, q).getextrema() if len(p.getbands()) > 1 else [ImageChops.difference(p, q).getextrema()]))


def main():
    pdf = pikepdf.open(sys.argv[1])
    placed = []
    for pageno, page in enumerate(pdf.pages, 1):
        xobjects = page.Resources.get("/XObject", {})
        matrix = None
        for operands, op in pikepdf.parse_content_stream(page, "cm Do"):  # those read below
            if str(op) == "cm":
                matrix = [float(x) for x in operands]
            elif str(op) == "Do":
                xo = xobjects[str(operands[0])]
                if xo.Subtype != pikepdf.Name.Image:
                    continue
                im, alpha = decode(pdf, xo)
                n = len(im.getbands())
                placed.append((pageno, n, shown(im, matrix), shown(alpha, matrix) if alpha is not None else None))
    failed = False
    matched = set()
    sources = {}  # (source, components) → expected(source, components), each decoded once
    for src in sys.argv[2:]:
        best = None
        for k, (pageno, n, im, alpha) in enumerate(placed):
            if (src, n) not in sources:
                sources[(src, n)] = expected(src, n)
            want, want_alpha = sources[(src, n)]
            if want.size != im.size:
                continue
            worst = difference(im, want)
            if want_alpha is None:
                alpha_ok = alpha is None or alpha.getextrema()[0] >= 255 - TOLERANCE
            else:
                alpha_ok = alpha is not None and difference(alpha, want_alpha) <= TOLERANCE
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
    for k, (pageno, _, _, _) in enumerate(placed):
        if k not in matched:
            print("FAIL image %d on page %d matches no source" % (k + 1, pageno))
            failed = True
    sys.exit(1 if failed else 0)


main()
