package layout

import (
	"brochure/layout/typeset"
	"fmt"
	"strings"
)

// contents builds the table of contents: for each section its label,
// its title, dot leaders and the page number, the whole entry a link to
// the section. firstFolio is the printed number of the first body page;
// 0 sets no numbers (a first pass, to learn how many pages the contents
// take).
func (c *composer) contents(starts []sectionStart, firstFolio int) []typeset.VNode {
	th := c.th
	x, width := th.MarginLeft, th.TextWidth()
	numberColumn := typeset.MM(14)
	// In the structure: a section with its heading and a TOC, each entry
	// a TOCI holding a reference whose link (label, title and page number
	// with the annotation) leads to the section; the leaders are
	// decoration.
	sect := c.root.Child(typeset.RoleSect)
	v := tag(c.displayText(plain("Inhalt"), th.Heading, x, width, c.at("contents")), sect.Child(typeset.RoleH2))
	v = append(v, c.gridSpace(th.SectionSkip/2))
	toc := sect.Child(typeset.RoleTOC)
	for i, s := range c.doc.Sections {
		link := toc.Child(typeset.RoleTOCI).Child(typeset.RoleReference).Child(typeset.RoleLink)
		description := "Zu " + outlineTitle(s)
		var entry []typeset.VNode
		if !strings.EqualFold(s.Title, s.Label) {
			items, _ := c.oneLine(plain(s.Label), th.Label, x, th.Label.Leading)
			entry = append(entry, typeset.Box(th.Label.Leading, items...))
		}
		// Titles in the contents are not hyphenated.
		title := c.displayText([]typeset.Span{{Text: s.Title, Keep: true}}, th.TOCEntry, x, width-numberColumn, c.where(i, ".title"))
		last := len(title) - 1
		if firstFolio > 0 {
			folio := fmt.Sprint(firstFolio + starts[i].page)
			description += ", Seite " + folio
			nw := c.measure(plain(folio), th.TOCEntry)
			num, _ := c.oneLine(plain(folio), th.TOCEntry, x+width-nw, title[last].Height)
			dots := c.leaders(lineEnd(title[last].Items), x+width-nw, title[last].Height)
			title[last].Items = append(append(title[last].Items, dots...), num...)
		}
		entry = c.padToGrid(append(entry, title...))
		items := flatten(entry)
		height := typeset.StackHeight(entry)
		items = append(items, &typeset.LinkArea{X: x, Y: 0, W: width, H: height, Page: starts[i].page, TargetY: starts[i].y})
		link.SetDescription(description)
		tagItems(items, link)
		if i > 0 {
			v = append(v, c.gridSpace(th.ParSkip))
		}
		if firstFolio == 0 {
			// Counted, not drawn: the entry's height is all the first
			// pass needs, and a long document's contents drawn only to
			// be counted made the peak of its layout.
			items = nil
		}
		v = append(v, typeset.Box(height, items...))
	}
	return v
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
