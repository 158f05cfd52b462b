package typeset

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestFloatsAheadStayInTheirSection: a section's heading and first
// paragraph fill a frame; its second paragraph (four lines) and its
// float (seven lines) do not fit the next together, and the next
// section follows. Without floats ahead, the float either passes the
// next heading or leaves the second frame 60 % empty; set ahead, at the
// top of the second frame while its section still runs, it stays in its
// section, the frame 10 % empty.
func TestFloatsAheadStayInTheirSection(t *testing.T) {
	build := func() []VNode {
		ha, hb := Box(Pt(10), &GlyphRun{Text: "HA"}), Box(Pt(10), &GlyphRun{Text: "HB"})
		ha.FloatBarrier, hb.FloatBarrier = true, true
		f := floatBox("F", 1, 7)
		f.FloatClass = 1
		v := append([]VNode{ha, Penalty(Infinity)}, lineBoxes("a", 9)...)
		v = append(append(v, Space(0)), lineBoxes("c", 4)...)
		v = append(v, Penalty(Infinity), f, Space(0), hb, Penalty(Infinity))
		return append(v, lineBoxes("b", 6)...)
	}
	for _, c := range []struct {
		ahead int
		want  string
	}{
		{0, "HA a.1 a.2 a.3 a.4 a.5 a.6 a.7 a.8 a.9 | c.1 c.2 c.3 c.4 HB b.1 b.2 b.3 b.4 | F b.5 b.6"},
		{150, "HA a.1 a.2 a.3 a.4 a.5 a.6 a.7 a.8 a.9 | F c.1 c.2 | c.3 c.4 HB b.1 b.2 b.3 b.4 b.5 b.6"},
	} {
		p := DefaultPageParams(Pt(100), 1, 2)
		p.PastBarrier[1] = 4500
		p.FloatAhead = c.ahead
		pages := BreakPages(build(), p)
		if got := pageTexts(pages); got != c.want {
			t.Errorf("FloatAhead %d:\n got %s\nwant %s", c.ahead, got, c.want)
		}
		if c.ahead > 0 && len(pages) > 1 && (len(pages[1].Floats) != 1 || pages[1].Floats[0].AnchorFrame != 1) {
			t.Errorf("FloatAhead %d: the second frame's floats are %+v, want the float, anchored there", c.ahead, pages[1].Floats)
		}
	}
}

// TestFloatsAheadNotBetweenAHeadsParts: a frame that begins between the
// parts of a section's head (at a penalty marked Unbroken) sets no float
// of the section ahead at its top, where it would stand between them.
func TestFloatsAheadNotBetweenAHeadsParts(t *testing.T) {
	ha, hb := Box(Pt(10), &GlyphRun{Text: "HA"}), Box(Pt(10), &GlyphRun{Text: "HB"})
	ha.FloatBarrier, hb.FloatBarrier = true, true
	part := Penalty(0)
	part.Unbroken = true
	f := floatBox("F", 1, 4)
	f.FloatClass = 1
	v := join(lineBoxes("a", 5), KeepTogether(append([]VNode{ha}, lineBoxes("h", 2)...)))
	v = append(append(v, part), KeepTogether(lineBoxes("r", 3))...)
	v = append(append(v, Penalty(Infinity)), lineBoxes("b", 6)...)
	v = append(v, Penalty(Infinity), f, Space(0), hb, Penalty(Infinity))
	v = append(v, lineBoxes("c", 8)...)
	p := DefaultPageParams(Pt(100), 1, 2)
	p.PastBarrier[1], p.FloatAhead = 4500, 150
	got := pageTexts(BreakPages(v, p))
	for _, frame := range strings.Split(got, " | ") {
		if strings.HasPrefix(frame, "F r.1") {
			t.Errorf("the float stands between the head's parts: %s", got)
		}
	}
	if !strings.Contains(got, "h.2 | ") {
		t.Errorf("the head does not break between its parts, so the test tests nothing: %s", got)
	}
}

// TestAheadFloatsAsTheScan: the floats aheadFloats lists, stepping from
// float to float (nextAhead), are those a scan over every node from b
// lists, for every node, class, skip and limit of a list with floats of
// both classes, float barriers and fences at random places.
func TestAheadFloatsAsTheScan(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 7))
	var v []VNode
	for range 400 {
		n := Box(Pt(10), &GlyphRun{Text: "x"})
		switch k := r.IntN(20); {
		case k < 3:
			n = floatBox("F", 1, 2)
			n.FloatClass = r.IntN(FloatClasses)
		case k == 3:
			n.FloatBarrier = true
		case k == 4:
			n.FloatFence = true
		case k == 5:
			n = Penalty(0)
		}
		v = append(v, n)
	}
	scan := func(b, c, skip, limit int) []int {
		var out []int
		for i := b; i < len(v) && len(out) < limit; i++ {
			if n := v[i]; n.FloatBarrier || n.FloatFence {
				break
			} else if !n.Float || n.FloatClass != c {
				continue
			}
			if skip > 0 {
				skip--
				continue
			}
			out = append(out, i)
		}
		return out
	}
	pb := &pageBreaker{v: v, p: DefaultPageParams(Pt(100), 1, 2)}
	listed := 0
	for b := range len(v) + 1 {
		for c := range FloatClasses {
			for skip := range 3 {
				for _, limit := range []int{1, 2, maxAhead + 2} {
					got, want := pb.aheadFloats(b, c, skip, limit), scan(b, c, skip, limit)
					if !slices.Equal(got, want) {
						t.Fatalf("aheadFloats(%d, %d, %d, %d) = %v, the scan lists %v", b, c, skip, limit, got, want)
					}
					listed += len(got)
				}
			}
		}
	}
	if listed < 1000 {
		t.Errorf("only %d floats listed: the list has too few floats between its barriers to compare", listed)
	}
}
