package typeset

import (
	"strings"
	"testing"
)

// TestBreakPagesLeavesEndRoom: in two columns of 100 pt, 29 lines of 10
// pt take a full first page and nine lines of the next, in its first
// column. With EndRoom of 30 pt, the last page's columns end no lower
// than 70 pt (the room below is kept for what ends the list across the
// page) while the first page is as before; where the last page's text
// does not fit its columns so shortened (16 lines), it stays as it was.
func TestBreakPagesLeavesEndRoom(t *testing.T) {
	for _, c := range []struct {
		lines int
		room  Scaled
		lower Scaled // the lowest the last page's frames may end
	}{
		{29, Pt(30), Pt(70)},
		{29, 0, Pt(100)},
		{36, Pt(30), Pt(100)}, // 16 lines on the last page: no room for 30 pt
	} {
		p := DefaultPageParams(Pt(100), 2, 2)
		p.EndRoom = c.room
		frames := BreakPages(lineBoxes("t", c.lines), p)
		if len(frames) < 3 {
			t.Fatalf("%d lines: %d frames, want a second page", c.lines, len(frames))
		}
		used := frames[2].Used
		if len(frames) > 3 {
			used = max(used, frames[3].Used)
		}
		if len(frames) > 4 || used > c.lower {
			t.Errorf("%d lines, room %.0f pt: %d frames, the last page's end at %.1f pt, want 4 at most and no lower than %.1f pt",
				c.lines, float64(c.room)/65536, len(frames), float64(used)/65536, float64(c.lower)/65536)
		}
		if got := pageTexts(frames[:2]); got != pageTexts(BreakPages(lineBoxes("t", c.lines), DefaultPageParams(Pt(100), 2, 2))[:2]) {
			t.Errorf("%d lines: the first page changed: %s", c.lines, got)
		}
	}
}

// TestLastPageColumnsAreBalanced: two columns of 30 lines, 75 lines of
// text: the second page holds 15. Balanced, its columns hold 8 and 7
// lines, not 15 beside none; a page before it is not touched, and
// without Balanced the last page stays as the breaker set it.
func TestLastPageColumnsAreBalanced(t *testing.T) {
	p := DefaultPageParams(Pt(300), 2, 2)
	p.Balanced = true
	frames := BreakPages(lineBoxes("p", 75), p)
	if len(frames) != 4 {
		t.Fatalf("%d frames, want 4: %s", len(frames), pageTexts(frames))
	}
	lines := func(f PageBody) int { return len(f.Items) }
	if got := []int{lines(frames[0]), lines(frames[1]), lines(frames[2]), lines(frames[3])}; got[0] != 30 || got[1] != 30 || got[2] != 8 || got[3] != 7 {
		t.Errorf("lines per column %v, want [30 30 8 7]", got)
	}
	p.Balanced = false
	if frames := BreakPages(lineBoxes("p", 75), p); len(frames) != 3 {
		t.Errorf("unbalanced: %d frames, want the last page's 15 lines in one: %s", len(frames), pageTexts(frames))
	}
}

// TestLastPageBalancedWithWaitingFloats: a float anchored at the foot of
// the first page, which has no room left, waits for the last page and
// leads it; the last page's columns are still balanced — the
// float and some lines in the first, the rest in the second — not the
// float and every line in the first beside an empty second, and the
// float keeps the frame of its anchor.
func TestLastPageBalancedWithWaitingFloats(t *testing.T) {
	p := DefaultPageParams(Pt(300), 2, 2)
	p.Balanced = true
	// The first page: 30 lines, then a block of 30 that never breaks,
	// the float's anchor at its end: moving the block leaves a column
	// empty, so the float waits.
	float := floatBox("F", 1, 8)
	float.FloatSpace = Pt(20)
	v := append(join(lineBoxes("p", 30), keepBlock("k", 30)), Penalty(Infinity), float, Space(0))
	v = append(v, lineBoxes("q", 10)...)
	frames := BreakPages(v, p)
	if len(frames) != 4 {
		t.Fatalf("%d frames, want 4: %s", len(frames), pageTexts(frames))
	}
	if len(frames[3].Items) == 0 {
		t.Errorf("the last page's second column is empty beside its first: %s", pageTexts(frames[2:]))
	}
	var found bool
	for _, f := range frames[2].Floats {
		if f.ID == 1 {
			found = true
			if f.AnchorFrame != 1 {
				t.Errorf("the waiting float is recorded anchored in frame %d, want its anchor's, 1: %s", f.AnchorFrame, pageTexts(frames))
			}
		}
	}
	if !found {
		t.Errorf("the float does not lead the last page: %s", pageTexts(frames[2:]))
	}
	// Below it, its own space, as a frame sets a waiting float at its top.
	var floatFoot, firstLine Scaled = -1, -1
	for _, it := range frames[2].Items {
		if g, ok := it.(*GlyphRun); ok {
			switch {
			case g.Text == "F":
				floatFoot = g.Y + Pt(80)
			case firstLine < 0:
				firstLine = g.Y
			}
		}
	}
	if floatFoot >= 0 && firstLine >= 0 && firstLine-floatFoot < Pt(20) {
		t.Errorf("the first line stands %.1f pt below the float, want its space of 20 pt", (firstLine - floatFoot).Points())
	}
}

// TestLastPageBalancedUnderWaitingFloatKeepsHeader: a table continued on
// the last page under a waiting float begins with its repeated header
// there, as the frame set unbalanced began it, and a column that
// continues it again begins with the header too.
func TestLastPageBalancedUnderWaitingFloatKeepsHeader(t *testing.T) {
	p := DefaultPageParams(Pt(300), 2, 2)
	p.Balanced = true
	rows := lineBoxes("row", 12)
	for i := range rows {
		if rows[i].Kind == VBox {
			rows[i].Header = func() []VNode { return []VNode{Box(Pt(10), &GlyphRun{Text: "HEAD"})} }
		}
	}
	v := append(join(lineBoxes("p", 30), keepBlock("k", 30)), Penalty(Infinity), floatBox("F", 1, 8), Space(0))
	v = append(v, rows...)
	frames := BreakPages(v, p)
	if len(frames) < 3 {
		t.Fatalf("%d frames: %s", len(frames), pageTexts(frames))
	}
	for k, f := range frames[2:] {
		texts := pageTexts([]PageBody{f})
		if strings.Contains(texts, "row") && !strings.Contains(texts, "HEAD") {
			t.Errorf("last page, column %d, continues the table without its header: %s", k+1, texts)
		}
	}
}
