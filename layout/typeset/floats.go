package typeset

import "slices"

// Floats: a box marked Float stands at its anchor (its place in the
// list) in the frame where that falls, or, deferred, at the top of a
// later frame, in order: BreakPages decides which, frame by frame (see
// expand). This file sets the chosen frames: the waiting floats set at
// the top first, then the flow with the floats that stand in it, the
// glue flexed so the frame ends flush.

// place sets the frames of a chosen path of states.
func (pb *pageBreaker) place(path []pageState) []PageBody {
	path, end := pb.endPage(path)
	anchors := pb.anchorFrames(path)
	out := make([]PageBody, 0, len(path)-1)
	var frame []VNode // one frame's nodes at a time: placePage copies what it keeps
	for j := 0; j+1 < len(path); j++ {
		nodes, placed := pb.frameNodes(frame[:0], path[j], path[j+1], anchors, j)
		frame = nodes
		height := pb.p.frameHeight(path[j].f)
		if path[j+1].b == path[j].b && path[j+1].b < len(pb.v) {
			spreadFloats(nodes, height)
		}
		if pb.p.FloatGive > 0 {
			noteGiven(placed, nodes, giveFloats(nodes, height, pb.p.FlexStep))
		}
		flex(nodes, height, pb.p.FlexStep, pb.flexes(path[j], path[j+1]))
		body := placePage(nodes)
		body.Floats = placed
		out = append(out, body)
		pb.release(path[j].b, path[j+1].b)
	}
	return append(out, end...)
}

// release lets go of the items of the boxes from node s to t, now on a
// page, unless they are floats, which a later frame may still set: the
// page holds the items, and the boxes' own lists of them are garbage
// (at 1,768 pages, megabytes of them at the peak of the layout).
func (pb *pageBreaker) release(s, t int) {
	for i := s; i < t && i < len(pb.v); i++ {
		if !pb.v[i].Float {
			pb.v[i].Items = nil
		}
	}
}

// spreadFloats sets a frame of floats alone, while the flow goes on
// after it, from the top of the frame to its foot: the space left is
// shared out between the floats, as LaTeX spreads the floats of a float
// page, so the page reads as composed rather than left unfinished. A
// single float stays at the top, and so do floats whose spaces would each
// grow by more than a tenth of the frame: a gap that large between two
// pictures reads as a hole, not as spacing (at a third, two pictures
// stood 66 mm apart in a column of floats), and the floats then stand
// together at the top with the white below them, as a designer sets a
// column that ends a series.
func spreadFloats(nodes []VNode, height Scaled) {
	last := lastBox(nodes)
	var used Scaled
	var gaps []int
	for k := 0; k <= last; k++ {
		used += nodes[k].Height
		if nodes[k].Kind == VGlue {
			gaps = append(gaps, k)
		}
	}
	extra := height - used
	if extra <= 0 || len(gaps) == 0 || extra/Scaled(len(gaps)) > height/10 {
		return
	}
	share := extra / Scaled(len(gaps))
	for _, k := range gaps {
		nodes[k].Height += share
	}
	nodes[gaps[len(gaps)-1]].Height += extra - share*Scaled(len(gaps)) // the remainder, so the sum is exact
}

// noteGiven records in placed what each float of the frame's nodes gave
// (given, by node, from giveFloats) and its height before.
func noteGiven(placed []PlacedFloat, nodes []VNode, given map[int]Scaled) {
	for i, part := range given {
		for k := range placed {
			if placed[k].ID == nodes[i].FloatID {
				placed[k].Given, placed[k].Height = part, nodes[i].Height+part
			}
		}
	}
}

