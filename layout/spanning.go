package layout

import (
	"slices"
	"sort"

	"brochure/layout/typeset"
)

// Pictures across the columns: in a layout of two columns, a picture
// that spans them (spans) is a page-wide float, as LaTeX's figure*: it
// stands at the top or the foot of a page across the type area, its
// caption under it at that width, and the page's columns run below or
// above it, shorter by its height. The page breaker never sees it:
// breakBody takes it out of the list (takeSpans), decides its page from
// where its anchor and its section's heading fall (placeSpans), and
// breaks the list again with that page's frames shorter
// (typeset.PageParams.Taken), until each picture stands where its
// section's text runs or on the page after its anchor (runsOn).

// spanFloat is a picture set across all columns, taken out of the
// body's list.
type spanFloat struct {
	// box is the picture with its caption, its items' Y from its top;
	// space separates it from the columns' text.
	box   typeset.VNode
	space typeset.Scaled
	// anchor is the node of the list without the pictures that it
	// follows (the end of its section's text), head the node of its
	// section's heading and next that of the next section's (-1 for
	// none).
	anchor, head, next int
	// at is the last item drawn before it in the list (of the box its
	// anchor follows): the figure is drawn after it where both stand on
	// one page, so it is read, and tagged, where its anchor is.
	at typeset.Item
	// before and after are the FloatIDs of its section's pictures in a
	// column that come before and after it: it stands after the first
	// and before the second, so the section's pictures keep their order.
	before, after []int
}

// spanPlace is where a picture across the columns stands: the body page
// (from 0) and whether at its foot (else at its top).
type spanPlace struct {
	page int
	foot bool
}

// order is the place's rank in reading order: a page's top before its
// columns, its foot after them.
func (p spanPlace) order() int {
	if p.foot {
		return 2*p.page + 1
	}
	return 2 * p.page
}

// placeAt is the place of a rank (order).
func placeAt(order int) spanPlace { return spanPlace{page: order / 2, foot: order%2 == 1} }

// taken is the height a picture across the columns takes of its page's
// columns: its own and the space between it and the text.
func (s spanFloat) taken() typeset.Scaled { return s.box.Height + s.space }

// maxSpanPasses bounds how often the body is broken again to place the
// pictures across the columns where their anchors fall: an anchor that
// moves to another page as its page's columns shorten is followed once
// or twice; after that the pictures stand as last placed.
const maxSpanPasses = 4

// maxSpanShare is the share, in per cent, of the type area's height
// that pictures across the columns may take of one page together, as
// LaTeX's \dbltopfraction: a second picture that would take more waits
// for the next page. A single picture always stands (the picture is at
// most Theme.PictureShare of the type area, its caption under it).
const maxSpanShare = 70

// takeSpans takes the pictures across the columns out of the body's
// list v, in v's own array, and returns the list without them and the
// pictures with their anchors in it.
func takeSpans(v []typeset.VNode) ([]typeset.VNode, []spanFloat) {
	var spans []spanFloat
	out := v[:0]
	head, first := -1, 0 // first: the section's first picture across the columns
	var pictures []int   // the section's pictures in a column so far
	for i := range v {
		n := v[i]
		switch {
		case n.Kind != typeset.VBox:
		case n.Float && n.FloatClass == spanFloats:
			// The penalty that kept it with the text before it goes too:
			// left before the space that follows, it would make the break
			// there illegal (glue breaks only after a box).
			if k := len(out) - 1; k >= 0 && out[k].Kind == typeset.VPenalty && out[k].Penalty >= typeset.Infinity {
				out = out[:k]
			}
			spans = append(spans, spanFloat{box: n, space: n.FloatSpace, anchor: len(out) - 1, head: head, next: -1, at: lastItem(out), before: slices.Clone(pictures)})
			continue
		case n.Float && n.FloatClass == pictureFloats:
			pictures = append(pictures, n.FloatID)
			for k := first; k < len(spans); k++ {
				spans[k].after = append(spans[k].after, n.FloatID)
			}
		case n.FloatBarrier && !n.FloatFence:
			for k := first; k < len(spans); k++ {
				spans[k].next = len(out)
			}
			head, first, pictures = len(out), len(spans), nil
		}
		out = append(out, n)
	}
	return out, spans
}

// lastItem is the last item of the last box of v that has any.
func lastItem(v []typeset.VNode) typeset.Item {
	for i := len(v) - 1; i >= 0; i-- {
		if n := len(v[i].Items); n > 0 {
			return v[i].Items[n-1]
		}
	}
	return nil
}

// nodePages maps the nodes of a list to the body pages (from 0) they
// stand on, as breaks plans them in frames of cols per page.
type nodePages struct {
	starts []int
	cols   int
	// floats maps each float's FloatID to its frame.
	floats map[int]int
}

