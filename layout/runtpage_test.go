package layout

import (
	"strings"
	"testing"

	"brochure/layout/typeset"
)

// TestRuntPageReported: the example's „Grußwort“ lengthened paragraph by
// paragraph, alone with „Begrüßung“: wherever its last page holds only
// the end of the talk begun before it, filling less than runtPageShare
// per cent of the type area (measured here from the lowest line drawn),
// the composition report names that page as a runt-page fault, and
// nowhere else. Both cases occur among the lengths tried.
func TestRuntPageReported(t *testing.T) {
	base := exampleDocument(t)
	th := DefaultTheme()
	paragraph := base.Sections[2].Body[0]
	var runts, full int
	for n := 4; n <= 22; n++ {
		doc := *base
		doc.Sections = append(doc.Sections[:0:0], base.Sections[:2]...)
		doc.Sections[1].Body = nil
		for range n {
			doc.Sections[1].Body = append(doc.Sections[1].Body, paragraph)
		}
		for _, opts := range []Options{bound, {}} {
			laid := Compose(&doc, th, opts)
			last, lowest := lastTextPage(laid, th)
			want := last > 0 && laid.Pages[last-1].Kind == BodyPage && !headingOn(laid, last) && lowest*100 < th.TextHeight()*runtPageShare
			got := false
			for _, w := range laid.Warnings {
				if w.Kind == WarnRuntPage {
					got = got || w.Page == last+1
					if w.Page != last+1 || !strings.Contains(w.Msg, "the last of the text") {
						t.Errorf("%d paragraphs: %s on page %d, the text's last page is %d", n, w.Msg, w.Page, last+1)
					}
				}
			}
			if got != want {
				t.Errorf("%d paragraphs (bound %v): the last page of the text (%d) filled %.0f %%: reported %v, want %v", n, opts.Bound, last+1, float64(lowest)*100/float64(th.TextHeight()), got, want)
			}
			if want {
				runts++
			} else {
				full++
			}
		}
	}
	if runts == 0 || full == 0 {
		t.Fatalf("premise: %d lengths end in a runt page and %d do not; want both", runts, full)
	}
}

// lastTextPage is the last page holding text of the sections, and how
// far down its type area its lowest line reaches.
func lastTextPage(laid *Document, th Theme) (int, typeset.Scaled) {
	last, lowest := -1, typeset.Scaled(0)
	for i, p := range laid.Pages {
		if p.Kind != BodyPage {
			continue
		}
		var low typeset.Scaled
		text := false
		for _, it := range p.Items {
			if g, ok := it.(*typeset.GlyphRun); ok && g.Elem != nil && g.Artifact == typeset.NoArtifact {
				text, low = true, max(low, g.Y-th.MarginTop)
			}
		}
		if text {
			last, lowest = i, low
		}
	}
	return last, lowest
}

// headingOn reports whether a section begins on page i.
func headingOn(laid *Document, i int) bool {
	for _, e := range laid.Outline {
		if e.Level == 0 && e.Page == i {
			return true
		}
	}
	return false
}
