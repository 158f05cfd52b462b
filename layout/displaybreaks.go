package layout

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"brochure/layout/typeset"
)

// The display-break rule: every display setting (cover title, headings,
// speaker names, captions, labels, link texts) breaks its lines by one
// rule, in stages, each tried only when the one before leaves a line
// overfull — that is, when a word is wider than the measure — and then
// only inside the words wider than the measure: every other word keeps
// the first stage's breaks, so a word that fits a line of its own is
// never broken:
//
//  1. between words only (and inside web addresses at their own breaks);
//     an author's hyphen is not a break here, so a heading that fits as
//     balanced lines is never broken at a hyphen (OER-Qualitätskriterien);
//  2. also at the spaces of a name wider than the measure, after its
//     function where it has one (Staatssekretärin / Dr. Ruth Baumgarten,
//     Prof. Dr. Susanne / Ehrentraut-Lübke, Bernd-Joachim /
//     Kühnemann-Oguntoye): between the first names and the surname a
//     typesetter divides a name too long for its line, its titles bound to
//     the first name by the normaliser's no-break spaces;
//  3. also between a name's block of two or more titles and the person's
//     name (Prof. Dr. Dr. h. c. / Hildegard Sommerfeld-Brandenburg), where
//     the titles with the first name are still wider than the measure;
//  4. also after an author's hyphen or slash, and at compound joints
//     (Begleitforschungs-ergebnisse) — a name wider than the measure
//     keeps its breaks of the second and third stages, so a double name
//     breaks at its hyphen only where its part is still too wide
//     (Bernd-Joachim / Kühnemann-/Oguntoye, not Bernd-/Joachim
//     Kühnemann-/Oguntoye);
//  5. also at any pattern break (a wide name as at the fourth);
//  6. also before the title of a name that begins with a function
//     (Staatssekretärin / Dr. Ruth Baumgarten): the person's name stays
//     whole;
//  7. also at the spaces of every name: a name that fits the measure
//     gets here only beside a word no other stage fits, and a line
//     ending inside it is reported (WarnHyphenatedName), since running
//     into the next column or off the page is worse.
//
// A break that adds a hyphen never leaves fewer than minDisplayFragment
// letters on either side (no Begleitforschungsergebnis-se), and names are
// never hyphenated: a name that fits the measure is not divided at all
// (the line breaks before it: „… und / Sabine Oetjen-Hagedorn“, not „…
// und Sabine Oetjen-/Hagedorn“), and one wider than the measure breaks
// at its spaces from the second stage on, after its titles from the
// third, and after a hyphen its author wrote from the fourth.

// displayStage is how far display text may break inside words.
type displayStage uint8

// The stages of the display-break rule.
const (
	wordsOnly      displayStage = iota // between words only
	wideNameSpaces                     // and at the spaces of a name wider than the measure
	titleSpaces                        // and between a name's block of titles and the name
	jointsFirst                        // and at author hyphens, slashes and compound joints
	anyBreak                           // and at any pattern break
	functionSpaces                     // and between a name's function and its title
	nameSpaces                         // and at a name's spaces: the last resort
	lastStage      = nameSpaces
)

// minDisplayFragment is the fewest letters a hyphenated display word
// keeps on each side of its break.
const minDisplayFragment = 4

// displayHyphenator gives the breaks a display word allows at a stage; it
// asks the document's hyphenator for pattern breaks and joints.
type displayHyphenator struct {
	base  typeset.Hyphenator
	stage displayStage
}

// Breaks returns where a display word may break at the hyphenator's stage.
func (h displayHyphenator) Breaks(word string, keep bool) []typeset.WordBreak {
	w := []rune(word)
	if typeset.IsAddress(word) {
		return typeset.AddressBreaks(w)
	}
	if h.stage <= titleSpaces {
		return nil
	}
	explicit := typeset.ExplicitBreaks(w)
	if keep || h.base == nil {
		return explicit // a name: only at its own hyphen or slash
	}
	var out []typeset.WordBreak
	for _, b := range h.base.Breaks(word, false) {
		if b.Kind.Hyphenated() && !longFragments(w, b.Pos) {
			continue
		}
		if h.stage == jointsFirst && b.Kind != typeset.Joint {
			continue
		}
		if len(explicit) > 0 && !b.LastResort {
			// A word with its own hyphen or slash breaks there, and
			// elsewhere only where a part is wider than the line.
			continue
		}
		out = append(out, b)
	}
	if len(explicit) > 0 {
		out = append(explicit, out...)
		slices.SortFunc(out, func(a, b typeset.WordBreak) int { return a.Pos - b.Pos })
	}
	return out
}

