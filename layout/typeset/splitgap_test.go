package typeset

import "testing"

// paragraphLines are n lines of 10 pt of paragraph para, each marked
// with its place in it (VNode.Para, Line, Lines), with legal breaks
// between them.
func paragraphLines(name string, para, n int) []VNode {
	v := lineBoxes(name, n)
	line := 0
	for i := range v {
		if v[i].Kind == VBox {
			v[i].Para, v[i].Line, v[i].Lines = para, line, n
			line++
		}
	}
	return v
}

// TestSplitParagraphCost: a frame that ends inside a paragraph pays for
// the gap below it against SplitGap, on top of what any frame pays; one
// that ends with its paragraph's last line, or whose glue fills the gap,
// pays nothing more; without SplitGap nothing is charged.
func TestSplitParagraphCost(t *testing.T) {
	v := append(paragraphLines("a", 1, 6), paragraphLines("b", 2, 4)...)
	p := DefaultPageParams(Pt(240), 1, 2)
	if p.SplitGap != Pt(10) {
		t.Fatalf("SplitGap %v, want a 24th of the frame (10 pt)", p.SplitGap)
	}
	pb := &pageBreaker{v: v, p: p}
	lineBox := func(para, line int) int {
		for i, n := range v {
			if n.Kind == VBox && n.Para == para && n.Line == line {
				return i
			}
		}
		t.Fatalf("no line %d of paragraph %d", line, para)
		return -1
	}
	for _, c := range []struct {
		name       string
		box        int
		gap, glue  Scaled
		want       int
		wantAtMost int
	}{
		{"inside, a line short", lineBox(1, 2), Pt(10), 0, 100, 100},
		{"inside, two lines short", lineBox(1, 2), Pt(20), 0, 800, 800},
		{"inside, far too short", lineBox(1, 2), Pt(120), 0, Infinity, Infinity},
		{"inside, the glue fills it", lineBox(1, 2), Pt(20), Pt(20), 0, 0},
		{"at the paragraph's end", lineBox(1, 5), Pt(20), 0, 0, 0},
		{"no box", -1, Pt(20), 0, 0, 0},
	} {
		got := pb.splitParagraphCost(c.box, c.gap, c.glue)
		if got < c.want-c.want/20 || got > c.wantAtMost+c.wantAtMost/20 {
			t.Errorf("%s: %d, want %d", c.name, got, c.want)
		}
	}
	pb.p.SplitGap = 0
	if got := pb.splitParagraphCost(lineBox(1, 2), Pt(40), 0); got != 0 {
		t.Errorf("without SplitGap: %d, want 0", got)
	}
}
