package layout_test

import (
	"fmt"
	"maps"
	"slices"
	"testing"

	"brochure/layout"
)

// A check that could not fail would prove nothing: each check is run
// again on a copy of a built document whose readings were spoiled the way
// the fault it looks for would spoil them, and it must find one fault
// more than on the unspoiled copy.

// sabotage is one spoiling: it changes a copy of a document's readings
// and reports whether the document had the place for it.
type sabotage struct {
	name  string
	kind  faultKind
	spoil func(ev *builtEvent) bool
}

var sabotages = []sabotage{
	{"the foot of a full page left white", faultUnderfull, whitenFoot},
	{"a right-hand page's last line hyphenated", faultHyphenTurn, hyphenateLastLine},
	{"a heading line hyphenated", faultHyphenHeading, hyphenateHeading},
	{"a paragraph's first line moved to the previous page's foot", faultOrphan, moveFirstLineBack},
	{"a paragraph's last line moved to the next page's head", faultWidow, moveLastLineOn},
	{"a picture drawn two pages on", faultFloatDistance, shiftPicture},
	{"two floats of a section swapped", faultFloatOrder, swapFloats},
	{"a word deleted from the text", faultLostText, deleteWord},
	{"a picture not embedded", faultLostPicture, dropEmbedded},
	{"a QR code not decoded", faultLostCode, dropCode},
	{"the layout recording a picture a page off", faultFloatRecord, misrecordFloat},
}

// checkSabotage runs every sabotage on the first built document that has
// the place for it.
func checkSabotage(t *testing.T, built []*builtEvent) {
	for _, s := range sabotages {
		// The first document with the place for the spoil that shows it:
		// a spoil can land where the reading cannot see it (a line moved
		// above a float that begins the next page reads as the float's
		// neighbour), so every document with the place is tried.
		tried, caught := []string{}, false
		for _, ev := range built {
			spoilt := ev.clone()
			if !s.spoil(spoilt) {
				continue
			}
			clean := ev.clone()
			clean.check()
			spoilt.check()
			tried = append(tried, ev.name)
			if countKind(spoilt.faults, s.kind) > countKind(clean.faults, s.kind) {
				caught = true
				break
			}
		}
		switch {
		case len(tried) == 0:
			t.Errorf("%s: no document of the corpus has the place for it", s.name)
		case !caught:
			t.Errorf("%s: the check found no more faults of kind %q than without it, in any of %v", s.name, s.kind, tried)
		}
	}
	if !*updateCorpusPages {
		// One page more than the golden file allows.
		more := built[0].clone()
		more.kinds = append(more.kinds, layout.BodyPage)
		if faults := checkPageCounts(t, []*builtEvent{more}); countKind(faults, faultPageCount) != 1 {
			t.Errorf("a page more than the greedy pagination's: the page count check found %v", faults)
		}
	}
}

func countKind(faults []fault, kind faultKind) int {
	n := 0
	for _, f := range faults {
		if f.kind == kind {
			n++
		}
	}
	return n
}

// clone copies the readings deeply enough for a sabotage to change them.
func (ev *builtEvent) clone() *builtEvent {
	c := *ev
	c.faults = nil
	c.kinds = slices.Clone(ev.kinds)
	c.lines = make([][]textLine, len(ev.lines))
	for i, page := range ev.lines {
		c.lines[i] = slices.Clone(page)
		for k := range c.lines[i] {
			c.lines[i][k].words = slices.Clone(page[k].words)
		}
	}
	c.glyphs = make([][]glyphLine, len(ev.glyphs))
	for i, page := range ev.glyphs {
		c.glyphs[i] = slices.Clone(page)
		for k := range c.glyphs[i] {
			c.glyphs[i][k].glyphs = slices.Clone(page[k].glyphs)
		}
	}
	c.ink = slices.Clone(ev.ink)
	for i := range c.ink {
		c.ink[i].pix = slices.Clone(ev.ink[i].pix)
	}
	c.embedded = maps.Clone(ev.embedded)
	c.drawn = slices.Clone(ev.drawn)
	c.codes = maps.Clone(ev.codes)
	return &c
}

