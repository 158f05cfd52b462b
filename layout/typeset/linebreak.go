package typeset

import (
	"math/bits"
	"strings"
	"unicode"
)

// Knuth–Plass line breaking, following TeX (The TeXbook ch. 14, tex.web
// §813–§890): a paragraph is a list of boxes, glue and penalties; every legal
// breakpoint is considered, each feasible line gets a badness from how much
// its glue must stretch or shrink, and the breaks chosen minimise the sum of
// demerits over the whole paragraph.

// BreakParams are the line-breaking parameters, named after TeX's.
type BreakParams struct {
	// Pretolerance is the badness limit of the first pass, which ignores
	// hyphenation breaks (<0 skips it); Tolerance that of the second. A
	// line's badness for these limits is pdfTeX's with font expansion:
	// of its whole adjustment against what its glyphs (within Expansion)
	// and its spaces can give together, so a paragraph passes the first
	// pass as often as under pdfTeX. Among the lines within the limit the
	// breaker ranks by glyph first (see SpaceFlexibility).
	Pretolerance int
	Tolerance    int
	LinePenalty  int
	// AdjDemerits is added when neighbouring lines differ by more than one
	// fitness class; DoubleHyphenDemerits for two hyphenated lines in a row;
	// FinalHyphenDemerits when the second-last line ends hyphenated.
	AdjDemerits, DoubleHyphenDemerits, FinalHyphenDemerits int
	// FinalTailDemerits are added on top of FinalHyphenDemerits where
	// the last line is only the rest of the word divided on the line
	// before it (zusam-/men.): a last line of one piece of a word reads
	// as a slip, not as the end of a paragraph.
	FinalTailDemerits int
	// ShortLastDemerits are added where the last line of a paragraph of
	// two lines or more, or of a line its author ended by a line break,
	// is one word (no space on it) narrower than a sixth of its measure —
	// „mit.“ alone under a full line, a runt a designer avoids by carrying
	// a word down or dividing one above.
	ShortLastDemerits int
	// EmergencyStretch is extra stretch assumed in a third pass, tried when
	// no solution within Tolerance exists, instead of setting overfull lines.
	EmergencyStretch Scaled
	// RightSkipStretch is stretch available at every line's end: zero for
	// justified text, a few ems for ragged-right setting.
	RightSkipStretch Scaled
	// Expansion is how far glyphs may be widened or narrowed to justify a
	// line, in thousandths (20: ±2 %), as pdfTeX's font expansion: it adds
	// stretch and shrink in proportion to the text on the line.
	Expansion int
	// SpaceFlexibility is the share, in per cent, of the interword glue's
	// stretch and shrink the breaker counts on when it ranks the lines
	// within tolerance (100: TeX's). Below 100 a line whose spaces must
	// change costs more than one the glyphs can justify (within
	// Expansion), so word spaces stay near their natural width; the setter
	// still uses all of the glue when it must.
	SpaceFlexibility int
	// ShrinkFlexibility is the same share for the spaces' shrink (0: as
	// SpaceFlexibility). Spaces a little tight look better than spaces a
	// little loose, so the breaker may count on more of their shrink than
	// of their stretch.
	ShrinkFlexibility int
	// RaggedShrink lets a line's spaces give only a part of their shrink
	// (1/raggedShrinkShare): ragged-right text is set near its natural
	// spacing.
	RaggedShrink bool
	// ScaleJumpDemerits are added for a change of glyph width between
	// neighbouring lines, in proportion to the square of the change, at
	// this amount for a change of the whole expansion limit (a line at
	// +2 % after one at 0). Glyphs take a line's adjustment first, so
	// without it one line may be set 2 % wide and the next 2 % narrow,
	// which the eye sees; microtype has no such control.
	ScaleJumpDemerits int
	// HyphenDemerits are added for every line that ends at a flagged
	// (hyphenation) break, on top of the break's penalty: a fixed price
	// per hyphen, which TeX's squared penalty cannot give without making
	// a hyphen forbidding next to a bad line.
	HyphenDemerits int
	// MaxHyphenRun is the largest number of consecutive lines that may end
	// hyphenated (0: no limit).
	MaxHyphenRun int
	// MinHyphenTail is the fewest letters the piece of a word a hyphen
	// divides carries onto the next line (0: as the hyphenator allows).
	MinHyphenTail int
	// Protrude lets the characters at a line's ends hang into the margins
	// by their nodes' ProtrudeLeft and ProtrudeRight: the line has that
	// much more room (justified text).
	Protrude bool
}

