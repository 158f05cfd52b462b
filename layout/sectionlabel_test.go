package layout

import (
	"strings"
	"testing"

	"brochure/content"
	"brochure/layout/typeset"
)

// TestTitleSaysLabel: a label is not set over a title that says it, as
// the same words or as its first words; it is over any other title.
func TestTitleSaysLabel(t *testing.T) {
	doc := exampleDocument(t)
	th := DefaultTheme()
	section := doc.Sections[1]
	for _, c := range []struct {
		label, title string
		says         bool
	}{
		{"Begrüßung", "Begrüßung", true},
		{"Programm", "Programm Dienstag, 24. März", true},
		{"Workshop A", "Workshop A: Beratung digital", true},
		{"Programm", "Programmpunkte im Überblick", false},
		{"Workshop 1", "Workshop 12: Recht", false},
		{"Vortrag", "Beratung im ländlichen Raum", false},
	} {
		s := section
		s.Label, s.Title = c.label, c.title
		if got := titleSaysLabel(s); got != c.says {
			t.Errorf("%q over %q: says it %v, want %v", c.label, c.title, got, c.says)
		}
		doc.Sections = []content.Section{s}
		laid := Compose(doc, th, Options{})
		labels := 0
		for _, p := range laid.Pages {
			var words []string // the lines set in the label's style, word by word
			for _, it := range p.Items {
				if g, ok := it.(*typeset.GlyphRun); ok && g.Size == th.Label.Size {
					words = append(words, strings.ToUpper(strings.TrimSpace(g.Text)))
				}
			}
			labels += strings.Count(" "+strings.Join(words, " ")+" ", " "+strings.ToUpper(c.label)+" ")
		}
		// Set in the label's style: on the section's page, and over the
		// contents entry.
		if c.says && labels > 0 || !c.says && labels == 0 {
			t.Errorf("%q over %q: the label is set %d times", c.label, c.title, labels)
		}
	}
}

// TestDefaultLabelYieldsToTheTitlesGenre: a section whose title names its
// genre („Vorwort“, „Grußwort der Bürgermeisterin“) is not headed by its
// kind's default label, which would contradict it (BEGRÜSSUNG over
// „Vorwort“); a label the author wrote stays, and so does the default
// over a title that only begins like a genre.
func TestDefaultLabelYieldsToTheTitlesGenre(t *testing.T) {
	for _, c := range []struct {
		kind         content.SectionKind
		label, title string
		says         bool
	}{
		{content.Welcome, "Begrüßung", "Vorwort", true},
		{content.Welcome, "Begrüßung", "Einleitung: Warum Beteiligung?", true},
		{content.Greeting, "Grußwort", "Geleitwort der Oberbürgermeisterin", true},
		{content.Talk, "Vortrag", "Keynote", true},
		{content.Welcome, "Eröffnung des Abends", "Vorwort", false},
		{content.Welcome, "Begrüßung", "Vorwortanalyse und Praxis", false},
		{content.Talk, "Vortrag", "Beratung im ländlichen Raum", false},
	} {
		s := content.Section{Kind: c.kind, Label: c.label, Title: c.title}
		if got := titleSaysLabel(s); got != c.says {
			t.Errorf("%s section %q over %q: the title says the label %v, want %v", c.kind, c.label, c.title, got, c.says)
		}
	}
}
