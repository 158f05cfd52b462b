#!/usr/bin/python3
"""Checks the bounding boxes of figures and tables in a tagged PDF, as
veraPDF's WCAG rule 1.4.10-1 asks (ISO 32000-1, Table 344).

pikepdf reads the structure tree: every Figure and Table, the marked
content it owns (its MCIDs and those of its descendants) and the pages
they are on. An element drawn whole on one page must carry /BBox in its
attributes. MuPDF then draws only that element's marked content (every
other painting operator of the page made invisible) and the ink of the
rendering must lie inside the /BBox, within 1 pt.

usage: check-bbox.py FILE.pdf WORKDIR
Prints one line per element checked and exits 1 on any failure.
"""
import os
import subprocess
import sys

import pikepdf
from PIL import Image

DPI = 144
TOLERANCE = 1.0  # pt
PAINT_PATH = {"f", "F", "f*", "B", "B*", "b", "b*", "S", "s"}
SHOW_TEXT = {"Tj", "TJ", "'", '"'}


def kids(elem):
    k = elem.get("/K")
    if k is None:
        return []
    if isinstance(k, pikepdf.Array):
        return list(k)
    return [k]


def content_of(elem, out):
    """Adds (page objgen, mcid) of elem's marked content and its
    descendants' to out."""
    pg = elem.get("/Pg")
    for k in kids(elem):
        if isinstance(k, int):
            out.add((pg.objgen, int(k)))
        elif isinstance(k, pikepdf.Dictionary):
            t = k.get("/Type")
            if t == "/MCR":
                out.add((k.Pg.objgen, int(k.MCID)))
            elif t == "/OBJR":
                continue
            elif "/S" in k:
                content_of(k, out)


def boxed_elements(pdf):
    found = []

    def walk(e):
        if e.get("/S") in ("/Figure", "/Table"):
            found.append(e)
        for k in kids(e):
            if isinstance(k, pikepdf.Dictionary) and "/S" in k and k.get("/Type") not in ("/MCR", "/OBJR"):
                walk(k)

    for k in kids(pdf.Root.StructTreeRoot):
        walk(k)
    return found


def bbox_of(elem):
    attrs = elem.get("/A")
    if attrs is None:
        return None
    if isinstance(attrs, pikepdf.Dictionary):
        attrs = [attrs]
    for a in attrs:
        if isinstance(a, pikepdf.Dictionary) and "/BBox" in a:
            return [float(v) for v in a.BBox]
    return None


def painting(page):
    """The page's content, parsed once: each instruction with its
    operator's name, the marked content (MCIDs) it lies inside and the
    text rendering mode in force."""
    stack = []
    out = []
    render = 0
    for inst in pikepdf.parse_content_stream(page):
        name = str(inst.operator)
        if name in ("BDC", "BMC"):
            mcid = None
            operands = inst.operands
            if name == "BDC" and isinstance(operands[1], pikepdf.Dictionary) and "/MCID" in operands[1]:
                mcid = int(operands[1].MCID)
            stack.append(mcid)
        elif name == "EMC":
            stack.pop()
        elif name == "Tr":
            render = int(inst.operands[0])
        out.append((inst, name, frozenset(m for m in stack if m is not None), render))
    return out


NO_PAINT = pikepdf.ContentStreamInstruction([], pikepdf.Operator("n"))
INVISIBLE = pikepdf.ContentStreamInstruction([3], pikepdf.Operator("Tr"))


def only(instructions, mcids):
    """The page's content (painting's list) with every painting operator
    outside the marked content mcids made invisible."""
    out = []
    for inst, name, inside, render in instructions:
        if inside.isdisjoint(mcids):
            if name in PAINT_PATH:
                out.append(NO_PAINT)
                continue
            if name in ("Do", "sh", "BI", "INLINE IMAGE"):
                continue
            if name in SHOW_TEXT:
                out.append(INVISIBLE)
                out.append(inst)
                out.append(pikepdf.ContentStreamInstruction([render], pikepdf.Operator("Tr")))
                continue
        out.append(inst)
    return pikepdf.unparse_content_stream(out)


def inks(path, workdir, count):
    """The ink's box of each of the count pages of path, in points from
    the top left (None for a page without ink), drawn by one MuPDF run
    into PGM files (the pixels its PNG files have, at a third of the
    cost to write, and read without decoding)."""
    pattern = os.path.join(workdir, "element-%d.pgm")
    subprocess.run(["mutool", "draw", "-q", "-r", str(DPI), "-c", "gray", "-o", pattern, path], check=True)
    boxes = []
    for k in range(1, count + 1):
        img = Image.open(pattern % k).convert("L").point(lambda v: 255 if v < 250 else 0)
        box = img.getbbox()
        s = 72.0 / DPI
        boxes.append(None if box is None else [box[0] * s, box[1] * s, box[2] * s, box[3] * s])
    return boxes


def main():
    path, workdir = sys.argv[1], sys.argv[2]
    pdf = pikepdf.open(path)
    pages = {p.objgen: i for i, p in enumerate(pdf.pages)}
    failures = 0
    parsed = {}  # page index → painting(page)
    # Each element checked becomes a page of one file (its page with only
    # its marked content painted), and MuPDF draws them all in one run.
    one = pikepdf.new()
    checked = []  # (n, role, page index, /BBox from the media box's top left)
    for n, elem in enumerate(boxed_elements(pdf)):
        role = str(elem.S)[1:]
        content = set()
        content_of(elem, content)
        on = {pages[pg] for pg, _ in content}
        bbox = bbox_of(elem)
        if len(on) != 1:
            print(f"{role} {n}: drawn on pages {sorted(on)}, /BBox {bbox} (not checked: not whole on one page)")
            continue
        index = on.pop()
        if bbox is None:
            print(f"FAIL {role} {n} on page {index + 1}: no /BBox attribute")
            failures += 1
            continue
        if index not in parsed:
            parsed[index] = painting(pdf.pages[index])
        one.pages.append(pdf.pages[index])
        page = one.pages[-1]
        page.Contents = one.make_stream(only(parsed[index], {m for _, m in content}))
        if "/Annots" in page:
            del page["/Annots"]
        media = [float(v) for v in page.MediaBox]
        # /BBox in the same terms as the ink: points from the media box's top left.
        want = [bbox[0] - media[0], media[3] - bbox[3], bbox[2] - media[0], media[3] - bbox[1]]
        checked.append((n, role, index, want))
    if checked:
        elements = os.path.join(workdir, "elements.pdf")
        one.save(elements)
        drawn_boxes = inks(elements, workdir, len(checked))
    for (n, role, index, want), drawn in zip(checked, drawn_boxes if checked else []):
        if drawn is None:
            print(f"FAIL {role} {n} on page {index + 1}: draws nothing")
            failures += 1
            continue
        over = max(want[0] - drawn[0], want[1] - drawn[1], drawn[2] - want[2], drawn[3] - want[3])
        verdict = "ok" if over <= TOLERANCE else "FAIL"
        if over > TOLERANCE:
            failures += 1
        print(f"{verdict} {role} {n} on page {index + 1}: ink {fmt(drawn)} in /BBox {fmt(want)} (outside by {max(over, 0):.2f} pt)")
    if failures:
        sys.exit(1)


def fmt(b):
    return "[" + " ".join(f"{v:.1f}" for v in b) + "]"


if __name__ == "__main__":
    main()
