package typeset

import (
	"fmt"
	"strings"
	"testing"
)

// floatBox is a float of n lines of 10 pt named name, numbered id.
func floatBox(name string, id, n int) VNode {
	b := Box(Pt(float64(10*n)), &GlyphRun{Text: name})
	b.Float, b.FloatID, b.FloatSpace = true, id, 0
	return b
}

// keepBlock is a block of n lines of 10 pt that never breaks.
func keepBlock(name string, n int) []VNode {
	return KeepTogether(lineBoxes(name, n))
}

func join(parts ...[]VNode) []VNode {
	var v []VNode
	for i, p := range parts {
		if i > 0 {
			v = append(v, Space(0))
		}
		v = append(v, p...)
	}
	return v
}

func TestBreakPagesGlobalOptimumBeatsGreedy(t *testing.T) {
	// a's line 10 ends hyphenated: the greedy builder ends page 1 a line
	// early to save the broken penalty, then cannot fit the kept block
	// beside a's last three lines and needs four pages; the whole-list
	// breaker pays the penalty once and needs three, all full.
	build := func() []VNode { return join(lineBoxes("a", 12, 10), keepBlock("k", 8), lineBoxes("c", 10)) }
	greedy := pageTexts(Paginate(build(), Pt(100)))
	got := pageTexts(BreakPages(build(), DefaultPageParams(Pt(100), 1, 2)))
	want := "a.1 a.2 a.3 a.4 a.5 a.6 a.7 a.8 a.9 a.10 | a.11 a.12 k.1 k.2 k.3 k.4 k.5 k.6 k.7 k.8 | c.1 c.2 c.3 c.4 c.5 c.6 c.7 c.8 c.9 c.10"
	if got != want {
		t.Errorf("BreakPages:\n got %s\nwant %s", got, want)
	}
	if len(BreakPages(build(), DefaultPageParams(Pt(100), 1, 2))) >= len(Paginate(build(), Pt(100))) {
		t.Errorf("the greedy builder needs no more pages than the optimum: %s", greedy)
	}
}

func TestBreakPagesWidowsOrphansAndHeadings(t *testing.T) {
	heading := []VNode{Box(Pt(10), &GlyphRun{Text: "H"}), Penalty(Infinity)}
	cases := []struct {
		name string
		v    []VNode
		want string
	}{
		{"orphan and widow avoided", join(lineBoxes("a", 4), lineBoxes("b", 6)), "a.1 a.2 a.3 a.4 | b.1 b.2 b.3 b.4 | b.5 b.6"},
		{"widow avoided", join(lineBoxes("a", 1), lineBoxes("b", 5)), "a.1 b.1 b.2 b.3 | b.4 b.5"},
		{"two-line paragraph never splits", join(lineBoxes("a", 4), lineBoxes("b", 2)), "a.1 a.2 a.3 a.4 | b.1 b.2"},
		// The heading would fit as the fifth line; it goes over with its
		// text instead.
		{"heading never last", join(lineBoxes("a", 4), append(heading, lineBoxes("b", 3)...)), "a.1 a.2 a.3 a.4 | H b.1 b.2 b.3"},
	}
	for _, c := range cases {
		if got := pageTexts(BreakPages(c.v, DefaultPageParams(Pt(50), 1, 2))); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
	}
}

// hyphenAfter marks line n (from 1) of a paragraph as hyphenated, with
// no penalty of its own, so only the page breaker's turn cost counts.
func hyphenAfter(v []VNode, n int) []VNode {
	for i := range v {
		if v[i].Kind == VBox && v[i].Line == 0 && fmt.Sprint(v[i].Items[0].(*GlyphRun).Text) == fmt.Sprintf("p.%d", n) {
			v[i].Hyphenated = true
		}
	}
	return v
}

