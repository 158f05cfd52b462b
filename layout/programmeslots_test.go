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