// faultOn reports whether the unspoilt document has a fault of the kind
// on page i (from 0).
func faultOn(ev *builtEvent, kind faultKind, i int) bool {
	c := ev.clone()
	c.check()
	for _, f := range c.faults {
		if f.kind == kind && f.page == i+1 {
			return true
		}
	}
	return false
}

// whitenFoot paints the lower half of the type area of a page without an
// underfull fault white.
func whitenFoot(ev *builtEvent) bool {
	top, bottom := ev.typeArea()
	for i, ink := range ev.ink {
		if !ev.flowContinues(i) || faultOn(ev, faultUnderfull, i) {
			continue
		}
		y0 := int(((top+bottom)/2 + ink.dy) * ink.scale)
		y1 := int((bottom + 10 + ink.dy) * ink.scale)
		for y := y0; y < min(y1, ink.h); y++ {
			for x := 0; x < ink.w; x++ {
				ink.pix[y*ink.w+x] = 255
			}
		}
		return true
	}
	return false
}

// hyphenGlyphs end a line with a word broken at a hyphen.
func hyphenGlyphs(l *glyphLine) {
	last := l.glyphs[len(l.glyphs)-1]
	l.glyphs = append(l.glyphs, glyph{c: ' ', x0: last.x1, x1: last.x1 + 2, size: last.size, font: last.font},
		glyph{c: 'x', x0: last.x1 + 2, x1: last.x1 + 6, size: last.size, font: last.font},
		glyph{c: '-', x0: last.x1 + 6, x1: last.x1 + 9, size: last.size, font: last.font})
}

// hyphenateLastLine ends every body line of a right-hand page the flow
// goes on from with a hyphenated word — its last line among them.
func hyphenateLastLine(ev *builtEvent) bool {
	body := ev.th.Body.Size.Points()
	for i := range ev.glyphs {
		if !layout.RightHand(i) || !ev.flowContinues(i) || faultOn(ev, faultHyphenTurn, i) {
			continue
		}
		n := 0
		for k := range ev.glyphs[i] {
			if abs(ev.glyphs[i][k].size()-body) < 0.6 {
				hyphenGlyphs(&ev.glyphs[i][k])
				n++
			}
		}
		return n > 0
	}
	return false
}

// hyphenateHeading ends a heading's line with a hyphenated word.
func hyphenateHeading(ev *builtEvent) bool {
	size := ev.th.Heading.Size.Points()
	for i := range ev.glyphs {
		if ev.kinds[i] != layout.BodyPage || faultOn(ev, faultHyphenHeading, i) {
			continue
		}
		for k := range ev.glyphs[i] {
			if abs(ev.glyphs[i][k].size()-size) < 0.6 {
				hyphenGlyphs(&ev.glyphs[i][k])
				return true
			}
		}
	}
	return false
}

// paragraphLines finds the paragraphs' lines as the checks do.
func paragraphLines(ev *builtEvent) ([]flowLine, [][]int) {
	lines := ev.flowLines()
	return lines, matchParagraphs(ev.paragraphs(), lines)
}

// moveLine moves poppler's line of flow line l to page `to`, at y.
func moveLine(ev *builtEvent, l flowLine, to int, y float64) {
	page := ev.lines[l.page]
	for k, tl := range page {
		if tl.y0 == l.y && tl.x0 == l.x {
			ev.lines[l.page] = slices.Delete(page, k, k+1)
			tl.page, tl.y1, tl.y0 = to, y+(tl.y1-tl.y0), y
			ev.lines[to] = append(ev.lines[to], tl)
			return
		}
	}
}

