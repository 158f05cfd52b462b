package typeset

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"brochure/fonts"
)

// TestParagraphsShareNoNodes: the builders' scratch is reused, but a
// paragraph's nodes are its own: building others (longer, shorter, at
// once on several goroutines) leaves them as they were, and they are
// exactly as many as the paragraph has.
func TestParagraphsShareNoNodes(t *testing.T) {
	st := TextStyle{Family: fonts.Serif(), Size: Pt(10), Leading: Pt(12)}
	texts := []string{
		strings.Repeat("Die Qualitätssicherung der Ausbildungswerkstatt braucht Zeit. ", 12),
		"Kurz.",
		strings.Repeat("Arbeitsmarktintegration Geflüchteter im ländlichen Raum, ", 30),
	}
	first := NewParagraph(plain(texts[0]), st, everyThird{})
	want := slices.Clone(first.Nodes)
	if cap(first.Nodes) > len(first.Nodes)+len(first.Nodes)/8+8 {
		t.Errorf("%d nodes in a slice of %d", len(first.Nodes), cap(first.Nodes))
	}
	done := make(chan *Paragraph)
	for i := range 8 {
		go func() { done <- NewParagraph(plain(texts[1+i%2]), st, everyThird{}) }()
	}
	for range 8 {
		p := <-done
		if len(p.Nodes) < 3 {
			t.Fatalf("a paragraph of %d nodes", len(p.Nodes))
		}
	}
	if !reflect.DeepEqual(first.Nodes, want) {
		t.Fatal("building other paragraphs changed the first one's nodes")
	}
	if again := NewParagraph(plain(texts[0]), st, everyThird{}); !reflect.DeepEqual(again.Nodes, want) {
		t.Fatal("the same text built again gives other nodes")
	}
}

// lineEndCosts is a stand-in hyphenator that tells the cost of a line
// ending after some words (LineEnds) and allows no break inside words.
type lineEndCosts map[string]int

func (lineEndCosts) Breaks(string, bool) []WordBreak  { return nil }
func (l lineEndCosts) LineEndPenalty(word string) int { return l[word] }

// TestLineEndPenaltyOnTheSpace: a hyphenator that is also LineEnds gives
// the space after a word the cost of a line ending there; a no-break
// space, which no line ends at, gets none, nor does the space after any
// other word; and the breaker weighs the cost like a penalty's.
func TestLineEndPenaltyOnTheSpace(t *testing.T) {
	st := TextStyle{Family: fonts.Serif(), Size: Pt(10), Leading: Pt(12)}
	p := NewParagraph(plain("Neuerungen und\u00A0ihre und Auswirkungen"), st, lineEndCosts{"und": 400})
	var costs []int
	for _, n := range p.Nodes {
		if n.Kind == GlueNode && !n.Fil {
			costs = append(costs, n.Penalty)
		}
	}
	if want := []int{0, 0, 0, 400}; !slices.Equal(costs, want) {
		t.Errorf("the spaces' costs are %v, want %v", costs, want)
	}
	nodes := words("aaaa bbb und cccc")
	params := TeXParams
	params.Pretolerance = -1
	params.RightSkipStretch = Pt(6) // ragged: a line may end short
	if got := render(nodes, BreakLines(nodes, fixedWidth(16), params)); got != "aaaa bbb und/cccc" {
		t.Fatalf("without the cost: %q, want the full line (the test's premise)", got)
	}
	nodes[5].Penalty = 400 // the space after „und“
	if got := render(nodes, BreakLines(nodes, fixedWidth(16), params)); got != "aaaa bbb/und cccc" {
		t.Errorf("got %q, want the line not to end on „und“", got)
	}
}

// TestNumberGroupSpacesAreRigid: a no-break space between the groups of a
// number (0381 12345, DE12 3456, (0381) 12345) is a word space wide and
// never stretches (it shrinks half as far as a word space), nor may a line end
// there; a no-break space elsewhere (Forum 1, 16 Uhr, Dr. Weber) is a
// word space like any.
func TestNumberGroupSpacesAreRigid(t *testing.T) {
	st := TextStyle{Family: fonts.Serif(), Size: Pt(10), Leading: Pt(12)}
	space := OfEm(st.Face().Advance(' '), st.Size)
	for _, c := range []struct {
		text  string
		rigid bool
	}{
		{"Tel. 0381\u00A012345", true},
		{"DE12\u00A03456\u00A07890", true},
		{"(0381)\u00A012345-67", true},
		{"+49\u00A0381", true},
		{"Forum\u00A01", false},
		{"16\u00A0Uhr", false},
		{"Dr.\u00A0Weber", false},
	} {
		p := NewParagraph(plain(c.text), st, nil)
		for i, n := range p.Nodes {
			if n.Kind != GlueNode || n.Fil || i == 0 || p.Nodes[i-1].Kind != PenaltyNode {
				continue // not a no-break space
			}
			if n.Width != space {
				t.Errorf("%q: a no-break space %d wide, want a word space's %d", c.text, n.Width, space)
			}
			shrink := space / 3
			if c.rigid {
				shrink = space / 6
			}
			if rigid := n.Stretch == 0; rigid != c.rigid || n.Shrink != shrink {
				t.Errorf("%q: no-break space with stretch %d and shrink %d, want it to stretch: %v, and to shrink by %d", c.text, n.Stretch, n.Shrink, !c.rigid, shrink)
			}
			if p.Nodes[i-1].Penalty != Infinity {
				t.Errorf("%q: a line may end at the no-break space", c.text)
			}
		}
	}
}
