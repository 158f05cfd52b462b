package pageimage

import (
	"bytes"
	"fmt"
	"testing"

	"brochure/content"
	"brochure/content/pdfread"
	"brochure/layout"
	"brochure/layout/typeset"
)

// FuzzArtworkStream draws a logo whose page content is the fuzzed
// stream, as a page raster and as an SVG picture: nothing may panic or
// hang, whatever the operators and operands.
func FuzzArtworkStream(f *testing.F) {
	for _, seed := range []string{
		"1 0 0 rg 0 0 50 50 re f",
		"q 0 0 1 RG 2 w 5 5 90 40 re S Q",
		"q 50 0 25 50 re W n 0 0 100 50 re f Q",
		"/DeviceRGB cs 0 1 0 sc 10 10 m 50 40 l 90 10 l h f*",
		"q 20 0 0 20 10 10 cm BI /W 2 /H 2 /CS /RGB /BPC 8 /F /AHx ID ff0000ff0000ff0000ff0000> EI Q",
		"0.5 g 10 10 m 20 40 30 40 40 10 c 50 10 60 40 v 70 40 80 10 y b",
		"/Sh1 sh /Im1 Do /Fm1 Do 1 0 0 1 0 0 cm Q Q Q",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, stream string) {
		if len(stream) > 1<<16 {
			return
		}
		logo := logoPDF(t, stream)
		pic := &layout.Picture{X: typeset.Pt(10), Y: typeset.Pt(10), W: typeset.Pt(100), H: typeset.Pt(50), Source: logo}
		page := layout.Page{Width: typeset.Pt(150), Height: typeset.Pt(80), Items: []typeset.Item{pic}}
		r := NewRenderer()
		if _, err := r.Raster(page, 72); err != nil {
			return
		}
		var sink discard
		r.SVG(&sink, page, SVGOptions{PictureDPI: 72})
	})
}

// discard is an io.Writer that keeps nothing.
type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// FuzzArtworkGraph draws a logo whose page resources and objects 5 and 6
// are fuzzed as well as its content: resource graphs with cycles through
// colour spaces, forms, patterns, shadings and functions. The loader's
// check (pdfread.CheckArtwork) runs first, as when a logo is loaded; the
// interpreter then draws the page whatever the check said, so it must be
// safe on artwork that never came through the loader. Nothing may panic
// or hang.
func FuzzArtworkGraph(f *testing.F) {
	for _, seed := range [][4]string{
		{"<< /ColorSpace << /C 5 0 R >> >>", "/C cs 0 sc 0 0 10 10 re f", "[/Indexed 5 0 R 1 <000000FFFFFF>]", "0"},
		{"<< /ColorSpace << /A /B /B /A >> >>", "/A cs 0 0 10 10 re f", "0", "0"},
		{"<< /XObject << /F 5 0 R >> >>", "/F Do", "<< /Subtype /Form /BBox [0 0 9 9] /Resources << /XObject << /F 5 0 R >> >> /Length 5 >>\nstream\n/F Do\nendstream", "0"},
		{"<< /Shading << /S 5 0 R >> >>", "/S sh", "<< /ShadingType 2 /ColorSpace /DeviceRGB /Coords [0 0 1 0] /Function 6 0 R >>",
			"<< /FunctionType 3 /Domain [0 1] /Functions [6 0 R] /Bounds [] /Encode [0 1] >>"},
		{"<< /ColorSpace << /S 5 0 R >> /Pattern << /P 6 0 R >> >>", "/S cs 1 sc /Pattern cs /P scn 0 0 5 5 re f",
			"[/Separation /Gold 5 0 R 6 0 R]", "<< /PatternType 1 /Resources << /Pattern << /P 6 0 R >> >> /Length 0 >>\nstream\n\nendstream"},
	} {
		f.Add(seed[0], seed[1], seed[2], seed[3])
	}
	f.Fuzz(func(t *testing.T, resources, stream, obj5, obj6 string) {
		if len(resources)+len(stream)+len(obj5)+len(obj6) > 1<<14 {
			return
		}
		data := pdfWith(resources, stream, obj5, obj6)
		file, err := pdfread.Open(data, pdfread.Limits{Decompressed: 4 << 20})
		if err != nil {
			return
		}
		pages, err := file.Pages()
		if err != nil || len(pages) != 1 {
			return
		}
		file.CheckArtwork(pages[0])
		logo := &content.Image{File: "logo.pdf", Format: "pdf", PDF: file, Page: pages[0], WidthPt: 100, HeightPt: 50}
		pic := &layout.Picture{X: typeset.Pt(10), Y: typeset.Pt(10), W: typeset.Pt(100), H: typeset.Pt(50), Source: logo}
		page := layout.Page{Width: typeset.Pt(150), Height: typeset.Pt(80), Items: []typeset.Item{pic}}
		r := NewRenderer()
		r.Raster(page, 36)
		var sink discard
		r.SVG(&sink, page, SVGOptions{PictureDPI: 36})
	})
}

