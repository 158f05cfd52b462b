#!/usr/bin/python3
"""Writes the hostile PDF logos of the invalid-content corpus:

  bomb.pdf       a 150 KB file whose page content inflates to 150 MB
  recursive.pdf  a form XObject that draws itself
  encrypted.pdf  a logo with a user password (made with qpdf --encrypt)

Run from this folder: ./make-pdf-logos.py  (needs qpdf)
"""
import subprocess
import zlib


def write_pdf(name, objects):
    """objects: list of bodies (bytes) for objects 1…n; 1 is the catalog."""
    out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    open(name, "wb").write(out)


def stream(dict_entries, data):
    return b"<< " + dict_entries + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


catalog = b"<< /Type /Catalog /Pages 2 0 R >>"
pages = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"

bomb = zlib.compress(b"0 0 m\n" * 25_000_000, 9)
write_pdf("bomb.pdf", [catalog, pages,
                       b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R >>",
                       stream(b"/Filter /FlateDecode", bomb)])

write_pdf("recursive.pdf", [catalog, pages,
                            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Resources << /XObject << /Fm1 5 0 R >> >> /Contents 4 0 R >>",
                            stream(b"", b"/Fm1 Do"),
                            stream(b"/Type /XObject /Subtype /Form /BBox [0 0 200 100] /Resources << /XObject << /Fm1 5 0 R >> >>", b"0 0 1 rg 0 0 100 50 re f /Fm1 Do")])

write_pdf("plain-logo.pdf", [catalog, pages,
                             b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R >>",
                             stream(b"", b"0 0 1 rg 0 0 100 50 re f")])
subprocess.run(["qpdf", "--encrypt", "secret", "owner", "256", "--", "plain-logo.pdf", "encrypted.pdf"], check=True)
subprocess.run(["rm", "plain-logo.pdf"], check=True)
