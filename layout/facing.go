package layout

import "brochure/layout/typeset"

// Facing pages. The bound edition is two-sided: the cover and every
// second page after it are right-hand pages (RightHand), the others
// left-hand pages, and running heads and folios stand on the outer side
// of each — the right on a right-hand page, the left on a left-hand page.
// When the theme gives inner and outer margins (Theme.Mirrored), pages
// are laid out as right-hand pages, the inner margin on the left, and
// everything in the type area of a left-hand page is moved afterwards
// by outer − inner, so the inner margin lies in the gutter there too.
// What spans the whole page (a full-bleed picture, a background) stays
// where it is. The screen edition is one-sided: every page is set as a
// right-hand page, with the folio on the right.
//
// The cover, the back cover and the pages added for binding (notes or
// blank) carry no running head and no folio; their Folio is "".

// facePages adds the running head and foot to the pages that carry them
// (body and contents pages), clears the others' folios and, with
// mirrored margins, moves the type area of the two-sided edition's
// left-hand pages to the outer margin.
func (c *composer) facePages(out *Document) {
	for i := range out.Pages {
		page := &out.Pages[i]
		if page.Kind == BodyPage || page.Kind == ContentsPage {
			page.Items = append(page.Items, c.pageFrame(page.Folio, !c.opts.Bound || RightHand(i))...)
		} else {
			page.Folio = ""
		}
		if left, _ := c.th.PageMargins(i, c.opts); left != c.th.MarginLeft {
			moveTypeArea(page, left-c.th.MarginLeft)
		}
	}
}

// PageMargins are the left and right margins of page i (from 0, the
// cover) of a document composed with opts: MarginLeft and MarginRight,
// swapped on the left-hand pages of a bound (two-sided) document when
// the theme's margins are inner and outer ones.
func (th *Theme) PageMargins(i int, opts Options) (left, right typeset.Scaled) {
	if th.Mirrored && opts.Bound && !RightHand(i) {
		return th.MarginRight, th.MarginLeft
	}
	return th.MarginLeft, th.MarginRight
}

// moveTypeArea moves every item of the page right by dx, except what
// spans the page from edge to edge.
func moveTypeArea(page *Page, dx typeset.Scaled) {
	for _, it := range page.Items {
		if !spansPage(it, page.Width) {
			typeset.MoveRight(it, dx)
		}
	}
}

// spansPage reports whether an item reaches both side edges of a page
// width wide: it is placed on the page, not in the type area.
func spansPage(it typeset.Item, width typeset.Scaled) bool {
	var x, w typeset.Scaled
	switch v := it.(type) {
	case *Picture:
		x, w = v.X, v.W
	case *typeset.Rule:
		x, w = v.X, v.W
	default:
		return false
	}
	return x <= 0 && x+w >= width
}

// pageFrame draws the running foot — the title on the inner side, the
// folio on the outer side, over a rule — and the running head, if the
// theme asks for one, on the outer side. It is drawn for a right-hand
// page when outerRight is set, else for a left-hand page, in the
// coordinates of the laid-out page (before moveTypeArea).
func (c *composer) pageFrame(folio string, outerRight bool) []typeset.Item {
	th := c.th
	left, right := th.MarginLeft, th.MarginLeft+th.TextWidth()
	// flush places a line at the outer or the inner edge of the type area
	// (set once at x = 0, then moved: a line is set once a page; one that
	// repeats on every page is copied from the first).
	flush := func(text, key string, baseline typeset.Scaled, outer bool) ([]typeset.Item, typeset.Scaled) {
		var items []typeset.Item
		var w typeset.Scaled
		if key != "" {
			items, w = c.frameLine(text, key, baseline)
		} else {
			items, w = c.oneLine(plain(text), th.Footer, 0, baseline)
		}
		x := left
		if outer == outerRight {
			x = right - w
		}
		for _, it := range items {
			typeset.MoveRight(it, x)
		}
		return items, w
	}
	baseline := th.PageHeight - th.MarginBottom + typeset.MM(14)
	items, folioWidth := flush(folio, "", baseline, true)
	// The title (with the kind of event, where it fits) keeps 6 mm from
	// the folio; a title too long for that is shortened. Like the cover,
	// the foot says them as the normaliser sets them („Pflege“, e. V.).
	room := th.TextWidth() - folioWidth - typeset.MM(6)
	title, kind := c.normalise(c.doc.Meta.Title), c.normalise(c.doc.Meta.Kind)
	if withKind := title + " · " + kind; kind != "" && c.fitLine(withKind, th.Footer, room) == withKind {
		title = withKind
	}
	title = c.fitLine(title, th.Footer, room)
	titleItems, _ := flush(title, "document.title", baseline, false)
	items = append(titleItems, items...)
	items = append(items, &typeset.Rule{X: left, Y: baseline - th.Footer.Size - typeset.Pt(4), W: th.TextWidth(), H: typeset.Pt(0.4), Colour: th.Muted})
	if th.RunningHead {
		head := th.MarginTop - typeset.MM(10)
		event, key := c.doc.Meta.Event, "document.event"
		if event == "" {
			event, key = c.doc.Meta.Title, "document.title"
		}
		headItems, _ := flush(c.fitLine(c.normalise(event), th.Footer, th.TextWidth()), key, head, true)
		items = append(items, headItems...)
		items = append(items, &typeset.Rule{X: left, Y: head + typeset.Pt(4), W: th.TextWidth(), H: typeset.Pt(0.4), Colour: th.Muted})
	}
	// Running heads, feet and page numbers repeat on every page: readers
	// skip them (pagination artifacts).
	markArtifacts(items, typeset.PaginationArtifact)
	return items
}

// frameLine is a line of the page frame set at x = 0 on the baseline in
// the footer's style, as oneLine sets it: a copy of the line as set for
// an earlier page, the folios aside, since title and running head are
// the same on every page. Characters its font lacks are reported once,
// at the content key the line comes from (where).
func (c *composer) frameLine(text, where string, baseline typeset.Scaled) ([]typeset.Item, typeset.Scaled) {
	key := frameKey{text, baseline}
	set, ok := c.frameLines[key]
	if !ok {
		items, w, missing := c.oneLineMissing(plain(text), c.th.Footer, 0, baseline)
		c.warnMissing(c.at(where), missing)
		if c.frameLines == nil {
			c.frameLines = map[frameKey]frameSet{}
		}
		if template, ok := copyItems([]typeset.VNode{{Items: items}}); ok {
			c.frameLines[key] = frameSet{template[0], w}
		}
		return items, w
	}
	copied, _ := copyItems([]typeset.VNode{{Items: set.items}})
	return copied[0], set.width
}

// frameKey is a line of the page frame: its text and baseline.
type frameKey struct {
	text     string
	baseline typeset.Scaled
}

// frameSet is a line of the page frame as set at x = 0 (its items a
// template, copied for each page) and its width.
type frameSet struct {
	items []typeset.Item
	width typeset.Scaled
}
