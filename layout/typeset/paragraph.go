package typeset

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"brochure/fonts"
)

// TextStyle is a face, size and colour for one typographic role.
type TextStyle struct {
	Family  *fonts.Family
	Style   fonts.Style
	Size    Scaled
	Leading Scaled // baseline-to-baseline distance
	Colour  Colour
	// Tracking adds letter spacing in thousandths of an em (for labels).
	Tracking int
	// Upper sets the text in capitals.
	Upper bool
	// Protrusion, when set, lets characters hang into the margins of
	// justified lines set in this style.
	Protrusion *Protrusion
}

// Face is the style's font face.
func (ts TextStyle) Face() *fonts.Face { return ts.Family.Face(ts.Style) }

// Span is a run of text with one emphasis, as paragraphs are built from.
type Span struct {
	Text  string
	Style fonts.Style // added to the paragraph style (Bold, Italic)
	URL   string
	Lang  string // the language of a passage in another language than the document's
	Break bool   // a forced line break
	// Keep marks text that must not be hyphenated (a title).
	Keep bool
	// Name marks a person's name: kept (never hyphenated), never broken
	// at its spaces, and at the hyphen of a double name only as a last
	// resort.
	Name bool
	// Address marks a web address: it breaks only after "/" and before
	// ".", "?", "&", "=", "#", "_" and "-", never with a hyphen added.
	Address bool
}

// Paragraph is text ready for line breaking: its node list and the style
// it was built with.
type Paragraph struct {
	Nodes []Node
	Base  TextStyle
	// Langs are the languages of passages in another language than the
	// document's; a node's Lang indexes them from 1.
	Langs []string
	// Missing lists characters the fonts lack; each was set as a
	// replacement character instead.
	Missing []MissingChar
}

// MissingChar is a character a face cannot draw.
type MissingChar struct {
	Char, Replacement rune
	Face              string
}

// Spacing characters with a meaning of their own.
const (
	nbsp       = '\u00A0' // no-break space: a space that never breaks
	narrowNBSP = '\u202F' // narrow no-break space: z. B., 10 000
)

// NewParagraph turns spans into boxes, glue and penalties: words become
// boxes with their kerning, split where hyph allows a break (nil: no
// hyphenation); spaces become glue that stretches by half and shrinks by a
// third of the space (TeX's proportions for text fonts); the paragraph
// ends with infinitely stretchable glue and a forced break.
func NewParagraph(spans []Span, base TextStyle, hyph Hyphenator) *Paragraph {
	return newParagraph(spans, base, hyph, nil)
}

// NewParagraphIn is NewParagraph keeping the nodes in spare, the nodes
// of a paragraph the caller is done with, when they have room: a
// document's paragraphs are set one after the other, and their nodes,
// which no set line keeps, were a fifth of all the memory a long
// document's build asked for.
func NewParagraphIn(spare []Node, spans []Span, base TextStyle, hyph Hyphenator) *Paragraph {
	return newParagraph(spans, base, hyph, spare)
}

func newParagraph(spans []Span, base TextStyle, hyph Hyphenator, spare []Node) *Paragraph {
	p := &Paragraph{Base: base}
	b := newNodeBuilder(p, hyph)
	for _, sp := range spans {
		b.total += len(sp.Text)
	}
	for _, sp := range spans {
		b.startText(len(sp.Text))
		if sp.Break {
			b.forceBreak()
			continue
		}
		st := base
		st.Style |= sp.Style
		if keep := sp.Keep || sp.Name; sp.Name != b.name || keep != b.keep || sp.Address != b.address {
			// A kept word or a name's last word is kept, an address
			// breaks as one, whatever follows it.
			b.flush()
		}
		b.keep, b.name, b.address = sp.Keep || sp.Name, sp.Name, sp.Address
		b.text(sp.Text, st, sp.URL, p.langIndex(sp.Lang))
	}
	b.flush()
	// Drop trailing spaces, then \parfillskip and the final break.
	for len(p.Nodes) > 0 && p.Nodes[len(p.Nodes)-1].Kind == GlueNode {
		p.Nodes = p.Nodes[:len(p.Nodes)-1]
	}
	p.Nodes = append(p.Nodes,
		Node{Kind: PenaltyNode, Penalty: Infinity},
		Node{Kind: GlueNode, Fil: true},
		Node{Kind: PenaltyNode, Penalty: ForceBreak})
	b.nodes = p.Nodes
	switch {
	case cap(spare) >= len(p.Nodes):
		p.Nodes = append(spare[:0], p.Nodes...)
	case cap(b.nodes) > maxKeptNodes:
		// The builder would not keep this scratch: the paragraph takes
		// it as it is. A copy would hold its nodes twice at the peak
		// (a paragraph of 780 kB: 130 MB more).
		p.Nodes = slices.Clip(p.Nodes)
		b.nodes = nil
	default:
		p.Nodes = slices.Clone(p.Nodes)
	}
	b.release()
	return p
}

