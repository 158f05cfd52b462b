package layout_test

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"brochure/content"
	"brochure/layout"
)

// The corpus's checks. Each reads what the independent readers found on
// the pages (never the layout's items); the layout tells only what kind
// each page is, for the exemptions, and the theme where the type area and
// the columns lie.

// maxEmpty is the share of a page's type area that may stay empty while
// the flow goes on.
const maxEmpty = 0.15

// check runs every check and records the faults.
func (ev *builtEvent) check() {
	ev.checkUnderfull()
	ev.checkHyphenTurns()
	ev.checkHeadings()
	lines := ev.flowLines()
	paras := ev.paragraphs()
	placed := matchParagraphs(paras, lines)
	ev.checkParagraphs(paras, lines, placed)
	ev.checkWords()
	ev.checkPicturesAndCodes()
	ev.checkFloats(paras, lines, placed)
}

func (ev *builtEvent) add(page int, kind faultKind, format string, args ...any) {
	ev.faults = append(ev.faults, fault{ev.name, page, kind, fmt.Sprintf(format, args...)})
}

// typeArea is the type area's top and bottom in points.
func (ev *builtEvent) typeArea() (top, bottom float64) {
	return ev.th.MarginTop.Points(), (ev.th.PageHeight - ev.th.MarginBottom).Points()
}

// columnX is the left edge of column c and the columns' width.
func (ev *builtEvent) columnX(c int) (x, width float64) {
	w := ev.th.ColumnWidth().Points()
	return ev.th.MarginLeft.Points() + float64(c)*(w+ev.th.ColumnGap.Points()), w
}

// band says where a picture drawn across the columns stands: -1 at a
// page's top, 1 at its foot; 0 for one in a column (or in one column).
func (ev *builtEvent) band(d drawnImage) int {
	if ev.th.Columns < 2 || d.x1-d.x0 <= ev.th.ColumnWidth().Points()+1 {
		return 0
	}
	if d.y0 < (ev.th.MarginTop + ev.th.TextHeight()/2).Points() {
		return -1
	}
	return 1
}

// column is the column a left edge x lies in.
func (ev *builtEvent) column(x float64) int {
	if ev.th.Columns < 2 {
		return 0
	}
	x1, _ := ev.columnX(1)
	if x >= x1-ev.th.ColumnGap.Points()/2 {
		return 1
	}
	return 0
}

// lastBodyPage is the index of the last body page, where the flow ends.
func (ev *builtEvent) lastBodyPage() int {
	last := -1
	for i, k := range ev.kinds {
		if k == layout.BodyPage {
			last = i
		}
	}
	return last
}

// flowContinues reports whether page i is a body page the flow goes on
// from.
func (ev *builtEvent) flowContinues(i int) bool {
	return ev.kinds[i] == layout.BodyPage && i < ev.lastBodyPage()
}

// checkUnderfull measures, on the rendering, the empty band at the foot
// of each column of every page the flow goes on from.
func (ev *builtEvent) checkUnderfull() {
	top, bottom := ev.typeArea()
	for i, ink := range ev.ink {
		if !ev.flowContinues(i) {
			continue
		}
		empty := 0.0
		var where []string
		for c := 0; c < ev.th.Columns; c++ {
			x, w := ev.columnX(c)
			low := top
			step := 1 / ink.scale
			for y := bottom + 4; y > top; y -= step {
				if ink.inked(x+1, y-step, x+w-1, y) {
					low = y
					break
				}
			}
			e := max(0, (bottom-low)/(bottom-top))
			empty += e / float64(ev.th.Columns)
			if e > 0.02 {
				where = append(where, fmt.Sprintf("column %d empty below %.0f mm (%.0f %%)", c+1, low*25.4/72, 100*e))
			}
		}
		if empty > maxEmpty {
			ev.add(i+1, faultUnderfull, "%.1f %% of the type area empty: %s", 100*empty, strings.Join(where, ", "))
		}
	}
}

// linesOfSize are the glyph lines of page i inside the type area drawn
// at about size points.
func (ev *builtEvent) linesOfSize(i int, size float64) []glyphLine {
	top, bottom := ev.typeArea()
	var out []glyphLine
	for _, l := range ev.glyphs[i] {
		mid := (l.y0 + l.y1) / 2
		if mid > top-2 && mid < bottom+2 && abs(l.size()-size) < 0.6 {
			out = append(out, l)
		}
	}
	return out
}

