package layout

import (
	"fmt"
	"slices"
	"strings"

	"brochure/layout/typeset"
)

// tableOfContents is the table of contents as set once, before its page
// numbers are known: its heading and, for each section, its entry. The
// page numbers do not change an entry's lines or height, so the same
// setting is counted (how many pages the contents take, which the body's
// breaks depend on) and then, with the numbers, drawn.
type tableOfContents struct {
	heading []typeset.VNode // untagged
	entries []tocEntry
	plan    contentsPlan // the entries' spacing and page breaks
}

// tocEntry is one section's entry: its label and title set and stacked
// (their items moved to their place in the entry, untagged), its height,
// and where its last line's text ends and its baseline stands within the
// entry, where the leaders and the page number go.
type tocEntry struct {
	items        []typeset.Item
	height       typeset.Scaled
	lastEnd      typeset.Scaled
	lastTop      typeset.Scaled // the last line's top within the entry
	lastBaseline typeset.Scaled // the last line's height: its baseline below lastTop
	description  string         // "Zu …", without the page
	// subs are the section's sub-headings' entries (contentssub.go), set
	// as a section's entry is, each with its sub-heading's anchor.
	subs   []tocEntry
	anchor int
}

// setContents sets the table of contents once: its heading and for each
// section its label and its title (not hyphenated) in the width the page
// numbers leave, balanced: a title that wraps has lines of similar
// length, and its last, before the leaders and the page number, is not a
// lone word („… Risiken und offene / Fragen . . . 4“ became „Digitale
// Souveränität für Ratsuchende: / Chancen, Risiken und offene Fragen“).
func (c *composer) setContents() *tableOfContents {
	th := c.th
	x, width := th.MarginLeft, th.TextWidth()
	numberColumn := typeset.MM(14) // kept free for the page numbers
	subs := listsSubheadings(c.doc)
	toc := &tableOfContents{heading: c.displayText(plain("Inhalt"), th.Heading, x, width, c.at("contents"))}
	toc.entries = make([]tocEntry, len(c.doc.Sections))
	for i, s := range c.doc.Sections {
		l, last := c.carried(contentsEntry, i, s, func() ([]typeset.VNode, int) {
			var entry []typeset.VNode
			if !titleSaysLabel(s) {
				items, _ := c.oneLine(plain(s.Label), th.Label, x, th.Label.Leading)
				entry = append(entry, typeset.Box(th.Label.Leading, items...))
			}
			title := c.balancedText([]typeset.Span{{Text: s.Title, Keep: true}}, th.TOCEntry, x, width-numberColumn, c.where(i, ".title"))
			last := len(entry) + len(title) - 1
			return c.padToGrid(append(entry, title...)), last
		})
		entry := l.v
		if l.kept != nil {
			entry = l.appendTo(make([]typeset.VNode, 0, l.len()))
		}
		e := &toc.entries[i]
		e.lastEnd, e.lastTop, e.lastBaseline = lineEnd(entry[last].Items), typeset.StackHeight(entry[:last]), entry[last].Height
		e.height = typeset.StackHeight(entry)
		e.items = flatten(entry)
		e.description = "Zu " + c.outsideText(outlineTitle(s))
		if subs {
			e.subs = c.setSubentries(i, s, x, width-numberColumn)
		}
	}
	toc.plan = c.planContents(toc)
	return toc
}

// before is what stands before entry i > 0: the entries' spacing, or a
// page break where the plan begins a page with it.
func (toc *tableOfContents) before(i int) typeset.VNode {
	if slices.Contains(toc.plan.breaks, i) {
		return typeset.Penalty(typeset.ForceBreak)
	}
	return typeset.Space(toc.plan.gap)
}

// contentsToCount is the table of contents as its heading and its
// entries' heights, without items: what counting its pages (before the
// page numbers are known) needs.
func (c *composer) contentsToCount(toc *tableOfContents) []typeset.VNode {
	th := c.th
	v := append(toc.heading[:len(toc.heading):len(toc.heading)], c.gridSpace(th.SectionSkip/2))
	for i, e := range toc.entries {
		if i > 0 {
			v = append(v, toc.before(i))
		}
		v = append(v, typeset.Box(e.height))
		tall := c.tallGroup(&e)
		for j, sub := range e.subs {
			v = append(v, beforeSubentry(j, len(e.subs), tall), typeset.Box(sub.height))
		}
	}
	return v
}