// count is the number of pages.
func (np nodePages) count() int { return (len(np.starts) + np.cols - 1) / np.cols }

// planned reads the pages of a plan of breaks of v.
func planned(plan *typeset.PageBreaks, v []typeset.VNode, cols int) nodePages {
	return nodePages{plan.FrameStarts(), cols, plan.FloatFrames(v)}
}

// between is the earliest and the latest place, as order (spanPlace.order),
// a picture across the columns may take for its section's pictures to
// keep their order: after the foot of the last page one before it in a
// column stands on, before the top of the first page one after it
// stands on.
func (np nodePages) between(s spanFloat) (low, high int) {
	high = 1 << 30
	for _, id := range s.before {
		if f, ok := np.floats[id]; ok {
			low = max(low, spanPlace{f / np.cols, true}.order())
		}
	}
	for _, id := range s.after {
		if f, ok := np.floats[id]; ok {
			high = min(high, spanPlace{f / np.cols, false}.order())
		}
	}
	return low, high
}

// frame is the frame node i stands in (a node before the list, -1, is
// in the first).
func (np nodePages) frame(i int) int {
	return max(sort.Search(len(np.starts), func(j int) bool { return np.starts[j] > i })-1, 0)
}

// column is the column (from 0) of its page node i stands in.
func (np nodePages) column(i int) int { return np.frame(i) % np.cols }

// of is the page of node i.
func (np nodePages) of(i int) int { return np.frame(i) / np.cols }

// planWithSpans plans the breaks of the list v, the pictures across the
// columns taken out, as breakBody would, with the pages those pictures
// stand on shorter by their height: it places them after a plain plan,
// plans again, and places anew those no longer on a page their section's text
// runs on (placeSpans) until no picture moves
// or maxSpanPasses is reached, then tries other places by their
// sections for those left off their sections' pages (repairSpans). It
// returns the plan (nil where none was found) and its spanBreak: where each picture stands, the page of its
// anchor — where its anchor fell, or
// where it stands on a page its section's text runs on (it counts as
// anchored there, as a float set ahead of its anchor does) — and
// whether it stands where it may not.
func (c *composer) planWithSpans(v []typeset.VNode, spans []spanFloat, params typeset.PageParams) (spanBreak, *typeset.PageBreaks) {
	cols := max(c.th.Columns, 1)
	plans := spanPlans{reuse: c.opts.Reuse}
	plan := plans.plan(v, params)
	var places []spanPlace
	for pass := 0; pass < maxSpanPasses && plan != nil; pass++ {
		pages := planned(plan, v, cols)
		next := c.placeSpans(spans, pages, places)
		if places != nil && slices.Equal(next, places) {
			break
		}
		places = next
		params.Taken = takenBy(spans, places)
		plan = plans.plan(v, params)
	}
	if places == nil {
		// No way through the list was found: the pictures stand on the
		// page of their anchors as the list is set greedily.
		places = make([]spanPlace, len(spans))
	}
	if plan != nil {
		places, plan = c.repairSpans(v, spans, params, &plans, places, plan)
		params.Taken = takenBy(spans, places)
	}
	b := spanBreak{params: params, places: places, anchors: make([]int, len(spans)), astray: make([]bool, len(spans))}
	if plan != nil {
		pages := planned(plan, v, cols)
		for i, s := range spans {
			b.anchors[i] = pages.of(s.anchor)
			if runsOn(s, places[i], pages) {
				b.anchors[i] = places[i].page // beside its section's text, as a float set ahead
			}
			b.astray[i] = !runsOn(s, places[i], pages) && !deferredOn(s, places, i, pages)
		}
	}
	return b, plan
}

// spanBreak is what planWithSpans decided of the pictures across the
// columns: the parameters the list is to be broken with (the room the
// pictures take), where each stands, the page of its anchor and whether
// it stands where it may not: the passes ended with it neither beside its
// section's text (runsOn) nor where a float deferred may (deferredOn).
type spanBreak struct {
	params  typeset.PageParams
	places  []spanPlace
	anchors []int
	astray  []bool
}

// spanPlans are the page plans of one list made so far, each with the
// room its pictures across the columns took (PageParams.Taken): where
// the placements go back and forth, a page's room taken as before is
// planned as before, without searching again. A rebuild takes the plans
// of a build before from reuse where the list is the same.
type spanPlans struct {
	reuse *Reuse
	made  []spanPlan
}

// spanPlan is a page plan and the room taken it was made with.
type spanPlan struct {
	taken []typeset.Scaled
	plan  *typeset.PageBreaks
}

