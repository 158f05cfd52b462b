package typeset

import (
	"strings"
	"testing"
)

// TestFloatsPassABarrierAtItsCost: two link blocks anchored after a
// paragraph do not fit below it with the next heading's first lines; the
// page either ends below them, a little emptier than the limit, or goes
// on with the heading and sets them at the top of the next page, after
// the heading they belong before. Passing the heading (a FloatBarrier)
// costs PastBarrier of their class: free, the breaker passes;
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

// TestFloatsPassABarrierOnceAFrame: a picture and a link block (floats
// of two classes) anchored after a paragraph do not fit below it with
// the next heading; keeping them before the heading leaves the first page
// a quarter empty (about 7000). A frame that carries floats past the
// heading pays PastBarrier once, whatever their number and class: at
// 5000 a class they pass together (twice 5000, per float, would keep
// them); at 10000 they stay.
func TestFloatsPassABarrierOnceAFrame(t *testing.T) {
	build := func() []VNode {
		heading := Box(Pt(10), &GlyphRun{Text: "H"})
		heading.FloatBarrier = true
		f1, f2 := floatBox("F1", 1, 3), floatBox("F2", 2, 3)
		f1.FloatClass, f2.FloatClass = 0, 1
		v := append(lineBoxes("a", 5), Penalty(Infinity), f1, Penalty(Infinity), f2, Space(0), heading, Penalty(Infinity))
		return append(v, lineBoxes("b", 6)...)
	}
	for _, c := range []struct {
		cost int
		want string
	}{
		{5000, "a.1 a.2 a.3 a.4 a.5 H b.1 b.2 b.3 b.4 | F1 F2 b.5 b.6"},
		{10000, "a.1 a.2 a.3 a.4 a.5 F1 | F2 H b.1 b.2 b.3 b.4 b.5 b.6"},
	} {
		p := DefaultPageParams(Pt(105), 1, 2)
		p.PastBarrier = [FloatClasses]int{c.cost, c.cost}
		if got := pageTexts(BreakPages(build(), p)); got != c.want {
			t.Errorf("PastBarrier %d:\n got %s\nwant %s", c.cost, got, c.want)
		}
	}
}

// TestFloatsDoNotFollowTheLastSection: a section's tall picture (kept
// with its one line, as a section sets it) does not fit below the
// section before it, and the last section is short. Carried past the
// last heading, the picture would stand after all of the text — on a
// page of its own, or before the notice that ends the body (a fence) —
// reading as the last section's (a panel's photo after „Kontakt“).
// Although that costs little, a frame that sets floats after the end of
// the text pays for passing the heading again and for a frame a fifth
// empty, so the section opens the next page with its picture and the
// last section follows them.
func TestFloatsDoNotFollowTheLastSection(t *testing.T) {
	build := func(notice bool) []VNode {
		hb, hc := Box(Pt(10), &GlyphRun{Text: "HB"}), Box(Pt(10), &GlyphRun{Text: "HC"})
		hb.FloatBarrier, hc.FloatBarrier = true, true
		v := append(lineBoxes("a", 5), Space(0), hb, Penalty(Infinity))
		v = append(v, lineBoxes("b", 1)...)
		v = append(v, Penalty(Infinity), floatBox("F", 1, 5), Space(0), hc, Penalty(Infinity))
		v = append(v, lineBoxes("c", 2)...)
		if notice {
			n := Box(Pt(5), &GlyphRun{Text: "N"})
			n.FloatBarrier, n.FloatFence = true, true
			v = append(v, Space(0), n)
		}
		return v
	}
	p := DefaultPageParams(Pt(105), 1, 2)
	p.PastBarrier = [FloatClasses]int{2000, 4500}
	for _, c := range []struct {
		notice bool
		want   string
	}{
		{false, "a.1 a.2 a.3 a.4 a.5 | HB b.1 F HC c.1 c.2"},
		{true, "a.1 a.2 a.3 a.4 a.5 | HB b.1 F HC c.1 c.2 N"},
	} {
		if got := pageTexts(BreakPages(build(c.notice), p)); got != c.want {
			t.Errorf("notice %v:\n got %s\nwant %s", c.notice, got, c.want)
		}
	}
}

