package layout

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"brochure/layout/typeset"
)

// The cover's title and subtitle are broken by sense, as a designer
// breaks a display title: after a colon, a dash or a question (a phrase
// ends there), before a preposition or article (one begins), never after
// an article, preposition or conjunction (it points at the next line),
// never between an adjective and its noun (gute / Arbeit), and with
// lines of even length, no lone short word last. Every setting of the
// title's words in the fewest lines that hold it, and in one line more
// where the room allows, is weighed (senseBreaks.cost), at the title's
// size and up to a tenth smaller (a quarter, where only that keeps each
// phrase whole), and the cheapest is taken: „Gemeinsam
// für gute Arbeit: / Perspektiven / der Fachkräftesicherung / in
// ländlichen Regionen“, not „Gemeinsam für gute / Arbeit: Perspektiven /
// …“ as balancing to the narrowest width set it.

// Weights of senseBreaks.cost, in units of the evenness the lines lose: a line
// a tenth shorter than the longest costs 100, one a fifth shorter 400,
// one half as long 2500 (the last line a quarter as much).
const (
	senseClauseEnd     = 800    // a line ending after : – ? ! . (a clause or a title's part ends)
	senseClauseInside  = 600    // such an end inside a line: „Quartier. Wie Kommunen“
	senseCommaEnd      = 150    // a line ending after a comma between clauses
	senseListComma     = 1000   // a line ending after a comma inside a list: Betriebe, / Kammern und Gewerkschaften
	sensePhraseStart   = 250    // a line beginning with a preposition or article (not „und“, which joins a pair)
	senseSplitPhrase   = 8000   // a lower-case word, not a function word, before a capitalised one: gute / Arbeit (half that before a number: März / 2025)
	senseNounPair      = 1500   // a line ending between two nouns joined by „und“: Bildung / und Arbeit
	senseFunctionEnd   = 100000 // a line ending on a function word: für / Menschen
	senseClauseTail    = 4000   // a line ending two words or fewer before a clause ends or after one began: Fachkräfte / mit 67?, 67? Ältere / Beschäftigte
	senseShortLine     = 2000   // a line but the last shorter than half the longest, or a lone last word under a third
	senseLine          = 1000   // each line: a title in fewer lines reads as one
	senseSmallerByStep = 250    // each coverTitleStep percent the title is set smaller
)

// maxSenseSpaces bounds the spaces a title is weighed at, and
// maxSenseSettings the settings tried in one number of lines: a longer
// text (some 200 characters) keeps the balanced setting.
const (
	maxSenseSpaces   = 32
	maxSenseSettings = 200000
)

// senseBreaks is display text's paragraph at the first stage (no word
// broken) with what senseCost weighs at each space a line may end at.
type senseBreaks struct {
	nodes  []typeset.Node
	spaces []int   // the nodes a line may end at, the text's end last
	ends   []int64 // the cost of a line ending at each (not the last)
	// clauses counts the spaces after a clause's end (ends[i] is
	// -senseClauseEnd): each one no line ends at costs senseClauseInside.
	clauses int
	// began is clauseBegan of the spaces.
	began []int
	// splits says which ends part a phrase (senseSplitPhrase): an
	// adjective from its noun, or two adjectives of one noun.
	splits []bool
	// fit[i][j] says whether the words from after spaces[i-1] (the
	// start for i = 0) to spaces[j] fit the width on one line, natural
	// their width.
	fit     [][]bool
	natural [][]typeset.Scaled
}

