package output

import (
	"brochure/layout"
	"brochure/layout/typeset"
)

// Print-shop geometry of the crop marks: they start outside the bleed and
// are this long.
var (
	markLength = typeset.MM(5)
	markWeight = typeset.Pt(0.25)
)

// geometry is where the trimmed page lies on the sheet the PDF describes:
// the print edition adds the bleed (and room for crop marks) on every
// side; the screen edition is the trimmed page itself.
type geometry struct {
	trimW, trimH   typeset.Scaled
	bleed          typeset.Scaled // 0 on screen
	offset         typeset.Scaled // from the media box's edge to the trim
	mediaW, mediaH typeset.Scaled
	marks          bool
}

// userX and userY map layout coordinates (from the trimmed page's top
// left) to PDF user space (from the media box's bottom left).
func (g geometry) userX(v typeset.Scaled) typeset.Scaled { return v + g.offset }
func (g geometry) userY(v typeset.Scaled) typeset.Scaled { return g.mediaH - g.offset - v }

func newGeometry(page layout.Page, prof Profile) geometry {
	g := geometry{trimW: page.Width, trimH: page.Height}
	if prof.Bleed {
		g.bleed = page.Bleed
		g.offset = g.bleed
		if prof.Marks {
			g.marks = true
			g.offset = g.bleed + markLength
		}
	}
	g.mediaW, g.mediaH = g.trimW+2*g.offset, g.trimH+2*g.offset
	return g
}

// box is a rectangle in PDF user space (origin bottom left), in points.
type box [4]typeset.Scaled

func (g geometry) mediaBox() box {
	return box{0, 0, g.mediaW, g.mediaH}
}

func (g geometry) trimBox() box {
	return box{g.offset, g.offset, g.offset + g.trimW, g.offset + g.trimH}
}

func (g geometry) bleedBox() box {
	o := g.offset - g.bleed
	return box{o, o, o + g.trimW + 2*g.bleed, o + g.trimH + 2*g.bleed}
}