// TeXParams are plain TeX's defaults (with LaTeX's emergency stretch habit).
var TeXParams = BreakParams{
	Pretolerance: 100, Tolerance: 200, LinePenalty: 10,
	AdjDemerits: 10000, DoubleHyphenDemerits: 10000, FinalHyphenDemerits: 5000,
}

// maxHyphenRunStates bounds the hyphen-run states kept per breakpoint.
const maxHyphenRunStates = 4

// Fitness classes of a line, after TeX.
const (
	veryLoose = iota
	loose
	decent
	tight
)

// flexible is the part of glue stretch g the breaker counts on, or of
// glue shrink when shrinking.
func flexible(g Scaled, shrinking bool, p *BreakParams) Scaled {
	share := p.SpaceFlexibility
	if shrinking && p.ShrinkFlexibility > 0 {
		share = p.ShrinkFlexibility
	}
	if share <= 0 || share == 100 {
		return g
	}
	return ScaleBy(g, int64(share), 100)
}

// scaleClasses are the classes of glyph scale a breakpoint keeps a best
// path for, so that the choice between a wide and a narrow line before it
// can still be made when the next line is known: narrowed, about natural,
// widened (by more than a third of the limit).
const scaleClasses = 3

// scaleClass is the class of a glyph scale (ten-thousandths) with the
// given limit.
func scaleClass(scale, limit int) int {
	switch {
	case 3*scale < -limit:
		return 0
	case 3*scale > limit:
		return 2
	}
	return 1
}

// glyphScale is how much, in ten-thousandths, the glyphs of a line with
// box width boxes are scaled when the line needs extra (negative: less)
// width and glyphs take it first, within capacity.
func glyphScale(extra, capacity, boxes Scaled) int {
	if boxes <= 0 || capacity <= 0 {
		return 0
	}
	return int(divRound(int64(max(-capacity, min(extra, capacity)))*10000, int64(boxes)))
}

// Line is one line chosen by the breaker.
type Line struct {
	Start, End int     // nodes[Start:End] are set on the line; End is the break node
	Ratio      float64 // set ratio of the line's real stretch or shrink (emergency stretch not counted)
	Badness    int     // the line's badness, emergency stretch not counted
	Overfull   Scaled  // how far the line sticks out when no fit was possible
	Hyphenated bool    // the line ends at a flagged (hyphenation) break

	// How the line was set, filled in by SetParagraph for reports.
	Setting LineSetting
}

// LineSetting is how a line was set: whether it was justified, how far
// its glyphs were scaled and its spaces moved, what hangs into the
// margins, and how it ends.
type LineSetting struct {
	Justified  bool    // adjusted to the measure (not a paragraph's last line, not ragged)
	GlyphScale int     // glyph width, ten-thousandths off 100 %
	Spaces     int     // interword spaces on the line
	SpaceRatio float64 // their width against their natural width (all move alike)
	// ProtrudeLeft and ProtrudeRight are how far the line hangs into the
	// left and right margin.
	ProtrudeLeft, ProtrudeRight Scaled
	// InWord says the line ends inside a word, at a break of kind Break.
	InWord bool
	Break  BreakKind
}

// Text is the text the line shows, with a hyphen where it was broken
// inside a word.
func (ln Line) Text(nodes []Node) string {
	var b strings.Builder
	for i := ln.Start; i < ln.End; i++ {
		switch nodes[i].Kind {
		case BoxNode:
			b.WriteString(nodes[i].Text)
		case GlueNode:
			if b.Len() > 0 && !nodes[i].Fil {
				b.WriteByte(' ')
			}
		}
	}
	if brk := nodes[ln.End]; brk.Kind == PenaltyNode {
		b.WriteString(brk.Text)
	}
	return strings.TrimSpace(b.String())
}

// Badness is TeX's badness of stretching or shrinking by t when s is
// available: about 100·(t/s)³, 10000 meaning "infinitely bad". It uses TeX's
// integer arithmetic so results are identical everywhere.
func Badness(t, s Scaled) int {
	if t == 0 {
		return 0
	}
	if s <= 0 {
		return Infinity
	}
	var r int64
	switch {
	case t <= 7230584:
		r = int64(t) * 297 / int64(s)
	case s >= 1663497:
		r = int64(t) / (int64(s) / 297)
	default:
		r = int64(t)
	}
	if r > 1290 {
		return Infinity
	}
	return int((r*r*r + 0x20000) / 0x40000)
}

