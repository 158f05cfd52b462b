package german

import (
	"strings"
	"testing"

	"brochure/layout/typeset"
)

// TestExceptionsKeepCompoundJoints: an author's exception decides where
// a word may break, and each of its breaks is of the kind the patterns
// give a break there, so its compound joints are still preferred
// (Arbeits=markt=inte-gra-tion); where the patterns have no break, it is
// plain hyphenation. A prober's exception lost every joint.
func TestExceptionsKeepCompoundJoints(t *testing.T) {
	h := NewHyphenator(GermanPatterns(), []string{"Ar-beits-markt-inte-gra-tion", "Ko-essl", "Ar-beits-markt-in-te-gra-ti-ons-maß-nah-men-ver-ord-nung"})
	kinds := map[typeset.BreakKind]string{typeset.Hyphenation: "-", typeset.Joint: "=", typeset.FirstPart: "<", typeset.LaterPart: ">"}
	for word, want := range map[string]string{
		"Arbeitsmarktintegration": "Ar<beits=markt=inte>gra>tion",
		"Koessl":                  "Ko-essl",
		// A prober's exception: the joint before „verordnung“ is found.
		"Arbeitsmarktintegrationsmaßnahmenverordnung": "Ar<beits=markt=in>te>gra>ti>ons=maß>nah>men=ver>ord>nung",
	} {
		var b strings.Builder
		breaks := h.Breaks(word, false)
		k := 0
		for i, r := range []rune(word) {
			if k < len(breaks) && breaks[k].Pos == i {
				b.WriteString(kinds[breaks[k].Kind])
				k++
			}
			b.WriteRune(r)
		}
		if got := b.String(); got != want {
			t.Errorf("%s: got %s, want %s", word, got, want)
		}
	}
}
