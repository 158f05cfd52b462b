package typeset

import "testing"

// TestFloatsPassABarrierAtItsCost: two link blocks anchored after a
// paragraph do not fit below it with the next heading's first lines; the
// page either ends below them, a little emptier than the limit, or goes
// on with the heading and sets them at the top of the next page, after
// the heading they belong before. Passing the heading (a FloatBarrier)
// costs PastBarrier per float of their class: free, the breaker passes;
// at a cost above what the emptier page costs, it keeps them.
func TestFloatsPassABarrierAtItsCost(t *testing.T) {
	build := func() []VNode {
		heading := Box(Pt(10), &GlyphRun{Text: "H"})
		heading.FloatBarrier = true
		f1, f2 := floatBox("F1", 1, 2), floatBox("F2", 2, 2)
		f1.FloatClass, f2.FloatClass = 1, 1
		v := append(lineBoxes("a", 5), Space(0), f1, Space(0), f2, Space(0), heading, Penalty(Infinity))
		return append(v, lineBoxes("b", 6)...)
	}
	for _, c := range []struct {
		cost int
		want string
	}{
		{0, "a.1 a.2 a.3 a.4 a.5 F1 H b.1 b.2 | F2 b.3 b.4 b.5 b.6"},
		{5000, "a.1 a.2 a.3 a.4 a.5 F1 F2 | H b.1 b.2 b.3 b.4 b.5 b.6"},
	} {
		p := DefaultPageParams(Pt(105), 1, 2)
		p.PastBarrier[1] = c.cost
		if got := pageTexts(BreakPages(build(), p)); got != c.want {
			t.Errorf("PastBarrier %d:\n got %s\nwant %s", c.cost, got, c.want)
		}
	}
}