// giveFloats sets the floats that stand in a frame's flow below text
// smaller (VNode.Give, Resize) by what the frame's material is taller
// than height beyond what its glue shrinks, as the page breaker chose
// the frame (overflowCost): all of them by one share of their height
// where they can (givenShares), so pictures of one width that give
// together stay of one width, each at least its leastGive and at most
// its Give, in whole steps. It returns what each node that gave gave
// (nil for none).
func giveFloats(nodes []VNode, height, step Scaled) map[int]Scaled {
	var used, shrink, give, least Scaled
	var givers []int
	text := false
	for i := 0; i <= lastBox(nodes); i++ {
		n := &nodes[i]
		switch {
		case n.Kind == VPenalty:
			continue
		case n.Kind == VGlue:
			shrink += n.Shrink
		case n.Float && text && n.Resize != nil && n.Give > 0:
			givers = append(givers, i)
			give += n.Give
			least += leastGive(n.Give, n.Height)
		case !n.Float:
			text = true
		}
		used += n.Height
	}
	over := roundToStep(used-shrink-height, step, true)
	if over <= 0 {
		return nil
	}
	over = min(max(over, roundToStep(least, step, true)), give)
	share := givenShare(over, nodes, givers)
	given := map[int]Scaled{}
	for k, i := range givers {
		n := &nodes[i]
		part := roundToStep(ScaleBy(n.Height, share, 1<<16), step, false)
		if k == len(givers)-1 {
			part = over // the last takes the rest, so the frame holds its height
		}
		part = min(max(part, roundToStep(leastGive(n.Give, n.Height), step, true)), n.Give)
		n.Resize(n.Items, part)
		n.Height -= part
		given[i] = part
		over -= part
		if over <= 0 {
			break
		}
	}
	return given
}

