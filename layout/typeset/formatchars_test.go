package typeset

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"brochure/fonts"
)

// TestFormatCharacters: a soft hyphen is a break that shows a hyphen only
// when taken (and the only break of its word); a zero-width space a break
// that shows nothing; joiners and a stray BOM print nothing and forbid a
// break where they stand. None of them reaches a glyph.
func TestFormatCharacters(t *testing.T) {
	st := TextStyle{Family: fonts.Sans(), Size: Pt(10), Leading: Pt(12)}
	hyph := listedBreaks{
		"Arbeit":       {{Pos: 2, Kind: Hyphenation}},
		"Arbeitsmarkt": {{Pos: 2, Kind: Hyphenation}, {Pos: 7, Kind: Joint}},
	}
	cases := []struct {
		text  string
		boxes string // the word's boxes, | at each break and the break's hyphen
	}{
		{"Donau\u00addampf\u00adschiff", "Donau|-dampf|-schiff"},
		{"Wort\u200bTrenner", "Wort|Trenner"},
		{"Ar\u200cbeit", "Arbeit"},               // the joiner forbids the word's only break
		{"Arbeits\u200cmarkt", "Ar|-beitsmarkt"}, // only the joint is forbidden
		{"\ufeffArbeit\u200d", "Ar|-beit"},
	}
	for _, c := range cases {
		p := NewParagraph([]Span{{Text: c.text}}, st, hyph)
		var b strings.Builder
		for _, n := range p.Nodes {
			switch n.Kind {
			case BoxNode:
				for _, r := range n.Text {
					if r == '\u00ad' || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' {
						t.Errorf("%q: the format character %U reached a box", c.text, r)
					}
				}
				b.WriteString(n.Text)
			case PenaltyNode:
				if n.Penalty < Infinity && b.Len() > 0 {
					b.WriteString("|" + n.Text)
				}
			}
		}
		if got := strings.TrimSuffix(b.String(), "|"); got != c.boxes {
			t.Errorf("%q: %q, want %q", c.text, got, c.boxes)
		}
	}
}

// TestSoftHyphensLastResort: a word its author marked with soft hyphens
// breaks there, and at the hyphenator's breaks elsewhere only as a last
// resort (LastResort, at the cost of a name's break more), so a piece between
// the marks wider than the line still breaks instead of running past it
// (a cover title's „Arbeitsmarktintegrationsförderungsprogramm\u00ADevaluation“
// ran 310 pt past the page's edge). In a line wide enough for the piece,
// only the mark is taken.
func TestSoftHyphensLastResort(t *testing.T) {
	st := TextStyle{Family: fonts.Sans(), Size: Pt(10), Leading: Pt(12)}
	hyph := listedBreaks{"Arbeitsmarktprogramm": {{Pos: 7, Kind: Joint}, {Pos: 12, Kind: Joint}}}
	p := NewParagraph(plain("Arbeitsmarkt\u00adprogramm"), st, hyph)
	var breaks []string
	for k, n := range p.Nodes {
		if n.Kind == PenaltyNode && n.WordBreak {
			breaks = append(breaks, fmt.Sprintf("%s|%v %d", p.Nodes[k-1].Text, n.LastResort, n.Penalty))
		}
	}
	want := []string{fmt.Sprintf("Arbeits|true %d", breakPenalty[Joint]+lastResortPenalty), fmt.Sprintf("markt|false %d", breakPenalty[Hyphenation])}
	if !slices.Equal(breaks, want) {
		t.Errorf("breaks %q, want %q", breaks, want)
	}
	piece := NewParagraph(plain("Arbeitsmarkt-"), st, nil).Nodes[0].Width
	var lb LineBreaker
	for _, c := range []struct {
		width Scaled
		first string
	}{
		{piece + Pt(2), "markt"},   // the mark
		{piece - Pt(2), "Arbeits"}, // the last resort
	} {
		lines := lb.BreakAt(p.Nodes, c.width, RaggedParams(BreakParams{Pretolerance: -1, Tolerance: 200, LinePenalty: 10}, st.Size))
		for _, l := range lines {
			if l.Overfull > 0 {
				t.Fatalf("in %v a line of %q runs %v past the measure", c.width, p.Nodes[l.End-1].Text, l.Overfull)
			}
		}
		if got := p.Nodes[lines[0].End-1].Text; got != c.first {
			t.Errorf("in %v the first line ends after %q, want %q", c.width, got, c.first)
		}
	}
}
