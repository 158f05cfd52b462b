#!/usr/bin/python3
"""Checks a PDF's embedded CID fonts against their own font programs,
independently of the program that wrote them.

    check-fonts.py FILE.pdf

For each Type 0 font the pages draw with: every CID drawn (read from the
pages' Tj and TJ strings, two bytes a code under Identity-H) maps through
the CIDFont's CIDToGIDMap (a stream, or Identity) to a glyph of the
embedded TrueType program that is not .notdef and exists; has a /W width
equal, within one unit, to that glyph's advance in the program's hmtx
table in thousandths of an em (PDF/A-2, 6.2.11.5); and has a ToUnicode
entry that is not U+0000, U+FEFF or U+FFFE (PDF/A-2a, 6.2.11.7.2). A
/W entry of a CID not drawn must agree with the program too.

Prints each offence; exits 1 if there is one.
"""
import re
import struct
import sys

import pikepdf

pdf = pikepdf.open(sys.argv[1])
offences = []


def tables(program):
    """The TrueType program's tables by tag."""
    count = struct.unpack(">H", program[4:6])[0]
    found = {}
    for i in range(count):
        tag, _, offset, length = struct.unpack(">4sIII", program[12 + 16 * i:28 + 16 * i])
        found[tag.decode("latin-1")] = program[offset:offset + length]
    return found


def widths(cidfont):
    """The CIDFont's /W array as a width by CID."""
    w, by_cid, i = list(cidfont.get("/W", [])), {}, 0
    while i < len(w):
        first = int(w[i])
        if isinstance(w[i + 1], pikepdf.Array):
            for k, x in enumerate(w[i + 1]):
                by_cid[first + k] = float(x)
            i += 2
        else:
            for c in range(first, int(w[i + 1]) + 1):
                by_cid[c] = float(w[i + 2])
            i += 3
    return by_cid


def to_unicode(cmap):
    """The ToUnicode CMap's bfchar entries as UTF-16 hex by CID."""
    body = cmap.decode("latin-1").split("endcodespacerange", 1)[-1]
    return {int(c, 16): u.upper() for c, u in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", body)}


def drawn_cids():
    """The CIDs each font's strings draw on the pages, by font object."""
    drawn, fonts = {}, {}
    for page in pdf.pages:
        resources = page.obj.get("/Resources", pikepdf.Dictionary()).get("/Font", pikepdf.Dictionary())
        font = None
        for operands, operator in pikepdf.parse_content_stream(page.obj, "Tf Tj TJ"):  # those read below
            op = str(operator)
            if op == "Tf":
                font = resources[str(operands[0])]
                fonts[font.objgen] = font
            elif op in ("Tj", "TJ") and font is not None:
                strings = [operands[0]] if op == "Tj" else [x for x in operands[0] if isinstance(x, pikepdf.String)]
                for s in strings:
                    b = bytes(s)
                    drawn.setdefault(font.objgen, set()).update(b[i] << 8 | b[i + 1] for i in range(0, len(b) - 1, 2))
    return drawn, fonts


def check(font, cids):
    name = str(font.get("/BaseFont"))
    cidfont = font.DescendantFonts[0]
    found = tables(cidfont.FontDescriptor.FontFile2.read_bytes())
    upem = struct.unpack(">H", found["head"][18:20])[0]
    glyphs = struct.unpack(">H", found["maxp"][4:6])[0]
    metrics = struct.unpack(">H", found["hhea"][34:36])[0]

    def advance(g):
        g = min(g, metrics - 1)
        return struct.unpack(">H", found["hmtx"][4 * g:4 * g + 2])[0] * 1000 / upem

    cid_map = cidfont.get("/CIDToGIDMap")
    data = cid_map.read_bytes() if isinstance(cid_map, pikepdf.Stream) else None

    def glyph(c):
        if data is None:
            return c
        return struct.unpack(">H", data[2 * c:2 * c + 2])[0] if 2 * c + 2 <= len(data) else 0

    by_cid = widths(cidfont)
    unicode = to_unicode(font.ToUnicode.read_bytes())
    for c, w in sorted(by_cid.items()):
        if abs(advance(glyph(c)) - w) > 1:
            offences.append("%s: CID %04X has /W %g, its glyph %d advances %g" % (name, c, w, glyph(c), advance(glyph(c))))
    for c in sorted(cids):
        g = glyph(c)
        if g == 0 or g >= glyphs:
            offences.append("%s: CID %04X drawn maps to glyph %d (.notdef or beyond the %d glyphs)" % (name, c, g, glyphs))
        if c not in by_cid:
            offences.append("%s: CID %04X drawn has no /W width" % (name, c))
        if unicode.get(c, "0000") in ("0000", "FEFF", "FFFE"):
            offences.append("%s: CID %04X drawn has no usable ToUnicode entry (%s)" % (name, c, unicode.get(c)))


drawn, fonts = drawn_cids()
if not fonts:
    offences.append("no page draws text with a font")
elif not any(drawn.values()):
    offences.append("no page draws a glyph with its fonts: the strings were not read")
for key, font in fonts.items():
    check(font, drawn.get(key, set()))
for o in offences:
    print(o)
sys.exit(1 if offences else 0)