// newSenseBreaks prepares nodes for weighing in width; ok is false where
// the text has too many spaces or a forced break inside.
func newSenseBreaks(nodes []typeset.Node, width typeset.Scaled, fw typeset.FunctionWords) (*senseBreaks, bool) {
	for k := range nodes[:len(nodes)-1] {
		if nodes[k].Kind == typeset.PenaltyNode && nodes[k].Penalty <= typeset.ForceBreak {
			return nil, false
		}
	}
	spaces := append(breakableSpaces(nodes), len(nodes)-1)
	if len(spaces) > maxSenseSpaces {
		return nil, false
	}
	s := &senseBreaks{nodes: nodes, spaces: spaces}
	s.ends, s.splits = make([]int64, len(spaces)), make([]bool, len(spaces))
	for i, k := range spaces[:len(spaces)-1] {
		s.ends[i] = lineEndSense(nodes, k, fw)
		s.splits[i] = s.ends[i] == senseSplitPhrase
		if s.ends[i] == -senseClauseEnd {
			s.clauses++
		}
	}
	s.began = clauseBegan(nodes, spaces)
	s.fit, s.natural = make([][]bool, len(spaces)), make([][]typeset.Scaled, len(spaces))
	for i := range spaces {
		s.fit[i], s.natural[i] = make([]bool, len(spaces)), make([]typeset.Scaled, len(spaces))
		start := 0
		if i > 0 {
			start = spaces[i-1] + 1
		}
		for j := i; j < len(spaces); j++ {
			ln := typeset.Line{Start: start, End: spaces[j]}
			s.natural[i][j] = naturalWidth(nodes, ln)
			s.fit[i][j] = s.natural[i][j]-raggedShrink(nodes, ln) <= width
		}
	}
	return s, true
}

// lineEndSense is the cost of a line ending at the space nodes[k], by the
// words either side of it.
func lineEndSense(nodes []typeset.Node, k int, fw typeset.FunctionWords) int64 {
	before, after := boxText(nodes[:k], -1), boxText(nodes[k+1:], 1)
	last, _ := utf8.DecodeLastRuneInString(before)
	first, _ := utf8.DecodeRuneInString(after)
	isFunction := func(w string) bool { return fw != nil && fw.IsFunctionWord(strings.Trim(w, ",;:")) }
	switch {
	case nodes[k].Penalty > 0 || isFunction(before):
		return senseFunctionEnd
	case endsClause(before):
		return -senseClauseEnd
	case last == ',' && endsList(nodes[k+1:]):
		return senseListComma
	case last == ',' || last == ';':
		return -senseCommaEnd
	case clauseEndsWithin(nodes[k+1:], 2):
		return senseClauseTail
	case isPairing(after) && adjectiveBefore(nodes[:k]) && adjectivePair(nodes[k+1:], before, isFunction):
		return senseSplitPhrase // kleine / und mittlere Unternehmen; Digitale / und analoge Angebote
	case isPairing(after) && unicode.IsUpper(first0(before)) && nounPair(nodes[k+1:]) && !strings.HasSuffix(wordBeforeLast(nodes[:k]), ","):
		return senseNounPair // Bildung / und Arbeit; not a list's end: Betriebe, Kammern / und Gewerkschaften
	case isFunction(after) && !isPairing(after):
		return -sensePhraseStart
	case unicode.IsLower(last) && unicode.IsUpper(first) && (isLowerWord(before) || isNamedAdjective(before)):
		return senseSplitPhrase // gute / Arbeit; Soziale / Arbeit
	case unicode.IsDigit(first) && unicode.IsLetter(last):
		return senseSplitPhrase / 2 // a date's year, a count's number: März / 2025
	}
	return 0
}

// endsClause reports a word that ends a clause or a title's part: with
// a colon, a question or exclamation mark, a dash, or a full stop after
// a word of three letters or more (Gesichter., not the ordinal 12. of a
// date nor an abbreviation's u.).
func endsClause(word string) bool {
	last, size := utf8.DecodeLastRuneInString(word)
	if last != '.' {
		return strings.ContainsRune(":?!–—", last)
	}
	letters := 0
	for _, r := range word[:len(word)-size] {
		if !unicode.IsLetter(r) {
			return false
		}
		letters++
	}
	return letters >= 3
}

