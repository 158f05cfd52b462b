package layout

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"brochure/content"
	"brochure/layout/typeset"
)

// TestProgrammeGoingBackIsReported: a programme whose times go back is
// reported at the first item that goes back. At an event over two days
// (a second day in the same table) the warning gives that item the
// event's second day (the example is on Wednesday, 26 June 2024); at an
// event of one day it asks for the items' order and names no day. One in
// order is not reported.
func TestProgrammeGoingBackIsReported(t *testing.T) {
	item := func(time, title string) content.ProgrammeItem { return content.ProgrammeItem{Time: time, Title: title} }
	goingBack := []content.ProgrammeItem{item("09:00", "Ankommen"), item("16:30–17:00", "Abschluss"), item("09:00–10:30", "Forum"), item("08:00", "Frühstück")}
	for _, c := range []struct {
		name    string
		twoDays bool
		items   []content.ProgrammeItem
		want    string
		says    []string
	}{
		{"two days", true, goingBack, ".items[2].time", []string{`(day = 2024-06-27, a TOML date without quotes)`, "„Donnerstag, 27. Juni“"}},
		{"one day out of order", false, goingBack, ".items[2].time", []string{"the event has one day: list the items in the order of their times"}},
		{"in order", true, []content.ProgrammeItem{item("09:00", "Ankommen"), item("09:00–10:30", "Forum A"), item("09:00–10:30", "Forum B"), item("12:00", "Mittag")}, "", nil},
		// Times open at one end are ordered by the time they give: an
		// arrival until noon before lunch, an evening from seven last.
		{"open ends", true, []content.ProgrammeItem{item("bis 12:00", "Anreise"), item("12:00", "Mittag"), item("14:00–16:30", "Forum"), item("ab 19:00", "Abendempfang")}, "", nil},
		{"open end, then a morning", true, []content.ProgrammeItem{item("09:00", "Ankommen"), item("ab 19:00", "Abendempfang"), item("09:00", "Frühstück")}, ".items[2].time",
			[]string{`(day = 2024-06-27, a TOML date without quotes)`}},
	} {
		doc := exampleDocument(t)
		if c.twoDays {
			doc.Meta.DateEnd = doc.Meta.Date.AddDate(0, 0, 1)
		}
		doc.Sections = []content.Section{{Kind: content.Programme, Label: "Programm", Title: "Programm", Items: c.items}}
		laid := Compose(doc, DefaultTheme(), Options{})
		var got []string
		for _, w := range laid.Warnings {
			if w.Kind != WarnProgrammeOrder {
				continue
			}
			got = append(got, w.Where)
			for _, s := range c.says {
				if !strings.Contains(w.Msg, s) {
					t.Errorf("%s: %q, want it to say %q", c.name, w.Msg, s)
				}
			}
			if !c.twoDays && strings.Contains(w.Msg, "day =") {
				t.Errorf("%s: %q proposes a day the event does not have", c.name, w.Msg)
			}
		}
		if c.want == "" && len(got) != 0 || c.want != "" && (len(got) != 1 || !strings.HasSuffix(got[0], c.want)) {
			t.Errorf("%s: reported at %q, want once at %q", c.name, got, c.want)
		}
	}
}

