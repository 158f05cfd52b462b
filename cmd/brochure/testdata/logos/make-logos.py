#!/usr/bin/python3
"""Writes the PDF logos of TestPDFLogos: artwork in every place a device
colour space can hide, as official logos arrive from design programs.

  rgb-logo.pdf    DeviceRGB: rg/RG, cs/sc, an image, an Indexed image, an
                  inline image, a shading, a transparency group, a nested form
  cmyk-logo.pdf   the same in DeviceCMYK
  rgb-logo-objstm.pdf  rgb-logo.pdf rewritten by qpdf with object streams
                  and a cross-reference stream

Run from this folder: ./make-logos.py  (needs qpdf)
"""
import subprocess
import zlib


def write_pdf(name, objects):
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


def stream(entries, data, compress=True):
    if compress:
        data = zlib.compress(data)
        entries += b" /Filter /FlateDecode"
    return b"<< " + entries + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def logo(name, space, n, fill, stroke, abbrev, red, blue):
    """A 200 × 100 pt logo: a red block (fill operator), a blue frame
    (stroke operator), a green block by colour space selection, an 8×8
    image, an Indexed image, an inline image, an axial shading, and a
    nested form in a transparency group."""
    img = bytes((x * 32) % 256 if c == 0 else (y * 32) % 256 for y in range(8) for x in range(8) for c in range(n))
    green = b"0 1 0" if n == 3 else b"1 0 1 0"
    inline_data = bytes([255 if c == 0 else 0 for _ in range(4) for c in range(n)]).hex().encode()
    page_content = (red + b" " + fill + b" 10 10 60 40 re f\n" +
                    blue + b" " + stroke + b" 2 w 5 5 190 90 re S\n" +
                    b"/" + space + b" cs " + green + b" sc 80 10 30 30 re f\n" +
                    b"q 30 0 0 30 120 10 cm /Im1 Do Q\n" +
                    b"q 20 0 0 20 160 10 cm /Im2 Do Q\n" +
                    b"q 20 0 0 20 160 60 cm BI /W 2 /H 2 /CS /" + abbrev + b" /BPC 8 /F /AHx ID " + inline_data + b"> EI Q\n" +
                    b"q 10 60 60 30 re W n /Sh1 sh Q\n" +
                    b"/Fm1 Do\n")
    palette = (b"\xff\x00\x00\x00\x00\xff" if n == 3 else b"\x00\xff\xff\x00\xff\xff\x00\x00")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Group << /S /Transparency /CS /" + space +
        b" >> /Resources << /XObject << /Im1 5 0 R /Im2 6 0 R /Fm1 7 0 R >> /Shading << /Sh1 8 0 R >> >> /Contents 4 0 R >>",
        stream(b"", page_content),
        stream(b"/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /" + space + b" /BitsPerComponent 8", img),
        stream(b"/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace [/Indexed /" + space + b" 1 <" +
               palette.hex().encode() + b">] /BitsPerComponent 8", bytes([0, 1, 1, 0])),
        stream(b"/Type /XObject /Subtype /Form /BBox [0 0 200 100] /Group << /S /Transparency /CS /" + space +
               b" >> /Resources << >>", red + b" " + fill + b" 75 60 30 20 re f"),
        b"<< /ShadingType 2 /ColorSpace /" + space + b" /Coords [10 0 70 0] /Function << /FunctionType 2 /Domain [0 1] /C0 [" +
        (b"1 0 0" if n == 3 else b"0 1 1 0") + b"] /C1 [" + (b"0 0 1" if n == 3 else b"1 1 0 0") + b"] /N 1 >> >>",
    ]
    write_pdf(name, objects)


logo("rgb-logo.pdf", b"DeviceRGB", 3, b"rg", b"RG", b"RGB", b"1 0 0", b"0 0 1")
logo("cmyk-logo.pdf", b"DeviceCMYK", 4, b"k", b"K", b"CMYK", b"0 1 1 0", b"1 1 0 0")
subprocess.run(["qpdf", "--object-streams=generate", "rgb-logo.pdf", "rgb-logo-objstm.pdf"], check=True)
