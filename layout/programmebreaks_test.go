package layout

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"brochure/layout/typeset"
)

// TestDayTablesBreakInTwoColumns: in two columns, a programme of three
// days each a little shorter than a column (testdata/programmecolumns)
// breaks its day tables only where a break is needed. No column that
// continues a day under its title with „(Fortsetzung)“ holds a single row
// of it (a row carried alone: the day either ends before the column's
// foot or leaves two rows for the next); no column whose day goes on in
// the next leaves more than 40 mm white at its foot (but the last page,
// whose columns are balanced); and the continued title stays within its
// column.
func TestDayTablesBreakInTwoColumns(t *testing.T) {
	doc, th := testdataEvent(t, "programmecolumns")
	laid := Compose(doc, th, Options{})
	timeCell := regexp.MustCompile(`^\d\d:\d\d–`)
	gutter := th.MarginLeft + th.ColumnWidth() + th.ColumnGap/2
	foot := th.MarginTop + th.TextHeight()
	type column struct {
		bottom     typeset.Scaled // the lowest baseline
		continued  bool           // begins with a day's continued title
		rowsBefore int            // rows under the continued title before the next day's
		days       int            // day titles (not continued)
		page       int
	}
	var cols []column
	continuedSeen := false
	for n, p := range laid.Pages {
		if p.Kind != BodyPage {
			continue
		}
		runs := glyphRuns(p.Items)
		slices.SortStableFunc(runs, func(a, b *typeset.GlyphRun) int { return int(a.Y - b.Y) })
		for side := range 2 {
			col := column{page: n}
			inContinued := false
			for _, g := range runs {
				if (g.X < gutter) != (side == 0) || g.Y > foot {
					continue
				}
				col.bottom = max(col.bottom, g.Y)
				switch {
				case g.Elem == nil && strings.Contains(g.Text, "Fortsetzung"):
					col.continued, inContinued, continuedSeen = true, true, true
					if g.X+g.Width > th.MarginLeft+th.ColumnWidth()+typeset.Scaled(side)*(th.ColumnWidth()+th.ColumnGap)+typeset.Pt(0.5) {
						t.Errorf("page %d, column %d: the continued title runs past the column (%q)", n+1, side+1, g.Text)
					}
				case g.Elem != nil && g.Elem.Role == typeset.RoleH3:
					inContinued = false
				case timeCell.MatchString(g.Text) && inContinued:
					col.rowsBefore++
				}
			}
			cols = append(cols, col)
		}
	}
	if !continuedSeen {
		t.Fatal("no column continues a day: the test wants one")
	}
	for k, col := range cols {
		if col.continued && col.rowsBefore == 1 {
			t.Errorf("column %d: a day's row carried alone under its continued title", k+1)
		}
		// The last page's columns are balanced (typeset.PageParams.Balanced):
		// they end short by design.
		if k > 0 && col.continued && cols[k-1].page != cols[len(cols)-1].page && foot-cols[k-1].bottom > typeset.MM(40) {
			t.Errorf("column %d: %.1f mm white at its foot while its day goes on in the next column",
				k, float64(foot-cols[k-1].bottom)/float64(typeset.MM(1)))
		}
	}
}

// glyphRuns are the glyph runs among items.
func glyphRuns(items []typeset.Item) []*typeset.GlyphRun {
	var out []*typeset.GlyphRun
	for _, it := range items {
		if g, ok := it.(*typeset.GlyphRun); ok {
			out = append(out, g)
		}
	}
	return out
}