// builders keeps node builders for reuse with their scratch slices: the
// nodes are built in a slice that has grown to the longest paragraph
// built so far and copied out at their exact number, instead of each
// paragraph guessing its number (German text has from one node in three
// characters to, hyphenated, one in less than two) and growing or
// wasting a slice of large nodes.
var builders = sync.Pool{New: func() any { return new(nodeBuilder) }}

// maxKeptNodes bounds the node scratch a builder keeps for the next
// paragraph (some 2.6 MB); a longer paragraph's is left to the collector.
const maxKeptNodes = 1 << 14

// newNodeBuilder returns a builder for p, its scratch empty.
func newNodeBuilder(p *Paragraph, hyph Hyphenator) *nodeBuilder {
	b := builders.Get().(*nodeBuilder)
	b.p, b.hyph = p, hyph
	b.ends, _ = hyph.(LineEnds)
	p.Nodes = b.nodes[:0]
	return b
}

// release clears the builder and its scratch (so they hold nothing of the
// paragraph) and keeps it for the next one.
func (b *nodeBuilder) release() {
	nodes := b.nodes
	clear(nodes)
	if cap(nodes) > maxKeptNodes {
		nodes = nil
	}
	*b = nodeBuilder{nodes: nodes[:0], word: b.word[:0], runes: b.runes[:0], offsets: b.offsets[:0], kern: b.kern[:0], breaks: b.breaks[:0],
		softHyphens: b.softHyphens[:0], zeroWidth: b.zeroWidth[:0], noBreak: b.noBreak[:0]}
	builders.Put(b)
}

// nodeBuilder accumulates the current word while scanning text.
type nodeBuilder struct {
	p    *Paragraph
	hyph Hyphenator
	// ends, when the hyphenator tells them, are the costs of line ends
	// after a word; lastWord is the word just flushed, before a space.
	ends     LineEnds
	lastWord string
	// nodes is the scratch the paragraph's nodes are built in.
	nodes []Node
	// word is the current word's text as UTF-8, of wordLen characters.
	// While contiguous, it is also src[from:to], a slice of the span it
	// came from, which flush uses as the word's text without a copy; it
	// stops being one when the word runs on into the next span or a
	// character is dropped (a soft hyphen, a joiner) or replaced.
	word    []byte
	wordLen int
	// replaced says whether a character of the current word the face
	// lacks is set as another, and asWritten, kept from then on, is the
	// word as the author wrote it (flush then has the word say what was
	// written: ActualText).
	asWritten  []byte
	replaced   bool
	src        string
	from, to   int
	contiguous bool
	// scratch for the word being measured: its characters, their byte
	// offsets in its text, and the kerning after each
	runes   []rune
	offsets []int
	kern    []int
	// breaks is the scratch of wordBreaks: the current word's breaks.
	breaks []WordBreak
	style  TextStyle
	url    string
	lang   uint8
	// Breaks the author asked for inside the current word, by position in
	// characters of b.word: soft hyphens (a hyphen shows when the line
	// breaks there), zero-width spaces (nothing shows), and places where
	// a zero-width non-joiner, word joiner or BOM forbids a break.
	softHyphens, zeroWidth, noBreak []int
	keep                            bool // the current span is kept: no hyphenation
	name                            bool // the current span is a name: kept, no break at its spaces
	address                         bool // the current span is a web address
	// total is the bytes of text of all the paragraph's spans, read those
	// of the spans before the current one, of spanLen bytes (nodegrowth.go).
	total, read, spanLen int
}

