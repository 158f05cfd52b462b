package typeset

import (
	"runtime"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"brochure/fonts"
)

// TestLongParagraphNodesAllocatedOnce: the nodes of a paragraph far
// longer than the builder's kept scratch are allocated about once, with
// little room to spare; grown by append and copied out, they were
// allocated some six times over (every growth by a quarter, then the
// copy), and held twice at the peak. The forecast made from the
// beginning of a text whose end has more nodes a byte is made again:
// the nodes are the same either way.
func TestLongParagraphNodesAllocatedOnce(t *testing.T) {
	st := TextStyle{Family: fonts.Serif(), Size: Pt(10), Leading: Pt(12)}
	uniform := strings.Repeat("Ein langer Absatz über die Ausbildung. ", 5000)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	p := NewParagraph([]Span{{Text: uniform}}, st, nil)
	runtime.ReadMemStats(&after)
	size := uint64(unsafe.Sizeof(Node{}))
	if len(p.Nodes) < 2*maxKeptNodes {
		t.Fatalf("%d nodes, want a paragraph well past the kept scratch", len(p.Nodes))
	}
	if got, want := after.TotalAlloc-before.TotalAlloc, uint64(len(p.Nodes))*size*3/2; got > want {
		t.Errorf("building %d nodes (%d kB) allocated %d kB, want under %d kB", len(p.Nodes), uint64(len(p.Nodes))*size>>10, got>>10, want>>10)
	}
	if spare := cap(p.Nodes) - len(p.Nodes); spare > len(p.Nodes)/16 {
		t.Errorf("%d nodes kept with room for %d more", len(p.Nodes), spare)
	}

	// Short words first, long hyphenated ones after: more nodes a byte
	// at the end than the forecast from the beginning expects.
	mixed := strings.Repeat("ab cd ef gh ", 4000) + strings.Repeat("Ausbildungs-Verbund-Netzwerk-Treffen ", 4000)
	once := NewParagraph([]Span{{Text: mixed}}, st, nil)
	pieces := NewParagraph([]Span{{Text: mixed[:len(mixed)/2]}, {Text: mixed[len(mixed)/2:]}}, st, nil)
	if !slices.EqualFunc(once.Nodes, pieces.Nodes, func(a, b Node) bool { return a.Kind == b.Kind && a.Text == b.Text && a.Width == b.Width }) {
		t.Errorf("the same text in one span and in two gives different nodes (%d and %d)", len(once.Nodes), len(pieces.Nodes))
	}
	if spare := cap(once.Nodes) - len(once.Nodes); spare > len(once.Nodes)/8 {
		t.Errorf("%d nodes kept with room for %d more", len(once.Nodes), spare)
	}
}
