#!/usr/bin/python3
"""Checks a PDF's colour against an edition's rules, independently of the
program that wrote it.

    check-colour.py FILE.pdf print|screen

print:  no DeviceRGB anywhere — no /DeviceRGB name in any object (images,
        colour space resources, shadings, groups, alternates), no rg/RG
        operator and no inline image in RGB in any content stream (pages,
        Form XObjects, patterns, Type 3 glyphs).
screen: the same for DeviceCMYK (k/K, /DeviceCMYK, inline /CMYK), unless
        a DefaultCMYK colour space maps it.

Prints each offence; exits 1 if there is one.
"""
import sys

import pikepdf

edition = sys.argv[2]
device, ops, abbrev = ("/DeviceRGB", {"rg", "RG"}, "/RGB") if edition == "print" else ("/DeviceCMYK", {"k", "K"}, "/CMYK")
default = "/DefaultRGB" if edition == "print" else "/DefaultCMYK"
pdf = pikepdf.open(sys.argv[1])
offences = []


def names(obj, path, seen):
    """Every name in obj, recursively, with where it was found."""
    if isinstance(obj, pikepdf.Name):
        if str(obj) == device:
            offences.append("%s is %s" % (path, device))
        return
    if isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream)):
        if obj.is_indirect:
            key = obj.objgen
            if key in seen:
                return
            seen.add(key)
        for k in obj.keys():
            names(obj[k], path + k, seen)
    elif isinstance(obj, pikepdf.Array):
        for i, v in enumerate(obj):
            names(v, "%s[%d]" % (path, i), seen)


seen = set()
for n, obj in enumerate(pdf.objects):
    names(obj, "object %d " % n, seen)


def content(stream, where, resources):
    if resources is not None and default in resources.get("/ColorSpace", {}):
        return
    # Only the colour operators and inline images (BI … ID … EI) are
    # parsed into objects: a fifth of the time of every operator.
    for operands, op in pikepdf.parse_content_stream(stream, " ".join(sorted(ops)) + " BI ID EI"):
        if str(op) in ops:
            offences.append("%s: %s operator" % (where, op))
        if str(op) == "INLINE IMAGE":
            cs = operands[0].obj.get("/CS") if hasattr(operands[0], "obj") else None
            if cs is not None and str(cs) in (abbrev, device):
                offences.append("%s: inline image in %s" % (where, cs))


for i, page in enumerate(pdf.pages, 1):
    content(page, "page %d" % i, page.obj.get("/Resources"))
for obj in pdf.objects:
    if isinstance(obj, pikepdf.Stream):
        if obj.get("/Subtype") == "/Form" or obj.get("/PatternType") == 1:
            content(obj, "form %d" % obj.objgen[0], obj.get("/Resources"))
        if obj.get("/Type") == "/Font" and obj.get("/Subtype") == "/Type3":
            for name, proc in obj.CharProcs.items():
                content(proc, "Type 3 glyph %s" % name, obj.get("/Resources"))

for o in offences:
    print(o)
print("%d offences against the %s edition's colour rule" % (len(offences), edition))
sys.exit(1 if offences else 0)