// isPairing reports a conjunction that joins the words either side of
// it into one phrase (Ankommen und Bleiben).
func isPairing(w string) bool {
	switch strings.ToLower(w) {
	case "und", "oder", "sowie", "bzw.", "&":
		return true
	}
	return false
}

// adjectivePair reports whether nodes, which begin with „und“ or „oder“
// after the word before, go on with a lower-case word and a capitalised
// one: the second of two adjectives before their noun (kleine und
// mittlere Unternehmen), not a verb's (benennen und gemeinsam überwinden,
// halten und ihre Erfahrung). Where before is capitalised (it begins the
// title or a clause: Digitale und analoge Angebote), both adjectives must
// be declined alike, so a noun is not taken for one (Pflege und soziale
// Arbeit).
func adjectivePair(nodes []typeset.Node, before string, isFunction func(string) bool) bool {
	var words []string
	for _, n := range nodes {
		if n.Kind == typeset.BoxNode && n.Text != "" {
			if words = append(words, n.Text); len(words) == 3 {
				break
			}
		}
	}
	if len(words) < 3 || !isLowerWord(words[1]) || isFunction(words[1]) {
		return false
	}
	if !isLowerWord(before) {
		ending := adjectiveEnding(words[1])
		if ending == "" || !strings.HasSuffix(strings.ToLower(before), ending) {
			return false
		}
	}
	first, _ := utf8.DecodeRuneInString(words[2])
	return unicode.IsUpper(first)
}

// adjectiveBefore reports whether the last word of nodes may be the first
// of two adjectives before their noun: a lower-case word, or a
// capitalised one that begins the text or a clause, where an adjective is
// capitalised by its place (Digitale und analoge Angebote).
func adjectiveBefore(nodes []typeset.Node) bool {
	word := boxText(nodes, -1)
	if isLowerWord(word) {
		return true
	}
	prev := wordBeforeLast(nodes)
	return unicode.IsUpper(first0(word)) && isLowerWord(strings.ToLower(word)) && (prev == "" || endsClause(prev))
}

// adjectiveEnding is the ending a declined adjective takes (kleine,
// kleinen, kleiner, kleines, kleinem) that w ends in, the longest first;
// "" where w ends in none.
func adjectiveEnding(w string) string {
	for _, e := range []string{"en", "er", "es", "em", "e"} {
		if strings.HasSuffix(w, e) && utf8.RuneCountInString(w) > len(e)+2 {
			return e
		}
	}
	return ""
}

// clauseEndsWithin reports whether a clause or a title's part ends (: ?
// ! . or a dash) within the first n words of nodes, before the text's end.
func clauseEndsWithin(nodes []typeset.Node, n int) bool {
	words := 0
	for k, nd := range nodes {
		if nd.Kind != typeset.BoxNode || nd.Text == "" {
			continue
		}
		if nd.Text != "–" && nd.Text != "—" {
			words++
		}
		if words > n {
			return false
		}
		if endsClause(nd.Text) {
			return k < len(nodes)-4 // not the title's own end
		}
	}
	return false
}

// clauseBegan returns, for each space of spaces, the index of the
// space two words or fewer before it that follows a clause's end (: ? !
// . or a dash), or -1: a line ending there leaves the next clause's
// first words dangling (67? Ältere / Beschäftigte), unless the line
// begins at that clause.
func clauseBegan(nodes []typeset.Node, spaces []int) []int {
	began := make([]int, len(spaces))
	for i := range spaces {
		began[i] = -1
		for j := i - 1; j >= max(i-2, 0); j-- {
			if endsClause(boxText(nodes[:spaces[j]], -1)) {
				began[i] = j
				break
			}
		}
	}
	return began
}

// nounPair reports whether nodes, which begin with „und“ or „oder“
// after a capitalised word, go on with a capitalised word that ends no
// clause or list: the second of two nouns that read as one (Bildung und
// Arbeit, Ankommen und Bleiben).
func nounPair(nodes []typeset.Node) bool {
	var words []string
	for _, n := range nodes {
		if n.Kind == typeset.BoxNode && n.Text != "" {
			if words = append(words, n.Text); len(words) == 2 {
				break
			}
		}
	}
	return len(words) == 2 && unicode.IsUpper(first0(words[1])) && unicode.IsLetter(lastRune(words[1]))
}

