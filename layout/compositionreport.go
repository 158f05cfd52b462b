package layout

import (
	"fmt"
	"strings"

	"brochure/content"
	"brochure/layout/typeset"
)

// The composition report: the engine reading its own pages back, after
// they are composed and whatever pagination decided, to find the faults
// of the page make-up a designer would not sign off. It looks only at
// what is drawn on the pages (items, their structure elements, the
// paragraphs their lines came from) and at Document.Floats, and adds one
// Warning per finding, with its page, the band of the page it concerns
// and the content position:
//
//   - WarnUnderfullPage: a column of a body page more than
//     underfullPageShare per cent empty — measured from the lowest item
//     drawn in it to its foot: the type area's, or the top of the
//     pictures across the columns at the page's foot — while the flow
//     goes on after it (so a column that ends early beside a full one
//     is found, not averaged away). Exempt are the cover, the contents,
//     notes, blank and back-cover pages, the last body page (a section
//     ending before the back cover or the notes pages, the end of the
//     document; its columns are balanced), a column ended by a float —
//     the next column begins with a float anchored on this page and
//     taller than the space left here —
//     a page before one that holds nothing of the sections (the
//     funding notice that ends an unbound brochure, in place of a back
//     cover), and, column by column, the gap at a section's end where
//     the next column begins with the next section's heading and that
//     section's opening there (its head down to its second line of
//     text, or a programme's down to the foot of its first row, which
//     never breaks, with the space before the heading at its least) is
//     taller than the gap: the section could not begin in it.
//     No section must start a new page today (no theme or content key
//     asks for it); when one can, the page before it joins the
//     exemptions.
//   - WarnParagraphGap: a column of a body page, less empty than
//     that, that ends inside a paragraph — its lowest line is one of a
//     paragraph that goes on in the next column — with room for
//     splitGapLines lines of body text or more below it: a gap in the
//     running text, where the foot of the column does not line up with
//     its neighbours' and nothing explains it (a paragraph's first or
//     last line kept with the rest, or a word kept whole across a page
//     turn, take a line or two). A page reports one such column, as it
//     does one underfull column.
//   - WarnHyphenatedDisplay: a heading (structure role H1 or H2), a
//     speaker's or moderator's name, or another display line (a caption,
//     a link text, a quote, a label) that ends in an inserted hyphen —
//     the first part of a word the line breaker divided, which carries
//     the whole word as its ActualText. Lines of body paragraphs (the
//     body style's family and size) are not display lines. The message
//     says when the word is wider than a column (its first part and the
//     rest on the next line together), the one case where a display line
//     may break inside a word.
//   - WarnHyphenAcrossPage: a line ending in an inserted hyphen whose
//     next line — the rest of the word — stands on a later page; the
//     message says whether the turn is to a new spread (from a
//     right-hand page) or to the facing page.
//   - WarnStrandedBlock: a column whose first item in reading order (the
//     topmost in the column) belongs to a block of a section — a picture
//     (a Figure directly under the section) or a link block (a Div under
//     the section holding a QR code or a web link) — while the section's
//     heading and all of its text (heading, speakers, body, programme)
//     stand on earlier pages, unless the block is a float that
//     pagination placed there by rule: Document.Floats names it, on its
//     anchor's page or the next.
//   - WarnFloatDistance: a float of Document.Floats standing more than
//     one page after its anchor, or before it.
//   - WarnOverprint: on any page, a glyph run that begins on its line
//     before a run left of it ends (overprint.go): text printed over
//     text, which no setting of a line makes.
//   - WarnPastTypeArea: on a body page, a picture, a code or a line of
//     text whose foot (a line's baseline) stands below the type area's
//     (pasttypearea.go): over the running foot's band, which no rule of
//     the make-up allows.
//   - WarnFloatPastHeading: a picture or link block of a section that a
//     reader meets after the heading of a later section on the same
//     page, reading column by column (floatpastheading.go), unless
//     reported stranded already.
//   - WarnRuntPage: the last body page that holds the sections' content,
//     where no section begins on it and the end of the section it holds
//     fills less than runtPageShare per cent of its type area
//     (runtpage.go): a contact's last lines and a code alone on a page.
//
// Widows and orphans (WarnWidow, WarnOrphan) keep their one home in
// checkWidowsAndOrphans and loose lines (WarnUnderfull) theirs in
// finishText; the report only names their element. Reading the pages
// costs one pass over their items and their paragraphs, with map lookups
// only where the structure element changes: O(items).