// langIndex returns the index of a language in the paragraph's table
// (0 for the document's), adding it when new; at most 255 languages a
// paragraph (more are taken as the document's).
func (p *Paragraph) langIndex(lang string) uint8 {
	if lang == "" {
		return 0
	}
	for i, l := range p.Langs {
		if l == lang {
			return uint8(i + 1)
		}
	}
	if len(p.Langs) == 255 {
		return 0
	}
	p.Langs = append(p.Langs, lang)
	return uint8(len(p.Langs))
}

// text adds the characters of s, a span's text in the style st, to the
// paragraph: words, spaces and the breaks the author marked in words.
func (b *nodeBuilder) text(s string, st TextStyle, url string, lang uint8) {
	fresh := true // no character of s is in the word yet
	// The builder takes st, url and lang at the first character that is
	// no space (only here are they set), and keeps them to the end of s:
	// they are compared, and the face looked up, once.
	var face *fonts.Face
	for i, r := range s {
		switch r {
		case ' ', '\n', '\t', '\r':
			b.makeRoom(i)
			b.flush()
			b.space(st, b.name) // a name's spaces never break
			continue
		case nbsp:
			inNumber := b.endsInDigit() && startsWithDigit(s[i+utf8.RuneLen(nbsp):])
			b.flush()
			if inNumber {
				b.figureSpace(st)
			} else {
				b.space(st, true)
			}
			continue
		case narrowNBSP:
			b.flush()
			b.thinSpace(st)
			continue
		}
		if face == nil {
			if len(b.word) > 0 && (b.style != st || b.url != url || b.lang != lang) {
				b.flush()
			}
			b.style, b.url, b.lang = st, url, lang
			face = st.Face()
		}
		switch r {
		case softHyphen:
			b.softHyphens = append(b.softHyphens, b.wordLen)
			continue
		case zeroWidthSpace:
			b.zeroWidth = append(b.zeroWidth, b.wordLen)
			continue
		case zeroWidthNonJoiner, wordJoiner, byteOrderMark:
			b.noBreak = append(b.noBreak, b.wordLen)
			continue
		case zeroWidthJoiner:
			continue // joins for shaping, which German text does not need
		}
		written := r
		if !face.Has(r) && !unicode.IsSpace(r) {
			if spelling := spellSymbol(face, r); spelling != "" {
				b.spelled(s, i, r, spelling, st, fresh)
				fresh = false
				continue
			}
			// A visible replacement, never an invisible .notdef glyph.
			rep := replacementFor(face)
			b.p.Missing = append(b.p.Missing, MissingChar{Char: r, Replacement: rep, Face: face.Name})
			r = rep
		}
		b.addChar(s, i, written, r, fresh)
		fresh = false
	}
}

// addChar appends r to the word: the character written at byte offset i
// of s, or what is set in its place; fresh says whether the word so far
// came from another span.
func (b *nodeBuilder) addChar(s string, i int, written, r rune, fresh bool) {
	// An invalid byte reads as U+FFFD, which is not what s holds there.
	same := r == written && r != utf8.RuneError
	next := i + utf8.RuneLen(written)
	switch {
	case len(b.word) == 0:
		b.src, b.from, b.to, b.contiguous = s, i, next, same
	case b.contiguous && !fresh && b.to == i && same:
		b.to = next
	default:
		b.contiguous = false
	}
	if !b.replaced && r != written {
		// The first character set as another: the word so far is as
		// written; from here on asWritten keeps it.
		b.replaced = true
		b.asWritten = append(b.asWritten[:0], b.word...)
	}
	if b.replaced {
		b.asWritten = utf8.AppendRune(b.asWritten, written)
	}
	b.word = utf8.AppendRune(b.word, r)
	b.wordLen++
}

