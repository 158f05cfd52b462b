package layout

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"brochure/layout/typeset"
)

// TestFloatsDoNotPassTwoHeadings: link-heavy documentations in one
// column, generated after the prober's online workshop series
// (linkHeavySource: eight sections of one to five codes, lead-ins of one
// to five sentences), in both editions. A frame pays for each heading
// its floats pass (typeset.PageParams.PastBarrier), so a section's codes
// may stand past the next section's heading where keeping them before it
// leaves a gap, but not under the heading after that, where a reader
// takes them for a third section's. Charged once a frame, both
// documents set codes past two headings in both editions (two and three
// of them).
func TestFloatsDoNotPassTwoHeadings(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "theme.toml"), []byte("[page]\nmargin_inner = \"28mm\"\nmargin_outer = \"16mm\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ codes, sentences []int }{
		{[]int{4, 3, 2, 4, 2, 4, 2, 1}, []int{2, 2, 4, 4, 3, 1, 4, 4}},
		{[]int{5, 4, 1, 1, 5, 2, 2, 5}, []int{1, 1, 3, 1, 1, 2, 1, 3}},
	} {
		doc := loadSource(t, dir, linkHeavySource(c.codes, c.sentences))
		Prepare(doc)
		th, err := NewTheme(doc.Theme)
		if err != nil {
			t.Fatal(err)
		}
		for _, opts := range []Options{bound, {}} {
			if far := floatsPastHeadings(Compose(doc, th, opts), th, 2); len(far) > 0 {
				t.Errorf("codes %v, bound %v: %d floats stand past two headings or more:\n%s", c.codes, opts.Bound, len(far), strings.Join(far, "\n"))
			}
		}
	}
}

// floatsPastHeadings lists the floats of a composed document that stand,
// in reading order, after at least n headings of other sections than
// their own since their own section's heading.
func floatsPastHeadings(laid *Document, th Theme, n int) []string {
	var out []string
	headings := 0 // the headings read
	at := map[*typeset.StructElement]int{}
	var last *typeset.StructElement
	for _, m := range sectionMarks(laid, th) {
		if m.heading {
			if m.sect != last { // a heading is a run for each word or line
				headings++
				at[m.sect], last = headings, m.sect
			}
			continue
		}
		if h, ok := at[m.sect]; ok && headings-h >= n {
			out = append(out, fmt.Sprintf("page %d: %s, %d headings past its own", m.place.page+1, m.url, headings-h))
		}
	}
	return out
}