// wordBeforeLast is the text of the box before the last box of nodes.
func wordBeforeLast(nodes []typeset.Node) string {
	seen := false
	for k := len(nodes) - 1; k >= 0; k-- {
		if nodes[k].Kind == typeset.BoxNode && nodes[k].Text != "" {
			if seen {
				return nodes[k].Text
			}
			seen = true
		}
	}
	return ""
}

// first0 is the first character of w.
func first0(w string) rune {
	r, _ := utf8.DecodeRuneInString(w)
	return r
}

// lastRune is the last character of w.
func lastRune(w string) rune {
	r, _ := utf8.DecodeLastRuneInString(w)
	return r
}

// endsList reports whether the words of nodes, which follow a comma,
// close a list with „und“ or „oder“ within three words and before the
// clause ends: the comma lists, it does not part clauses (Betriebe,
// Kammern und Gewerkschaften; not Netzwerke stärken, Zugänge schaffen).
func endsList(nodes []typeset.Node) bool {
	words := 0
	for _, n := range nodes {
		if n.Kind != typeset.BoxNode || n.Text == "" {
			continue
		}
		if isPairing(n.Text) {
			return words > 0
		}
		if words++; words > 3 || endsClause(n.Text) || strings.HasSuffix(n.Text, ";") {
			return false
		}
	}
	return false
}

// isNamedAdjective reports a capitalised adjective inside a name
// (Landesverband Soziale Arbeit, Europäische Union, Berufliche Bildung):
// a capitalised word, lower-case after its first letter, with an
// adjective's ending (adjectiveEnding) after one of the suffixes that
// make adjectives (namedAdjectiveSuffixes), and not one of the nouns
// that end so (adjectiveLikeNouns: Potenziale, Rituale, Quellen).
func isNamedAdjective(w string) bool {
	first, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(first) || !isLowerWord(w[size:]) {
		return false
	}
	stem := strings.TrimSuffix(w, adjectiveEnding(w))
	if stem == w || adjectiveLikeNouns[stem] {
		return false
	}
	for _, suffix := range namedAdjectiveSuffixes {
		if strings.HasSuffix(stem, suffix) && utf8.RuneCountInString(stem) > len(suffix)+1 {
			return true
		}
	}
	return false
}

// namedAdjectiveSuffixes make adjectives (europä-isch, beruf-lich,
// sozi-al, aktu-ell, kultur-ell, nachhalt-ig, mach-bar, gemein-sam).
// Not -iv: Perspektiven, Initiativen and Alternativen are nouns as
// often as Kreative is an adjective; nor -ell after other letters:
// Modelle, Stellen.
var namedAdjectiveSuffixes = []string{"isch", "lich", "al", "iell", "uell", "rell", "nell", "ig", "bar", "sam"}

// adjectiveLikeNouns are the stems of nouns a title writes with an
// adjective's suffix and ending: Potenziale, Rituale, Portale, Signale,
// Quellen, Materialien's singular, Journale, Areale.
var adjectiveLikeNouns = map[string]bool{"Potenzial": true, "Potential": true, "Ritual": true, "Portal": true,
	"Signal": true, "Kanal": true, "Quell": true, "Material": true, "Journal": true, "Final": true, "Areal": true,
	"Pedal": true, "Original": true}

// isLowerWord reports a word of lower-case letters only (an adjective, a
// numeral, a verb: not a noun, not an abbreviation).
func isLowerWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return w != ""
}