type breakNode struct {
	pos        int // index of the break node in the list; -1 for the paragraph start
	line       int // number of lines up to this break
	fitness    int
	hyphen     bool
	hyphenRun  int // consecutive hyphenated lines ending here
	demerits   int64
	prev       *breakNode
	w, y, z, b Scaled // sums of width, stretch, shrink and box width after the break
	fil        int    // count of infinitely stretchable glue after the break
	protrude   Scaled // how far the next line's first character may hang left
	scale      int    // the line's glyph scale, ten-thousandths off 100 %
	overfull   Scaled
	badness    int
	ratio      float64
}

// sums are the running totals of a horizontal list up to a node.
type sums struct {
	w, y, z, b Scaled // width, stretch, shrink, box width
	fil        int
}

// add counts node n into the sums: a box's width, a glue's width,
// stretch and shrink (penalties add nothing until they are taken).
func (s *sums) add(n *Node) {
	switch n.Kind {
	case BoxNode:
		s.w += n.Width
		s.b += n.Width
	case GlueNode:
		s.w += n.Width
		s.y += n.Stretch
		s.z += n.Shrink
		if n.Fil {
			s.fil++
		}
	}
}

// pass is one of the breaker's passes, after TeX's: the badness limit,
// whether hyphenation breaks are considered, the emergency stretch
// assumed, and whether it is the last (which must find a solution).
type pass struct {
	tolerance int
	hyphens   bool
	emergency Scaled
	final     bool
}

// breaker is one pass of the line breaker over a paragraph: its nodes,
// the lines' widths, the parameters, the pass, and the active list of
// breakpoints from which a line may still start.
type breaker struct {
	lb    *LineBreaker // hands out breakpoints
	nodes []Node
	// width is every line's width where lineWidth is nil; lineWidth
	// gives line n's otherwise (target).
	width     Scaled
	lineWidth func(int) Scaled
	p         BreakParams
	pass
	limit  int // the expansion limit, ten-thousandths
	active []*breakNode
	spare  []*breakNode // the active list before the last break, reused for the next
	// best are the new breakpoints at the break being tried (tryBreak),
	// emptied after each: kept here, not made afresh, so that a break
	// pays for clearing only the slots it filled.
	best candidates
	sum  sums // the running sums up to the node being considered
}

// BreakLines chooses breakpoints for nodes, whose last node must be a
// forced break (see Paragraph). lineWidth gives the width of line n
// (counting from 0). It tries TeX's passes in order — without hyphenation
// within Pretolerance, with it within Tolerance, with EmergencyStretch — and
// if none succeeds sets the least-bad overfull lines rather than failing.
func BreakLines(nodes []Node, lineWidth func(int) Scaled, p BreakParams) []Line {
	return new(LineBreaker).Break(nodes, lineWidth, p)
}

// LineBreaker breaks lists into lines as BreakLines does, keeping its
// working memory — the breakpoints and the active list — from one list to
// the next: a document's paragraphs are broken one after another, and
// breakpoints made afresh for each were a sixth of all the memory a long
// document's layout asked for. It keeps as much as the largest list it
// broke needed. The zero value is ready to use; a LineBreaker is not safe
// for concurrent use.
type LineBreaker struct {
	chunks        [][]breakNode // breakpoints, handed out in order and again by the next pass
	chunk, used   int           // the chunk being handed out, and how much of it is
	active, spare []*breakNode  // the active lists' arrays
}

// breakChunk is how many breakpoints a LineBreaker allocates at once.
const breakChunk = 256

// newNode hands out a breakpoint; its fields are whatever they were.
func (lb *LineBreaker) newNode() *breakNode {
	if lb.chunk < len(lb.chunks) && lb.used == breakChunk {
		lb.chunk, lb.used = lb.chunk+1, 0
	}
	if lb.chunk == len(lb.chunks) {
		lb.chunks = append(lb.chunks, make([]breakNode, breakChunk))
	}
	b := &lb.chunks[lb.chunk][lb.used]
	lb.used++
	return b
}

// Break is BreakLines, with the LineBreaker's memory.
func (lb *LineBreaker) Break(nodes []Node, lineWidth func(int) Scaled, p BreakParams) []Line {
	return lb.breakLines(nil, nodes, 0, lineWidth, p)
}

// BreakAt is Break into lines all width wide, which display text, its
// searches for a balanced width and running text in a column ask for:
// with no function to call for each line's width, nor one made for each
// call.
func (lb *LineBreaker) BreakAt(nodes []Node, width Scaled, p BreakParams) []Line {
	return lb.breakLines(nil, nodes, width, nil, p)
}

