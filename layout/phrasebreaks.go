package layout

import (
	"slices"

	"brochure/layout/typeset"
)

// The phrase-break rule of balanced display text (headings, titles, pull
// quotes): a line that ends on a function word („Grußwort des /
// Bundesministeriums“, „Fachkräftesicherung als / Gemeinschaftsaufgabe“)
// is often kept only because the line that would end before the function
// word is short — shorter than a ragged line's tolerance, though a short
// line of a heading reads well where it closes a phrase. So where the
// balanced lines end on function words, the text is broken once more
// with such line ends made dearer than any short line (phraseEndPenalty,
// phraseTolerance) and balanced again; that setting is taken where it
// has fewer such line ends, no more lines, the same breaks inside words,
// and no line but the last shorter than a third of the longest
// („Grußwort / des Bundesministeriums / für Arbeit und Soziales“). A line
// ending between an attributive adjective and its noun („im
// demografischen / Wandel“) counts as such a line end (attributesBound).

// phraseEndPenalty is the cost of a line ending on a function word in
// the second breaking: its square, 400 000 000 demerits, is more than any
// line within phraseTolerance costs, so the break moves before the
// function word wherever the lines allow (5000, which outweighs a line
// of badness 5000 alone, still kept „Fachkräftesicherung als /
// Gemeinschaftsaufgabe“ in a 107 mm measure).
const phraseEndPenalty = 20000

// phraseTolerance is the badness a line may have in the second breaking:
// short lines are weighed by their demerits, not ruled out.
const phraseTolerance = 10000

// phraseParams are the breaker's parameters for the second breaking.
func phraseParams(params typeset.BreakParams) typeset.BreakParams {
	params.Pretolerance = max(params.Pretolerance, phraseTolerance)
	params.Tolerance = max(params.Tolerance, phraseTolerance)
	return params
}

// balancedPhrases balances p, set as lines in width (balancedWidth), and
// by the phrase-break rule: where the balanced lines end on function
// words, p broken again with such line ends made dear, and balanced too,
// is taken if it has fewer of them, no more lines, the same breaks inside
// words and no line but the last shorter than a third of the longest. It
// returns the paragraph (a copy of p with the dear line ends, when
// taken), its lines and their width.
//
// Where that leaves a lopsided setting, the most even setting of the
// same words in as many lines replaces it (evenestPhrases), set in width.
func balancedPhrases(lb *typeset.LineBreaker, p *typeset.Paragraph, lines []typeset.Line, width typeset.Scaled, params typeset.BreakParams, h typeset.Hyphenator) (*typeset.Paragraph, []typeset.Line, typeset.Scaled) {
	q, chosen, w := balancedSearch(lb, p, lines, width, params, h)
	if even, ok := evenestPhrases(q, chosen, width); ok {
		return q, even, width
	}
	return q, chosen, w
}

// balancedSearch is balancedPhrases but its last step: the lines of the
// search for a balanced width, which are what breaking the text again
// in that width gives.
func balancedSearch(lb *typeset.LineBreaker, p *typeset.Paragraph, lines []typeset.Line, width typeset.Scaled, params typeset.BreakParams, h typeset.Hyphenator) (*typeset.Paragraph, []typeset.Line, typeset.Scaled) {
	q, chosen, w := phraseBalanced(lb, p, lines, width, params, h)
	if loneLastWord(q.Nodes, chosen) {
		if r, alt, w2, ok := wholeLastPhrase(lb, p, chosen, width, params); ok {
			return r, alt, w2
		}
	}
	return q, chosen, w
}

// phraseBalanced is balancedPhrases without its last resort.
func phraseBalanced(lb *typeset.LineBreaker, p *typeset.Paragraph, lines []typeset.Line, width typeset.Scaled, params typeset.BreakParams, h typeset.Hyphenator) (*typeset.Paragraph, []typeset.Line, typeset.Scaled) {
	w, balanced := balancedWidth(lb, p, width, params, lines)
	if len(balanced) < 2 {
		return p, balanced, w // one line: no line end to move
	}
	bound := attributesBound(p, h)
	weak := weakEnds(bound.Nodes, balanced) // on a function word, or between an adjective and its noun
	if weak == 0 {
		return p, balanced, w
	}
	// bound is p, or a copy of it that nothing else holds
	// (attributesBound), which is made dear in place.
	q := bound
	if q == p {
		q = dearPhraseEnds(p)
	} else {
		makePhraseEndsDear(q.Nodes)
	}
	alt := lb.BreakAt(q.Nodes, width, phraseParams(params))
	if len(alt) == 0 || anyOverfull(alt) {
		return p, balanced, w
	}
	w2, alt := balancedWidth(lb, q, width, phraseParams(params), alt)
	if len(alt) > len(balanced) || weakEnds(q.Nodes, alt) >= weak ||
		!slices.Equal(inWordBreaks(p.Nodes, balanced), inWordBreaks(q.Nodes, alt)) || shortLine(q.Nodes, alt) {
		return p, balanced, w
	}
	return q, alt, w2
}