// ReadBack reports whether warnings of the kind are found by reading the
// composed pages back (the composition report's own kinds), rather than
// while the text is set.
func (k WarningKind) ReadBack() bool {
	switch k {
	case WarnUnderfullPage, WarnParagraphGap, WarnHyphenatedDisplay, WarnHyphenAcrossPage, WarnStrandedBlock, WarnFloatDistance,
		WarnOverprint, WarnPastTypeArea, WarnRuntPage, WarnFloatPastHeading:
		return true
	}
	return false
}

// underfullPageShare is the share of a column's height, in per cent, a
// column may leave empty while the flow goes on.
const underfullPageShare = 15

// blockKind says which part of a section an item belongs to.
type blockKind uint8

// The parts of a section the report tells apart.
const (
	kindText      blockKind = iota // heading, speakers, body text, programme
	kindPicture                    // a picture with its caption
	kindLinkBlock                  // a QR code with its label, text and address
)

// String names the block for messages.
func (k blockKind) String() string {
	switch k {
	case kindPicture:
		return "picture"
	case kindLinkBlock:
		return "link block"
	}
	return "text"
}

// placed is a drawn item as the report sees it: its page (from 0), its
// column, its vertical extent on the page, and the section (-1 for
// none) and block of the section it belongs to.
type placed struct {
	item        typeset.Item
	page, col   int
	left        typeset.Scaled
	top, bottom typeset.Scaled
	sect        int
	sectElem    *typeset.StructElement
	block       *typeset.StructElement
	kind        blockKind
}

// compositionReader holds what the report has read from the pages.
type compositionReader struct {
	c *composer
	d *Document
	// pages lists, per page, the content items drawn on it.
	pages [][]placed
	// wide marks the figures drawn across the columns (acrossColumns).
	wide map[*typeset.StructElement]bool
	// sects numbers the section elements in the order of the sections.
	sects map[*typeset.StructElement]int
	// divided finds the paragraph (from 1) of the first part of each
	// word divided at a line end, rest the run that goes on with the word
	// on the next line, and dividedPage the page (from 0) a run of a
	// divided word stands on.
	divided map[*typeset.GlyphRun]int
	rest    map[*typeset.GlyphRun]*typeset.GlyphRun
	// typeLeft is, per page, the left edge of its type area.
	typeLeft    []typeset.Scaled
	dividedPage map[*typeset.GlyphRun]int
	// kinds says what each block of a section is; where where it comes
	// from in the content.
	kinds map[*typeset.StructElement]blockKind
	where map[*typeset.StructElement]string
	// lastText is, per section, the last page with its text (-1: none).
	lastText []int
	// names holds the words of the speakers' and moderators' names.
	names map[string]bool
	// floatByKey finds a float of d.Floats by its key path.
	floatByKey map[string]FloatPlacement
	// goesOn marks the first glyph run of each line of a paragraph that
	// is not its paragraph's last (splitParagraphGap).
	goesOn map[*typeset.GlyphRun]bool
}

// reportComposition reads the composed pages of d back and adds the
// composition findings to its warnings (see the comment at the top of
// this file). It runs at the end of Compose, after the other warnings
// have found their pages.
func (c *composer) reportComposition(d *Document) {
	r := c.readPages(d)
	r.underfullPages()
	r.hyphenatedDisplays()
	r.hyphensAcrossPages()
	r.strandedBlocks()
	r.floatsPastHeadings()
	r.floatDistances()
	r.overprintedText()
	r.pastTypeArea()
	r.runtPage()
	for i, w := range d.Warnings {
		if w.Element != "" {
			continue
		}
		switch w.Kind {
		case WarnWidow, WarnOrphan, WarnUnderfull:
			d.Warnings[i].Element = "body line"
		case WarnHyphenatedName:
			d.Warnings[i].Element = "name"
		}
	}
}

