package layout

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"brochure/fonts"
	"brochure/layout/typeset"
)

// The faults the composition report looks for, each read from the pages
// indexed by readPages (see compositionreport.go for their definitions).

// underfullPages reports the columns of body pages more than
// underfullPageShare per cent empty while the flow goes on after them:
// each column measured on its own, so a column that ends early beside a
// full one is found as it shows. A column stands between the pictures
// across the columns at the page's top and those at its foot
// (columnBand); what is empty of it is the band from the lowest item
// drawn in it to that foot. The page's report names its first such
// column.
func (r *compositionReader) underfullPages() {
	th := r.c.th
	cols := max(th.Columns, 1)
	for i, items := range r.pages {
		if r.d.Pages[i].Kind != BodyPage || i+1 >= len(r.d.Pages) || r.d.Pages[i+1].Kind != BodyPage || r.onlyEndMatter(i+1) {
			continue // not a body page, or the last: the flow does not go on
		}
		top, foot := r.columnBand(items)
		area := foot - top
		filled := make([]typeset.Scaled, cols) // how far down each column is filled, from top
		for _, p := range items {
			if !r.acrossColumns(p) {
				filled[p.col] = max(filled[p.col], min(p.bottom-th.MarginTop, foot)-top)
			}
		}
		for c, f := range filled {
			empty := area - max(f, 0)
			if empty*100 <= area*underfullPageShare {
				if r.splitParagraphGap(i, c, items, empty) {
					break
				}
				continue
			}
			if r.endedBySection(i, c, empty) || r.endedBeforeLastSection(i, c) {
				continue
			}
			ni, nc := i, c+1
			if nc >= cols {
				ni, nc = i+1, 0
			}
			next, ok := r.firstIn(ni, nc)
			if !ok || r.endedByFloat(i, ni, next, empty) {
				continue
			}
			r.add(WarnUnderfullPage, i, th.MarginTop+top+max(f, 0), empty, "page", r.whereOf(next),
				"%s of page %d is %.1f %% empty (%.0f mm) while the text continues %s, which begins with %s; a few lines more or less before it%s lets the page fill",
				columnName(c, cols), i+1, float64(empty)*100/float64(area), empty.MM(), nextColumnName(i, c, cols), r.describe(next), r.smallerPictureAdvice(i, ni))
			break
		}
	}
}

// smallerPictureAdvice is the underfull page's advice to set a picture
// smaller, where pages i or j (from 0) show one of a section's: a width
// that keeps it whole („width = "half"“; in columns a length, since half
// a column is too small: minHalfPicture); "" where they show none, and a
// picture set smaller would not help.
func (r *compositionReader) smallerPictureAdvice(i, j int) string {
	for _, k := range []int{i, j} {
		for _, p := range r.pages[k] {
			if _, ok := p.item.(*typeset.Picture); ok && p.sect >= 0 && p.kind == kindPicture {
				if max(r.c.th.Columns, 1) > 1 {
					return `, or a picture set smaller (a width such as "45mm"),`
				}
				return `, or a picture set smaller (width = "half"),`
			}
		}
	}
	return ""
}

// splitParagraphGap reports, as WarnParagraphGap, column c of body
// page i (its items) when it ends inside a paragraph — its lowest line
// is one of a paragraph that goes on in the next column — with room for
// splitGapLines lines of body text or more left empty below it: the gap
// stands in the running text, under the share a column may leave empty
// (underfullPageShare) but where nothing explains it. It says whether it
// reported.
func (r *compositionReader) splitParagraphGap(i, c int, items []placed, empty typeset.Scaled) bool {
	leading := r.c.th.Body.Leading
	lines := int((empty + leading/4) / max(leading, 1))
	if lines < splitGapLines {
		return false
	}
	lowest, found := lowestIn(items, c)
	if !found {
		return false
	}
	var line *placed // the lowest line's first run, when that line goes on
	for k := range items {
		p := &items[k]
		if g, ok := p.item.(*typeset.GlyphRun); ok && p.col == c && p.bottom > lowest-typeset.Pt(1) && r.goesOn[g] {
			line = p
		}
	}
	if line == nil {
		return false
	}
	cols := max(r.c.th.Columns, 1)
	r.add(WarnParagraphGap, i, lowest, empty, "page", r.whereOf(*line),
		"%s of page %d ends %d lines early (%.0f mm) inside a paragraph that continues %s; a few lines more or less before it, or a picture set smaller, let the column fill",
		columnName(c, cols), i+1, lines, empty.MM(), nextColumnName(i, c, cols))
	return true
}

