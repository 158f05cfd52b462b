package main

import (
	"testing"

	"brochure/layout"
)

// TestBindingNote: the build says how much content to cut when most of
// the pages a bound edition added are empty — and how to leave out the
// contents page when it is that much — and says nothing when few were
// added, for the smallest brochure, or for an edition not bound.
func TestBindingNote(t *testing.T) {
	for _, c := range []struct {
		added, multiple, pages, contents int
		want                             string
	}{
		{3, 4, 12, 0, "note: 3 of the 12 pages are empty pages added for binding (theme page.page_multiple = 4); with 1 page of content less the brochure would have 8 pages"},
		{3, 4, 8, 1, "note: 3 of the 8 pages are empty pages added for binding (theme page.page_multiple = 4); with 1 page of content less the brochure would have 4 pages — the contents page is 1 page: table_of_contents = false under [page] in the theme leaves it out"},
		{2, 4, 8, 1, "note: 2 of the 8 pages are empty pages added for binding (theme page.page_multiple = 4); with 2 pages of content less the brochure would have 4 pages"},
		{1, 4, 8, 1, ""},
		{3, 4, 4, 1, ""},
		{0, 0, 7, 0, ""},
	} {
		if got := bindingNote(layout.BindingPadding{Added: c.added, Multiple: c.multiple}, c.pages, c.contents); got != c.want {
			t.Errorf("%d added to a multiple of %d, %d pages: %q, want %q", c.added, c.multiple, c.pages, got, c.want)
		}
	}
}
