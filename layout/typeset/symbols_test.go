package typeset

import (
	"strings"
	"testing"

	"brochure/fonts"
)

// TestMissingSymbolsAreSpelled: a symbol the face lacks that German
// writes as a word is spelled so (☎ → Tel., ✉ → E-Mail, 📠 → Fax, ➔ →
// the face's →), a no-break space put after it where a digit follows it
// directly, and not reported as missing; any other character the face
// lacks is still set as a visible mark and reported. A face that has
// the symbol sets it as written. Before, the built-in faces set each of
// ☎, ✉ and ➔ as „?“.
func TestMissingSymbolsAreSpelled(t *testing.T) {
	st := TextStyle{Family: fonts.Serif(), Size: Pt(10), Leading: Pt(12)}
	p := NewParagraph(plain("Institut, ☎ 0381 12345, ☎0381 1, 📠 0381 2, ✉ info@example.org, ➔ weiter ★"), st, nil)
	var words []string
	for k, n := range p.Nodes {
		switch {
		case n.Kind == BoxNode:
			words = append(words, n.Text)
		case n.Kind == GlueNode && !n.Fil && k > 0 && p.Nodes[k-1].Kind == PenaltyNode && p.Nodes[k-1].Penalty >= Infinity:
			words = append(words, "~") // a space no line ends at
		case n.Kind == GlueNode && !n.Fil:
			words = append(words, " ")
		}
	}
	got := strings.Join(words, "")
	for _, want := range []string{"Tel. 0381", "Tel.~0381", "Fax 0381", "E-Mail info@", "→ weiter"} {
		if !strings.Contains(got, want) {
			t.Errorf("the paragraph reads %q, without %q", got, want)
		}
	}
	if len(p.Missing) != 1 || p.Missing[0].Char != '★' || !strings.Contains(got, string(p.Missing[0].Replacement)) {
		t.Errorf("missing %v in %q, want ★ alone, set as a visible mark", p.Missing, got)
	}
	if !fonts.Serif().Face(fonts.Regular).Has('→') {
		t.Fatal("the test's premise: the serif face has →")
	}
	if got := spellSymbol(fonts.Serif().Face(fonts.Regular), '→'); got != "→" {
		t.Errorf("→ spelled %q in a face that has it", got)
	}
}

// TestMissingCharactersSayTheWord: a word with characters the face lacks
// is drawn with a visible mark in their place, and its box says the word
// as written (ActualText), so the screen edition's text layer reads the
// name, not „????“; the words around it say nothing of their own. In
// capitals it says the word as written, as every word there does.
func TestMissingCharactersSayTheWord(t *testing.T) {
	for _, upper := range []bool{false, true} {
		st := TextStyle{Family: fonts.Serif(), Size: Pt(10), Leading: Pt(12), Upper: upper}
		p := NewParagraph(plain("Dr. محمد الأحمد spricht"), st, nil)
		var said []string
		for _, n := range p.Nodes {
			if n.Kind == BoxNode {
				s := "-"
				if n.Said != nil {
					s = *n.Said
				}
				said = append(said, s)
			}
		}
		want := "- محمد الأحمد -"
		if upper { // every word in capitals says itself as written
			want = "Dr. محمد الأحمد spricht"
		}
		if got := strings.Join(said, " "); got != want {
			t.Errorf("upper %v: the words say %q, want %q", upper, got, want)
		}
	}
}