func TestBreakPagesHyphenAcrossATurn(t *testing.T) {
	cases := []struct {
		name              string
		columns, first    int
		wantFirstFrameEnd string
	}{
		// Page 3 is right-hand: the turn opens a new spread, so the
		// break moves a line up.
		{"new spread", 1, 3, "p.4"},
		// A column break inside the page costs nothing more: it stays.
		{"column break", 2, 3, "p.5"},
	}
	for _, c := range cases {
		v := hyphenAfter(lineBoxes("p", 9), 5)
		frames := BreakPages(v, DefaultPageParams(Pt(50), c.columns, c.first))
		items := frames[0].Items
		if got := items[len(items)-1].(*GlyphRun).Text; got != c.wantFirstFrameEnd {
			t.Errorf("%s: the first frame ends with %s, want %s (%s)", c.name, got, c.wantFirstFrameEnd, pageTexts(frames))
		}
	}
}

func TestBreakPagesFloatsDeferAndKeepOrder(t *testing.T) {
	// A float that does not fit below a's eight lines goes to the top of
	// the next page, and b's text fills page 1 instead of leaving it
	// 20 % empty.
	v := join(lineBoxes("a", 8), []VNode{Penalty(Infinity), floatBox("F1", 1, 5)}, lineBoxes("b", 10))
	got := pageTexts(BreakPages(v, DefaultPageParams(Pt(100), 1, 2)))
	if want := "a.1 a.2 a.3 a.4 a.5 a.6 a.7 a.8 b.1 b.2 | F1 b.3 b.4 b.5 b.6 b.7 | b.8 b.9 b.10"; got != want {
		t.Errorf("deferred float:\n got %s\nwant %s", got, want)
	}
	// Many lists: a float never stands before its anchor's frame, nor
	// more than one frame after its anchor's or the previous float's
	// frame, whichever is later; each is placed once, and in order.
	for seed := 0; seed < 200; seed++ {
		var v []VNode
		id := 0
		for k := 0; k < 6; k++ {
			v = append(v, Space(0))
			v = append(v, lineBoxes(fmt.Sprint("p", k), 1+(seed*7+k*3)%9)...)
			for f := 0; f < (seed+k)%3; f++ {
				id++
				v = append(v, Penalty(Infinity), floatBox(fmt.Sprint("F", id), id, 1+(seed+f*5+k)%6))
			}
		}
		if seed%5 == 0 {
			v = append(v, Space(0))
			v = append(v, keepBlock("k", 3+seed%11)...) // sometimes taller than a frame
		}
		boxes := 0
		for _, n := range v {
			if n.Kind == VBox {
				boxes++
			}
		}
		frames := BreakPages(v, DefaultPageParams(Pt(100), 1+seed%2, 2))
		placed := 0
		for _, fr := range frames {
			placed += len(fr.Items)
		}
		if placed != boxes {
			t.Fatalf("seed %d: %d of %d boxes placed", seed, placed, boxes)
		}
		next, prev := 1, 0
		for f, fr := range frames {
			for _, pf := range fr.Floats {
				if pf.ID != next {
					t.Fatalf("seed %d: float %d placed where %d was due (frame %d)", seed, pf.ID, next, f)
				}
				next++
				if f < pf.AnchorFrame || f > max(pf.AnchorFrame, prev)+1 {
					t.Fatalf("seed %d: float %d in frame %d, anchored in %d, the float before in %d", seed, pf.ID, f, pf.AnchorFrame, prev)
				}
				prev = f
			}
		}
		if next != id+1 {
			t.Fatalf("seed %d: %d of %d floats placed", seed, next-1, id)
		}
	}
}

func TestBreakPagesTextOvertakesFloatsTallerThanAFrame(t *testing.T) {
	// Three floats of 8 lines after a's 5 lines take more than a frame
	// of 10 together: b's text overtakes them, so no page stays half
	// empty, and each float stands a frame after the one before it.
	v := join(lineBoxes("a", 5), []VNode{Penalty(Infinity), floatBox("F1", 1, 8), floatBox("F2", 2, 8), floatBox("F3", 3, 8)}, lineBoxes("b", 12))
	frames := BreakPages(v, DefaultPageParams(Pt(100), 1, 2))
	want := "a.1 a.2 a.3 a.4 a.5 b.1 b.2 b.3 b.4 | F1 b.5 b.6 | F2 b.7 b.8 | F3 b.9 b.10 | b.11 b.12"
	if got := pageTexts(frames); got != want {
		t.Errorf("floats taller than a frame together:\n got %s\nwant %s", got, want)
	}
	for f, fr := range frames[:len(frames)-1] {
		if fr.Used < Pt(80) {
			t.Errorf("frame %d holds %v pt of 100: %s", f+1, fr.Used.Points(), pageTexts(frames))
		}
	}
}

