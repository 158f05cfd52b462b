package layout

import (
	"testing"

	"brochure/content"
)

// TestEmptySectionIsSaid: a section with nothing under its heading is
// said at the section; one with only its speakers is not empty.
func TestEmptySectionIsSaid(t *testing.T) {
	doc := exampleDocument(t)
	doc.Sections = append(doc.Sections,
		content.Section{Kind: content.Workshop, Label: "Workshop", Title: "Workshop B"},
		content.Section{Kind: content.Talk, Label: "Vortrag", Title: "Ein Vortrag", Speakers: []content.Person{{Name: "Anna Muster"}}})
	th, err := NewTheme(doc.Theme)
	if err != nil {
		t.Fatal(err)
	}
	var said []Warning
	for _, w := range Compose(doc, th, bound).Warnings {
		if w.Kind == WarnEmptySection {
			said = append(said, w)
		}
	}
	if len(said) != 1 {
		t.Fatalf("%d empty sections said, want 1: %v", len(said), said)
	}
}
