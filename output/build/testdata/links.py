#!/usr/bin/python3
"""Lists a PDF's link annotations with pikepdf, one a line: the page, the
annotation's /URI, its /Contents, and — where the structure tree ties it
to an element — that element's type and whether the element also holds
marked content (the link's text), separated by tabs.

usage: links.py FILE.pdf
"""
import sys

import pikepdf

pdf = pikepdf.open(sys.argv[1])
owner = {}  # annotation object number -> (role, holds marked content)


def walk(e):
    if not isinstance(e, pikepdf.Dictionary):
        return
    kids = e.get("/K")
    kids = list(kids) if isinstance(kids, pikepdf.Array) else ([] if kids is None else [kids])
    text = any(isinstance(k, int) or (isinstance(k, pikepdf.Dictionary) and k.get("/Type") == "/MCR") for k in kids)
    for k in kids:
        if isinstance(k, pikepdf.Dictionary) and k.get("/Type") == "/OBJR":
            owner[k.Obj.objgen[0]] = (str(e.get("/S")), text)
        else:
            walk(k)


root = pdf.Root.get("/StructTreeRoot")
if root is not None:
    walk(root)
for i, page in enumerate(pdf.pages):
    for a in page.obj.get("/Annots", []):
        if a.get("/Subtype") != "/Link" or "/A" not in a:
            continue
        role, text = owner.get(a.objgen[0], ("-", False))
        print("\t".join([str(i + 1), str(a.A.get("/URI")), str(a.get("/Contents")), role, str(text)]))