// BreakAtInto is BreakAt with the lines written into dst's array where
// it has room, for a caller that tries many widths and keeps few of the
// settings (a search for a balanced width, a speaker grid's heights):
// whatever dst held is overwritten.
func (lb *LineBreaker) BreakAtInto(dst []Line, nodes []Node, width Scaled, p BreakParams) []Line {
	return lb.breakLines(dst, nodes, width, nil, p)
}

// target is the width of line n.
func (br *breaker) target(n int) Scaled {
	if br.lineWidth == nil {
		return br.width
	}
	return br.lineWidth(n)
}

// breakLines is Break, with the lines' widths given as Break gives them
// (lineWidth) or, where lineWidth is nil, as BreakAt does (width), and
// the lines written into dst's array where it has room.
func (lb *LineBreaker) breakLines(dst []Line, nodes []Node, width Scaled, lineWidth func(int) Scaled, p BreakParams) []Line {
	if len(nodes) == 0 {
		return nil
	}
	passes := make([]pass, 0, 4)
	if p.Pretolerance >= 0 {
		passes = append(passes, pass{tolerance: p.Pretolerance})
	}
	passes = append(passes, pass{tolerance: p.Tolerance, hyphens: true})
	if p.EmergencyStretch > 0 {
		passes = append(passes, pass{tolerance: p.Tolerance, hyphens: true, emergency: p.EmergencyStretch})
	}
	passes = append(passes, pass{tolerance: Infinity, hyphens: true, emergency: p.EmergencyStretch, final: true})
	var runt []Line // a first pass's lines that end in a runt
	var runtDemerits int64
	for k, ps := range passes {
		lb.chunk, lb.used = 0, 0 // the breakpoints of a pass before this one are read
		br := breaker{lb: lb, nodes: nodes, width: width, lineWidth: lineWidth, p: p, pass: ps, limit: p.Expansion * 10}
		best := br.run()
		lb.active, lb.spare = br.active[:0], br.spare[:0]
		switch {
		case best == nil:
			continue
		case runt != nil && best.demerits >= runtDemerits:
			return runt
		case k == 0 && !ps.hyphens && len(passes) > 1 && br.endsInRunt(best):
			// A last line of one short word: the pass with hyphens may
			// divide a word above instead (ShortLastDemerits weighs it).
			runt, runtDemerits = linesFrom(best, dst), best.demerits
			continue
		}
		return linesFrom(best, dst) // over runt's, if any: it is not returned
	}
	return runt // the final pass always finds a solution; a runt only if it found none
}

// endsInRunt reports whether the way to best, the paragraph's end, ends
// with a last line that pays ShortLastDemerits.
func (br *breaker) endsInRunt(best *breakNode) bool {
	return br.p.ShortLastDemerits > 0 && best.prev != nil && br.runt(best.prev)
}

// oneWordLast reports whether the line from break a to the break being
// tried (br.sum, the list's end for the paragraph's last line) is all
// boxes: one word, no space.
func (br *breaker) oneWordLast(a *breakNode) bool { return br.sum.w-a.w == br.sum.b-a.b }

// runt reports whether the line from break a to the paragraph's end, or
// to a line break its author wrote (an address's „Landesnetzwerk
// Ausbildungsbrücken / MV“), is one word narrower than a sixth of its
// measure carried down from the line before — a starts neither the
// paragraph nor a line its author began: the line ShortLastDemerits
// charges.
func (br *breaker) runt(a *breakNode) bool {
	return a.pos >= 0 && !(br.nodes[a.pos].Kind == PenaltyNode && br.nodes[a.pos].Penalty <= ForceBreak) &&
		br.oneWordLast(a) && (br.sum.b-a.b)*6 < br.target(a.line)
}

// BreakParagraph is typeset.BreakParagraph, with the LineBreaker's
// memory. An address's last-resort breaks count only in a part of it
// wider than the line (WholeAddressParts).
func (lb *LineBreaker) BreakParagraph(p *Paragraph, width Scaled, align Align, params BreakParams) []Line {
	if align.Ragged() {
		params = RaggedTextParams(params, p.Base.Size)
	}
	if align == RaggedLines {
		params.RightSkipStretch = max(params.RightSkipStretch, width)
	}
	return lb.BreakAt(WholeAddressParts(p.Nodes, width), width, params)
}

// raggedShrinkShare: a ragged line's spaces give a third of their shrink
// (a space that may shrink to two thirds of its width keeps at least
// 89 % of it).
const raggedShrinkShare = 3

