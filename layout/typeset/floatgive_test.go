package typeset

import "testing"

// givingFloat is a float of n lines of 10 pt named name that may give
// give where it stands below text; its Resize records what it gave in
// *given and moves its items up by it.
func givingFloat(name string, n int, give Scaled, given *Scaled) VNode {
	f := floatBox(name, 1, n)
	f.Give = give
	f.Resize = func(items []Item, by Scaled) {
		*given += by
		for _, it := range items {
			it.Offset(0, -by)
		}
	}
	return f
}

// TestFloatGivesBesideItsText: a paragraph of six lines, then a picture
// of five (anchored after it), then the next section's heading. The
// picture does not fit below the text by 5 pt. Without giving, the page
// goes on with the heading and the picture passes it (PastBarrier), as a
// picture after the next heading; where the picture may give 20 pt, it
// is set 5 pt shorter below its text and the heading opens the next
// page. It gives what the frame needs but at least a third of what it
// may (leastGive: 5 pt would look a few points short, not smaller), and
// nothing where the frame needs more than it may give, or where it
// stands at the frame's top; its page records what it gave of its
// height.
func TestFloatGivesBesideItsText(t *testing.T) {
	build := func(lines int, give Scaled, given *Scaled) []VNode {
		heading := Box(Pt(10), &GlyphRun{Text: "H"})
		heading.FloatBarrier = true
		v := append(lineBoxes("a", lines), Space(0), givingFloat("F", 5, give, given), Space(0), heading, Penalty(Infinity))
		return append(v, lineBoxes("b", 6)...)
	}
	for _, c := range []struct {
		name      string
		lines     int
		give      Scaled
		floatGive int
		want      string
		given     Scaled
	}{
		{"giving", 6, Pt(20), 300, "a.1 a.2 a.3 a.4 a.5 a.6 F | H b.1 b.2 b.3 b.4 b.5 b.6", Pt(20) / 3},
		{"no giving", 6, Pt(20), 0, "a.1 a.2 a.3 a.4 a.5 a.6 H b.1 b.2 b.3 | F b.4 b.5 b.6", 0},
		{"more than it may give", 6, Pt(4), 300, "a.1 a.2 a.3 a.4 a.5 a.6 H b.1 b.2 b.3 | F b.4 b.5 b.6", 0},
		{"fits as it is", 5, Pt(20), 300, "a.1 a.2 a.3 a.4 a.5 F | H b.1 b.2 b.3 b.4 b.5 b.6", 0},
	} {
		var given Scaled
		p := DefaultPageParams(Pt(105), 1, 2)
		p.PastBarrier[0] = 2000
		p.FloatGive = c.floatGive
		pages := BreakPages(build(c.lines, c.give, &given), p)
		if got := pageTexts(pages); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
		if given != c.given {
			t.Errorf("%s: the float gave %v, want %v", c.name, given.Points(), c.given.Points())
		}
		// The page says so of its float (PlacedFloat), for a note.
		for _, pg := range pages {
			for _, f := range pg.Floats {
				if f.Given != c.given || c.given > 0 && f.Height != Pt(50) {
					t.Errorf("%s: the page records the float gave %v pt of %v, want %v of 50", c.name, f.Given.Points(), f.Height.Points(), c.given.Points())
				}
			}
		}
		if used := pages[0].Used; used > p.Height {
			t.Errorf("%s: the first page holds %v pt, more than its %v", c.name, used.Points(), p.Height.Points())
		}
	}
}

// TestGiveFloatsOnlyBelowText: setting a frame, giveFloats makes the
// floats that stand below text give what the frame is over its height,
// in whole steps and by one share of their heights, and leaves a float
// at the frame's top as it is.
func TestGiveFloatsOnlyBelowText(t *testing.T) {
	var top, first, second Scaled
	nodes := []VNode{givingFloat("T", 4, Pt(20), &top), Space(Pt(2))}
	nodes = append(nodes, lineBoxes("a", 2)...)
	nodes = append(nodes, Space(0), givingFloat("F", 6, Pt(30), &first), Space(0), givingFloat("G", 3, Pt(10), &second))
	// 40 + 2 + 20 + 60 + 30 = 152 pt in a frame of 130: 22 to give, in
	// steps of 4 pt: 24, the same share of each one's height, F 16 of
	// its 60 and G 8 of its 30 (shares of what each may give, 30 and 10,
	// gave 20 and 4: two pictures of one width came out at two).
	giveFloats(nodes, Pt(130), Pt(4))
	if top != 0 || first != Pt(16) || second != Pt(8) {
		t.Errorf("gave %v (top), %v and %v pt, want 0, 16 and 8", top.Points(), first.Points(), second.Points())
	}
	var used Scaled
	for _, n := range nodes {
		used += n.Height
	}
	if used != Pt(128) {
		t.Errorf("the frame holds %v pt after giving, want 128", used.Points())
	}
}

// TestBalancedColumnsKeepFloatsWhole: the last page's columns are
// balanced by where they break, never by a float set smaller to make
// them shorter: a float that fits as it is keeps its height.
func TestBalancedColumnsKeepFloatsWhole(t *testing.T) {
	var given Scaled
	v := append(lineBoxes("a", 6), Space(0), givingFloat("F", 4, Pt(20), &given), Space(0))
	v = append(v, lineBoxes("b", 4)...)
	p := DefaultPageParams(Pt(100), 2, 2)
	p.Balanced, p.FloatGive = true, 300
	p.FloatDefer = 5000 // the float would rather give than wait for the second column
	pages := BreakPages(v, p)
	if given != 0 {
		t.Errorf("balancing set the float %v pt smaller: %s", given.Points(), pageTexts(pages))
	}
	if len(pages) != 2 {
		t.Errorf("%d frames, want the last page's two: %s", len(pages), pageTexts(pages))
	}
}
