#!/usr/bin/python3
"""Checks the tagging of a PDF independently of the program that wrote it.

    check-tags.py FILE.pdf [SENTENCES.txt]

It walks the structure tree and every page's content stream with pikepdf
and checks that
  - the file is marked (MarkInfo) and has a structure tree;
  - every operator that shows text or paints lies inside marked content
    with an MCID or inside an artifact;
  - every MCID in the content is referenced exactly once from the tree,
    the tree refers to no MCID the content lacks, and the parent tree maps
    each MCID back to the element that references it;
  - every Figure has alternate text, no dot leaders are read as text;
  - every link annotation has /Contents and a /StructParent whose element
    is a Link with an object reference back to it; pages with annotations
    have /Tabs /S; the viewer displays the document title.
With SENTENCES (one a line), it reads the text in the tree's order — the
fonts' ToUnicode maps decode the glyphs, ActualText replaces what it
spans — and requires each sentence (letters and digits only, case folded)
to appear, in the order given. Prints each problem; exits 1 if any.
"""
import re
import sys

import pikepdf

problems = []
pdf = pikepdf.open(sys.argv[1])
root = pdf.Root


def problem(msg):
    if len(problems) < 50:
        problems.append(msg)


# --- the catalog -----------------------------------------------------------
if not root.get("/MarkInfo", {}).get("/Marked", False):
    problem("the catalog has no MarkInfo << /Marked true >>")
if not root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False):
    problem("ViewerPreferences DisplayDocTitle is not true")
tree = root.get("/StructTreeRoot")
if tree is None:
    problem("no structure tree")
    for p in problems:
        print(p)
    sys.exit(1)

pages = list(pdf.pages)
page_index = {p.obj.objgen: i for i, p in enumerate(pages)}

# --- the structure tree: elements in order, each MCID's element ------------
referenced = {}   # (page, mcid) -> element objgen
order = []        # reading order: ("mcid", page, mcid) or ("elem", ...)
elements = []


def walk(elem, depth=0):
    if depth > 200:
        return
    elements.append(elem)
    pg = elem.get("/Pg")
    kids = elem.get("/K")
    if kids is None:
        return
    if not isinstance(kids, pikepdf.Array):
        kids = [kids]
    for k in kids:
        if isinstance(k, int):
            key = (page_index.get(pg.objgen) if pg is not None else None, int(k))
            if key in referenced:
                problem("MCID %d on page %s is referenced twice" % (key[1], key[0] + 1 if key[0] is not None else "?"))
            referenced[key] = elem.objgen
            order.append(key)
        elif isinstance(k, pikepdf.Dictionary) and k.get("/Type") == "/MCR":
            key = (page_index.get(k.Pg.objgen), int(k.MCID))
            if key in referenced:
                problem("MCID %d on page %d is referenced twice" % (key[1], key[0] + 1))
            referenced[key] = elem.objgen
            order.append(key)
        elif isinstance(k, pikepdf.Dictionary) and k.get("/Type") == "/OBJR":
            continue
        elif isinstance(k, pikepdf.Dictionary):
            walk(k, depth + 1)


top = tree.get("/K")
for k in (top if isinstance(top, pikepdf.Array) else [top]):
    walk(k)

for e in elements:
    if e.get("/S") == "/Figure" and not str(e.get("/Alt", "")).strip() and not str(e.get("/ActualText", "")).strip():
        problem("a Figure without alternate text")

# --- the parent tree ---------------------------------------------------------
nums = {}


def number_tree(node, depth=0):
    if depth > 32:
        return
    if "/Nums" in node:
        a = node.Nums
        for i in range(0, len(a) - 1, 2):
            nums[int(a[i])] = a[i + 1]
    for kid in node.get("/Kids", []):
        number_tree(kid, depth + 1)


number_tree(tree.get("/ParentTree", pikepdf.Dictionary()))


# --- fonts: ToUnicode maps ---------------------------------------------------
def to_unicode(font):
    cmap = {}
    width = 1
    tu = font.get("/ToUnicode")
    if font.get("/Subtype") == "/Type0":
        width = 2
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


def decode(font_obj, s):
    key = font_obj.objgen
    if key not in fonts:
        fonts[key] = to_unicode(font_obj)
    cmap, width = fonts[key]
    b = bytes(s)
    codes = [int.from_bytes(b[i:i + width], "big") for i in range(0, len(b), width)]
    return "".join(cmap.get(c, chr(c) if width == 1 else "") for c in codes)