// pdfWith is a one-page PDF (100 × 50 pt) with the given page resources
// and content, and objects 5 and 6.
func pdfWith(resources, stream, obj5, obj6 string) []byte {
	var b bytes.Buffer
	var offsets []int
	obj := func(s string) {
		offsets = append(offsets, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", len(offsets), s)
	}
	b.WriteString("%PDF-1.7\n")
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 50] /Contents 4 0 R /Resources " + resources + " >>")
	obj(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(stream), stream))
	obj(obj5)
	obj(obj6)
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, o := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, xref)
	return b.Bytes()
}

// FuzzDisplayList draws arbitrary display lists — rules, polygons and QR
// symbols anywhere, of any size, in any colour, on pages of any size —
// as PNG at any resolution and as SVG: a page beyond the raster budget is
// refused with an error, anything else is drawn; nothing panics.
func FuzzDisplayList(f *testing.F) {
	f.Add([]byte{10, 20, 30, 40, 1, 2, 3}, 595.0, 842.0, 72.0)
	f.Add([]byte{255, 255, 255, 255, 0, 0, 0, 9, 9}, 1e6, 1e-3, 1200.0)
	f.Add([]byte{}, -5.0, 5.0, 0.0)
	f.Fuzz(func(t *testing.T, list []byte, w, h, dpi float64) {
		if len(list) > 4096 {
			return
		}
		page := layout.Page{Width: ptOf(w), Height: ptOf(h), Items: displayItems(list)}
		r := NewRenderer()
		// A page within the budget is drawn where that is quick (below
		// 200 dpi); one beyond it is refused. A page within the budget at
		// a high resolution is not drawn here: 680 rules on 32 million
		// pixels took the fuzzer's worker 9 s, which it took for a hang.
		switch _, _, sizeErr := RasterSize(page, dpi); {
		case sizeErr == nil && dpi < 200:
			if _, err := r.Raster(page, dpi); err != nil {
				t.Fatalf("a page within the budget was not drawn: %v", err)
			}
		case sizeErr != nil:
			if _, err := r.Raster(page, dpi); err == nil {
				t.Fatalf("a page beyond the budget was drawn (%g × %g pt at %g dpi)", w, h, dpi)
			}
		}
		var sink discard
		r.SVG(&sink, page, SVGOptions{})
	})
}

// ptOf is a fuzzed length in points, kept within the lengths a layout
// can hold.
func ptOf(x float64) typeset.Scaled {
	if !(x > -30000 && x < 30000) {
		return typeset.Pt(0)
	}
	return typeset.Pt(x)
}

// displayItems reads items from bytes: a kind, four coordinates (in
// multiples of 8 pt, signed) and a colour each.
func displayItems(b []byte) []typeset.Item {
	var items []typeset.Item
	for len(b) >= 6 {
		kind, v := b[0]%3, b[1:6]
		b = b[6:]
		c := func(i int) typeset.Scaled { return typeset.Pt(float64(int8(v[i])) * 8) }
		col := typeset.Colour{R: v[0], G: v[1], B: v[2]}
		switch kind {
		case 0:
			items = append(items, &typeset.Rule{X: c(0), Y: c(1), W: c(2), H: c(3), Colour: col})
		case 1:
			items = append(items, &typeset.Polygon{Points: []typeset.Vertex{{X: c(0), Y: c(1)}, {X: c(2), Y: c(3)}, {X: c(4), Y: c(0)}}, Colour: col})
		case 2:
			n := int(v[4]%40) + 1
			modules := make([][]bool, n)
			for i := range modules {
				modules[i] = make([]bool, n)
				for j := range modules[i] {
					modules[i][j] = (i*j+int(v[3]))%3 == 0
				}
			}
			items = append(items, &typeset.QRCode{X: c(0), Y: c(1), Module: typeset.Pt(float64(v[2]%16) + 0.5), Modules: modules, Colour: col})
		}
	}
	return items
}
