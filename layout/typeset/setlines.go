package typeset

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// Align says how lines of a paragraph meet the right margin.
type Align uint8

// Line alignments.
const (
	Justified   Align = iota // glue stretches or shrinks to fill every line but the last
	RaggedRight              // glue keeps its natural width; lines end where they end
	// RaggedLines is RaggedRight for lines the author broke one by one
	// (an address): a written line that wraps need not fill the measure,
	// so it wraps where its last line is no lone short word
	// („Landesnetzwerk / Ausbildungsbrücken MV“, not „… / MV“).
	RaggedLines
)

// Ragged reports whether lines end where they end, unjustified.
func (a Align) Ragged() bool { return a != Justified }

// nothing is the actual text of glyphs that say nothing: the rest of a
// hyphenated word on the next line.
var nothing = ""

// Page-break penalties between the lines of a paragraph, after TeX.
const (
	// ClubPenalty and WidowPenalty forbid a page break after a paragraph's
	// first line and before its last: German practice allows neither.
	ClubPenalty   = Infinity
	WidowPenalty  = Infinity
	BrokenPenalty = 100 // a page break after a hyphenated line
)

// SetParagraph breaks p into lines of the given width (starting at x on
// the page) and returns them as vertical boxes of the style's leading, with
// penalties between them that keep at least two lines together at either
// end. It also returns the chosen lines for inspection.
func SetParagraph(p *Paragraph, x, width Scaled, align Align, params BreakParams) ([]VNode, []Line) {
	return SetBroken(p, BreakParagraph(p, width, align, params), x, width, align, params)
}

// BreakParagraph chooses the lines SetParagraph sets: it depends on the
// paragraph, the width, the alignment and the parameters only, so a
// caller may keep it for a paragraph that comes again.
func BreakParagraph(p *Paragraph, width Scaled, align Align, params BreakParams) []Line {
	return new(LineBreaker).BreakParagraph(p, width, align, params)
}

// SetBroken sets a paragraph broken into lines (by BreakParagraph with
// the same width, alignment and parameters) as SetParagraph does. It
// fills in the lines' settings, so lines kept for another setting must
// be a copy.
func SetBroken(p *Paragraph, lines []Line, x, width Scaled, align Align, params BreakParams) ([]VNode, []Line) {
	if align.Ragged() {
		params = RaggedParams(params, p.Base.Size)
	}
	// How each line is justified: its fit, and the glyph scale the
	// smoothing chooses so that neighbouring lines' glyph widths differ
	// little.
	scratch := lineScratches.Get().(*lineScratch)
	defer scratch.release()
	fits := scratch.lineFits(len(lines))
	for i, ln := range lines {
		lw := width
		if params.Protrude {
			// The line's ends hang into the margins as the breaker
			// counted.
			left, right := leftProtrusionAfter(p.Nodes, ln.Start-1), rightProtrusionAt(p.Nodes, ln.End)
			lw += left + right
			lines[i].Setting.ProtrudeLeft, lines[i].Setting.ProtrudeRight = left, right
		}
		fits[i] = fitLine(p.Nodes, ln, lw, align, i == len(lines)-1, params.Expansion)
	}
	smoothGlyphScales(fits)
	for i := range lines {
		describeSetting(p.Nodes, fits[i], &lines[i].Setting)
	}
	var out []VNode
	if len(lines) > 0 {
		out = make([]VNode, 0, 2*len(lines)-1) // each line, and a penalty between two
	}
	var speaker wordSpeaker // the divided word the line before ends in
	for i, ln := range lines {
		if i > 0 {
			pen := 0
			if i == 1 {
				pen = ClubPenalty
			}
			if i == len(lines)-1 {
				pen = WidowPenalty
			}
			if lines[i-1].Hyphenated && pen < Infinity {
				pen += BrokenPenalty
			}
			out = append(out, Penalty(pen))
		}
		lx := x
		if params.Protrude {
			lx -= leftProtrusionAfter(p.Nodes, ln.Start-1)
		}
		items := setLine(p.Nodes, fits[i], lx, p.Base.Leading, p.Langs, scratch)
		if i > 0 {
			speaker = wholeWord(p.Nodes, lines[i-1], out[len(out)-2].Items, items, speaker)
		}
		out = append(out, Box(p.Base.Leading, items...))
		out[len(out)-1].Hyphenated = ln.Hyphenated && i < len(lines)-1
	}
	return out, lines
}

