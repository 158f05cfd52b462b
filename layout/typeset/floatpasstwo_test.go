package typeset

import (
	"strings"
	"testing"
)

// TestFloatsDoNotPassTwoBarriers: two floats anchored after section A's
// paragraph, then section B (a heading and a line or three) and section
// C. Kept before B's heading, they leave the first page a fifth or more
// empty; the flow may instead run on through B and C's headings and set
// them at the top of the next page — under C's heading, where a reader
// takes A's codes for C's. A frame pays PastBarrier of a class for
// each heading its floats pass, so two cost twice one: the floats stand
// before B's heading, or one of them after it at the top of the next
// page, before C's, for link blocks (4500) and pictures (2000) alike.
// Charged once for both headings, they stood under C's.
func TestFloatsDoNotPassTwoBarriers(t *testing.T) {
	build := func(class, b, c int) []VNode {
		hb, hc := Box(Pt(10), &GlyphRun{Text: "HB"}), Box(Pt(10), &GlyphRun{Text: "HC"})
		hb.FloatBarrier, hc.FloatBarrier = true, true
		f1, f2 := floatBox("F1", 1, 2), floatBox("F2", 2, 2)
		f1.FloatClass, f2.FloatClass = class, class
		v := append(lineBoxes("a", 5), Space(0), f1, Space(0), f2, Space(0), hb, Penalty(Infinity))
		v = append(v, lineBoxes("b", b)...)
		v = append(v, Space(0), hc, Penalty(Infinity))
		return append(v, lineBoxes("c", c)...)
	}
	for _, c := range []struct {
		class, cost int
		height      float64
		b, c        int
	}{
		{1, 4500, 115, 2, 4},
		{1, 4500, 125, 3, 8},
		{0, 2000, 105, 1, 4},
		{0, 2000, 105, 1, 6},
	} {
		p := DefaultPageParams(Pt(c.height), 1, 2)
		p.PastBarrier[c.class] = c.cost
		got := pageTexts(BreakPages(build(c.class, c.b, c.c), p))
		if hc := strings.Index(got, "HC"); strings.Index(got, "F1") > hc || strings.Index(got, "F2") > hc {
			t.Errorf("class %d, %v pt, B %d lines, C %d: a float passes two headings:\n%s", c.class, c.height, c.b, c.c, got)
		}
	}
}

// TestCarryCostCountsBarriers: what a frame pays for the floats it
// carries past the headings in it (carryCost), read from a frame of
// lines, floats and two headings: PastBarrier of a class for each
// heading its floats pass — a float waiting from before the frame
// passes both, a deferred one those after its anchor — the most of any
// class, once.
func TestCarryCostCountsBarriers(t *testing.T) {
	heading := func(name string) VNode {
		h := Box(Pt(10), &GlyphRun{Text: name})
		h.FloatBarrier = true
		return h
	}
	link, picture := floatBox("L", 1, 2), floatBox("P", 2, 4)
	link.FloatClass = 1
	// 0 a.1, 1 P, 2 HB, 3 L, 4 b.1, 5 HC, 6 c.1
	v := []VNode{lineBoxes("a", 1)[0], picture, heading("HB"), link, lineBoxes("b", 1)[0], heading("HC"), lineBoxes("c", 1)[0]}
	p := DefaultPageParams(Pt(200), 1, 2)
	p.PastBarrier = [FloatClasses]int{2000, 4500}
	pb := &pageBreaker{v: v, p: p}
	for _, c := range []struct {
		name     string
		queued   waitCounts
		deferred waitCounts
		want     int
	}{
		{"nothing carried", waitCounts{}, waitCounts{}, 0},
		{"the picture, past both headings", waitCounts{}, waitCounts{1, 0}, 4000},
		{"the link, past the second", waitCounts{}, waitCounts{0, 1}, 4500},
		{"both: the most of the two", waitCounts{}, waitCounts{1, 1}, 4500},
		{"a link waiting from before the frame, past both", waitCounts{0, 1}, waitCounts{0, 1}, 9000},
	} {
		fr := frameScan{lastBarrier: -1, lastFence: -1, queued: c.queued}
		for i := range v {
			fr.add(v, i, i == 0)
		}
		if got := pb.carryCost(&fr, 0, c.deferred); got != c.want {
			t.Errorf("%s: carryCost %d, want %d", c.name, got, c.want)
		}
	}
}
