package typeset

import (
	"strings"
	"testing"
)

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

// TestFloatWaitsForAFrameItFits: a float that waits for the next frame,
// where pictures across the columns took part of that frame's page
// (PageParams.Taken) and left less room than the float is tall, waits on
// for a frame of full height, rather than stand at the short frame's
// top and run past its foot (the prober's congress: a portrait photo in
// the column under a photo across the columns, its caption over the
// running foot). A float taller than any frame still stands where due.
func TestFloatWaitsForAFrameItFits(t *testing.T) {
	p := DefaultPageParams(Pt(100), 2, 2)
	p.Taken = []Scaled{0, Pt(60)}
	v := append(lineBoxes("a", 18), floatBox("F", 1, 7))
	v = append(v, lineBoxes("b", 60)...)
	frames := BreakPages(v, p)
	placed := -1
	for f, fr := range frames {
		if fr.Used > p.frameHeight(f) {
			t.Errorf("frame %d holds %.0f pt of %.0f: %s", f, fr.Used.Points(), p.frameHeight(f).Points(), pageTexts(frames))
		}
		if len(fr.Floats) > 0 {
			placed = f
		}
	}
	if placed < 0 || p.frameHeight(placed) < Pt(70) {
		t.Errorf("the float stands in frame %d: %s", placed, pageTexts(frames))
	}
	tall := append(lineBoxes("a", 18), floatBox("T", 1, 12))
	tall = append(tall, lineBoxes("b", 60)...)
	if got := pageTexts(BreakPages(tall, p)); !strings.Contains(got, "T") {
		t.Errorf("a float taller than any frame is not set: %s", got)
	}
}

// TestFloatLeftAtTheEndStandsInAShortFrame: where the text has run out
// and every frame left is shortened (PageParams.Taken), a waiting float
// taller than them stands at the next frame's top all the same — the
// page breaker keeps a way to the end, rather than fall back to greedy
// pages that ignore the room taken.
func TestFloatLeftAtTheEndStandsInAShortFrame(t *testing.T) {
	p := DefaultPageParams(Pt(100), 1, 1)
	p.Taken = []Scaled{0, Pt(60), Pt(60)}
	v := append(lineBoxes("a", 9), floatBox("F", 1, 7))
	if got, want := pageTexts(BreakPages(v, p)), "a.1 a.2 a.3 a.4 a.5 a.6 a.7 a.8 a.9 | F"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