func TestBreakPagesFloatClassesPassEachOther(t *testing.T) {
	// A float of class 0 too tall for the room below a waits for the next
	// page; the float of class 1 after it stands in that room, and b's
	// text follows. Two floats of one class never pass each other.
	link := floatBox("L1", 2, 2)
	link.FloatClass = 1
	v := join(lineBoxes("a", 6), []VNode{Penalty(Infinity), floatBox("F1", 1, 5), link}, lineBoxes("b", 10))
	got := pageTexts(BreakPages(v, DefaultPageParams(Pt(100), 1, 2)))
	if want := "a.1 a.2 a.3 a.4 a.5 a.6 L1 b.1 b.2 | F1 b.3 b.4 b.5 b.6 b.7 | b.8 b.9 b.10"; got != want {
		t.Errorf("classes:\n got %s\nwant %s", got, want)
	}
	v = join(lineBoxes("a", 6), []VNode{Penalty(Infinity), floatBox("F1", 1, 5), floatBox("F2", 2, 2)}, lineBoxes("b", 10))
	if got := pageTexts(BreakPages(v, DefaultPageParams(Pt(100), 1, 2))); strings.Index(got, "F2") < strings.Index(got, "F1") {
		t.Errorf("one class: F2 passed F1: %s", got)
	}
}

func TestBreakPagesNoLonelyMiddleLine(t *testing.T) {
	// b.4 would fill the frame below the deferred float exactly, alone
	// between the float and the foot, cut off from b's lines on both
	// sides: the float stands alone instead.
	b := lineBoxes("b", 8)
	line := 0
	for i := range b {
		if b[i].Kind == VBox {
			b[i].Para, b[i].Line, b[i].Lines = 1, line, 8
			line++
		}
	}
	v := join(lineBoxes("a", 7), []VNode{Penalty(Infinity), floatBox("F1", 1, 9)}, b)
	got := pageTexts(BreakPages(v, DefaultPageParams(Pt(100), 1, 2)))
	for _, frame := range strings.Split(got, " | ") {
		if w := strings.Fields(frame); len(w) == 2 && w[0] == "F1" && w[1] != "b.1" && w[1] != "b.8" {
			t.Errorf("a lonely middle line below the float: %s", got)
		}
	}
}

func TestBreakPagesGlueFlexesToEndFlush(t *testing.T) {
	// Two kept blocks of 4 lines with flexible space between: the page
	// of 9.5 lines ends flush by stretching the space half a line.
	gap := Space(Pt(10))
	gap.Stretch, gap.Shrink = Pt(6), Pt(2)
	v := append(append(keepBlock("a", 4), gap), keepBlock("b", 4)...)
	v = append(v, Space(Pt(10)))
	v = append(v, keepBlock("c", 4)...)
	frames := BreakPages(v, DefaultPageParams(Pt(95), 1, 2))
	if got := frames[0].Used; got != Pt(95) {
		t.Errorf("page 1 uses %v pt, want 95 (%s)", got.Points(), pageTexts(frames))
	}
}