// LineEndPenalty is the cost of a display line ending after word:
// displayFunctionWordPenalty after a function word of the language (der,
// und, auf), which points at what follows; nothing after other words.
// It makes displayHyphenator a typeset.LineEnds.
func (h displayHyphenator) LineEndPenalty(word string) int {
	if fw, ok := h.base.(typeset.FunctionWords); ok && fw.IsFunctionWord(word) {
		return displayFunctionWordPenalty
	}
	return 0
}

// displayFunctionWordPenalty is the cost of a display line ending on a
// function word: its square, 160 000 demerits, is that of a line some
// four and a half ems short of its measure (badness 390 against the three
// ems of stretch at a display line's end), so the break moves a word
// earlier or later („Souveränität / für Ratsuchende“, „Caritasverband /
// für das Bistum“) unless that leaves a line far shorter. At 150 most
// of these stayed: a heading's line may well be short, a line pointing
// at the next one reads badly.
const displayFunctionWordPenalty = 400

// longFragments reports whether a break before rune pos of w leaves at
// least minDisplayFragment letters on each side.
func longFragments(w []rune, pos int) bool {
	return letters(w[:pos]) >= minDisplayFragment && letters(w[pos:]) >= minDisplayFragment
}

// letters counts the letters of w.
func letters(w []rune) int {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// withoutSoftHyphens drops the soft hyphens of display text for the first
// stage, where no word is broken: unbroken, a soft hyphen shows nothing.
func withoutSoftHyphens(spans []typeset.Span) []typeset.Span {
	out := make([]typeset.Span, len(spans))
	for i, sp := range spans {
		sp.Text = strings.ReplaceAll(sp.Text, "\u00AD", "")
		out[i] = sp
	}
	return out
}

// namesBreakable turns names into kept text for the last stage: still
// never hyphenated (only broken after their author's hyphens), but
// breakable at their spaces — not after a title (titlesBound).
func namesBreakable(spans []typeset.Span) []typeset.Span {
	out := make([]typeset.Span, len(spans))
	for i, sp := range spans {
		if sp.Name {
			sp.Text = titlesBound(sp.Text)
			sp.Name, sp.Keep = false, true
		}
		out[i] = sp
	}
	return out
}

// functionsBreakable splits each name that begins with a function
// before its title (Staatssekretärin | Dr. Ruth Baumgarten): the
// function becomes kept text, breakable at its spaces, and the person's
// name from the title on stays a name.
func functionsBreakable(spans []typeset.Span) []typeset.Span {
	out := make([]typeset.Span, 0, len(spans))
	for _, sp := range spans {
		if k := titleAfterFunction(sp.Text); sp.Name && k > 0 {
			function, person := sp, sp
			function.Text, function.Name, function.Keep = sp.Text[:k], false, true
			person.Text = sp.Text[k:]
			out = append(out, function, person)
			continue
		}
		out = append(out, sp)
	}
	return out
}

// titleAfterFunction is the byte offset of the first academic title of
// a name that follows a word of another kind (a function, „Staats-
// sekretärin Dr. Ruth Baumgarten“), 0 when there is none.
func titleAfterFunction(name string) int {
	for _, title := range nameTitles {
		if k := strings.Index(name, " "+title); k > 0 && !slices.Contains(nameTitles, lastWord(name[:k])) {
			return k + 1
		}
	}
	return 0
}

// titlesBreakable splits each name that begins with a block of two or
// more titles (Prof. Dr. Dr. h. c. | Hildegard Sommerfeld-Brandenburg)
// before the person's name, where a line may end: the block becomes kept
// text, whole (its spaces no-break ones), and the name from its first name on stays a name. A name
// of one title (Dr. Ruth Baumgarten), or whose titles only a surname
// follows, is left as it is, and so is one that wide, when given, does not
// report wider than the measure.
func titlesBreakable(spans []typeset.Span, wide func(typeset.Span) bool) []typeset.Span {
	out := make([]typeset.Span, 0, len(spans))
	for _, sp := range spans {
		if k := titleBlockEnd(sp.Text); sp.Name && k > 0 && (wide == nil || wide(sp)) {
			block, person := sp, sp
			block.Text = strings.ReplaceAll(sp.Text[:k], " ", "\u00A0") + " "
			block.Name, block.Keep = false, true
			_, size := utf8.DecodeRuneInString(sp.Text[k:])
			person.Text = sp.Text[k+size:]
			out = append(out, block, person)
			continue
		}
		out = append(out, sp)
	}
	return out
}

// wideNamesBreakable splits the function (Staatssekretärin | Dr. Ruth
// Baumgarten) and, with titles, the titles (titlesBreakable) off each
// name wider than the measure, and makes the person's name, where it is
// still wider, kept text: breakable at its spaces (not at the no-break
// ones that bind titles to the first name) and never hyphenated, so a
// line may end between first names and surname before, at a later stage,
// one ends inside a double name. A name after a block of titles is taken
// as wide, as the whole was; with wide nil, every name is.
func wideNamesBreakable(spans []typeset.Span, wide func(typeset.Span) bool, titles bool) []typeset.Span {
	isWide := func(sp typeset.Span) bool { return wide == nil || wide(sp) }
	split := make([]typeset.Span, 0, len(spans))
	for _, sp := range spans {
		if sp.Name && isWide(sp) {
			split = append(split, functionsBreakable([]typeset.Span{sp})...)
			continue
		}
		split = append(split, sp)
	}
	out := split
	if titles {
		out = titlesBreakable(split, wide)
	}
	for i := range out {
		titled := i > 0 && out[i-1].Keep && strings.HasSuffix(out[i-1].Text, ". ") && titleBlockEnd(out[i-1].Text+out[i].Text) > 0
		if out[i].Name && (titled || isWide(out[i])) {
			out[i].Text = titlesBound(out[i].Text)
			out[i].Name, out[i].Keep = false, true
		}
	}
	return out
}

// titlesBound joins each of a name's titles to the word after it by a
// no-break space (Prof. Dr. Dr. h. c. Hildegard stays on one line), as
// the no-break space after Dr. and Prof. asks, where the normaliser left
// a plain one (a title it does not know, as Univ.-Prof., or no no-break
// spaces asked for by the theme); and a surname's particle to the
// surname (Maria Cristina / dos Santos Oliveira, Nadia / Ben
// Abdallah-Riedel, not „dos / Santos“).
func titlesBound(name string) string {
	words := strings.Split(name, " ")
	first := 0 // the first name's word: particles come after it
	for first < len(words)-1 && isNameTitle(lastWord(words[first])) {
		first++
	}
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			sep := " "
			if last := lastWord(words[i-1]); isNameTitle(last) || i-1 > first && isParticle(last) {
				sep = "\u00A0"
			}
			b.WriteString(sep)
		}
		b.WriteString(w)
	}
	return b.String()
}