// best returns the ends (indexes into spaces) of the cheapest setting in
// n lines and its cost; ok is false where no setting in n lines fits.
// With whole, only settings that part no phrase (splits) are weighed.
func (s *senseBreaks) best(n int, whole bool) (ends []int, cost int64, ok bool) {
	pick := make([]int, 0, n)
	tried := 0
	var try func(from int)
	try = func(from int) {
		if tried++; tried > maxSenseSettings {
			return
		}
		if len(pick) == n-1 {
			if !s.fit[from][len(s.spaces)-1] || whole && (s.partsPhrase(pick) || !s.clean(append(pick, len(s.spaces)-1))) {
				return
			}
			pick = append(pick, len(s.spaces)-1)
			if c := s.cost(pick); !ok || c < cost {
				ends, cost, ok = append([]int(nil), pick...), c, true
			}
			pick = pick[:len(pick)-1]
			return
		}
		for j := from; j < len(s.spaces)-1 && s.fit[from][j]; j++ {
			pick = append(pick, j)
			try(j + 1)
			pick = pick[:len(pick)-1]
		}
	}
	try(0)
	if tried > maxSenseSettings {
		return nil, 0, false // too many to weigh: the caller balances
	}
	return ends, cost, ok
}

// clean reports whether a setting by its ends (the text's end last)
// has no fault but its evenness: a line ends at every clause's end, and
// its last line is not one short word alone. A title set more than a
// tenth smaller to keep a phrase whole must be clean (best's whole): a
// smaller title that runs a clause on („Zukunft: Wege / in gute …“) or
// leaves a word alone („… Regionen / Sachsens“) is worse than the larger
// one that parts „ländlichen / und städtischen Regionen“.
func (s *senseBreaks) clean(ends []int) bool {
	atClause := 0
	for _, e := range ends[:len(ends)-1] {
		if s.ends[e] == -senseClauseEnd {
			atClause++
		}
	}
	if atClause < s.clauses {
		return false
	}
	widths, longest := s.widths(ends)
	return !loneShortLast(ends, widths, longest)
}

// widths are the natural widths of the lines of a setting by its ends,
// and the longest of them.
func (s *senseBreaks) widths(ends []int) ([]typeset.Scaled, typeset.Scaled) {
	widths := make([]typeset.Scaled, len(ends))
	var longest typeset.Scaled
	from := 0
	for i, e := range ends {
		widths[i] = s.natural[from][e]
		longest = max(longest, widths[i])
		from = e + 1
	}
	return widths, longest
}

// loneShortLast reports whether a setting's last line is one short word
// alone: under a third of the longest line.
func loneShortLast(ends []int, widths []typeset.Scaled, longest typeset.Scaled) bool {
	last := len(ends) - 1
	return last > 0 && ends[last] == ends[last-1]+1 && 3*widths[last] < longest
}

// partsPhrase reports whether a line of a setting by its ends (the
// text's end not among them) ends inside a phrase.
func (s *senseBreaks) partsPhrase(ends []int) bool {
	for _, e := range ends {
		if s.splits[e] {
			return true
		}
	}
	return false
}

// cost weighs a setting by its line ends (indexes into spaces, the last
// the text's end): the squares of the lines' shortfalls against the
// longest, in percent (the last line's a quarter), what its line ends say
// (lineEndSense), clauses ending inside a line, short lines and the
// number of lines.
func (s *senseBreaks) cost(ends []int) int64 {
	widths, longest := s.widths(ends)
	cost := int64(s.clauses) * senseClauseInside
	last := len(ends) - 1
	for i, w := range widths {
		// The shortfall in percent of the longest line, squared.
		short := int64(longest-w) * 100 / int64(max(longest, 1))
		switch {
		case i < last:
			cost += short*short + s.ends[ends[i]]
			if b := s.began[ends[i]]; b >= 0 && (i == 0 || ends[i-1] != b) {
				cost += senseClauseTail
			}
			if s.ends[ends[i]] == -senseClauseEnd {
				cost -= senseClauseInside
			}
			if 2*w < longest {
				cost += senseShortLine
			}
		default:
			cost += short * short / 4
			if loneShortLast(ends, widths, longest) {
				cost += senseShortLine // a lone short word last
			}
		}
	}
	return cost + int64(len(ends))*senseLine
}

