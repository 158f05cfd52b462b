package layout

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"brochure/content"
	"brochure/layout/typeset"
)

// testThemes are the built-in theme and the themes in testdata/themes.
func testThemes(t *testing.T) map[string]Theme {
	t.Helper()
	out := map[string]Theme{"built-in": DefaultTheme()}
	files, _ := filepath.Glob("testdata/themes/*.toml")
	if len(files) < 2 {
		t.Fatalf("want at least two test themes, found %d", len(files))
	}
	for _, f := range files {
		ct, err := content.LoadTheme(f, false)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		th, err := NewTheme(ct)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out[filepath.Base(f)] = th
	}
	return out
}

// box is an item's extent on the page.
type box struct {
	x0, y0, x1, y1 typeset.Scaled
	what           string
}

func extent(it typeset.Item) (box, bool) {
	switch x := it.(type) {
	case *typeset.GlyphRun:
		asc, desc := typeset.OfEm(x.Face.Ascent, x.Size), typeset.OfEm(-x.Face.Descent, x.Size)
		return box{x.X, x.Y - asc, x.X + x.Width, x.Y + desc, fmt.Sprintf("text %q", x.Text)}, true
	case *Picture:
		return box{x.X, x.Y, x.X + x.W, x.Y + x.H, "picture " + ImageOf(x).File}, true
	case *typeset.QRCode:
		quiet := 4 * x.Module
		side := typeset.Scaled(len(x.Modules)) * x.Module
		return box{x.X + quiet, x.Y + quiet, x.X + side - quiet, x.Y + side - quiet, "QR code"}, true
	case *typeset.Rule:
		return box{x.X, x.Y, x.X + x.W, x.Y + x.H, "rule"}, true
	}
	return box{}, false
}

// TestPagesKeepToTheTypeArea lays out the example with every test theme
// and checks each page after the cover: everything but the running footer
// and head lies inside the page's type area (mirrored on left-hand pages
// by a theme of inner and outer margins), and no two pieces of text
// overlap.
func TestPagesKeepToTheTypeArea(t *testing.T) {
	doc := exampleDocument(t)
	for name, th := range testThemes(t) {
		laid := Compose(doc, th, bound)
		if len(laid.Pages) < 4 {
			t.Fatalf("%s: only %d pages", name, len(laid.Pages))
		}
		tol := typeset.Pt(0.5)
		for pi, page := range laid.Pages[1:] {
			left, right := th.PageMargins(pi+1, bound)
			var texts []box
			for _, it := range page.Items {
				b, ok := extent(it)
				if !ok {
					continue
				}
				frame := b.y0 >= th.PageHeight-th.MarginBottom || b.y1 <= th.MarginTop
				if frame {
					continue // footer and running head
				}
				// Justified lines may hang into the margins by their
				// edge characters' protrusion (at most 70 % of a quote).
				hang := tol + typeset.OfEm(th.Body.Face().Advance('“'), th.Body.Size)*7/10
				if b.x0 < left-hang || b.x1 > th.PageWidth-right+hang ||
					b.y0 < th.MarginTop-typeset.Pt(3) || b.y1 > th.PageHeight-th.MarginBottom+typeset.Pt(3) {
					t.Errorf("%s page %d: %s outside the type area (%.1f–%.1f × %.1f–%.1f pt)", name, pi+2, b.what,
						b.x0.Points(), b.x1.Points(), b.y0.Points(), b.y1.Points())
				}
				if _, isText := it.(*typeset.GlyphRun); isText {
					texts = append(texts, b)
				}
			}
			for a := range texts {
				for b := a + 1; b < len(texts); b++ {
					p, q := texts[a], texts[b]
					// Overlap beyond a hair (accents and descenders of
					// neighbouring lines may touch).
					if p.x0 < q.x1-tol && q.x0 < p.x1-tol && p.y0 < q.y1-typeset.Pt(2) && q.y0 < p.y1-typeset.Pt(2) {
						t.Errorf("%s page %d: %s overlaps %s", name, pi+2, p.what, q.what)
					}
				}
			}
		}
	}
}

// TestWarningsAreReportedOnce: the contents are laid out twice (once to
// count their pages), yet a problem in a title is reported once per font
// it appears in.
func TestWarningsAreReportedOnce(t *testing.T) {
	doc := exampleDocument(t)
	doc.Sections[2].Title += " 🎉"
	laid := Compose(doc, DefaultTheme(), bound)
	seen := map[Warning]int{}
	for _, w := range laid.Warnings {
		seen[w]++
		if seen[w] > 1 {
			t.Errorf("reported twice: %s", w)
		}
	}
	if len(seen) == 0 {
		t.Fatalf("the emoji in a title was not reported")
	}
}

// TestWarningsKnowTheirPlace: a warning about a line of placed text names
// the page and the band of it where that line stands (the live preview
// marks it there); one about no placed text names none.
func TestWarningsKnowTheirPlace(t *testing.T) {
	doc := exampleDocument(t)
	var para *content.Block
	for i := range doc.Sections {
		for k := range doc.Sections[i].Body {
			if b := &doc.Sections[i].Body[k]; para == nil && b.Kind == 0 && len(b.Inlines) > 0 {
				para = b
			}
		}
	}
	para.Inlines[0].Text = strings.Repeat("x", 120) + " " + para.Inlines[0].Text
	laid := Compose(doc, DefaultTheme(), bound)
	placed, unplaced := 0, 0
	for _, w := range laid.Warnings {
		switch {
		case w.Kind == WarnOverfull:
			if w.Page < 1 || w.Page > len(laid.Pages) || w.Height <= 0 {
				t.Fatalf("the overfull line's warning is not placed: %+v", w)
			}
			found := false
			for _, it := range laid.Pages[w.Page-1].Items {
				if g, ok := it.(*typeset.GlyphRun); ok && strings.HasPrefix(g.Text, "xxxx") && g.Y > w.Top && g.Y <= w.Top+w.Height {
					found = true
				}
			}
			if !found {
				t.Errorf("page %d has no overfull text between %v and %v pt", w.Page, w.Top.Points(), (w.Top + w.Height).Points())
			}
			placed++
		case w.Kind == WarnMissingLogo:
			if w.Page != 0 {
				t.Errorf("the missing logo's warning names page %d", w.Page)
			}
			unplaced++
		}
	}
	if placed == 0 || unplaced == 0 {
		t.Errorf("%d placed and %d unplaced warnings, want both: %v", placed, unplaced, laid.Warnings)
	}
}