# --- the content streams -----------------------------------------------------
SHOW = {"Tj", "TJ", "'", '"'}
PAINT = {"f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "sh", "Do", "INLINE IMAGE"}
# The operators read below, as pikepdf's filter names them (an inline
# image by BI ID EI); the others are not made into objects.
READ = " ".join(["BMC", "BDC", "EMC", "Tf"] + sorted(SHOW) + sorted(PAINT - {"INLINE IMAGE"}) + ["BI", "ID", "EI"])
text = {}          # (page, mcid) -> text
in_content = set()
for pi, page in enumerate(pages):
    key = page.obj.get("/StructParents")
    parents = nums.get(int(key)) if key is not None else None
    resources = page.obj.get("/Resources", pikepdf.Dictionary())
    stack = []     # entries: [mcid or None, tagged, actual text or None]
    font = None
    for operands, op in pikepdf.parse_content_stream(page, READ):
        op = str(op)
        if op in ("BMC", "BDC"):
            tag = str(operands[0])
            props = operands[1] if op == "BDC" and len(operands) > 1 else None
            if isinstance(props, pikepdf.Name):
                props = resources.get("/Properties", {}).get(str(props))
            mcid = int(props.MCID) if props is not None and "/MCID" in props else None
            outer = stack[-1] if stack else [None, False, None, False]
            tagged = outer[1] or mcid is not None or tag == "/Artifact"
            actual = str(props.ActualText) if props is not None and "/ActualText" in props else None
            artifact = tag == "/Artifact" or outer[3]
            owner = mcid if mcid is not None else outer[0]
            stack.append([owner, tagged, actual, artifact])
            if mcid is not None:
                in_content.add((pi, mcid))
                if (pi, mcid) not in referenced:
                    problem("page %d: MCID %d is in no structure element" % (pi + 1, mcid))
                elif parents is None or mcid >= len(parents) or parents[mcid].objgen != referenced[(pi, mcid)]:
                    problem("page %d: the parent tree does not map MCID %d to its element" % (pi + 1, mcid))
            if actual is not None and owner is not None and not artifact:
                text[(pi, owner)] = text.get((pi, owner), "") + actual
        elif op == "EMC":
            if stack:
                stack.pop()
        elif op == "Tf":
            font = resources.Font.get(str(operands[0]))
        elif op in SHOW or op in PAINT:
            if not (stack and stack[-1][1]):
                problem("page %d: %s outside tagged content and artifacts" % (pi + 1, op))
                continue
            if op in SHOW and not stack[-1][3] and not any(e[2] is not None for e in stack):
                strings = operands[-1] if op in ("TJ",) else [operands[-1]]
                s = "".join(decode(font, x) for x in strings if isinstance(x, pikepdf.String))
                owner = stack[-1][0]
                if re.fullmatch(r"[.\s…]{3,}", s):
                    problem("page %d: dot leaders are read as text (%r)" % (pi + 1, s[:12]))
                text[(pi, owner)] = text.get((pi, owner), "") + s
    # Annotations.
    annots = page.obj.get("/Annots", [])
    if len(annots) and page.obj.get("/Tabs") != "/S":
        problem("page %d has annotations but no /Tabs /S" % (pi + 1))
    for a in annots:
        if a.get("/Subtype") != "/Link":
            continue
        if not str(a.get("/Contents", "")).strip():
            problem("page %d: a link annotation without /Contents" % (pi + 1))
        sp = a.get("/StructParent")
        elem = nums.get(int(sp)) if sp is not None else None
        if elem is None or elem.get("/S") != "/Link":
            problem("page %d: a link annotation without its Link element" % (pi + 1))
            continue
        kids = elem.K if isinstance(elem.K, pikepdf.Array) else [elem.K]
        if not any(isinstance(k, pikepdf.Dictionary) and k.get("/Type") == "/OBJR" and k.Obj.objgen == a.objgen for k in kids):
            problem("page %d: a Link element does not refer to its annotation" % (pi + 1))

for key in referenced:
    if key not in in_content:
        problem("the tree refers to MCID %d on page %s, which no content has" % (key[1], key[0] + 1 if key[0] is not None else "?"))

# --- reading order -------------------------------------------------------------
if len(sys.argv) > 2:
    def letters(s):
        return "".join(ch for ch in s.casefold() if ch.isalnum())
    read = letters("".join(text.get(k, "") for k in order))
    at = 0
    found = 0
    sentences = [l.strip() for l in open(sys.argv[2], encoding="utf-8") if l.strip()]
    for s in sentences:
        want = letters(s)
        i = read.find(want, at)
        if i < 0:
            where = read.find(want)
            problem("sentence %s: %r" % ("out of order" if where >= 0 else "missing from the tree's text", s[:70]))
            continue
        found += 1
        at = i + len(want)
    print("read %d characters in tree order; %d of %d sentences in order" % (len(read), found, len(sentences)))

print("%d structure elements, %d marked-content sequences" % (len(elements), len(in_content)))
for e in elements:
    if e.get("/S") == "/Figure":
        print("Figure alt: %s" % str(e.get("/Alt", "")))
    if "/Lang" in e:
        print("%s lang: %s" % (str(e.S)[1:], str(e.Lang)))
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
