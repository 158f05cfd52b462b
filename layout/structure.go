package layout

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
)

var roleNames = [...]string{"", "Document", "Sect", "Div", "H1", "H2", "P", "L", "LI", "Lbl", "LBody", "BlockQuote",
	"Figure", "Caption", "Link", "TOC", "TOCI", "Reference", "Span", "Table", "THead", "TBody", "TR", "TH", "TD"}

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

// SetAlt, SetLang and SetDescription set those attributes.
func (e *StructElement) SetAlt(s string)         { e.setAttrs().alt = s }
func (e *StructElement) SetLang(s string)        { e.setAttrs().lang = s }
func (e *StructElement) SetDescription(s string) { e.setAttrs().description = s }

// Child makes a new element under e.
func (e *StructElement) Child(role StructRole) *StructElement {
	return &StructElement{Role: role, Parent: e}
}

// nothing is the actual text of glyphs that say nothing.
var nothing = ""

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

// ElementOf returns the structure element an item belongs to (nil for an
// artifact or an item that is not drawn).
func ElementOf(it Item) *StructElement {
	switch x := it.(type) {
	case *GlyphRun:
		return x.Elem
	case *Rule:
		return x.Elem
	case *Polygon:
		return x.Elem
	case *QRCode:
		return x.Elem
	case *Picture:
		return x.Elem
	case *LinkArea:
		return x.Elem
	}
	return nil
}

// setElement ties an item to an element, unless it already has one (an
// inline link inside a paragraph keeps its Link element).
func setElement(it Item, e *StructElement) {
	switch x := it.(type) {
	case *GlyphRun:
		if x.Elem == nil && x.Artifact == NoArtifact {
			x.Elem = e
		}
	case *Polygon:
		if x.Elem == nil {
			x.Elem = e
		}
	case *QRCode:
		if x.Elem == nil {
			x.Elem = e
		}
	case *Picture:
		if x.Elem == nil {
			x.Elem = e
		}
	case *LinkArea:
		if x.Elem == nil {
			x.Elem = e
		}
	case *Rule:
		// Rules are decoration unless a figure (the emblem) claims them
		// with tagFigure.
	}
}

// markArtifacts makes the text and rules among items artifacts of the
// given kind: drawn, but not read (page feet, decorations, a repeated
// table header).
func markArtifacts(items []Item, kind ArtifactKind) {
	for _, it := range items {
		switch x := it.(type) {
		case *GlyphRun:
			x.Artifact = kind
		case *Rule:
			x.Artifact = kind
		}
	}
}

// tagItems ties the text of items to e. A link area and the glyph run
// just before it (its text, see appendBox) become a Link element under e,
// so a screen reader announces the link inside the sentence.
func tagItems(items []Item, e *StructElement) {
	var links map[string]*StructElement
	tagLinked(items, e, &links)
}

// tagLinked is tagItems with the Link and Span elements made so far (by
// address or language; made when first needed): an address that wraps
// onto the next line stays one link.
func tagLinked(items []Item, e *StructElement, elems *map[string]*StructElement) {
	made := func(key string, role StructRole) *StructElement {
		if *elems == nil {
			*elems = map[string]*StructElement{}
		}
		el := (*elems)[key]
		if el == nil {
			el = e.Child(role)
			(*elems)[key] = el
		}
		return el
	}
	for _, it := range items {
		// A passage in another language is a Span with its /Lang, one
		// per language and paragraph.
		if g, ok := it.(*GlyphRun); ok && g.Lang != "" && g.Elem == nil {
			span := made("lang:"+g.Lang, RoleSpan)
			span.SetLang(g.Lang)
			g.Elem = span
		}
	}
	for k, it := range items {
		if l, ok := it.(*LinkArea); ok && l.Elem == nil && l.URL != "" {
			link := made(l.URL, RoleLink)
			link.SetDescription("Link zu " + l.URL)
			l.Elem = link
			if k > 0 {
				if g, ok := items[k-1].(*GlyphRun); ok && g.Elem == nil {
					g.Elem = link
				}
			}
		}
	}
	for _, it := range items {
		setElement(it, e)
	}
}

// tag ties every item of a vertical list (a paragraph's lines, say) to e.
func tag(v []VNode, e *StructElement) []VNode {
	var elems map[string]*StructElement
	for _, n := range v {
		tagLinked(n.Items, e, &elems)
	}
	return v
}

// tagFigure makes items — shapes, pictures, codes — one figure with an
// alternate description, under parent.
func tagFigure(items []Item, parent *StructElement, alt string) *StructElement {
	fig := parent.Child(RoleFigure)
	fig.SetAlt(alt)
	for _, it := range items {
		switch x := it.(type) {
		case *Rule:
			x.Elem = fig
		default:
			setElement(it, fig)
		}
	}
	return fig
}
