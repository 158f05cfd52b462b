package layout

import (
	"brochure/content"
	"brochure/fonts"
	"brochure/layout/german"
	"brochure/layout/typeset"
	"fmt"
	"slices"
	"strings"
)

// spansOf converts the content model's inline runs into spans.
func spansOf(inlines []content.Inline) []typeset.Span {
	spans := make([]typeset.Span, 0, len(inlines))
	for _, in := range inlines {
		var st fonts.Style
		if in.Style&content.Bold != 0 {
			st |= fonts.Bold
		}
		if in.Style&content.Italic != 0 {
			st |= fonts.Italic
		}
		spans = append(spans, typeset.Span{Text: in.Text, Style: st, URL: in.URL, Lang: in.Lang, Break: in.Break})
	}
	return spans
}

// plain is a single unstyled span.
func plain(text string) []typeset.Span { return []typeset.Span{{Text: text}} }

// normalised applies the document's typography rules to a paragraph's
// spans (web addresses are left as written), and keeps the proper names
// the rules recognise — a place after its postcode, a name after a title
// (german.ProperNames) — from hyphenation: each becomes a name span of
// its own, never hyphenated and broken after a double name's hyphen only
// as a last resort (A20).
//
// The spans are normalised as one text, each read after the one before
// it, so a quote after a word in bold closes; a text of one span is
// normalised once however often it is set (c.normalise).
func (c *composer) normalised(spans []typeset.Span) []typeset.Span {
	out := make([]typeset.Span, 0, len(spans))
	var n *german.Normaliser
	if len(spans) > 1 {
		n = german.NewNormaliser(c.typo)
	}
	for _, sp := range spans {
		asWritten := sp.Break || typeset.IsAddress(sp.Text)
		switch {
		case asWritten && n != nil && sp.Break:
			n.Pass("\n")
		case asWritten && n != nil:
			n.Pass(sp.Text)
		case asWritten:
		case n == nil:
			sp.Text = c.normalise(sp.Text)
		default:
			sp.Text = n.Normalise(sp.Text)
		}
		if asWritten {
			out = append(out, sp)
			continue
		}
		out = appendKeepingNames(out, sp)
	}
	return out
}

// appendKeepingNames appends sp to spans, split so that each proper name
// in its text is a name span; a span already kept, a name or an address
// is appended whole.
func appendKeepingNames(spans []typeset.Span, sp typeset.Span) []typeset.Span {
	if sp.Keep || sp.Name || sp.Address {
		return append(spans, sp)
	}
	from := 0
	for _, r := range german.ProperNames(sp.Text) {
		if r[0] > from {
			part := sp
			part.Text = sp.Text[from:r[0]]
			spans = append(spans, part)
		}
		name := sp
		name.Text, name.Name = sp.Text[r[0]:r[1]], true
		spans = append(spans, name)
		from = r[1]
	}
	if from == 0 {
		return append(spans, sp)
	}
	if from < len(sp.Text) {
		sp.Text = sp.Text[from:]
		spans = append(spans, sp)
	}
	return spans
}

// normalise is the typographic normalisation of text (german.Normaliser
// with the document's settings), each distinct text worked out once.
func (c *composer) normalise(text string) string {
	if n, ok := c.normal[text]; ok {
		return n
	}
	if c.normal == nil {
		c.normal = map[string]string{}
	}
	normalise := func() string { return german.NewNormaliser(c.typo).Normalise(text) }
	var n string
	if r := c.opts.Reuse; r != nil {
		n = r.normalisedText(textKey{text: text, typo: c.typo}, normalise)
	} else {
		n = normalise()
	}
	c.normal[text] = n
	return n
}