// dearPhraseEnds is a copy of p whose line ends on function words cost
// phraseEndPenalty.
func dearPhraseEnds(p *typeset.Paragraph) *typeset.Paragraph {
	q := *p
	q.Nodes = slices.Clone(p.Nodes)
	makePhraseEndsDear(q.Nodes)
	return &q
}

// makePhraseEndsDear makes the line ends on function words in nodes cost
// phraseEndPenalty, in place.
func makePhraseEndsDear(nodes []typeset.Node) {
	for k, n := range nodes {
		if n.Kind == typeset.GlueNode && n.Penalty > 0 {
			nodes[k].Penalty = phraseEndPenalty
		}
	}
}

// wholeLastPhraseSteps is how many widths between half the measure and
// the measure wholeLastPhrase tries.
const wholeLastPhraseSteps = 16

// wholeLastPhrase is the last resort for a setting (chosen) that leaves one word alone on its last line, where neither balancing
// nor avoiding line ends on function words found better („Wie können
// Kommunen / die Arbeitsmarktintegration von Geflüchteten /
// unterstützen?“): the narrowest of some widths from half the measure to
// the measure in
// which the text, broken with such line ends dear, takes as many lines,
// none of them ending on a function word, alone on the last line or
// shorter than a third of the longest (but the last), with the same
// breaks inside words („Wie können Kommunen / die
// Arbeitsmarktintegration / von Geflüchteten unterstützen?“). ok is
// false where there is none.
func wholeLastPhrase(lb *typeset.LineBreaker, p *typeset.Paragraph, chosen []typeset.Line, width typeset.Scaled, params typeset.BreakParams) (*typeset.Paragraph, []typeset.Line, typeset.Scaled, bool) {
	q := dearPhraseEnds(p)
	broken := inWordBreaks(p.Nodes, chosen)
	for step := range wholeLastPhraseSteps + 1 {
		wi := width/2 + width/2*typeset.Scaled(step)/wholeLastPhraseSteps
		alt := lb.BreakAt(q.Nodes, wi, phraseParams(params))
		if len(alt) == len(chosen) && !anyOverfull(alt) && weakEnds(q.Nodes, alt) == 0 && !loneLastWord(q.Nodes, alt) &&
			!shortLine(q.Nodes, alt) && slices.Equal(broken, inWordBreaks(q.Nodes, alt)) {
			return q, alt, wi, true
		}
	}
	return nil, nil, 0, false
}

// inWordBreaks lists the nodes at which lines end inside a word: the
// second breaking may move line ends between words only, a broken word
// stays broken where it was („Die Arbeitsmarkt- / integrationsmaßnahmen-
// / verordnung“, not „… integrations- / maßnahmenverordnung“).
func inWordBreaks(nodes []typeset.Node, lines []typeset.Line) []int {
	var out []int
	for _, ln := range lines {
		if ln.End > 0 && ln.End < len(nodes) && nodes[ln.End].Kind == typeset.PenaltyNode && nodes[ln.End].WordBreak {
			out = append(out, ln.End)
		}
	}
	return out
}

// shortLine reports whether a line other than the last is shorter than a
// third of the longest.
func shortLine(nodes []typeset.Node, lines []typeset.Line) bool {
	var longest typeset.Scaled
	for _, ln := range lines {
		longest = max(longest, naturalWidth(nodes, ln))
	}
	for _, ln := range lines[:len(lines)-1] {
		if 3*naturalWidth(nodes, ln) < longest {
			return true
		}
	}
	return false
}

// naturalWidth is the width of a line's boxes and the spaces between
// them, at their natural width.
func naturalWidth(nodes []typeset.Node, ln typeset.Line) typeset.Scaled {
	var w, pending typeset.Scaled
	for k := ln.Start; k < min(ln.End, len(nodes)); k++ {
		switch nodes[k].Kind {
		case typeset.BoxNode:
			w += pending + nodes[k].Width
			pending = 0
		case typeset.GlueNode:
			pending += nodes[k].Width
		}
	}
	return w
}
