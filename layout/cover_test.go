package layout

import (
	"strings"
	"testing"

	"brochure/layout/typeset"
)

// TestCoverTitleStaysBelowTheKind: a title too long for the cover's field
// at the theme's size is set smaller, so its first line never runs up
// into the kind of document above it (a generated event's eight-line
// title overlapped „TAGUNGSDOKUMENTATION“), while a title that fits keeps
// the theme's size.
func TestCoverTitleStaysBelowTheKind(t *testing.T) {
	long := "Beschäftigungsduldung und Arbeitsmarkt-Integration, Anerkennungsverfahren ausländischer Berufsqualifikationen und Beratungspraxis: Begleitforschungsergebnisse aus den Landkreisen"
	for _, tc := range []struct {
		title   string
		smaller bool
	}{{"Stadt – Land – Flucht", false}, {long, true}} {
		doc := exampleDocument(t)
		doc.Meta.Title = tc.title
		th, err := NewTheme(doc.Theme)
		if err != nil {
			t.Fatal(err)
		}
		cover := Compose(doc, th, bound).Pages[0]
		words := map[string]bool{}
		for _, w := range strings.Fields(tc.title) {
			words[w] = true
		}
		top, size := typeset.Scaled(1<<30), typeset.Scaled(0)
		for _, it := range cover.Items {
			if g, ok := it.(*typeset.GlyphRun); ok && words[g.Text] && g.Y < th.CoverField {
				top, size = min(top, g.Y-g.Size), max(size, g.Size)
			}
		}
		if size == 0 {
			t.Fatalf("%q: no title found on the cover", tc.title)
		}
		if top < typeset.MM(32) {
			t.Errorf("%q: the title's first line reaches up to %.1f mm, into the kind at 30 mm", tc.title, top.Points()*25.4/72)
		}
		if smaller := size < th.CoverTitle.Size; smaller != tc.smaller {
			t.Errorf("%q: set at %v pt, the theme's size %v pt", tc.title, size.Points(), th.CoverTitle.Size.Points())
		}
	}
}