// wordSpeaker is a word divided at a line end: the run that says it
// whole and the piece that begins the next line.
type wordSpeaker struct{ head, tail *GlyphRun }

// wholeWord marks a word hyphenated at the end of a line (ln) so that it
// reads whole: the run ending in the inserted hyphen says the whole word,
// its rest at the start of the next line says nothing (ActualText, ISO
// 32000-1, 14.9.4). Text extraction and screen readers then get
// „demografischen“, not „demografi- schen“. A break at a hyphen the text
// already has (Arbeits-markt) is left as it is. A word divided twice
// (Arbeits- / marktintegrations- / maßnahmen) is said once, by its first
// piece: prev is the word the line before ended in, and when its rest is
// the run divided again here, the rest stays silent and the first piece
// says the word to its new end. wholeWord returns the word divided at ln
// (the zero value when none is).
func wholeWord(nodes []Node, ln Line, before, after []Item, prev wordSpeaker) wordSpeaker {
	brk := nodes[ln.End]
	if brk.Kind != PenaltyNode || brk.Text == "" {
		return wordSpeaker{}
	}
	var head, tail *GlyphRun
	for k := len(before) - 1; k >= 0 && head == nil; k-- {
		head, _ = before[k].(*GlyphRun)
	}
	for k := 0; k < len(after) && tail == nil; k++ {
		tail, _ = after[k].(*GlyphRun)
	}
	if head == nil || tail == nil || !strings.HasSuffix(head.Text, brk.Text) {
		return wordSpeaker{}
	}
	head.HyphenInserted = true
	if tail.ActualText() != nil {
		// A word in capitals is said whole, as written, by its first
		// piece; the hyphen says nothing.
		if head.ActualText() == nil {
			head.SetActualText(&nothing)
		}
		return wordSpeaker{}
	}
	speaker, said := head, ""
	if prev.tail == head {
		speaker, said = prev.head, strings.TrimSuffix(*prev.head.ActualText(), head.Text)
	}
	word := said + strings.TrimSuffix(head.Text, brk.Text) + tail.Text
	speaker.SetActualText(&word)
	tail.SetActualText(&nothing)
	return wordSpeaker{speaker, tail}
}

// lineFit is how a line is to be justified: its nodes, the width it
// lacks (negative: has too much) and what glyphs and glue can give.
type lineFit struct {
	start, end int  // the line's first box and its break node
	broken     bool // the line ends inside a word, whose kern to the next piece drops
	// extra is the width to add to the natural width (negative: to take
	// away); capacity what the glyphs can give at the expansion limit;
	// boxes their natural width; gluePool the stretch or shrink of the
	// glue that takes the rest; glue the natural width of the glue.
	extra, capacity, boxes, gluePool, glue Scaled
	shrinking                              bool
	justified                              bool // set to the measure
	// glyphFirst is the glyph scale (ten-thousandths off 100 %) when the
	// glyphs take the adjustment first, within capacity; scale the one
	// set, chosen by smoothGlyphScales; lo and hi bound it.
	glyphFirst, scale, lo, hi int64
}