// textBlock sets spans as a paragraph at x in the given width and returns
// its line boxes; overfull lines are reported to warn.
func (c *composer) textBlock(spans []typeset.Span, st typeset.TextStyle, x, width typeset.Scaled, align typeset.Align, where string) []typeset.VNode {
	params := c.th.Break
	params.Protrude = align == typeset.Justified && st.Protrusion != nil
	normal := c.normalised(spans)
	var p *typeset.Paragraph
	var lines []typeset.Line
	var v []typeset.VNode
	if c.opts.Reuse != nil {
		// The paragraph is carried to the next build: its nodes are its
		// own, and its line boxes are kept as set.
		p, v, lines = c.opts.Reuse.setAt(keyOf(normal, st, c.protrusionKey(st.Protrusion), c.hyph, width, align, params), x, func() (*typeset.Paragraph, []typeset.Line, typeset.Scaled) {
			p := typeset.NewParagraph(normal, st, c.hyph)
			return p, c.lines.BreakParagraph(p, width, align, params), width
		}, func(p *typeset.Paragraph, lines []typeset.Line, width typeset.Scaled) ([]typeset.VNode, []typeset.Line) {
			return typeset.SetBroken(p, lines, x, width, align, params)
		})
	} else {
		p = typeset.NewParagraphIn(c.spare.take(), normal, st, c.hyph)
		lines = c.lines.BreakParagraph(p, width, align, params)
		v, lines = typeset.SetBroken(p, lines, x, width, align, params)
	}
	v = c.finishText(p, v, lines, align, where)
	if isLineGroup(p, lines) {
		v = typeset.KeepTogether(v)
	}
	if c.opts.Reuse == nil {
		c.spare.give(p.Nodes)
	}
	return v
}

// lineGroupLines is the most lines an author may write a line group in
// and still have it kept in one column; lineGroupSetLines the most lines
// it may be set in (a long first line, an organisation's name, wraps).
const (
	lineGroupLines    = 8
	lineGroupSetLines = 12
)

// isLineGroup reports whether a paragraph is a group of lines the author
// broke one by one (an address, a contact's name, street, telephone and
// e-mail): two hard line breaks or more, written in no more than
// lineGroupLines lines and set in no more than lineGroupSetLines. Such a
// paragraph is kept whole, never parted between columns or pages like
// running text (a contact's street on one page and its postcode on the
// next, the section's QR codes between them, read as two addresses).
func isLineGroup(p *typeset.Paragraph, lines []typeset.Line) bool {
	if len(lines) > lineGroupSetLines {
		return false
	}
	hard := 0
	for _, ln := range lines[:max(len(lines)-1, 0)] {
		if ln.End < len(p.Nodes) && p.Nodes[ln.End].Kind == typeset.PenaltyNode && p.Nodes[ln.End].Penalty == typeset.ForceBreak {
			hard++
		}
	}
	return hard >= 2 && hard+1 <= lineGroupLines
}

// displayText sets display text — labels, captions, speaker lines, link
// texts — ragged right and never scaled, by the display-break rule (see
// displaybreaks.go): a word is broken only when it is wider than the
// measure, at a joint or the author's hyphen first, and names never.
func (c *composer) displayText(spans []typeset.Span, st typeset.TextStyle, x, width typeset.Scaled, where string) []typeset.VNode {
	return c.display(nil, spans, st, x, width, where, false)
}

// balancedText is displayText for headings, titles and pull quotes, whose
// lines are balanced: set in the narrowest width that still needs no more
// lines, so they are of similar length and the last is not a lone word
// where that can be avoided.
func (c *composer) balancedText(spans []typeset.Span, st typeset.TextStyle, x, width typeset.Scaled, where string) []typeset.VNode {
	return c.display(nil, spans, st, x, width, where, true)
}

// display is displayText or balancedText; prepared, when not nil, is
// the spans already prepared in st (newPreparedDisplay), which it sets
// instead of preparing them again.
func (c *composer) display(prepared *preparedDisplay, spans []typeset.Span, st typeset.TextStyle, x, width typeset.Scaled, where string, balance bool) []typeset.VNode {
	d, p, v, lines := c.setPrepared(prepared, spans, st, x, width, balance)
	v = c.finishText(p, v, lines, typeset.RaggedRight, where)
	// After finishText, which numbers the paragraph the warnings point at.
	c.warnBrokenNames(spans, st, width, p, lines, where)
	d.release()
	return v
}

// anyOverfull reports whether a line does not fit.
func anyOverfull(lines []typeset.Line) bool {
	for _, ln := range lines {
		if ln.Overfull > 0 {
			return true
		}
	}
	return false
}