// flush emits the pending word: one box, or — where the word may be
// broken — boxes with a penalty between them for each break.
func (b *nodeBuilder) flush() {
	if len(b.word) == 0 {
		return
	}
	st := b.style
	face := st.Face()
	var text string
	if b.contiguous {
		text = b.src[b.from:b.to]
	} else {
		text = string(b.word)
	}
	written := b.wordLen // characters as written, before uppercasing
	var said *string     // the word as written, where capitals change it
	if st.Upper {
		upper := upperGerman(text, face, st.Tracking != 0)
		if upper != text {
			word := text
			said = &word
		}
		text = upper
	}
	b.runes, b.offsets = b.runes[:0], b.offsets[:0]
	for i, r := range text {
		b.runes = append(b.runes, r)
		b.offsets = append(b.offsets, i)
	}
	b.offsets = append(b.offsets, len(text))
	if b.replaced {
		// A character the face lacks is drawn as „?“; the text layer
		// says the word as written, so a screen reader reads the name.
		word := string(b.asWritten)
		said = &word
	}
	b.word, b.wordLen, b.src = b.word[:0], 0, ""
	b.asWritten, b.replaced = b.asWritten[:0], false
	b.lastWord = text
	breaks := b.wordBreaks(text, written, len(b.runes))
	b.softHyphens, b.zeroWidth, b.noBreak = b.softHyphens[:0], b.zeroWidth[:0], b.noBreak[:0]
	start := 0
	for _, br := range breaks {
		b.box(text, start, br.Pos, st, said)
		if said != nil {
			said = &nothing // the word's first piece says it whole
		}
		n := b.breakNode(br.Kind, st)
		n.Penalty += shortHeadPenalty(br, b.runes)
		if br.LastResort {
			n.LastResort = true
			n.Penalty += lastResortPenalty
		}
		b.p.Nodes = append(b.p.Nodes, n)
		start = br.Pos
	}
	b.box(text, start, len(b.runes), st, said)
}

// Format characters with a meaning for line breaking.
const (
	softHyphen         = '\u00AD' // a break that shows a hyphen when taken
	zeroWidthSpace     = '\u200B' // a break that shows nothing
	zeroWidthNonJoiner = '\u200C' // no break (and no ligature) here
	zeroWidthJoiner    = '\u200D'
	wordJoiner         = '\u2060' // no break here
	byteOrderMark      = '\uFEFF' // inside text: a zero-width no-break space
)

// wordBreaks are the places the word text (of n characters, written
// with the given number before uppercasing) may break:
// where the author put soft hyphens, there (as TeX treats \-), and
// elsewhere only as a last resort (WordBreak.LastResort);
// otherwise the hyphenator's, less those a joiner forbids; and where the
// author put zero-width spaces. An uppercased word (which may change its
// length) keeps only the hyphenator's. The breaks are in the builder's
// scratch, good until the next word.
func (b *nodeBuilder) wordBreaks(text string, written, n int) []WordBreak {
	breaks := b.breaks[:0]
	explicit := written == n
	switch {
	case b.address:
		return AddressBreaks(b.runes)
	case b.name:
		return NameBreaks(b.runes)
	case len(b.softHyphens) > 0 && explicit:
		for _, pos := range b.softHyphens {
			if pos > 0 && pos < n {
				breaks = append(breaks, WordBreak{Pos: pos, Kind: Hyphenation})
			}
		}
		breaks = b.lastResortBreaks(breaks, text)
	case b.hyph != nil:
		for _, br := range b.hyph.Breaks(text, b.keep) {
			if !slices.Contains(b.noBreak, br.Pos) {
				breaks = append(breaks, br)
			}
		}
	}
	if len(b.softHyphens) > 0 && explicit {
		slices.SortFunc(breaks, func(a, c WordBreak) int { return a.Pos - c.Pos })
	}
	if explicit {
		for _, pos := range b.zeroWidth {
			if pos > 0 && pos < n && !slices.ContainsFunc(breaks, func(w WordBreak) bool { return w.Pos == pos }) {
				breaks = append(breaks, WordBreak{Pos: pos, Kind: AfterHyphen})
			}
		}
		slices.SortFunc(breaks, func(a, c WordBreak) int { return a.Pos - c.Pos })
	}
	b.breaks = breaks[:0]
	return breaks
}

