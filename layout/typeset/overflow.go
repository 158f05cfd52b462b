package typeset

import "math"

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

// LineBound bounds from below the lines of any setting of a list of
// nodes, with given parameters, at a fixed width that has no overfull
// line (Line.Overfull), in any pass of the breaker (FewestLines): a
// caller that wants no more than some number of lines without an
// overfull one (the search for a balanced heading's width) need not run
// the breaker where the bound is above that number.
//
// The bound: a line's width less the shrink it may give is, times k (3
// in a ragged setting, which gives a third of the shrink: RaggedShrink;
// else 1), at least the sum over its nodes of k times a box's width and
// k times a space's width less its shrink, each of them not negative;
// the breaker drops the spaces and penalties after a break, which only
// lowers that sum. A line without an overfull one keeps that sum within
// k times the width, and the fewest lines that do, breaking where lines
// may end (IsLegalBreak), are those that each reach as far as they can:
// the sums grow with the line's end and shrink with its start.
type LineBound struct {
	nodes []Node
	k     int64
}

// NewLineBound is the bound for nodes broken with p; ok is false (no
// bound) where WidestUnbreakable makes no claim, a space's shrink is
// negative or the list does not end where a line may end.
func NewLineBound(nodes []Node, p BreakParams) (b LineBound, ok bool) {
	if p.Protrude || p.Expansion != 0 || len(nodes) == 0 || !IsLegalBreak(nodes, len(nodes)-1) {
		return LineBound{}, false
	}
	for k := range nodes {
		if !narrowsNoLine(&nodes[k], p.RaggedShrink) || nodes[k].Shrink < 0 {
			return LineBound{}, false
		}
	}
	b = LineBound{nodes: nodes, k: 1}
	if p.RaggedShrink {
		b.k = raggedShrinkShare
	}
	return b, true
}

// FewestLines is the bound at width: no setting without an overfull line
// has fewer lines. It is math.MaxInt where every setting has one.
func (b LineBound) FewestLines(width Scaled) int {
	nodes := b.nodes
	lines := 0
	for start := 0; start < len(nodes); lines++ {
		end := farthestBreak(nodes, start, b.k, b.k*int64(width))
		switch {
		case end < 0:
			return math.MaxInt
		case end == len(nodes)-1:
			return lines + 1
		}
		start = end + 1
		for start < len(nodes) && nodes[start].Kind != BoxNode {
			start++
		}
	}
	return lines
}

// farthestBreak is the last place a line of nodes that begins at node
// start may end (IsLegalBreak) with the sum FewestLines reads within
// limit, -1 where there is none.
func farthestBreak(nodes []Node, start int, k, limit int64) int {
	var sum int64
	end := -1
	for i := start; i < len(nodes); i++ {
		if IsLegalBreak(nodes, i) {
			if sum > limit {
				break
			}
			end = i
		}
		switch n := &nodes[i]; n.Kind {
		case BoxNode:
			sum += k * int64(n.Width)
		case GlueNode:
			sum += k*int64(n.Width) - int64(n.Shrink)
		}
	}
	return end
}
