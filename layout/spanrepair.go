package layout

import (
	"slices"

	"brochure/layout/typeset"
)

// Pictures across the columns set near their section again: the passes
// of planWithSpans follow where each picture's anchor falls, and where a
// picture's place moves its own anchor (at the foot of the page its
// section begins on, it shortens that page's columns and pushes the
// section's text on), they may go back and forth and end with it pages
// from its text (a Fachtag's hall photo two pages after its talk, at the
// top of the next workshop's page) or under the next section's heading
// (a congress's Kurzimpuls photo at the foot of the page „Forum A2“
// begins on). After the passes, repairSpans tries, for each picture that
// stands neither on a page its section's text runs on nor opening the
// page its section begins on, or that stands after the next section's
// heading, the other places by its section: the foot and the top of the
// page its heading is on, the top and the foot of each page after it up
// to its anchor's, and the top of the page after that. Each is planned
// anew, and the best by spanScore is kept where it mends what the passes
// left (spanScore.mends). The plans tried are kept with the others
// (spanPlans), so a place tried before costs nothing.

// maxSpanCandidates bounds the places tried for one picture.
const maxSpanCandidates = 6

// spanScore is how good the places of the pictures across the columns
// are under a plan of the body, in order of weight:
//   - forced: whether the plan takes a break no rule allows
//     (typeset.PageBreaks.Forced);
//   - astray: how many pictures stand where they may not — neither on a
//     page their section's text runs on, nor deferred a page, nor opening
//     the page their section begins on (runsOn, deferredOn, opensSection),
//     or under the next section's heading (underNext);
//   - pages: the document's pages as printed (a bound edition's rounded
//     up to its page multiple);
//   - cost: what the plan costs by the page breaker's measure, each
//     picture after the next section's heading at the top of a later page
//     (past, pastNext) charged as the breaker charges a picture in a
//     column carried past a heading (picturePastHeading);
//   - distance: how many pages, in all, the pictures stand from their
//     sections' text (spanDistance);
//   - disorder: how many stand out of order with their sections' pictures
//     in a column (nodePages.between).
type spanScore struct {
	forced, astray, pages, cost, distance, disorder int
	past                                            int
}

// better reports whether s is better than t.
func (s spanScore) better(t spanScore) bool {
	return lessInOrder([]int{s.forced, s.astray, s.pages, s.cost, s.distance, s.disorder},
		[]int{t.forced, t.astray, t.pages, t.cost, t.distance, t.disorder})
}

// mends reports whether s mends what t, the places the passes found,
// left: a break no rule allows, pictures where they may not stand, or
// pages, or else fewer pictures after the next section's heading at a
// lower cost. The passes' places are left for no less: a picture a
// page nearer its text at the price of a column left short elsewhere
// (a programme's last row sent alone to the next column) is no gain a
// designer would sign.
func (s spanScore) mends(t spanScore) bool {
	major, against := []int{s.forced, s.astray, s.pages}, []int{t.forced, t.astray, t.pages}
	if lessInOrder(major, against) {
		return true
	}
	return !lessInOrder(against, major) && s.past < t.past && s.cost < t.cost
}

// lessInOrder reports whether a comes before b, compared element by
// element.
func lessInOrder(a, b []int) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

// scoreSpans is the spanScore of the pictures spans at places under
// plan, a plan of the list v under params.
func (c *composer) scoreSpans(v []typeset.VNode, params typeset.PageParams, spans []spanFloat, places []spanPlace, plan *typeset.PageBreaks) spanScore {
	pages := planned(plan, v, max(c.th.Columns, 1))
	body := pages.count()
	var sc spanScore
	if plan.Forced() {
		sc.forced = 1
	}
	for i, s := range spans {
		under := underNext(s, places[i], pages)
		if under || !runsOn(s, places[i], pages) && !deferredOn(s, places, i, pages) && !opensSection(s, places[i], pages) {
			sc.astray++
		}
		if !under && pastNext(s, places[i], pages) {
			sc.past++
		}
		sc.distance += spanDistance(s, places[i], pages)
		if low, high := pages.between(s); low <= high && (places[i].order() < low || places[i].order() > high) {
			sc.disorder++
		}
		body = max(body, places[i].page+1) // past the last page: a page of its own
	}
	sc.pages = params.DocumentPages(body)
	sc.cost = plan.Cost() + sc.past*picturePastHeading
	return sc
}

// opensSection reports whether a picture across the columns placed at
// at stands at the top of the page its section begins on: above its
// heading, it opens the page as a section's first picture may (placed
// there by placeSpans where the section's pictures in a column on that
// page keep it before them), and is not moved (a picture documentation's
// opening panorama, moved to the page's foot with the next one, left
// both columns above them half empty).
func opensSection(s spanFloat, at spanPlace, pages nodePages) bool {
	return !at.foot && s.head >= 0 && pages.of(s.head) == at.page
}