// isParticle reports a word that belongs to the surname after it: von,
// van, de, dos, da, del, di, le, la, ter, zu …, and Ben, Bin, Ibn, Al, El
// and Abu (titlesBound never takes a first name for one).
func isParticle(w string) bool {
	return slices.Contains(nameParticles, strings.ToLower(w))
}

// nameParticles are the particles isParticle knows, in lower case.
var nameParticles = []string{"von", "vom", "van", "de", "der", "den", "du", "dos", "da", "das", "del", "della", "di", "do",
	"le", "la", "ten", "ter", "zu", "zur", "ben", "bin", "ibn", "al", "el", "abu"}

// titleBlockEnd is the byte offset of the space after the titles a name
// begins with, when they are two or more and two words or more follow
// them; 0 otherwise. The words of the name are parted by spaces, plain or
// no-break, as the normaliser leaves them.
func titleBlockEnd(name string) int {
	titles, end := 0, 0
	rest := name
	for {
		k := strings.IndexFunc(rest, func(r rune) bool { return r == ' ' || r == '\u00A0' })
		if k < 0 || !isNameTitle(rest[:k]) {
			break
		}
		titles += len(strings.Fields(strings.ReplaceAll(rest[:k], "\u202F", " ")))
		end = len(name) - len(rest) + k
		_, size := utf8.DecodeRuneInString(rest[k:])
		rest = rest[k+size:]
	}
	if titles < 2 || len(strings.FieldsFunc(rest, func(r rune) bool { return r == ' ' || r == '\u00A0' })) < 2 {
		return 0
	}
	return end
}

// isNameTitle reports a word of a name's titles: Prof., Dr., a degree's
// abbreviated faculty (med., rer., nat., h. c., mult.), a diploma
// (Dipl.-Ing.) or the (FH) after it.
func isNameTitle(w string) bool {
	if slices.Contains(nameTitles, w) || w == "(FH)" || strings.HasPrefix(w, "Dipl.-") {
		return true
	}
	for _, part := range strings.Split(w, "\u202F") {
		r, _ := utf8.DecodeRuneInString(part)
		if !strings.HasSuffix(part, ".") || !unicode.IsLower(r) || len(part) > 7 {
			return false
		}
	}
	return true
}