// RaggedShrink is how much of its spaces' shrink a ragged line may use
// (RaggedShrink in BreakParams).
func RaggedShrink(shrink Scaled) Scaled { return shrink / raggedShrinkShare }

// RaggedParams are the parameters for ragged-right setting: stretch at
// every line's end, glyphs at their natural width, and spaces that give
// little: a ragged line has no need to be squeezed to take one more word,
// and beside lines at their natural spacing a squeezed one shows.
// Display text (headings, captions, labels) is broken with these;
// running text with RaggedTextParams.
func RaggedParams(params BreakParams, size Scaled) BreakParams {
	params.RightSkipStretch = raggedDisplayStretch * size
	params.Expansion = 0
	params.RaggedShrink = true
	return params
}

// raggedDisplayStretch is the stretch, in ems, at the end of a ragged
// display line.
const raggedDisplayStretch = 3

// RaggedTextParams are RaggedParams for running text set ragged right,
// as a demanding typesetter sets it: few hyphens, and none that reads
// badly. The stretch at a line's end is raggedTextStretch: with the
// passes' limits (pretolerance 125, tolerance 200) three ems let a line
// fall no more than 3.2 ems short in the pass without hyphens and 3.8
// ems in the pass with them, so a long word that left a line shorter
// sent the paragraph to the hyphenating pass and forced a hyphen there
// (the conference's two columns: 36 hyphenated lines); at five ems a
// line may be 5.4 ems short before hyphens are considered at all and
// 6.3 ems with them, and a hyphen's demerits outweigh every line the
// tolerance allows.
// No two hyphenated lines follow each other, and no hyphen carries
// fewer than raggedMinTail letters onto the next line (Forma-/te).
func RaggedTextParams(params BreakParams, size Scaled) BreakParams {
	params = RaggedParams(params, size)
	params.RightSkipStretch = ScaleBy(size, raggedTextStretch, 10)
	params.MaxHyphenRun = 1
	params.MinHyphenTail = raggedMinTail
	if params.Pretolerance >= 0 {
		params.Pretolerance = max(params.Pretolerance, raggedPlainTolerance)
	}
	return params
}

// raggedTextStretch is the stretch at the end of a ragged line of running
// text, in tenths of an em.
const raggedTextStretch = 50

// raggedPlainTolerance is the first pass's badness limit in ragged
// running text: a line may fall 7.9 ems short (some two fifths of a
// column's measure) before a hyphen is considered at all, so a word is
// divided only where that spares a line much shorter than its
// neighbours, not to fill a line a few letters more („… für Teilneh-/
// mer*innen“ where „Teilnehmer*innen“ fits the next line whole).
const raggedPlainTolerance = 400

// raggedMinTail is the fewest letters a hyphen in ragged running text
// carries onto the next line.
const raggedMinTail = 3

// linesFrom lists the lines that end at last and the breakpoints before
// it, in dst's array where it has room.
func linesFrom(last *breakNode, dst []Line) []Line {
	n := 0
	for b := last; b.prev != nil; b = b.prev {
		n++
	}
	lines := dst[:0:cap(dst)]
	if lines == nil || cap(lines) < n {
		lines = make([]Line, n)
	}
	lines = lines[:n]
	for b := last; b.prev != nil; b = b.prev {
		n--
		lines[n] = Line{Start: b.prev.pos + 1, End: b.pos, Ratio: b.ratio, Badness: b.badness, Overfull: b.overfull, Hyphenated: b.hyphen}
	}
	return lines
}

// run is the pass; it returns the best final break or nil when no
// feasible set of breaks exists. In the final pass a line that cannot fit
// is still accepted (overfull) so that a solution exists.
func (br *breaker) run() *breakNode {
	start := br.lb.newNode()
	*start = breakNode{pos: -1, fitness: decent}
	if br.p.Protrude {
		start.protrude = leftProtrusionAfter(br.nodes, -1)
	}
	br.active, br.spare = append(br.lb.active[:0], start), br.lb.spare[:0]
	for i := range br.nodes {
		n := &br.nodes[i]
		if IsLegalBreak(br.nodes, i) && (br.hyphens || !n.Flagged) && br.tailLongEnough(i) {
			br.tryBreak(i)
			if len(br.active) == 0 {
				return nil
			}
		}
		br.sum.add(n)
	}
	var best *breakNode
	for _, a := range br.active {
		if a.pos == len(br.nodes)-1 && (best == nil || a.demerits < best.demerits) {
			best = a
		}
	}
	return best
}

