package layout

import (
	"fmt"
	"slices"
	"strings"
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
	// Floats records where each float (a picture, a block of links) was
	// anchored and where pagination put it, for the composition report.
	Floats []FloatPlacement
	// Binding is what a bound edition's padding added.
	Binding BindingPadding
	// PictureShare is the share of the type area's height, in per cent,
	// its pictures stand at most (Theme.PictureShare), and Fitted what
	// Compose lowered it to where that ended a bound edition a signature
	// earlier (fewerSignatures).
	PictureShare int
	Fitted       SignatureFit
	// sectionPages counts the body pages that hold the sections (not the
	// page an unbound edition's funding notice may take of its own):
	// what Compose weighs against Theme.ContentsFromPages.
	sectionPages int
}

// BindingPadding is what padding a bound edition to its page multiple
// added: the empty pages (notes or blank) before the back cover, and the
// multiple; both zero for an edition that is not bound.
type BindingPadding struct {
	Added, Multiple int
}

// FloatPlacement is where one float landed relative to its anchor, the
// place in the text flow where its section put it.
type FloatPlacement struct {
	// Where names the float in the content ("content.toml:40:3:
	// sections[2].images[0]").
	Where string
	// Files are the picture files the float shows, as the content names
	// them (a pair of half-width pictures shows two); none for a block
	// of links.
	Files []string
	// AnchorPage and Page are document pages (from 1): where the anchor
	// fell and where the float was placed.
	AnchorPage, Page int
	// AfterPage is the page of the float before it of its kind (0
	// for the first): a float cannot stand before the float ahead of it
	// of its kind, and waits for it at the top of a page.
	AfterPage int
	// Kept is the share, in per cent, of its height a picture kept where
	// its page set it smaller beside its text (typeset.VNode.Give); 100
	// for one set as it came.
	Kept int
	// InColumn says of a picture asked across the columns (width =
	// "type-area" or "full-bleed" in a layout of columns) whether, and
	// why, it stands a column wide beside its section's text instead.
	InColumn InColumnReason
}

// InColumnReason says why a picture asked across the columns stands in
// a column.
type InColumnReason uint8

const (
	// AsAsked: the picture stands as its width asks.
	AsAsked InColumnReason = iota
	// TallAcross: narrowed to the height limit, it would stand little
	// wider than a column, with white beside it (a portrait photo).
	TallAcross
	// NoRoomAcross: no page of its section's text had room for it across
	// the columns (spanincolumn.go).
	NoRoomAcross
)

// Due is the page from which a float's distance counts: its anchor's,
// or the page of the float before it where that is later (a section
// whose floats take more than a page sets them a page after another).
func (f FloatPlacement) Due() int {
	return max(f.AnchorPage, f.AfterPage)
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
	Where string // e.g. "content.toml:44:3: sections[2].body (block 1)"
	Msg   string
	// Page (from 1; 0 when the warning concerns no placed text) and the
	// band of it, from Top down by Height, where the line or paragraph
	// the warning is about stands.
	Page        int
	Top, Height typeset.Scaled
	// Element names what a composition finding is about ("heading",
	// "picture", "page", …); "" for other warnings.
	Element string
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

	// Composition findings: faults of the page make-up, found by reading
	// the composed pages back (see the composition report).
	WarnUnderfullPage     // more of a page's type area empty than allowed while the flow goes on
	WarnHyphenatedDisplay // a heading, name or other display line broken at a hyphen
	WarnHyphenAcrossPage  // a word hyphenated across a page turn
	WarnStrandedBlock     // a block of a section alone, away from its section
	WarnFloatDistance     // a float more than one page after its anchor

	WarnNoFunding // no funding notice, or one without its statement or the EU emblem

	WarnProgrammeOrder // a programme whose times go back (several days in one table)

	WarnSmallLogo // a funder's logo the funding bar can set only too small to read

	WarnProgrammeDay // a programme item that writes its day in its text instead of giving it (day = …)

	WarnLowContrast // text the theme sets too faint on its ground for the screen (print; screen refuses it)

	WarnEmptySection // a section with nothing under its heading: no text, people, agenda, pictures or links

	WarnCaptionCredit // a caption that carries its picture's credit, printed once

	WarnParagraphGap // a column that ends lines early inside a paragraph that goes on after it

	WarnOverprint // text printed over text on one line

	WarnPastTypeArea // a picture, code or line that runs past the type area's foot, over the running foot

	WarnRuntPage // the last page of the text holding only a little of a section begun before it

	WarnFloatPastHeading // a picture or link block a reader meets after a later section's heading
)

