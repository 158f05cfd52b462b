package output

import (
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
		d.pdfPage(p.Path, p.PDFBox, x, y, w, h)
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

// pdfPage imports the first page of a PDF file. The importer panics on
// malformed files; content validation has read the file already, and a
// panic that still happens becomes the document's error.
func (d *drawer) pdfPage(path, box string, x, y, w, h float64) {
	defer func() {
		if r := recover(); r != nil {
			d.pdf.SetError(fmt.Errorf("importing %s: %v", path, r))
		}
	}()
	f, err := os.Open(path)
	if err != nil {
		d.pdf.SetError(fmt.Errorf("logo %s: %w", path, err))
		return
	}
	defer f.Close()
	if box == "" {
		box = "/MediaBox"
	}
	// Each file is imported once; later placements reuse its template.
	tpl, ok := d.templates[path]
	if !ok {
		var rs io.ReadSeeker = f
		if d.importer == nil {
			d.importer = gofpdi.NewImporter()
		}
		tpl = d.importer.ImportPageFromStream(d.pdf, &rs, 1, box)
		d.templates[path] = tpl
	}
	d.importer.UseImportedTemplate(d.pdf, tpl, x, y, w, h)
}
