package output

import (
	"strconv"

	"brochure/layout/typeset"
)

// glyphRun writes a run of text into the page's open text object: its
// font, colour, letter spacing and horizontal scaling where they change,
// its origin, and its glyphs as one TJ array whose numbers are the
// layout's kerning, so the viewer draws exactly the advances the line
// breaker measured.
func (d *document) glyphRun(g *typeset.GlyphRun) {
	c := &d.cs
	font := d.embed(g.Face)
	c.beginText()
	if c.font != font || c.size != g.Size {
		c.buf = append(c.buf, '/')
		c.buf = append(c.buf, font.resource...)
		c.buf = append(c.buf, ' ')
		c.num(g.Size)
		c.op("Tf")
		c.font, c.size = font, g.Size
	}
	d.fill(g.Colour)
	if tc := typeset.OfEm(int(g.Tracking), g.Size); tc != c.charSpacing {
		c.num(tc)
		c.op("Tc")
		c.charSpacing = tc
	}
	hscale := int(g.HScale)
	if hscale == 0 {
		hscale = 10000
	}
	if hscale != c.hscale {
		c.buf = appendFixed(c.buf, int64(hscale), 100)
		c.op(" Tz")
		c.hscale = hscale
	}
	actual := g.Tracking != 0 || g.ActualText() != nil
	if actual {
		// Letter-spaced text is marked with its actual text, so readers
		// that split widely spaced letters into words still extract it
		// as written; a word hyphenated at a line end says the whole word
		// in its first part and nothing in its rest.
		text := g.Text
		if said := g.ActualText(); said != nil {
			text = *said
		}
		c.beginMarked("Span", pdfDict{{"ActualText", pdfText(text)}})
	}
	c.buf = append(c.buf, "1 0 0 1 "...)
	d.px(g.X)
	d.py(g.Y)
	c.op("Tm")
	space := g.SpaceAfter > 0
	c.buf = appendGlyphs(c.buf, font, g.Text, g.Kern(), space && !actual)
	if actual {
		c.op("EMC")
		if space {
			// Outside the span, which says only the run's own text.
			c.buf = appendGlyphs(c.buf, font, " ", nil, false)
		}
	}
}

// appendGlyphs writes text as CIDs in a TJ array, with a kerning
// adjustment after each kerned character (TJ subtracts its numbers, in
// thousandths of an em, from the advance), or as a plain Tj string when
// nothing is kerned. With space, a space character ends the string: the
// word boundary for text extraction. It is drawn after the run's last
// glyph and moves nothing, since every run sets its own origin.
func appendGlyphs(b []byte, font *embeddedFont, text string, kern []int, space bool) []byte {
	kerned := false
	for _, k := range kern {
		if k != 0 {
			kerned = true
			break
		}
	}
	if kerned {
		b = append(b, '[')
	}
	b = append(b, '<')
	i := 0
	for _, r := range text {
		b = appendHex4(b, font.cid(r))
		if kerned && i < len(kern) && kern[i] != 0 && i < len(kern)-1 {
			b = append(b, '>')
			b = strconv.AppendInt(b, int64(-kern[i]), 10)
			b = append(b, '<')
		}
		i++
	}
	if space {
		b = appendHex4(b, font.cid(' '))
	}
	if kerned {
		return append(b, ">] TJ\n"...)
	}
	return append(b, "> Tj\n"...)
}
