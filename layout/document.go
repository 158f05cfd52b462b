package layout

import (
	"time"

	"brochure/layout/typeset"
)

// Document is the finished layout: pages of positioned items plus what the
// PDF needs beside them (outline, metadata).
type Document struct {
	Pages    []Page
	Outline  []typeset.OutlineEntry
	Meta     Meta
	Warnings []Warning
	// Structure is the root of the structure tree (a Document element);
	// the items on the pages point into it.
	Structure *typeset.StructElement
	// SafetyMargin is the closest text may come to the trim.
	SafetyMargin typeset.Scaled
	// Setting sums up how the justified text was set (word spaces, glyph
	// scaling, protrusion, hyphenation, compound breaks).
	Setting typeset.SettingSummary
}

// Meta is the document information output writes into the PDF.
type Meta struct {
	Title, Subject, Author, Keywords, Language string
	Date                                       time.Time
}

// Warning is a typesetting problem worth telling the author about (an
// overfull line, a missing glyph), tied to where the text came from and,
// when it concerns text on a page, to where that text was placed.
type Warning struct {
	Kind  WarningKind
	Where string // e.g. "content.toml:44: sections[2].body"
	Msg   string
	// Page (from 1; 0 when the warning concerns no placed text) and the
	// band of it, from Top down by Height, where the line or paragraph
	// the warning is about stands.
	Page        int
	Top, Height typeset.Scaled
	// anchor is an item of that line or paragraph, found on the pages
	// once they are composed.
	anchor typeset.Item
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
	Width, Height, Bleed typeset.Scaled
	// Folio is the printed page number ("" on pages that show none).
	Folio string
	Items []typeset.Item
}
