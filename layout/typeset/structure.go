package typeset

// The logical structure of a brochure (ISO 32000-1, 14.7–14.8; PDF/UA): a
// tree of structure elements made from the content model — document,
// sections, headings, paragraphs, lists, quotes, figures, links, the table
// of contents — that a screen reader follows in reading order. Every
// drawn item points at the element it belongs to; items that point at
// none are artifacts (decoration, running heads, page numbers), which
// readers skip.
//
// Elements know their parent only. The PDF writer lists each element's
// content and children in the order they are drawn, which is the reading
// order the composition produces, and leaves out elements nothing was
// drawn for.

// StructRole is a standard structure type of PDF.
type StructRole uint8

// The structure types the brochure uses (ISO 32000-1, tables 333–340).
const (
	RoleDocument StructRole = iota + 1
	RoleSect
	RoleDiv
	RoleH1
	RoleH2
	RoleP
	RoleL
	RoleLI
	RoleLbl
	RoleLBody
	RoleBlockQuote
	RoleFigure
	RoleCaption
	RoleLink
	RoleTOC
	RoleTOCI
	RoleReference
	RoleSpan
	RoleTable
	RoleTHead
	RoleTBody
	RoleTR
	RoleTH // a column header: written with /Scope /Column
	RoleTD
	RoleH3 // a sub-heading in a section's text
)

var roleNames = [...]string{"", "Document", "Sect", "Div", "H1", "H2", "P", "L", "LI", "Lbl", "LBody", "BlockQuote",
	"Figure", "Caption", "Link", "TOC", "TOCI", "Reference", "Span", "Table", "THead", "TBody", "TR", "TH", "TD", "H3"}

// String is the structure type's name in PDF.
func (r StructRole) String() string {
	if int(r) < len(roleNames) {
		return roleNames[r]
	}
	return "NonStruct"
}

// StructElement is one element of the structure tree. A long brochure
// has a hundred thousand of them, so the rarely set attributes sit behind
// one pointer.
type StructElement struct {
	Role   StructRole
	Parent *StructElement
	attrs  *structAttrs
}

// structAttrs are an element's optional attributes.
type structAttrs struct {
	alt, lang, description string
	rowSpan                int
}

func (e *StructElement) setAttrs() *structAttrs {
	if e.attrs == nil {
		e.attrs = &structAttrs{}
	}
	return e.attrs
}

// Alt is the alternate description of a figure: what a screen reader
// says instead of the picture.
func (e *StructElement) Alt() string {
	if e.attrs == nil {
		return ""
	}
	return e.attrs.alt
}

// Lang is the language of the element's text when it differs from its
// parent's (BCP 47, e.g. "en"); "" otherwise.
func (e *StructElement) Lang() string {
	if e.attrs == nil {
		return ""
	}
	return e.attrs.lang
}

// Description is what a link annotation says it does (its /Contents).
func (e *StructElement) Description() string {
	if e.attrs == nil {
		return ""
	}
	return e.attrs.description
}

// RowSpan is the number of rows a table cell spans (0 or 1: its own).
func (e *StructElement) RowSpan() int {
	if e.attrs == nil {
		return 0
	}
	return e.attrs.rowSpan
}

// SetRowSpan makes a table cell span n rows: the rows after its own have
// no cell in its column.
func (e *StructElement) SetRowSpan(n int) { e.setAttrs().rowSpan = n }

// SetAlt, SetLang and SetDescription set those attributes.
func (e *StructElement) SetAlt(s string)         { e.setAttrs().alt = s }
func (e *StructElement) SetLang(s string)        { e.setAttrs().lang = s }
func (e *StructElement) SetDescription(s string) { e.setAttrs().description = s }

// Child makes a new element under e.
func (e *StructElement) Child(role StructRole) *StructElement {
	return &StructElement{Role: role, Parent: e}
}

// ArtifactKind says whether an item may belong to the structure and, if it
// is an artifact, of which kind.
type ArtifactKind uint8

// Kinds of artifact.
const (
	// NoArtifact: the item is content; drawn without an element it is
	// written as a decoration artifact all the same.
	NoArtifact         ArtifactKind = iota
	DecorationArtifact              // leaders, bars, backgrounds drawn as text or rules
	PaginationArtifact              // running heads and feet, page numbers
)