// nameTitles are the titles a person's name begins with (besides
// those isNameTitle finds by their form).
var nameTitles = []string{"Dr.", "Prof.", "PD", "Univ.-Prof.", "Jun.-Prof.", "Hon.-Prof.", "Priv.-Doz.", "Dr.-Ing."}

// lastWord is the last word of s.
func lastWord(s string) string {
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return s[i+size:]
}

// displayParagraph builds display text for a stage.
// spare, when not nil, is a node array to build it in; wide, from the
// second stage to the fifth, reports a name wider than the measure, the
// only kind that breaks at its spaces and after its titles there (nil
// for text without a name, built once: widthBound).
func (c *composer) displayParagraph(spans []typeset.Span, st typeset.TextStyle, stage displayStage, spare []typeset.Node, wide func(typeset.Span) bool) *typeset.Paragraph {
	switch stage {
	case wordsOnly:
		spans = withoutSoftHyphens(spans)
	case wideNameSpaces:
		spans = wideNamesBreakable(withoutSoftHyphens(spans), wide, false)
	case titleSpaces:
		spans = wideNamesBreakable(withoutSoftHyphens(spans), wide, true)
	case jointsFirst, anyBreak:
		if wide != nil {
			spans = wideNamesBreakable(spans, wide, true)
		}
	case functionSpaces:
		spans = functionsBreakable(spans)
	case nameSpaces:
		spans = namesBreakable(spans)
	}
	p := typeset.NewParagraphIn(spare, spans, st, displayHyphenator{base: c.hyph, stage: stage})
	for k, n := range p.Nodes {
		if n.Kind == typeset.PenaltyNode && n.WordBreak && n.Break != typeset.InAddress && n.Break != typeset.InAddressPoorly {
			p.Nodes[k].Penalty = displayBreakPenalty
			if n.Break == typeset.InName && stage == wordsOnly || stage == titleSpaces || stage == wideNameSpaces {
				// A name narrower than the measure is never divided: the
				// line breaks before it, short as that leaves it; nor is
				// a name after its titles before its spaces are tried.
				p.Nodes[k].Penalty = typeset.Infinity
				continue
			}
			if n.Break == typeset.Joint || n.Break == typeset.AfterHyphen {
				p.Nodes[k].Penalty = displayJointPenalty
			}
			if n.LastResort {
				p.Nodes[k].Penalty += displayLastResortPenalty
			}
		}
	}
	return p
}

// Penalties of breaks inside display words: so high that a line breaks
// inside a word only where no other break lets the text fit, and at a
// joint or the author's hyphen rather than inside a stem.
const (
	displayJointPenalty = 3000
	displayBreakPenalty = 6000
	// displayLastResortPenalty is added for a break in a word its
	// author marked elsewhere (typeset.WordBreak.LastResort): a last
	// resort against a line running past the measure, at a joint rather
	// than in a stem.
	displayLastResortPenalty = 3000
)

// preparedDisplay is display text ready to be broken in any width: its
// paragraph at each stage of the display-break rule, built when first
// needed, so text measured in many widths (a speaker grid's search) is
// built once.
type preparedDisplay struct {
	c      *composer
	spans  []typeset.Span // normalised
	st     typeset.TextStyle
	params typeset.BreakParams
	paras  [lastStage + 1]*typeset.Paragraph
	// pooled says the stages' nodes come from the composer's pool and go
	// back to it (release) once the text is set.
	pooled bool
}

// release gives the stages' nodes back to the composer's pool, when they
// came from it: nothing may use the text's paragraphs after this.
func (d *preparedDisplay) release() {
	if !d.pooled {
		return
	}
	for i, p := range d.paras {
		if p != nil {
			d.c.spare.give(p.Nodes)
			d.paras[i] = nil
		}
	}
}

// newPreparedDisplay prepares spans (normalised here) for display setting.
func (c *composer) newPreparedDisplay(spans []typeset.Span, st typeset.TextStyle) *preparedDisplay {
	return &preparedDisplay{c: c, spans: c.normalised(spans), st: st, params: displayParams(c.th, st)}
}