// kindNames are the warning kinds' names in reports (check -json).
var kindNames = [...]string{"", "overfull-line", "loose-line", "widow", "orphan", "hyphenated-name", "missing-glyph",
	"no-qr-code", "enlarged-image", "missing-logo", "missing-alt", "image-width",
	"underfull-page", "hyphenated-display", "hyphen-across-page", "stranded-block", "float-distance", "no-funding",
	"programme-order", "small-logo", "programme-day", "low-contrast",
	"empty-section", "caption-credit", "paragraph-gap", "overprinted-text", "past-type-area", "runt-page", "float-past-heading"}

// String names the warning kind for reports: "underfull-page", "widow", ….
func (k WarningKind) String() string {
	if k > 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("warning-%d", int(k))
}

// Composition reports whether the kind is a fault of the page make-up —
// what check lists under composition: underfull pages, columns that end
// early inside a paragraph, hyphenated display lines and names, hyphens
// across a page turn, widows, orphans, loose lines, stranded blocks,
// floats far from their anchor or past a later section's heading, text
// printed over text, content past the type area's foot and a last page
// of the text holding little.
func (k WarningKind) Composition() bool {
	switch k {
	case WarnUnderfullPage, WarnParagraphGap, WarnHyphenatedDisplay, WarnHyphenatedName, WarnHyphenAcrossPage,
		WarnWidow, WarnOrphan, WarnUnderfull, WarnStrandedBlock, WarnFloatDistance, WarnOverprint, WarnPastTypeArea, WarnRuntPage, WarnFloatPastHeading:
		return true
	}
	return false
}

// KindCounts sums up the warnings of the kinds which selects as their
// counts by kind, „1 float-distance, 2 underfull-page“, in the order of
// the kinds' names; "" for none.
func KindCounts(warnings []Warning, which func(WarningKind) bool) string {
	counts := map[string]int{}
	for _, w := range warnings {
		if which(w.Kind) {
			counts[w.Kind.String()]++
		}
	}
	kinds := make([]string, 0, len(counts))
	for k, n := range counts {
		kinds = append(kinds, fmt.Sprintf("%d %s", n, k))
	}
	slices.SortFunc(kinds, func(a, b string) int {
		return strings.Compare(a[strings.IndexByte(a, ' '):], b[strings.IndexByte(b, ' '):])
	})
	return strings.Join(kinds, ", ")
}

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
	// Kind says what the page is for: the cover, the contents, body text,
	// a page added for binding, the back cover.
	Kind  PageKind
	Items []typeset.Item
}

// PageKind is what a page is for. Running heads, folios and the
// composition report's exemptions follow from it.
type PageKind uint8

// The kinds of page.
const (
	BodyPage      PageKind = iota // sections and, unbound, the funding notice
	CoverPage                     // the front cover
	ContentsPage                  // the table of contents
	NotesPage                     // added for binding, ruled for notes
	BlankPage                     // added for binding, empty
	BackCoverPage                 // the back cover with the funding notice
)

// String names the page kind for reports.
func (k PageKind) String() string {
	switch k {
	case CoverPage:
		return "cover"
	case ContentsPage:
		return "contents"
	case NotesPage:
		return "notes"
	case BlankPage:
		return "blank"
	case BackCoverPage:
		return "back cover"
	}
	return "body"
}

// RightHand reports whether page index i (from 0; the cover is 0) is a
// right-hand (recto) page of the bound brochure: the cover and every
// second page after it.
func RightHand(i int) bool { return i%2 == 0 }
