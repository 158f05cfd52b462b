package output

import (
	"brochure/layout/typeset"
)

// cropMarks draws the trim marks at the four corners, outside the bleed,
// as hairlines in all four process inks (registration), so they show on
// every printing plate.
func (d *document) cropMarks() {
	g := d.geo
	c := &d.cs
	c.endText()
	c.buf = append(c.buf, "q 1 1 1 1 K "...)
	c.num(markWeight)
	c.op("w")
	line := func(x1, y1, x2, y2 typeset.Scaled) {
		c.num(x1)
		c.num(y1)
		c.op("m")
		c.num(x2)
		c.num(y2)
		c.op("l S")
	}
	start := g.bleed // marks begin where the bleed ends
	left, right := g.offset, g.offset+g.trimW
	bottom, top := g.offset, g.offset+g.trimH
	for _, x := range []typeset.Scaled{left, right} {
		line(x, bottom-start, x, bottom-start-markLength+markWeight) // below the bottom corners
		line(x, top+start, x, top+start+markLength-markWeight)       // above the top corners
	}
	for _, y := range []typeset.Scaled{bottom, top} {
		line(left-start, y, left-start-markLength+markWeight, y)   // left of the left corners
		line(right+start, y, right+start+markLength-markWeight, y) // right of the right corners
	}
	c.op("Q")
}
