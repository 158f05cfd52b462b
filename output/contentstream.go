package output

import (
	"strconv"

	"brochure/layout/typeset"
)

// contentStream collects one page's content-stream operators as bytes and
// remembers the graphics state it has set, so each change of colour, font,
// character spacing or horizontal scaling is written once, and text runs
// share one text object until something else is drawn.
type contentStream struct {
	buf []byte

	inText      bool // inside BT … ET
	font        *embeddedFont
	size        typeset.Scaled
	charSpacing typeset.Scaled // Tc
	hscale      int            // Tz in ten-thousandths; 10000 is the default
	fill        []byte         // the fill colour operator in force; nil before any
	// fillColour is the colour fill was last written from (when
	// fillKnown), so the same colour again is known without writing
	// its operator out.
	fillColour typeset.Colour
	fillKnown  bool
	marked     markedContent // the marked-content sequence open, if any
}

// reset starts a new page: an empty stream in PDF's initial graphics state.
func (c *contentStream) reset() {
	c.buf = c.buf[:0]
	c.inText = false
	c.font = nil
	c.size = 0
	c.charSpacing = 0
	c.hscale = 10000
	c.fill = c.fill[:0]
	c.fillKnown = false
	c.marked = markedContent{}
}

// beginText opens a text object unless one is open.
func (c *contentStream) beginText() {
	if !c.inText {
		c.buf = append(c.buf, "BT\n"...)
		c.inText = true
	}
}

// endText closes the open text object, if any.
func (c *contentStream) endText() {
	if c.inText {
		c.buf = append(c.buf, "ET\n"...)
		c.inText = false
	}
}

// setFill writes a fill colour operator unless that colour is in force.
func (c *contentStream) setFill(op []byte) {
	if string(op) == string(c.fill) {
		return
	}
	c.fill = append(c.fill[:0], op...)
	c.buf = append(c.buf, op...)
	c.buf = append(c.buf, '\n')
}

// num appends a length in points and a space.
func (c *contentStream) num(v typeset.Scaled) {
	c.buf = appendNum(c.buf, v)
	c.buf = append(c.buf, ' ')
}

// op appends an operator and ends the line.
func (c *contentStream) op(s string) {
	c.buf = append(c.buf, s...)
	c.buf = append(c.buf, '\n')
}

// beginMCID opens an element's marked-content sequence: tag << /MCID id
// >> BDC, as beginMarked writes it.
func (c *contentStream) beginMCID(tag pdfName, id int) {
	c.buf = tag.appendPDF(c.buf)
	c.buf = append(c.buf, " << /MCID "...)
	c.buf = strconv.AppendInt(c.buf, int64(id), 10)
	c.op(" >> BDC")
}

// beginMarked opens a marked-content sequence with a property list
// (ISO 32000-1, 14.6): tag props BDC.
func (c *contentStream) beginMarked(tag pdfName, props pdfDict) {
	c.buf = tag.appendPDF(c.buf)
	c.buf = append(c.buf, ' ')
	c.buf = props.appendPDF(c.buf)
	c.op(" BDC")
}