// measured is a line from an active breakpoint to a break, measured: its
// badness as the pass's limit sees it, as the breaker weighs it and as it
// shows, its glyph scale, set ratio and how far it sticks out, and
// whether the breakpoint it starts from must be deactivated (the line is
// too long, or the break forced).
type measured struct {
	fit        int // the badness the pass's limit applies to (pdfTeX's, see BreakParams)
	bad, real  int
	scale      int
	ratio      float64
	overfull   Scaled
	shrinking  bool
	deactivate bool
	// beyond ranks, in the final pass, a line too loose for any
	// tolerance (its badness at Infinity) by how loose it is (see
	// looseness).
	beyond int64
}

// measure measures the line from a to the break at nodes[i], which
// hangs hangRight into the right margin, into m (one for every line
// tried, not a copy of each returned). A line whose fit exceeds the
// pass's tolerance, which tryBreak does not take, is measured only as far
// as tryBreak asks of it: its fit, how far it sticks out and whether a
// must be deactivated.
func (br *breaker) measure(a *breakNode, i int, hangRight Scaled, m *measured) {
	n, run := &br.nodes[i], &br.sum
	width := run.w - a.w
	if n.Kind == PenaltyNode {
		width += n.Width
	}
	width -= a.protrude + hangRight // what hangs into the margins
	// Nothing where glyphs keep their width (ragged text), without the
	// division.
	var expandable Scaled
	if br.p.Expansion != 0 {
		expandable = ScaleBy(run.b-a.b, int64(br.p.Expansion), 1000)
	}
	target := br.target(a.line)
	*m = measured{deactivate: n.Kind == PenaltyNode && n.Penalty <= ForceBreak, shrinking: width > target}
	switch {
	case width < target:
		full := run.y - a.y + br.p.RightSkipStretch + expandable
		if run.fil-a.fil == 0 {
			if m.fit = Badness(target-width, full+br.emergency); m.fit > br.tolerance {
				return
			}
			glue := run.y - a.y + br.p.RightSkipStretch
			if expandable == 0 && br.emergency == 0 {
				// The glyphs give nothing: the line shows the badness
				// its fit has, and the breaker weighs its spaces alone.
				m.bad, m.real = Badness(target-width, flexible(glue, false, &br.p)), m.fit
			} else {
				m.scale = glyphScale(target-width, expandable, run.b-a.b)
				m.bad, m.real = glyphsFirstBadness(target-width, expandable, glue, br.emergency, false, &br.p)
			}
			if br.final && m.bad >= Infinity {
				m.beyond = looseness(target-width-expandable, flexible(glue+br.emergency, false, &br.p))
			}
			if full > 0 {
				m.ratio = float64(target-width) / float64(full)
			}
		}
	case width > target:
		shrink := run.z - a.z
		if br.p.RaggedShrink {
			shrink = RaggedShrink(shrink)
		}
		full := shrink + expandable
		if width-full > target {
			m.bad, m.real, m.fit = Infinity+1, Infinity+1, Infinity+1
			m.deactivate = true
			m.overfull = width - full - target
			m.ratio = -1
		} else {
			if m.fit = Badness(width-target, full); m.fit > br.tolerance {
				return
			}
			if expandable == 0 {
				m.bad, m.real = Badness(width-target, flexible(shrink, true, &br.p)), m.fit
			} else {
				m.bad, m.real = glyphsFirstBadness(width-target, expandable, shrink, 0, true, &br.p)
				m.scale = glyphScale(target-width, expandable, run.b-a.b)
			}
			m.ratio = -float64(width-target) / float64(full)
		}
	}
}

