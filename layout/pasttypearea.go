package layout

import (
	"brochure/layout/typeset"
)

// pastFootTolerance is how far below the type area's foot a picture's or
// code's foot, or a line's baseline, may stand before it counts as past
// it: a point, for the rounding of positions.
const pastFootTolerance = typeset.Scaled(1 << 16)

// pastTypeArea reports, as WarnPastTypeArea, content that runs past the
// type area's foot on a body page: a picture, a code or a line of text
// whose foot (a line's baseline) stands lower than the type area's, in
// the band of the running foot. No rule of the page make-up sets one
// there; a fault of it does (a picture in a column that a picture across
// the columns shortened, set at the column's top whatever its height,
// once ran its caption over the running foot). One finding a page: its
// lowest item's.
func (r *compositionReader) pastTypeArea() {
	foot := r.c.th.MarginTop + r.c.th.TextHeight()
	e := new(reportExtent)
	for i, p := range r.d.Pages {
		if p.Kind != BodyPage {
			continue
		}
		var lowest typeset.Item
		low := foot + pastFootTolerance
		for _, it := range p.Items {
			if _, _, bottom, ok := extentOf(it, e); ok && it.Element() != nil && bottom > low {
				lowest, low = it, bottom
			}
		}
		if lowest == nil {
			continue
		}
		element, noun := pastWhat(lowest)
		where := r.whereOf(placed{item: lowest, page: i, sect: -1, block: r.blockOf(lowest.Element())})
		r.add(WarnPastTypeArea, i, foot, low-foot, element, where,
			"%s on page %d runs %.1f mm past the type area's foot, into the running foot's band", noun, i+1, (low - foot).MM())
	}
}

// pastWhat names an item for WarnPastTypeArea: its element (picture,
// code or text) and how a message names it.
func pastWhat(it typeset.Item) (element, noun string) {
	switch it.(type) {
	case *Picture:
		return "picture", "a picture"
	case *typeset.QRCode:
		return "code", "a QR code"
	default: // glyph runs, and rules and shapes drawn with text
		return "text", "a line of text"
	}
}