// balancedWidth is the narrowest width, down to half of width, in which
// the paragraph breaks into no more than the n lines it takes in width
// (given as lines, its lines there), with no more of them ending inside
// a word, at breaks costing no more in all (a joint is not traded for a
// break inside a stem to even the lines), and without an overfull line;
// width itself when the text takes one line. Where that width ends more
// lines on a function word than width does, it is the narrowest without
// more of those either: the breaker avoids such line ends at every
// width it can, and the search, which assumes that a width that fits is
// followed by narrower ones that fit, would otherwise stop at a width
// where avoiding one is impossible („Abschlussplenum mit Verabschiedung
// der / …“ is refused, „… Verabschiedung / der Rostocker Empfehlungen“
// lies below it), unless that leaves one word alone on the last line to
// spare a single such line end. It returns the lines too: those of the search's last
// probe that fitted, which are what breaking the paragraph in that width
// again would give (the same nodes, width and parameters), or lines
// themselves when the width stays.
func balancedWidth(lb *typeset.LineBreaker, p *typeset.Paragraph, width typeset.Scaled, params typeset.BreakParams, lines []typeset.Line) (typeset.Scaled, []typeset.Line) {
	params = typeset.RaggedParams(params, p.Base.Size)
	if len(lines) < 2 {
		return width, lines
	}
	w, balanced := narrowestFitting(lb, p, width, params, lines, false)
	if weakEnds(p.Nodes, balanced) > weakEnds(p.Nodes, lines) {
		w2, avoiding := narrowestFitting(lb, p, width, params, lines, true)
		// One line ending on a function word is the lesser fault where
		// avoiding it leaves one word alone on the last line („Gute
		// Arbeit im / ländlichen Raum“, not „… im ländlichen / Raum“);
		// two are not („Wie können Kommunen / die … / unterstützen?“).
		lone := loneLastWord(p.Nodes, avoiding) && !loneLastWord(p.Nodes, balanced)
		if !lone || weakEnds(p.Nodes, balanced)-weakEnds(p.Nodes, lines) > 1 {
			w, balanced = w2, avoiding
		}
	}
	return w, balanced
}

// loneLastWord reports whether the last of two or more lines holds a
// single word: no space between two boxes on it (the glue that fills the
// last line does not count).
func loneLastWord(nodes []typeset.Node, lines []typeset.Line) bool {
	if len(lines) < 2 {
		return false
	}
	last := lines[len(lines)-1]
	end := min(last.End, len(nodes))
	for k := last.Start; k+1 < end; k++ {
		if nodes[k].Kind == typeset.GlueNode && nodes[k+1].Kind == typeset.BoxNode {
			return false
		}
	}
	return true
}

// narrowestFitting is balancedWidth's search: the narrowest width that
// keeps the text in as many lines as lines (its lines in width), with no
// more, nor costlier, breaks inside words and, when weak says so, no
// more lines ending on a function word.
func narrowestFitting(lb *typeset.LineBreaker, p *typeset.Paragraph, width typeset.Scaled, params typeset.BreakParams, lines []typeset.Line, weak bool) (typeset.Scaled, []typeset.Line) {
	n := len(lines)
	maxBreaks, maxCost := wordBreaksIn(p.Nodes, lines)
	maxWeak := weakEnds(p.Nodes, lines)
	// The probes' lines go into two arrays by turns: the one that holds
	// the last lines that fitted is left alone until others fit.
	var probes [2][]typeset.Line
	turn := 0
	// Narrower than a word, every setting has an overfull line, and
	// where the text cannot be set in n lines without one
	// (typeset.LineBound), every setting has one or more lines than n:
	// such a width is not tried.
	widest := typeset.WidestUnbreakable(p.Nodes, params)
	bound, bounded := typeset.NewLineBound(p.Nodes, params)
	fits := func(w typeset.Scaled) []typeset.Line {
		if w < widest || bounded && bound.FewestLines(w) > n {
			return nil
		}
		lines := lb.BreakAtInto(probes[turn], p.Nodes, w, params)
		probes[turn] = lines
		if len(lines) == 0 || len(lines) > n || anyOverfull(lines) {
			return nil
		}
		if breaks, cost := wordBreaksIn(p.Nodes, lines); breaks > maxBreaks || cost > maxCost {
			return nil
		}
		if weak && weakEnds(p.Nodes, lines) > maxWeak {
			return nil
		}
		return lines
	}
	lo, hi := width/2, width // hi always fits in n lines
	for hi-lo > typeset.Pt(1) {
		mid := lo + (hi-lo)/2
		if fitted := fits(mid); fitted != nil {
			hi, lines = mid, fitted
			turn = 1 - turn
		} else {
			lo = mid
		}
	}
	return hi, lines
}