// lowestIn is the bottom of the lowest item of column c among items.
func lowestIn(items []placed, c int) (bottom typeset.Scaled, found bool) {
	for _, p := range items {
		if p.col == c && (!found || p.bottom > bottom) {
			bottom, found = p.bottom, true
		}
	}
	return bottom, found
}

// splitGapLines is the room, in lines of body text, a column that ends
// inside a paragraph may leave empty below it before the report names
// it: one or two lines go to a paragraph's first or last line kept with
// the rest, or a word kept whole across a page turn.
const splitGapLines = 3

// columnName names column c of cols: „column 2“, or „the type area“
// in one column.
func columnName(c, cols int) string {
	if cols < 2 {
		return "the type area"
	}
	return fmt.Sprintf("column %d", c+1)
}

// nextColumnName says where the flow goes on after column c of page i.
func nextColumnName(i, c, cols int) string {
	if c+1 < cols {
		return fmt.Sprintf("in column %d", c+2)
	}
	return fmt.Sprintf("on page %d", i+2)
}

// columnBand is the band of the type area a page's columns stand in,
// from its top: below the pictures across the columns at its top, above
// those at its foot.
func (r *compositionReader) columnBand(items []placed) (top, foot typeset.Scaled) {
	th := r.c.th
	area := th.TextHeight()
	foot = area
	for _, p := range items {
		if !r.acrossColumns(p) {
			continue
		}
		// At the top or at the foot: whichever it stands nearer to (a
		// tall picture at the foot may begin above the middle).
		t, b := r.blockBand(p)
		if t-th.MarginTop < area-(b-th.MarginTop) {
			top = max(top, b-th.MarginTop)
		} else {
			foot = min(foot, t-th.MarginTop)
		}
	}
	return top, max(foot, top+1)
}

// acrossColumns reports whether p belongs to a picture set across the
// columns (layout spanning.go), with its caption.
func (r *compositionReader) acrossColumns(p placed) bool {
	if p.kind != kindPicture || r.c.th.Columns < 2 || p.block == nil {
		return false
	}
	if r.wide == nil {
		r.wide = map[*typeset.StructElement]bool{}
		for _, items := range r.pages {
			for _, q := range items {
				if pic, ok := q.item.(*Picture); ok && q.block != nil && pic.W > r.c.th.ColumnWidth()+typeset.Pt(1) {
					r.wide[q.block] = true
				}
			}
		}
	}
	return r.wide[p.block]
}

// first is the first item of page i in reading order: the topmost of
// its first column that holds any, content before decoration (a quote's
// bar begins above its text).
func (r *compositionReader) first(i int) (placed, bool) {
	var best placed
	found := false
	for _, p := range r.pages[i] {
		content, bestContent := p.item.Element() != nil, found && best.item.Element() != nil
		switch {
		case !found, content && !bestContent,
			content == bestContent && (p.col < best.col || p.col == best.col && p.top < best.top):
			best, found = p, true
		}
	}
	return best, found
}

