package layout

import (
	"fmt"
	"strings"
	"testing"

	"brochure/content"
	"brochure/layout/typeset"
)

// TestParallelItemsShareTheirTime: items at the same time share one
// time cell, which spans their rows (RowSpan) and says „parallel“, so
// the time is drawn as content once; where the slot runs over a page,
// the first row on the next page repeats the time, as an artifact, and
// only there. Items at other times keep a cell each.
func TestParallelItemsShareTheirTime(t *testing.T) {
	const parallel = 16 // more than a page holds
	items := []content.ProgrammeItem{{Time: "09:00", Title: "Ankommen"}}
	for k := range parallel {
		items = append(items, content.ProgrammeItem{Time: "10:00–12:00", Title: fmt.Sprintf("Forum %d: Beratung im ländlichen Raum und in der Stadt", k+1),
			Speakers: []string{"Dr. Jana Beispiel"}, Note: "Raum 1"})
	}
	items = append(items, content.ProgrammeItem{Time: "12:00", Title: "Mittag"})
	doc := exampleDocument(t)
	doc.Sections = []content.Section{{Kind: content.Programme, Label: "Programm", Title: "Programm", Items: items}}
	laid := Compose(doc, DefaultTheme(), Options{})
	content, repeated, marks := 0, map[int]int{}, 0
	pagesWithForums := map[int]bool{}
	for n, p := range laid.Pages {
		for _, it := range p.Items {
			g, ok := it.(*typeset.GlyphRun)
			if !ok {
				continue
			}
			switch {
			case strings.HasPrefix(g.Text, "10:00") && g.Elem != nil:
				content++
				if g.Elem.Role != typeset.RoleTD || g.Elem.RowSpan() != parallel {
					t.Errorf("the shared time is a %v spanning %d rows, want a TD spanning %d", g.Elem.Role, g.Elem.RowSpan(), parallel)
				}
			case strings.HasPrefix(g.Text, "10:00"):
				repeated[n]++
			case g.Text == "parallel" && g.Elem != nil:
				marks++
			case g.Text == "Forum":
				pagesWithForums[n] = true
			}
		}
	}
	if content != 1 || marks != 1 {
		t.Errorf("the shared time drawn as content %d times with %d „parallel“, want once", content, marks)
	}
	first := len(laid.Pages)
	for n := range pagesWithForums {
		first = min(first, n)
	}
	for n := range pagesWithForums {
		if want := map[bool]int{true: 0, false: 1}[n == first]; repeated[n] != want {
			t.Errorf("page %d: the time repeated %d times, want %d", n+1, repeated[n], want)
		}
	}
	if len(pagesWithForums) < 2 {
		t.Errorf("the forums stand on %d pages: the test wants them to run over a page", len(pagesWithForums))
	}
}

// TestSameTimesAreParallelOnlyOnOneDay: items at one time share their
// cell only where they can be parallel: not in a programme that names no
// days and is all one time (a series of mornings), nor where the later
// item writes its date in its note — a programme with dates in its text
// is told to give the items their days instead, once, at the first item
// with a date; forums after a day written in a title are parallel.
func TestSameTimesAreParallelOnlyOnOneDay(t *testing.T) {
	item := func(time, title, note string) content.ProgrammeItem {
		return content.ProgrammeItem{Time: time, Title: title, Note: note}
	}
	for _, c := range []struct {
		name     string
		items    []content.ProgrammeItem
		shared   bool
		warnedAt string
	}{
		{"forums", []content.ProgrammeItem{item("09:00", "Ankommen", ""), item("10:00", "Forum A", "Raum 1"), item("10:00", "Forum B", "Raum 2")}, true, ""},
		{"a series", []content.ProgrammeItem{item("09:30", "Auftakt", "Greifswald"), item("09:30", "Betriebe", "Anklam")}, false, ""},
		{"dates in notes", []content.ProgrammeItem{item("09:00", "Ankommen", ""), item("10:00", "Auftakt", "18.01.2024, Greifswald"), item("10:00", "Betriebe", "22.02.2024, Anklam")}, false, ".items[1]"},
		{"a day in a title, then forums", []content.ProgrammeItem{item("09:00", "Mittwoch, 24. September: Ankommen", ""), item("10:00", "Forum A", "Raum 1"), item("10:00", "Forum B", "Raum 2")}, true, ".items[0]"},
	} {
		doc := exampleDocument(t)
		doc.Sections = []content.Section{{Kind: content.Programme, Label: "Programm", Title: "Programm", Items: c.items}}
		laid := Compose(doc, DefaultTheme(), Options{})
		var warned []string
		for _, w := range laid.Warnings {
			if w.Kind == WarnProgrammeDay {
				warned = append(warned, w.Where)
			}
		}
		if c.warnedAt == "" && len(warned) > 0 || c.warnedAt != "" && (len(warned) != 1 || !strings.HasSuffix(warned[0], c.warnedAt)) {
			t.Errorf("%s: warned at %q, want %q", c.name, warned, c.warnedAt)
		}
		spans := 0
		for _, p := range laid.Pages {
			for _, it := range p.Items {
				if g, ok := it.(*typeset.GlyphRun); ok && g.Elem != nil && g.Elem.RowSpan() > 1 {
					spans++
				}
			}
		}
		if (spans > 0) != c.shared {
			t.Errorf("%s: %d runs in a shared time cell, want shared %v", c.name, spans, c.shared)
		}
	}
}

// TestSeriesGivesEachItemItsDay: a programme whose items are each on a
// day of their own is one table headed „Termin“, each row's first cell
// its day with the time under it, and no day headings.
func TestSeriesGivesEachItemItsDay(t *testing.T) {
	doc := exampleDocument(t)
	doc.Meta.DateEnd = doc.Meta.Date.AddDate(0, 6, 0)
	var items []content.ProgrammeItem
	for k := range 4 {
		items = append(items, content.ProgrammeItem{Day: doc.Meta.Date.AddDate(0, k, 0), Time: "09:30–13:00", Title: fmt.Sprintf("Treffen %d", k+1)})
	}
	doc.Sections = []content.Section{{Kind: content.Programme, Label: "Programm", Title: "Programm", Items: items}}
	laid := Compose(doc, DefaultTheme(), Options{})
	var cells []string
	termin, h3 := false, 0
	for _, p := range laid.Pages {
		for _, it := range p.Items {
			g, ok := it.(*typeset.GlyphRun)
			if !ok || g.Elem == nil {
				continue
			}
			switch {
			case g.Elem.Role == typeset.RoleTH && g.Text == "TERMIN", g.Elem.Role == typeset.RoleTH && g.Text == "Termin":
				termin = true
			case g.Elem.Role == typeset.RoleH3:
				h3++
			case g.Elem.Role == typeset.RoleTD && g.Elem.Parent.Role == typeset.RoleTR && !strings.HasPrefix(g.Text, "Treffen") && g.Text != "1" && g.Text != "2" && g.Text != "3" && g.Text != "4":
				cells = append(cells, strings.ReplaceAll(g.Text, "\u00A0", " "))
			}
		}
	}
	want := "Mi., 26. Juni 09:30–13:00 Fr., 26. Juli 09:30–13:00 Mo., 26. August 09:30–13:00 Do., 26. September 09:30–13:00"
	if got := strings.Join(cells, " "); !termin || h3 != 0 || got != want {
		t.Errorf("header Termin %v, %d day headings, first cells %q; want Termin, none and %q", termin, h3, got, want)
	}
}