// box emits the characters from:to of the word (b.runes, whose byte
// offsets in text are b.offsets) as a box. Kerning inside the piece is
// applied; the kern to the next piece (when the word is not broken there)
// is added as the box's trailing kern, which the line setter removes at a
// break. The box's text is a slice of the word's, and only kerned pieces
// get a kerning array of their own. said is what the piece says in place
// of its glyphs (nil: its glyphs).
func (b *nodeBuilder) box(text string, from, to int, st TextStyle, said *string) {
	face := st.Face()
	runes := b.runes
	kern := b.kern[:0]
	units := 0
	kerned := false
	for i := from; i < to; i++ {
		r := runes[i]
		units += face.Advance(r)
		k := 0
		if i+1 < len(runes) {
			k = face.Kern(r, runes[i+1])
			units += k + st.Tracking
			kerned = kerned || k != 0
		}
		kern = append(kern, k)
	}
	b.kern = kern
	n := Node{Kind: BoxNode, Width: OfEm(units, st.Size), Text: text[b.offsets[from]:b.offsets[to]], Face: face, Size: st.Size,
		Tracking: st.Tracking, Keep: b.keep, Said: said, BoxStyle: BoxStyle{Colour: st.Colour, URL: b.url, Lang: b.lang}}
	if st.Protrusion != nil && to > from {
		n.ProtrudeLeft = st.Protrusion.left(face, st.Size, runes[from])
		n.ProtrudeRight = st.Protrusion.right(face, st.Size, runes[to-1])
	}
	if kerned {
		n.Kern = append([]int(nil), kern...)
		if to < len(runes) {
			n.TrailingKern = OfEm(kern[len(kern)-1], st.Size)
		}
	}
	b.p.Nodes = append(b.p.Nodes, n)
}

// lastResortBreaks adds to breaks, the author's soft hyphens in the word
// text, the hyphenator's breaks elsewhere in it as last resorts
// (WordBreak.LastResort), less those a joiner forbids.
func (b *nodeBuilder) lastResortBreaks(breaks []WordBreak, text string) []WordBreak {
	if b.hyph == nil {
		return breaks
	}
	marked := len(breaks)
	for _, br := range b.hyph.Breaks(text, b.keep) {
		if !br.Kind.Hyphenated() || slices.Contains(b.noBreak, br.Pos) ||
			slices.ContainsFunc(breaks[:marked], func(w WordBreak) bool { return w.Pos == br.Pos }) {
			continue
		}
		br.LastResort = true
		breaks = append(breaks, br)
	}
	return breaks
}

// breakNode is the penalty for a break inside a word: a hyphenation break
// draws a hyphen when taken; breaks after a hyphen, a slash or inside a web
// address draw nothing.
func (b *nodeBuilder) breakNode(kind BreakKind, st TextStyle) Node {
	n := Node{Kind: PenaltyNode, Penalty: breakPenalty[kind], WordBreak: true, Break: kind}
	switch {
	case kind.Hyphenated():
		n.Flagged = true
		n.Text = "-"
		n.Face, n.Size = st.Face(), st.Size
		n.Width = OfEm(n.Face.Advance('-'), st.Size)
		n.ProtrudeRight = st.Protrusion.right(n.Face, st.Size, '-')
		n.BoxStyle = BoxStyle{Colour: st.Colour, URL: b.url, Lang: b.lang}
	case kind == AfterHyphen:
		n.Flagged = true
	}
	return n
}

// space adds interword glue; a no-break space is glue that cannot break.
func (b *nodeBuilder) space(st TextStyle, noBreak bool) {
	nodes := b.p.Nodes
	if len(nodes) > 0 && nodes[len(nodes)-1].Kind == GlueNode {
		return // collapse runs of spaces
	}
	if len(nodes) == 0 {
		return // no space at a paragraph's start
	}
	w := tracked(st, OfEm(st.Face().Advance(' '), st.Size))
	if noBreak {
		b.p.Nodes = append(b.p.Nodes, Node{Kind: PenaltyNode, Penalty: Infinity})
	}
	g := Node{Kind: GlueNode, Width: w, Stretch: w / 2, Shrink: w / 3}
	if b.ends != nil && !noBreak && b.lastWord != "" && nodes[len(nodes)-1].Kind == BoxNode {
		g.Penalty = b.ends.LineEndPenalty(b.lastWord)
	}
	b.lastWord = ""
	b.p.Nodes = append(b.p.Nodes, g)
}