// fitLine measures a line set in width: any line too long for the
// measure shrinks (the breaker chose it counting on that); only justified
// lines other than a paragraph's last also stretch. The glyphs take the
// adjustment first, within the expansion limit, and the spaces only the
// rest: word spaces stay near their natural width (as LuaTeX with
// microtype sets them). The limit holds in every pass, the emergency one
// included.
func fitLine(nodes []Node, ln Line, width Scaled, align Align, last bool, expansion int) lineFit {
	start := ln.Start
	for start < ln.End && nodes[start].Kind != BoxNode {
		start++ // glue and penalties vanish at a line's start
	}
	end := ln.End // the break node; a penalty there may add a hyphen
	brk := nodes[end]
	var natural, stretch, shrink, boxes, glue Scaled
	fil := false
	for i := start; i < end; i++ {
		n := &nodes[i]
		switch n.Kind {
		case BoxNode:
			natural += n.Width
			boxes += n.Width
		case GlueNode:
			natural += n.Width
			glue += n.Width
			stretch += n.Stretch
			shrink += n.Shrink
			fil = fil || n.Fil
		}
	}
	broken := brk.Kind == PenaltyNode && end > 0 && nodes[end-1].Kind == BoxNode && nodes[end-1].TrailingKern != 0
	if broken {
		natural -= nodes[end-1].TrailingKern // the kern to the next piece does not apply
		boxes -= nodes[end-1].TrailingKern
	}
	if brk.Kind == PenaltyNode && brk.Width > 0 {
		natural += brk.Width
		boxes += brk.Width
	}
	f := lineFit{start: start, end: end, broken: broken, boxes: boxes, glue: glue, justified: align == Justified && !fil && !last}
	f.extra = width - natural
	f.capacity = ScaleBy(boxes, int64(expansion), 1000)
	switch {
	case f.extra < 0:
		f.gluePool, f.shrinking = shrink, true
		if -f.extra > shrink+f.capacity {
			f.extra = -(shrink + f.capacity) // overfull: shrink no further than allowed
		}
	case align == Justified && !fil && !last:
		f.gluePool = stretch
	default:
		f.extra, f.capacity = 0, 0
	}
	if f.capacity > 0 && boxes > 0 && f.gluePool+f.capacity > 0 {
		f.glyphFirst = divRound(int64(max(-f.capacity, min(f.extra, f.capacity)))*10000, int64(boxes))
	}
	f.scale = f.glyphFirst
	return f
}

// describeSetting records how a fitted line is set: its glyph scale, and
// the width its interword spaces take against their natural width.
func describeSetting(nodes []Node, f lineFit, s *LineSetting) {
	s.Justified = f.justified
	s.GlyphScale = int(f.scale)
	if brk := nodes[f.end]; brk.Kind == PenaltyNode && brk.WordBreak {
		s.InWord, s.Break = true, brk.Break
	}
	glueExtra := f.extra - (ScaleBy(f.boxes, 10000+f.scale, 10000) - f.boxes)
	var natural, set Scaled
	for i := f.start; i < f.end; i++ {
		n := &nodes[i]
		if n.Kind != GlueNode || n.Fil || n.Stretch == 0 {
			continue // not an interword space
		}
		s.Spaces++
		natural += n.Width
		set += n.Width
		if f.gluePool > 0 {
			share := n.Stretch
			if f.extra < 0 {
				share = n.Shrink
			}
			set += ScaleBy(glueExtra, int64(share), int64(f.gluePool))
		}
	}
	if natural > 0 {
		s.SpaceRatio = float64(set) / float64(natural)
	}
}

