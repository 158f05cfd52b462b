package layout

import (
	"strings"
	"testing"

	"brochure/content"
)

// TestProgrammeGoingBackIsReported: a programme whose times go back (a
// second day in the same table) is reported at the first item that goes
// back, with the titles of the event's first two days to give the days'
// sections (the example is on Wednesday, 26 June 2024); one in order is
// not.
func TestProgrammeGoingBackIsReported(t *testing.T) {
	item := func(time, title string) content.ProgrammeItem { return content.ProgrammeItem{Time: time, Title: title} }
	for _, c := range []struct {
		name  string
		items []content.ProgrammeItem
		want  string
	}{
		{"two days", []content.ProgrammeItem{item("09:00", "Ankommen"), item("16:30–17:00", "Abschluss"), item("09:00–10:30", "Forum"), item("08:00", "Frühstück")}, ".items[2].time"},
		{"one day", []content.ProgrammeItem{item("09:00", "Ankommen"), item("09:00–10:30", "Forum A"), item("09:00–10:30", "Forum B"), item("12:00", "Mittag")}, ""},
	} {
		doc := exampleDocument(t)
		doc.Sections = []content.Section{{Kind: content.Programme, Label: "Programm", Title: "Programm", Items: c.items}}
		laid := Compose(doc, DefaultTheme(), Options{})
		var got []string
		for _, w := range laid.Warnings {
			if w.Kind == WarnProgrammeOrder {
				got = append(got, w.Where)
				if !strings.Contains(w.Msg, `title = "Programm Mittwoch, 26. Juni", then "Programm Donnerstag, 27. Juni"`) {
					t.Errorf("%s: %q, want the event's days as titles", c.name, w.Msg)
				}
			}
		}
		if c.want == "" && len(got) != 0 || c.want != "" && (len(got) != 1 || !strings.HasSuffix(got[0], c.want)) {
			t.Errorf("%s: reported at %q, want once at %q", c.name, got, c.want)
		}
	}
}
