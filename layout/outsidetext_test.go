package layout

import (
	"strings"
	"testing"
)

// TestTextOutsideThePagesIsNormalised: the bookmarks, the contents' link
// descriptions and the document's title and author say what the pages
// say („Netzwerk e. V.“, „Stadt – Land“, „„Fremde““), not what the author
// typed („e.V.“, " - ", straight quotes), and with plain spaces where the
// pages bind words.
func TestTextOutsideThePagesIsNormalised(t *testing.T) {
	doc := exampleDocument(t)
	doc.Meta.Title = `Stadt - Land - "Flucht"`
	doc.Meta.Organisers = []string{"Netzwerk Arbeit e.V."}
	doc.Sections[1].Title = "Begrüßung durch den Verein e.V."
	laid := Compose(doc, DefaultTheme(), Options{})
	var outline []string
	for _, e := range laid.Outline {
		outline = append(outline, e.Title)
	}
	for what, got := range map[string]string{
		"bookmarks": strings.Join(outline, " | "),
		"title":     laid.Meta.Title,
		"author":    laid.Meta.Author,
	} {
		if strings.Contains(got, "e.V.") || strings.Contains(got, `"`) || strings.Contains(got, " - ") ||
			strings.ContainsAny(got, "\u00A0\u202F") {
			t.Errorf("%s: %q, want the text as the pages show it", what, got)
		}
	}
	if want := "Stadt – Land – „Flucht“"; laid.Meta.Title != want {
		t.Errorf("title %q, want %q", laid.Meta.Title, want)
	}
	if !strings.Contains(strings.Join(outline, " | "), "Verein e. V.") {
		t.Errorf("bookmarks %q: want „Verein e. V.“", outline)
	}
}