// TestPageCostWeighsAPage: section A's float F (half a page) does not fit
// under A's seven lines; B's heading and first two lines do. Carried past
// B's heading, F lets the text end a page sooner (three pages) at the
// cost of passing it (PastBarrier, high here); kept before the heading,
// it leaves 30 % of page 1 empty and the text takes four. The fewest pages
// win unless a page is weighed (PageCost): then the fourth page is worth
// less than the passing it spares, and F stays in its section — but not
// in a bound edition, whose pages come in whole signatures.
func TestPageCostWeighsAPage(t *testing.T) {
	list := func() []VNode {
		hb := Box(Pt(10), &GlyphRun{Text: "HB"})
		hb.FloatBarrier = true
		v := append(lineBoxes("a", 7), Penalty(Infinity), floatBox("F", 1, 5), Space(0), hb, Penalty(Infinity))
		return append(v, lineBoxes("b", 16)...)
	}
	for _, c := range []struct {
		name           string
		cost, multiple int
		pages          int
		passes         bool
	}{
		{"pages first", 0, 0, 3, true},
		{"a page weighed", 10000, 0, 4, false},
		{"a page weighed, bound", 10000, 4, 3, true},
	} {
		p := DefaultPageParams(Pt(100), 1, 2) // after a cover: bound, 4 pages or 8
		p.PastBarrier = [FloatClasses]int{100000, 100000}
		p.PageCost, p.PageMultiple = c.cost, c.multiple
		frames := BreakPages(list(), p)
		got := pageTexts(frames)
		passes := strings.Index(got, "HB") < strings.Index(got, "F")
		if len(frames) != c.pages || passes != c.passes {
			t.Errorf("%s: %d pages, F after HB %v; want %d and %v:\n%s", c.name, len(frames), passes, c.pages, c.passes, got)
		}
	}
}

// TestFloatsHeldAtABarrier: a picture eight lines tall anchored after
// a paragraph of six, in two columns of twelve lines. It does not fit
// below the paragraph, and passing the next heading costs nothing, so
// the flow runs on with the heading and its text in the first column
// and sets the picture at the top of the second, under the other
// section's heading in reading order. Held at the barrier
// (PageParams.HoldAtBarrier), it never follows the heading: it opens the
// second column, and the heading comes after it.
func TestFloatsHeldAtABarrier(t *testing.T) {
	build := func() []VNode {
		heading := Box(Pt(10), &GlyphRun{Text: "H"})
		heading.FloatBarrier = true
		v := append(lineBoxes("a", 6), Penalty(Infinity), floatBox("F", 1, 8), Space(0), heading, Penalty(Infinity))
		return append(v, lineBoxes("b", 14)...)
	}
	for _, hold := range []bool{false, true} {
		p := DefaultPageParams(Pt(125), 2, 3)
		p.HoldAtBarrier[0] = hold
		got := pageTexts(BreakPages(build(), p))
		if past := strings.Index(got, "F") > strings.Index(got, "H"); past == hold {
			t.Errorf("held %v: the picture after the heading %v: %s", hold, past, got)
		}
	}
}

// TestFloatsApartCarryLines: a picture three lines tall anchored after
// a paragraph that fills the first page but for a line, then the next
// section. Deferred, the picture opens the second page alone above the
// next heading, a turn away from its text; at a cost for that
// (PageParams.FloatsApart), the paragraph's last two lines come over
// with it (a widow would be the caller's penalty) and the first page
// ends three lines short.
func TestFloatsApartCarryLines(t *testing.T) {
	build := func() []VNode {
		heading := Box(Pt(10), &GlyphRun{Text: "H"})
		heading.FloatBarrier = true
		v := append(lineBoxes("a", 11), Penalty(Infinity), floatBox("F", 1, 3), Space(0), heading, Penalty(Infinity))
		return append(v, lineBoxes("b", 6)...)
	}
	for _, c := range []struct {
		cost int
		want string
	}{
		{0, "a.1 a.2 a.3 a.4 a.5 a.6 a.7 a.8 a.9 a.10 a.11 | F H b.1 b.2 b.3 b.4 b.5 b.6"},
		{3000, "a.1 a.2 a.3 a.4 a.5 a.6 a.7 a.8 a.9 | a.10 a.11 F H b.1 b.2 b.3 b.4 | b.5 b.6"},
	} {
		p := DefaultPageParams(Pt(125), 1, 3)
		p.FloatsApart = c.cost
		if got := pageTexts(BreakPages(build(), p)); got != c.want {
			t.Errorf("FloatsApart %d:\n got %s\nwant %s", c.cost, got, c.want)
		}
	}
}
