#!/usr/bin/python3
"""Reads a PDF's words as a reader that honours only space characters.

    spaced-words.py FILE.pdf

It reads each page's content stream with pikepdf, the text operators in
order, decodes the glyphs through the fonts' ToUnicode maps (ActualText
replaces what it spans) and separates words only where the text has a
space character, or where a marked-content sequence (a structure element's
part, an artifact) ends. Positions are ignored: Tm, Td and TJ's numbers
separate nothing. Prints the words, one a line, page by page.
"""
import re
import sys

import pikepdf


def to_unicode(font):
    cmap = {}
    width = 2 if font.get("/Subtype") == "/Type0" else 1
    tu = font.get("/ToUnicode")
    if tu is None:
        return cmap, width
    data = tu.read_bytes().decode("latin-1")
    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            cmap[int(src, 16)] = bytes.fromhex(dst).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            base = bytes.fromhex(dst).decode("utf-16-be")
            for c in range(int(lo, 16), int(hi, 16) + 1):
                cmap[c] = base[:-1] + chr(ord(base[-1]) + c - int(lo, 16))
    return cmap, width


fonts = {}


def decode(font, s):
    key = font.objgen
    if key not in fonts:
        fonts[key] = to_unicode(font)
    cmap, width = fonts[key]
    b = bytes(s)
    return "".join(cmap.get(int.from_bytes(b[i:i + width], "big"), "") for i in range(0, len(b), width))


def page_text(page):
    resources = page.obj.get("/Resources", pikepdf.Dictionary())
    font_dict = resources.get("/Font", pikepdf.Dictionary())
    font = None
    out = []
    actual = []  # per open BDC: its ActualText or None
    for operands, op in pikepdf.parse_content_stream(page, "Tf BDC BMC EMC Tj TJ ' \""):  # those read below
        op = str(op)
        if op == "Tf":
            font = font_dict.get(str(operands[0]))
        elif op in ("BDC", "BMC"):
            props = operands[1] if op == "BDC" and len(operands) > 1 else None
            text = None
            if isinstance(props, pikepdf.Dictionary) and "/ActualText" in props:
                text = str(props["/ActualText"])
                out.append(text)
            actual.append(text)
        elif op == "EMC":
            if actual:
                actual.pop()
            if not actual:
                out.append("\n")  # a marked-content sequence ends
        elif op in ("Tj", "TJ", "'", '"') and font is not None:
            if any(a is not None for a in actual):
                continue  # said by the ActualText
            strings = operands[-1] if op == "TJ" else [operands[-1]]
            for s in strings:
                if isinstance(s, pikepdf.String):
                    out.append(decode(font, s))
    return "".join(out)


pdf = pikepdf.open(sys.argv[1])
for page in pdf.pages:
    for word in page_text(page).split():
        print(word)