// setLine draws a fitted line from x on the baseline at the bottom of
// the line's box (the leading above it holds the text): glyphs scaled by
// the fit's scale, and the rest of the difference between the natural
// width and the measure shared among the glue in proportion to what each
// can give, exactly in integers: the last glue takes the remainder, so a
// justified line ends precisely at the margin.
//
// The line is built in sc and copied out at its exact size.
func setLine(nodes []Node, f lineFit, x, leading Scaled, langs []string, sc *lineScratch) []Item {
	start, end, broken, extra, boxes, gluePool := f.start, f.end, f.broken, f.extra, f.boxes, f.gluePool
	brk := nodes[end]
	hscale := 10000 + f.scale
	scaled := func(w Scaled) Scaled { return ScaleBy(w, hscale, 10000) }
	glueExtra := extra - (scaled(boxes) - boxes)

	sc.start(nodes[start:end])
	items := sc.items[:0]
	pos := x
	distributed, seen := Scaled(0), Scaled(0)
	for i := start; i < end; i++ {
		n := nodes[i]
		switch n.Kind {
		case BoxNode:
			if broken && i == end-1 {
				n.Width -= n.TrailingKern
				n.Kern = append([]int(nil), n.Kern...)
				n.Kern[len(n.Kern)-1] = 0
			}
			items = appendBox(items, n, pos, leading, hscale, langs, sc)
			pos += scaled(n.Width)
		case GlueNode:
			g := n.Width
			if gluePool > 0 {
				share := n.Stretch
				if extra < 0 {
					share = n.Shrink
				}
				seen += share
				target := ScaleBy(glueExtra, int64(seen), int64(gluePool))
				g += target - distributed
				distributed = target
			}
			MarkSpace(items, pos, g, nodes[i+1:end])
			pos += g
		}
	}
	if brk.Kind == PenaltyNode && brk.Text != "" {
		items = appendBox(items, Node{Kind: BoxNode, Width: brk.Width, Text: brk.Text, Face: brk.Face,
			Size: brk.Size, BoxStyle: brk.BoxStyle}, pos, leading, hscale, langs, sc)
	}
	if brk.Kind == GlueNode || brk.Kind == PenaltyNode && brk.Penalty == ForceBreak {
		LineEndSpace(items, brk.Width)
	}
	sc.items = items
	return sc.copyOut()
}

// lineScratch is where setLine builds a line's items and glyph runs
// before they are copied out at their exact number: one slice of items
// and one of runs a line, instead of a run allocated for each word and
// the items' slice grown as they come. SetBroken takes one from
// lineScratches for all the lines of a paragraph.
type lineScratch struct {
	items []Item
	runs  []GlyphRun
	// text holds the texts of the runs joined from several boxes, one
	// after another, as joined records them: each becomes a substring of
	// one string a line.
	text   []byte
	joined []joinedText
	// fits are the lines' fits (SetBroken): a paragraph's, made afresh
	// for each, were a tenth of what setting it allocated.
	fits []lineFit
}

// lineFits returns n zeroed fits in the scratch's array where it has
// room.
func (sc *lineScratch) lineFits(n int) []lineFit {
	if cap(sc.fits) < n {
		sc.fits = make([]lineFit, n)
	}
	sc.fits = sc.fits[:n]
	clear(sc.fits)
	return sc.fits
}

// joinedText is where run's text lies in a line scratch's text.
type joinedText struct{ run, from, to int }

// last returns the index of g in the scratch, and whether g is the last
// run the scratch holds (the one a box may join).
func (sc *lineScratch) last(g *GlyphRun) (int, bool) {
	if sc == nil || len(sc.runs) == 0 || g != &sc.runs[len(sc.runs)-1] {
		return 0, false
	}
	return len(sc.runs) - 1, true
}

// join adds text to the text of run k (g), which copyOut sets.
func (sc *lineScratch) join(k int, g *GlyphRun, text string) {
	if n := len(sc.joined); n == 0 || sc.joined[n-1].run != k {
		sc.joined = append(sc.joined, joinedText{run: k, from: len(sc.text)})
		sc.text = append(sc.text, g.Text...)
	}
	sc.text = append(sc.text, text...)
	sc.joined[len(sc.joined)-1].to = len(sc.text)
}

// runes is the number of characters of run k (g) so far.
func (sc *lineScratch) runes(k int, g *GlyphRun) int {
	if n := len(sc.joined); n > 0 && sc.joined[n-1].run == k {
		j := sc.joined[n-1]
		return utf8.RuneCount(sc.text[j.from:j.to])
	}
	return utf8.RuneCountInString(g.Text)
}

// lineScratches keeps line scratches for reuse, as builders keeps node
// builders.
var lineScratches = sync.Pool{New: func() any { return new(lineScratch) }}