// endedBySection reports whether column col of page i ends a section
// early because the next could not begin there: the next column (on
// this page or the first of the next) begins with a section's heading,
// and the room left, room, is less than that section's opening there —
// its head (heading, credits, a programme's header) down to its second
// line of body text, or all of the section the column holds.
func (r *compositionReader) endedBySection(i, col int, room typeset.Scaled) bool {
	if col++; col >= max(r.c.th.Columns, 1) {
		i, col = i+1, 0
	}
	if i >= len(r.pages) {
		return false
	}
	head, ok := r.firstIn(i, col)
	if !ok || head.sect < 0 || head.block == nil || head.block.Role != typeset.RoleH2 {
		return false
	}
	var end, bottom typeset.Scaled
	found := false
	for _, p := range r.pages[i] {
		if p.col != col || p.sect != head.sect {
			continue
		}
		bottom = max(bottom, p.bottom)
		if g, ok := p.item.(*typeset.GlyphRun); ok && p.block != head.block && r.bodyText(g) && (!found || g.Y < end) {
			end, found = g.Y, true
		}
	}
	if found {
		bottom = end + r.c.th.Body.Leading // the baseline of the first line of text, and a second
		if row := r.firstRowBottom(i, col, head.sect); row > 0 {
			bottom = max(bottom, row) // a programme opens with its first row whole
		}
	}
	return room < bottom-head.top+r.c.shrunkSectionSkip()
}

// shrunkSectionSkip is the space before a section's heading at the
// least the page breaker may give it (flexSpaces): what a section's
// opening takes of a column's room besides its head.
func (c *composer) shrunkSectionSkip() typeset.Scaled {
	skip := c.snap(c.th.SectionSkip)
	if c.th.BaselineGrid {
		if l := c.th.Body.Leading; skip >= 2*l {
			return skip - l
		}
		return skip
	}
	return skip - skip*typeset.Scaled(c.th.SpaceFlex)/100
}

// firstRowBottom is the foot of the first body row of a table of
// section sect in column col of page i (a programme's first item, which
// never breaks), 0 when the column shows none.
func (r *compositionReader) firstRowBottom(i, col, sect int) typeset.Scaled {
	var first *typeset.StructElement
	var top, bottom typeset.Scaled
	for _, p := range r.pages[i] {
		if p.col != col || p.sect != sect {
			continue
		}
		tr := bodyRow(p.item.Element())
		if tr == nil {
			continue
		}
		if first == nil || p.top < top && tr != first {
			first, top, bottom = tr, p.top, p.bottom
		} else if tr == first {
			bottom = max(bottom, p.bottom)
		}
	}
	if first == nil {
		return 0
	}
	for _, p := range r.pages[i] { // the whole row, whatever came first
		if p.col == col && bodyRow(p.item.Element()) == first {
			bottom = max(bottom, p.bottom)
		}
	}
	return bottom
}

// bodyRow is the table body row (TR under TBody) an element is part of,
// or nil.
func bodyRow(e *typeset.StructElement) *typeset.StructElement {
	for ; e != nil && e.Parent != nil; e = e.Parent {
		if e.Role == typeset.RoleTR && e.Parent.Role == typeset.RoleTBody {
			return e
		}
	}
	return nil
}

// firstIn is the first item of column col of page i in reading order
// (the topmost, content before decoration).
func (r *compositionReader) firstIn(i, col int) (placed, bool) {
	var best placed
	found := false
	for _, p := range r.pages[i] {
		if p.col != col {
			continue
		}
		content, bestContent := p.item.Element() != nil, found && best.item.Element() != nil
		if !found || content && !bestContent || content == bestContent && p.top < best.top {
			best, found = p, true
		}
	}
	return best, found
}

// endedBeforeLastSection reports whether column c of page i ends where
// the body's last section begins a page of its own with the funding
// notice that ends the body: the page breaker moves a last section so
// (typeset.PageParams.FenceAloneEnd) rather than part it from its
// codes or leave the notice alone, and the gap before it reads as the
// pause before the end.
func (r *compositionReader) endedBeforeLastSection(i, c int) bool {
	ni := i + 1
	if c+1 < max(r.c.th.Columns, 1) || ni >= len(r.pages) {
		return false // a column before the page's last: the next is on this page
	}
	head, ok := r.firstIn(ni, 0)
	if !ok || head.sect < 0 || head.block == nil || head.block.Role != typeset.RoleH2 {
		return false
	}
	for _, p := range r.pages[ni] {
		if p.sect > head.sect {
			return false // another section follows on the page
		}
	}
	return fundingNoticeIn(r.d.Pages[ni].Items) != nil
}