// displayParams are the breaker's parameters for display text in st.
func displayParams(th Theme, st typeset.TextStyle) typeset.BreakParams {
	return typeset.RaggedParams(th.Break, st.Size) // as SetParagraph sets ragged lines
}

// breakAt breaks the text in the width at the first stage whose lines
// all fit (or the last stage's), and returns that stage's paragraph and
// lines.
func (d *preparedDisplay) breakAt(width typeset.Scaled) (*typeset.Paragraph, []typeset.Line) {
	p, lines, _ := d.breakStageAt(width)
	return p, lines
}

// breakStageAt is breakAt that also returns the stage.
func (d *preparedDisplay) breakStageAt(width typeset.Scaled) (*typeset.Paragraph, []typeset.Line, displayStage) {
	return d.breakStageInto(width, nil)
}

// breakStageInto is breakStageAt with the lines in dst's array where it
// has room (typeset.LineBreaker.BreakAtInto).
func (d *preparedDisplay) breakStageInto(width typeset.Scaled, dst []typeset.Line) (*typeset.Paragraph, []typeset.Line, displayStage) {
	for stage := wordsOnly; ; stage++ {
		p := d.stageParagraph(stage, width)
		if stage != lastStage && typeset.WidestUnbreakable(p.Nodes, d.stageParams(stage)) > width {
			continue // a word wider than the measure: lines that do not fit, whatever the breaker chose
		}
		lines := d.c.lines.BreakAtInto(dst, p.Nodes, width, d.stageParams(stage))
		dst = lines
		if !anyOverfull(lines) || stage == lastStage {
			return p, lines, stage
		}
	}
}

// stageParams are the breaker's parameters at a stage. From the second
// on, where a word wider than the measure must break, a ragged line may
// fall short of the measure by up to about three times the stretch at
// its end (badness displayWordBreakTolerance) before it is ruled out, so
// the break inside the word is chosen by its penalty — a compound joint
// (displayJointPenalty) over a break inside a stem (displayBreakPenalty)
// — and not lost because the joint leaves a line shorter than the
// justified text's tolerance allows.
func (d *preparedDisplay) stageParams(stage displayStage) typeset.BreakParams {
	params := d.params
	if stage > wordsOnly {
		params.Tolerance = max(params.Tolerance, displayWordBreakTolerance)
	}
	return params
}

// displayWordBreakTolerance is the badness a display line may have once
// a word wider than the measure must break. A joint's penalty saves
// displayBreakPenalty² − displayJointPenalty² = 27 000 000 demerits over
// a break inside a stem, three lines at this limit ((10 + 3000)² each):
// a stem break wins only where the joint would leave more than two lines
// about as short as the limit allows (3000 is a line short of the measure
// by 3.1 times its stretch, three ems and the emergency stretch).
const displayWordBreakTolerance = 3000

// stageParagraph is the text at a stage of the display-break rule for the
// width. A later stage is tried because some word does not fit the width;
// only such a word (or name, or run of words joined by no-break spaces)
// takes the stage's breaks: every other keeps those of the first stage, so
// a heading never hyphenates a word that fits on a line of its own
// (Begleitforschungs-ergebnisse: Berufs-orientierung).
func (d *preparedDisplay) stageParagraph(stage displayStage, width typeset.Scaled) *typeset.Paragraph {
	var p *typeset.Paragraph
	if d.widthBound(stage) {
		// A name wider than the measure breaks after its titles and at
		// its spaces from the second stage on: the stage's text depends
		// on the width.
		p = d.c.displayParagraph(d.spans, d.st, stage, nil, func(sp typeset.Span) bool {
			return d.c.measure([]typeset.Span{sp}, d.st) > width
		})
	} else {
		p = d.built(stage)
	}
	if stage == wideNameSpaces || stage == titleSpaces {
		return p // no word breaks inside at these stages
	}
	// An address breaks at a last resort only in a part wider than the
	// line, as in running text.
	nodes := typeset.WholeAddressParts(p.Nodes, width)
	if stage != wordsOnly {
		nodes = onlyWideWordsBreak(nodes, width)
	}
	if len(nodes) == len(p.Nodes) && (len(nodes) == 0 || &nodes[0] == &p.Nodes[0]) {
		return p // nothing changed in the width: no copy for each width tried
	}
	q := *p
	q.Nodes = nodes
	return &q
}

// built is the text's paragraph at a stage whose text is the same in
// every width, built when first asked for.
func (d *preparedDisplay) built(stage displayStage) *typeset.Paragraph {
	if d.paras[stage] == nil {
		var spare []typeset.Node
		if d.pooled {
			spare = d.c.spare.take()
		}
		d.paras[stage] = d.c.displayParagraph(d.spans, d.st, stage, spare, nil)
	}
	return d.paras[stage]
}

