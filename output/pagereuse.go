package output

import (
	"slices"

	"brochure/layout/typeset"
)

// takePage adds page i, keyed by w, as kept: it checks that its
// faces' resource names are the ones its stream names, then adds what
// drawing it would have added to the document — its fonts and their
// characters, its MCIDs in the structure tree, its links, the boxes of
// the figures and tables it draws — and queues its kept stream. It
// reports false, having added nothing, when the names differ (fonts
// first drawn in another order before it): the page is drawn then.
func (d *document) takePage(i int, w *pageWalk, kept *keptPage) bool {
	if len(w.faces) != len(kept.fonts) || len(w.elems) != kept.elems {
		return false // cannot be under one key; checked all the same
	}
	next := len(d.fontOrder)
	for k, f := range w.faces {
		if e, ok := d.fonts[f]; ok {
			if e.resource != kept.fonts[k] {
				return false
			}
			continue
		}
		next++
		if fontResource(next) != kept.fonts[k] {
			return false
		}
	}
	for k, f := range w.faces {
		e := d.embed(f)
		for _, r := range kept.chars[k] {
			e.cid(r)
		}
	}
	for _, e := range w.elems {
		d.tree.mcid(e, i)
	}
	items := d.doc.Pages[i].Items
	for _, k := range w.boxed {
		d.boundItem(items[k])
	}
	d.page.links = slices.Clone(w.links)
	d.taken++
	d.page.contents = d.pipe.put(streamObject{dict: pdfDict{flateFilter}, data: kept.data})[0]
	return true
}

// keptPageOf is what a page just drawn (the last of d.pages, keyed by
// w) leaves for a later build to take, or nil when drawing it did
// what the walk did not foresee or what takePage cannot add again: an
// image, a character whose CID is not its code point, faces or MCIDs
// other than the walk's.
func (d *document) keptPageOf(i int, w *pageWalk) *keptPage {
	p := d.page
	if len(p.xobjects) > 0 || p.transparency || len(p.fonts) != len(w.faces) || !slices.Equal(p.links, w.links) {
		return nil
	}
	for k, e := range p.fonts {
		if e.face != w.faces[k] {
			return nil
		}
	}
	elems := d.tree.pageElems(i)
	if len(elems) != len(w.elems) {
		return nil
	}
	for k, r := range elems {
		if r.elem != w.elems[k] {
			return nil
		}
	}
	kept := &keptPage{fonts: make([]string, len(p.fonts)), chars: make([][]rune, len(p.fonts)), elems: len(w.elems)}
	for k, e := range p.fonts {
		kept.fonts[k] = e.resource
	}
	for _, it := range d.doc.Pages[i].Items {
		g, ok := it.(*typeset.GlyphRun)
		if !ok {
			continue
		}
		k := slices.Index(w.faces, g.Face)
		if k < 0 {
			return nil // not walked as drawn
		}
		for _, r := range g.Text {
			kept.chars[k] = append(kept.chars[k], r)
		}
		if g.SpaceAfter > 0 {
			kept.chars[k] = append(kept.chars[k], ' ')
		}
	}
	for k, rs := range kept.chars {
		slices.Sort(rs)
		rs = slices.Compact(rs)
		for _, r := range rs {
			if !ownCID(r) {
				return nil
			}
		}
		// A copy: the page's characters were gathered with repeats, in
		// an array some ten times the size of the set, which the cache
		// would otherwise hold for as long as it keeps the page.
		kept.chars[k] = append(make([]rune, 0, len(rs)), rs...)
	}
	return kept
}

// ownCID reports whether r is drawn with its code point as its CID
// (embeddedFont.cid), which depends on no other character drawn.
func ownCID(r rune) bool {
	return uint32(r)-1 < 0xFFFF && r&0xF800 != 0xD800
}