func TestBreakPagesDeferredFloatKeepsTheSpaceBeforeASection(t *testing.T) {
	// b begins after a section's space of 30 pt, more than the float's
	// own 5 pt: below the deferred float the text keeps those 30 pt.
	f := floatBox("F", 1, 3)
	f.FloatSpace = Pt(5)
	v := append(lineBoxes("a", 8), Penalty(Infinity), f, Space(Pt(30)))
	v = append(v, lineBoxes("b", 2)...)
	v = append(v, Space(0))
	v = append(v, lineBoxes("c", 10)...)
	frames := BreakPages(v, DefaultPageParams(Pt(100), 1, 2))
	if len(frames) < 2 || len(frames[1].Floats) == 0 {
		t.Fatalf("the float was not deferred: %s", pageTexts(frames))
	}
	var fy, next Scaled = -1, -1
	for _, it := range frames[1].Items {
		g := it.(*GlyphRun)
		if g.Text == "F" {
			fy = g.Y
		} else if next < 0 {
			next = g.Y
		}
	}
	if next-fy != Pt(30+30) {
		t.Errorf("the text starts %v pt below the float's top, want 60 (%s)", (next - fy).Points(), pageTexts(frames))
	}
}

func TestBreakPagesOversizedMaterial(t *testing.T) {
	cases := []struct {
		name string
		v    []VNode
		want string
	}{
		{"a box taller than a page stands alone", []VNode{Box(Pt(10), &GlyphRun{Text: "a"}), Space(0), Box(Pt(500), &GlyphRun{Text: "big"}), Space(0), Box(Pt(10), &GlyphRun{Text: "c"})}, "a | big | c"},
		// A kept block of 7 lines on pages of 5 breaks where it must.
		{"a kept block taller than a page", join(lineBoxes("a", 1), keepBlock("k", 7)), "a.1 | k.1 k.2 k.3 k.4 k.5 | k.6 k.7"},
		{"a float taller than a page", append(lineBoxes("a", 2), Penalty(Infinity), floatBox("F", 1, 8)), "a.1 a.2 | F"},
	}
	for _, c := range cases {
		if got := pageTexts(BreakPages(c.v, DefaultPageParams(Pt(50), 1, 2))); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
	}
}

func TestBreakPagesFloatsAloneFrameAfterFrame(t *testing.T) {
	// Two floats of 9 lines wait at the end of the list: each takes a
	// frame of its own, one after the other, at the same node.
	v := append(lineBoxes("a", 10), Penalty(Infinity), floatBox("F1", 1, 9), Penalty(Infinity), floatBox("F2", 2, 9))
	if got, want := pageTexts(BreakPages(v, DefaultPageParams(Pt(100), 1, 2))), "a.1 a.2 a.3 a.4 a.5 a.6 a.7 a.8 a.9 a.10 | F1 | F2"; got != want {
		t.Errorf("floats alone:\n got %s\nwant %s", got, want)
	}
}

func TestBreakPagesDueFloatOfEachClassFirst(t *testing.T) {
	// a fills frame 1; its pictures P1, P2 and link L1 wait. P1 and P2
	// would fill frame 2, but L1 may not wait longer (its anchor is in
	// frame 1), while P2 may (P1 stands in frame 2): frame 2 sets P1 and
	// L1, and P2 waits for frame 3.
	link := floatBox("L1", 3, 2)
	link.FloatClass = 1
	v := join(lineBoxes("a", 10), []VNode{Penalty(Infinity), floatBox("P1", 1, 4), Penalty(Infinity), floatBox("P2", 2, 5), Penalty(Infinity), link}, lineBoxes("b", 12))
	frames := BreakPages(v, DefaultPageParams(Pt(100), 1, 2))
	got := pageTexts(frames)
	if len(frames) < 3 || !strings.HasPrefix(strings.Split(got, " | ")[1], "P1 L1") || !strings.HasPrefix(strings.Split(got, " | ")[2], "P2") {
		t.Errorf("due floats first: %s", got)
	}
}