// TestProgrammeDaysAreTablesUnderTheirDays: a programme whose items name
// two days (the second day given on its first item only) is set as two
// tables, each under its day as a sub-heading, and its times going back
// at the new day are no fault; a programme whose items all name the same
// day is one table without a day heading.
func TestProgrammeDaysAreTablesUnderTheirDays(t *testing.T) {
	wed, thu := time.Date(2024, 6, 26, 0, 0, 0, 0, time.UTC), time.Date(2024, 6, 27, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name  string
		items []content.ProgrammeItem
		want  []string
	}{
		{"two days", []content.ProgrammeItem{{Time: "09:00", Title: "Ankommen"}, {Time: "16:30–17:00", Title: "Abschluss"},
			{Day: thu, Time: "09:00–10:30", Title: "Forum"}, {Time: "12:00", Title: "Mittag"}},
			[]string{"Mittwoch, 26. Juni", "Donnerstag, 27. Juni"}},
		{"one day named", []content.ProgrammeItem{{Day: wed, Time: "09:00", Title: "Ankommen"}, {Time: "16:30–17:00", Title: "Abschluss"}}, nil},
	} {
		doc := exampleDocument(t)
		doc.Meta.DateEnd = thu
		doc.Sections = []content.Section{{Kind: content.Programme, Label: "Programm", Title: "Programm", Items: c.items}}
		laid := Compose(doc, DefaultTheme(), Options{})
		for _, w := range laid.Warnings {
			if w.Kind == WarnProgrammeOrder {
				t.Errorf("%s: %s", c.name, w.Msg)
			}
		}
		var headings []string
		var last *typeset.StructElement
		tables := map[*typeset.StructElement]bool{}
		for _, p := range laid.Pages {
			for _, it := range p.Items {
				g, ok := it.(*typeset.GlyphRun)
				if !ok || g.Elem == nil {
					continue
				}
				if g.Elem.Role == typeset.RoleH3 {
					text := strings.ReplaceAll(g.Text, "\u00A0", " ")
					if g.Elem == last {
						headings[len(headings)-1] += " " + text
					} else {
						headings = append(headings, text)
					}
					last = g.Elem
				}
				for e := g.Elem; e != nil; e = e.Parent {
					if e.Role == typeset.RoleTable {
						tables[e] = true
					}
				}
			}
		}
		if strings.Join(headings, "|") != strings.Join(c.want, "|") || len(tables) != max(len(c.want), 1) {
			t.Errorf("%s: day headings %q and %d tables, want %q and %d", c.name, headings, len(tables), c.want, max(len(c.want), 1))
		}
	}
}

// TestContinuedDayTableSaysItsDay: where a day's table runs onto the next
// page, the page begins with the day's title and „(Fortsetzung)“ (an
// artifact) above the repeated header row, so its first row never stands
// under no day; a page that begins with a new day has its heading.
func TestContinuedDayTableSaysItsDay(t *testing.T) {
	doc := exampleDocument(t)
	doc.Meta.DateEnd = doc.Meta.Date.AddDate(0, 0, 1)
	var items []content.ProgrammeItem
	for d := range 2 {
		for k := range 24 {
			item := content.ProgrammeItem{Time: fmt.Sprintf("%02d:%02d", 8+k/2, 30*(k%2)), Title: fmt.Sprintf("Programmpunkt %d.%d", d+1, k+1), Note: "Raum 1"}
			if k == 0 && d == 1 {
				item.Day = doc.Meta.DateEnd
			}
			items = append(items, item)
		}
	}
	doc.Sections = []content.Section{{Kind: content.Programme, Label: "Programm", Title: "Programm", Items: items}}
	laid := Compose(doc, DefaultTheme(), Options{})
	continued := 0
	for n, p := range laid.Pages {
		firstRow, dayLine := typeset.Scaled(-1), ""
		for _, it := range p.Items {
			g, ok := it.(*typeset.GlyphRun)
			if !ok {
				continue
			}
			switch {
			case g.Elem != nil && g.Elem.Parent != nil && g.Elem.Parent.Role == typeset.RoleTD && strings.HasPrefix(g.Text, "Programmpunkt") && (firstRow < 0 || g.Y < firstRow):
				firstRow = g.Y
			case g.Elem == nil && strings.Contains(g.Text, "Fortsetzung"), g.Elem != nil && g.Elem.Role == typeset.RoleH3:
				if dayLine == "" {
					dayLine = g.Text
				}
			}
		}
		if firstRow < 0 {
			continue
		}
		if dayLine == "" {
			t.Errorf("page %d: programme rows under no day", n+1)
		}
		for _, it := range p.Items {
			if g, ok := it.(*typeset.GlyphRun); ok && g.Elem == nil && strings.Contains(g.Text, "Fortsetzung") {
				continued++
			}
		}
	}
	if continued == 0 {
		t.Error("no page continues a day's table: the test wants one")
	}
}
