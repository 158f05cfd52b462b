package layout_test

import (
	"brochure/content"
	"brochure/layout"
	"brochure/layout/typeset"
	"brochure/output/testevent"
	"math"
	"strings"
	"testing"
)

// TestEmblemNeverSmallerThanLogos checks the layout: on every page with a
// logo, the EU emblem's field is at least as tall as the tallest logo,
// and, side by side with it, level with it (tops level, under the
// funder's label).
func TestEmblemNeverSmallerThanLogos(t *testing.T) {
	contentPath := testevent.ExampleWithImages(t, "bmas.png")
	doc, err := content.Load(contentPath, content.Options{})
	if err != nil {
		t.Fatal(err)
	}
	th, err := layout.NewTheme(doc.Theme)
	if err != nil {
		t.Fatal(err)
	}
	laid := layout.Compose(doc, th, layout.Options{Bound: true})
	logos := 0
	for pi, page := range laid.Pages {
		var logo, emblem, logoTop, emblemTop typeset.Scaled
		for _, it := range page.Items {
			switch x := it.(type) {
			case *layout.Picture:
				if strings.HasSuffix(layout.ImageOf(x).Path, "bmas.png") {
					logo = max(logo, x.H)
					logoTop = x.Y
					logos++
				}
			case *typeset.Rule:
				if x.Colour.C == 100 && x.Colour.M == 80 && x.Colour.Y == 0 && x.Colour.K == 0 {
					emblem = max(emblem, x.H)
					emblemTop = x.Y
					if r := float64(x.W) / float64(x.H); math.Abs(r-1.5) > 0.001 {
						t.Errorf("page %d: emblem is %.3f:1, want 3:2", pi+1, r)
					}
				}
			}
		}
		if logo > 0 && emblem < logo {
			t.Errorf("page %d: emblem %.1f pt tall, logo %.1f pt", pi+1, emblem.Points(), logo.Points())
		}
		if logo > 0 && emblem > 0 && (logoTop-emblemTop > typeset.Pt(0.5) || emblemTop-logoTop > typeset.Pt(0.5)) {
			t.Errorf("page %d: the emblem's top at %.1f pt, the logo's at %.1f pt: want them level", pi+1, emblemTop.Points(), logoTop.Points())
		}
		if logo > 0 && emblem == 0 {
			t.Errorf("page %d: a logo without the EU emblem", pi+1)
		}
	}
	if logos != 2 {
		t.Errorf("the logo appears %d times, want twice (cover and funding notice)", logos)
	}
}