func abs(x float64) float64 { return max(x, -x) }

// hyphenated returns the last word of a line that ends with a hyphen
// after a letter (the word goes on in the next line), and its glyphs.
func hyphenated(l glyphLine) ([]glyph, bool) {
	g := l.glyphs
	for len(g) > 0 && unicode.IsSpace(g[len(g)-1].c) {
		g = g[:len(g)-1]
	}
	if len(g) < 2 || !strings.ContainsRune("-\u2010\u00ad", g[len(g)-1].c) || !unicode.IsLetter(g[len(g)-2].c) {
		return nil, false
	}
	start := len(g) - 1
	for start > 0 && !unicode.IsSpace(g[start-1].c) {
		start--
	}
	return g[start:], true
}

// checkHyphenTurns: the last line of body text on a right-hand page the
// flow goes on from must not end hyphenated (MuPDF shows the hyphen;
// poppler would give the whole word).
func (ev *builtEvent) checkHyphenTurns() {
	body := ev.th.Body.Size.Points()
	for i := range ev.glyphs {
		if !layout.RightHand(i) || !ev.flowContinues(i) {
			continue
		}
		lines := ev.linesOfSize(i, body)
		if len(lines) == 0 {
			continue
		}
		sort.Slice(lines, func(a, b int) bool {
			ca, cb := ev.column(lines[a].x0), ev.column(lines[b].x0)
			return ca < cb || ca == cb && lines[a].y0 < lines[b].y0
		})
		last := lines[len(lines)-1]
		if word, ok := hyphenated(last); ok && !ev.suspended(glyphString(word)) {
			ev.add(i+1, faultHyphenTurn, "the page's last line ends „%s“ (column %d)", glyphString(word), ev.column(last.x0)+1)
		}
	}
}

// suspended reports whether word, which ends in a hyphen, is the first
// part of a suspended compound its author wrote (Landes- oder
// Bundesprogramme): the body text has it followed by a space, so no word
// goes on on the next page.
func (ev *builtEvent) suspended(word string) bool {
	for _, s := range ev.doc.Sections {
		for _, text := range blockTexts(s.Body) {
			if strings.Contains(" "+text, " "+word+" ") {
				return true
			}
		}
	}
	return false
}

func glyphString(g []glyph) string { return glyphLine{glyphs: g}.text() }

// checkHeadings: no heading line on a body page ends with a hyphen,
// unless the word it breaks is wider than the column. The width of a word
// broken at the author's hyphen (Arbeitsmarkt-Integration) counts that
// hyphen, which is part of the word; one the break adds is not.
func (ev *builtEvent) checkHeadings() {
	size := ev.th.Heading.Size.Points()
	leading := ev.th.Heading.Leading.Points()
	_, measure := ev.columnX(0)
	for i := range ev.glyphs {
		if ev.kinds[i] != layout.BodyPage {
			continue
		}
		lines := ev.linesOfSize(i, size)
		for _, l := range lines {
			frag, ok := hyphenated(l)
			if !ok {
				continue
			}
			width := frag[len(frag)-2].x1 - frag[0].x0
			if ev.authorHyphen(i, l, frag) {
				width = frag[len(frag)-1].x1 - frag[0].x0
			}
			next := ""
			for _, n := range lines {
				if ev.column(n.x0) == ev.column(l.x0) && n.y0 > l.y0+1 && n.y0 < l.y0+2.5*leading {
					word := n.glyphs
					for k, g := range n.glyphs {
						if unicode.IsSpace(g.c) {
							word = n.glyphs[:k]
							break
						}
					}
					if len(word) > 0 {
						width += word[len(word)-1].x1 - word[0].x0
						next = glyphString(word)
					}
					break
				}
			}
			if width <= measure {
				ev.add(i+1, faultHyphenHeading, "„%s“ / „%s“ (the word is %.0f pt, the column %.0f pt)", glyphString(frag), next, width, measure)
			}
		}
	}
}