// demerits are the demerits of the line m from a, ending at nodes[i],
// added to a's: TeX's, with the price of each hyphen and of a change of
// glyph width from the line before.
func (br *breaker) demerits(a *breakNode, i int, m *measured, fit int) int64 {
	n, p := &br.nodes[i], &br.p
	penalty := 0
	switch {
	case n.Kind == PenaltyNode:
		penalty = n.Penalty
	case n.Kind == GlueNode && !br.final:
		// A space's: what a line ending there costs (LineEnds). The
		// final pass, for a paragraph no line of which could be set
		// within tolerance, has worse to avoid.
		penalty = n.Penalty
	}
	d := int64(p.LinePenalty + m.bad)
	d *= d
	switch {
	case penalty > 0:
		d += int64(penalty) * int64(penalty)
	case penalty > ForceBreak:
		d -= int64(penalty) * int64(penalty)
	}
	d += m.beyond
	if n.Flagged {
		d += int64(p.HyphenDemerits)
	}
	if n.Flagged && a.hyphen {
		d += int64(p.DoubleHyphenDemerits)
	}
	last := i == len(br.nodes)-1
	if penalty <= ForceBreak && a.hyphen {
		d += int64(p.FinalHyphenDemerits)
		if last && br.oneWordLast(a) {
			d += int64(p.FinalTailDemerits)
		}
	}
	if penalty <= ForceBreak && br.runt(a) {
		d += int64(p.ShortLastDemerits)
	}
	if abs(fit-a.fitness) > 1 {
		d += int64(p.AdjDemerits)
	}
	if br.limit > 0 {
		jump := int64(m.scale - a.scale)
		d += int64(p.ScaleJumpDemerits) * jump * jump / int64(br.limit*br.limit)
	}
	return d + a.demerits
}

// candidates are the best new breakpoints at one break, per fitness
// class, glyph-scale class and hyphen-run length, and which of them are
// there: record reads only those, in the order of the classes.
type candidates struct {
	at     [4 * scaleClasses * maxHyphenRunStates]*breakNode // at slotIndex
	filled uint64                                            // bit k set where at[k] is a breakpoint
}

// The candidates' slots fit the bits of filled (a compile-time check).
const _ = uint64(1) << (4*scaleClasses*maxHyphenRunStates - 1)

// slotIndex is the place of the candidate of fitness fit, glyph-scale
// class and hyphen-run slot: by fitness, then class, then slot.
func slotIndex(fit, class, slot int) int {
	return (fit*scaleClasses+class)*maxHyphenRunStates + slot
}

// empty clears the slots filled.
func (c *candidates) empty() {
	for m := c.filled; m != 0; m &= m - 1 {
		c.at[bits.TrailingZeros64(m)] = nil
	}
	c.filled = 0
}

// put makes b the candidate at slot k.
func (c *candidates) put(k int, b *breakNode) {
	c.at[k] = b
	c.filled |= 1 << k
}

// tryBreak considers a break at nodes[i] from every active breakpoint,
// deactivating those from which the line would be too long, and records
// the best new breakpoints in the active list.
func (br *breaker) tryBreak(i int) {
	n := &br.nodes[i]
	best := &br.best
	found := false
	// The breakpoints kept go into the list before last's array: the
	// active list is read while kept is written, and nothing else holds
	// either.
	kept := br.spare[:0]
	var lastOverfull *breakNode
	var lastOverfullBy Scaled
	var hangRight Scaled
	if br.p.Protrude {
		hangRight = rightProtrusionAt(br.nodes, i)
	}
	var m measured
	for _, a := range br.active {
		br.measure(a, i, hangRight, &m)
		if !m.deactivate {
			kept = append(kept, a)
		} else if m.overfull > 0 {
			lastOverfull, lastOverfullBy = a, m.overfull
		}
		if m.fit > br.tolerance {
			continue
		}
		hyphenRun := 0
		if n.Flagged {
			hyphenRun = a.hyphenRun + 1
			if br.p.MaxHyphenRun > 0 && hyphenRun > br.p.MaxHyphenRun {
				continue
			}
		}
		fit := fitnessOf(m.bad, m.shrinking)
		d := br.demerits(a, i, &m, fit)
		slot := min(hyphenRun, maxHyphenRunStates-1)
		class := scaleClass(m.scale, br.limit)
		k := slotIndex(fit, class, slot)
		if b := best.at[k]; b == nil || d < b.demerits {
			if b == nil { // a candidate beaten in this call is not referred to yet: it is overwritten
				b = br.lb.newNode()
				best.put(k, b)
			}
			*b = breakNode{pos: i, line: a.line + 1, fitness: fit, hyphen: n.Flagged, hyphenRun: hyphenRun,
				demerits: d, prev: a, badness: min(m.real, Infinity), ratio: m.ratio, overfull: m.overfull, scale: m.scale}
			found = true
		}
	}
	if br.final && len(kept) == 0 && lastOverfull != nil && !found {
		// Final pass and nothing else survives: as TeX does, break the line
		// from the latest breakpoint and let it stick out.
		b := br.lb.newNode()
		*b = breakNode{pos: i, line: lastOverfull.line + 1, fitness: tight, hyphen: n.Flagged,
			demerits: lastOverfull.demerits + int64(Infinity)*int64(Infinity), prev: lastOverfull,
			badness: Infinity, ratio: -1, overfull: lastOverfullBy}
		best.put(slotIndex(tight, 1, 0), b)
		found = true
	}
	old := br.active
	if !found {
		br.active = kept // most breaks end no line worth keeping: nothing to record
	} else {
		br.active = br.record(i, best, kept)
	}
	br.spare = old
	best.empty()
}

