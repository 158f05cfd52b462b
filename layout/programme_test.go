package layout

import (
	"strings"
	"testing"

	"brochure/content"
	"brochure/layout/typeset"
)

// TestProgrammeKeepsADaysFirstRowWithTheNext: in a programme of two days
// (the times of the second start afresh), a page may break between rows
// but not after the first row of a day, which would stand alone at a
// column's foot; a day may begin a column.
func TestProgrammeKeepsADaysFirstRowWithTheNext(t *testing.T) {
	c := testComposer(t, DefaultTheme())
	s := content.Section{Kind: content.Programme, Title: "Programm", Items: []content.ProgrammeItem{
		{Time: "09:00", Title: "Mittwoch: Ankommen"}, {Time: "10:00–11:00", Title: "Vortrag"}, {Time: "11:00", Title: "Pause"},
		{Time: "09:00", Title: "Donnerstag: Ankommen"}, {Time: "09:30–10:15", Title: "Werkstatt"}, {Time: "10:15", Title: "Abschluss"},
	}}
	c.doc.Sections = []content.Section{s}
	v := c.programme(0, s, c.root.Child(typeset.RoleSect))
	var breaks []string // before each row after the header: "break" or "kept"
	for i := 1; i < len(v); i++ {
		if v[i].Kind == typeset.VBox && v[i-1].Kind == typeset.VPenalty {
			if v[i-1].Penalty < typeset.Infinity {
				breaks = append(breaks, "break")
			} else {
				breaks = append(breaks, "kept")
			}
		}
	}
	want := "kept kept break break kept break" // header+first row, Mittwoch+Vortrag, …, Donnerstag+Werkstatt
	if got := strings.Join(breaks, " "); got != want {
		t.Errorf("before each row: %s, want %s", got, want)
	}
}

// TestConferenceProgrammeFillsItsColumns: the conference's programme
// of two days fills page 3's second column with rows of the second day
// rather than leaving it a third empty, and ends on page 4 where the
// keynote's opening (heading, portrait, first lines) does not fit below
// it, so it begins the next column: no underfull page is reported.
func TestConferenceProgrammeFillsItsColumns(t *testing.T) {
	doc, th := testdataEvent(t, "conference")
	for _, opts := range []Options{bound, {}} {
		laid := Compose(doc, th, opts)
		page := 0
		for i, p := range laid.Pages {
			for _, it := range p.Items {
				if g, ok := it.(*typeset.GlyphRun); ok && strings.Contains(g.Text, "Donnerstag") && page == 0 {
					page = i + 1
				}
			}
		}
		if page != 3 {
			t.Errorf("bound %v: the second day begins on page %d, want 3", opts.Bound, page)
		}
		for _, w := range laid.Warnings {
			if w.Kind == WarnUnderfullPage {
				t.Errorf("bound %v: %s", opts.Bound, w.Msg)
			}
		}
	}
}

// TestRowAloneCosts: a programme's table may break between any two rows
// of different times, but a break that leaves its last row alone under
// the repeated header, or (set a table a day) its first row alone under
// the day's title, costs rowAloneBreak, in a table of one day as in one
// of several; breaks inside the table cost nothing more than their kind.
func TestRowAloneCosts(t *testing.T) {
	const rows = 6
	starts := make([]bool, rows)
	for _, plan := range []programmePlan{{}, {dayHeadings: true}} {
		for k := 1; k < rows; k++ {
			got := rowBreak(k, 0, rows, programmeSlot{}, starts, plan)
			want := 0
			if k == rows-1 || plan.dayHeadings && k == 1 {
				want = rowAloneBreak
			}
			if got != want {
				t.Errorf("day headings %v: a break before row %d of %d costs %d, want %d", plan.dayHeadings, k+1, rows, got, want)
			}
		}
		if got := rowBreak(rows-1, 1, rows, programmeSlot{}, starts, plan); got != max(parallelBreak, rowAloneBreak) {
			t.Errorf("day headings %v: a break before the last row, parallel to the one before, costs %d, want %d", plan.dayHeadings, got, max(parallelBreak, rowAloneBreak))
		}
	}
}
