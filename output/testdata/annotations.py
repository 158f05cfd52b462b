#!/usr/bin/python3
"""Lists every annotation of a PDF with pikepdf, as JSON: its page's trim
box, subtype, flags, rectangle, and whether it has /Contents and a
/StructParent.

usage: annotations.py FILE.pdf
"""
import json
import sys

import pikepdf

pdf = pikepdf.open(sys.argv[1])
out = []
for i, page in enumerate(pdf.pages):
    trim = [float(v) for v in page.obj.get("/TrimBox", page.obj.MediaBox)]
    for a in page.obj.get("/Annots", []):
        out.append({"page": i + 1, "trim": trim, "subtype": str(a.get("/Subtype")),
                    "flags": int(a.get("/F", 0)), "rect": [float(v) for v in a.Rect],
                    "contents": "/Contents" in a, "structParent": "/StructParent" in a})
json.dump(out, sys.stdout)
