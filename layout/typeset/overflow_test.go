package typeset

import (
	"math"
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

// TestFewestLinesBoundsEverySetting: no setting without an overfull line
// has fewer lines than FewestLines, ragged or justified, with or without
// hyphenation breaks, in every width tried; in a width narrower than a
// word it says no setting is without one; and the bound is met, above
// one line, in some widths, so it is no trivial claim.
func TestFewestLinesBoundsEverySetting(t *testing.T) {
	st := TextStyle{Family: fonts.Serif(), Size: Pt(14), Leading: Pt(18)}
	texts := []string{
		"Arbeitsmarktintegration von Geflüchteten in ländlichen Räumen",
		"Fachkräftesicherung als Gemeinschaftsaufgabe der Kommunen und Landkreise",
		"Wie können Kommunen die Arbeitsmarktintegration von Geflüchteten unterstützen?",
		"Teil 12: Begleitforschungsergebnisse aus drei Jahren",
	}
	base := BreakParams{Pretolerance: 125, Tolerance: 200, LinePenalty: 10, EmergencyStretch: Pt(8), SpaceFlexibility: 56}
	met := 0
	for _, text := range texts {
		for _, hyph := range []Hyphenator{nil, everyThird{}} {
			for _, params := range []BreakParams{base, RaggedParams(base, st.Size)} {
				p := NewParagraph(plain(text), st, hyph)
				widest := WidestUnbreakable(p.Nodes, params)
				bound, ok := NewLineBound(p.Nodes, params)
				if !ok {
					t.Fatalf("%q: no LineBound, want one", text)
				}
				if got := bound.FewestLines(widest - 1); got != math.MaxInt {
					t.Errorf("%q narrower than its widest word: FewestLines %d, want math.MaxInt", text, got)
				}
				for w := widest; w < 4*widest; w += Pt(2) {
					lines := BreakLines(p.Nodes, func(int) Scaled { return w }, params)
					fewest := bound.FewestLines(w)
					if !anyOverfullLine(lines) && len(lines) < fewest {
						t.Errorf("%q in %d sp: %d lines without an overfull one, FewestLines %d", text, w, len(lines), fewest)
					}
					if fewest > 1 && len(lines) == fewest {
						met++
					}
				}
			}
		}
	}
	if met == 0 {
		t.Error("FewestLines never met the lines the breaker set: the test shows nothing")
	}
}

// anyOverfullLine reports whether a line sticks out.
func anyOverfullLine(lines []Line) bool {
	for _, ln := range lines {
		if ln.Overfull > 0 {
			return true
		}
	}
	return false
}

// TestLineBoundClaimsNothing: where a line could be narrower than its
// boxes, or a space's shrink is negative, there is no LineBound.
func TestLineBoundClaimsNothing(t *testing.T) {
	st := TextStyle{Family: fonts.Serif(), Size: Pt(14), Leading: Pt(18)}
	p := NewParagraph(plain("Begleitforschungsergebnisse der Kommunen"), st, nil)
	if _, ok := NewLineBound(p.Nodes, TeXParams); !ok {
		t.Fatal("the test's premise: a bound for plain text")
	}
	for name, params := range map[string]BreakParams{
		"protrusion": {Protrude: true},
		"expansion":  {Expansion: 20},
	} {
		if _, ok := NewLineBound(p.Nodes, params); ok {
			t.Errorf("%s: a LineBound, want none", name)
		}
	}
	for name, n := range map[string]Node{
		"negative box":     {Kind: BoxNode, Width: -Pt(1)},
		"negative penalty": {Kind: PenaltyNode, Width: -Pt(1)},
		"stiff shrink":     {Kind: GlueNode, Width: Pt(1), Shrink: Pt(2)},
		"negative shrink":  {Kind: GlueNode, Width: Pt(1), Shrink: -Pt(1)},
	} {
		nodes := append([]Node{n}, p.Nodes...)
		if _, ok := NewLineBound(nodes, TeXParams); ok {
			t.Errorf("%s: a LineBound, want none", name)
		}
	}
}
