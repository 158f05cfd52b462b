package typeset

import (
	"testing"

	"brochure/fonts"
)

// TestNarrowerThanAWordOverflows: a text broken in a width narrower than
// WidestUnbreakable has an overfull line, ragged or justified, with or
// without hyphenation breaks, in every width tried; and in widths at
// least as wide the breaker does find settings without one, so the bound
// is that of the text's widest word, not of more.
func TestNarrowerThanAWordOverflows(t *testing.T) {
	st := TextStyle{Family: fonts.Serif(), Size: Pt(14), Leading: Pt(18)}
	texts := []string{
		"Arbeitsmarktintegration von Geflüchteten in ländlichen Räumen",
		"Fachkräftesicherung als Gemeinschaftsaufgabe der Kommunen und Landkreise",
		"Wie können Kommunen die Arbeitsmarktintegration von Geflüchteten unterstützen?",
		"Begleitforschungsergebnisse",
	}
	base := BreakParams{Pretolerance: 125, Tolerance: 200, LinePenalty: 10, EmergencyStretch: Pt(8), SpaceFlexibility: 56}
	fitted := 0
	for _, text := range texts {
		for _, hyph := range []Hyphenator{nil, everyThird{}} {
			for _, params := range []BreakParams{base, RaggedParams(base, st.Size)} {
				p := NewParagraph(plain(text), st, hyph)
				widest := WidestUnbreakable(p.Nodes, params)
				if widest <= 0 {
					t.Fatalf("%q: WidestUnbreakable %d, want a word's width", text, widest)
				}
				for w := widest / 2; w < 3*widest; w += Pt(3) {
					lines := BreakLines(p.Nodes, func(int) Scaled { return w }, params)
					overfull := false
					for _, ln := range lines {
						overfull = overfull || ln.Overfull > 0
					}
					if w < widest && !overfull {
						t.Errorf("%q in %d sp, narrower than its widest word (%d sp): lines without an overfull one", text, w, widest)
					}
					if w >= widest && !overfull {
						fitted++
					}
				}
			}
		}
	}
	if fitted == 0 {
		t.Error("no width at least as wide as the widest word fitted: the test shows nothing")
	}
}

// TestWidestUnbreakableClaimsNothing: where a line could be narrower than
// its boxes — its ends hanging into the margins, glyphs narrowed, a space
// shrinking by more than its width — WidestUnbreakable makes no claim.
func TestWidestUnbreakableClaimsNothing(t *testing.T) {
	st := TextStyle{Family: fonts.Serif(), Size: Pt(14), Leading: Pt(18)}
	p := NewParagraph(plain("Begleitforschungsergebnisse der Kommunen"), st, nil)
	if WidestUnbreakable(p.Nodes, TeXParams) <= 0 {
		t.Fatal("the test's premise: a claim for plain text")
	}
	for name, params := range map[string]BreakParams{
		"protrusion": {Protrude: true},
		"expansion":  {Expansion: 20},
	} {
		if got := WidestUnbreakable(p.Nodes, params); got != -1 {
			t.Errorf("%s: %d, want -1", name, got)
		}
	}
	for name, n := range map[string]Node{
		"negative box":     {Kind: BoxNode, Width: -Pt(1)},
		"negative penalty": {Kind: PenaltyNode, Width: -Pt(1)},
		"stiff shrink":     {Kind: GlueNode, Width: Pt(1), Shrink: Pt(2)},
	} {
		nodes := append([]Node{n}, p.Nodes...)
		if got := WidestUnbreakable(nodes, TeXParams); got != -1 {
			t.Errorf("%s: %d, want -1", name, got)
		}
	}
	ragged := RaggedParams(TeXParams, st.Size)
	nodes := append([]Node{{Kind: GlueNode, Width: Pt(1), Shrink: Pt(2)}}, p.Nodes...)
	if WidestUnbreakable(nodes, ragged) <= 0 {
		t.Error("ragged: a space that gives a third of its shrink, no more than its width, is no reason to make no claim")
	}
}
