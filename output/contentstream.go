package output

import (
	"strconv"

	"brochure/layout"
)

// contentStream collects one page's content-stream operators as bytes and
// remembers the graphics state it has set, so each change of colour, font,
// character spacing or horizontal scaling is written once, and text runs
// share one text object until something else is drawn.
type contentStream struct {
	buf []byte

	inText      bool // inside BT … ET
	font        *embeddedFont
	size        layout.Scaled
	charSpacing layout.Scaled // Tc
	hscale      int           // Tz in ten-thousandths; 10000 is the default
	fill        []byte        // the fill colour operator in force; nil before any
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
func (c *contentStream) num(v layout.Scaled) {
	c.buf = appendNum(c.buf, v)
	c.buf = append(c.buf, ' ')
}

// op appends an operator and ends the line.
func (c *contentStream) op(s string) {
	c.buf = append(c.buf, s...)
	c.buf = append(c.buf, '\n')
}

// appendNum appends a length in points with the precision PDF needs
// (1/10000 pt), without trailing zeros. It computes in integers, so every
// machine writes the same digits.
func appendNum(b []byte, v layout.Scaled) []byte {
	return appendFixed(b, int64(v), 65536)
}

// appendFixed appends num/den rounded to four decimals (half away from
// zero), without trailing zeros.
func appendFixed(b []byte, num, den int64) []byte {
	neg := (num < 0) != (den < 0)
	if num < 0 {
		num = -num
	}
	if den < 0 {
		den = -den
	}
	q := (num*10000 + den/2) / den // in ten-thousandths
	if q == 0 {
		return append(b, '0')
	}
	if neg {
		b = append(b, '-')
	}
	b = strconv.AppendInt(b, q/10000, 10)
	frac := q % 10000
	if frac == 0 {
		return b
	}
	digits := [4]byte{byte('0' + frac/1000), byte('0' + frac/100%10), byte('0' + frac/10%10), byte('0' + frac%10)}
	n := 4
	for digits[n-1] == '0' {
		n--
	}
	b = append(b, '.')
	return append(b, digits[:n]...)
}

// num formats a length in points as appendNum does.
func num(s layout.Scaled) string {
	return string(appendNum(nil, s))
}
