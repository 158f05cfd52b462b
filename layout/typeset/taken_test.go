package typeset

import "testing"

// TestTakenShortensThePageFrames: a page whose type area blocks across
// the columns take part of (PageParams.Taken) has frames that much
// shorter, each of its columns holding fewer lines, while the pages
// before and after it hold their full height; PlanPages finds the same
// frames as BreakPages sets, and FrameStarts says where each begins.
func TestTakenShortensThePageFrames(t *testing.T) {
	p := DefaultPageParams(Pt(100), 2, 2)
	p.Taken = []Scaled{0, Pt(40)}
	frames := BreakPages(lineBoxes("a", 60), p)
	if len(frames) < 6 {
		t.Fatalf("%d frames, want at least 6: %s", len(frames), pageTexts(frames))
	}
	for f, fr := range frames[:6] {
		want := Pt(100)
		if f/2 == 1 {
			want = Pt(60)
		}
		if fr.Used != want {
			t.Errorf("frame %d holds %.0f pt, want %.0f pt: %s", f, fr.Used.Points(), want.Points(), pageTexts(frames))
		}
	}
	plan := PlanPages(lineBoxes("a", 60), p)
	starts := plan.FrameStarts()
	if len(starts) != len(frames) {
		t.Errorf("PlanPages: %d frames, BreakPages %d", len(starts), len(frames))
	}
	again, _ := BreakPagesAgain(lineBoxes("a", 60), p, []*PageBreaks{plan})
	if got, want := pageTexts(again), pageTexts(frames); got != want {
		t.Errorf("the frames of the plan:\n%s\nwant\n%s", got, want)
	}
}
