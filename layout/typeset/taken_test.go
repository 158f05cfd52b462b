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
	floatInAFrameItFits(t, BreakPages(v, p), p, Pt(70))
	tall := append(lineBoxes("a", 18), floatBox("T", 1, 12))
	tall = append(tall, lineBoxes("b", 60)...)
	if got := pageTexts(BreakPages(tall, p)); !strings.Contains(got, "T") {
		t.Errorf("a float taller than any frame is not set: %s", got)
	}
}

// TestFloatLeftAtTheEndWaitsForAFullFrame: where the text has run out
// and the frames left are shortened (PageParams.Taken), a waiting float
// taller than them waits for a frame of full height — the text spread
// over the short ones, or they left empty (emptyFrame) —, rather than
// run past a short frame's foot; and the page breaker keeps a way to the
// end: it does not fall back to greedy pages that ignore the room taken.
func TestFloatLeftAtTheEndWaitsForAFullFrame(t *testing.T) {
	p := DefaultPageParams(Pt(100), 1, 1)
	p.Taken = []Scaled{0, Pt(60), Pt(60)}
	v := append(lineBoxes("a", 9), floatBox("F", 1, 7))
	floatInAFrameItFits(t, BreakPages(v, p), p, Pt(70))
	// A block that never breaks fills the first frame: the short ones
	// stay empty.
	kept := append(keepBlock("k", 10), floatBox("F", 1, 7))
	if got, want := pageTexts(BreakPages(kept, p)), "k.1 k.2 k.3 k.4 k.5 k.6 k.7 k.8 k.9 k.10 |  |  | F"; got != want {
		t.Errorf("after a kept block: got %q, want %q", got, want)
	}
}

// floatInAFrameItFits fails t unless every frame holds no more than its
// height (PageParams.Taken shortens some) and the frames' one float,
// need tall, stands in a frame at least that tall.
func floatInAFrameItFits(t *testing.T, frames []PageBody, p PageParams, need Scaled) {
	t.Helper()
	placed := -1
	for f, fr := range frames {
		if fr.Used > p.frameHeight(f) {
			t.Errorf("frame %d holds %.0f pt of %.0f: %s", f, fr.Used.Points(), p.frameHeight(f).Points(), pageTexts(frames))
		}
		if len(fr.Floats) > 0 {
			placed = f
		}
	}
	if placed < 0 || p.frameHeight(placed) < need {
		t.Errorf("the float stands in frame %d: %s", placed, pageTexts(frames))
	}
}
