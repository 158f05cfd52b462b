package typeset

import (
	"testing"

	"brochure/fonts"
)

// TestProtrusionAmounts: a character hangs out by its factor times its
// advance; a hyphenation break's hyphen, the last character before a
// space and the first character of a line are what the breaker counts.
func TestProtrusionAmounts(t *testing.T) {
	prot := &Protrusion{Left: map[rune]int{'„': 700}, Right: map[rune]int{'-': 700, '.': 500}}
	st := TextStyle{Family: fonts.Serif(), Size: Pt(10), Leading: Pt(12), Protrusion: prot}
	face := st.Face()
	adv := func(r rune, f int64) Scaled { return ScaleBy(OfEm(face.Advance(r), st.Size), f, 1000) }
	p := NewParagraph([]Span{{Text: "„Zitat“ endet. Wort"}}, st, nil)
	cases := []struct {
		name string
		got  Scaled
		want Scaled
	}{
		{"opening quote at the start", leftProtrusionAfter(p.Nodes, -1), adv('„', 700)},
		{"stop before the second space", rightProtrusionAt(p.Nodes, 3), adv('.', 500)},
		{"closing quote (no factor)", rightProtrusionAt(p.Nodes, 1), 0},
		{"no protrusion without a table", (*Protrusion)(nil).right(face, st.Size, '-'), 0},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("%s: %v, want %v", c.name, c.got.Points(), c.want.Points())
		}
	}
}

// TestProtrusionGivesTheBreakerRoom: a line that is too long by less
// than what its ends may hang out fits once protrusion is on.
func TestProtrusionGivesTheBreakerRoom(t *testing.T) {
	prot := &Protrusion{Right: map[rune]int{'.': 1000}}
	st := TextStyle{Family: fonts.Serif(), Size: Pt(10), Leading: Pt(12), Protrusion: prot}
	p := NewParagraph([]Span{{Text: "Ende."}}, st, nil)
	natural := p.Nodes[0].Width
	width := natural - p.Nodes[0].ProtrudeRight/2 // too narrow by half the stop
	params := BreakParams{Tolerance: 10000, Pretolerance: -1}
	if lines := BreakLines(p.Nodes, func(int) Scaled { return width }, params); lines[0].Overfull == 0 {
		t.Fatalf("without protrusion the word should not fit")
	}
	params.Protrude = true
	if lines := BreakLines(p.Nodes, func(int) Scaled { return width }, params); lines[0].Overfull != 0 {
		t.Errorf("with protrusion the stop should hang out and the line fit; overfull by %v pt", lines[0].Overfull.Points())
	}
}
