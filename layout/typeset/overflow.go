package typeset

// Unbreakable width: a caller that breaks the same text in many widths
// (the search for a balanced heading's width, a speaker grid measuring
// its cells, the display-break rule trying its stages) asks the breaker,
// in narrow widths, for settings it only rejects for an overfull line.
// Where some stretch of the text between two places a line may end holds
// more box width than the line, every setting has one, whatever the
// breaker chooses, and the caller need not run it.

// WidestUnbreakable is the most box width between two neighbouring places
// a line of nodes may end (IsLegalBreak; the paragraph's start counts as
// one): no line broken from nodes with p at a fixed width narrower than
// that is without an overfull line (Line.Overfull), in any pass of the
// breaker, the last one included. It is -1 where that does not hold
// whatever the width: where the lines' ends may hang into the margins
// (p.Protrude) or glyphs may narrow (p.Expansion), or where a node could
// make a line narrower than that box width — a box or a penalty of
// negative width, a space that may shrink by more than its width (by more
// than three times it in a ragged setting, which uses a third of the
// shrink: RaggedShrink).
//
// The bound: a line holding the stretch holds its boxes; every other node
// on it adds its width less the shrink it may give, none of it negative,
// and a line whose width less its shrink exceeds the measure is overfull
// (the breaker's measure). A pass other than the last takes no overfull
// line, and the last takes one only where nothing else fits, marked as
// such; every setting has a line across the stretch.
func WidestUnbreakable(nodes []Node, p BreakParams) Scaled {
	if p.Protrude || p.Expansion != 0 {
		return -1
	}
	var widest, run Scaled
	for k := range nodes {
		n := &nodes[k]
		if !narrowsNoLine(n, p.RaggedShrink) {
			return -1
		}
		if IsLegalBreak(nodes, k) {
			widest, run = max(widest, run), 0
			continue
		}
		if n.Kind == BoxNode {
			run += n.Width
		}
	}
	return max(widest, run)
}

// narrowsNoLine reports whether n, anywhere on a line, adds no less than
// nothing to the line's width less its shrink (WidestUnbreakable).
func narrowsNoLine(n *Node, ragged bool) bool {
	switch n.Kind {
	case GlueNode:
		if ragged {
			return 3*n.Width >= n.Shrink
		}
		return n.Width >= n.Shrink
	}
	return n.Width >= 0
}