// onlyEndMatter reports whether page i holds nothing of the sections: the
// funding notice that ends an unbound brochure in place of a back cover.
func (r *compositionReader) onlyEndMatter(i int) bool {
	for _, p := range r.pages[i] {
		if p.sect >= 0 {
			return false
		}
	}
	return true
}

// endedByFloat reports whether a column of page i ends early because of
// a float: the next column, on page ni, begins with a float anchored on
// page i that is taller than the room left.
func (r *compositionReader) endedByFloat(i, ni int, next placed, room typeset.Scaled) bool {
	if next.kind == kindText {
		return false
	}
	f, ok := r.floatOf(next)
	if !ok || f.Due() != i+1 || f.Page != ni+1 {
		return false
	}
	top, bottom := r.blockBand(next)
	return bottom-top > room
}

// floatOf finds the placement of the block p belongs to among the
// document's floats, by its key path.
func (r *compositionReader) floatOf(p placed) (FloatPlacement, bool) {
	key := keyPath(r.where[p.block])
	if key == "" {
		return FloatPlacement{}, false
	}
	if r.floatByKey == nil {
		r.floatByKey = map[string]FloatPlacement{}
		for _, f := range r.d.Floats {
			if k := keyPath(f.Where); k != "" {
				if _, seen := r.floatByKey[k]; !seen {
					r.floatByKey[k] = f
				}
			}
		}
	}
	if f, ok := r.floatByKey[key]; ok {
		return f, true
	}
	for _, f := range r.d.Floats {
		if containsKey(f.Where, key) {
			return f, true
		}
	}
	return FloatPlacement{}, false
}

// containsKey reports whether where holds the key path key whole: not
// followed by more of a name or an index („sections[2]“ is in
// „sections[2].images[0]“, not in „sections[21]“).
func containsKey(where, key string) bool {
	for from := 0; ; {
		k := strings.Index(where[from:], key)
		if k < 0 {
			return false
		}
		end := from + k + len(key)
		if end == len(where) || where[end] == '.' || where[end] == ' ' {
			return true
		}
		from += k + 1
	}
}

// keyPath is the key path of a content position: „sections[2].images[0]“
// of „content.toml:40:3: sections[2].images[0]“.
func keyPath(where string) string {
	if k := strings.Index(where, "sections["); k >= 0 {
		return where[k:]
	}
	return ""
}

// blockBand is the vertical extent, on its page, of the block p belongs
// to (of p alone when it belongs to none).
func (r *compositionReader) blockBand(p placed) (top, bottom typeset.Scaled) {
	top, bottom = p.top, p.bottom
	if p.block == nil {
		return top, bottom
	}
	for _, q := range r.pages[p.page] {
		if q.block == p.block {
			top, bottom = min(top, q.top), max(bottom, q.bottom)
		}
	}
	return top, bottom
}

// describe names what an item is, for messages.
func (r *compositionReader) describe(p placed) string {
	switch {
	case p.kind != kindText:
		return "a " + p.kind.String() + " (" + keyPath(r.whereOf(p)) + ")"
	case p.sect >= 0 && p.block != nil && p.block.Role == typeset.RoleH2:
		return fmt.Sprintf("the heading of sections[%d]", p.sect)
	case p.sect >= 0:
		if key := keyPath(r.whereOf(p)); key != "" {
			return "text of " + key
		}
	}
	return "text"
}

// insertedHyphen reports whether a glyph run ends in a hyphen the line
// breaker inserted: the first part of a divided word, which says the
// whole word as its actual text, or the middle piece of a word divided
// twice, which says nothing.
func insertedHyphen(g *typeset.GlyphRun) bool { return g.HyphenInserted }