// maxKeptRuns bounds the runs a kept scratch has room for; a longer
// line's is left to the collector.
const maxKeptRuns = 1 << 10

// release clears the scratch, so it holds nothing of the paragraph, and
// keeps it for the next.
func (sc *lineScratch) release() {
	clear(sc.items[:cap(sc.items)])
	clear(sc.runs[:cap(sc.runs)])
	if cap(sc.runs) > maxKeptRuns || cap(sc.items) > 2*maxKeptRuns || cap(sc.text) > 64*maxKeptRuns || cap(sc.fits) > maxKeptRuns {
		return
	}
	lineScratches.Put(sc)
}

// start readies the scratch for a line of the nodes (the break's hyphen
// aside): the runs have room for one a box and the hyphen, so adding one
// never moves those the items point to.
func (sc *lineScratch) start(nodes []Node) {
	bound := 1
	for k := range nodes {
		if nodes[k].Kind == BoxNode {
			bound++
		}
	}
	if cap(sc.runs) < bound {
		sc.runs = make([]GlyphRun, 0, bound)
	}
	sc.runs, sc.text, sc.joined = sc.runs[:0], sc.text[:0], sc.joined[:0]
}

// newRun returns a place for a new glyph run of the line.
func (sc *lineScratch) newRun() *GlyphRun {
	if len(sc.runs) == cap(sc.runs) {
		return new(GlyphRun) // not expected: start made room for every box
	}
	sc.runs = sc.runs[:len(sc.runs)+1]
	return &sc.runs[len(sc.runs)-1]
}

// copyOut returns the line's items in a slice of their own (nil for
// none), their glyph runs in one array of their own: the k-th run in the
// scratch is the k-th run among the items.
func (sc *lineScratch) copyOut() []Item {
	if len(sc.items) == 0 {
		return nil
	}
	items := slices.Clone(sc.items)
	if len(sc.runs) == 0 {
		return items
	}
	runs := slices.Clone(sc.runs)
	if len(sc.joined) > 0 {
		text := string(sc.text)
		for _, j := range sc.joined {
			runs[j.run].Text = text[j.from:j.to]
		}
	}
	k := 0
	for i, it := range items {
		if g, ok := it.(*GlyphRun); ok && k < len(runs) && g == &sc.runs[k] {
			items[i] = &runs[k]
			k++
		}
	}
	return items
}

// LineEndSpace marks the last glyph run of a line that ends between two
// words (at a space, a forced break or the paragraph's end; not inside a
// word or a URL) as followed by a space, so the text layer separates its
// last word from what is read next: the next line, the next paragraph of
// the same structure element (a label and its heading).
func LineEndSpace(items []Item, w Scaled) {
	for k := len(items) - 1; k >= 0; k-- {
		switch it := items[k].(type) {
		case *GlyphRun:
			if w <= 0 {
				w = it.Size / 4
			}
			it.SpaceAfter = w
			return
		case *LinkArea:
			continue
		default:
			// Anything else ends the line without a text run last.
		}
		return
	}
}

// MarkSpace records a word space of width g at pos after the glyph run
// that ends there, when a word follows on the line (rest): the space the
// text layer carries between two words. Glue at a paragraph's end, or
// after something that is not text, marks nothing.
func MarkSpace(items []Item, pos, g Scaled, rest []Node) {
	if g <= 0 || len(items) == 0 {
		return
	}
	run, ok := items[len(items)-1].(*GlyphRun)
	if !ok && len(items) > 1 {
		if _, link := items[len(items)-1].(*LinkArea); link {
			run, ok = items[len(items)-2].(*GlyphRun)
		}
	}
	if !ok || run.X+run.Width != pos {
		return
	}
	for _, n := range rest {
		switch {
		case n.Kind == BoxNode && n.Text != "":
			run.SpaceAfter += g
			return
		case n.Kind == BoxNode:
			return
		}
	}
}

