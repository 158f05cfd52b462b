package preflight

import (
	"fmt"
	"strings"
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

// TestEveryLowResolutionImageNamed: of four pictures, three placed below
// what print wants (208, 231 and 288 ppi, on pages 3, 1 and 2) and one
// above it, check names each of the three with its page, the lowest
// first — the prober's symposium named only the lowest, and the next
// only once that was replaced.
func TestEveryLowResolutionImageNamed(t *testing.T) {
	w := typeset.Pt(144) // two inches
	pic := func(file string, ppi int) *layout.Picture {
		return &layout.Picture{Source: &content.Image{File: file, WidthPx: 2 * ppi, HeightPx: ppi}, W: w, H: w / 2}
	}
	doc := &layout.Document{Pages: []layout.Page{
		{Items: []typeset.Item{pic("p23.png", 231), pic("scharf.jpg", 400)}},
		{Items: []typeset.Item{pic("p07.jpg", 288)}},
		{Items: []typeset.Item{pic("p13.png", 208)}},
	}}
	r := &Report{Edition: "print"}
	checkImages(r, doc, PrintResolution())
	var got []string
	for _, f := range r.Findings {
		if f.Status != Warn {
			t.Errorf("%+v, want a warning", f)
		}
		got = append(got, fmt.Sprintf("%s p%d", strings.Fields(f.Message)[0], f.Page))
	}
	if want := "p13.png p3|p23.png p1|p07.jpg p2"; strings.Join(got, "|") != want {
		t.Errorf("findings %q, want %q", got, want)
	}
}
