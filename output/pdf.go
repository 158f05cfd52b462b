// Package output draws a finished layout into a PDF file through fpdf. It is
// the only package that knows PDF: layout hands it pages of positioned
// items, and output turns each into content-stream operators, embeds and
// subsets the fonts, and writes links, bookmarks and document information.
package output

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
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

	// fontNames maps fpdf's internal font names to the faces' names.
	fontNames map[string]string
}

// Render draws doc into a PDF and returns its bytes: the print edition as
// PDF/X-4 in process colours with bleed, the screen edition as PDF/A-2b in
// RGB. The same input always gives the same bytes.
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
	pdf.SetCompression(true)
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

	d := &drawer{pdf: pdf, edition: opts.Edition, fonts: map[*fonts.Face]string{}, templates: map[string]int{}}
	d.registerFonts(doc)
	var geometries []geometry
	for i, page := range doc.Pages {
		d.geo = newGeometry(page, opts)
		geometries = append(geometries, d.geo)
		pdf.AddPageFormat("P", fpdf.SizeType{Wd: d.geo.mediaW.Points(), Ht: d.geo.mediaH.Points()})
		d.font = nil
		for _, it := range page.Items {
			d.item(it)
		}
		if d.geo.marks {
			d.cropMarks()
		}
		d.bookmarks(doc.Outline, i)
	}
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("output: %w", err)
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		return nil, fmt.Errorf("output: %w", err)
	}
	opts.fontNames = map[string]string{}
	for face, key := range d.fonts {
		opts.fontNames["utf8"+strings.ToLower(key)] = face.Name
	}
	return finish(buf.Bytes(), doc, geometries, opts)
}

// drawer carries the state of drawing one document.
type drawer struct {
	pdf     *fpdf.Fpdf
	edition Edition
	geo     geometry               // of the page being drawn
	fonts   map[*fonts.Face]string // fpdf's family key for each face
	font    *fonts.Face
	size    layout.Scaled
	anyFace *fonts.Face
	// importer and templates import each PDF logo once.
	importer  *gofpdi.Importer
	templates map[string]int
}

// x and y map layout coordinates (from the trimmed page's top left) to
// fpdf's (from the media box's top left); px and py to PDF user space
// (from the bottom left), for raw operators.
func (d *drawer) x(v layout.Scaled) float64 { return (v + d.geo.offset).Points() }
func (d *drawer) y(v layout.Scaled) float64 { return (v + d.geo.offset).Points() }
func (d *drawer) px(v layout.Scaled) string { return num(v + d.geo.offset) }
func (d *drawer) py(v layout.Scaled) string { return num(d.geo.mediaH - d.geo.offset - v) }

// registerFonts embeds every face the layout uses (fpdf subsets each to
// the characters drawn with it). Each face gets its own key, so two files
// with the same name cannot collide.
func (d *drawer) registerFonts(doc *layout.Document) {
	for _, page := range doc.Pages {
		for _, it := range page.Items {
			if g, ok := it.(*layout.GlyphRun); ok {
				if _, seen := d.fonts[g.Face]; !seen {
					key := fmt.Sprintf("%s-%d", g.Face.Name, len(d.fonts))
					d.fonts[g.Face] = key
					d.pdf.AddUTF8FontFromBytes(key, "", g.Face.Data)
					if d.anyFace == nil {
						d.anyFace = g.Face
					}
				}
			}
		}
	}
}

func (d *drawer) item(it layout.Item) {
	switch x := it.(type) {
	case *layout.GlyphRun:
		d.glyphRun(x)
	case *layout.Rule:
		d.fill(x.Colour)
		d.pdf.RawWriteStr(fmt.Sprintf("%s %s %s %s re f", d.px(x.X), d.py(x.Y+x.H), num(x.W), num(x.H)))
	case *layout.Polygon:
		d.polygon(x)
	case *layout.QRCode:
		d.qrCode(x)
	case *layout.LinkArea:
		d.link(x)
	case *layout.Picture:
		d.picture(x)
	}
}