// plan is the plan of v under params, searched unless made before with
// the same room taken.
func (ps *spanPlans) plan(v []typeset.VNode, params typeset.PageParams) *typeset.PageBreaks {
	for _, p := range ps.made {
		if slices.Equal(p.taken, params.Taken) {
			return p.plan
		}
	}
	plan := ps.reuse.planPages(v, params)
	ps.made = append(ps.made, spanPlan{params.Taken, plan})
	return plan
}

// placeSpans decides the page of each picture across the columns from
// the pages of its anchor and its section's heading. Placed afresh, a
// section begun on an earlier page has the picture at the top of its
// anchor's page, above the text that continues it; one that begins on
// that page, at its foot, below its text (at the top it would stand
// above the section's own heading). Where it was placed before (old,
// nil for none) it stays while it stands there (stands), unless it
// waits on the page after its anchor's and that page now has room; one
// that stood at the foot of its section's first page and pushed the
// section off it goes to the top of the next, and one there whose
// section begins in a later column and whose text's end it pushed to a
// later page, to the top of that page. Each keeps its place among
// its section's pictures in a column (between). Pictures keep their
// order (one at a page's foot sends the next to that foot too or later),
// and a page whose pictures would take more than maxSpanShare of the
// type area together sends the next to the top of the page after.
func (c *composer) placeSpans(spans []spanFloat, pages nodePages, old []spanPlace) []spanPlace {
	limit := c.th.TextHeight() * maxSpanShare / 100
	taken := map[int]typeset.Scaled{}
	places := make([]spanPlace, len(spans))
	prev := spanPlace{page: -1}
	for i, s := range spans {
		a := pages.of(s.anchor)
		at := spanPlace{page: a, foot: s.head < 0 || pages.of(s.head) == a}
		fits := taken[a] == 0 || taken[a]+s.taken() <= limit
		switch {
		case old == nil:
		case old[i].foot && s.head >= 0 && pages.of(s.head) == old[i].page && a > old[i].page && pages.column(s.head) > 0:
			// At the foot of the page its section begins on in a later
			// column, it shortened the columns before, which hold the
			// sections before it (a programme's last row sent on to the
			// next column), and pushed the end of its section's text to a
			// later page: it stands at the top of the page the text now
			// ends on, as one placed afresh.
			at = spanPlace{page: a}
		case stands(s, old[i], pages) && !(old[i].page > a && !at.foot && fits && a >= prev.page):
			// Where it stands it stays, unless it waits for the page
			// after its anchor's where that page has room now.
			at = old[i]
		case old[i].foot && s.head >= 0 && pages.of(s.head) > old[i].page:
			// At the foot of its section's first page, it left no room
			// for the section to begin there: the top of the next page
			// lets it.
			at = spanPlace{page: old[i].page + 1}
		}
		if low, high := pages.between(s); low > high {
			// Its section's pictures in a column before and after it
			// stand on one page: no place keeps their order, and the
			// foot, after the column pictures, may lie under the next
			// section (the probe's group photo under „Kontakt“). It
			// stays where its anchor puts it.
		} else if at.order() < low {
			at = placeAt(low)
		} else if at.order() > high {
			at = placeAt(high)
		}
		if at.page < prev.page || at.page == prev.page && prev.foot {
			at = prev
		}
		for taken[at.page] > 0 && taken[at.page]+s.taken() > limit {
			at = spanPlace{page: at.page + 1}
		}
		taken[at.page] += s.taken()
		places[i], prev = at, at
	}
	return places
}

// stands reports whether a picture across the columns placed at at
// stands where it may as the list is now broken: on a page its
// section's text runs on (runsOn), or at the top of the page after its
// anchor's, as a float deferred a page, where that page has text.
func stands(s spanFloat, at spanPlace, pages nodePages) bool {
	return runsOn(s, at, pages) || !at.foot && at.page == pages.of(s.anchor)+1 && at.page < pages.count()
}

// deferredOn reports whether picture i of spans, placed at places[i],
// stands where a float deferred may: at the top of a page with text,
// after its section's heading, the page after its anchor's or after the
// page of the picture across the columns before it (a section whose
// pictures take a page top each sets them one page after another).
func deferredOn(s spanFloat, places []spanPlace, i int, pages nodePages) bool {
	at := places[i]
	due := pages.of(s.anchor)
	if i > 0 {
		due = max(due, places[i-1].page)
	}
	return !at.foot && at.page < pages.count() && at.page <= due+1 && (s.head < 0 || at.page > pages.of(s.head))
}

// runsOn reports whether a picture across the columns placed at at
// stands on a page its section's text runs on as the list is now
// broken: at the top of a page after its heading's, or at the foot of
// one from its heading's on, up to its anchor's.
func runsOn(s spanFloat, at spanPlace, pages nodePages) bool {
	h := -1
	if s.head >= 0 {
		h = pages.of(s.head)
	}
	return at.page <= pages.of(s.anchor) && (at.page > h || at.foot && at.page == h)
}

