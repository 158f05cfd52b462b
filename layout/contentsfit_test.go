package layout

import (
	"fmt"
	"testing"

	"brochure/layout/typeset"
)

// TestFitContents: entries that fit keep their spacing; entries that fit
// only tighter are spaced evenly closer, never below the floor; entries
// that do not fit even so are broken over as few pages as they need,
// filled to about the same depth; an entry taller than a page leaves the
// breaking to the page breaker.
func TestFitContents(t *testing.T) {
	const head, height, natural, floor = 40, 1000, 20, 8
	entries := func(n int, h typeset.Scaled) []typeset.Scaled {
		out := make([]typeset.Scaled, n)
		for i := range out {
			out[i] = h + typeset.Scaled(i%3)*10 // unequal, as wrapped titles are
		}
		return out
	}
	depth := func(heights []typeset.Scaled, plan contentsPlan, from, to int) typeset.Scaled {
		d := typeset.Scaled(0)
		if from == 0 {
			d = head
		}
		for i := from; i < to; i++ {
			if i > from {
				d += plan.gap
			}
			d += heights[i]
		}
		return d
	}
	// 10 entries of 40–60: 500 + 9 × 20 = 680 below the heading, fits.
	if p := fitContents(entries(10, 40), head, height, natural, floor); p.gap != natural || p.breaks != nil {
		t.Errorf("fits: %+v, want the natural spacing on one page", p)
	}
	// 16 entries: 790 + 15 gaps in the 960 below the heading: 1090 at
	// the natural spacing, 910 at the floor.
	h16 := entries(16, 40)
	if p := fitContents(h16, head, height, natural, floor); p.breaks != nil || p.gap < floor || p.gap >= natural || depth(h16, p, 0, 16) > height {
		t.Errorf("fits tighter: %+v, want one page, a spacing from %d to %d, depth %d ≤ %d", p, floor, natural, depth(h16, p, 0, 16), height)
	}
	for _, n := range []int{19, 25, 40} {
		hs := entries(n, 40)
		p := fitContents(hs, head, height, natural, floor)
		starts := append(append([]int{0}, p.breaks...), n)
		if len(starts) < 3 || p.gap != natural {
			t.Fatalf("%d entries: %+v, want page breaks at the natural spacing", n, p)
		}
		var deepest, shallowest typeset.Scaled = 0, height
		for k := range len(starts) - 1 {
			d := depth(hs, p, starts[k], starts[k+1])
			if d > height {
				t.Errorf("%d entries: page %d is %d deep, more than %d", n, k+1, d, height)
			}
			deepest, shallowest = max(deepest, d), min(shallowest, d)
		}
		if deepest-shallowest > 60+natural {
			t.Errorf("%d entries over %d pages: depths from %d to %d, want them within an entry of each other (breaks %v)", n, len(starts)-1, shallowest, deepest, p.breaks)
		}
	}
	if p := fitContents([]typeset.Scaled{100, 2000, 100}, head, height, natural, floor); p.breaks != nil {
		t.Errorf("an entry taller than the page: breaks %v, want none", p.breaks)
	}
}

// TestContentsPagesEven composes documents of 8 to 40 sections, every
// other title long enough to wrap, in both editions: a contents that
// fits its page at the tightest spacing takes one page; a longer one is
// broken evenly, no contents page holding fewer than half the entries of
// the fullest (probe18 e2's 20 entries once stood 15 and 5).
func TestContentsPagesEven(t *testing.T) {
	base := exampleDocument(t)
	long := "Anerkennung ausländischer Berufsqualifikationen in Gesundheits- und Pflegeberufen im Landkreis Vorpommern-Greifswald"
	for _, n := range []int{8, 12, 13, 14, 15, 16, 19, 20, 24, 30, 40} {
		doc := *base
		doc.Sections = nil
		for i := range n {
			s := base.Sections[i%len(base.Sections)]
			s.Title = fmt.Sprintf("Treffen %d: %s", i+1, s.Title)
			if i%2 == 1 {
				s.Title = fmt.Sprintf("Treffen %d: %s", i+1, long)
			}
			doc.Sections = append(doc.Sections, s)
		}
		for _, bound := range []bool{true, false} {
			laid := Compose(&doc, DefaultTheme(), Options{Bound: bound})
			var perPage []int
			for _, p := range laid.Pages {
				if p.Kind != ContentsPage {
					continue
				}
				links := 0
				for _, it := range p.Items {
					if _, ok := it.(*typeset.LinkArea); ok {
						links++
					}
				}
				perPage = append(perPage, links)
			}
			total, fewest, most := 0, n, 0
			for _, k := range perPage {
				total, fewest, most = total+k, min(fewest, k), max(most, k)
			}
			if total != n {
				t.Fatalf("%d sections (bound %v): %d contents entries on %d pages, want %d", n, bound, total, len(perPage), n)
			}
			if fewest*2 < most {
				t.Errorf("%d sections (bound %v): contents pages hold %v entries, want none with fewer than half the fullest's", n, bound, perPage)
			}
			t.Logf("%d sections (bound %v): %v", n, bound, perPage)
		}
	}
}