// dividedWord is the whole word a run ending in an inserted hyphen is
// part of, for messages, without the punctuation around it
// („Anspruchsvoraussetzungen“, not „Anspruchsvoraussetzungen,“). The
// word's first piece says it whole (its ActualText); the middle piece of
// a word divided twice says nothing, so its word is found through the
// pieces before it (r.rest links each piece to the next), back to the
// first. A run no piece before it says falls back to its own text.
func (r *compositionReader) dividedWord(g *typeset.GlyphRun) string {
	word := g.Text
	for piece, seen := g, 0; piece != nil && seen <= len(r.rest); seen++ {
		said := piece.ActualText()
		if said != nil && *said != "" {
			word = *said
			break
		}
		if said == nil {
			break // a run that says its own glyphs is no silent middle piece
		}
		piece = r.pieceBefore(piece)
	}
	return strings.TrimFunc(word, unicode.IsPunct)
}

// pieceBefore is the run ending the line before with the first part of
// the word g goes on with (nil when none does).
func (r *compositionReader) pieceBefore(g *typeset.GlyphRun) *typeset.GlyphRun {
	for head, rest := range r.rest {
		if rest == g {
			return head
		}
	}
	return nil
}

// displayElement says what kind of display line a run is part of:
// "heading", "name" or "display line"; "" for body text.
func (r *compositionReader) displayElement(g *typeset.GlyphRun) string {
	if e := g.Element(); e != nil && (hasRole(e, typeset.RoleH1) || hasRole(e, typeset.RoleH2)) {
		return "heading"
	}
	if r.bodyText(g) {
		return ""
	}
	if r.names[strings.Trim(r.dividedWord(g), ",.;:()")] {
		return "name"
	}
	return "display line"
}

// bodyText reports whether a run is set in the body style (any of its
// family's faces, at its size).
func (r *compositionReader) bodyText(g *typeset.GlyphRun) bool {
	b := r.c.th.Body
	if g.Size != b.Size || b.Family == nil {
		return false
	}
	for _, st := range [...]fonts.Style{fonts.Regular, fonts.Bold, fonts.Italic, fonts.BoldItalic} {
		if b.Family.Face(st) == g.Face {
			return true
		}
	}
	return false
}

// hyphenatedDisplays reports headings, names and display lines ending in
// an inserted hyphen (a name already reported by the line breaker as
// WarnHyphenatedName is not reported twice).
func (r *compositionReader) hyphenatedDisplays() {
	named := map[int]map[typeset.Scaled]bool{}
	for _, w := range r.d.Warnings {
		if w.Kind == WarnHyphenatedName {
			if named[w.Page] == nil {
				named[w.Page] = map[typeset.Scaled]bool{}
			}
			named[w.Page][w.Top] = true
		}
	}
	for i, items := range r.pages {
		for _, p := range items {
			g, ok := p.item.(*typeset.GlyphRun)
			if !ok || !insertedHyphen(g) {
				continue
			}
			element := r.displayElement(g)
			if element == "" || element == "name" && named[i+1][g.Y-g.Size] {
				continue
			}
			if before := r.pieceBefore(g); before != nil && insertedHyphen(before) {
				continue // a word divided twice is reported once, at its first part
			}
			why := "display lines are not hyphenated"
			if r.widerThanMeasure(p, g) {
				why = "the word is wider than its line; a shorter word, or the word written with a hyphen where it may break (" +
					hyphenatedAtJoint(r.c.hyph, r.dividedWord(g), dividedAt(g)) + "), mends it"
			}
			r.add(WarnHyphenatedDisplay, i, g.Y-g.Size, g.Size*13/10, element, r.whereOf(p),
				"a %s is hyphenated on page %d: „%s“ (%s) — %s", element, i+1, shortForMessage(g.Text), shortForMessage(r.dividedWord(g)), why)
		}
	}
}