// AppendBox adds a box's glyph run (and link area) at x on the baseline,
// with its glyphs scaled horizontally by hscale ten-thousandths. A box
// that continues the run before it (the next syllable of a word, or the
// hyphen at a break) joins that run.
func AppendBox(items []Item, n Node, x, baseline Scaled, hscale int64, langs []string) []Item {
	return appendBox(items, n, x, baseline, hscale, langs, nil)
}

// appendBox is AppendBox with the glyph run placed in sc, when not nil.
func appendBox(items []Item, n Node, x, baseline Scaled, hscale int64, langs []string, sc *lineScratch) []Item {
	if n.Text == "" || joinRun(items, n, x, baseline, hscale, langs, sc) {
		return items
	}
	run := GlyphRun{X: x, Y: baseline, Face: n.Face, Size: n.Size, Text: n.Text,
		Tracking: int16(n.Tracking), HScale: int32(hscaleField(hscale)), Colour: n.Colour, Width: ScaleBy(n.Width, hscale, 10000),
		Extra: extraOf(n.Kern, n.Said, langOf(n, langs))}
	var g *GlyphRun
	if sc != nil {
		g = sc.newRun()
	} else {
		g = new(GlyphRun)
	}
	*g = run // run itself stays on the stack
	items = append(items, g)
	if n.URL != "" {
		asc := OfEm(n.Face.Ascent, n.Size)
		desc := OfEm(-n.Face.Descent, n.Size)
		items = append(items, &LinkArea{X: x, Y: baseline - asc, W: g.Width, H: asc + desc, URL: n.URL})
	}
	return items
}

// joinRun appends box n to the glyph run that ends exactly where n
// starts, when both are drawn alike (face, size, colour, link, no letter
// spacing, nothing said in place of the glyphs), and reports whether it
// did. Words are split into boxes at
// every possible hyphenation point; joined again, a line holds one run
// per word, a fraction of the items to keep and draw.
//
// A run of the line sc builds (when not nil) gets its text there, once
// the line is done (lineScratch.join), not a new string at each box.
func joinRun(items []Item, n Node, x, baseline Scaled, hscale int64, langs []string, sc *lineScratch) bool {
	if len(items) == 0 || n.Tracking != 0 || n.Said != nil {
		return false
	}
	last := items[len(items)-1]
	var link *LinkArea
	if n.URL != "" {
		l, ok := last.(*LinkArea)
		if !ok || l.URL != n.URL || len(items) < 2 {
			return false
		}
		link, last = l, items[len(items)-2]
	}
	g, ok := last.(*GlyphRun)
	if !ok || g.Face != n.Face || g.Size != n.Size || g.Colour != n.Colour || g.Tracking != 0 || g.ActualText() != nil || g.Lang() != langOf(n, langs) ||
		g.Y != baseline || g.X+g.Width != x || int64(g.HScale) != hscaleField(hscale) {
		return false
	}
	k, inScratch := sc.last(g)
	if g.Kern() != nil || n.Kern != nil {
		before := utf8.RuneCountInString(g.Text)
		if inScratch {
			before = sc.runes(k, g)
		}
		kern := make([]int, before+utf8.RuneCountInString(n.Text))
		copy(kern, g.Kern())
		copy(kern[before:], n.Kern)
		if g.Extra == nil {
			g.Extra = &RunExtra{}
		}
		g.Extra.Kern = kern
	}
	if inScratch {
		sc.join(k, g, n.Text)
	} else {
		g.Text += n.Text
	}
	w := ScaleBy(n.Width, hscale, 10000)
	g.Width += w
	if link != nil {
		link.W += w
	}
	return true
}

// langOf is the language of a box's text ("" for the document's).
func langOf(n Node, langs []string) string {
	if n.Lang == 0 || int(n.Lang) > len(langs) {
		return ""
	}
	return langs[n.Lang-1]
}

// hscaleField is how a GlyphRun records a horizontal scale: 0 for none.
func hscaleField(hscale int64) int64 {
	if hscale == 10000 {
		return 0
	}
	return hscale
}