func TestBreakPagesNoFloatAtAnUnbrokenBreak(t *testing.T) {
	// A heading's block may break between its parts (at 100), but the
	// float of a that waits must not come between them: the page breaks
	// elsewhere.
	part := Penalty(100)
	part.Unbroken = true
	head := append(KeepTogether(lineBoxes("h", 3)), part)
	head = append(head, KeepTogether(lineBoxes("r", 3))...)
	v := join(lineBoxes("a", 7), []VNode{Penalty(Infinity), floatBox("F", 1, 4)}, head, lineBoxes("b", 8))
	for _, frame := range strings.Split(pageTexts(BreakPages(v, DefaultPageParams(Pt(100), 1, 2))), " | ") {
		if strings.HasPrefix(frame, "F r.1") {
			t.Errorf("the float stands between the head's parts: %s", frame)
		}
	}
}

// TestSpreadFloats: a frame of floats alone is set from the top of the
// frame to its foot, the space left shared between the floats; one float
// stays at the top, and floats whose spaces would each grow by more than
// a tenth of the frame are not spread.
func TestSpreadFloats(t *testing.T) {
	bottoms := func(nodes []VNode) []float64 {
		var out []float64
		var y Scaled
		for _, n := range nodes {
			y += n.Height
			if n.Kind == VBox {
				out = append(out, y.Points())
			}
		}
		return out
	}
	cases := []struct {
		name  string
		nodes []VNode
		want  string
	}{
		{"three floats", []VNode{floatBox("a", 1, 3), Space(Pt(5)), floatBox("b", 2, 3), Space(Pt(5)), floatBox("c", 3, 2), Space(Pt(5))}, "[30 70 100]"},
		{"one float", []VNode{floatBox("a", 1, 3), Space(Pt(5))}, "[30]"},
		{"spaces growing by more than a tenth", []VNode{floatBox("a", 1, 3), Space(Pt(5)), floatBox("b", 2, 2), Space(Pt(5)), floatBox("c", 3, 1), Space(Pt(5))}, "[30 55 70]"},
		{"a gap of more than a third", []VNode{floatBox("a", 1, 1), Space(0), floatBox("b", 2, 1)}, "[10 20]"},
	}
	for _, c := range cases {
		spreadFloats(c.nodes, Pt(100))
		if got := fmt.Sprint(bottoms(c.nodes)); got != c.want {
			t.Errorf("%s: floats end at %s pt, want %s", c.name, got, c.want)
		}
	}
}

// TestBreakPagesLargeGapCostsMoreThanTwoMiddling: rows of a table (kept
// whole, a break allowed between them) and then a section whose opening —
// its heading (a float barrier) kept with a 40 pt block — fits below the
// rows in no arrangement: 46 % of a frame stays empty in the first three
// frames however they break. Frame 2 may end after r5, 36 % empty while
// the rows go on, with the other frames nearly full; or the gap may be
// spread in the middle of the table, 22 % and 14 % empty, before a full
// frame 3; or frame 2 may take r6 and end 14 % empty, and frame 3, the
// table's end, 32 % — a section's end, where the next section's
// opening does not fit. A gap of a third of a frame in the middle of a
// table costs more than two that hold the same (the first), and a gap at
// a section's end, however large, no more than one a fifth empty
// (the second): the last arrangement wins. The same holds where the
// opening is a part's within a section (its title marked Opening, as a
// programme day's is, not a float barrier).
func TestBreakPagesLargeGapCostsMoreThanTwoMiddling(t *testing.T) {
	for _, part := range []bool{false, true} {
		row := func(name string, h float64) []VNode { return []VNode{Box(Pt(h), &GlyphRun{Text: name})} }
		heading := Box(Pt(10), &GlyphRun{Text: "H"})
		heading.FloatBarrier, heading.Opening = !part, part
		opening := []VNode{heading, Penalty(Infinity), Box(Pt(40), &GlyphRun{Text: "K"}), Penalty(Infinity)}
		v := join(row("r1", 50), row("r2", 28), row("r3", 22), row("r4", 32), row("r5", 32), row("r6", 22), row("r7", 30), row("r8", 38),
			append(opening, lineBoxes("t", 12)...))
		got := pageTexts(BreakPages(v, DefaultPageParams(Pt(100), 2, 2)))
		want := "r1 r2 r3 | r4 r5 r6 | r7 r8 | H K t.1 t.2 t.3 t.4 t.5 | t.6 t.7 t.8 t.9 t.10 t.11 t.12"
		if got != want {
			t.Errorf("opening a part %v: frames:\n got %s\nwant %s", part, got, want)
		}
	}
}