// widthBound reports whether the text at a stage depends on the width:
// from the second stage to the fifth where it holds a name, which breaks
// there only where it is wider than the measure (wideNamesBreakable).
// Text without one (most speakers' roles, a heading) is built once at
// every stage, which a speaker grid's search, measuring the text in many
// widths, would otherwise build anew for each.
func (d *preparedDisplay) widthBound(stage displayStage) bool {
	return stage >= wideNameSpaces && stage <= anyBreak && hasName(d.spans)
}

// hasName reports whether spans hold a name.
func hasName(spans []typeset.Span) bool {
	return slices.ContainsFunc(spans, func(sp typeset.Span) bool { return sp.Name })
}

// onlyWideWordsBreak returns nodes (a copy where anything changes) in
// which every word no wider than width loses the breaks inside it that
// the first stage does not have (see laterStageBreak). A word here is
// what lies between two spaces a line may end at, so a name or words
// joined by a no-break space count as one.
func onlyWideWordsBreak(nodes []typeset.Node, width typeset.Scaled) []typeset.Node {
	out, copied := nodes, false
	for start := 0; start < len(nodes); {
		end, w := start, typeset.Scaled(0)
		for ; end < len(nodes) && !(nodes[end].Kind == typeset.GlueNode && typeset.IsLegalBreak(nodes, end)); end++ {
			if nodes[end].Kind != typeset.PenaltyNode {
				w += nodes[end].Width
			}
		}
		if w <= width {
			for k := start; k < end; k++ {
				if laterStageBreak(nodes, k) {
					if !copied {
						out, copied = slices.Clone(nodes), true
					}
					out[k].Penalty = typeset.Infinity
				}
			}
		}
		start = end + 1
	}
	return out
}

// laterStageBreak reports whether nodes[k] is a break inside a word that
// only a later stage of the display-break rule allows: a hyphenation
// (pattern or soft hyphen), a break after the author's slash or hyphen,
// or a name's after its hyphen (which the first stage forbids). A web
// address's breaks and the author's zero-width spaces are there from the
// first stage.
func laterStageBreak(nodes []typeset.Node, k int) bool {
	n := nodes[k]
	if n.Kind != typeset.PenaltyNode || !n.WordBreak || n.Penalty >= typeset.Infinity {
		return false
	}
	switch {
	case n.Break.Hyphenated(), n.Break == typeset.AfterSlash, n.Break == typeset.InName:
		return true
	case n.Break == typeset.AfterHyphen:
		return k > 0 && strings.HasSuffix(nodes[k-1].Text, "-")
	}
	return false
}

// height is the height of the text set in the width.
func (d *preparedDisplay) height(width typeset.Scaled) typeset.Scaled {
	_, lines, _ := d.breakStageInto(width, d.c.measured)
	d.c.measured = lines // counted, not kept: the next text measured reuses them
	return typeset.Scaled(len(lines)) * d.st.Leading
}

// setDisplay sets display text by the display-break rule: the first stage
// whose lines all fit, balanced if asked (without adding a broken word),
// or the last stage's lines in the full width. A build carrying work
// (Options.Reuse) keeps the choice for text that comes again alike.
// The text's paragraphs are built in the composer's spare nodes when no
// build carries them: the caller releases d once it is done with p.
//
// Carried text is kept by its spans as written and the document's
// typography rules, which the normalisation is a function of: text that
// comes again is not normalised again.
func (c *composer) setDisplay(spans []typeset.Span, st typeset.TextStyle, x, width typeset.Scaled, balance bool) (*preparedDisplay, *typeset.Paragraph, []typeset.VNode, []typeset.Line) {
	return c.setPrepared(nil, spans, st, x, width, balance)
}

