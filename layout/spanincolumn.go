package layout

import (
	"slices"

	"brochure/layout/typeset"
)

// A picture across the columns set in a column: where the passes of
// planWithSpans leave a picture across the columns neither on a page
// its section's text runs on nor at the top of the page after, as a
// float deferred a page (deferredOn) — its height found no room there, so
// it stands under later sections' text, which runs in scraps above or
// below it —, a designer sets it a column wide beside its text instead,
// smaller, as the section's other pictures in a column stand. The
// composer keeps each picture across the columns also set in a column
// (inColumn, kept by pictureBlocks under its FloatID: how to set it so,
// done only where it is used, so its warnings and caption are those of
// the picture as it stands), and breakAcross breaks the body again with
// the first picture astray so, until every picture across the columns
// left stands where it may. A section that names pictures is never
// carried to the next build (sectioncarry.go), so inColumn is always
// this build's own.

// keepInColumn keeps set, which sets a picture across the columns in a
// column with the space before it, for the float that takes the place
// of float id where it finds no room across the columns.
func (c *composer) keepInColumn(id int, set func() []typeset.VNode) {
	if c.inColumn == nil {
		c.inColumn = map[int]func() []typeset.VNode{}
	}
	c.inColumn[id] = set
}

// breakAcross breaks the body's list v, which holds pictures across the
// columns (anySpans), with them taken out and placed (planWithSpans);
// where, in the plan found, one stands where it may not and has a
// version in a column, that version takes its place in v and the list
// is broken again. It sets the composer's pictures across the columns
// and their places and returns the frames and each picture's anchor
// page.
func (c *composer) breakAcross(v []typeset.VNode, params typeset.PageParams) ([]typeset.PageBody, []int) {
	whole := v
	for {
		if c.inColumn != nil {
			v = slices.Clone(whole) // takeSpans works in the list's own array
		}
		list, spans := takeSpans(v)
		b, plan := c.planWithSpans(list, spans, params)
		k := -1
		if plan != nil {
			k = c.firstAstray(spans, b.astray)
		}
		if k < 0 {
			c.spanned, c.spanPlaces = spans, b.places
			return c.opts.Reuse.breakPages(list, b.params, plan), b.anchors
		}
		whole = c.setInColumn(whole, spans[k].box.FloatID)
	}
}

// firstAstray is the index of the first picture across the columns that
// stands where it may not (astray) and has a version in a column, -1 for
// none.
func (c *composer) firstAstray(spans []spanFloat, astray []bool) int {
	for i, s := range spans {
		if _, ok := c.inColumn[s.box.FloatID]; ok && astray[i] {
			return i
		}
	}
	return -1
}

// setInColumn replaces, in the list v with the pictures across the
// columns in it, float id by its version in a column (inColumn), in a
// new array.
func (c *composer) setInColumn(v []typeset.VNode, id int) []typeset.VNode {
	out := slices.Clone(v)
	column := floatBox(c.inColumn[id](), id, pictureFloats)
	for i := range out {
		if out[i].Float && out[i].FloatID == id {
			out[i] = column
		}
	}
	delete(c.inColumn, id)
	c.setColumnWide(id, NoRoomAcross)
	return out
}

// anySpans reports whether the list v holds a picture across the
// columns.
func anySpans(v []typeset.VNode) bool {
	return slices.ContainsFunc(v, func(n typeset.VNode) bool { return n.Float && n.FloatClass == spanFloats })
}

// setColumnWide records that float id, a picture asked across the
// columns, stands in a column, and why.
func (c *composer) setColumnWide(id int, why InColumnReason) {
	if c.columnWide == nil {
		c.columnWide = map[int]InColumnReason{}
	}
	c.columnWide[id] = why
}
