#!/usr/bin/python3
"""Compare the glyph boxes MuPDF reads from two PDFs (mutool draw -F stext):
every drawn character but spaces, page by page, in drawing order. Prints the
number of glyphs compared and exits 1 at the first difference.

usage: glyphboxes.py BEFORE.pdf AFTER.pdf"""
import subprocess
import sys
import xml.etree.ElementTree as ET


def glyphs(pdf):
    xml = subprocess.run(["mutool", "draw", "-q", "-F", "stext", "-o", "-", pdf],
                         check=True, capture_output=True).stdout
    pages = []
    for page in ET.fromstring(xml).iter("page"):
        chars = [(c.get("c"), c.get("quad")) for c in page.iter("char") if c.get("c") != " "]
        pages.append(chars)
    return pages


def main():
    before, after = glyphs(sys.argv[1]), glyphs(sys.argv[2])
    if len(before) != len(after):
        print(f"pages: {len(before)} before, {len(after)} after")
        return 1
    n = 0
    for p, (b, a) in enumerate(zip(before, after), 1):
        if len(b) != len(a):
            print(f"page {p}: {len(b)} glyphs before, {len(a)} after")
            return 1
        for i, (gb, ga) in enumerate(zip(b, a)):
            if gb != ga:
                print(f"page {p} glyph {i}: {gb} before, {ga} after")
                return 1
        n += len(b)
    print(f"{n} glyphs on {len(before)} pages at the same places")
    return 0


if __name__ == "__main__":
    sys.exit(main())
