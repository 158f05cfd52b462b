package output

import "brochure/layout/typeset"

// Bounding boxes of figures and tables (ISO 32000-1, 14.8.5.4.3, Table
// 344): an assistive technology that magnifies or reflows a page finds a
// figure or a table by its /BBox. The writer gathers, for each Figure and
// Table element, the box its drawn content covers while the pages are
// drawn; an element drawn whole on one page gets the box as a layout
// attribute (veraPDF's WCAG rule 1.4.10-1 asks for it), one that runs
// over several pages gets none.

// bounds is the drawn extent of one element.
type bounds struct {
	box    box
	page   int
	drawn  bool
	spread bool // drawn on more than one page
}

// add takes in a drawn box on page.
func (b *bounds) add(page int, r box) {
	switch {
	case !b.drawn:
		*b = bounds{box: r, page: page, drawn: true}
	case b.page != page:
		b.spread = true
	default:
		b.box = box{min(b.box[0], r[0]), min(b.box[1], r[1]), max(b.box[2], r[2]), max(b.box[3], r[3])}
	}
}

// single reports whether the element was drawn whole on one page.
func (b *bounds) single() bool { return b.drawn && !b.spread }

// boxedRole reports whether elements of a role carry their bounding box.
func boxedRole(r typeset.StructRole) bool { return r == typeset.RoleFigure || r == typeset.RoleTable }

// extend adds what an item drew on page (box r, in PDF user space) to the
// Figure or Table it belongs to and to every one it lies within.
func (s *structure) extend(e *typeset.StructElement, page int, r box) {
	for rec := s.byElem[e]; rec != nil; rec = rec.parent {
		if boxedRole(rec.elem.Role) {
			rec.bounds.add(page, r)
		}
	}
}

// area is the rectangle an item's ink lies in, in layout coordinates
// (from the trimmed page's top left, y down); drawn is false for what
// draws nothing. It measures items as a typeset.Drawer.
type area struct {
	x0, y0, x1, y1 typeset.Scaled
	drawn          bool
}

// boxed reports whether e is, or lies within, a Figure or a Table. The
// answer for the element asked about last is kept: the runs of a
// paragraph ask one after another.
func (s *structure) boxed(e *typeset.StructElement) bool {
	if e == s.boxedElem {
		return s.boxedIs
	}
	s.boxedElem, s.boxedIs = e, boxedElement(e)
	return s.boxedIs
}

// boxedElement reports whether e is, or lies within, a Figure or a
// Table (boxed without its memory, for the page walk beside the drawing).
func boxedElement(e *typeset.StructElement) bool {
	for ; e != nil; e = e.Parent {
		if boxedRole(e.Role) {
			return true
		}
	}
	return false
}

// drawnArea measures an item.
func drawnArea(it typeset.Item) area {
	var a area
	it.Draw(&a)
	return a
}

func (a *area) set(x0, y0, x1, y1 typeset.Scaled, drawn bool) {
	*a = area{x0, y0, x1, y1, drawn}
}

// GlyphRun implements typeset.Drawer: the advance box from the face's
// ascent to its descent.
func (a *area) GlyphRun(x *typeset.GlyphRun) {
	if x.Face != nil && x.Text != "" {
		a.set(x.X, x.Y-typeset.OfEm(x.Face.Ascent, x.Size), x.X+x.Width, x.Y-typeset.OfEm(x.Face.Descent, x.Size), true)
	}
}

// Rule implements typeset.Drawer.
func (a *area) Rule(x *typeset.Rule) { a.set(x.X, x.Y, x.X+x.W, x.Y+x.H, x.W > 0 && x.H > 0) }

// Polygon implements typeset.Drawer.
func (a *area) Polygon(x *typeset.Polygon) { a.set(polygonArea(x)) }

// QRCode implements typeset.Drawer.
func (a *area) QRCode(x *typeset.QRCode) { a.set(qrArea(x)) }

// Picture implements typeset.Drawer.
func (a *area) Picture(x *typeset.Picture) { a.set(x.X, x.Y, x.X+x.W, x.Y+x.H, x.W > 0 && x.H > 0) }

// LinkArea implements typeset.Drawer: an annotation, not ink.
func (*area) LinkArea(*typeset.LinkArea) {}

// Mark implements typeset.Drawer: a mark draws nothing.
func (*area) Mark(*typeset.Mark) {}

func polygonArea(p *typeset.Polygon) (x0, y0, x1, y1 typeset.Scaled, ok bool) {
	if len(p.Points) < 3 {
		return 0, 0, 0, 0, false
	}
	x0, y0, x1, y1 = p.Points[0].X, p.Points[0].Y, p.Points[0].X, p.Points[0].Y
	for _, v := range p.Points[1:] {
		x0, y0, x1, y1 = min(x0, v.X), min(y0, v.Y), max(x1, v.X), max(y1, v.Y)
	}
	return x0, y0, x1, y1, true
}

// qrArea is the extent of a symbol's dark modules (its quiet zone draws
// nothing).
func qrArea(q *typeset.QRCode) (x0, y0, x1, y1 typeset.Scaled, ok bool) {
	first, last, left, right := -1, -1, -1, -1
	for row, cols := range q.Modules {
		// A row's first and last dark modules, looked for from its ends:
		// the finder patterns make them near the quiet zone.
		l := 0
		for l < len(cols) && !cols[l] {
			l++
		}
		if l == len(cols) {
			continue
		}
		r := len(cols) - 1
		for !cols[r] {
			r--
		}
		if first < 0 {
			first, left = row, l
		}
		last, left, right = row, min(left, l), max(right, r)
	}
	if first < 0 {
		return 0, 0, 0, 0, false
	}
	m := q.Module
	return q.X + typeset.Scaled(left)*m, q.Y + typeset.Scaled(first)*m,
		q.X + typeset.Scaled(right+1)*m, q.Y + typeset.Scaled(last+1)*m, true
}

// boundItem adds an item's drawn box to the figures and tables it belongs
// to.
func (d *document) boundItem(it typeset.Item) {
	e := it.Element()
	if e == nil || !d.tree.boxed(e) {
		return
	}
	a := drawnArea(it)
	if !a.drawn {
		return
	}
	g := d.geo
	d.tree.extend(e, len(d.pages)-1, box{a.x0 + g.offset, g.mediaH - g.offset - a.y1, a.x1 + g.offset, g.mediaH - g.offset - a.y0})
}
