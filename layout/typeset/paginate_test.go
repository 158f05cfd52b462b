package typeset

import (
	"fmt"
	"strings"
	"testing"
)

// lineBoxes makes a paragraph of n lines of 10 pt as SetParagraph would,
// named "p.1" … "p.n" (a glyph run per line carries the name).
func lineBoxes(name string, n int, hyphenatedAfter ...int) []VNode {
	var v []VNode
	for i := 1; i <= n; i++ {
		if i > 1 {
			pen := 0
			if i == 2 {
				pen = ClubPenalty
			}
			if i == n {
				pen = WidowPenalty
			}
			for _, h := range hyphenatedAfter {
				if h == i-1 && pen < Infinity {
					pen += BrokenPenalty
				}
			}
			v = append(v, Penalty(pen))
		}
		v = append(v, Box(Pt(10), &GlyphRun{Text: fmt.Sprintf("%s.%d", name, i)}))
	}
	return v
}

// lineNames are the names lineBoxes gives lines from to to of the
// paragraph name, joined by spaces, as pageTexts lists them.
func lineNames(name string, from, to int) string {
	var names []string
	for i := from; i <= to; i++ {
		names = append(names, fmt.Sprintf("%s.%d", name, i))
	}
	return strings.Join(names, " ")
}

// pageTexts lists each page's line names.
func pageTexts(pages []PageBody) string {
	var out []string
	for _, p := range pages {
		var names []string
		for _, it := range p.Items {
			if g, ok := it.(*GlyphRun); ok {
				names = append(names, g.Text)
			}
		}
		out = append(out, strings.Join(names, " "))
	}
	return strings.Join(out, " | ")
}

func TestPaginateNeverLeavesWidowsOrOrphans(t *testing.T) {
	cases := []struct {
		name string
		v    []VNode
		want string
	}{
		{
			// 5 lines fit; a 6-line paragraph after 4 lines: breaking after
			// its first line would orphan it, so it moves to the next page,
			// and leaves two lines (not a widow) for the page after.
			"orphan and widow avoided",
			append(append(lineBoxes("a", 4), Space(0)), lineBoxes("b", 6)...),
			"a.1 a.2 a.3 a.4 | b.1 b.2 b.3 b.4 | b.5 b.6",
		},
		{
			// b's last line would be alone at the next page's head: take
			// two lines over instead.
			"widow avoided",
			append(append(lineBoxes("a", 1), Space(0)), lineBoxes("b", 5)...),
			"a.1 b.1 b.2 b.3 | b.4 b.5",
		},
		{
			"two-line paragraph never splits",
			append(append(lineBoxes("a", 4), Space(0)), lineBoxes("b", 2)...),
			"a.1 a.2 a.3 a.4 | b.1 b.2",
		},
	}
	for _, c := range cases {
		if got := pageTexts(Paginate(c.v, Pt(50))); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
	}
}

func TestPaginateAvoidsEndingAPageOnAHyphen(t *testing.T) {
	// Line 5 ends hyphenated: ending page 1 after it costs the broken
	// penalty, so the page ends one line earlier.
	v := lineBoxes("p", 9, 5)
	if got, want := pageTexts(Paginate(v, Pt(50))), "p.1 p.2 p.3 p.4 | p.5 p.6 p.7 p.8 p.9"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestPaginateDiscardsSpaceAtPageTopAndForcesBreaks(t *testing.T) {
	v := append(lineBoxes("a", 2), Penalty(ForceBreak), Space(Pt(30)))
	v = append(v, lineBoxes("b", 2)...)
	pages := Paginate(v, Pt(100))
	if got, want := pageTexts(pages), "a.1 a.2 | b.1 b.2"; got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
	if g := pages[1].Items[0].(*GlyphRun); g.Y != 0 {
		t.Errorf("space at the top of page 2 was kept: first line at %v pt", g.Y.Points())
	}
}

func TestPaginateOversizedBoxGetsItsOwnPage(t *testing.T) {
	v := []VNode{Box(Pt(10), &GlyphRun{Text: "a"}), Space(0), Box(Pt(500), &GlyphRun{Text: "big"}), Space(0), Box(Pt(10), &GlyphRun{Text: "c"})}
	if got, want := pageTexts(Paginate(v, Pt(100))), "a | big | c"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestCountPagesAgreesWithPaginate(t *testing.T) {
	lists := [][]VNode{
		append(append(lineBoxes("a", 4), Space(0)), lineBoxes("b", 6)...),
		lineBoxes("p", 9, 5),
		{Box(Pt(10)), Space(0), Box(Pt(500)), Space(0), Box(Pt(10))},
		nil,
	}
	for i, v := range lists {
		if got, want := CountPages(v, Pt(50)), len(Paginate(v, Pt(50))); got != want {
			t.Errorf("list %d: CountPages %d, Paginate %d pages", i, got, want)
		}
	}
}
