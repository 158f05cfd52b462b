package typeset

import "brochure/fonts"

// Item is anything placed on a page: the kinds here (*GlyphRun, *Rule,
// *Polygon, *QRCode, *LinkArea) and those a composition adds (pictures,
// marks for checks). Pagination moves items; the PDF writer draws them
// and ties each to the structure element it belongs to.
type Item interface {
	// Offset moves the item by dx to the right and dy down.
	Offset(dx, dy Scaled)
	// Element is the structure element the item belongs to; nil for an
	// artifact or an item that is not drawn.
	Element() *StructElement
}

// Colour is a colour defined for both editions: process CMYK (in percent)
// for print and sRGB for screen.
type Colour struct {
	C, M, Y, K uint8 // 0–100
	R, G, B    uint8
}

// Black is 100 % K in print and pure black on screen: text is never rich black.
var Black = Colour{K: 100}

// GlyphRun is text in one face and size, drawn from its baseline origin.
// Kern holds, for each rune of Text, the adjustment that follows it, in
// thousandths of an em (negative pulls the next glyph closer) — the same
// model as a PDF TJ array.
type GlyphRun struct {
	X, Y Scaled
	Face *fonts.Face
	Size Scaled
	Text string
	Kern []int // nil when nothing is kerned
	// Tracking is letter spacing after each character, in thousandths of
	// an em (drawn with the PDF's character spacing, so text extraction
	// still sees one word).
	Tracking int
	// HScale widens or narrows the glyphs, in ten-thousandths (10000 is
	// 100 %; 0 means unscaled): font expansion for justification.
	HScale int
	Colour Colour
	Width  Scaled // advance width of the whole run, scaling included
	// Elem is the structure element the text belongs to; nil makes it an
	// artifact (of the kind Artifact says; decoration by default).
	Elem     *StructElement
	Artifact ArtifactKind
	// ActualText, when set, is what the run says in place of its glyphs:
	// the whole word for the first part of a word hyphenated at a line
	// end (hyphen included in the glyphs), "" for the rest on the next
	// line, so extraction and screen readers get whole words.
	ActualText *string
	// HyphenInserted says the run ends in a hyphen the line breaker
	// inserted: its word goes on at the start of the next line. (The
	// middle piece of a word divided twice says nothing, so its
	// ActualText does not tell.)
	HyphenInserted bool
	// Lang is the language of text in another language than the
	// document's (BCP 47); the run then belongs to a Span with /Lang.
	Lang string
	// SpaceAfter is the width of the word space that follows the run on
	// its line (0 when none does): the writer ends the run with a space
	// character, so the text layer carries the word boundary (ISO
	// 32000-1, 14.8.2.5) while the next run keeps its own position.
	SpaceAfter Scaled
}

// Rule is a filled rectangle (a line, a bar, a background).
type Rule struct {
	X, Y, W, H Scaled
	Colour     Colour
	// Elem is the figure a rule is part of (the emblem's field); nil for
	// decoration, an artifact (of the kind Artifact says).
	Elem     *StructElement
	Artifact ArtifactKind
}

// Vertex is a corner of a polygon on the page.
type Vertex struct{ X, Y Scaled }

// Polygon is a closed, filled shape (the stars of the EU emblem).
type Polygon struct {
	Points []Vertex
	Colour Colour
	Elem   *StructElement // the figure it is part of; nil for decoration
}

// QRCode is a QR symbol drawn as vector modules: Modules[row][col] is true
// for a dark module; (X, Y) is the top-left of the symbol including its
// quiet zone, which Modules contains.
type QRCode struct {
	X, Y   Scaled
	Module Scaled
	// Modules is the symbol including its quiet zone.
	Modules [][]bool
	Colour  Colour
	Elem    *StructElement // its figure, with the address as alternate text
}

// LinkArea is a clickable rectangle: to a web address, or to a place in
// the document when URL is empty.
type LinkArea struct {
	X, Y, W, H Scaled
	URL        string
	Page       int // target page index for internal links
	TargetY    Scaled
	// Elem is the Link element the annotation belongs to.
	Elem *StructElement
}

// Offset implements Item.
func (g *GlyphRun) Offset(dx, dy Scaled) { g.X, g.Y = g.X+dx, g.Y+dy }

// Offset implements Item.
func (r *Rule) Offset(dx, dy Scaled) { r.X, r.Y = r.X+dx, r.Y+dy }

// Offset implements Item.
func (p *Polygon) Offset(dx, dy Scaled) {
	for i := range p.Points {
		p.Points[i].X += dx
		p.Points[i].Y += dy
	}
}

// Offset implements Item.
func (q *QRCode) Offset(dx, dy Scaled) { q.X, q.Y = q.X+dx, q.Y+dy }

// Offset implements Item.
func (l *LinkArea) Offset(dx, dy Scaled) { l.X, l.Y = l.X+dx, l.Y+dy }

// Element implements Item.
func (g *GlyphRun) Element() *StructElement { return g.Elem }

// Element implements Item.
func (r *Rule) Element() *StructElement { return r.Elem }

// Element implements Item.
func (p *Polygon) Element() *StructElement { return p.Elem }

// Element implements Item.
func (q *QRCode) Element() *StructElement { return q.Elem }

// Element implements Item.
func (l *LinkArea) Element() *StructElement { return l.Elem }
