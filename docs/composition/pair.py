"""Draws two rows of page images, before and after, into one picture.

Usage: python3 pair.py out.png "before-*.png" "after-*.png" ["before label" "after label"]
"""
import sys, glob
from PIL import Image, ImageDraw
out, b, a = sys.argv[1:4]
labels = sys.argv[4:6] if len(sys.argv) >= 6 else ["before (greedy, 0f9bd5d)", "after (by cost)"]
rows = []
for label, pat in zip(labels, (b, a)):
    fs = sorted(glob.glob(pat))
    rows.append((label, [Image.open(f).convert("RGB") for f in fs]))
w = max(i.width for _, r in rows for i in r); h = max(i.height for _, r in rows for i in r)
n = max(len(r) for _, r in rows)
sheet = Image.new("RGB", (n*(w+4)+4, 2*(h+18)), (120,120,120))
d = ImageDraw.Draw(sheet)
for ri, (label, ims) in enumerate(rows):
    y = ri*(h+18)
    d.text((4, y+2), label, fill="white")
    for k, im in enumerate(ims):
        sheet.paste(im, (4+k*(w+4), y+16))
sheet.save(out, optimize=True)