// record appends the new breakpoints at nodes[i] to the active list
// kept, with the sums after the break: they skip the glue and penalties
// that vanish at the start of the next line.
func (br *breaker) record(i int, best *candidates, kept []*breakNode) []*breakNode {
	after := br.sum
	if n := &br.nodes[i]; n.Kind == GlueNode {
		after.add(n)
	}
	for j := i + 1; j < len(br.nodes) && br.nodes[j].Kind != BoxNode; j++ {
		if br.nodes[j].Kind == PenaltyNode {
			if br.nodes[j].Penalty <= ForceBreak {
				break
			}
			continue
		}
		after.add(&br.nodes[j])
	}
	var hangLeft Scaled
	if br.p.Protrude {
		hangLeft = leftProtrusionAfter(br.nodes, i)
	}
	// In the order of the slots, as the new breakpoints have always been
	// listed: the order decides between equal demerits later.
	for m := best.filled; m != 0; m &= m - 1 {
		b := best.at[bits.TrailingZeros64(m)]
		b.w, b.y, b.z, b.b, b.fil = after.w, after.y, after.z, after.b, after.fil
		b.protrude = hangLeft
		kept = append(kept, b)
	}
	return kept
}

// glyphsFirstBadness is the badness of a line that must stretch (or
// shrink) by t when its glyphs can give expandable and its spaces (with
// what a ragged line's end adds) glue: as the setter does, the glyphs
// take the adjustment first and the spaces only the rest, so a line the
// glyphs can absorb is perfect and the badness is that of its spaces
// (TeX's, from the rest against the spaces' stretch or shrink). bad is
// what the breaker weighs (the spaces counted at their flexibility, with
// emergency stretch), real what the line shows.
func glyphsFirstBadness(t, expandable, glue, emergency Scaled, shrinking bool, p *BreakParams) (bad, real int) {
	rest := max(0, t-expandable)
	return Badness(rest, flexible(glue+emergency, shrinking, p)), Badness(rest, glue)
}

// maxLooseness is the set ratio, in thousandths, past which looseness
// ranks lines alike (a line's spaces a hundred times their stretch).
const maxLooseness = 100_000

// looseness is what the final pass adds to the demerits of a line whose
// spaces must stretch by t when they can give s (its emergency stretch
// counted, as in its badness), where its badness is Infinity: the square of its set
// ratio in thousandths (ratio 5: 2.5e7, ratio 97: 9.4e9). Badness counts
// every such line alike, and the breaker took the first it met: an
// address bound by its no-break spaces was set with „Kontakt:
// Schuldnerberatung“ alone on a line, its one space stretched across the
// measure, where a line of four more words was a little loose. Now the
// less loose line wins, and two lines a little loose win over one far too
// loose. At most maxLooseness², so a paragraph's demerits cannot
// overflow.
func looseness(t, s Scaled) int64 {
	if t <= 0 {
		return 0
	}
	q := int64(maxLooseness)
	if s > 0 {
		q = min(q, int64(t)*1000/int64(s))
	}
	return q * q
}

func fitnessOf(bad int, shrinking bool) int {
	switch {
	case shrinking && bad > 12:
		return tight
	case shrinking:
		return decent
	case bad > 99:
		return veryLoose
	case bad > 12:
		return loose
	}
	return decent
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// tailLongEnough reports whether a break at nodes[i] leaves enough of its
// word for the next line: at a hyphen added, at least MinHyphenTail
// letters before the word's end. The final pass, which must set the
// paragraph, takes a short tail rather than an overfull line.
func (br *breaker) tailLongEnough(i int) bool {
	n := &br.nodes[i]
	if br.p.MinHyphenTail <= 0 || br.final || n.Kind != PenaltyNode || !n.Break.Hyphenated() || !n.Flagged {
		return true
	}
	letters := 0
	for j := i + 1; j < len(br.nodes) && br.nodes[j].Kind != GlueNode; j++ {
		if br.nodes[j].Kind == BoxNode {
			for _, r := range br.nodes[j].Text {
				if unicode.IsLetter(r) {
					letters++
				}
			}
			if letters >= br.p.MinHyphenTail {
				return true
			}
		}
	}
	return false
}