// finishText numbers a paragraph's line boxes for the widow and orphan
// check and reports its overfull, underfull and hyphenated-name lines and
// missing characters.
func (c *composer) finishText(p *typeset.Paragraph, v []typeset.VNode, lines []typeset.Line, align typeset.Align, where string) []typeset.VNode {
	c.paraWhere = append(c.paraWhere, where)
	c.paraLines = append(c.paraLines, runsOfLines(v))
	c.warnMissingAt(c.lineItem(len(c.paraWhere), 0), where, p.Missing)
	if align == typeset.Justified {
		c.setting.AddParagraph(lines)
		if c.record != nil {
			c.record.settings = append(c.record.settings, lines)
		}
	}
	line := 0
	for k := range v {
		if v[k].Kind == typeset.VBox {
			v[k].Para, v[k].Line, v[k].Lines = len(c.paraWhere), line, len(lines)
			line++
		}
	}
	for i, ln := range lines {
		if addsHyphen(p.Nodes, ln) && p.Nodes[ln.End-1].Kind == typeset.BoxNode && p.Nodes[ln.End-1].Keep {
			c.warnAt(c.lineItem(len(c.paraWhere), i), WarnHyphenatedName, where, "a name is hyphenated at the end of line %d („%s-“); names break only at their spaces and their own hyphens", i+1, p.Nodes[ln.End-1].Text)
		}
		switch {
		case ln.Overfull > 0:
			c.warnAt(c.lineItem(len(c.paraWhere), i), WarnOverfull, where, "overfull line %d (%.1f pt too wide): %s", i+1, ln.Overfull.Points(), lineExcerpt(p.Nodes, ln))
		case align == typeset.Justified && i < len(lines)-1 && ln.Badness > c.th.Break.Tolerance:
			c.warnAt(c.lineItem(len(c.paraWhere), i), WarnUnderfull, where,
				"loose line %d, its word spaces stretched wide: %s; %s", i+1, lineExcerpt(p.Nodes, ln), looseLineCause(p.Nodes, lines, i))
		}
	}
	return v
}

// looseLineCause says, for the warning of loose line i, why it could not
// be set closer: a web or e-mail address on it or on the next line, which
// divides only at its slashes and dots (an e-mail address after its @ and
// its dots; a paragraph's line before one holding a long address is
// often the one left loose), or else the word after it.
func looseLineCause(nodes []typeset.Node, lines []typeset.Line, i int) string {
	for k := i; k <= i+1 && k < len(lines); k++ {
		// From the line on to the paragraph's end: an address divided
		// over lines reads whole (its breaks add nothing).
		if addr := addressOn(nodes, typeset.Line{Start: lines[k].Start, End: lines[len(lines)-1].End}, lines[k].End); addr != "" {
			if strings.Contains(addr, "@") && !strings.Contains(addr, "/") {
				return "the e-mail address „" + shortForMessage(addr) + "“ divides only after its @ and its dots — rephrase around it, " +
					"or give it on a line of its own"
			}
			return "the web address „" + shortForMessage(addr) + "“ divides only at its slashes and dots — rephrase around it, " +
				"or give it under [[sections.links]] (with a QR code) instead of in the text"
		}
	}
	return "the word after it fits neither on it nor divided — rephrase there, or shorten a long word or address"
}

