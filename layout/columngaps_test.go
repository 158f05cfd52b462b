package layout

import (
	"fmt"
	"strings"
	"testing"

	"brochure/content"
	"brochure/layout/typeset"
)

// TestCompositionReportMeasuresEachColumn: in two columns, a column that
// ends 40 mm early beside a full one is a fault, though the page is only
// about 8 % empty; the same gap in the column above a picture across the
// columns at the page's foot is measured to the picture's top, so columns
// that end there are full; and the balanced last page is not checked.
func TestCompositionReportMeasuresEachColumn(t *testing.T) {
	gap := int(typeset.MM(40) / DefaultTheme().Body.Leading) // lines of 40 mm
	for _, tc := range []struct {
		name string
		foot bool // a picture across the columns at the foot, 40 mm tall
		want string
	}{
		{"column 2 ends 40 mm early", false, "underfull-page p1 page"},
		{"both columns end above a picture across them", true, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newSynthetic(2, 2)
			n := s.lines()
			s.page(BodyPage)
			s.heading(0, 0, 0, 0)
			end := n // the first column's last line
			if tc.foot {
				end = n - gap
			}
			s.text(0, 0, 0, 1, end)
			s.text(0, 0, 1, 0, n-gap)
			if tc.foot {
				fig := s.sects[0].Child(typeset.RoleFigure)
				th := s.c.th
				s.d.Pages[0].Items = append(s.d.Pages[0].Items, &Picture{X: th.MarginLeft, Y: s.y(n-gap) - th.Body.Leading + typeset.MM(2), W: th.TextWidth(),
					H: th.MarginTop + th.TextHeight() - s.y(n-gap) + th.Body.Leading - typeset.MM(2), Source: &content.Image{File: "pano.jpg", Where: "content.toml:15:3: sections[0].images[0].file"}, Elem: fig})
			}
			s.page(BodyPage)
			s.text(1, 0, 0, 0, n/2) // the last page: balanced, not checked
			s.text(1, 0, 1, 0, n/4)
			got, warnings := s.findings()
			if strings.Join(got, "\n") != tc.want {
				t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), tc.want)
			}
			for _, w := range warnings {
				if !strings.Contains(w.Msg, "column 2 of page 1") {
					t.Errorf("the finding does not name the column: %s", w.Msg)
				}
			}
		})
	}
}

// TestProgrammeOpensWithItsFirstRow: a column that ends before a
// programme's heading, where the heading and its table's first row (a
// row never breaks) are taller than the room left, ends the section
// before it by design: the report measures the programme's opening to
// the foot of that row, not to the second line of its text, and counts
// the space before a section's heading, as the page breaker does.
func TestProgrammeOpensWithItsFirstRow(t *testing.T) {
	for _, tc := range []struct {
		name string
		rows int // lines of the first row
		want string
	}{
		{"a first row of six lines does not fit", 6, ""},
		{"a first row of one line fits", 1, "underfull-page p1 page"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newSynthetic(2, 2)
			n := s.lines()
			gap := int(typeset.MM(45) / s.c.th.Body.Leading)
			s.page(BodyPage)
			s.heading(0, 0, 0, 0)
			s.text(0, 0, 0, 1, n-gap)
			s.heading(0, 1, 1, 0)
			tbody := s.sects[1].Child(typeset.RoleTable).Child(typeset.RoleTBody)
			for r, lines := range []int{tc.rows, 4, 4, 4, 4, 4, 4, 4, 4, 4} {
				td := tbody.Child(typeset.RoleTR).Child(typeset.RoleTD)
				var runs []*typeset.GlyphRun
				for l := 0; l < lines; l++ {
					line := 2 + r*5 + l
					if r > 0 {
						line = 2 + tc.rows + 1 + (r-1)*5 + l
					}
					if line < n {
						runs = append(runs, s.run(0, s.c.th.Body, s.x(1), s.y(line), "Programmpunkt", nil, td))
					}
				}
				if len(runs) > 0 {
					s.para(fmt.Sprintf("content.toml:%d:3: sections[1].items[%d].title", 30+r, r), runs...)
				}
			}
			s.page(BodyPage)
			s.text(1, 1, 0, 0, n/2)
			got, _ := s.findings()
			if strings.Join(got, "\n") != tc.want {
				t.Errorf("findings:\n%s\nwant:\n%s", strings.Join(got, "\n"), tc.want)
			}
		})
	}
}

// TestUnderfullProgrammeColumnNamesItsRow: a column of a programme's
// table that ends early while the table goes on in the next column is
// reported at the row that opens the next column (its title's place),
// not at the table's first row, and, on pages without a picture, without
// the advice to set a picture smaller; with a picture on the page the
// advice stays.
func TestUnderfullProgrammeColumnNamesItsRow(t *testing.T) {
	for _, withPicture := range []bool{false, true} {
		s := newSynthetic(1, 2)
		n := s.lines()
		s.page(BodyPage)
		s.heading(0, 0, 0, 0)
		tbody := s.sects[0].Child(typeset.RoleTable).Child(typeset.RoleTBody)
		row := func(r, col, first int) {
			td := tbody.Child(typeset.RoleTR).Child(typeset.RoleTD)
			var runs []*typeset.GlyphRun
			for l := range 4 {
				runs = append(runs, s.run(0, s.c.th.Body, s.x(col), s.y(first+l), "Programmpunkt", nil, td))
			}
			s.para(fmt.Sprintf("content.toml:%d:3: sections[0].items[%d].title", 20+4*r, r), runs...)
		}
		for r := range 3 { // column 1: three rows, then half the column empty
			row(r, 0, 2+5*r)
		}
		for r := 3; 5*(r-3)+4 <= n; r++ { // column 2: full
			row(r, 1, 5*(r-3))
		}
		if withPicture {
			s.picture(0, 0, 0, 0, 18, 6)
		}
		s.page(BodyPage)
		s.text(1, 0, 0, 0, n/2)
		_, warnings := s.findings()
		var found *Warning
		for k := range warnings {
			if warnings[k].Kind == WarnUnderfullPage {
				found = &warnings[k]
			}
		}
		if found == nil {
			t.Fatalf("picture %v: no underfull page reported (%v)", withPicture, warnings)
		}
		if !strings.HasSuffix(found.Where, "sections[0].items[3].title") {
			t.Errorf("picture %v: reported at %s, want the row opening column 2, items[3]", withPicture, found.Where)
		}
		if advice := strings.Contains(found.Msg, "picture set smaller"); advice != withPicture {
			t.Errorf("picture %v: %s", withPicture, found.Msg)
		}
	}
}
