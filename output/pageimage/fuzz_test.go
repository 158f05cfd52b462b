package pageimage

import (
	"testing"

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