// authorHyphen reports whether the hyphen ending frag, the last word of
// glyph line l of page i, is one the author wrote: poppler, which reads a
// hyphen a break adds as part of the whole word (the PDF's actual text),
// shows the same word, hyphen and all, in the same place.
func (ev *builtEvent) authorHyphen(i int, l glyphLine, frag []glyph) bool {
	h, text := frag[len(frag)-1], glyphString(frag)
	for _, tl := range ev.lines[i] {
		mid := (tl.y0 + tl.y1) / 2
		if mid < l.y0 || mid > l.y1 {
			continue
		}
		for _, w := range tl.words {
			if abs(w.x1-h.x1) < 1 && strings.HasSuffix(w.text, text) {
				return true
			}
		}
	}
	return false
}

// flowLine is a line of text in the flow, in reading order.
type flowLine struct {
	page, col int
	y, x      float64
	key       string // its letters and digits
	text      string
}

var listMarker = regexp.MustCompile(`^(\d+\.|[•–·▪-])\s+`)

// flowLines are poppler's lines inside the type area of the body pages,
// column by column, top to bottom.
func (ev *builtEvent) flowLines() []flowLine {
	top, bottom := ev.typeArea()
	var out []flowLine
	for i, lines := range ev.lines {
		if ev.kinds[i] != layout.BodyPage {
			continue
		}
		var page []flowLine
		for _, l := range lines {
			mid := (l.y0 + l.y1) / 2
			if mid < top-2 || mid > bottom+2 {
				continue
			}
			text := l.text()
			page = append(page, flowLine{page: i, col: ev.column(l.x0), y: l.y0, x: l.x0,
				key: alnum(listMarker.ReplaceAllString(text, "")), text: text})
		}
		sort.SliceStable(page, func(a, b int) bool {
			pa, pb := page[a], page[b]
			if pa.col != pb.col {
				return pa.col < pb.col
			}
			if abs(pa.y-pb.y) > 2 {
				return pa.y < pb.y
			}
			return pa.x < pb.x
		})
		out = append(out, page...)
	}
	return out
}