// setPrepared is setDisplay of spans that, when prepared is not nil, are
// already prepared in st (newPreparedDisplay, not pooled): they are set
// from it, not normalised and broken into their stages again.
func (c *composer) setPrepared(prepared *preparedDisplay, spans []typeset.Span, st typeset.TextStyle, x, width typeset.Scaled, balance bool) (*preparedDisplay, *typeset.Paragraph, []typeset.VNode, []typeset.Line) {
	d := prepared
	prepare := func() *preparedDisplay {
		if prepared != nil {
			return prepared
		}
		return c.newPreparedDisplay(spans, st)
	}
	params := displayParams(c.th, st)
	set := func(p *typeset.Paragraph, lines []typeset.Line, w typeset.Scaled) ([]typeset.VNode, []typeset.Line) {
		return typeset.SetBroken(p, lines, x, w, typeset.RaggedRight, params)
	}
	if c.opts.Reuse == nil {
		if d == nil {
			d = c.newPreparedDisplay(spans, st)
			d.pooled = true
		}
		p, lines, w := d.breakDisplay(width, balance)
		v, lines := set(p, lines, w)
		return d, p, v, lines
	}
	key := keyOf(spans, st, c.protrusionKey(st.Protrusion), c.hyph, width, typeset.RaggedRight, params)
	key.display, key.balance, key.typo = true, balance, c.typo
	p, v, lines := c.opts.Reuse.setAt(key, x, func() (*typeset.Paragraph, []typeset.Line, typeset.Scaled) {
		d = prepare()
		return d.breakDisplay(width, balance)
	}, set)
	if d == nil {
		d = &preparedDisplay{c: c, st: st, params: params} // carried: nothing to release
	}
	return d, p, v, lines
}

// breakDisplay chooses how setDisplay sets the text: the paragraph (of
// the stage chosen), its lines and the width they are set in.
func (d *preparedDisplay) breakDisplay(width typeset.Scaled, balance bool) (*typeset.Paragraph, []typeset.Line, typeset.Scaled) {
	if balance {
		p, lines, stage := d.breakStageAt(width)
		if anyOverfull(lines) {
			return p, lines, width
		}
		q, chosen, w := balancedPhrases(&d.c.lines, p, lines, width, d.stageParams(stage), d.c.hyph)
		if stage != wordsOnly || width >= strandedMeasure || !strandedLine(q.Nodes, chosen, width) {
			return q, chosen, w
		}
		// A short word stranded between long ones: divide a long one
		// (strandedwords.go) where that strands none in no more lines.
		r, rlines := d.unstranded(width)
		if anyOverfull(rlines) || len(rlines) > len(chosen) {
			return q, chosen, w
		}
		r, rlines, rw := balancedPhrases(&d.c.lines, r, rlines, width, d.stageParams(jointsFirst), d.c.hyph)
		if strandedLine(r.Nodes, rlines, width) || len(rlines) > len(chosen) {
			return q, chosen, w
		}
		return r, rlines, rw
	}
	// A later stage only where a line does not fit.
	p, lines, _ := d.breakStageAt(width)
	return p, lines, width
}

// attributesBound is p (a copy, where anything changes) in which a line
// ending between an attributive adjective and its noun costs as much as
// one ending on a function word: the phrase-break rule's second breaking
// keeps the phrase whole where its lines allow („im demografischen /
// Wandel“ no more), as it does with function words. The adjective
// is a word of lower-case letters with an inflected ending (-e, -en, -em,
// -er, -es) after an article, a preposition or a possessive (im, der, in,
// ihre: attributeLeads) that the language also counts a function word,
// before a capitalised word; or a name's capitalised adjective
// (isNamedAdjective: „Landesverband Soziale / Arbeit“) after any word.
func attributesBound(p *typeset.Paragraph, h typeset.Hyphenator) *typeset.Paragraph {
	fw, ok := h.(typeset.FunctionWords)
	if !ok || fw == nil {
		return p
	}
	var q *typeset.Paragraph
	for k, n := range p.Nodes {
		if n.Kind != typeset.GlueNode || n.Penalty != 0 || !typeset.IsLegalBreak(p.Nodes, k) {
			continue
		}
		before, after := boxText(p.Nodes[:k], -1), boxText(p.Nodes[k+1:], 1)
		lead := strings.ToLower(wordBeforeLast(p.Nodes[:k]))
		attributive := isInflectedAdjective(before) && fw.IsFunctionWord(lead) && slices.Contains(attributeLeads, lead)
		if !unicode.IsUpper(first0(after)) || !attributive && !isNamedAdjective(before) {
			continue
		}
		if q == nil {
			c := *p
			c.Nodes = slices.Clone(p.Nodes)
			q = &c
		}
		q.Nodes[k].Penalty = displayFunctionWordPenalty
	}
	if q == nil {
		return p
	}
	return q
}

