package typeset

import "testing"

// TestMostDeferredCountsFromTheEnd: a frame defers the last floats it
// met, so the float taller than a frame that bounds how many it may
// defer is counted from the end of those it met, whatever leads the
// frame: met a leading float, a tall one and a short one, it may defer
// the short one; met a leading float, a short one and a tall one, none.
// (Counted from the end of those after the leading one, the tall float
// was looked for one place too early: the short one after it was kept
// and the tall one could be deferred.)
func TestMostDeferredCountsFromTheEnd(t *testing.T) {
	p := DefaultPageParams(Pt(100), 1, 2)
	short, tall := Box(Pt(20)), Box(Pt(150))
	for _, c := range []struct {
		name   string
		v      []VNode
		queued int
		want   int
	}{
		{"lead, tall, short", []VNode{short, tall, short}, 0, 1},
		{"lead, short, tall", []VNode{short, short, tall}, 0, 0},
		{"lead, short, short", []VNode{short, short, short}, 0, 2},
		{"waiting: lead, short, short", []VNode{short, short, short}, 1, 3},
	} {
		pb := &pageBreaker{v: c.v, p: p}
		fr := &frameScan{}
		fr.floats[0] = []int{0, 1, 2}
		fr.leading[0] = 1
		fr.queued[0] = c.queued
		if got := pb.mostDeferred(fr, 0); got != c.want {
			t.Errorf("%s: may defer %d, want %d", c.name, got, c.want)
		}
	}
}
