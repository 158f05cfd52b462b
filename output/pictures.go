package output

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"codeberg.org/go-pdf/fpdf"
	"codeberg.org/go-pdf/fpdf/contrib/gofpdi"

	"brochure/layout"
)

// picture draws an image file unaltered in its box: JPEG and PNG as image
// XObjects (each file embedded once however often it appears), a PDF's
// first page as a form XObject.
func (d *drawer) picture(p *layout.Picture) {
	x, y, w, h := d.x(p.X), d.y(p.Y), p.W.Points(), p.H.Points()
	if p.Format == "pdf" {
		d.pdfPage(p, x, y, w, h)
		return
	}
	name := "img:" + p.Path
	if d.pdf.GetImageInfo(name) == nil {
		f, err := os.Open(p.Path)
		if err != nil {
			d.pdf.SetError(fmt.Errorf("image %s: %w", p.Path, err))
			return
		}
		defer f.Close()
		kind := "JPG"
		if p.Format == "png" {
			kind = "PNG"
		}
		d.pdf.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: kind}, f)
	}
	d.pdf.ImageOptions(name, x, y, w, h, false, fpdf.ImageOptions{}, 0, "")
}

// pdfPage imports the first page of a PDF logo from the plain copy
// content validation made. The importer panics on what it cannot read; a
// panic that still happens becomes the document's error.
func (d *drawer) pdfPage(p *layout.Picture, x, y, w, h float64) {
	defer func() {
		if r := recover(); r != nil {
			d.pdf.SetError(fmt.Errorf("importing %s: %v", p.Path, r))
		}
	}()
	box := p.PDFBox
	if box == "" {
		box = "/MediaBox"
	}
	// Each file is imported once; later placements reuse its template.
	tpl, ok := d.templates[p.Path]
	if !ok {
		if len(p.PDFData) == 0 {
			d.pdf.SetError(fmt.Errorf("logo %s: no validated copy to import", p.Path))
			return
		}
		var rs io.ReadSeeker = bytes.NewReader(p.PDFData)
		if d.importer == nil {
			d.importer = gofpdi.NewImporter()
		}
		tpl = d.importer.ImportPageFromStream(d.pdf, &rs, 1, box)
		d.templates[p.Path] = tpl
	}
	d.importer.UseImportedTemplate(d.pdf, tpl, x, y, w, h)
}
