package layout

import (
	"cmp"
	"strings"

	"brochure/layout/typeset"
)

// setElement ties an item to an element, unless it already has one (an
// inline link inside a paragraph keeps its Link element).
func setElement(it typeset.Item, e *typeset.StructElement) { it.Draw(tagger{e}) }

// tagger ties the items it is handed to its element (a typeset.Drawer,
// so a new kind of item says whether it is tagged).
type tagger struct{ e *typeset.StructElement }

// GlyphRun implements typeset.Drawer: text that is no artifact.
func (t tagger) GlyphRun(x *typeset.GlyphRun) {
	if x.Elem == nil && x.Artifact == typeset.NoArtifact {
		x.Elem = t.e
	}
}

// Polygon implements typeset.Drawer.
func (t tagger) Polygon(x *typeset.Polygon) { x.Elem = cmp.Or(x.Elem, t.e) }

// QRCode implements typeset.Drawer.
func (t tagger) QRCode(x *typeset.QRCode) { x.Elem = cmp.Or(x.Elem, t.e) }

// Picture implements typeset.Drawer.
func (t tagger) Picture(x *Picture) { x.Elem = cmp.Or(x.Elem, t.e) }

// LinkArea implements typeset.Drawer.
func (t tagger) LinkArea(x *typeset.LinkArea) { x.Elem = cmp.Or(x.Elem, t.e) }

// Rule implements typeset.Drawer: rules are decoration unless a figure
// (the emblem) claims them with tagFigure.
func (tagger) Rule(*typeset.Rule) {}

// Mark implements typeset.Drawer: a mark draws nothing and belongs to
// no element.
func (tagger) Mark(*Mark) {}

// markArtifacts makes the text and rules among items artifacts of the
// given kind: drawn, but not read (page feet, decorations, a repeated
// table header).
func markArtifacts(items []typeset.Item, kind typeset.ArtifactKind) {
	for _, it := range items {
		switch x := it.(type) {
		case *typeset.GlyphRun:
			x.Artifact = kind
		case *typeset.Rule:
			x.Artifact = kind
		default:
			// Shapes, codes, pictures and links of such a block are
			// untagged already, which makes them decoration; marks
			// draw nothing.
		}
	}
}

// tagItems ties the text of items to e. A link area and the glyph run
// just before it (its text, see appendBox) become a Link element under e,
// so a screen reader announces the link inside the sentence.
func tagItems(items []typeset.Item, e *typeset.StructElement) {
	var links map[string]*typeset.StructElement
	tagLinked(items, e, &links)
}

// tagLinked is tagItems with the Link and Span elements made so far (by
// address or language; made when first needed): an address that wraps
// onto the next line stays one link.
func tagLinked(items []typeset.Item, e *typeset.StructElement, elems *map[string]*typeset.StructElement) {
	made := func(key string, role typeset.StructRole) *typeset.StructElement {
		if *elems == nil {
			*elems = map[string]*typeset.StructElement{}
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
		if g, ok := it.(*typeset.GlyphRun); ok && g.Lang() != "" && g.Elem == nil {
			span := made("lang:"+g.Lang(), typeset.RoleSpan)
			span.SetLang(g.Lang())
			g.Elem = span
		}
	}
	for k, it := range items {
		if l, ok := it.(*typeset.LinkArea); ok && l.Elem == nil && l.URL != "" {
			link := made(l.URL, typeset.RoleLink)
			link.SetDescription(linkDescription(l.URL))
			l.Elem = link
			if k > 0 {
				if g, ok := items[k-1].(*typeset.GlyphRun); ok && g.Elem == nil {
					g.Elem = link
				}
			}
		}
	}
	for _, it := range items {
		setElement(it, e)
	}
}

// linkDescription is what a link in text does, for assistive technology
// (the annotation's /Contents): „E-Mail an info@example.org“ for an
// e-mail address, „Link zu https://…“ for a web address.
func linkDescription(url string) string {
	if addr, ok := strings.CutPrefix(url, "mailto:"); ok {
		return "E-Mail an " + addr
	}
	return "Link zu " + url
}

// tag ties every item of a vertical list (a paragraph's lines, say) to e.
func tag(v []typeset.VNode, e *typeset.StructElement) []typeset.VNode {
	var elems map[string]*typeset.StructElement
	for _, n := range v {
		tagLinked(n.Items, e, &elems)
	}
	return v
}

// tagFigure makes items — shapes, pictures, codes — one figure with an
// alternate description, under parent.
func tagFigure(items []typeset.Item, parent *typeset.StructElement, alt string) *typeset.StructElement {
	fig := parent.Child(typeset.RoleFigure)
	fig.SetAlt(alt)
	for _, it := range items {
		switch x := it.(type) {
		case *typeset.Rule:
			x.Elem = fig
		default:
			setElement(it, fig)
		}
	}
	return fig
}