// underNext reports whether a picture across the columns placed at at
// stands at the foot of the page the next section's heading is on, under
// that heading (a panel's panorama under „Kontakt“ and its address).
func underNext(s spanFloat, at spanPlace, pages nodePages) bool {
	return at.foot && s.next >= 0 && pages.of(s.next) == at.page
}

// pastNext reports whether a picture across the columns placed at at
// stands after the next section's heading, where a reader takes it for
// that section's: at the foot of the page the heading is on (a panel's
// panorama under „Kontakt“ and its address), or at the top of a later
// page (a podium photo deferred to the top of the page after its text,
// above the rest of the list of contributors begun on the page before).
func pastNext(s spanFloat, at spanPlace, pages nodePages) bool {
	if s.next < 0 {
		return false
	}
	n := pages.of(s.next)
	return at.foot && n == at.page || !at.foot && n < at.page
}

// spanDistance is how many pages a picture across the columns placed at
// at stands from its section's text: none on a page the text runs on
// (runsOn), else the pages after its anchor's, or before its heading's
// (the top of the heading's page, above the heading, counts one).
func spanDistance(s spanFloat, at spanPlace, pages nodePages) int {
	if runsOn(s, at, pages) {
		return 0
	}
	if a := pages.of(s.anchor); at.page > a {
		return at.page - a
	}
	h := pages.of(max(s.head, 0))
	return max(h-at.page, 0) + 1
}

// spanCandidates are the places by its section a picture across the
// columns may take as the list is planned (pages): the foot and the top
// of its heading's page, then the top and the foot of each page after it
// up to its anchor's, and the top of the page after that, at most
// maxSpanCandidates.
func spanCandidates(s spanFloat, pages nodePages) []spanPlace {
	a := pages.of(s.anchor)
	h := a
	if s.head >= 0 {
		h = pages.of(s.head)
	}
	out := []spanPlace{{page: h, foot: true}}
	if s.head >= 0 {
		out = append(out, spanPlace{page: h}) // above its heading, opening the page (opensSection)
	}
	for p := h + 1; p <= a+1 && len(out) < maxSpanCandidates; p++ {
		out = append(out, spanPlace{page: p})
		if p <= a {
			out = append(out, spanPlace{page: p, foot: true})
		}
	}
	return out
}

// fitsAmong reports whether picture i may stand at at among the others'
// places: in order with the pictures before and after it, and with the
// pictures on that page taking no more than maxSpanShare of the type
// area together (a picture alone always may).
func (c *composer) fitsAmong(spans []spanFloat, places []spanPlace, i int, at spanPlace) bool {
	if i > 0 && places[i-1].order() > at.order() || i+1 < len(places) && at.order() > places[i+1].order() {
		return false
	}
	var taken typeset.Scaled
	for k, p := range places {
		if k != i && p.page == at.page {
			taken += spans[k].taken()
		}
	}
	return taken == 0 || taken+spans[i].taken() <= c.th.TextHeight()*maxSpanShare/100
}

// standsWell reports whether a picture across the columns placed at at
// stands where the passes may leave it: on a page its section's text
// runs on, or opening the page its section begins on, and not after the
// next section's heading.
func standsWell(s spanFloat, at spanPlace, pages nodePages) bool {
	return (runsOn(s, at, pages) || opensSection(s, at, pages)) && !pastNext(s, at, pages)
}

// settles reports whether picture i, off its section's pages at
// places[i], is settled otherwise: astray, with a version in a column
// that breakAcross sets in its place (a picture a column wide beside its
// text reads better than one across the columns the plan must bend
// around: a probe's podium photo across the columns would have left its
// programme's page a third empty).
func (c *composer) settles(s spanFloat, places []spanPlace, i int, pages nodePages) bool {
	_, ok := c.inColumn[s.box.FloatID]
	return ok && !deferredOn(s, places, i, pages)
}

// repairSpans tries other places by their sections for the pictures
// across the columns that do not stand well (standsWell) and that
// breakAcross will not set in a column (settles), under plan, a plan of v
// with the pictures at places, and returns the best places found and
// their plan.
func (c *composer) repairSpans(v []typeset.VNode, spans []spanFloat, params typeset.PageParams, plans *spanPlans,
	places []spanPlace, plan *typeset.PageBreaks) ([]spanPlace, *typeset.PageBreaks) {
	passes := c.scoreSpans(v, params, spans, places, plan)
	best := passes
	cols := max(c.th.Columns, 1)
	for i, s := range spans {
		pages := planned(plan, v, cols)
		if standsWell(s, places[i], pages) || c.settles(s, places, i, pages) {
			continue
		}
		for _, at := range spanCandidates(s, pages) {
			if at == places[i] || !c.fitsAmong(spans, places, i, at) {
				continue
			}
			try := slices.Clone(places)
			try[i] = at
			p := params
			p.Taken = takenBy(spans, try)
			tried := plans.plan(v, p)
			if tried == nil {
				continue
			}
			if sc := c.scoreSpans(v, params, spans, try, tried); sc.better(best) && sc.mends(passes) {
				best, places, plan = sc, try, tried
			}
		}
	}
	return places, plan
}
