package layout

import (
	"testing"

	"brochure/assets"
	"brochure/content"
	"brochure/layout/typeset"
)

// TestFrameLinesAreCopies: the page frame's lines that repeat on every
// page (frameLine) are copies of the line set first, each page's own
// (moving one page's items moves no other's), and placed as a line set
// for the page is: every page of the example has its footer title at
// the same height, and at one of two places across.
func TestFrameLinesAreCopies(t *testing.T) {
	doc, err := content.Parse("content.toml", assets.ExampleContent, content.Options{Dir: "."})
	if err != nil {
		t.Fatal(err)
	}
	d := Compose(doc, DefaultTheme(), Options{Bound: true})
	seen := map[typeset.Item]int{}
	xs := map[typeset.Scaled]bool{}
	framed := 0
	for i, p := range d.Pages {
		for _, it := range p.Items {
			g, ok := it.(*typeset.GlyphRun)
			if !ok || g.Artifact != typeset.PaginationArtifact {
				continue
			}
			if j, ok := seen[it]; ok {
				t.Fatalf("pages %d and %d share a run of their frame (%q)", j+1, i+1, g.Text)
			}
			seen[it] = i
			if g.Text == firstWord(doc.Meta.Title) {
				xs[g.X] = true
				framed++
			}
		}
	}
	if framed < 4 || len(xs) > 2 {
		t.Fatalf("%d pages' feet begin with the title, at %d places across", framed, len(xs))
	}
}

// firstWord is the text up to the first space.
func firstWord(s string) string {
	for i, r := range s {
		if r == ' ' {
			return s[:i]
		}
	}
	return s
}