// readPages indexes the composed pages for the report: one pass over
// the paragraphs and one over the items drawn, with lookups by element
// only where the element changes from one item to the next.
func (c *composer) readPages(d *Document) *compositionReader {
	goesOn := 0 // every line of a paragraph but its last: made to size, not grown line by line
	for _, lines := range c.paraLines {
		goesOn += max(len(lines)-1, 0)
	}
	r := &compositionReader{c: c, d: d, sects: map[*typeset.StructElement]int{}, divided: map[*typeset.GlyphRun]int{},
		rest:        map[*typeset.GlyphRun]*typeset.GlyphRun{},
		dividedPage: map[*typeset.GlyphRun]int{}, kinds: map[*typeset.StructElement]blockKind{}, where: map[*typeset.StructElement]string{},
		names: map[string]bool{}, goesOn: make(map[*typeset.GlyphRun]bool, goesOn)}
	r.readParagraphs()
	for _, s := range c.doc.Sections {
		for _, p := range append(append([]content.Person(nil), s.Speakers...), s.Moderation...) {
			for _, w := range strings.Fields(p.Name) {
				r.names[strings.Trim(w, ",.;:()")] = true
			}
		}
	}
	r.pages = make([][]placed, len(d.Pages))
	r.typeLeft = make([]typeset.Scaled, len(d.Pages))
	for i, p := range d.Pages {
		r.pages[i] = r.readPage(i, p)
	}
	// Now that every section is numbered and every block known: each
	// item's section and kind, and where each section's text ends.
	r.lastText = make([]int, len(c.doc.Sections))
	for i := range r.lastText {
		r.lastText[i] = -1
	}
	for i := range r.pages {
		for k := range r.pages[i] {
			pl := &r.pages[i][k]
			if n, ok := r.sects[pl.sectElem]; ok && pl.sectElem != nil {
				pl.sect = n
			}
			if pl.block != nil {
				pl.kind = r.kinds[pl.block]
			}
			if pl.sect >= 0 && pl.kind == kindText {
				r.lastText[pl.sect] = i
			}
		}
	}
	return r
}

// readParagraphs notes where each block of a section comes from (its
// first paragraph's position) and, for every word divided at a line
// end, its paragraph and the run that goes on with it. A divided word's
// first part is the last run of its line and its rest the first run of
// the next, so only the ends of the lines are read.
func (r *compositionReader) readParagraphs() {
	for p, lines := range r.c.paraLines {
		var head *typeset.GlyphRun // a divided word's first part, at the end of the line before
		for i, line := range lines {
			if g := line.first; g != nil {
				if head != nil {
					r.rest[head] = g
				}
				if i < len(lines)-1 {
					r.goesOn[g] = true
				}
				if i == 0 && g.Elem != nil {
					if b := r.blockOf(g.Elem); b != nil && r.where[b] == "" {
						r.where[b] = r.c.paraWhere[p]
					}
					if row := ancestorWithRole(g.Elem, typeset.RoleTR); row != nil && r.where[row] == "" {
						r.where[row] = r.c.paraWhere[p] // a programme's row: its title's
					}
				}
			}
			head = nil
			if g := line.last; g != nil && insertedHyphen(g) {
				head = g
				r.divided[g] = p + 1
			}
		}
	}
}

// firstRun and lastRun are the first and the last glyph run of a line's
// items (nil if it has none).
func firstRun(items []typeset.Item) *typeset.GlyphRun {
	for _, it := range items {
		if g, ok := it.(*typeset.GlyphRun); ok {
			return g
		}
	}
	return nil
}

func lastRun(items []typeset.Item) *typeset.GlyphRun {
	for k := len(items) - 1; k >= 0; k-- {
		if g, ok := items[k].(*typeset.GlyphRun); ok {
			return g
		}
	}
	return nil
}