// contents builds the table of contents from its setting: for each
// section its label, its title, dot leaders and the page number, the
// whole entry a link to the section, and under it its sub-entries, each
// a link to its sub-heading (subStarts, by anchor). firstFolio is the
// printed number of the first body page. The entries are drawn once:
// afterwards the setting is used up.
func (c *composer) contents(toc *tableOfContents, starts []sectionStart, subStarts map[int]sectionStart, firstFolio int) []typeset.VNode {
	th := c.th
	// In the structure: a section with its heading and a TOC, each entry
	// a TOCI holding a reference whose link (label, title and page number
	// with the annotation) leads to the section, and, for its
	// sub-entries, a TOC of their TOCIs; the leaders are decoration.
	sect := c.root.Child(typeset.RoleSect)
	v := tag(toc.heading, sect.Child(typeset.RoleH2))
	v = append(v, c.gridSpace(th.SectionSkip/2))
	tocElem := sect.Child(typeset.RoleTOC)
	for i, e := range toc.entries {
		if i > 0 {
			v = append(v, toc.before(i))
		}
		toci := tocElem.Child(typeset.RoleTOCI)
		v = append(v, c.contentsEntry(e, toci, th.TOCEntry, starts[i], firstFolio))
		var subTOC *typeset.StructElement
		tall := c.tallGroup(&e)
		for j, sub := range e.subs {
			if subTOC == nil {
				subTOC = toci.Child(typeset.RoleTOC)
			}
			at, ok := subStarts[sub.anchor]
			if !ok {
				at = starts[i] // not placed (cannot be): the section's page
			}
			v = append(v, beforeSubentry(j, len(e.subs), tall), c.contentsEntry(sub, subTOC.Child(typeset.RoleTOCI), th.tocSubentryStyle(), at, firstFolio))
		}
	}
	toc.entries = nil
	return v
}

// contentsEntry draws one entry of the contents under its TOCI element:
// its text, the leaders and the page number (in st) of the place at,
// the whole a link there.
func (c *composer) contentsEntry(e tocEntry, toci *typeset.StructElement, st typeset.TextStyle, at sectionStart, firstFolio int) typeset.VNode {
	th := c.th
	x, width := th.MarginLeft, th.TextWidth()
	link := toci.Child(typeset.RoleReference).Child(typeset.RoleLink)
	folio := fmt.Sprint(firstFolio + at.page)
	// Set at 0 and moved to end at the right edge: its width is known
	// once it is set.
	num, nw := c.oneLine(plain(folio), st, 0, e.lastBaseline)
	for _, it := range num {
		typeset.MoveRight(it, x+width-nw)
	}
	dots := c.leaders(e.lastEnd, x+width-nw, e.lastBaseline)
	items := e.items
	for _, it := range append(dots, num...) {
		typeset.MoveDown(it, e.lastTop)
		items = append(items, it)
	}
	items = append(items, &typeset.LinkArea{X: x, Y: 0, W: width, H: e.height, Page: at.page, TargetY: at.y})
	link.SetDescription(e.description + ", Seite " + folio)
	tagItems(items, link)
	return typeset.Box(e.height, items...)
}

// lineEnd is the right edge of the text on a line.
func lineEnd(items []typeset.Item) typeset.Scaled {
	var end typeset.Scaled
	for _, it := range items {
		if g, ok := it.(*typeset.GlyphRun); ok {
			end = max(end, g.X+g.Width)
		}
	}
	return end
}

// leaders sets dots between from and to on a baseline, at positions that
// are multiples of a fixed step from the page's left edge, so the dots of
// all entries stand in columns, as TeX's \dotfill does. The dots are one
// run, spaced by letter spacing that makes each dot's advance the step.
func (c *composer) leaders(from, to, baseline typeset.Scaled) []typeset.Item {
	st := c.th.TOCEntry
	const stepEm = 500 // thousandths of an em between dots
	step := typeset.OfEm(stepEm, st.Size)
	gap := st.Size / 2
	face := st.Face()
	dot := typeset.OfEm(face.Advance('.'), st.Size)
	first := (from + gap + step - 1) / step * step
	count := 0
	for pos := first; pos+dot <= to-gap; pos += step {
		count++
	}
	if count == 0 {
		return nil
	}
	return []typeset.Item{&typeset.GlyphRun{X: first, Y: baseline, Face: face, Size: st.Size, Text: strings.Repeat(".", count),
		Tracking: int16(stepEm - face.Advance('.')), Colour: c.th.Muted, Width: typeset.Scaled(count) * step, Artifact: typeset.DecorationArtifact,
		Extra: &typeset.RunExtra{ActualText: new(string)}}} // decoration: copied and read as nothing
}
