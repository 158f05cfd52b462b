package typeset

import (
	"strings"
	"testing"
)

// TestFloatsAfterTheTextCostAPageUnbound: a section's tall picture does
// not fit below its one line, and the last section is short. Set after
// the last section, on a page of its own, the picture reads as the last
// section's (a panel's photo after „Kontakt“); in the order of the
// text it needs a page more, and leaves the first page far emptier.
// Unpadded (an unbound edition, no page multiple), the order of the
// text wins all the same: a way that sets floats after the text counts
// a page more, and loses to one of as many pages in the order of the
// text.
func TestFloatsAfterTheTextCostAPageUnbound(t *testing.T) {
	build := func() []VNode {
		ha, hb := Box(Pt(10), &GlyphRun{Text: "HA"}), Box(Pt(10), &GlyphRun{Text: "HB"})
		ha.FloatBarrier, hb.FloatBarrier = true, true
		v := append([]VNode{ha, Penalty(Infinity)}, lineBoxes("a", 1)...)
		v = append(v, Penalty(Infinity), floatBox("F", 1, 9), Space(0), hb, Penalty(Infinity))
		return append(v, lineBoxes("b", 2)...)
	}
	for _, multiple := range []int{0, 1} {
		p := DefaultPageParams(Pt(100), 1, 2)
		p.PastBarrier = [FloatClasses]int{2000, 4500}
		p.PageMultiple = multiple
		got := pageTexts(BreakPages(build(), p))
		if strings.Index(got, "F") > strings.Index(got, "HB") {
			t.Errorf("page multiple %d: the picture stands after the last section: %s", multiple, got)
		}
	}
}
