package layout

import (
	"testing"

	"brochure/layout/typeset"
)

// TestDividedWordIsTheWholeWord: the composition report names the whole
// word a hyphenated run is part of — from its first piece, from the
// middle piece of a word divided twice (which says nothing itself), and
// without the punctuation after it. A prober's report quoted the middle
// piece („integrationsmaßnah-“) as the word.
func TestDividedWordIsTheWholeWord(t *testing.T) {
	said := func(g *typeset.GlyphRun, s string) *typeset.GlyphRun { g.SetActualText(&s); return g }
	word := "Arbeitsmarktintegrationsmaßnahmenverordnung"
	first := said(&typeset.GlyphRun{Text: "Arbeitsmarkt-", HyphenInserted: true}, word)
	middle := said(&typeset.GlyphRun{Text: "integrationsmaßnah-", HyphenInserted: true}, "")
	last := said(&typeset.GlyphRun{Text: "menverordnung"}, "")
	comma := said(&typeset.GlyphRun{Text: "Anspruchs-", HyphenInserted: true}, "Anspruchsvoraussetzungen,")
	plainRun := &typeset.GlyphRun{Text: "Überblick:"}
	lone := said(&typeset.GlyphRun{Text: "verord-", HyphenInserted: true}, "")
	r := &compositionReader{rest: map[*typeset.GlyphRun]*typeset.GlyphRun{first: middle, middle: last, comma: plainRun}}
	for _, tc := range []struct {
		run  *typeset.GlyphRun
		want string
	}{
		{first, word},
		{middle, word},
		{comma, "Anspruchsvoraussetzungen"},
		{plainRun, "Überblick"},
		{lone, "verord"}, // no piece before it says the word: its own text
	} {
		if got := r.dividedWord(tc.run); got != tc.want {
			t.Errorf("dividedWord(%q) = %q, want %q", tc.run.Text, got, tc.want)
		}
	}
}