// hyphenatedAtJoint writes a compound as an author may write it to let
// it break: with a hyphen at the joint of its parts nearest to where the
// line divided it (near, in letters), the part after it capitalised, as
// German writes a noun after such a hyphen
// (Integrationsmanagementstrukturen → Integrationsmanagement-Strukturen);
// „Arbeitsmarkt-Integration“ as the example where the hyphenator finds
// no joint.
func hyphenatedAtJoint(h typeset.Hyphenator, word string, near int) string {
	runes := []rune(word)
	best := -1
	if h != nil {
		for _, b := range h.Breaks(word, false) {
			if b.Kind == typeset.Joint && (best < 0 || abs(b.Pos-near) < abs(best-near)) {
				best = b.Pos
			}
		}
	}
	if best <= 0 || best >= len(runes) {
		return "Arbeitsmarkt-Integration"
	}
	rest := runes[best:]
	rest[0] = unicode.ToUpper(rest[0])
	return string(runes[:best]) + "-" + string(rest)
}

// dividedAt is how many letters of its word the line that ends in run g
// holds: the last word of the run, without the hyphen the line adds.
func dividedAt(g *typeset.GlyphRun) int {
	words := strings.Fields(g.Text)
	if len(words) == 0 {
		return 0
	}
	return utf8.RuneCountInString(strings.TrimSuffix(words[len(words)-1], "-"))
}

// abs is |n|.
func abs(n int) int { return max(n, -n) }

// widerThanMeasure reports whether the word a hyphenated run begins is
// wider than its line's measure — the one case where a display line may
// break inside a word: its parts on the lines it is divided over together
// (hyphens included) are wider than its line's room: from the line's
// left edge to its column's right edge or what stands beside it on the
// line (a label beside a QR code is set to less than the column, and in
// a grid of codes to less than its cell).
func (r *compositionReader) widerThanMeasure(p placed, g *typeset.GlyphRun) bool {
	width := g.Width
	for piece, seen := r.rest[g], 0; piece != nil && seen <= len(r.rest); piece, seen = r.rest[piece], seen+1 {
		width += piece.Width
	}
	return r.rest[g] != nil && width > r.roomRightOf(p, g)-r.lineLeft(p, g)
}

// lineLeft is the left edge of the line a run ends: its element's
// leftmost run on that baseline (the run's own entry keeps a divided
// word's first part apart from the rest of its line).
func (r *compositionReader) lineLeft(p placed, g *typeset.GlyphRun) typeset.Scaled {
	left := g.X
	for _, q := range r.pages[p.page] {
		if h, ok := q.item.(*typeset.GlyphRun); ok && h.Y == g.Y && h.Elem == g.Elem {
			left = min(left, q.left)
		}
	}
	return left
}

// roomRightOf is the right edge of the room a run's line has: its
// column's (on pages other than the body's, the type area's), or, short
// of the gap a row of blocks or pictures keeps, the left edge of the
// nearest item beside the run on its line, right of it.
func (r *compositionReader) roomRightOf(p placed, g *typeset.GlyphRun) typeset.Scaled {
	th := &r.c.th
	right := r.typeLeft[p.page] + th.TextWidth() // a cover's or contents' lines run across the type area
	if r.d.Pages[p.page].Kind == BodyPage {
		right = r.typeLeft[p.page] + typeset.Scaled(p.col+1)*th.ColumnWidth() + typeset.Scaled(p.col)*th.ColumnGap
	}
	top, bottom := g.Y-g.Size, g.Y
	for _, q := range r.pages[p.page] {
		if q.col == p.col && q.left >= g.X+g.Width && q.top < bottom && q.bottom > top {
			right = min(right, q.left-max(linkPairGap, halfGap())) // the gap between two blocks or pictures of a row
		}
	}
	return right
}

// hyphensAcrossPages reports words divided at the last line of a page
// whose rest stands on a later page.
func (r *compositionReader) hyphensAcrossPages() {
	for i, items := range r.pages {
		for _, p := range items {
			g, ok := p.item.(*typeset.GlyphRun)
			if !ok || !insertedHyphen(g) {
				continue
			}
			j, ok := r.dividedPage[r.rest[g]]
			if !ok || j <= i {
				continue
			}
			turn := "on the facing page"
			switch {
			case !r.c.opts.Bound:
				turn = "after the page is turned" // each page is seen alone
			case RightHand(i):
				turn = "after the turn of the leaf, on a new spread"
			}
			element := r.displayElement(g)
			if element == "" {
				element = "body line"
			}
			r.add(WarnHyphenAcrossPage, i, g.Y-g.Size, g.Size*13/10, element, r.whereOf(p),
				"„%s“ ends page %d and the word (%s) continues on page %d, %s", shortForMessage(g.Text), i+1, shortForMessage(r.dividedWord(g)), j+1, turn)
		}
	}
}

