package typeset

import (
	"bytes"
	"encoding/binary"
)

// PageBreaks are the frame breaks one page-breaking run chose, with what
// it chose them from: the parameters and the list's shape — every node's
// fields but its items (shapeOf). The search reads nothing else, so a
// list of the same shape under the same parameters gets the same breaks
// again: an edit that changes no paragraph's number of lines (a word
// typed into a line with room for it) leaves them as they were, and a
// process that rebuilds after every edit (watch, serve) keeps them
// (BreakPagesAgain). A PageBreaks is not changed once made, so builds
// that overlap may share it.
type PageBreaks struct {
	params PageParams
	shape  []byte
	path   []pageState
	cost   int // what the way the breaks take costs (pageBreaker.cost)
}

// Cost is what the breaks cost by the page breaker's measure: the sum of
// their frames' badness and the costs of the faults they make (a float
// deferred, a word broken across a page turn, a frame left short). Of
// two plans of one list with the same frames, the cheaper is the better.
func (b *PageBreaks) Cost() int { return b.cost }

// Forced reports whether the breaks take one no rule allows (a frame
// that overflows, a break where none is legal): any plan without such a
// break is better, whatever it costs.
func (b *PageBreaks) Forced() bool { return b.cost >= emergencyCost }

// BreakPagesAgain is BreakPages for a process that rebuilds: when one of
// kept was chosen from a list of v's shape under the same parameters,
// its breaks are taken without searching again, else the breaks are
// searched for as BreakPages does. Either way it returns the pages
// (those BreakPages returns, item for item) and the breaks they have,
// for the caller to keep for the next run (nil when the search found no
// way and the list was set greedily).
func BreakPagesAgain(v []VNode, p PageParams, kept []*PageBreaks) ([]PageBody, *PageBreaks) {
	p.Columns = max(p.Columns, 1)
	if k := keptFor(v, p, kept); k != nil {
		pb := &pageBreaker{v: v, p: p}
		return pb.place(k.path), k
	}
	// As BreakPages does, keeping the path.
	pb, path := searchPages(v, p)
	if path == nil {
		return Paginate(v, p.Height), nil
	}
	return pb.place(path), &PageBreaks{params: p, shape: shapeOf(v), path: path, cost: pb.cost}
}

// keptFor is the first of kept chosen from a list of v's shape under the
// parameters p, or nil.
func keptFor(v []VNode, p PageParams, kept []*PageBreaks) *PageBreaks {
	for _, k := range kept {
		if k != nil && sameParams(k.params, p) && hasShape(v, k.shape) {
			return k
		}
	}
	return nil
}

// hasShape reports whether shapeOf(v) is shape, comparing node by node
// as it writes, without writing the shape out whole: a rebuild that takes
// its breaks again (nearly every one in watch) makes no copy of it.
func hasShape(v []VNode, shape []byte) bool {
	var node [shapeNodeMax]byte
	for i := range v {
		b := appendShape(node[:0], &v[i])
		if !bytes.HasPrefix(shape, b) {
			return false
		}
		shape = shape[len(b):]
	}
	return len(shape) == 0
}

// shapeOf writes out everything of a vertical list that page breaking
// reads: each node's fields but its items, and for a node with a header
// the header's height (all the search asks of it; placing a frame asks
// for the header afresh). The outline entry and the anchor are written
// too (whether a node has one; its number), though the search ignores
// them, so that the shape holds every field of a node but its items
// (of Resize, whether there is one):
// TestShapeOfKnowsEveryField fails when VNode gains a field this does not
// write.
func shapeOf(v []VNode) []byte {
	out := make([]byte, 0, 16*len(v))
	for i := range v {
		out = appendShape(out, &v[i])
	}
	return out
}

// shapeNodeMax is the most bytes appendShape writes for one node: three
// bytes and thirteen varints.
const shapeNodeMax = 3 + 13*binary.MaxVarintLen64

// appendShape appends the shape of one node (shapeOf).
func appendShape(out []byte, n *VNode) []byte {
	var flags, more byte
	if n.Resize != nil {
		more = 1
	}
	for bit, set := range [...]bool{n.Hyphenated, n.Unbroken, n.Float, n.Header != nil, n.Outline != nil, n.FloatBarrier, n.FloatFence, n.Opening} {
		if set {
			flags |= 1 << bit
		}
	}
	out = append(out, byte(n.Kind), flags, more)
	for _, x := range [...]int64{int64(n.Height), int64(n.Penalty), int64(n.Anchor), int64(n.Para), int64(n.Line), int64(n.Lines),
		int64(n.Stretch), int64(n.Shrink), int64(n.FloatID), int64(n.FloatSpace), int64(n.FloatClass), int64(n.Give)} {
		out = binary.AppendVarint(out, x)
	}
	if n.Header != nil {
		out = binary.AppendVarint(out, int64(StackHeight(n.Header())))
	}
	return out
}

// PlanPages searches the breaks of v as BreakPages does, without setting
// any frame, so a caller can see where the frames fall before it
// decides (PageParams.Taken) and breaks again; BreakPagesAgain with the
// plan among its kept breaks sets the frames without searching again.
// It returns nil when no way reaches the end.
func PlanPages(v []VNode, p PageParams) *PageBreaks {
	p.Columns = max(p.Columns, 1)
	pb, path := searchPages(v, p)
	if path == nil {
		return nil
	}
	return &PageBreaks{params: p, shape: shapeOf(v), path: path, cost: pb.cost}
}

// PlanPagesAgain is PlanPages for a process that rebuilds: when one of
// kept was made for a list of v's shape under the same parameters, it is
// taken without searching again.
func PlanPagesAgain(v []VNode, p PageParams, kept []*PageBreaks) *PageBreaks {
	p.Columns = max(p.Columns, 1)
	if k := keptFor(v, p, kept); k != nil {
		return k
	}
	return PlanPages(v, p)
}

// FrameStarts lists, frame by frame, the node of the list at which the
// frame's flow begins: a node i stands in the last frame whose start is
// at most i (a frame of floats alone begins where the next begins).
func (b *PageBreaks) FrameStarts() []int {
	out := make([]int, 0, len(b.path))
	for j := 0; j+1 < len(b.path); j++ {
		out = append(out, b.path[j].b)
	}
	return out
}

// FloatFrames says, by FloatID, the frame each float of v stands in as
// the breaks set it (the last page as first broken: breaking it again,
// endPage, keeps its floats on that page), without setting any frame.
func (b *PageBreaks) FloatFrames(v []VNode) map[int]int {
	pb := &pageBreaker{v: v, p: b.params, lastBarrier: -1}
	anchors := pb.anchorFrames(b.path)
	out := map[int]int{}
	var nodes []VNode
	for j := 0; j+1 < len(b.path); j++ {
		var placed []PlacedFloat
		nodes, placed = pb.frameNodes(nodes[:0], b.path[j], b.path[j+1], anchors, j)
		for _, f := range placed {
			out[f.ID] = j
		}
	}
	return out
}