// takenBy is, per body page, the height the pictures placed there take
// of its columns (typeset.PageParams.Taken).
func takenBy(spans []spanFloat, places []spanPlace) []typeset.Scaled {
	var taken []typeset.Scaled
	for i, s := range spans {
		for len(taken) <= places[i].page {
			taken = append(taken, 0)
		}
		taken[places[i].page] += s.taken()
	}
	return taken
}

// setSpans puts the pictures across the columns on the body's pages,
// made of columns: those at a page's top above its columns, which move
// down by their height, those at its foot at the type area's foot —
// on the body's last page right under its columns, which may be
// balanced short, so what ends the body follows them. A picture placed
// past the last page gets a page of its own. Each is drawn, and so read
// and tagged, where its anchor is (readAt).
func (c *composer) setSpans(pages []typeset.PageBody) []typeset.PageBody {
	for i := range c.spanned {
		for len(pages) <= c.spanPlaces[i].page {
			pages = append(pages, typeset.PageBody{Anchors: map[int]typeset.Scaled{}})
		}
	}
	for p := range pages {
		var top, foot []spanFloat
		for i, s := range c.spanned {
			if c.spanPlaces[i].page == p {
				if c.spanPlaces[i].foot {
					foot = append(foot, s)
				} else {
					top = append(top, s)
				}
			}
		}
		if len(top)+len(foot) > 0 {
			c.spanPage(&pages[p], top, foot, p == len(pages)-1)
		}
	}
	return pages
}

// spanPage sets the pictures top and foot across one page of columns
// (setSpans); last says it is the body's last page.
func (c *composer) spanPage(page *typeset.PageBody, top, foot []spanFloat, last bool) {
	var y typeset.Scaled
	for _, s := range top {
		spanItems(s, y)
		y += s.taken()
	}
	for _, it := range page.Items {
		typeset.MoveDown(it, y)
	}
	for k := range page.Anchors {
		page.Anchors[k] += y
	}
	for k := range page.Outline {
		page.Outline[k].Y += y
	}
	used := page.Used + y
	if page.Used == 0 && len(page.Items) == 0 && len(top) > 0 {
		used = max(y-top[len(top)-1].space, 0) // pictures alone: no text below
	}
	y = used
	if !last {
		var h typeset.Scaled
		for _, s := range foot {
			h += s.taken()
		}
		y = max(used, c.th.TextHeight()-h)
	}
	for _, s := range foot {
		y += s.space
		spanItems(s, y)
		y += s.box.Height
	}
	page.Used = max(used, y)
	page.Items = readAt(page.Items, append(top, foot...))
}

// readAt draws the pictures spans among a page's items, which a reader
// takes, and the structure tree lists, in the order they are drawn: each
// right after the last item before its anchor where that is on the page
// (at the end of its section's text, though the picture stands at the
// page's top), else at the start of the page where its anchor is on an
// earlier page (a picture deferred past other sections' text) and
// after the page's text where it is on a later one (its section's text
// runs on).
func readAt(items []typeset.Item, spans []spanFloat) []typeset.Item {
	after := make([]int, len(spans)) // the index of the item it follows, -1: none
	for i, s := range spans {
		after[i] = len(items) - 1
		if k := slices.Index(items, s.at); k >= 0 {
			after[i] = k
		} else if !sectionRunsOn(items, s) {
			after[i] = -1
		}
	}
	out := make([]typeset.Item, 0, len(items)+len(spans)*4)
	for k := -1; k < len(items); k++ {
		if k >= 0 {
			out = append(out, items[k])
		}
		for i, s := range spans {
			if after[i] == k {
				out = append(out, s.box.Items...)
			}
		}
	}
	return out
}

// sectionRunsOn reports whether the items of a page include text of the
// section of the picture s (its anchor, the end of that text, stands
// later).
func sectionRunsOn(items []typeset.Item, s spanFloat) bool {
	sect := s.section()
	if sect == nil {
		return false
	}
	for _, it := range items {
		for el := it.Element(); el != nil; el = el.Parent {
			if el == sect {
				return true
			}
		}
	}
	return false
}

// section is the structure element of the section a picture across the
// columns belongs to: its figure's parent.
func (s spanFloat) section() *typeset.StructElement {
	for _, it := range s.box.Items {
		if p, ok := it.(*Picture); ok && p.Elem != nil {
			return p.Elem.Parent
		}
	}
	return nil
}

// spanItems moves a picture's items to stand at y.
func spanItems(s spanFloat, y typeset.Scaled) {
	for _, it := range s.box.Items {
		typeset.MoveDown(it, y)
	}
}
