package typeset

import (
	"fmt"
	"testing"
)

// TestFramesNotWeighedChangeNoBreak: the search passes over a frame that
// cannot be cheaper than the way to its end found already (noCheaper)
// without weighing it; the breaks are those of a search that weighs
// every frame. Such a search is had by a negative StrandCost where no
// class keeps its floats in groups, which costs nothing and turns the
// passing over off (costsNotNegative). Lists of paragraphs with
// hyphenated lines, breaks that cost less than nothing, floats of two
// classes, headings and blocks kept together, in one and two columns.
func TestFramesNotWeighedChangeNoBreak(t *testing.T) {
	p := DefaultPageParams(Pt(100), 1, 2)
	p.FloatAhead, p.CrowdedTop, p.PastBarrier = 150, 6000, [FloatClasses]int{900, 400}
	if !costsNotNegative(p) {
		t.Fatal("the test's premise: the parameters let the search pass frames over")
	}
	weighAll := p
	weighAll.StrandCost = -1
	if costsNotNegative(weighAll) {
		t.Fatal("the test's premise: a negative StrandCost weighs every frame")
	}
	for seed := 0; seed < 150; seed++ {
		cols := 1 + seed%2
		p.Columns, weighAll.Columns = cols, cols
		got := frameSummary(BreakPages(noCheaperList(seed), p))
		want := frameSummary(BreakPages(noCheaperList(seed), weighAll))
		if got != want {
			t.Fatalf("seed %d: frames passed over changed the breaks:\n got %s\nwant %s", seed, got, want)
		}
	}
}

// noCheaperList is the seed's list for TestFramesNotWeighedChangeNoBreak.
func noCheaperList(seed int) []VNode {
	var v []VNode
	id := 0
	for k := 0; k < 7; k++ {
		v = append(v, Space(Pt(float64(seed%3))))
		if k%3 == 1 {
			h := Box(Pt(10), &GlyphRun{Text: fmt.Sprint("H", k)})
			h.FloatBarrier = true
			v = append(v, h, Penalty(Infinity))
		}
		n := 1 + (seed*7+k*3)%11
		v = append(v, lineBoxes(fmt.Sprint("p", k), n, 1+(seed+k)%max(n-1, 1))...)
		if (seed+k)%2 == 0 {
			v = append(v, Penalty(-100*(1+(seed+k)%7))) // a good place for a break, at a cost below 0
		}
		for f := 0; f < (seed+k)%3; f++ {
			id++
			fl := floatBox(fmt.Sprint("F", id), id, 1+(seed+f*5+k)%6)
			fl.FloatClass = (seed + f) % FloatClasses
			v = append(v, Penalty(Infinity), fl)
		}
		if (seed+k)%4 == 0 {
			v = append(v, Space(0))
			v = append(v, keepBlock(fmt.Sprint("k", k), 2+(seed+k)%5)...)
		}
	}
	return v
}

// frameSummary is the frames' text and floats, frame by frame.
func frameSummary(frames []PageBody) string {
	out := pageTexts(frames)
	for f, fr := range frames {
		for _, pf := range fr.Floats {
			out += fmt.Sprintf(" [%d: F%d]", f, pf.ID)
		}
	}
	return out
}