// addressOn is the first web address of the text ln spans that begins
// before node before (on the line the text starts with), whole, "" for
// none.
func addressOn(nodes []typeset.Node, ln typeset.Line, before int) string {
	head := typeset.Line{Start: ln.Start, End: before}.Text(nodes)
	words := strings.Fields(ln.Text(nodes))
	for k := range strings.Fields(head) {
		// The whole word: the line may hold only its first part, which an
		// e-mail address divided after its @ does not show as one.
		if k < len(words) && typeset.IsAddress(strings.Trim(words[k], ",.;:()„“\"")) {
			return strings.Trim(words[k], ",.;:()„“\"")
		}
	}
	return ""
}

// lineExcerpt is the text of a line for messages.
func lineExcerpt(nodes []typeset.Node, ln typeset.Line) string {
	return "„" + shortForMessage(ln.Text(nodes)) + "“"
}

// oneLine sets text on a single line with its baseline at (x, baseline)
// and returns the items and the line's width.
func (c *composer) oneLine(spans []typeset.Span, st typeset.TextStyle, x, baseline typeset.Scaled) ([]typeset.Item, typeset.Scaled) {
	items, width, _ := c.oneLineMissing(spans, st, x, baseline)
	return items, width
}

// oneLineMissing is oneLine that also returns the characters the fonts
// lack (the paragraph's Missing, which the nodes' going back to the pool
// leaves alone).
func (c *composer) oneLineMissing(spans []typeset.Span, st typeset.TextStyle, x, baseline typeset.Scaled) ([]typeset.Item, typeset.Scaled, []typeset.MissingChar) {
	p := typeset.NewParagraphIn(c.spare.take(), spans, st, nil)
	defer c.spare.give(p.Nodes)
	var width typeset.Scaled
	var items []typeset.Item
	pos := x
	for i, n := range p.Nodes {
		switch n.Kind {
		case typeset.BoxNode:
			items = typeset.AppendBox(items, n, pos, baseline, 10000, p.Langs)
			pos += n.Width
		case typeset.GlueNode:
			if !n.Fil {
				typeset.MarkSpace(items, pos, n.Width, p.Nodes[i+1:])
				pos += n.Width
			}
		}
	}
	typeset.LineEndSpace(items, 0)
	width = pos - x
	return items, width, p.Missing
}

// measure is the natural width of text on one line (as oneLine sets it).
func (c *composer) measure(spans []typeset.Span, st typeset.TextStyle) typeset.Scaled {
	p := typeset.NewParagraphIn(c.spare.take(), spans, st, nil)
	var w typeset.Scaled
	for _, n := range p.Nodes {
		if n.Kind == typeset.BoxNode || n.Kind == typeset.GlueNode && !n.Fil {
			w += n.Width
		}
	}
	c.spare.give(p.Nodes)
	return w
}

// fitLine is fitLine for the composer's running lines: each text and
// width fitted once.
func (c *composer) fitLine(text string, st typeset.TextStyle, width typeset.Scaled) string {
	key := fittedLine{text, width}
	if t, ok := c.fitted[key]; ok {
		return t
	}
	if c.fitted == nil {
		c.fitted = map[fittedLine]string{}
	}
	t := c.shortenToFit(text, st, width)
	c.fitted[key] = t
	return t
}

// shortenToFit shortens text, if it is wider than width on one line, for
// lines that repeat on every page, such as a running foot, which must
// never run into the folio. It shortens as an editor would: at a phrase
// boundary first, to the title before its subtitle („Teilhabe am
// Arbeitsmarkt nach § 16i SGB II“ of „…: Bilanz und Perspektiven der
// sozialen …“), the longest part before a colon, a dash or a middle dot
// that fits; else to the whole words that fit, followed by an ellipsis,
// not ending on a function word (der, und, für), which would point at
// what was cut; a word is cut short only where the first alone is too
// wide.
func (c *composer) shortenToFit(text string, st typeset.TextStyle, width typeset.Scaled) string {
	fits := func(t string) bool { return c.measure(plain(t), st) <= width }
	if fits(text) {
		return text
	}
	if t := phraseThatFits(text, fits); t != "" {
		return t
	}
	words := strings.Fields(text)
	fw, _ := c.hyph.(typeset.FunctionWords)
	for _, skipFunctionWords := range []bool{true, false} {
		for n := len(words) - 1; n > 0; n-- {
			if skipFunctionWords && fw != nil && fw.IsFunctionWord(strings.Trim(words[n-1], ",;:")) {
				continue
			}
			cut := strings.TrimRight(strings.Join(words[:n], " "), ",;:–-·")
			if t := cut + " …"; fits(t) {
				return t
			}
		}
	}
	runes := []rune(text)
	for n := len(runes) - 1; n > 0; n-- {
		if t := string(runes[:n]) + "…"; fits(t) {
			return t
		}
	}
	return ""
}

