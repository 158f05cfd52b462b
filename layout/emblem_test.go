package layout_test

import (
	"brochure/assets"
	"brochure/content"
	"brochure/fonts"
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

// TestStatementInAnAllowedTypeface: beside every emblem the statement
// „Kofinanziert von der Europäischen Union“ is set upright in a typeface
// Annex IX 1.3 names (the built-in sans, Liberation Sans, is not one:
// the statement is set in Ubuntu), its glyph runs and the statement's
// mark alike, with the default theme in both editions.
func TestStatementInAnAllowedTypeface(t *testing.T) {
	doc, err := content.Parse("content.toml", assets.ExampleContent, content.Options{Dir: "."})
	if err != nil {
		t.Fatal(err)
	}
	th := layout.DefaultTheme()
	for _, opts := range []layout.Options{{Bound: true}, {}} {
		laid := layout.Compose(doc, th, opts)
		statements := 0
		for pi, page := range laid.Pages {
			var marks []*layout.Mark
			for _, it := range page.Items {
				if m, ok := it.(*layout.Mark); ok && m.Kind == layout.MarkStatement {
					marks = append(marks, m)
					if !fonts.AllowedForStatement(m.Face) || m.Italic {
						t.Errorf("bound %v, page %d: the statement's mark says %s (italic %v)", opts.Bound, pi+1, m.Face, m.Italic)
					}
				}
			}
			statements += len(marks)
			for _, it := range page.Items {
				g, ok := it.(*typeset.GlyphRun)
				if !ok {
					continue
				}
				for _, m := range marks {
					if g.X >= m.X && g.X < m.X+m.W && g.Y > m.Y && g.Y < m.Y+m.H && !fonts.AllowedForStatement(g.Face.Name) {
						t.Errorf("bound %v, page %d: %q of the statement set in %s", opts.Bound, pi+1, g.Text, g.Face.Name)
					}
				}
			}
		}
		if statements < 2 {
			t.Errorf("bound %v: %d statements beside an emblem, want the cover's and the notice's", opts.Bound, statements)
		}
	}
}
