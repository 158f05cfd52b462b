package typeset

import (
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
