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