// attributeLeads are the words an attributive adjective follows: an
// article, a preposition or one merged with an article, a possessive (not
// a pronoun or a question word: „Was brauchen / Betriebe“ is no phrase).
var attributeLeads = []string{"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
	"im", "am", "zum", "zur", "vom", "beim", "ins", "ans", "in", "an", "auf", "aus", "bei", "mit", "nach", "von", "vor",
	"zu", "für", "über", "unter", "durch", "gegen", "ohne", "um", "zwischen", "ihre", "ihren", "ihrem", "ihrer",
	"seine", "seinen", "seinem", "seiner", "unsere", "unseren", "unserem", "unserer"}

// isInflectedAdjective reports a word of lower-case letters, four or
// more, with an adjective's inflected ending: demografischen, gute.
func isInflectedAdjective(w string) bool {
	if !isLowerWord(w) || utf8.RuneCountInString(w) < 4 {
		return false
	}
	for _, end := range []string{"e", "en", "em", "er", "es"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// wordBreaksIn counts the lines that end inside a word, and adds up the
// penalties of their breaks: what the words lose by being broken.
func wordBreaksIn(nodes []typeset.Node, lines []typeset.Line) (n, cost int) {
	for _, ln := range lines {
		if ln.End > 0 && ln.End < len(nodes) && nodes[ln.End].Kind == typeset.PenaltyNode && nodes[ln.End].WordBreak {
			n++
			cost += nodes[ln.End].Penalty
		}
	}
	return n, cost
}

// weakEnds counts the lines that end at a space with a cost: on a
// function word (LineEndPenalty).
func weakEnds(nodes []typeset.Node, lines []typeset.Line) int {
	n := 0
	for _, ln := range lines {
		if ln.End > 0 && ln.End < len(nodes) && nodes[ln.End].Kind == typeset.GlueNode && nodes[ln.End].Penalty > 0 {
			n++
		}
	}
	return n
}

// warnBrokenNames reports display lines that end between two words of
// one of the spans' names that fits the measure in style st — the last
// stage of the display-break rule, for a name beside a word no other
// stage fits: the words on both sides of the break stand in the name
// with a space between them. A name wider than the measure breaks at its
// spaces by the rule's second stage, as a typesetter divides it, and is
// not reported.
func (c *composer) warnBrokenNames(spans []typeset.Span, st typeset.TextStyle, width typeset.Scaled, p *typeset.Paragraph, lines []typeset.Line, where string) {
	if len(lines) < 2 || !slices.ContainsFunc(spans, func(sp typeset.Span) bool { return sp.Name }) {
		return // one line, or no name in the text: nothing to normalise
	}
	var names []string
	for _, sp := range c.normalised(spans) {
		if sp.Name && c.measure([]typeset.Span{sp}, st) <= width {
			names = append(names, sp.Text)
		}
	}
	for i, ln := range lines[:max(len(lines)-1, 0)] {
		if ln.End <= 0 || ln.End+1 >= len(p.Nodes) || p.Nodes[ln.End].Kind != typeset.GlueNode {
			continue
		}
		next := boxText(p.Nodes[ln.End+1:], 1)
		if slices.Contains(nameTitles, next) {
			continue // the name's function ends the line, the person's name is whole
		}
		last := boxText(p.Nodes[:ln.End], -1)
		if slices.ContainsFunc(names, func(n string) bool { return endsTitleBlock(n, last, next) }) {
			continue // the name's titles end the line, the person's name is whole
		}
		pair := last + " " + next
		if slices.ContainsFunc(names, func(n string) bool { return strings.Contains(n, pair) }) {
			c.warnAt(c.lineItem(len(c.paraWhere), i), WarnHyphenatedName, where, "a name is broken between its words at the end of line %d (%s), although it fits a line of its own: another word of the text is wider than the line — shorten that word or widen the measure", i+1, lineExcerpt(p.Nodes, ln))
		}
	}
}

// endsTitleBlock reports whether a line ending on the word last, before
// the word next, breaks name between its block of titles and the
// person's name (see titlesBreakable).
func endsTitleBlock(name, last, next string) bool {
	k := titleBlockEnd(name)
	if k == 0 {
		return false
	}
	_, size := utf8.DecodeRuneInString(name[k:])
	return strings.HasSuffix(name[:k], last) && strings.HasPrefix(name[k+size:], next)
}

// boxText is the text of the box nearest the end (dir −1) or the start
// (dir 1) of nodes, past glue and penalties.
func boxText(nodes []typeset.Node, dir int) string {
	for k := range nodes {
		if dir < 0 {
			k = len(nodes) - 1 - k
		}
		if nodes[k].Kind == typeset.BoxNode {
			return nodes[k].Text
		}
	}
	return ""
}