// figureSpace adds a no-break space between the groups of a number (a
// telephone number's, an IBAN's: 0381 12345, DE12 3456): a word space
// wide that never stretches, so the groups stand as the organiser wrote
// them however loose the line is justified. On a tight line it gives as
// a word space does: held at its width there, a contact paragraph's
// „Telefon 03834 79 83 12“ left the breaker a line of two thirds of a
// 62.5 mm column stretched across it instead (TestAddressLinesBreakWell).
func (b *nodeBuilder) figureSpace(st TextStyle) {
	w := tracked(st, OfEm(st.Face().Advance(' '), st.Size))
	b.p.Nodes = append(b.p.Nodes,
		Node{Kind: PenaltyNode, Penalty: Infinity},
		Node{Kind: GlueNode, Width: w, Shrink: w / 6})
	b.lastWord = ""
}

// endsInDigit reports whether the word being built ends in a digit, or
// in a closing bracket after one ((0381)).
func (b *nodeBuilder) endsInDigit() bool {
	w := b.word
	if r, size := utf8.DecodeLastRune(w); r == ')' {
		w = w[:len(w)-size]
	}
	r, _ := utf8.DecodeLastRune(w)
	return r >= '0' && r <= '9'
}

// startsWithDigit reports whether s begins with a digit, or with an
// opening bracket before one.
func startsWithDigit(s string) bool {
	s = strings.TrimPrefix(s, "(")
	return s != "" && s[0] >= '0' && s[0] <= '9'
}

// thinSpace adds a fixed, unbreakable sixth of an em.
func (b *nodeBuilder) thinSpace(st TextStyle) {
	b.p.Nodes = append(b.p.Nodes,
		Node{Kind: PenaltyNode, Penalty: Infinity},
		Node{Kind: GlueNode, Width: tracked(st, st.Size/6)})
}

// tracked is the width of a space w wide in style st: in letterspaced
// text (Tracking) a space is spaced as a letter is, and so is the letter
// before it, as layout programs and CSS space capitals — the word space
// grows by twice the tracking and keeps its proportion to the gaps
// between letters, which would otherwise all but close it
// („DOKUMENTATION DER WERKSTATTREIHE“ read as one word).
func tracked(st TextStyle, w Scaled) Scaled {
	if st.Tracking == 0 {
		return w
	}
	return w + OfEm(2*st.Tracking, st.Size)
}

// forceBreak ends the line here (a hard line break inside a paragraph).
func (b *nodeBuilder) forceBreak() {
	b.flush()
	for len(b.p.Nodes) > 0 && b.p.Nodes[len(b.p.Nodes)-1].Kind == GlueNode {
		b.p.Nodes = b.p.Nodes[:len(b.p.Nodes)-1]
	}
	b.p.Nodes = append(b.p.Nodes,
		Node{Kind: PenaltyNode, Penalty: Infinity},
		Node{Kind: GlueNode, Fil: true},
		Node{Kind: PenaltyNode, Penalty: ForceBreak})
}

// upperGerman sets text in capitals; ß becomes the capital ẞ where the face
// has it and SS otherwise, and always SS in letter-spaced capitals
// (spaced), where a ẞ that many faces draw like a tall ß stands out
// among the wide capitals (GRUSSWORT, not GRUẞWORT).
func upperGerman(s string, face *fonts.Face, spaced bool) string {
	sharp := "SS"
	if face.Has('ẞ') && !spaced {
		sharp = "ẞ"
	}
	return strings.ToUpper(strings.ReplaceAll(strings.ReplaceAll(s, "ß", sharp), "ẞ", sharp))
}

// replacementFor is the character set in place of one the face lacks:
// the Unicode replacement character if the face has it, else "?".
func replacementFor(face *fonts.Face) rune {
	if face.Has('\uFFFD') {
		return '\uFFFD'
	}
	return '?'
}
