package typeset

import (
	"fmt"
	"strings"
	"testing"
)

// TestFloatGroupsStrandNone: a section of text lines ends with three
// link floats (class 1) of 30 pt, before the next section's heading (a
// float barrier). Of the ways the page breaker finds for each length of
// the section, those with FloatGroups for the class (and a StrandCost
// of a frame a fifth empty) never leave one of the three in a frame
// apart from the other two, whether set ahead, at the anchor or
// waiting; without, some do (the test's own check).
func TestFloatGroupsStrandNone(t *testing.T) {
	stranded := func(groups bool) []string {
		var out []string
		for lines := 2; lines <= 14; lines++ {
			heading := Box(Pt(10), &GlyphRun{Text: "H"})
			heading.FloatBarrier = true
			v := lineBoxes("a", lines)
			for k := range 3 {
				f := floatBox(fmt.Sprintf("L%d", k+1), k+1, 3)
				f.FloatClass, f.FloatSpace = 1, Pt(5)
				v = append(v, Penalty(Infinity), f)
			}
			v = append(append(v, Space(Pt(10)), heading, Penalty(Infinity)), lineBoxes("b", 12)...)
			p := DefaultPageParams(Pt(100), 2, 2)
			p.FloatAhead, p.FloatGroups[1] = 150, groups
			if groups {
				p.StrandCost = 6000
			}
			for _, frame := range strings.Split(pageTexts(BreakPages(v, p)), " | ") {
				if n := strings.Count(frame, "L"); n == 1 {
					out = append(out, fmt.Sprintf("%d lines: %s", lines, frame))
				}
			}
		}
		return out
	}
	if got := stranded(true); len(got) > 0 {
		t.Errorf("a link float stands apart from its group:\n%s", strings.Join(got, "\n"))
	}
	if len(stranded(false)) == 0 {
		t.Error("no float stands apart without groups either: the test shows nothing")
	}
}
