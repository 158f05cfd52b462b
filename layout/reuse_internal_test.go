package layout

import (
	"fmt"
	"strings"
	"testing"

	"brochure/layout/typeset"
)

// setItems describes the glyph runs and link areas of line boxes: where
// they are, what they draw and say, and whether they are tagged.
func setItems(v []typeset.VNode) string {
	var b strings.Builder
	for _, n := range v {
		for _, it := range n.Items {
			switch x := it.(type) {
			case *typeset.GlyphRun:
				said := ""
				if s := x.ActualText(); s != nil {
					said = *s
				}
				fmt.Fprintf(&b, "run %d,%d %q %d %d %q %v; ", x.X, x.Y, x.Text, x.HScale, x.SpaceAfter, said, x.Elem != nil)
			case *typeset.LinkArea:
				fmt.Fprintf(&b, "link %d,%d %dx%d %s %v; ", x.X, x.Y, x.W, x.H, x.URL, x.Elem != nil)
			default:
				fmt.Fprintf(&b, "%T; ", it)
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

// TestCarriedLineBoxesAreCopies: a paragraph's line boxes carried between
// builds (Reuse.setAt) are copies: a build that moves and tags its items
// (as pagination and tagging do) leaves the next build's alone, and a
// paragraph set at another x is set there, each as a fresh build sets it.
func TestCarriedLineBoxesAreCopies(t *testing.T) {
	th := DefaultTheme()
	spans := []typeset.Span{{Text: "Die Arbeitsmarktintegration Geflüchteter braucht Qualifizierungsbegleitung, "},
		{Text: "das Netzwerk", URL: "https://example.org/netz"},
		{Text: " und Beschäftigungsduldung über viele Zeilen hinweg, damit Fachkräfteeinwanderung gelingt."}}
	width := typeset.MM(60)
	fresh := func(x typeset.Scaled) string {
		return setItems(testComposer(t, th).textBlock(spans, th.Body, x, width, typeset.Justified, "test"))
	}
	c := testComposer(t, th)
	c.opts.Reuse = new(Reuse)
	x0, x1 := th.MarginLeft, th.MarginLeft+typeset.MM(7)
	for i, x := range []typeset.Scaled{x0, x0, x0, x1, x1} {
		v := c.textBlock(spans, th.Body, x, width, typeset.Justified, "test")
		if got, want := setItems(v), fresh(x); got != want {
			t.Fatalf("build %d at x %v: carried line boxes differ from fresh ones:\n%s\nfresh:\n%s", i, x, got, want)
		}
		if lines := strings.Count(setItems(v), "run "); !strings.Contains(setItems(v), "link ") || len(v) < 5 || lines < 10 {
			t.Fatalf("the paragraph has no link, or few lines (%d boxes and penalties): the test sees too little", len(v))
		}
		for _, n := range v { // as pagination and tagging do
			for _, it := range n.Items {
				it.Offset(typeset.MM(3), typeset.MM(100))
				switch x := it.(type) {
				case *typeset.GlyphRun:
					x.Elem = c.root
				case *typeset.LinkArea:
					x.Elem = c.root
				default: // a paragraph's line boxes hold only runs and link areas
					t.Fatalf("a line box holds a %T", it)
				}
			}
		}
	}
}