// TestBreakPagesNoFloatPastAFence: a float anchored before the notice
// that ends the body (a float fence) and too tall for the room left
// beside the text is set before the notice, on the next frame, rather
// than after it on a frame of its own.
func TestBreakPagesNoFloatPastAFence(t *testing.T) {
	for _, fence := range []bool{false, true} {
		notice := keepBlock("N", 3)
		notice[0].FloatBarrier, notice[0].FloatFence = true, fence
		v := append(lineBoxes("a", 6), Penalty(Infinity), floatBox("F", 1, 5), Space(0))
		v = append(v, notice...)
		got := pageTexts(BreakPages(v, DefaultPageParams(Pt(100), 1, 2)))
		want := "a.1 a.2 a.3 a.4 a.5 a.6 N.1 N.2 N.3 | F" // a float passes a barrier at its cost
		if fence {
			want = "a.1 a.2 a.3 a.4 a.5 a.6 | F N.1 N.2 N.3"
		}
		if got != want {
			t.Errorf("fence %v:\n got %s\nwant %s", fence, got, want)
		}
	}
}

// TestBreakPagesColumnNotLeftShort: a column of 30 lines whose last
// three breaks follow hyphenated lines (each costs BrokenPenalty inside
// a page) is not ended three lines short, a tenth empty while the text
// goes on, to spare the hyphen: a tenth empty costs more than a broken
// line inside a page.
func TestBreakPagesColumnNotLeftShort(t *testing.T) {
	v := lineBoxes("p", 45, 28, 29, 30)
	frames := BreakPages(v, DefaultPageParams(Pt(300), 2, 2))
	items := frames[0].Items
	if got := items[len(items)-1].(*GlyphRun).Text; got != "p.30" {
		t.Errorf("the first column ends with %s, want p.30 (%s)", got, pageTexts(frames))
	}
}

// TestLastPageOfFloatsAlone: the text fills its last frame exactly and
// two floats anchored at its end follow. Free, they would take a last
// page of their own, with no text (FloatsAloneEnd 0); at its cost, two
// lines run on to stand with them, the page before a tenth empty. Floats
// alone in the last column of a page whose first column holds text cost
// nothing: the page has text. (Deferring a float costs nothing here, so
// only the last page's cost decides.)
func TestLastPageOfFloatsAlone(t *testing.T) {
	single := func() []VNode {
		// As a section sets them: no frame ends before a float.
		return append(lineBoxes("a", 20), Penalty(Infinity), floatBox("F1", 1, 5), Penalty(Infinity), floatBox("F2", 2, 5))
	}
	for _, c := range []struct {
		cost int
		want string
	}{
		{0, lineNames("a", 1, 20) + " | F1 F2"},
		{DefaultPageParams(Pt(200), 1, 2).FloatsAloneEnd, lineNames("a", 1, 18) + " | a.19 a.20 F1 F2"},
	} {
		p := DefaultPageParams(Pt(200), 1, 2)
		p.FloatsAloneEnd, p.FloatDefer = c.cost, 0
		if got := pageTexts(BreakPages(single(), p)); got != c.want {
			t.Errorf("FloatsAloneEnd %d:\n got %s\nwant %s", c.cost, got, c.want)
		}
	}
	double := append(lineBoxes("a", 60), Penalty(Infinity), floatBox("F1", 1, 15))
	want := lineNames("a", 1, 20) + " | " + lineNames("a", 21, 40) + " | " + lineNames("a", 41, 60) + " | F1"
	p := DefaultPageParams(Pt(200), 2, 2)
	p.FloatDefer = 0
	if got := pageTexts(BreakPages(double, p)); got != want {
		t.Errorf("two columns, floats alone beside text:\n got %s\nwant %s", got, want)
	}
}

