package typeset

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// benchList is a generated body of the given number of sections, built
// as layout builds one: each section a heading (a float barrier, kept
// with its text's first two lines), paragraphs of 3 to 14 lines of 12 pt
// with space between them that flexes, now and then a picture (class 0,
// which may give) after a paragraph, and at the section's end one to
// four link codes (class 1); the funding notice behind a float fence
// ends it. The same sections give the same list.
func benchList(sections int) []VNode {
	r := rand.New(rand.NewPCG(1, 2))
	var v []VNode
	para, id := 0, 0
	float := func(class int, h Scaled) VNode {
		id++
		n := Box(h)
		n.Float, n.FloatID, n.FloatClass, n.FloatSpace = true, id, class, Pt(12)
		if class == 0 {
			n.Give, n.Resize = h/4, func([]Item, Scaled) {}
		}
		return n
	}
	flexSpace := func(h Scaled) VNode {
		g := Space(h)
		g.Stretch, g.Shrink = h/4, h/4
		return g
	}
	for s := 0; s < sections; s++ {
		if s > 0 {
			v = append(v, flexSpace(Pt(24)))
		}
		head := Box(Pt(18))
		head.FloatBarrier = true
		v = append(v, head, Penalty(Infinity), Space(Pt(6)))
		for p, paras := 0, 2+r.IntN(6); p < paras; p++ {
			if p > 0 {
				v = append(v, flexSpace(Pt(6)))
			}
			para++
			v = append(v, benchParagraph(r, para, 3+r.IntN(12))...)
			if r.IntN(4) == 0 {
				v = append(v, flexSpace(Pt(6)), float(0, Pt(float64(80+r.IntN(200)))))
			}
		}
		for c := r.IntN(5); c > 0; c-- {
			v = append(v, flexSpace(Pt(6)), float(1, Pt(60)))
		}
	}
	notice := Box(Pt(60))
	notice.FloatFence = true
	return append(v, flexSpace(Pt(24)), notice)
}

// benchParagraph is paragraph number para of n lines of 12 pt, with
// the penalties SetParagraph puts between them and now and then a line
// that ends in a hyphenated word.
func benchParagraph(r *rand.Rand, para, n int) []VNode {
	var v []VNode
	for i := 0; i < n; i++ {
		if i > 0 {
			pen := 0
			if i == 1 || i == n-1 {
				pen = Infinity
			}
			if pen == 0 && v[len(v)-1].Hyphenated {
				pen = BrokenPenalty
			}
			v = append(v, Penalty(pen))
		}
		line := Box(Pt(12))
		line.Para, line.Line, line.Lines = para, i, n
		line.Hyphenated = i < n-1 && r.IntN(8) == 0
		v = append(v, line)
	}
	return v
}

// benchParams are the page parameters layout gives a body in the given
// columns, on a type area 58 lines of 12 pt high.
func benchParams(columns int) PageParams {
	p := DefaultPageParams(Pt(696), columns, 3)
	p.PageCost, p.Balanced, p.FlexStep = 3000, true, Pt(12)
	p.PastBarrier = [FloatClasses]int{2000, 4500}
	p.FloatAhead, p.CrowdedTop, p.FloatGive = 150, 6000, 300
	if columns > 1 {
		p.HoldAtBarrier = [FloatClasses]bool{true, true}
		p.FloatsApart, p.HoleBeside = 3000, 25
	}
	p.FloatGroups[1], p.StrandCost = true, 6000
	return p
}

// BenchmarkSearchPages times the page breaker's search over a generated
// body of 60 sections, in one column (76 pages) and in two (39 pages).
func BenchmarkSearchPages(b *testing.B) {
	v := benchList(60)
	for _, cols := range []struct {
		name string
		n    int
	}{{"one-column", 1}, {"two-columns", 2}} {
		b.Run(cols.name, func(b *testing.B) {
			p := benchParams(cols.n)
			for b.Loop() {
				if _, path := searchPages(v, p); path == nil {
					b.Fatal("no path")
				}
			}
		})
	}
}

// TestSearchPagesPrunesNoCheaperWay checks that the frames the search
// passes over unweighed (noCheaper, atLeastKnown) are frames that would
// not have won: with nothing passed over, the search finds the same
// frames at the same cost, on the benchmark's generated body.
func TestSearchPagesPrunesNoCheaperWay(t *testing.T) {
	v := benchList(6)
	for cols := 1; cols <= 2; cols++ {
		p := benchParams(cols)
		pruned := newPageBreaker(v, p)
		full := newPageBreaker(v, p)
		full.costsNotNegative = false // nothing passed over
		a, b := pruned.search(), full.search()
		if !slices.Equal(a, b) || pruned.cost != full.cost {
			t.Errorf("%d columns: pruned %d frames at %d, unpruned %d frames at %d", cols, len(a)-1, pruned.cost, len(b)-1, full.cost)
		}
	}
}
