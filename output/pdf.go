// Package output draws a finished layout into a PDF file through fpdf. It is
// the only package that knows PDF: layout hands it pages of positioned
// items, and output turns each into content-stream operators, embeds and
// subsets the fonts, and writes links, bookmarks and document information.
package output

import (
	"bytes"
	"fmt"
	"strconv"
	"time"
	"unicode/utf16"

	"codeberg.org/go-pdf/fpdf"
	"codeberg.org/go-pdf/fpdf/contrib/gofpdi"

	"brochure/fonts"
	"brochure/layout"
)

// Edition selects the colour model and the page structure.
type Edition int

// The two editions of a brochure.
const (
	// Print uses process colours (DeviceCMYK) for the print shop.
	Print Edition = iota
	// Screen uses RGB colours for reading on screen.
	Screen
)

// String names the edition as the command line does.
func (e Edition) String() string {
	if e == Screen {
		return "screen"
	}
	return "print"
}

// Options choose what PDF is written.
type Options struct {
	Edition Edition
	// Marks adds crop marks outside the bleed (print edition).
	Marks bool
	// Creator names the program in the document information.
	Creator string
	// OutputCondition names the print characterisation the print edition
	// is made for (default FOGRA39, "Coated FOGRA39"); ICCProfile is its
	// profile, embedded when given.
	OutputCondition string
	ICCProfile      []byte
	// Date, when set, replaces the document's date in the file's
	// metadata (SOURCE_DATE_EPOCH).
	Date time.Time
}

// Render draws doc into a PDF and returns its bytes: the print edition as
// PDF/X-4 in process colours with bleed, the screen edition as PDF/A-2b in
// RGB. The same input always gives the same bytes.
//
// fpdf builds the document's structure — pages, images, imported
// artwork, links, bookmarks, document information — while the page
// contents are written here as content-stream operators and the fonts are
// subset and embedded by the final pass, which also compresses the
// streams.
func Render(doc *layout.Document, opts Options) ([]byte, error) {
	if len(doc.Pages) == 0 {
		return nil, fmt.Errorf("output: the layout has no pages")
	}
	if opts.Date.IsZero() {
		opts.Date = doc.Meta.Date
	}
	first := newGeometry(doc.Pages[0], opts)
	pdf := fpdf.NewCustom(&fpdf.InitType{
		UnitStr: "pt",
		Size:    fpdf.SizeType{Wd: first.mediaW.Points(), Ht: first.mediaH.Points()},
	})
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(0, 0, 0)
	// Page contents are compressed here as they are drawn
	// (pagecontents.go), the rest by the final pass; fpdf would make a
	// new compressor for every page.
	pdf.SetCompression(false)
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(opts.Date)
	pdf.SetModificationDate(opts.Date)
	pdf.SetTitle(doc.Meta.Title, true)
	pdf.SetSubject(doc.Meta.Subject, true)
	pdf.SetAuthor(doc.Meta.Author, true)
	pdf.SetKeywords(doc.Meta.Keywords, true)
	pdf.SetCreator(opts.Creator, true)
	pdf.SetProducer(opts.Creator, true)
	pdf.SetLang(doc.Meta.Language)
	pdf.SetDisplayMode("fullpage", "single")

	d := &drawer{pdf: pdf, edition: opts.Edition, fonts: map[*fonts.Face]*embeddedFont{}, templates: map[string]int{},
		segments: newSegmentCompressor()}
	geometries := make([]geometry, 0, len(doc.Pages))
	for i, page := range doc.Pages {
		d.geo = newGeometry(page, opts)
		geometries = append(geometries, d.geo)
		pdf.AddPageFormat("P", fpdf.SizeType{Wd: d.geo.mediaW.Points(), Ht: d.geo.mediaH.Points()})
		d.cs.reset()
		for _, it := range page.Items {
			d.item(it)
		}
		if d.geo.marks {
			d.cropMarks()
		}
		d.flush()
		d.bookmarks(doc.Outline, i)
	}
	segments := d.segments.finish()
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("output: %w", err)
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return nil, fmt.Errorf("output: %w", err)
	}
	return finish(buf.Bytes(), doc, geometries, segments, d.fontOrder, opts)
}

// drawer carries the state of drawing one document.
type drawer struct {
	pdf     *fpdf.Fpdf
	edition Edition
	geo     geometry      // of the page being drawn
	cs      contentStream // the page's operators since the last segment
	// segments compresses each finished run of operators in the background.
	segments *segmentCompressor
	// fonts are the faces drawn so far, each embedded once; fontOrder
	// lists them in order of first use.
	fonts     map[*fonts.Face]*embeddedFont
	fontOrder []*embeddedFont
	// importer and templates import each PDF logo once.
	importer  *gofpdi.Importer
	templates map[string]int
}