// readPage lists the content items of page i with their extents and
// columns; running heads, feet and folios are left out. It numbers the
// sections whose headings (H2) it meets on a body page and says which
// blocks are pictures and link blocks.
func (r *compositionReader) readPage(i int, p Page) []placed {
	th := &r.c.th
	out := make([]placed, 0, len(p.Items)/4+4)
	var minX typeset.Scaled
	texts := 0
	var last, sect, block *typeset.StructElement
	e := new(reportExtent) // one for the page: measuring through the Drawer interface would allocate one per item
	for _, it := range p.Items {
		left, top, bottom, ok := extentOf(it, e)
		if !ok || bottom < th.MarginTop || top > th.MarginTop+th.TextHeight() {
			continue
		}
		if g, ok := it.(*typeset.GlyphRun); ok && g.ActualText() == nil && len(out) > 0 {
			// The runs of one line of one element are one entry (the first
			// part of a divided word keeps its own): fewer entries to
			// keep, the same extents.
			if prev, ok := out[len(out)-1].item.(*typeset.GlyphRun); ok && prev.Y == g.Y && prev.Elem == g.Elem && prev.ActualText() == nil {
				pl := &out[len(out)-1]
				pl.left, pl.top = min(pl.left, left), min(pl.top, top)
				continue
			}
		}
		out = append(out, placed{item: it, page: i, left: left, top: top, bottom: bottom, sect: -1})
		pl := &out[len(out)-1]
		if e := it.Element(); e != nil {
			if e != last {
				last, sect, block = e, r.sectionOf(e), r.blockOf(e)
				if _, seen := r.sects[sect]; !seen && p.Kind == BodyPage && block != nil && block.Role == typeset.RoleH2 &&
					len(r.sects) < len(r.c.doc.Sections) {
					r.sects[sect] = len(r.sects)
				}
			}
			pl.sectElem, pl.block = sect, block
			r.classify(it, block)
		}
		if g, ok := it.(*typeset.GlyphRun); ok {
			if g.ActualText() != nil {
				r.dividedPage[g] = i
			}
			if texts == 0 || pl.left < minX {
				minX = pl.left
			}
			texts++
		}
	}
	// The type area starts at the left margin, or at the right one on a
	// page whose margins are mirrored: whichever the text is nearer to.
	left := th.MarginLeft
	if texts > 0 && absScaled(minX-th.MarginRight) < absScaled(minX-th.MarginLeft) {
		left = th.MarginRight
	}
	r.typeLeft[i] = left
	if th.Columns > 1 {
		for k := range out {
			out[k].col = columnAt(out[k].left, left, th.ColumnWidth()+th.ColumnGap, th.ColumnGap, th.Columns)
		}
	}
	return out
}

// classify notes a block as a picture (a Figure of the section holding
// a picture) or a link block (a Div holding a QR code or a web link),
// and a picture's position in the content.
func (r *compositionReader) classify(it typeset.Item, b *typeset.StructElement) {
	if b == nil {
		return
	}
	switch x := it.(type) {
	case *Picture:
		if b.Role == typeset.RoleFigure && r.kinds[b] != kindPicture {
			r.kinds[b] = kindPicture
			if im := ImageOf(x); im != nil && im.Where != "" {
				r.where[b] = strings.TrimSuffix(im.Where, ".file")
			}
		}
	case *typeset.QRCode:
		if b.Role == typeset.RoleDiv {
			r.kinds[b] = kindLinkBlock
		}
	case *typeset.LinkArea:
		if b.Role == typeset.RoleDiv && x.URL != "" {
			r.kinds[b] = kindLinkBlock
		}
	default:
		// Text, rules, shapes and marks do not say what a block is.
	}
}

// extentOf is the left edge and the vertical extent of a drawn item (a
// glyph run from its size above the baseline down to the baseline);
// false for what draws nothing and for running heads and feet. e is
// scratch space for the measuring.
func extentOf(it typeset.Item, e *reportExtent) (left, top, bottom typeset.Scaled, ok bool) {
	if g, isRun := it.(*typeset.GlyphRun); isRun { // nearly every item: measured without the Drawer
		*e = runExtent(g)
	} else {
		*e = reportExtent{}
		it.Draw(e)
	}
	return e.left, e.top, e.bottom, e.ok
}

// runExtent is a glyph run's extent: from its size above the baseline
// down to the baseline; a running head's or foot's is not reported.
func runExtent(x *typeset.GlyphRun) reportExtent {
	return reportExtent{x.X, x.Y - x.Size, x.Y, x.Artifact != typeset.PaginationArtifact}
}

// reportExtent measures an item for the composition report (a
// typeset.Drawer).
type reportExtent struct {
	left, top, bottom typeset.Scaled
	ok                bool
}

// GlyphRun implements typeset.Drawer.
func (e *reportExtent) GlyphRun(x *typeset.GlyphRun) { *e = runExtent(x) }