// moveFirstLineBack moves the first line of a paragraph that begins at
// the head of a page to the foot of the page before.
func moveFirstLineBack(ev *builtEvent) bool {
	lines, placed := paragraphLines(ev)
	_, bottom := ev.typeArea()
	for _, got := range placed {
		if len(got) < 3 {
			continue
		}
		first, second := lines[got[0]], lines[got[1]]
		headOfPage := got[0] == 0 || lines[got[0]-1].page != first.page
		if headOfPage && first.page == second.page && first.page > 0 && ev.flowContinues(first.page-1) && ev.th.Columns == 1 {
			moveLine(ev, first, first.page-1, bottom-8)
			return true
		}
	}
	return false
}

// moveLastLineOn moves a paragraph's last line to the head of the next
// page.
func moveLastLineOn(ev *builtEvent) bool {
	lines, placed := paragraphLines(ev)
	top, _ := ev.typeArea()
	for _, got := range placed {
		if len(got) < 3 {
			continue
		}
		end := got[len(got)-1]
		last, before := lines[end], lines[got[len(got)-2]]
		footOfPage := end+1 == len(lines) || lines[end+1].page != last.page
		if footOfPage && last.page == before.page && ev.flowContinues(last.page) && ev.th.Columns == 1 {
			moveLine(ev, last, last.page+1, top-1)
			return true
		}
	}
	return false
}

// shiftPicture draws a picture of a section two pages later.
func shiftPicture(ev *builtEvent) bool {
	for k, d := range ev.drawn {
		for _, p := range ev.placements() {
			if p.image >= 0 && p.size == d.size && d.page+2 < len(ev.kinds) {
				ev.drawn[k].page += 2
				return true
			}
		}
	}
	return false
}

// swapFloats swaps the places of two pictures of one section that stand
// on one page.
func swapFloats(ev *builtEvent) bool {
	for _, s := range ev.doc.Sections {
		if len(s.Images) < 2 {
			continue
		}
		a, b := sizeOf(s.Images[0].WidthPx, s.Images[0].HeightPx), sizeOf(s.Images[1].WidthPx, s.Images[1].HeightPx)
		ia, ib := -1, -1
		for k, d := range ev.drawn {
			switch d.size {
			case a:
				ia = k
			case b:
				ib = k
			}
		}
		if ia >= 0 && ib >= 0 && ev.drawn[ia].page == ev.drawn[ib].page && ev.drawn[ia].y0 != ev.drawn[ib].y0 {
			ev.drawn[ia].size, ev.drawn[ib].size = b, a
			return true
		}
	}
	return false
}

// deleteWord takes the first word of a paragraph's second line away.
func deleteWord(ev *builtEvent) bool {
	lines, placed := paragraphLines(ev)
	for _, got := range placed {
		if len(got) < 3 {
			continue
		}
		l := lines[got[1]]
		for k, tl := range ev.lines[l.page] {
			if tl.y0 == l.y && tl.x0 == l.x && len(tl.words) > 1 {
				ev.lines[l.page][k].words = tl.words[1:]
				return true
			}
		}
	}
	return false
}

// dropEmbedded forgets one picture in pdfimages' list.
func dropEmbedded(ev *builtEvent) bool {
	for _, p := range ev.placements() {
		if len(ev.embedded[p.size]) > 0 {
			delete(ev.embedded, p.size)
			return true
		}
	}
	return false
}

// dropCode forgets one decoded QR code.
func dropCode(ev *builtEvent) bool {
	for _, s := range ev.doc.Sections {
		for _, l := range sectionLinks(s) {
			if _, ok := ev.codes[l.URL]; ok {
				delete(ev.codes, l.URL)
				return true
			}
		}
	}
	return false
}

// misrecordFloat makes the layout's record of a picture a page off from
// where it is drawn.
func misrecordFloat(ev *builtEvent) bool {
	for _, p := range ev.placements() {
		for _, d := range ev.drawn {
			if p.image >= 0 && d.size == p.size {
				ev.recorded = append(slices.Clone(ev.recorded), layout.FloatPlacement{
					Where: ev.doc.Source + ": " + fmt.Sprintf("sections[%d].images[%d]", p.section, p.image), AnchorPage: d.page + 1, Page: d.page + 2})
				return true
			}
		}
	}
	return false
}
