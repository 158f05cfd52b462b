package layout

import (
	"regexp"
	"testing"

	"brochure/layout/typeset"
)

// TestNoSectionLinkStandsApart: a section's link blocks (its QR codes)
// are a group the page breaker parts, where it must, only into parts of
// two or more: no code stands in a column of a page apart from all its
// siblings, in talks in two columns whose codes it parted so — setting
// them ahead of their anchor at the top of a column, or at their anchor
// with the rest deferred (testdata/linkgroups2), or setting at a
// column's top the first of a section's codes that waited and leaving
// its siblings for the next page (testdata/linkgroups11). Both editions.
func TestNoSectionLinkStandsApart(t *testing.T) {
	section := regexp.MustCompile(`^https://example\.org/(s\d+)/`)
	for _, name := range []string{"linkgroups2", "linkgroups11"} {
		doc, th := testdataEvent(t, name)
		for _, opts := range []Options{{}, bound} {
			laid := Compose(doc, th, opts)
			gutter := th.MarginLeft + th.ColumnWidth() + th.ColumnGap/2
			type place struct {
				section   string
				page, col int
			}
			codes := map[place]map[string]bool{} // the addresses of a section's codes by place
			places := map[string]int{}           // the places of each section's codes
			for n, p := range laid.Pages {
				for _, it := range p.Items {
					l, ok := it.(*typeset.LinkArea)
					if !ok {
						continue
					}
					m := section.FindStringSubmatch(l.URL)
					if m == nil {
						continue
					}
					at := place{m[1], n, 0}
					if l.X > gutter {
						at.col = 1
					}
					if codes[at] == nil {
						codes[at] = map[string]bool{}
						places[m[1]]++
					}
					codes[at][l.URL] = true
				}
			}
			if len(codes) == 0 {
				t.Fatalf("%s: no link found", name)
			}
			for at, urls := range codes {
				if places[at.section] > 1 && len(urls) == 1 {
					t.Errorf("%s (bound %v): one link of %s stands apart from its siblings on page %d, column %d",
						name, opts.Bound, at.section, at.page+1, at.col+1)
				}
			}
		}
	}
}
