package layout

import (
	"strings"
	"testing"

	"brochure/content"
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

// TestCoverPictureWithoutRoomIsSaid: a cover picture the cover has under
// 40 mm of height for is left out, and the author is told at
// document.cover_image how much room there was and what to shorten; with
// room it is set, flush left, no taller than the room.
func TestCoverPictureWithoutRoomIsSaid(t *testing.T) {
	img := &content.Image{File: "titel.jpg", Format: "jpeg", WidthPx: 1500, HeightPx: 1000, Alt: "Saal", Credit: "Max Muster"}
	for _, room := range []typeset.Scaled{typeset.MM(30), typeset.MM(80)} {
		comp := newComposer(exampleDocument(t), DefaultTheme(), bound)
		items := comp.coverPicture(img, typeset.MM(25), typeset.MM(200), typeset.MM(160), room)
		var said []string
		for _, w := range comp.warnings {
			if w.Kind == WarnImageWidth && strings.HasSuffix(w.Where, "document.cover_image") {
				said = append(said, w.Msg)
			}
		}
		pic := pictureIn(items)
		switch {
		case room < minCoverPicture && (pic != nil || len(said) != 1 || !strings.Contains(said[0], "shorten the title")):
			t.Errorf("room %.0f mm: picture %v, warnings %q; want none set and one warning saying to shorten the title", room.MM(), pic, said)
		case room >= minCoverPicture && (pic == nil || len(said) > 0 || pic.H > room || pic.X != typeset.MM(25)):
			t.Errorf("room %.0f mm: picture %+v, warnings %q; want it set flush left within the room, without a word", room.MM(), pic, said)
		}
	}
}