// strandedBlocks reports columns that begin with a picture or link block
// whose section's heading and text all stand on earlier pages, unless the
// block is a float placed there by rule — but not where it stands after
// the end of all of the text, on a page that holds no text (left over:
// „Kontakt“'s QR code alone on the last page).
func (r *compositionReader) strandedBlocks() {
	for i, items := range r.pages {
		if r.d.Pages[i].Kind != BodyPage {
			continue
		}
		firsts := map[int]placed{}
		for _, p := range items {
			if f, ok := firsts[p.col]; !ok || p.top < f.top {
				firsts[p.col] = p
			}
		}
		for col := 0; col < max(r.c.th.Columns, 1); col++ {
			p, ok := firsts[col]
			if !ok || p.kind == kindText || p.sect < 0 || r.lastText[p.sect] < 0 || r.lastText[p.sect] >= i {
				continue
			}
			leftOver := r.afterAllText(i)
			if f, ok := r.floatOf(p); ok && f.Page == i+1 && f.Page-f.Due() <= 1 && f.Page >= f.AnchorPage && !leftOver {
				continue // a float where the rules let it stand
			}
			top, bottom := r.blockBand(p)
			if leftOver {
				r.add(WarnStrandedBlock, i, top, bottom-top, p.kind.String(), r.whereOf(p),
					"a %s stands on page %d after the end of the text, with no text beside it; its section's text ends on page %d",
					p.kind, i+1, r.lastText[p.sect]+1)
				continue
			}
			r.add(WarnStrandedBlock, i, top, bottom-top, p.kind.String(), r.whereOf(p),
				"a %s begins page %d (column %d) away from its section, whose heading and text end on page %d",
				p.kind, i+1, col+1, r.lastText[p.sect]+1)
		}
	}
}

// afterAllText reports whether page i comes after the last page with the
// text of any section, and holds no text itself (not the funding notice
// that ends an unbound body either).
func (r *compositionReader) afterAllText(i int) bool {
	for _, last := range r.lastText {
		if last >= i {
			return false
		}
	}
	for _, p := range r.pages[i] {
		if p.kind == kindText {
			return false
		}
	}
	return true
}

// floatDistances reports floats standing more than one page after their
// anchor (or after the float before them, where that is later), or
// before it.
func (r *compositionReader) floatDistances() {
	for _, f := range r.d.Floats {
		d := f.Page - f.Due()
		if f.Page >= f.AnchorPage && d <= 1 || f.Page < 1 || f.Page > len(r.pages) {
			continue
		}
		// The band: the float's block on its page, if it can be found.
		element, top, height := "float", r.c.th.MarginTop, r.c.th.TextHeight()
		for _, p := range r.pages[f.Page-1] {
			if key := keyPath(r.where[p.block]); p.kind != kindText && key != "" && strings.Contains(f.Where, key) {
				t, b := r.blockBand(p)
				element, top, height = p.kind.String(), t, b-t
				break
			}
		}
		if f.Page < f.AnchorPage {
			r.add(WarnFloatDistance, f.Page-1, top, height, element, f.Where,
				"a %s stands on page %d, before its anchor on page %d", element, f.Page, f.AnchorPage)
			continue
		}
		r.add(WarnFloatDistance, f.Page-1, top, height, element, f.Where,
			"a %s stands on page %d, %d pages after %s (at most one is allowed)", element, f.Page, d, dueOf(f))
	}
}

// dueOf says what a float's distance is counted from, for a message.
func dueOf(f FloatPlacement) string {
	if f.AfterPage > f.AnchorPage {
		return fmt.Sprintf("the float before it on page %d", f.AfterPage)
	}
	return fmt.Sprintf("its anchor on page %d", f.AnchorPage)
}