// givenShare is the share of their heights, in 1/65536, the floats of
// nodes at givers give so that together they give over, each no more
// than its Give: the smallest that does, found by halving.
func givenShare(over Scaled, nodes []VNode, givers []int) int64 {
	total := func(share int64) Scaled {
		var sum Scaled
		for _, i := range givers {
			sum += min(nodes[i].Give, ScaleBy(nodes[i].Height, share, 1<<16))
		}
		return sum
	}
	lo, hi := int64(0), int64(1<<16)
	for lo < hi {
		mid := (lo + hi) / 2
		if total(mid) >= over {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// lastBox is the index of the last box of nodes (-1 for none): glue
// after it is not on the page.
func lastBox(nodes []VNode) int {
	last := len(nodes) - 1
	for last >= 0 && nodes[last].Kind != VBox {
		last--
	}
	return last
}

// anchorFrames maps each float node to the frame of the path its anchor
// falls in.
func (pb *pageBreaker) anchorFrames(path []pageState) map[int]int {
	out := map[int]int{}
	for j := 0; j+1 < len(path); j++ {
		for i := path[j].b; i < path[j+1].b; i++ {
			if pb.v[i].Float {
				out[i] = j
			}
		}
	}
	return out
}

// frameNodes lists what frame number f, from state s to state t, holds —
// the waiting floats and those set ahead at its top, then the flow with
// the floats that stand in it — and the floats placed in it. A float set
// ahead counts as anchored in the frame it stands in, beside its
// section's text.
func (pb *pageBreaker) frameNodes(nodes []VNode, s, t pageState, anchors map[int]int, f int) ([]VNode, []PlacedFloat) {
	v := pb.v
	var placed []PlacedFloat
	var onTop []int
	if waiting := pb.carried(s); len(waiting) > 0 {
		onTop, _, _ = pb.topFloats(s, waiting)
	}
	pulled := pb.pulledFloats(s, t)
	skip := s.ahead()
	for c, n := range t.pull {
		skip[c] += n
	}
	for _, i := range pulled {
		anchors[i] = f
	}
	onTop = append(onTop, pulled...)
	// Room for everything the frame can hold, allocated once (nodes
	// has it when an earlier frame needed as much).
	nodes = slices.Grow(nodes[:0], t.b-s.b+2*len(onTop)+8)
	for _, i := range onTop {
		nodes = append(nodes, v[i], Space(v[i].FloatSpace))
		placed = append(placed, PlacedFloat{ID: v[i].FloatID, Class: v[i].FloatClass, AnchorFrame: anchors[i]})
	}
	waiting := map[int]bool{}
	for _, i := range pb.carried(t) {
		waiting[i] = true
	}
	start := pb.frameStart(s.b, t.b, &skip)
	if extra, shrink := pb.extraTopSpace(s.b, onTop, start); extra > 0 && start < t.b {
		space := Space(extra)
		space.Shrink = shrink
		nodes = append(nodes, space)
	}
	if start < t.b && v[start].Header != nil {
		nodes = append(nodes, v[start].Header()...)
	}
	boxes := 0
	for i := start; i < t.b; i++ {
		n := v[i]
		if waiting[i] {
			continue
		}
		if c := n.FloatClass; n.Float && skip[c] > 0 {
			skip[c]-- // it stands ahead
			continue
		}
		if n.Float {
			if boxes > 0 {
				nodes = append(nodes, Space(n.FloatSpace))
			}
			placed = append(placed, PlacedFloat{ID: n.FloatID, Class: n.FloatClass, AnchorFrame: anchors[i]})
		}
		if n.Kind == VBox {
			boxes++
		}
		nodes = append(nodes, n)
	}
	return nodes, placed
}

// flexes reports whether the frame from s to t ends where its glue may
// stretch to fill it: not at the end of the list, a forced break, or a
// break no rule allows. (Any frame's glue shrinks where it must.)
func (pb *pageBreaker) flexes(s, t pageState) bool {
	if t.b >= len(pb.v) || t.b == s.b {
		return false
	}
	n := pb.v[t.b]
	return n.Kind == VGlue || n.Kind == VPenalty && n.Penalty > ForceBreak
}

// flex stretches (if it may) or shrinks the glue between boxes of a
// frame, within what each allows and in proportion to it, towards the
// given height.
// The remainder of the division goes to the last glue that flexes, so
// the sums stay exact. With a step, glue flexes in whole steps, one at a
// time to each glue that can in turn, top to bottom.
func flex(nodes []VNode, height, step Scaled, stretches bool) {
	last := lastBox(nodes)
	var used, stretch, shrink Scaled
	lastFlex := -1
	for i := 0; i <= last; i++ {
		if nodes[i].Kind == VPenalty {
			continue
		}
		used += nodes[i].Height
		if nodes[i].Kind == VGlue && (nodes[i].Stretch > 0 || nodes[i].Shrink > 0) {
			stretch += nodes[i].Stretch
			shrink += nodes[i].Shrink
			lastFlex = i
		}
	}
	diff, total := height-used, stretch
	if diff > 0 && !stretches {
		return
	}
	if diff < 0 {
		diff, total = max(diff, -shrink), shrink
	} else {
		diff = min(diff, stretch)
	}
	if diff < 0 {
		diff = -roundToStep(-diff, step, true)
	} else {
		diff = roundToStep(diff, step, false)
	}
	if diff == 0 || total == 0 {
		return
	}
	if step > 0 {
		flexInSteps(nodes[:last+1], diff, step)
		return
	}
	var given Scaled
	for i := 0; i <= last; i++ {
		if nodes[i].Kind != VGlue {
			continue
		}
		part := nodes[i].Stretch
		if diff < 0 {
			part = nodes[i].Shrink
		}
		d := ScaleBy(diff, int64(part), int64(total))
		if i == lastFlex {
			d = diff - given
		}
		nodes[i].Height += d
		given += d
	}
}

// flexInSteps gives diff (a multiple of step; negative to shrink) to the
// glue of nodes a step at a time, round the glue that can still take one.
func flexInSteps(nodes []VNode, diff, step Scaled) {
	sign := Scaled(1)
	if diff < 0 {
		sign, diff = -1, -diff
	}
	taken := make([]Scaled, len(nodes))
	for diff > 0 {
		moved := false
		for i := range nodes {
			room := nodes[i].Stretch
			if sign < 0 {
				room = nodes[i].Shrink
			}
			if diff > 0 && nodes[i].Kind == VGlue && taken[i]+step <= room {
				taken[i] += step
				nodes[i].Height += sign * step
				diff -= step
				moved = true
			}
		}
		if !moved {
			return
		}
	}
}
