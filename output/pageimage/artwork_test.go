package pageimage

import (
	"bytes"
	"fmt"
	"image/color"
	"strings"
	"testing"
	"time"

	"brochure/content"
	"brochure/content/pdfread"
	"brochure/layout"
	"brochure/layout/typeset"
)

// logoPDF makes a one-page PDF whose page (100 × 50 pt) has the given
// content stream.
func logoPDF(t *testing.T, stream string) *content.Image {
	t.Helper()
	var b bytes.Buffer
	offsets := []int{}
	obj := func(s string) {
		offsets = append(offsets, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", len(offsets), s)
	}
	b.WriteString("%PDF-1.7\n")
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 50] /Contents 4 0 R /Resources << >> >>")
	obj(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(stream), stream))
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, o := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, xref)
	f, err := pdfread.Open(b.Bytes(), pdfread.Limits{Decompressed: 32 << 20})
	if err != nil {
		t.Fatal(err)
	}
	pages, err := f.Pages()
	if err != nil {
		t.Fatal(err)
	}
	return &content.Image{File: "logo.pdf", Format: "pdf", PDF: f, Page: pages[0], WidthPt: 100, HeightPt: 50}
}

// TestArtworkColoursAndClipping: a logo's fills land in its box in their
// colours, a clip limits them, and nothing is drawn outside the box.
func TestArtworkColoursAndClipping(t *testing.T) {
	logo := logoPDF(t, "1 0 0 rg 0 0 50 50 re f 0 0 1 rg q 50 0 25 50 re W n 0 0 100 50 re f Q 0 1 0 rg -50 -50 400 400 re f*")
	page := layout.Page{Width: typeset.Pt(200), Height: typeset.Pt(100),
		Items: []typeset.Item{&layout.Picture{X: typeset.Pt(50), Y: typeset.Pt(25), W: typeset.Pt(100), H: typeset.Pt(50), Source: logo}}}
	img, err := NewRenderer().Raster(page, 72)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		x, y int
		want color.RGBA
	}{
		{10, 10, color.RGBA{255, 255, 255, 255}}, // outside the box: untouched
		{60, 50, color.RGBA{0, 255, 0, 255}},     // the last fill covers the box
	}
	for _, c := range cases {
		if got := img.RGBAAt(c.x, c.y); got != c.want {
			t.Errorf("pixel (%d, %d) is %v, want %v", c.x, c.y, got, c.want)
		}
	}
	// Without the covering fill: red left half, blue only inside the clip.
	logo = logoPDF(t, "1 0 0 rg 0 0 50 50 re f 0 0 1 rg q 50 0 25 50 re W n 0 0 100 50 re f Q")
	page.Items[0].(*layout.Picture).Source = logo
	img, _ = NewRenderer().Raster(page, 72)
	for _, c := range []struct {
		x, y int
		want color.RGBA
	}{
		{70, 50, color.RGBA{255, 0, 0, 255}},
		{110, 50, color.RGBA{0, 0, 255, 255}},
		{140, 50, color.RGBA{255, 255, 255, 255}}, // outside the clip
	} {
		if got := img.RGBAAt(c.x, c.y); got != c.want {
			t.Errorf("pixel (%d, %d) is %v, want %v", c.x, c.y, got, c.want)
		}
	}
}

// TestHostileArtworkIsBounded: a logo with a hundred thousand clipping
// paths and nested state is drawn in bounded time.
func TestHostileArtworkIsBounded(t *testing.T) {
	logo := logoPDF(t, strings.Repeat("q 0 0 100 50 re W n 1 0 0 rg 0 0 10 10 re f ", 100000)+strings.Repeat("Q ", 100000))
	page := layout.Page{Width: typeset.Pt(595), Height: typeset.Pt(842),
		Items: []typeset.Item{&layout.Picture{X: typeset.Pt(50), Y: typeset.Pt(25), W: typeset.Pt(100), H: typeset.Pt(50), Source: logo}}}
	start := time.Now()
	if _, err := NewRenderer().Raster(page, 96); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("drawing took %v", d)
	}
}