// glyphRun draws text. Kerning is applied by starting a new positioned
// segment wherever the layout kerned, so the viewer draws exactly the
// advances the line breaker measured; fpdf records every character for
// font subsetting.
func (d *drawer) glyphRun(g *layout.GlyphRun) {
	if d.font != g.Face || d.size != g.Size {
		d.pdf.SetFont(d.fonts[g.Face], "", g.Size.Points())
		d.font, d.size = g.Face, g.Size
	}
	d.fill(g.Colour)
	if g.Tracking != 0 {
		// Letter-spaced text is marked with its actual text, so readers
		// that split widely spaced letters into words still extract it
		// as written.
		d.pdf.RawWriteStr("/Span <</ActualText " + utf16Hex(g.Text) + ">> BDC " + num(ofEm(g.Tracking, g.Size)) + " Tc")
	}
	hscale := int64(10000)
	if g.HScale != 0 {
		hscale = int64(g.HScale)
		d.pdf.RawWriteStr(strconv.FormatFloat(float64(g.HScale)/100, 'f', 2, 64) + " Tz")
	}
	runes := []rune(g.Text)
	start := 0
	units := 0 // advance from the run's origin to the segment start, thousandths of an em
	segUnits := 0
	for i, r := range runes {
		segUnits += g.Face.Advance(r) + g.Tracking
		k := 0
		if g.Kern != nil {
			k = g.Kern[i]
		}
		if k != 0 || i == len(runes)-1 {
			x := g.X + layout.Scaled(divRound(int64(ofEm(units, g.Size))*hscale, 10000))
			d.pdf.Text(d.x(x), d.y(g.Y), string(runes[start:i+1]))
			units += segUnits + k
			segUnits = 0
			start = i + 1
		}
	}
	if g.HScale != 0 {
		d.pdf.RawWriteStr("100 Tz")
	}
	if g.Tracking != 0 {
		d.pdf.RawWriteStr("0 Tc EMC")
	}
}

// utf16Hex encodes text as a PDF text string: UTF-16BE with a byte order
// mark, written in hexadecimal.
func utf16Hex(s string) string {
	var b strings.Builder
	b.WriteString("<FEFF")
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&b, "%04X", u)
	}
	b.WriteString(">")
	return b.String()
}

// ofEm converts thousandths of an em at size to Scaled, as layout does.
func ofEm(thousandths int, size layout.Scaled) layout.Scaled {
	return layout.Scaled(divRound(int64(thousandths)*int64(size), 1000))
}

func divRound(a, b int64) int64 {
	if (a < 0) != (b < 0) {
		return (a - b/2) / b
	}
	return (a + b/2) / b
}

func (d *drawer) polygon(p *layout.Polygon) {
	if len(p.Points) < 3 {
		return
	}
	d.fill(p.Colour)
	var b strings.Builder
	for i, v := range p.Points {
		op := "l"
		if i == 0 {
			op = "m"
		}
		fmt.Fprintf(&b, "%s %s %s ", d.px(v.X), d.py(v.Y), op)
	}
	b.WriteString("h f")
	d.pdf.RawWriteStr(b.String())
}

// qrCode draws the dark modules as rectangles, merging horizontal runs
// into one rectangle each, and fills them in one operation.
func (d *drawer) qrCode(q *layout.QRCode) {
	d.fill(q.Colour)
	var b strings.Builder
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
			x := q.X + layout.Scaled(col)*q.Module
			y := q.Y + layout.Scaled(row+1)*q.Module
			fmt.Fprintf(&b, "%s %s %s %s re\n", d.px(x), d.py(y), num(layout.Scaled(end-col)*q.Module), num(q.Module))
			col = end
		}
	}
	b.WriteString("f")
	d.pdf.RawWriteStr(b.String())
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
// attaches a bookmark to the page being drawn.
func (d *drawer) bookmarks(outline []layout.OutlineEntry, i int) {
	for _, e := range outline {
		if e.Page != i {
			continue
		}
		if d.font == nil && d.anyFace != nil {
			d.pdf.SetFont(d.fonts[d.anyFace], "", 10)
			d.font, d.size = d.anyFace, layout.Pt(10)
		}
		d.pdf.Bookmark(e.Title, e.Level, d.y(e.Y))
	}
}

// fill sets the non-stroking colour in the edition's colour model.
func (d *drawer) fill(c layout.Colour) {
	if d.edition == Screen {
		d.pdf.RawWriteStr(fmt.Sprintf("%s %s %s rg", byteColour(c.R), byteColour(c.G), byteColour(c.B)))
		return
	}
	d.pdf.RawWriteStr(fmt.Sprintf("%s %s %s %s k", percent(c.C), percent(c.M), percent(c.Y), percent(c.K)))
}

// num formats a length in points with the precision PDF needs (1/10000 pt),
// without trailing zeros, identically on every machine.
func num(s layout.Scaled) string {
	v := strconv.FormatFloat(s.Points(), 'f', 4, 64)
	v = strings.TrimRight(strings.TrimRight(v, "0"), ".")
	if v == "-0" || v == "" {
		return "0"
	}
	return v
}

func percent(v uint8) string {
	return strings.TrimRight(strings.TrimRight(strconv.FormatFloat(float64(v)/100, 'f', 2, 64), "0"), ".")
}

func byteColour(v uint8) string {
	s := strconv.FormatFloat(float64(v)/255, 'f', 4, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "" {
		return "0"
	}
	return s
}