// lines are the typeset lines of a setting by its ends.
func (s *senseBreaks) lines(ends []int) []typeset.Line {
	nodeEnds := make([]int, len(ends))
	for i, e := range ends {
		nodeEnds[i] = s.spaces[e]
	}
	return linesEndingAt(s.nodes, nodeEnds)
}

// fewestLines is the fewest lines the text fits in, 0 where a word does
// not fit.
func (s *senseBreaks) fewestLines() int {
	// Greedy filling gives the fewest lines.
	n, from := 0, 0
	for from < len(s.spaces) {
		j := from
		for j+1 < len(s.spaces) && s.fit[from][j+1] {
			j++
		}
		if !s.fit[from][j] {
			return 0
		}
		n, from = n+1, j+1
	}
	return n
}

// senseSetting is display text set by sense in one style: its paragraph,
// lines and cost.
type senseSetting struct {
	p     *typeset.Paragraph
	width typeset.Scaled // the width the lines are set in
	lines []typeset.Line
	cost  int64
	parts bool // a line ends inside a phrase
}

// senseSet weighs the settings of spans in st and width, in the fewest
// lines and one more, none taller than room (0: any height), with whole
// only those that part no phrase; ok is false where a word does not fit
// the width, the text is too long to weigh or (with whole) every setting
// parts a phrase.
func (c *composer) senseSet(spans []typeset.Span, st typeset.TextStyle, width, room typeset.Scaled, whole bool) (senseSetting, bool) {
	d := c.newPreparedDisplay(spans, st)
	p, lines, stage := d.breakStageAt(width)
	fw, _ := c.hyph.(typeset.FunctionWords)
	if stage != wordsOnly || anyOverfull(lines) {
		return senseSetting{}, false
	}
	s, ok := newSenseBreaks(p.Nodes, width, fw)
	if !ok {
		return senseSetting{}, false
	}
	fewest := s.fewestLines()
	set := senseSetting{p: p}
	found := false
	for n := fewest; n <= fewest+1 && n > 0; n++ {
		if room > 0 && typeset.Scaled(n)*st.Leading > room && n > fewest {
			break
		}
		ends, cost, fits := s.best(n, whole)
		if fits && (!found || cost < set.cost) {
			set.lines, set.cost, set.parts, found = s.lines(ends), cost, s.partsPhrase(ends), true
		}
	}
	if !found {
		return senseSetting{}, false
	}
	set.width = width
	if bp, balanced, w := d.breakDisplay(width, true); sameEnds(balanced, set.lines) {
		// Balancing breaks the lines alike: its setting, in the width it
		// found, stands as it did.
		set.p, set.lines, set.width = bp, balanced, w
	}
	return set, true
}

// sameEnds reports whether two settings end their lines at the same
// nodes.
func sameEnds(a, b []typeset.Line) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].End != b[i].End {
			return false
		}
	}
	return true
}

// senseStyles are the styles display text is weighed in by senseText,
// each costing its extra more; those from whole on (the smallest) only
// for settings that part no phrase.
type senseStyles struct {
	styles []typeset.TextStyle
	extra  []int64
	whole  int
}

// senseText sets spans by sense (senseSet) in the cheapest of the styles
// within width and room; ok is false where none can be weighed.
func (c *composer) senseText(spans []typeset.Span, ss senseStyles, x, width, room typeset.Scaled, where string) ([]typeset.VNode, bool) {
	best, st, ok := c.senseBest(spans, ss, width, room)
	if !ok {
		return nil, false
	}
	return c.setSense(spans, best, st, x, width, where), true
}

