package typeset

import "brochure/fonts"

// The page model: every kind of item a page holds is declared here —
// text, rules, polygons, QR codes, link areas, pictures and marks — and
// nowhere else. Pagination moves items; the back ends (the PDF writer,
// the SVG and PNG page images) draw them, each through a Drawer.

// Item is anything placed on a page.
type Item interface {
	// Offset moves the item by dx to the right and dy down.
	Offset(dx, dy Scaled)
	// Element is the structure element the item belongs to; nil for an
	// artifact or an item that is not drawn.
	Element() *StructElement
	// Draw hands the item to the drawer's method for its kind.
	Draw(d Drawer)
}

// Drawer is a back end of the page model: it has one method for each
// kind of item. A back end that does not draw a kind does not compile,
// and a kind of item without its method here fails
// TestEveryItemKindHasADrawerMethod.
type Drawer interface {
	GlyphRun(*GlyphRun)
	Rule(*Rule)
	Polygon(*Polygon)
	QRCode(*QRCode)
	LinkArea(*LinkArea)
	Picture(*Picture)
	Mark(*Mark)
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
	// Colour and Artifact, then Tracking, HyphenInserted and HScale,
	// share a machine word each: a long document holds hundreds of
	// thousands of runs (one a word) until its pages are written.
	Colour Colour
	// Artifact is the kind of artifact a run without Elem is
	// (decoration by default).
	Artifact ArtifactKind
	// Tracking is letter spacing after each character, in thousandths of
	// an em (drawn with the PDF's character spacing, so text extraction
	// still sees one word).
	Tracking int16
	// HyphenInserted says the run ends in a hyphen the line breaker
	// inserted: its word goes on at the start of the next line. (The
	// middle piece of a word divided twice says nothing, so its
	// ActualText does not tell.)
	HyphenInserted bool
	// HScale widens or narrows the glyphs, in ten-thousandths (10000 is
	// 100 %; 0 means unscaled): font expansion for justification.
	HScale int32
	Width  Scaled // advance width of the whole run, scaling included
	// SpaceAfter is the width of the word space that follows the run on
	// its line (0 when none does): the writer ends the run with a space
	// character, so the text layer carries the word boundary (ISO
	// 32000-1, 14.8.2.5) while the next run keeps its own position.
	SpaceAfter Scaled
	// Elem is the structure element the text belongs to; nil makes it an
	// artifact (of the kind Artifact says).
	Elem *StructElement
	// Extra holds what few runs carry: kerning, text said in place of
	// the glyphs, another language. nil for a plain word; read it
	// through Kern, ActualText and Lang.
	Extra *RunExtra
}

// RunExtra is what a glyph run carries beyond its glyphs, place and
// style, kept apart because most runs have none of it.
type RunExtra struct {
	// Kern is the kerning after each character, in thousandths of an em
	// (nil when nothing is kerned).
	Kern []int
	// ActualText, when set, is what the run says in place of its glyphs:
	// the whole word for the first part of a word hyphenated at a line
	// end (hyphen included in the glyphs), "" for the rest on the next
	// line, so extraction and screen readers get whole words.
	ActualText *string
	// Lang is the language of text in another language than the
	// document's (BCP 47); the run then belongs to a Span with /Lang.
	Lang string
}

// Kern is the kerning after each of the run's characters, in
// thousandths of an em (nil when nothing is kerned).
func (g *GlyphRun) Kern() []int {
	if g.Extra == nil {
		return nil
	}
	return g.Extra.Kern
}

// ActualText is what the run says in place of its glyphs (nil: its
// glyphs); see RunExtra.
func (g *GlyphRun) ActualText() *string {
	if g.Extra == nil {
		return nil
	}
	return g.Extra.ActualText
}

// Lang is the language of the run's text when it is not the document's
// ("" otherwise).
func (g *GlyphRun) Lang() string {
	if g.Extra == nil {
		return ""
	}
	return g.Extra.Lang
}

// SetActualText makes the run say s in place of its glyphs.
func (g *GlyphRun) SetActualText(s *string) {
	if g.Extra == nil {
		if s == nil {
			return
		}
		g.Extra = &RunExtra{}
	}
	g.Extra.ActualText = s
}

