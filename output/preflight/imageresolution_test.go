package preflight

import (
	"testing"

	"brochure/content"
	"brochure/layout"
	"brochure/layout/typeset"
)

// TestImageResolutionByEdition: a picture placed at 120 ppi fails print
// (which needs 300, at least 150) but only warns in the screen edition
// (150 wanted, 96 at least); at 160 ppi the screen edition passes.
func TestImageResolutionByEdition(t *testing.T) {
	page := func(ppi int) *layout.Document {
		w := typeset.Pt(144) // two inches
		pic := &layout.Picture{Source: &content.Image{File: "foto.jpg", WidthPx: 2 * ppi, HeightPx: ppi}, W: w, H: w / 2}
		return &layout.Document{Pages: []layout.Page{{Items: []typeset.Item{pic}}}}
	}
	for _, c := range []struct {
		edition string
		want    Resolution
		ppi     int
		status  Status
	}{
		{"print", PrintResolution(), 120, Fail},
		{"screen", ScreenResolution(), 120, Warn},
		{"screen", ScreenResolution(), 160, Pass},
		{"print", Resolution{}, 200, Warn},
	} {
		r := &Report{Edition: c.edition}
		checkImages(r, page(c.ppi), c.want)
		if len(r.Findings) != 1 || r.Findings[0].Status != c.status {
			t.Errorf("%s at %d ppi: %+v, want %v", c.edition, c.ppi, r.Findings, c.status)
		}
	}
}
