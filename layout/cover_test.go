package layout

import (
	"slices"
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

// TestCoverOrganisersNeverBeginALineWithTheDot: organisers that fit on
// one line share it, separated by a middle dot; organisers that do not
// are set a line each, so no line under the field begins (or ends) with
// the separator („· Landesnetzwerk Migrantenorganisationen“).
func TestCoverOrganisersNeverBeginALineWithTheDot(t *testing.T) {
	for _, tc := range []struct {
		organisers []string
		lines      int
	}{
		{[]string{"BLEIBdran+", "RESQUE forward"}, 1},
		{[]string{"Netzwerk Integration durch Qualifizierung Sachsen-Anhalt", "Landesnetzwerk Migrantenorganisationen"}, 2},
		{[]string{"Netzwerk Integration durch Qualifizierung Sachsen-Anhalt", "Landesnetzwerk Migrantenorganisationen", "Flüchtlingsrat"}, 3},
	} {
		doc := exampleDocument(t)
		doc.Meta.Event, doc.Meta.Organisers = "", tc.organisers
		th, err := NewTheme(doc.Theme)
		if err != nil {
			t.Fatal(err)
		}
		cover := Compose(doc, th, bound).Pages[0]
		words := map[string]bool{}
		for _, w := range strings.Fields(strings.Join(tc.organisers, " · ")) {
			words[w] = true
		}
		lines := map[typeset.Scaled][]*typeset.GlyphRun{}
		for _, it := range cover.Items {
			if g, ok := it.(*typeset.GlyphRun); ok && g.Y > th.CoverField && words[strings.TrimSpace(g.Text)] {
				lines[g.Y] = append(lines[g.Y], g)
			}
		}
		if len(lines) != tc.lines {
			t.Errorf("%q: %d lines, want %d", tc.organisers, len(lines), tc.lines)
		}
		for y, runs := range lines {
			first, last := runs[0], runs[0]
			for _, g := range runs {
				if g.X < first.X {
					first = g
				}
				if g.X > last.X {
					last = g
				}
			}
			if strings.HasPrefix(strings.TrimSpace(first.Text), "·") || strings.HasSuffix(strings.TrimSpace(last.Text), "·") {
				t.Errorf("%q: the line at %v pt begins with %q and ends with %q", tc.organisers, y.Points(), first.Text, last.Text)
			}
		}
	}
}

// TestCoverOrganisersNamedInTheEventLine: an organiser the event line
// names, as written or in the genitive, is not repeated under it; one it
// does not name is.
func TestCoverOrganisersNamedInTheEventLine(t *testing.T) {
	for _, tc := range []struct {
		event     string
		organiser string
		mentioned bool
	}{
		{"Online-Reihe des Netzwerks Teilhabe Nord", "Netzwerk Teilhabe Nord", true},
		{"Fachtag des Netzwerkes Arbeit, in Rostock", "Netzwerk Arbeit", true},
		{"Fachtag der WIR-Netzwerke BLEIBdran+ und RESQUE forward", "RESQUE forward", true},
		{"Online-Reihe des Netzwerks Teilhabe Süd", "Netzwerk Teilhabe Nord", false},
		{"Online-Reihe Teilhabe Nord", "Netzwerk Teilhabe Nord", false},
	} {
		if got := len(notMentioned(tc.event, []string{tc.organiser})) == 0; got != tc.mentioned {
			t.Errorf("%q names %q: %v, want %v", tc.event, tc.organiser, got, tc.mentioned)
		}
	}
	// Of two organisers, the one the event line names is left out, the
	// other stays (a reviewer's cover repeated „Netzwerk X“ under
	// „Fachtag des Netzwerks X“ beside „Stadt Y“).
	if got := notMentioned("Fachtag des Netzwerks Arbeit und Teilhabe", []string{"Netzwerk Arbeit und Teilhabe", "Stadt Siegen"}); !slices.Equal(got, []string{"Stadt Siegen"}) {
		t.Errorf("two organisers, one named in the event line: %q under it, want only Stadt Siegen", got)
	}
}

// TestCoverKindReportsMissingCharacters: a character the cover's kind
// line cannot draw is reported at document.kind, as everywhere else; it
// was set as „?“ without a word.
func TestCoverKindReportsMissingCharacters(t *testing.T) {
	doc := exampleDocument(t)
	doc.Meta.Kind = "Tagungsdokumentation ★"
	found := false
	for _, w := range Compose(doc, DefaultTheme(), bound).Warnings {
		found = found || w.Kind == WarnMissingGlyph && strings.Contains(w.Where, "document.kind") && strings.Contains(w.Msg, "U+2605")
	}
	if !found {
		t.Error("no warning at document.kind for the ★ the cover sets as a replacement mark")
	}
}

// TestVenueBreaksAtCommas: a cover venue too long for one line breaks
// after a comma, not inside the place name before it, in every measure
// from its longest part to the whole: its lines are whole parts, each but
// the last ending with a comma; and one that fits stays as written.
func TestVenueBreaksAtCommas(t *testing.T) {
	th := DefaultTheme()
	c := testComposer(t, th)
	st := th.CoverDate
	const venue = "Stadtteil- und Begegnungszentrum Lütten Klein, Danziger Str. 45d, 18107 Rostock"
	w := func(s string) typeset.Scaled { return c.measure(c.normalised(plain(s)), st) }
	if got := c.venueSpans(venue, st, w(venue)+typeset.Pt(1)); len(got) != 1 {
		t.Errorf("a venue that fits one line: %+v", got)
	}
	for width := w("Stadtteil- und Begegnungszentrum Lütten Klein,"); width < w(venue); width += typeset.Pt(3) {
		lines := displayLines(c, c.venueSpans(venue, st, width), st, width, true)
		for i, ln := range lines {
			if i < len(lines)-1 && !strings.HasSuffix(ln, ",") {
				t.Errorf("in %.1f pt: %q, line %d ends inside a part", width.Points(), lines, i+1)
			}
		}
	}
}

// TestCoverPictureWarningsPointWhereToMend: a cover picture without alt
// text is warned about at document.cover_image, where alt is added; one
// enlarged past 150 % at its file key. (Cropping the picture to a band
// once sent the first to the file key too.)
func TestCoverPictureWarningsPointWhereToMend(t *testing.T) {
	img := &content.Image{File: "titel.jpg", Format: "jpeg", WidthPx: 300, HeightPx: 200, Credit: "Max Muster",
		Where: "content.toml:14:1: document.cover_image.file"}
	comp := newComposer(exampleDocument(t), DefaultTheme(), bound)
	comp.coverPicture(img, typeset.MM(25), typeset.MM(200), typeset.MM(160), typeset.MM(60))
	kinds := map[WarningKind]string{}
	for _, w := range comp.warnings {
		kinds[w.Kind] = w.Where
	}
	if w := kinds[WarnMissingAlt]; !strings.HasSuffix(w, "document.cover_image") {
		t.Errorf("the missing alt text is warned about at %q, want document.cover_image", w)
	}
	if w := kinds[WarnEnlargedImage]; !strings.HasSuffix(w, "document.cover_image.file") {
		t.Errorf("the enlarged picture is warned about at %q, want its file key", w)
	}
}
