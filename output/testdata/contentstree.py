#!/usr/bin/python3
"""Reads a PDF's bookmarks and tagged contents with pikepdf, as JSON: the
outline as a tree (title, the page index its destination names, its
/Count, children) and the top TOC of the structure tree as its TOCIs,
each with the page its link annotation leads to and the TOCIs of the TOC
nested in it.

usage: contentstree.py FILE.pdf
"""
import json
import sys

import pikepdf

pdf = pikepdf.open(sys.argv[1])
pages = {p.objgen: i for i, p in enumerate(pdf.pages)}
dests = pikepdf.NameTree(pdf.Root.Names.Dests)


def page_of(dest):
    """The page index a named destination (or an explicit one) points at."""
    if isinstance(dest, (pikepdf.String, str, bytes)):
        dest = dests[str(dest)]
    if isinstance(dest, pikepdf.Dictionary):
        dest = dest.D
    return pages[dest[0].objgen]


def outline(item):
    out = []
    while item is not None:
        node = {"title": str(item.Title), "page": page_of(item.Dest), "count": int(item.get("/Count", 0)),
                "children": outline(item.get("/First"))}
        out.append(node)
        item = item.get("/Next")
    return out


def kids(e):
    k = e.get("/K")
    if k is None:
        return []
    return list(k) if isinstance(k, pikepdf.Array) else [k]


def role(e):
    return str(e.S) if isinstance(e, pikepdf.Dictionary) and "/S" in e else ""


def link_page(e):
    """The page the first link annotation under e leads to."""
    for k in kids(e):
        if isinstance(k, pikepdf.Dictionary) and k.get("/Type") == "/OBJR":
            return page_of(k.Obj.Dest)
        if role(k):
            p = link_page(k)
            if p is not None:
                return p
    return None


def toc(e):
    items = []
    for k in kids(e):
        if role(k) != "/TOCI":
            continue
        nested = [c for c in kids(k) if role(c) == "/TOC"]
        items.append({"page": link_page(k), "kids": [role(c) for c in kids(k) if role(c)],
                      "subs": toc(nested[0]) if nested else []})
    return items


def find_toc(e):
    for k in kids(e):
        if role(k) == "/TOC":
            return k
        if role(k):
            found = find_toc(k)
            if found is not None:
                return found
    return None


top = find_toc(pdf.Root.StructTreeRoot)
json.dump({"outline": outline(pdf.Root.Outlines.get("/First")), "toc": toc(top) if top is not None else []}, sys.stdout)