// flush ends the current segment of operators, closing an open text
// object first: the segment goes to the compressor and a marker into
// fpdf's page, so fpdf's own drawing (images) comes after it.
func (d *drawer) flush() {
	d.cs.endText()
	if len(d.cs.buf) == 0 {
		return
	}
	k := d.segments.submit(d.cs.buf)
	d.cs.buf = d.segments.buffer()
	d.pdf.RawWriteStr(segmentMarker + strconv.Itoa(k))
}

// x and y map layout coordinates (from the trimmed page's top left) to
// fpdf's (from the media box's top left); px and py append PDF user space
// coordinates (from the bottom left) to the page's operators.
func (d *drawer) x(v layout.Scaled) float64 { return (v + d.geo.offset).Points() }
func (d *drawer) y(v layout.Scaled) float64 { return (v + d.geo.offset).Points() }
func (d *drawer) px(v layout.Scaled)        { d.cs.num(v + d.geo.offset) }
func (d *drawer) py(v layout.Scaled)        { d.cs.num(d.geo.mediaH - d.geo.offset - v) }

func (d *drawer) item(it layout.Item) {
	if _, text := it.(*layout.GlyphRun); !text {
		d.cs.endText()
	}
	switch x := it.(type) {
	case *layout.GlyphRun:
		d.glyphRun(x)
	case *layout.Rule:
		d.fill(x.Colour)
		d.px(x.X)
		d.py(x.Y + x.H)
		d.cs.num(x.W)
		d.cs.num(x.H)
		d.cs.op("re f")
	case *layout.Polygon:
		d.polygon(x)
	case *layout.QRCode:
		d.qrCode(x)
	case *layout.LinkArea:
		d.link(x)
	case *layout.Picture:
		d.flush()
		d.picture(x)
	}
}

func (d *drawer) polygon(p *layout.Polygon) {
	if len(p.Points) < 3 {
		return
	}
	d.fill(p.Colour)
	for i, v := range p.Points {
		d.px(v.X)
		d.py(v.Y)
		if i == 0 {
			d.cs.op("m")
		} else {
			d.cs.op("l")
		}
	}
	d.cs.op("h f")
}

// qrCode draws the dark modules as rectangles, merging horizontal runs
// into one rectangle each, and fills them in one operation.
func (d *drawer) qrCode(q *layout.QRCode) {
	d.fill(q.Colour)
	for row, cols := range q.Modules {
		for col := 0; col < len(cols); {
			if !cols[col] {
				col++
				continue
			}
			end := col
			for end < len(cols) && cols[end] {
				end++
			}
			d.px(q.X + layout.Scaled(col)*q.Module)
			d.py(q.Y + layout.Scaled(row+1)*q.Module)
			d.cs.num(layout.Scaled(end-col) * q.Module)
			d.cs.num(q.Module)
			d.cs.op("re")
			col = end
		}
	}
	d.cs.op("f")
}

func (d *drawer) link(l *layout.LinkArea) {
	if l.URL != "" {
		d.pdf.LinkString(d.x(l.X), d.y(l.Y), l.W.Points(), l.H.Points(), l.URL)
		return
	}
	id := d.pdf.AddLink()
	d.pdf.SetLink(id, d.y(l.TargetY), l.Page+1)
	d.pdf.Link(d.x(l.X), d.y(l.Y), l.W.Points(), l.H.Points(), id)
}

// bookmarks adds the outline entries that point into page index i; fpdf
// attaches a bookmark to the page being drawn. Titles are handed over as
// PDF text strings in UTF-16 (fpdf converts only while a UTF-8 font is
// selected, and it has none: the fonts are embedded by the final pass).
func (d *drawer) bookmarks(outline []layout.OutlineEntry, i int) {
	for _, e := range outline {
		if e.Page != i {
			continue
		}
		d.pdf.Bookmark(utf16Text(e.Title), e.Level, d.y(e.Y))
	}
}

// utf16Text encodes s as the bytes of a PDF text string in UTF-16BE with
// a byte order mark.
func utf16Text(s string) string {
	units := utf16.Encode([]rune(s))
	b := make([]byte, 2, 2+2*len(units))
	b[0], b[1] = 0xFE, 0xFF
	for _, u := range units {
		b = append(b, byte(u>>8), byte(u))
	}
	return string(b)
}

// fill sets the non-stroking colour in the edition's colour model.
func (d *drawer) fill(c layout.Colour) {
	var b [40]byte
	op := b[:0]
	if d.edition == Screen {
		for _, v := range []uint8{c.R, c.G, c.B} {
			op = appendFixed(op, int64(v), 255)
			op = append(op, ' ')
		}
		op = append(op, "rg"...)
	} else {
		for _, v := range []uint8{c.C, c.M, c.Y, c.K} {
			op = appendFixed(op, int64(v), 100)
			op = append(op, ' ')
		}
		op = append(op, 'k')
	}
	d.cs.setFill(op)
}