// phraseThatFits is the longest part of text before a phrase boundary
// that fits, "" when none does: before a subtitle (a colon) and before a
// dash, a middle dot or a bar.
func phraseThatFits(text string, fits func(string) bool) string {
	best := ""
	for _, b := range []string{": ", " – ", " — ", " · ", " | "} {
		for i := strings.Index(text, b); i > 0; {
			if part := strings.TrimSpace(text[:i]); len(part) > len(best) && fits(part) {
				best = part
			}
			next := strings.Index(text[i+len(b):], b)
			if next < 0 {
				break
			}
			i += len(b) + next
		}
	}
	return best
}

// flatten turns a vertical list into the items of one block whose top is
// at y = 0, for material that is placed as a whole (cover, table cells).
func flatten(v []typeset.VNode) []typeset.Item {
	var items []typeset.Item
	var y typeset.Scaled
	for _, n := range v {
		if n.Kind == typeset.VBox {
			for _, it := range n.Items {
				typeset.MoveDown(it, y)
			}
			items = append(items, n.Items...)
		}
		if n.Kind != typeset.VPenalty {
			y += n.Height
		}
	}
	return items
}

// warnMissing reports characters the fonts could not draw.
func (c *composer) warnMissing(where string, missing []typeset.MissingChar) {
	c.warnMissingAt(nil, where, missing)
}

// warnMissingAt is warnMissing about the text item belongs to: one
// warning a font, naming each character it lacks once („محمد“ is one
// warning, not four).
func (c *composer) warnMissingAt(item typeset.Item, where string, missing []typeset.MissingChar) {
	type lack struct {
		chars       []rune
		replacement rune
	}
	var faces []string
	byFace := map[string]*lack{}
	for _, m := range missing {
		l := byFace[m.Face]
		if l == nil {
			l = &lack{replacement: m.Replacement}
			byFace[m.Face] = l
			faces = append(faces, m.Face)
		}
		if !slices.Contains(l.chars, m.Char) {
			l.chars = append(l.chars, m.Char)
		}
	}
	for _, face := range faces {
		l := byFace[face]
		if len(l.chars) == 1 {
			c.warnAt(item, WarnMissingGlyph, where, "character %U (%s) is not in the font %s; it is set as „%c“ — use another character or a font that has it",
				l.chars[0], string(l.chars[0]), face, l.replacement)
			continue
		}
		codes, chars := make([]string, len(l.chars)), make([]string, len(l.chars))
		for k, r := range l.chars {
			codes[k], chars[k] = fmt.Sprintf("%U", r), string(r)
		}
		c.warnAt(item, WarnMissingGlyph, where, "%d characters (%s: %s) are not in the font %s; each is set as „%c“ — use other characters or a font that has them",
			len(l.chars), strings.Join(chars, " "), strings.Join(codes, " "), face, l.replacement)
	}
}

// labelLine sets a single line of author text (a section label) and
// reports characters its font lacks.
func (c *composer) labelLine(text string, st typeset.TextStyle, x, baseline typeset.Scaled, where string) ([]typeset.Item, typeset.Scaled) {
	items, width, missing := c.oneLineMissing(plain(text), st, x, baseline)
	c.warnMissing(where, missing)
	return items, width
}

// addsHyphen reports whether line ln ends at a break inside a word that
// adds a hyphen (hyphenation or a compound's joint), not after a hyphen
// the author wrote.
func addsHyphen(nodes []typeset.Node, ln typeset.Line) bool {
	return ln.Hyphenated && ln.End > 0 && ln.End < len(nodes) && nodes[ln.End].Kind == typeset.PenaltyNode && nodes[ln.End].Break.Hyphenated()
}