// Picture implements typeset.Drawer.
func (e *reportExtent) Picture(x *Picture) { *e = reportExtent{x.X, x.Y, x.Y + x.H, true} }

// QRCode implements typeset.Drawer: the symbol without its quiet zone.
func (e *reportExtent) QRCode(x *typeset.QRCode) {
	quiet := 4 * x.Module
	*e = reportExtent{x.X + quiet, x.Y + quiet, x.Y + typeset.Scaled(len(x.Modules))*x.Module - quiet, true}
}

// Rule implements typeset.Drawer.
func (e *reportExtent) Rule(x *typeset.Rule) {
	*e = reportExtent{x.X, x.Y, x.Y + x.H, x.Artifact != typeset.PaginationArtifact}
}

// Polygon implements typeset.Drawer.
func (e *reportExtent) Polygon(x *typeset.Polygon) {
	if len(x.Points) == 0 {
		return
	}
	*e = reportExtent{x.Points[0].X, x.Points[0].Y, x.Points[0].Y, true}
	for _, v := range x.Points {
		e.left, e.top, e.bottom = min(e.left, v.X), min(e.top, v.Y), max(e.bottom, v.Y)
	}
}

// LinkArea implements typeset.Drawer: a link area draws nothing.
func (*reportExtent) LinkArea(*typeset.LinkArea) {}

// Mark implements typeset.Drawer: a mark draws nothing.
func (*reportExtent) Mark(*Mark) {}

// columnAt is the column an item starting at x stands in, on a page
// whose type area starts at left with columns a step apart.
func columnAt(x, left, step, gap typeset.Scaled, columns int) int {
	col := int((x - left + gap/2) / step)
	return max(0, min(col, columns-1))
}

func absScaled(x typeset.Scaled) typeset.Scaled {
	if x < 0 {
		return -x
	}
	return x
}

// sectionOf is the top-level element e belongs to (a section, the
// contents, the cover's heading); nil for the root itself.
func (r *compositionReader) sectionOf(e *typeset.StructElement) *typeset.StructElement {
	for ; e != nil; e = e.Parent {
		if e.Parent == r.d.Structure {
			return e
		}
	}
	return nil
}

// blockOf is the child of a section that e belongs to: a heading, a
// paragraph, a picture's figure, a link block's or a speaker's Div.
func (r *compositionReader) blockOf(e *typeset.StructElement) *typeset.StructElement {
	for ; e != nil && e.Parent != nil; e = e.Parent {
		if e.Parent.Parent == r.d.Structure {
			return e
		}
	}
	return nil
}

// ancestorWithRole is e or its nearest ancestor with the role, or nil.
func ancestorWithRole(e *typeset.StructElement, role typeset.StructRole) *typeset.StructElement {
	for ; e != nil; e = e.Parent {
		if e.Role == role {
			return e
		}
	}
	return nil
}

// hasRole reports whether e or one of its ancestors has the role.
func hasRole(e *typeset.StructElement, role typeset.StructRole) bool {
	return ancestorWithRole(e, role) != nil
}

// whereOf is the content position of a placed item: its paragraph's,
// its programme row's (its title's), its block's, its section's, or the
// content file's.
func (r *compositionReader) whereOf(p placed) string {
	if g, ok := p.item.(*typeset.GlyphRun); ok {
		if para, ok := r.divided[g]; ok {
			return r.c.paraWhere[para-1]
		}
	}
	if row := ancestorWithRole(p.item.Element(), typeset.RoleTR); row != nil && r.where[row] != "" {
		return r.where[row]
	}
	if w := r.where[p.block]; w != "" {
		return w
	}
	if p.sect >= 0 {
		s := r.c.doc.Sections[p.sect]
		return fmt.Sprintf("%s:%d:%d: sections[%d]", r.c.doc.Source, s.Pos.Line, s.Pos.Col, p.sect)
	}
	return r.c.doc.Source
}

// add records a finding on page i (from 0) over the band from top down
// by height.
func (r *compositionReader) add(kind WarningKind, i int, top, height typeset.Scaled, element, where, format string, args ...any) {
	r.d.Warnings = append(r.d.Warnings, Warning{Kind: kind, Where: where, Msg: fmt.Sprintf(format, args...),
		Page: i + 1, Top: top, Height: height, Element: element})
}
