package typeset

import (
	"testing"

	"brochure/fonts"
)

// TestLetterspacedWordSpace: in letterspaced capitals (a label, the
// cover's kicker) the word space grows by twice the tracking — the space
// spaced as a letter, and the letter before it — so the words stay apart
// („DOKUMENTATION DER WERKSTATTREIHE“ read as one word when only the
// letters were spaced); without tracking it is the face's space, as
// before, and so is a narrow space's sixth of an em.
func TestLetterspacedWordSpace(t *testing.T) {
	face := fonts.Sans().Face(fonts.Regular)
	size := Pt(9)
	for _, tracking := range []int{0, 150} {
		st := TextStyle{Family: fonts.Sans(), Size: size, Leading: Pt(11), Upper: tracking != 0, Tracking: tracking}
		p := NewParagraph(plain("Dokumentation der Werkstattreihe, z.\u202fB. hier"), st, nil)
		var glues []Scaled
		for _, n := range p.Nodes {
			if n.Kind == GlueNode && !n.Fil {
				glues = append(glues, n.Width)
			}
		}
		word, thin := OfEm(face.Advance(' ')+2*tracking, size), size/6+OfEm(2*tracking, size)
		if len(glues) < 4 || glues[0] != word || glues[1] != word {
			t.Fatalf("tracking %d: word spaces %v, want %v", tracking, glues, word)
		}
		found := false
		for _, g := range glues {
			found = found || g == thin
		}
		if !found {
			t.Errorf("tracking %d: no narrow space of %v among %v", tracking, thin, glues)
		}
	}
}
