package typeset

import "slices"

// Floats ahead: a float anchored at the end of a section's text may
// stand, besides at its anchor or deferred past it, at the top of a
// frame that begins while its section still runs — after the section's
// heading, before its anchor — as a designer sets a talk's codes at the
// top of the next column while the talk goes on, rather than after the
// next talk's heading. The floats a frame sets ahead are, of each class,
// the next ones of the list (so the floats of a class keep their order),
// and each costs PageParams.FloatAhead; the flow passes them by where
// their anchor comes (pageState's negative counts).

// maxAhead bounds the floats of a class a frame sets ahead at once.
const maxAhead = 4

// aheadFloats lists the floats of class c a frame that begins at node b
// may set ahead at its top, at most limit: after the first skip floats of
// class c from b (already set ahead), those anchored before the next
// float barrier or fence — in the section that runs at b.
func (pb *pageBreaker) aheadFloats(b, c, skip, limit int) []int {
	var out []int
	next := pb.nextAhead(c)
	for i := b; i < len(pb.v) && len(out) < limit; i++ {
		if i = int(next[i]); i == len(pb.v) {
			break
		}
		if skip > 0 {
			skip--
			continue
		}
		out = append(out, i)
	}
	return out
}

// nextAhead is, for each node i of the list (and its end), the first
// float of class c from i on that comes before the next float barrier or
// fence, or the list's length where a barrier, a fence or the end comes
// first: aheadFloats steps from float to float instead of over every node
// between, which in a section of one long paragraph were tens of thousands
// for every state of the page breaker. It is worked out once, on first
// use, for the list the breaker breaks.
func (pb *pageBreaker) nextAhead(c int) []int32 {
	if pb.ahead[c] != nil {
		return pb.ahead[c]
	}
	next := make([]int32, len(pb.v)+1)
	next[len(pb.v)] = int32(len(pb.v))
	for i := len(pb.v) - 1; i >= 0; i-- {
		switch n := pb.v[i]; {
		case n.FloatBarrier || n.FloatFence:
			next[i] = int32(len(pb.v))
		case n.Float && n.FloatClass == c:
			next[i] = int32(i)
		default:
			next[i] = next[i+1]
		}
	}
	pb.ahead[c] = next
	return next
}

// pullAhead tries the frames that begin at state s with the floats onTop
// (the waiting ones chosen, rest still waiting behind them) and, after
// them, floats set ahead: of each class none of whose floats wait behind
// those on top, each number of the next floats of its section up to
// maxAhead (none that strands a float of a class kept in groups), as
// long as the floats leave room for text. A frame that
// begins inside a block (at a penalty marked Unbroken: between the parts
// of a heading's block) sets none.
func (pb *pageBreaker) pullAhead(s pageState, onTop []int, rest waitCounts) {
	if pb.p.FloatAhead <= 0 || s.b < len(pb.v) && pb.v[s.b].Unbroken {
		return // no float enters a block broken at an Unbroken penalty
	}
	var cand [FloatClasses][]int
	var group waitCounts // the section's floats of each class, up to maxAhead+2
	for c := range cand {
		if rest[c] == 0 {
			cand[c] = pb.aheadFloats(s.b, c, s.ahead()[c], maxAhead+2)
		}
		group[c] = len(cand[c])
		cand[c] = cand[c][:min(len(cand[c]), maxAhead)]
	}
	if len(cand[0]) == 0 && len(cand[1]) == 0 {
		return
	}
	base := pb.floatsHeight(onTop)
	var top []int // the floats at the frame's top, one choice at a time (flow keeps none)
	for m0 := 0; m0 <= len(cand[0]); m0++ {
		for m1 := 0; m1 <= len(cand[1]); m1++ {
			if m0+m1 == 0 || pb.strandsAhead(group, waitCounts{m0, m1}) {
				continue
			}
			if base+pb.floatsHeight(cand[0][:m0])+pb.floatsHeight(cand[1][:m1]) >= pb.p.frameHeight(s.f) {
				break // and so would more of them: they leave no room for text
			}
			top = append(append(append(top[:0], onTop...), cand[0][:m0]...), cand[1][:m1]...)
			slices.Sort(top)
			pb.flow(s, top, rest, waitCounts{m0, m1})
		}
	}
}

// strandsAhead reports whether setting m[c] floats of each class ahead,
// of the group[c] of its section, would strand one of a class kept in
// groups (PageParams.FloatGroups, strands).
func (pb *pageBreaker) strandsAhead(group, m waitCounts) bool {
	for c := range m {
		if pb.p.FloatGroups[c] && strands(m[c], group[c]-m[c]) {
			return true
		}
	}
	return false
}

// pulledFloats lists the floats the frame from state s to state t sets
// ahead at its top (t.pull of each class), in the order of the list.
func (pb *pageBreaker) pulledFloats(s, t pageState) []int {
	var out []int
	a := s.ahead()
	for c := range a {
		if t.pull[c] > 0 {
			out = append(out, pb.aheadFloats(s.b, c, a[c], t.pull[c])...)
		}
	}
	slices.Sort(out)
	return out
}

// frameStart is the first node set by a frame that begins at node b and
// ends at node end at the latest: glue and penalties vanish at the top of
// a frame, and so do the floats set ahead, skip of each class, which it
// counts down.
func (pb *pageBreaker) frameStart(b, end int, skip *waitCounts) int {
	i := b
	for ; i < end; i++ {
		n := pb.v[i]
		if n.Kind == VBox && !(n.Float && skip[n.FloatClass] > 0) {
			return i
		}
		if n.Kind == VBox {
			skip[n.FloatClass]--
		}
	}
	return i
}
