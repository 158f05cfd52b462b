package typeset

// PageBody is the content pagination put on one page: items with Y measured
// from the top of the type area, and the bookmarks and anchors that landed
// there.
type PageBody struct {
	Items   []Item
	Outline []OutlineEntry // Page is left for the caller to fill in
	// Anchors maps the anchor of each box that has one (VNode.Anchor) to
	// the y where it landed; nil when none did.
	Anchors map[int]Scaled
	// Used is the height the content occupies.
	Used Scaled
	// Lines lists the paragraph lines on the page, top to bottom.
	Lines []ParagraphLine
	// Floats lists the floats BreakPages placed in this frame.
	Floats []PlacedFloat
}

// PlacedFloat is a float as placed: its FloatID, its FloatClass and the
// frame (index into BreakPages' result) where its anchor fell.
type PlacedFloat struct {
	ID, Class, AnchorFrame int
	// Height is the float's height as its list gave it, and Given how
	// much of it the frame took back (VNode.Give): 0 for a float set as
	// it came.
	Height, Given Scaled
}

// ParagraphLine is one line of a paragraph as placed on a page.
type ParagraphLine struct {
	Para, Line, Lines int
}

// Paginate breaks a vertical list into pages of the given type-area height,
// in the manner of TeX's page builder with a ragged bottom: every legal
// breakpoint that fits is a candidate, its cost is its penalty plus the
// badness of the space it leaves empty, and the cheapest candidate (the
// latest among equals) ends the page. Glue and penalties vanish at the top
// of a page. A box taller than a page is put on a page of its own. A box
// with a Header that begins a page gets the header above it.
//
// Paginate takes ownership of the items in v and moves them into place.
func Paginate(v []VNode, height Scaled) []PageBody {
	var pages []PageBody
	start := 0
	for start < len(v) {
		for start < len(v) && v[start].Kind != VBox {
			start++ // discard glue and penalties at the page top
		}
		if start >= len(v) {
			break
		}
		if v[start].Header != nil {
			// A table continued: its header row first, then as many rows
			// as fit below it.
			header := v[start].Header()
			end := pageEnd(v, start, height-StackHeight(header))
			pages = append(pages, placePage(append(header, v[start:end]...)))
			start = end
			continue
		}
		end := pageEnd(v, start, height)
		pages = append(pages, placePage(v[start:end]))
		start = end
	}
	return pages
}

// CountPages is the number of pages Paginate would make of v, without
// moving anything.
func CountPages(v []VNode, height Scaled) int {
	pages, start := 0, 0
	for start < len(v) {
		for start < len(v) && v[start].Kind != VBox {
			start++
		}
		if start >= len(v) {
			break
		}
		h := height
		if v[start].Header != nil {
			h -= StackHeight(v[start].Header())
		}
		start = pageEnd(v, start, h)
		pages++
	}
	return pages
}

// pageEnd finds where the page that starts at v[start] ends: the index of
// the node at which it breaks (that node is not on the page).
func pageEnd(v []VNode, start int, height Scaled) int {
	var used Scaled
	best, bestCost := -1, 0
	for i := start; i < len(v); i++ {
		n := v[i]
		legal := false
		pen := 0
		switch n.Kind {
		case VPenalty:
			legal, pen = n.Penalty < Infinity, n.Penalty
		case VGlue:
			legal = i > start && v[i-1].Kind == VBox
		}
		if legal && i > start {
			if pen <= ForceBreak {
				return i
			}
			cost := pen + Badness(height-used, height/4)
			if best < 0 || cost <= bestCost {
				best, bestCost = i, cost
			}
		}
		if n.Kind == VBox || n.Kind == VGlue {
			if used+n.Height > height && n.Kind == VBox {
				if best >= 0 {
					return best
				}
				if i == start {
					return i + 1 // a box taller than the page: alone on its page
				}
				return i // nothing legal fits: break before the box
			}
			used += n.Height
		}
	}
	return len(v)
}

// frameItems is the room a placed page's items leave for its frame:
// the running head and foot and the folio, some glyph runs and a rule.
const frameItems = 16

// boxContents counts the items in v's boxes, and the boxes that are
// lines of a paragraph.
func boxContents(v []VNode) (items, lines int) {
	for k := range v {
		if v[k].Kind == VBox {
			items += len(v[k].Items)
			if v[k].Para > 0 {
				lines++
			}
		}
	}
	return items, lines
}

// placePage stacks the nodes of one page from the top of the type area.
func placePage(v []VNode) PageBody {
	var body PageBody // its Anchors made with the first anchor: most frames have none
	// Made to size: a page's items appended box by box made and dropped
	// arrays of up to twice their number. With room for the running
	// head and foot the page gets once it is placed, which would copy
	// its items once more.
	if items, lines := boxContents(v); items > 0 {
		body.Items = make([]Item, 0, items+frameItems)
		if lines > 0 {
			body.Lines = make([]ParagraphLine, 0, lines)
		}
	}
	var y Scaled
	for _, n := range v {
		switch n.Kind {
		case VBox:
			for _, it := range n.Items {
				MoveDown(it, y)
			}
			body.Items = append(body.Items, n.Items...)
			if n.Outline != nil {
				e := *n.Outline
				e.Y = y
				body.Outline = append(body.Outline, e)
			}
			if n.Anchor != 0 {
				if body.Anchors == nil {
					body.Anchors = map[int]Scaled{}
				}
				body.Anchors[n.Anchor] = y
			}
			if n.Para > 0 {
				body.Lines = append(body.Lines, ParagraphLine{Para: n.Para, Line: n.Line, Lines: n.Lines})
			}
			y += n.Height
		case VGlue:
			y += n.Height
		}
	}
	// Trailing glue does not count as used space.
	body.Used = y
	for i := len(v) - 1; i >= 0 && v[i].Kind != VBox; i-- {
		if v[i].Kind == VGlue {
			body.Used -= v[i].Height
		}
	}
	return body
}

// MoveDown shifts an item by dy.
func MoveDown(it Item, dy Scaled) { it.Offset(0, dy) }

// MoveRight shifts an item by dx.
func MoveRight(it Item, dx Scaled) { it.Offset(dx, 0) }
