package layout

import (
	"slices"

	"brochure/layout/typeset"
)

// The last step of balancing a display text of a few lines (a cover
// title, a heading), for the two shapes balancing to the narrowest width
// (balancedWidth) and the phrase rule can leave: a line shorter than two
// thirds of the line after it — „Netzwerk Arbeit / und Teilhabe
// Südwestfalen“, the longest line last because that was narrowest — and
// a last line of one word shorter than a third of the longest („… im
// ländlichen / Raum“). Where the setting has either, every other setting
// of its words in as many lines is weighed — the same breaks inside
// words, each line within the measure, none but the last shorter than a
// third of the longest, no more lines ending on a function word — and
// the most even of those without either shape is taken: a line's
// shortfall counts against the longest line, the last line's a quarter
// as much, since a last line shorter than those above it is the ragged
// shape a reader expects („Netzwerk Arbeit und Teilhabe /
// Südwestfalen“).

// Bounds of the choice: texts of more lines, or with more places to
// break, keep the setting balancing found (a pull quote, a long title);
// within them at most C(24, 3) = 2024 settings are weighed.
const (
	maxChoiceLines  = 4
	maxChoiceBreaks = 24
)

// evenestPhrases returns the setting of p in width that evens out a
// lopsided setting chosen (see above), and whether it found one; chosen
// where it is not lopsided or nothing better exists.
func evenestPhrases(p *typeset.Paragraph, chosen []typeset.Line, width typeset.Scaled) ([]typeset.Line, bool) {
	n := len(chosen)
	if n < 2 || n > maxChoiceLines || !lopsided(p.Nodes, chosen) {
		return chosen, false
	}
	spaces := breakableSpaces(p.Nodes)
	fixed := inWordBreaks(p.Nodes, chosen)
	free := n - 1 - len(fixed)
	if len(spaces) > maxChoiceBreaks || free < 0 {
		return chosen, false
	}
	weak := weakEnds(p.Nodes, chosen)
	var best []typeset.Line
	var bestRagged int64
	pick := make([]int, 0, free)
	var try func(from int)
	try = func(from int) {
		if len(pick) == free {
			ends := append(slices.Concat(pick, fixed), len(p.Nodes)-1)
			slices.Sort(ends)
			lines := linesEndingAt(p.Nodes, ends)
			r, ok := raggedness(p.Nodes, lines, width)
			if ok && weakEnds(p.Nodes, lines) <= weak && !lopsided(p.Nodes, lines) && (best == nil || r < bestRagged) {
				best, bestRagged = lines, r
			}
			return
		}
		for k := from; k < len(spaces); k++ {
			pick = append(pick, spaces[k])
			try(k + 1)
			pick = pick[:len(pick)-1]
		}
	}
	try(0)
	if best == nil {
		return chosen, false
	}
	return best, true
}

// breakableSpaces are the spaces of nodes a line may end at.
func breakableSpaces(nodes []typeset.Node) []int {
	var out []int
	for k := range nodes[:len(nodes)-1] {
		if nodes[k].Kind == typeset.GlueNode && typeset.IsLegalBreak(nodes, k) {
			out = append(out, k)
		}
	}
	return out
}

// linesEndingAt are the lines that end at the nodes ends (ascending, the
// last the paragraph's final break), each starting after the one before.
func linesEndingAt(nodes []typeset.Node, ends []int) []typeset.Line {
	lines := make([]typeset.Line, len(ends))
	start := 0
	for i, e := range ends {
		lines[i] = typeset.Line{Start: start, End: e, Hyphenated: nodes[e].Kind == typeset.PenaltyNode && nodes[e].Flagged}
		start = e + 1
	}
	return lines
}

// lineWidths are the natural widths of lines, with the hyphen a break
// inside a word adds, and the longest of them.
func lineWidths(nodes []typeset.Node, lines []typeset.Line) ([]typeset.Scaled, typeset.Scaled) {
	widths := make([]typeset.Scaled, len(lines))
	var longest typeset.Scaled
	for i, ln := range lines {
		widths[i] = naturalWidth(nodes, ln)
		if nodes[ln.End].Kind == typeset.PenaltyNode {
			widths[i] += nodes[ln.End].Width
		}
		longest = max(longest, widths[i])
	}
	return widths, longest
}

// lopsided reports a setting of two lines or more with a line shorter
// than two thirds of the line after it, or a last line of one word
// shorter than a third of the longest.
func lopsided(nodes []typeset.Node, lines []typeset.Line) bool {
	widths, longest := lineWidths(nodes, lines)
	last := len(lines) - 1
	if last > 0 && loneLastWord(nodes, lines) && 3*widths[last] < longest {
		return true
	}
	for i := 1; i < len(lines); i++ {
		if 3*widths[i-1] < 2*widths[i] {
			return true
		}
	}
	return false
}

// raggedness is the sum of the squares of the lines' shortfalls against
// the longest, in points, the last line's counted a quarter; ok is false
// for a setting that may not be taken: a line wider than width (its
// spaces shrunk as a ragged line's may), empty, or, but the last, shorter
// than a third of the longest.
func raggedness(nodes []typeset.Node, lines []typeset.Line, width typeset.Scaled) (ragged int64, ok bool) {
	widths, longest := lineWidths(nodes, lines)
	last := len(lines) - 1
	for i, ln := range lines {
		if widths[i]-raggedShrink(nodes, ln) > width || widths[i] == 0 || i < last && 3*widths[i] < longest {
			return 0, false
		}
		short := int64((longest - widths[i]) / typeset.Point)
		if i == last {
			ragged += short * short / 4
		} else {
			ragged += short * short
		}
	}
	return ragged, true
}

// raggedShrink is how much a ragged line's spaces may give, as the
// breaker counts (typeset.RaggedShrink).
func raggedShrink(nodes []typeset.Node, ln typeset.Line) typeset.Scaled {
	var z typeset.Scaled
	for k := ln.Start; k < min(ln.End, len(nodes)); k++ {
		if nodes[k].Kind == typeset.GlueNode && !nodes[k].Fil {
			z += nodes[k].Shrink
		}
	}
	return typeset.RaggedShrink(z)
}

// settingFaulty reports whether a setting of display text ends a line on
// a function word or is lopsided: what evenCoverTitle tries a smaller
// size against.
func settingFaulty(nodes []typeset.Node, lines []typeset.Line) bool {
	return weakEnds(nodes, lines) > 0 || lopsided(nodes, lines)
}
