#!/usr/bin/python3
"""Writes a copy of a tagged PDF with one accessibility defect, for the
tests that prove the checkers catch it.

    tamper-tags.py IN.pdf OUT.pdf DEFECT

DEFECT is one of: untagged, unmarked-page, figure-without-alt,
leaders-as-text, no-annotation-contents, no-tabs, no-display-title,
broken-parent-tree, mcid-twice, hyphens-broken.
"""
import sys

import pikepdf

src, dst, defect = sys.argv[1:4]
pdf = pikepdf.open(src)
root = pdf.Root


def rewrite(page, transform):
    ops = list(pikepdf.parse_content_stream(page))
    page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(transform(ops)))


def elements():
    out = []

    def walk(e):
        if isinstance(e, pikepdf.Array):
            for k in e:
                walk(k)
        elif isinstance(e, pikepdf.Dictionary) and "/S" in e:
            out.append(e)
            if "/K" in e:
                walk(e.K)
    walk(root.StructTreeRoot.K)
    return out


def is_bdc(op, tag=None):
    return str(op[1]) == "BDC" and (tag is None or str(op[0][0]) == tag)


def matching_emc(ops, i):
    depth = 0
    for j in range(i, len(ops)):
        if str(ops[j][1]) in ("BDC", "BMC"):
            depth += 1
        elif str(ops[j][1]) == "EMC":
            depth -= 1
            if depth == 0:
                return j
    return None


def without_actual_text(ops, empty_only):
    """Drops /Span <</ActualText …>> sequences, keeping what they enclose:
    all of them, or those with an empty text (on the contents page: the
    dot leaders)."""
    drop = set()
    for i, op in enumerate(ops):
        if is_bdc(op, "/Span") and "/ActualText" in op[0][1]:
            if empty_only and str(op[0][1].ActualText) != "":
                continue
            drop.update({i, matching_emc(ops, i)})
    return [op for k, op in enumerate(ops) if k not in drop]


if defect == "untagged":
    del root.StructTreeRoot
    del root.MarkInfo
elif defect == "unmarked-page":
    rewrite(pdf.pages[2], lambda ops: [op for op in ops if str(op[1]) not in ("BDC", "BMC", "EMC")])
elif defect == "figure-without-alt":
    for e in elements():
        if e.S == "/Figure" and "/Alt" in e:
            del e.Alt
elif defect == "leaders-as-text":
    # The contents page's leaders join the entry's text: the artifact
    # sequence around them opens no more (the entry's sequence, whose end
    # is dropped, runs on through them) and their empty ActualText goes.
    def merge(ops):
        ops = without_actual_text(ops, empty_only=True)
        out = []
        for i, op in enumerate(ops):
            if is_bdc(op, "/Artifact") and out and str(out[-1][1]) == "EMC" and i + 1 < len(ops):
                out.pop()  # the entry's EMC: its sequence now closes with the artifact's EMC
                continue
            out.append(op)
        return out
    rewrite(pdf.pages[1], merge)
elif defect == "no-annotation-contents":
    for page in pdf.pages:
        for a in page.obj.get("/Annots", []):
            if "/Contents" in a:
                del a.Contents
elif defect == "no-tabs":
    for page in pdf.pages:
        if "/Tabs" in page.obj:
            del page.obj.Tabs
elif defect == "no-display-title":
    del root.ViewerPreferences.DisplayDocTitle
elif defect == "broken-parent-tree":
    nums = root.StructTreeRoot.ParentTree.Nums
    for i in range(0, len(nums), 2):
        arr = nums[i + 1]
        if isinstance(arr, pikepdf.Array) and len(arr) >= 2:
            first, second = arr[0], arr[1]
            arr[0], arr[1] = second, first
            break
elif defect == "mcid-twice":
    for e in elements():
        k = e.get("/K")
        if isinstance(k, pikepdf.Array) and len(k) and isinstance(k[0], int):
            k.append(k[0])
            break
elif defect == "hyphens-broken":
    for page in pdf.pages:
        rewrite(page, lambda ops: without_actual_text(ops, empty_only=False))
else:
    sys.exit("unknown defect " + defect)
pdf.save(dst)
