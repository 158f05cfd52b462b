package layout

import "brochure/layout/typeset"

// A stranded word is a line of a balanced display (a programme title, a
// heading in a grid cell) that holds one short word alone under a long
// line: „Keynote: / Arbeitsmarktintegration / als /
// Gemeinschaftsaufgabe“, where the long compounds on both sides leave the
// short word no room. The display-break rule divides only words wider
// than the measure, so it cannot help; a typesetter divides one of the
// long compounds instead („Keynote: Arbeits-/marktintegration als“).
// unstranded does that in a measure narrower than any page column (under
// strandedMeasure: a programme's title column), where the first stage's
// lines strand a word: the text is broken again with the compounds'
// joints and the author's hyphens open (at their display penalties and
// fragment minimum; never inside a name or a stem, nor at a gender star
// or colon, which the hyphenator does not offer), and the new lines are
// taken where they strand no word in no more lines. A heading in a page
// column is not divided so: a heading's word that fits its column stays
// whole (the composition report's hyphenated heading).

// strandedMeasure is the widest measure whose stranded words are mended
// by dividing a compound: the narrowest page column a theme may have.
var strandedMeasure = typeset.MM(60)

// strandedShare is the most of the measure a stranded line fills (one
// third), and longShare the least the line above it fills (two thirds).
const (
	strandedShare = 3
	longShare     = 3
)

// strandedLine reports whether a line after the first holds a single
// word no wider than a third of the measure under a line at least two
// thirds of it.
func strandedLine(nodes []typeset.Node, lines []typeset.Line, width typeset.Scaled) bool {
	for i := 1; i < len(lines); i++ {
		w, words := lineWords(nodes, lines[i])
		above, _ := lineWords(nodes, lines[i-1])
		if words == 1 && w*strandedShare <= width && above*longShare >= 2*width {
			return true
		}
	}
	return false
}

// lineWords is the natural width of a line's text (its boxes and the
// spaces between them, not the glue at its end) and its count of words.
func lineWords(nodes []typeset.Node, ln typeset.Line) (typeset.Scaled, int) {
	var w, pending typeset.Scaled
	words := 0
	end := min(ln.End, len(nodes))
	for k := ln.Start; k < end; k++ {
		switch n := nodes[k]; n.Kind {
		case typeset.BoxNode:
			if words == 0 || pending > 0 && k > 0 && nodes[k-1].Kind == typeset.GlueNode {
				words++
			}
			w += pending + n.Width
			pending = 0
		case typeset.GlueNode:
			if words > 0 {
				pending += n.Width
			}
		}
	}
	if end < len(nodes) && nodes[end].Kind == typeset.PenaltyNode {
		w += nodes[end].Width // the hyphen a broken word ends with
	}
	return w, words
}

// unstranded is the text broken in the width with its long words'
// breaks open, for a setting whose first-stage lines strand a word: the
// paragraph of the fourth stage (joints and the author's hyphens) with
// every name whole, and its lines.
func (d *preparedDisplay) unstranded(width typeset.Scaled) (*typeset.Paragraph, []typeset.Line) {
	var p *typeset.Paragraph
	if hasName(d.spans) {
		p = d.c.displayParagraph(d.spans, d.st, jointsFirst, nil, func(typeset.Span) bool { return false })
	} else {
		p = d.built(jointsFirst)
	}
	q := *p
	q.Nodes = typeset.WholeAddressParts(p.Nodes, width)
	if len(q.Nodes) > 0 && &q.Nodes[0] == &p.Nodes[0] {
		q.Nodes = append([]typeset.Node(nil), p.Nodes...)
	}
	for k, n := range q.Nodes {
		if n.Kind == typeset.PenaltyNode && n.Break == typeset.InName {
			q.Nodes[k].Penalty = typeset.Infinity // a name that fits is never divided
		}
	}
	return &q, d.c.lines.BreakAt(q.Nodes, width, d.stageParams(jointsFirst))
}
