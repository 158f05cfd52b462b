package layout

import (
	"time"

	"brochure/content"
	"brochure/fonts"
)

// Document is the finished layout: pages of positioned items plus what the
// PDF needs beside them (outline, metadata).
type Document struct {
	Pages    []Page
	Outline  []OutlineEntry
	Meta     Meta
	Warnings []Warning
	// Structure is the root of the structure tree (a Document element);
	// the items on the pages point into it.
	Structure *StructElement
	// SafetyMargin is the closest text may come to the trim.
	SafetyMargin Scaled
}

// Meta is the document information output writes into the PDF.
type Meta struct {
	Title, Subject, Author, Keywords, Language string
	Date                                       time.Time
}

// OutlineEntry is one bookmark: a title pointing at a place on a page.
type OutlineEntry struct {
	Title string
	Level int // 0 is the top level
	Page  int // index into Document.Pages
	Y     Scaled
}

// Warning is a typesetting problem worth telling the author about (an
// overfull line, a missing glyph), tied to where the text came from.
type Warning struct {
	Kind  WarningKind
	Where string // e.g. "content.toml:44: sections[2].body"
	Msg   string
}

// WarningKind says what a warning is about, so checks can count warnings
// without reading their messages.
type WarningKind int

// The kinds of typesetting warning.
const (
	WarnOverfull       WarningKind = iota + 1 // a line wider than the measure
	WarnUnderfull                             // a line stretched past the tolerance
	WarnWidow                                 // a paragraph's last line alone at the head of a column
	WarnOrphan                                // a paragraph's first line alone at the foot of a column
	WarnHyphenatedName                        // a name broken at a line end
	WarnMissingGlyph                          // a character the font lacks
	WarnNoQRCode                              // an address no QR code can hold
	WarnEnlargedImage                         // a raster image enlarged past its resolution
	WarnMissingLogo                           // a funder credited without its artwork
	WarnMissingAlt                            // a picture without alternate text (print; screen refuses it)
	WarnImageWidth                            // a picture width the layout cannot give
)

// String formats the warning for the terminal.
func (w Warning) String() string {
	if w.Where == "" {
		return "warning: " + w.Msg
	}
	return w.Where + ": warning: " + w.Msg
}

// Page is one page: its size and the items on it. Coordinates start at the
// page's top-left corner and grow right and down; a glyph run's Y is its
// baseline.
type Page struct {
	// Width and Height are the trimmed page; Bleed is how far material may
	// run past the trim (items reaching into it are cut off on screen).
	Width, Height, Bleed Scaled
	// Folio is the printed page number ("" on pages that show none).
	Folio string
	Items []Item
}

// Item is anything drawn on a page: *GlyphRun, *Rule, *Polygon, *QRCode,
// *Picture or *LinkArea.
type Item interface{ isItem() }

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
	// Lang is the language of text in another language than the
	// document's (BCP 47); the run then belongs to a Span with /Lang.
	Lang string
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

// Picture is an image file placed in a box: a JPEG or PNG photo, or the
// first page of a PDF (official logos), drawn unaltered. Source is the
// image as content read it (its file, headers, or the opened PDF).
type Picture struct {
	X, Y, W, H Scaled
	Source     *content.Image
	Elem       *StructElement // its figure
}

// EffectivePPI is a raster picture's resolution as placed, in pixels per
// inch (0 for vector artwork).
func (p *Picture) EffectivePPI() float64 {
	if p.Source == nil || p.Source.WidthPx == 0 || p.W <= 0 {
		return 0
	}
	return float64(p.Source.WidthPx) / (p.W.Points() / 72)
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

// MarkKind says what a Mark records.
type MarkKind string

// The things marks record, for preflight checks.
const (
	MarkEmblem      MarkKind = "eu-emblem"      // the EU emblem's rectangle
	MarkStatement   MarkKind = "eu-statement"   // „Kofinanziert von der Europäischen Union“
	MarkLogo        MarkKind = "funder-logo"    // a funder's official artwork
	MarkFunderName  MarkKind = "funder-name"    // a funder's name set as text (no artwork)
	MarkFundingNote MarkKind = "funding-notice" // the funding statement block
	// MarkFundingStatement: the statement's text was set in the notice
	// (Label holds it).
	MarkFundingStatement MarkKind = "funding-statement"
)

// Mark draws nothing: it records where something the funding rules care
// about was placed, and moves with pagination like any item, so checks can
// inspect the finished pages.
type Mark struct {
	Kind       MarkKind
	X, Y, W, H Scaled
	Face       string // the font of a statement
	Italic     bool
	Label      string // what the mark is about (a funder's name)
}

func (*GlyphRun) isItem() {}
func (*Mark) isItem()     {}
func (*Rule) isItem()     {}
func (*Polygon) isItem()  {}
func (*QRCode) isItem()   {}
func (*LinkArea) isItem() {}
func (*Picture) isItem()  {}