// alnum keeps the letters and digits of s: what no typographic rule of
// the normaliser changes.
func alnum(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// paragraph is one paragraph of a section's body text (list items and
// quotes are paragraphs of their own).
type paragraph struct {
	section, index int
	key            string
}

// paragraphs lists the body's paragraphs in document order.
func (ev *builtEvent) paragraphs() []paragraph {
	var out []paragraph
	for i, s := range ev.doc.Sections {
		for k, text := range blockTexts(s.Body) {
			if key := alnum(text); key != "" {
				out = append(out, paragraph{section: i, index: k, key: key})
			}
		}
	}
	return out
}

// matchParagraphs finds each paragraph's lines: a paragraph starts at a
// line that begins it and goes on with the lines that continue its text;
// lines of other things (headings, pictures' captions, link blocks,
// running feet) in between are passed over. The result is, per
// paragraph, the indices of its lines.
func matchParagraphs(paras []paragraph, lines []flowLine) [][]int {
	placed := make([][]int, len(paras))
	p, off := 0, 0
	for li, l := range lines {
		k := l.key
		if k == "" || p >= len(paras) {
			continue
		}
		if off > 0 {
			if strings.HasPrefix(paras[p].key[off:], k) {
				placed[p] = append(placed[p], li)
				if off += len(k); off == len(paras[p].key) {
					p, off = p+1, 0
				}
				continue
			}
			if startsParagraph(paras, p+1, k) < 0 || continues(paras[p].key[off:], lines[li+1:]) {
				// Something else between the paragraph's lines — even a
				// line that could begin a later paragraph (a link block's
				// „Ausbildungsduldung“ before a list item that begins so)
				// while the paragraph's rest follows.
				continue
			}
			p, off = p+1, 0 // the paragraph's rest is not there: the check reports it
		}
		q := startsParagraph(paras, p, k)
		if q < 0 && shortFirstLine(paras[p].key, k, lines[li+1:]) {
			q = p
		}
		if q >= 0 && continues(paras[q].key[len(k):], lines[li+1:]) && (q == p || !begunLater(paras[p], lines[li+1:])) {
			p = q
			placed[p] = append(placed[p], li)
			if off = len(k); off == len(paras[p].key) {
				p, off = p+1, 0
			}
		}
	}
	return placed
}

// shortFirstLine reports whether a line k too short to be told from a
// heading by itself (a balanced quote's „Rückfragen“) begins the
// paragraph expected next, key: the line right after it goes on with the
// paragraph.
func shortFirstLine(key, k string, next []flowLine) bool {
	if len(k) < 4 || !strings.HasPrefix(key, k) || len(next) == 0 || next[0].key == "" {
		return false
	}
	return strings.HasPrefix(key[len(k):], next[0].key)
}

// begunLater reports whether one of the next lines begins the paragraph
// para, whose text is still to come: a line that reads as the start of a
// later paragraph before it is something else (a caption's last line
// „Netzwerk Ausbildung Nordost“ before a contact paragraph that begins
// with the same words), not that paragraph jumping ahead of para.
func begunLater(para paragraph, next []flowLine) bool {
	for i, l := range next[:min(40, len(next))] {
		if l.key != "" && strings.HasPrefix(para.key, l.key) && (len(l.key) >= 12 || len(l.key) == len(para.key)) &&
			continues(para.key[len(l.key):], next[i+1:]) {
			return true
		}
	}
	return false
}

// continues reports whether the rest of a paragraph, after a line that
// may begin it, is there: nothing is left, or one of the next lines goes
// on with it. A heading that happens to be a paragraph's first words is
// not taken for its start.
func continues(rest string, next []flowLine) bool {
	if rest == "" {
		return true
	}
	for _, l := range next[:min(40, len(next))] {
		if l.key != "" && len(l.key) >= min(4, len(rest)) && strings.HasPrefix(rest, l.key) {
			return true
		}
	}
	return false
}

// startsParagraph is the first of the next few paragraphs from p that
// line key begins (long enough not to be a heading by chance), or -1.
func startsParagraph(paras []paragraph, p int, key string) int {
	for q := p; q < len(paras) && q < p+8; q++ {
		if strings.HasPrefix(paras[q].key, key) && (len(key) >= 12 || len(key) == len(paras[q].key)) {
			return q
		}
	}
	return -1
}

// checkParagraphs: every paragraph is there whole, and none leaves its
// first line alone at a column's foot (orphan) or its last line alone at
// a column's head (widow).
func (ev *builtEvent) checkParagraphs(paras []paragraph, lines []flowLine, placed [][]int) {
	for pi, para := range paras {
		got := placed[pi]
		found := 0
		for _, li := range got {
			found += len(lines[li].key)
		}
		if found < len(para.key) {
			page := 0
			if len(got) > 0 {
				page = lines[got[len(got)-1]].page + 1
			}
			ev.add(page, faultLostText, "sections[%d] paragraph %d: %d of %d letters found (%s…)", para.section, para.index, found, len(para.key), short(para.key))
			continue
		}
		if len(got) < 2 {
			continue
		}
		first, second := lines[got[0]], lines[got[1]]
		if first.page != second.page || first.col != second.col {
			ev.add(first.page+1, faultOrphan, "sections[%d] paragraph %d: „%s“ alone at the foot of column %d", para.section, para.index, shortText(first.text), first.col+1)
		}
		last, before := lines[got[len(got)-1]], lines[got[len(got)-2]]
		if (last.page != before.page || last.col != before.col) && !ev.drawnLineBelow(last) {
			ev.add(last.page+1, faultWidow, "sections[%d] paragraph %d: „%s“ alone at the head of column %d", para.section, para.index, shortText(last.text), last.col+1)
		}
	}
}

// drawnLineBelow reports whether MuPDF draws a line of body text right
// below the flow line l. Poppler reads a word hyphenated at a line end
// whole (ActualText) in the first line, so a paragraph's last line that
// holds nothing but the word's end is not in its text at all: the line
// before it looks like the last.
func (ev *builtEvent) drawnLineBelow(l flowLine) bool {
	leading := ev.th.Body.Leading.Points()
	for _, g := range ev.linesOfSize(l.page, ev.th.Body.Size.Points()) {
		if ev.column(g.x0) == l.col && g.y0 > l.y+leading/2 && g.y0 < l.y+leading*1.5 {
			return true
		}
	}
	return false
}

func short(s string) string {
	r := []rune(s)
	if len(r) > 24 {
		return string(r[:24])
	}
	return s
}

func shortText(s string) string {
	r := []rune(s)
	if len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}

// checkWords: every word of the titles, the body, the speakers, the
// captions and the link blocks is somewhere in the extracted text, as
// often as the source has it.
func (ev *builtEvent) checkWords() {
	have := map[string]int{}
	for _, page := range ev.lines {
		for _, l := range page {
			for _, w := range words(l.text()) {
				have[w]++
			}
		}
	}
	want := map[string]int{}
	add := func(s string) {
		for _, w := range words(s) {
			want[w]++
		}
	}
	for _, s := range ev.doc.Sections {
		add(s.Title)
		for _, t := range blockTexts(s.Body) {
			add(t)
		}
		for _, p := range append(append([]content.Person(nil), s.Speakers...), s.Moderation...) {
			add(p.Name)
		}
		for _, img := range s.Images {
			add(img.Caption)
		}
		for _, l := range append(append([]content.Link(nil), s.Presentations...), s.Links...) {
			add(l.Label)
		}
		for _, it := range s.Items {
			add(it.Title)
		}
	}
	var missing []string
	for w, n := range want {
		if have[w] < n {
			missing = append(missing, fmt.Sprintf("„%s“ (%d of %d)", w, have[w], n))
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		if len(missing) > 12 {
			missing = append(missing[:12], fmt.Sprintf("and %d more", len(missing)-12))
		}
		ev.add(0, faultLostText, "words missing from the text: %s", strings.Join(missing, ", "))
	}
}

// words splits text into runs of letters and digits.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// placement is a picture as the content places it.
type placement struct {
	section int
	image   int // index in the section's images; -1 for a portrait
	size    pixelSize
	where   string
}

// placements lists every picture and portrait of the sections in order:
// the portraits of speakers and of moderators, whom the speakers' grid
// sets after the speakers.
func (ev *builtEvent) placements() []placement {
	var out []placement
	for i, s := range ev.doc.Sections {
		for k, p := range append(slices.Clip(s.Speakers), s.Moderation...) {
			if p.Photo != nil && p.Photo.WidthPx > 0 {
				out = append(out, placement{i, -1, sizeOf(p.Photo.WidthPx, p.Photo.HeightPx), fmt.Sprintf("sections[%d] person %d's photo %s", i, k, p.Photo.File)})
			}
		}
		for k, img := range s.Images {
			if img.WidthPx > 0 {
				out = append(out, placement{i, k, sizeOf(img.WidthPx, img.HeightPx), fmt.Sprintf("sections[%d].images[%d] %s", i, k, img.File)})
			}
		}
	}
	return out
}

// sectionLinks are the addresses of a section's link blocks in order.
func sectionLinks(s content.Section) []content.Link {
	return append(append([]content.Link(nil), s.Presentations...), s.Links...)
}

// missedCodeBands are bands of their own, 28 mm above and below its
// label, for each link block whose code the page's band did not give.
func (ev *builtEvent) missedCodeBands() []codeBand {
	const reach = 28 * 72 / 25.4
	var bands []codeBand
	for _, s := range ev.doc.Sections {
		for _, l := range sectionLinks(s) {
			if len(ev.codes[l.URL]) > 0 {
				continue
			}
			for i := range ev.lines {
				if pos, ok := ev.locate(i, linkKey(l, ev.th)); ok {
					bands = append(bands, codeBand{page: i, x0: math.Inf(-1), y0: max(pos.y-reach, 0), x1: math.Inf(1), y1: min(pos.y+reach, ev.th.PageHeight.Points())})
				}
			}
		}
	}
	return bands
}

// linkKey is how a link block is found in the text: the letters and
// digits of its label, or of its printed address.
func linkKey(l content.Link, th layout.Theme) string {
	key := alnum(l.Label)
	if key == "" {
		written := l.Written
		if written == "" {
			written = l.URL
		}
		key = alnum(layout.PrintedURL(written, th.PrintURL))
	}
	return key
}

// checkPicturesAndCodes: every picture is embedded once per placement
// (pdfimages) and drawn (mutool), every QR code decodes to its address
// exactly once (zbarimg).
func (ev *builtEvent) checkPicturesAndCodes() {
	want := map[pixelSize]int{}
	for _, p := range ev.placements() {
		want[p.size]++
	}
	drawn := map[pixelSize]int{}
	for _, d := range ev.drawn {
		drawn[d.size]++
	}
	for _, p := range ev.placements() {
		if got := len(ev.embedded[p.size]); got != want[p.size] {
			ev.add(0, faultLostPicture, "%s: embedded %d times, placed %d times", p.where, got, want[p.size])
		}
		if drawn[p.size] != want[p.size] {
			ev.add(0, faultLostPicture, "%s: drawn %d times, placed %d times", p.where, drawn[p.size], want[p.size])
		}
	}
	for i, s := range ev.doc.Sections {
		for k, l := range sectionLinks(s) {
			if got := ev.codes[l.URL]; len(got) != 1 {
				ev.add(0, faultLostCode, "sections[%d] link %d: the code for %s decoded on pages %v, want once", i, k, l.URL, plusOne(got))
			}
		}
	}
}

func plusOne(pages []int) []int {
	out := make([]int, len(pages))
	for i, p := range pages {
		out[i] = p + 1
	}
	return out
}

// floatPos is where a float stands: page, column, top, left.
type floatPos struct {
	page, col int
	y, x      float64
	name      string
	path      string // its key path in the content: sections[2].images[0]
	// band is -1 for a picture across the columns at a page's top, 1
	// for one at its foot (read before and after the columns), else 0.
	band int
}

// isPicture reports whether the float is a picture (not a link block).
func (a floatPos) isPicture() bool { return strings.Contains(a.path, ".images[") }

// before reports whether a stands before b in reading order.
func (a floatPos) before(b floatPos) bool {
	if a.page != b.page {
		return a.page < b.page
	}
	if a.band != b.band {
		return a.band < b.band
	}
	if a.col != b.col {
		return a.col < b.col
	}
	if abs(a.y-b.y) > 3 {
		return a.y < b.y
	}
	return a.x <= b.x
}

// checkFloats: each picture and link block of a section stands on the
// page it is due — its anchor's, the end of the section's text (or its
// heading when it has none), or the page of the float before it where
// that is later — or the next, or ahead of its anchor while its section
// runs, never before the page of its section's heading, and the
// section's pictures keep their order, and its link blocks theirs
// (presentations, then links).
func (ev *builtEvent) checkFloats(paras []paragraph, lines []flowLine, placed [][]int) {
	drawn := append([]drawnImage(nil), ev.drawn...)
	sort.SliceStable(drawn, func(a, b int) bool {
		return drawn[a].page < drawn[b].page || drawn[a].page == drawn[b].page && drawn[a].y0 < drawn[b].y0
	})
	used := make([]bool, len(drawn))
	cursor := 0 // the flow line the previous section's anchor was found at
	after := -1 // the page of the last float found (from 0)
	for i, s := range ev.doc.Sections {
		anchor := -1
		for pi, para := range paras {
			if para.section == i && len(placed[pi]) > 0 {
				anchor = placed[pi][len(placed[pi])-1]
			}
		}
		heading := findHeading(lines, cursor, alnum(s.Title))
		if anchor < 0 {
			anchor = heading
		}
		if anchor < 0 {
			if len(s.Images)+len(sectionLinks(s)) > 0 {
				ev.add(0, faultFloatDistance, "sections[%d]: neither its text nor its heading found, so its floats have no anchor", i)
			}
			continue
		}
		cursor = anchor
		anchorPage, headingPage := lines[anchor].page, lines[anchor].page
		if heading >= 0 && heading <= anchor {
			headingPage = lines[heading].page
		}
		var floats []floatPos
		for k, img := range s.Images {
			pos, ok := takeDrawn(drawn, used, sizeOf(img.WidthPx, img.HeightPx), headingPage)
			if !ok {
				continue // checkPicturesAndCodes reports it
			}
			path := fmt.Sprintf("sections[%d].images[%d]", i, k)
			floats = append(floats, floatPos{pos.page, ev.column(pos.x0), pos.y0, pos.x0, path, path, ev.band(pos)})
		}
		for k, l := range sectionLinks(s) {
			pages := ev.codes[l.URL]
			if len(pages) != 1 {
				continue
			}
			pos, ok := ev.locate(pages[0], linkKey(l, ev.th))
			if !ok {
				ev.add(pages[0]+1, faultLostText, "sections[%d] link %d: its code is here but not its text „%s“", i, k, short(linkKey(l, ev.th)))
				continue
			}
			pos.name = fmt.Sprintf("sections[%d] link %d (%s)", i, k, l.URL)
			pos.path = fmt.Sprintf("sections[%d].presentations[%d]", i, k)
			if k >= len(s.Presentations) {
				pos.path = fmt.Sprintf("sections[%d].links[%d]", i, k-len(s.Presentations))
			}
			floats = append(floats, pos)
		}
		ev.checkRecorded(floats)
		for k, f := range floats {
			if f.page < headingPage || f.page > max(anchorPage, after)+1 {
				ev.add(f.page+1, faultFloatDistance, "%s on page %d, its heading on page %d, its anchor on page %d, the float before it on page %d",
					f.name, f.page+1, headingPage+1, anchorPage+1, after+1)
			}
			after = f.page
			// Pictures keep their order among pictures, link blocks among
			// link blocks; a link block may pass a picture waiting for room.
			for p := k - 1; p >= 0; p-- {
				if floats[p].isPicture() == f.isPicture() {
					if !floats[p].before(f) {
						ev.add(f.page+1, faultFloatOrder, "%s stands before %s (page %d)", f.name, floats[p].name, floats[p].page+1)
					}
					break
				}
			}
		}
	}
}

// checkRecorded: where the layout says it put a float (Document.Floats,
// for the composition report) is where the readers found it.
func (ev *builtEvent) checkRecorded(floats []floatPos) {
	for _, rec := range ev.recorded {
		for _, f := range floats {
			if strings.HasSuffix(rec.Where, f.path) && rec.Page != f.page+1 {
				ev.add(f.page+1, faultFloatRecord, "%s: the layout records page %d", f.name, rec.Page)
			}
		}
	}
}

// findHeading is the first flow line from `from` on that begins the
// title, or -1.
func findHeading(lines []flowLine, from int, title string) int {
	for li := max(from, 0); li < len(lines); li++ {
		k := lines[li].key
		if k != "" && strings.HasPrefix(title, k) && len(k) >= min(8, len(title)) {
			return li
		}
	}
	return -1
}

// takeDrawn takes the first drawn image of the size not taken yet,
// preferring one on or after the anchor's page.
func takeDrawn(drawn []drawnImage, used []bool, size pixelSize, anchorPage int) (drawnImage, bool) {
	best := -1
	for k, d := range drawn {
		if used[k] || d.size != size {
			continue
		}
		if best < 0 || drawn[best].page < anchorPage && d.page >= anchorPage {
			best = k
		}
		if d.page >= anchorPage {
			break
		}
	}
	if best < 0 {
		return drawnImage{}, false
	}
	used[best] = true
	return drawn[best], true
}

// locate finds where the text key (letters and digits) begins on page
// p: the column, top and left of the word it begins in. The place that
// agrees with the longest beginning of the key wins — all of the key, or
// as much as ends at a line's end (see matchFrom) — and at least 8
// letters must agree.
func (ev *builtEvent) locate(p int, key string) (floatPos, bool) {
	lines := ev.lines[p]
	keys := make([][]string, len(lines))
	for j, l := range lines {
		keys[j] = make([]string, len(l.words))
		for k, w := range l.words {
			keys[j][k] = alnum(w.text)
		}
	}
	best, bestLen := floatPos{}, 7
	for j, l := range lines {
		for k, w := range l.words {
			if n := matchFrom(keys, j, k, key); n > bestLen {
				best, bestLen = floatPos{page: p, col: ev.column(w.x0), y: l.y0, x: w.x0}, n
			}
		}
	}
	return best, bestLen > 7
}

// matchFrom is how much of key the text agrees with from word k of line
// j on: all of key, or as much as ends at a line's end; 0 when it stops
// inside the first line. The match goes on into the lines poppler reads
// next as long as each agrees with the key to its end. Matching one line
// only, a link block's label broken after its first word („Präsentation“
// / „1.1: …“) was found at the first line that is that word alone —
// another block's label — so the code's band and the blocks' order were
// read at the wrong block (event 29: two codes cut off their band, two
// sections' links read out of order while the page shows them in order).
func matchFrom(keys [][]string, j, k int, key string) int {
	matched := 0
	for ; j < len(keys); j, k = j+1, 0 {
		tail := strings.Join(keys[j][k:], "")
		if tail == "" && matched == 0 {
			return 0
		}
		n := commonPrefix(tail, key[matched:])
		if matched+n == len(key) {
			return len(key)
		}
		if n < len(tail) {
			return matched // the text turns away from the key inside this line
		}
		matched += n
	}
	return matched
}

// commonPrefix is the length in bytes of the beginning a and b share.
func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}