// TestLastPageOfTheFenceAlone: the text fills its last frame exactly and
// the notice that ends the body (after a float fence) follows. Free, it
// would take a last page of its own, at its top, the rest of the page
// empty (FenceAloneEnd 0: the screen edition of the corpus's event 21
// and three others ended so); at its cost, two lines run on to stand
// with it, the page before a tenth empty. A notice that shares its page
// with the text costs nothing more.
func TestLastPageOfTheFenceAlone(t *testing.T) {
	list := func(lines int) []VNode {
		notice := keepBlock("N", 3)
		notice[0].FloatBarrier, notice[0].FloatFence = true, true
		return append(append(lineBoxes("a", lines), Space(0)), notice...)
	}
	for _, c := range []struct {
		cost, lines int
		want        string
	}{
		{0, 20, lineNames("a", 1, 20) + " | N.1 N.2 N.3"},
		{DefaultPageParams(Pt(200), 1, 2).FenceAloneEnd, 20, lineNames("a", 1, 18) + " | a.19 a.20 N.1 N.2 N.3"},
		{DefaultPageParams(Pt(200), 1, 2).FenceAloneEnd, 12, lineNames("a", 1, 12) + " N.1 N.2 N.3"},
	} {
		p := DefaultPageParams(Pt(200), 1, 2)
		p.FenceAloneEnd = c.cost
		if got := pageTexts(BreakPages(list(c.lines), p)); got != c.want {
			t.Errorf("FenceAloneEnd %d, %d lines:\n got %s\nwant %s", c.cost, c.lines, got, c.want)
		}
	}
	// The last section with the notice fits a frame only where the frame
	// before it would hold the four lines of text left before it alone,
	// four fifths empty: that costs its emptiness in full, more than the
	// notice alone on the last page.
	heading := Box(Pt(10), &GlyphRun{Text: "H"})
	heading.FloatBarrier = true
	notice := keepBlock("N", 3)
	notice[0].FloatBarrier, notice[0].FloatFence = true, true
	v := append(append(lineBoxes("a", 24), Space(0), heading, Penalty(Infinity)), keepBlock("b", 14)...)
	v = append(append(v, Space(0)), notice...)
	want := lineNames("a", 1, 19) + " | " + lineNames("a", 20, 24) + " H " + lineNames("b", 1, 14) + " | N.1 N.2 N.3"
	if got := pageTexts(BreakPages(v, DefaultPageParams(Pt(200), 1, 2))); got != want {
		t.Errorf("a last section that fits with the notice only after a page four fifths empty:\n got %s\nwant %s", got, want)
	}
}

// TestFloatsAreNoCompanyForTheFence: the last section (a heading, an
// address of four lines kept together and its QR code, a float) fits
// the first page but for its code, which would then stand alone at the
// top of the last page above the notice after the fence — cut off from
// its section, and no company for the notice (FenceAloneEnd): the
// prober's one-page contact whose „Website“ code opened the last page.
// The section moves to the notice's page whole, the page before ending
// a quarter to a third empty. (Before, a float on top counted as company,
// and the code went alone.)
func TestFloatsAreNoCompanyForTheFence(t *testing.T) {
	for _, n := range []int{13, 15} {
		heading := Box(Pt(10), &GlyphRun{Text: "H"})
		heading.FloatBarrier = true
		notice := keepBlock("N", 3)
		notice[0].FloatBarrier, notice[0].FloatFence = true, true
		v := append(lineBoxes("a", n), Space(0), heading, Penalty(Infinity))
		v = append(v, keepBlock("b", 4)...)
		v = append(v, Penalty(Infinity), floatBox("F", 1, 5), Space(0))
		v = append(v, notice...)
		want := lineNames("a", 1, n) + " | H b.1 b.2 b.3 b.4 F N.1 N.2 N.3"
		if got := pageTexts(BreakPages(v, DefaultPageParams(Pt(200), 1, 2))); got != want {
			t.Errorf("%d lines before the section:\n got %s\nwant %s", n, got, want)
		}
	}
}