// senseBest is the cheapest setting of spans by sense (senseSet) in the
// styles within width and room, and its style; ok is false where none
// can be weighed.
func (c *composer) senseBest(spans []typeset.Span, ss senseStyles, width, room typeset.Scaled) (senseSetting, typeset.TextStyle, bool) {
	var best senseSetting
	var bestStyle typeset.TextStyle
	found := false
	styles, extra := ss.styles, ss.extra
	for i, st := range styles {
		if i == ss.whole && (!found || !best.parts) {
			break // the larger styles part no phrase, or cannot be weighed
		}
		set, ok := c.senseSet(spans, st, width, room, i >= ss.whole)
		if !ok {
			continue
		}
		if set.cost += extra[i]; !found || set.cost < best.cost {
			best, bestStyle, found = set, st, true
		}
	}
	return best, bestStyle, found
}

// setSense sets a setting senseBest chose, in style st, at x; width is
// the measure it was weighed in.
func (c *composer) setSense(spans []typeset.Span, best senseSetting, st typeset.TextStyle, x, width typeset.Scaled, where string) []typeset.VNode {
	v, lines := typeset.SetBroken(best.p, best.lines, x, best.width, typeset.RaggedRight, displayParams(c.th, st))
	v = c.finishText(best.p, v, lines, typeset.RaggedRight, where)
	c.warnBrokenNames(spans, st, width, best.p, lines, where)
	return v
}

// coverTitleText sets the cover's title by sense in st or up to
// coverTitleShrink percent smaller, or, for a setting that parts no
// phrase where each of those parts one, up to coverTitleWhole percent
// smaller (the noun phrase of „Wie kommt KI / in kleine und mittlere
// Unternehmen?“ is not parted for a larger title), within width and
// room; where it cannot be weighed, balanced, evened by evenCoverTitle.
func (c *composer) coverTitleText(title string, st typeset.TextStyle, x, width, room typeset.Scaled) []typeset.VNode {
	var ss senseStyles
	for pct := typeset.Scaled(100); pct >= coverTitleWhole; pct -= coverTitleStep {
		s := st
		s.Size, s.Leading = st.Size*pct/100, st.Leading*pct/100
		ss.styles, ss.extra = append(ss.styles, s), append(ss.extra, int64(100-pct)/coverTitleStep*senseSmallerByStep)
		if pct >= coverTitleShrink {
			ss.whole = len(ss.styles)
		}
	}
	if v, ok := c.senseText(plain(title), ss, x, width, room, c.at("document.title")); ok {
		return v
	}
	return c.balancedText(plain(title), c.evenCoverTitle(title, st, width), x, width, c.at("document.title"))
}

// coverSubtitleText sets the cover's subtitle by sense, or balanced
// where it cannot be weighed, in four fifths of the cover's measure
// (width), so it does not run as wide as the title; a subtitle that
// takes more than maxSubtitleLines there is weighed in the whole measure
// too, and set there where that costs less: the prober's subtitle of 140
// letters stood in five short lines of long compounds („… /
// Beschäftigungsförderung / für Langzeitarbeitslose / …“) where the
// title's measure holds it in three.
func (c *composer) coverSubtitleText(subtitle string, x, width typeset.Scaled) []typeset.VNode {
	st := c.th.CoverSubtitle
	where := c.at("document.subtitle")
	ss := senseStyles{styles: []typeset.TextStyle{st}, extra: []int64{0}, whole: 1}
	narrow := width * 4 / 5
	best, bst, ok := c.senseBest(plain(subtitle), ss, narrow, 0)
	if !ok {
		return c.balancedText(plain(subtitle), st, x, narrow, where)
	}
	measure := narrow
	if len(best.lines) > maxSubtitleLines {
		if wide, wst, ok := c.senseBest(plain(subtitle), ss, width, 0); ok && wide.cost < best.cost {
			best, bst, measure = wide, wst, width
		}
	}
	return c.setSense(plain(subtitle), best, bst, x, measure, where)
}

// maxSubtitleLines is the most lines a cover subtitle keeps to four
// fifths of the cover's measure.
const maxSubtitleLines = 3