// extraOf is the RunExtra of a run with kerning kern, text said said and
// language lang: nil when it has none of them.
func extraOf(kern []int, said *string, lang string) *RunExtra {
	if kern == nil && said == nil && lang == "" {
		return nil
	}
	return &RunExtra{Kern: kern, ActualText: said, Lang: lang}
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

// PictureSource is the image a picture shows, as the composition read
// it (a photo, or the page of a PDF logo). The core only carries it to
// the back ends, which know the composition's kind of source.
type PictureSource interface {
	// PixelWidth is a raster image's width in pixels as shown; 0 for
	// vector artwork.
	PixelWidth() int
}

// Picture is an image placed in a box (its frame), drawn unaltered: all
// of it, or the part of it its Window shows, scaled to fill the frame.
type Picture struct {
	X, Y, W, H Scaled
	Source     PictureSource
	// Window is the part of the source (as shown, after its
	// orientation) the frame shows; the zero Window shows all of it.
	Window Window
	Elem   *StructElement // its figure
}

// Window is a part of a picture's source: where it begins and ends
// across the source's width (X0, X1) and down its height (Y0, Y1), in
// WindowUnits of them. The zero Window is the whole source.
type Window struct {
	X0, Y0, X1, Y1 int32
}

// WindowUnit is a Window's whole width or height.
const WindowUnit = 1 << 16

// Whole reports whether the window shows all of the source.
func (w Window) Whole() bool {
	return w.Bounds() == Window{0, 0, WindowUnit, WindowUnit}
}

// Bounds is the window with the zero Window, and one that shows
// nothing or more than the source, as the whole source.
func (w Window) Bounds() Window {
	if w.X0 < 0 || w.Y0 < 0 || w.X1 > WindowUnit || w.Y1 > WindowUnit || w.X1 <= w.X0 || w.Y1 <= w.Y0 {
		return Window{0, 0, WindowUnit, WindowUnit}
	}
	return w
}

// Drawn is where the whole source is drawn so that the picture's window
// fills its frame: the frame itself for a whole picture, a larger box
// around it otherwise (a back end clips it to the frame).
func (p *Picture) Drawn() (x, y, w, h Scaled) {
	b := p.Window.Bounds()
	w = ScaleBy(p.W, WindowUnit, int64(b.X1-b.X0))
	h = ScaleBy(p.H, WindowUnit, int64(b.Y1-b.Y0))
	return p.X - ScaleBy(w, int64(b.X0), WindowUnit), p.Y - ScaleBy(h, int64(b.Y0), WindowUnit), w, h
}

// EffectivePPI is a raster picture's resolution as placed, in pixels per
// inch (0 for vector artwork).
func (p *Picture) EffectivePPI() float64 {
	if p.Source == nil || p.W <= 0 {
		return 0
	}
	px := p.Source.PixelWidth()
	if px == 0 {
		return 0
	}
	_, _, w, _ := p.Drawn()
	return float64(px) / (w.Points() / 72)
}

// MarkKind says what a Mark records; the composition declares the kinds.
type MarkKind string

// Mark draws nothing: it records where something a composition's checks
// care about was placed, and moves with pagination like any item, so the
// checks can inspect the finished pages.
type Mark struct {
	Kind       MarkKind
	X, Y, W, H Scaled
	Face       string // the font of a statement
	Italic     bool
	Label      string // what the mark is about (a funder's name)
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

// Offset implements Item.
func (p *Picture) Offset(dx, dy Scaled) { p.X, p.Y = p.X+dx, p.Y+dy }

// Offset implements Item.
func (m *Mark) Offset(dx, dy Scaled) { m.X, m.Y = m.X+dx, m.Y+dy }

// Element implements Item.
func (p *Picture) Element() *StructElement { return p.Elem }

// Element implements Item: a mark draws nothing and belongs to no
// element.
func (*Mark) Element() *StructElement { return nil }

// Draw implements Item.
func (g *GlyphRun) Draw(d Drawer) { d.GlyphRun(g) }

// Draw implements Item.
func (r *Rule) Draw(d Drawer) { d.Rule(r) }

// Draw implements Item.
func (p *Polygon) Draw(d Drawer) { d.Polygon(p) }

// Draw implements Item.
func (q *QRCode) Draw(d Drawer) { d.QRCode(q) }

// Draw implements Item.
func (l *LinkArea) Draw(d Drawer) { d.LinkArea(l) }

// Draw implements Item.
func (p *Picture) Draw(d Drawer) { d.Picture(p) }

// Draw implements Item.
func (m *Mark) Draw(d Drawer) { d.Mark(m) }
